"""`events.apply` on its own: what the mutation run of `events.py` found only guarded elsewhere."""

from __future__ import annotations

import datetime as dt
from typing import get_args

import pytest
from pydantic import ValidationError

from supervision_tui.engine import Engine
from supervision_tui.events import EVENT_ADAPTER, Event, SessionEnded, SessionStarted, _Event, apply

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


def test_an_event_class_added_later_is_tagged_by_its_name_first_in_its_line() -> None:
    """The rule that made the tags above (they were made when `events` was imported; a class defined
    here runs the rule again, inside the test): the class name in snake case, a `Literal` field that
    comes first in the journal line and refuses another event's tag."""

    class CaseRenamedTwice(_Event):
        case_id: str

    event = CaseRenamedTwice(case_id="c1")
    assert CaseRenamedTwice.model_fields["type"].default == "case_renamed_twice"
    assert event.model_dump_json() == '{"type":"case_renamed_twice","case_id":"c1"}'
    assert CaseRenamedTwice.model_validate_json('{"type":"case_renamed_twice","case_id":"c1"}') == event
    with pytest.raises(ValidationError):
        CaseRenamedTwice.model_validate_json('{"type":"answer_saved","case_id":"c1"}')


def test_the_journal_tags_of_events_stay_what_old_journals_hold() -> None:
    # The tag is the class name in snake case: renaming an event class would change what the journal
    # stores and leave old journals unreadable, so the tags are pinned here.
    tags = [member.model_fields["type"].default for member in get_args(get_args(Event)[0])]
    assert tags == [
        "session_started",
        "step_changed",
        "participant_joined",
        "answer_saved",
        "answer_moderated",
        "moderation_switched",
        "case_saved",
        "case_tagged",
        "note_saved",
        "agreement_saved",
        "role_assigned",
        "speaking_order_set",
        "follow_up_marked",
        "idea_taken_along",
        "timer_set",
        "session_ended",
    ]
    ended = SessionEnded(at=dt.datetime(2025, 3, 14, 18, tzinfo=dt.UTC))
    assert ended.model_dump_json() == '{"type":"session_ended","at":"2025-03-14T18:00:00Z"}'
    assert EVENT_ADAPTER.validate_json(ended.model_dump_json()) == ended
