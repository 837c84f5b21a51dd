"""A private concern still reaches the supervisor (issue #13): it can be taken as a case whose title the
room and the coordinator never see. A concern becomes a case once."""

from __future__ import annotations

import datetime as dt

import pytest

from supervision_tui.engine import AnswerInput, Engine, EngineError
from supervision_tui.models import Consent, Moderation, Urgency
from supervision_tui.record import to_record

from ._support import FakeClock, FakeNow, IdentityAnonymizer


def test_private_concerns_are_listed_apart_and_become_private_cases(agenda):
    engine = Engine.start(
        agenda, title="Anliegen", date=dt.date(2025, 3, 14), store=None, session_id="anliegen",
        anonymizer=IdentityAnonymizer(), now=FakeNow(), clock=FakeClock(),
    )  # fmt: skip
    engine.goto("anliegen")
    hidden = engine.submit_answer(
        "p1", AnswerInput(step_id="anliegen", title="Gewalt zuhause", urgency=Urgency.HIGH)
    )
    shown = engine.submit_answer(
        "p2",
        AnswerInput(
            step_id="anliegen", title="Ärger mit dem Amt", urgency=Urgency.LOW, consent=Consent.QUOTE
        ),
    )
    engine.moderate(shown.id, Moderation.APPROVED)
    assert [a.id for a in engine.concerns()] == [shown.id], "the room's list: approved and quotable only"
    assert [a.id for a in engine.concerns(private=True)] == [hidden.id]
    case = engine.case_from_answer(hidden.id)
    assert case.private and case.brought_by == "T1"
    with pytest.raises(EngineError, match="schon ein Fall"):
        engine.case_from_answer(hidden.id)
    assert engine.taken(hidden.id) and not engine.taken(shown.id)
    engine.end()
    [record_case] = to_record(engine.session).cases
    assert record_case.title == "" and record_case.urgency is Urgency.HIGH
