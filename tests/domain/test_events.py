"""`events.apply` on its own: what the mutation run of `events.py` found only guarded elsewhere."""

from __future__ import annotations

import datetime as dt

import pytest

from supervision_tui.engine import Engine
from supervision_tui.events import SessionStarted, apply

from ._support import FakeClock, FakeNow, IdentityAnonymizer


def test_applying_a_session_start_to_a_running_session_is_refused(agenda) -> None:
    # The store refuses a second header itself; apply must too, or a replay written by anyone else
    # would silently carry on with the old session under a new beginning.
    engine = Engine.start(
        agenda,
        title="Ereignisse",
        date=dt.date(2025, 3, 14),
        store=None,
        session_id="events01",
        anonymizer=IdentityAnonymizer(),
        now=FakeNow(),
        clock=FakeClock(),
    )
    engine.next()
    before = engine.session.model_copy(deep=True)
    fresh = before.model_copy(update={"current_step": 0, "answers": []})
    with pytest.raises(ValueError, match=r"^session_started may only open a journal$"):
        apply(engine.session, SessionStarted(session=fresh))
    assert engine.session == before
