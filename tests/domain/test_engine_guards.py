"""Two engine promises that only an end-to-end test happened to cover (mutation audit, issue #15)."""

from __future__ import annotations

import datetime as dt

import pytest

from supervision_tui.engine import AnswerInput, Engine, NotCurrentStep
from supervision_tui.models import Agenda, Consent, InputKind, Moderation, Urgency

from ._support import FakeClock, FakeNow, IdentityAnonymizer


def _start(agenda: Agenda, store) -> Engine:
    return Engine.start(
        agenda,
        title="Wächter",
        date=dt.date(2025, 3, 14),
        store=store,
        session_id="guard001",
        anonymizer=IdentityAnonymizer(),
        now=FakeNow(),
        clock=FakeClock(),
    )


def _goto(engine: Engine, step_id: str, phase: int = 0) -> None:
    engine.goto(next(i for i, s in enumerate(engine.agenda.steps) if s.id == step_id), phase)


def test_a_title_only_intake_answer_waits_for_the_supervisor(agenda: Agenda, store) -> None:
    engine = _start(agenda, store)
    _goto(engine, "anliegen")
    assert engine.moderated(engine.position.step)
    answer = engine.submit_answer(
        "p1",
        AnswerInput(step_id="anliegen", title="Streit im Team", urgency=Urgency.HIGH, consent=Consent.QUOTE),
    )
    assert answer.text == "" and answer.title == "Streit im Team"
    assert answer.moderation is Moderation.PENDING, (
        "ein Titel ist Freitext: erst die Supervision gibt ihn frei"
    )
    assert engine.pending() == [answer]
    assert engine.projected() == []
    engine.moderate(answer.id, Moderation.APPROVED)
    assert [a.id for a in engine.projected()] == [answer.id]


def test_with_moderation_off_a_title_only_answer_is_projected_at_once(agenda: Agenda, store) -> None:
    engine = _start(agenda, store)
    _goto(engine, "anliegen")
    engine.set_moderation("anliegen", False)
    answer = engine.submit_answer(
        "p1", AnswerInput(step_id="anliegen", title="Überlastung", consent=Consent.QUOTE)
    )
    assert answer.moderation is Moderation.APPROVED
    assert [a.id for a in engine.projected()] == [answer.id]


def _with_silent_phase(agenda: Agenda) -> tuple[Agenda, int]:
    """The default agenda, with a case phase that has a prompt for the room but no phone input."""
    data = agenda.model_dump(mode="json")
    case = next(s for s in data["steps"] if s["id"] == "fallberatung")
    index = next(i for i, p in enumerate(case["phases"]) if p.get("prompt") is None)
    case["phases"][index]["prompt"] = {"question": "Nur zuhören, bitte.", "input": InputKind.NONE.value}
    return Agenda.model_validate(data), index


def test_phones_are_refused_in_a_phase_whose_input_is_none(agenda: Agenda, store) -> None:
    silent, index = _with_silent_phase(agenda)
    engine = _start(silent, store)
    _goto(engine, "fallberatung", index)
    assert engine.position.phase is not None and engine.position.phase.prompt is not None
    assert engine.position.prompt is None, "eine Phase ohne Eingabe fragt die Telefone nichts"
    with pytest.raises(NotCurrentStep):
        engine.submit_answer("p1", AnswerInput(step_id="fallberatung", phase=index, text="Idee zur Unzeit"))
    assert engine.session.answers == []
