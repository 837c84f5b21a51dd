"""Phones by role and phase: what may participant X send now? The templates declare it per phase, the
engine decides (`Engine.duty`), and refuses what a role may not send."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from supervision_tui.engine import AnswerInput, Engine, NotCurrentStep, RoleRefused
from supervision_tui.models import Agenda, Moderation, Sends, Urgency
from supervision_tui.prompts import find_template
from supervision_tui.store import Store

from ._support import FakeClock, FakeNow, IdentityAnonymizer

GIVER = "Fallerzähler·in"
TIETZE = ["Rollen/Casting", "Spontanerzählung", "Schlüsselfrage", "Methodenwahl", "Beratung", "Abschluss"]


def _engine(agenda: Agenda, store: Store | None = None) -> Engine:
    return Engine.start(
        agenda,
        title="Rollen",
        date=dt.date(2025, 3, 14),
        store=store,
        session_id="rollen01",
        anonymizer=IdentityAnonymizer(),
        now=FakeNow(),
        clock=FakeClock(),
        rng=random.Random(3),
    )


def _case(engine: Engine, step_id: str, giver_phone: str = "p1") -> dict[str, str]:
    """Six phones; `giver_phone` brings the case; roles drawn. Returns role → label (and "Gruppe" → a
    label of the group role)."""
    for phone in ("p1", "p2", "p3", "p4", "p5", "p6"):
        engine.join(phone)
    engine.goto("anliegen")
    concern = engine.submit_answer(
        giver_phone, AnswerInput(step_id="anliegen", title="Streit im Wohnheim", urgency=Urgency.HIGH)
    )
    case = engine.case_from_answer(concern.id)
    engine.goto(step_id)
    engine.select_case(case.id)
    roles = dict(engine.cast_roles())
    step = engine.position.step
    taken = set(roles.values())
    roles[step.group_roles[0]] = next(p.label for p in engine.session.participants if p.label not in taken)
    return roles


def _phone(engine: Engine, label: str) -> str:
    return next(f"p{i}" for i in range(1, 7) if engine.participant_for(f"p{i}").label == label)


def _idea(engine: Engine, text: str = "Vielleicht hilft ein Gespräch mit der Heimleitung.") -> AnswerInput:
    pos = engine.position
    return AnswerInput(step_id=pos.step.id, phase=pos.phase_index, text=text, consent="quote")


def test_every_tietze_phase_says_per_role_what_it_does_and_may_send(agenda):
    engine = _engine(agenda)
    roles = _case(engine, "fallberatung")
    seen: dict[str, dict[str, tuple[str, Sends]]] = {}
    for name in TIETZE:
        engine.goto("fallberatung", name)
        assert engine.position.phase.name == name
        seen[name] = {}
        for role, label in roles.items():
            task = engine.duty(label)
            assert task.role == role == engine.role_of(label), f"{label} ist {role}"
            assert task.says, f"{role} erfährt in „{name}“, was zu tun ist"
            seen[name][role] = (task.says, task.sends)

    assert seen["Spontanerzählung"]["Beratende"][0] == "Zuhören, nur Informationsfragen."
    sends = {phase: {role: s for role, (_, s) in by_role.items()} for phase, by_role in seen.items()}
    assert sends["Beratung"] == {
        GIVER: Sends.NOTHING,
        "Moderation": Sends.NOTHING,
        "Protokoll": Sends.NOTHING,
        "Beratende": Sends.IDEA,
    }, "in der Beratung senden nur die Beratenden Ideen; die Fallerzähler·in hört zu"
    assert sends["Abschluss"][GIVER] is Sends.TAKE_ALONG
    assert [r for r, s in sends["Abschluss"].items() if s is not Sends.NOTHING] == [GIVER]
    for phase in ("Rollen/Casting", "Spontanerzählung", "Schlüsselfrage", "Methodenwahl"):
        assert set(sends[phase].values()) == {Sends.NOTHING}, f"in „{phase}“ sendet kein Handy"
    assert seen["Beratung"][GIVER][0].startswith("Zuhören."), "die Fallerzähler·in hört zu"


def test_the_case_giver_idea_during_beratung_is_refused_and_not_stored(agenda, tmp_path):
    store = Store(tmp_path / "sessions")
    engine = _engine(agenda, store)
    roles = _case(engine, "fallberatung")
    engine.goto("fallberatung", "Beratung")
    journal = store.journal_path(engine.session)
    before = journal.read_bytes()
    answers = list(engine.session.answers)

    with pytest.raises(RoleRefused) as refused:
        engine.submit_answer(_phone(engine, roles[GIVER]), _idea(engine))
    assert (refused.value.role, refused.value.phase) == (GIVER, "Beratung")
    assert refused.value.code == "role.refused"
    for role in ("Moderation", "Protokoll"):
        with pytest.raises(RoleRefused):
            engine.submit_answer(_phone(engine, roles[role]), _idea(engine))
    assert engine.session.answers == answers, "nichts von der Fallerzähler·in ist gespeichert"
    assert journal.read_bytes() == before, "und nichts davon im Journal"

    idea = engine.submit_answer(_phone(engine, roles["Beratende"]), _idea(engine))
    assert idea.text.startswith("Vielleicht") and idea.phase == 4


def test_someone_without_a_phone_or_a_role_is_one_of_the_group(agenda):
    engine = _engine(agenda)
    _case(engine, "fallberatung")
    engine.goto("fallberatung", "Beratung")
    assert engine.duty(None).role == "Beratende"
    paper = engine.paper_answer(_idea(engine, "Eine Idee auf Papier."))
    assert paper.participant == "P1" and paper.text == "Eine Idee auf Papier."
    late = engine.submit_answer("später", _idea(engine, "Eine Idee von später."))
    assert late.participant == "T7", "wer später kommt, berät mit"


def test_a_stale_idea_is_a_step_change_not_a_role_refusal(agenda):
    engine = _engine(agenda)
    roles = _case(engine, "fallberatung")
    engine.goto("fallberatung", "Beratung")
    stale = _idea(engine)
    engine.next()  # Abschluss
    with pytest.raises(NotCurrentStep):
        engine.submit_answer(_phone(engine, roles["Beratende"]), stale)
    with pytest.raises(NotCurrentStep):
        engine.submit_answer(_phone(engine, roles[GIVER]), stale)


def test_in_abschluss_only_the_case_giver_marks_ideas_taken_along(agenda):
    engine = _engine(agenda)
    roles = _case(engine, "fallberatung")
    engine.goto("fallberatung", "Beratung")
    idea = engine.submit_answer(_phone(engine, roles["Beratende"]), _idea(engine, "Idee eins"))
    engine.moderate(idea.id, Moderation.APPROVED)
    step = engine.position.step.id
    giver = _phone(engine, roles[GIVER])
    with pytest.raises(RoleRefused):  # not yet: Beratung
        engine.take_along_from(giver, step, 4, idea.id)
    engine.next()  # Abschluss
    with pytest.raises(NotCurrentStep):  # a page of the phase before
        engine.take_along_from(giver, step, 4, idea.id)
    with pytest.raises(NotCurrentStep):  # a page of another step that also has a fifth phase
        engine.take_along_from(giver, "anliegen", 5, idea.id)
    for role in ("Beratende", "Moderation", "Protokoll"):
        with pytest.raises(RoleRefused) as refused:
            engine.take_along_from(_phone(engine, roles[role]), step, 5, idea.id)
        assert (refused.value.role, refused.value.phase) == (role, "Abschluss")
    assert engine.current_case().taken_along == []

    engine.take_along_from(giver, step, 5, idea.id)
    assert engine.current_case().taken_along == [idea.id], "gespeichert mit dem Fall"
    engine.take_along_from(giver, step, 5, idea.id, on=False)
    assert engine.current_case().taken_along == []


def test_balint_association_round_uses_the_same_rule():
    engine = _engine(find_template("balint-gruppe"))
    roles = _case(engine, "balint")
    engine.goto("balint", "Assoziationsrunde")
    assert engine.position.phase.name == "Assoziationsrunde"
    assert engine.duty(roles["Fallgeber·in"]).sends is Sends.NOTHING
    assert engine.duty(roles["Gruppe"]).sends is Sends.IDEA
    assert engine.duty(roles["Leitung"]).sends is Sends.IDEA
    with pytest.raises(RoleRefused) as refused:
        engine.submit_answer(_phone(engine, roles["Fallgeber·in"]), _idea(engine, "Ein Bild"))
    assert refused.value.role == "Fallgeber·in"
    engine.submit_answer(_phone(engine, roles["Gruppe"]), _idea(engine, "Ein Bild: eine Mauer."))
    engine.goto("balint", "Fragerunde")
    assert engine.duty(roles["Gruppe"]).says == "Nur Sachfragen zum Verständnis, keine Deutungen."


def test_a_template_that_declares_no_roles_lets_everyone_answer_but_its_silent_role(agenda):
    data = agenda.model_dump()
    case = next(s for s in data["steps"] if s["id"] == "fallberatung")
    for phase in case["phases"]:
        phase["roles"] = {}
    case["phases"][4]["silent_role"] = GIVER
    engine = _engine(Agenda.model_validate(data))
    roles = _case(engine, "fallberatung")
    engine.goto("fallberatung", "Beratung")
    for role in ("Beratende", "Moderation", "Protokoll"):
        assert engine.duty(roles[role]).sends is Sends.IDEA
        assert engine.duty(roles[role]).says == ""
        assert engine.duty(roles[role]).role == role
    assert engine.duty(roles[GIVER]).sends is Sends.NOTHING
    assert engine.duty(roles[GIVER]).role == GIVER
    with pytest.raises(RoleRefused) as refused:
        engine.submit_answer(_phone(engine, roles[GIVER]), _idea(engine))
    assert refused.value.role == GIVER


def test_a_role_a_phase_does_not_declare_sends_nothing_there(agenda):
    # a phase that declares roles lets only those send, even though it asks the phones a question
    data = agenda.model_dump()
    case = next(s for s in data["steps"] if s["id"] == "fallberatung")
    del case["phases"][4]["roles"]["Protokoll"]
    engine = _engine(Agenda.model_validate(data))
    roles = _case(engine, "fallberatung")
    engine.goto("fallberatung", "Beratung")
    assert engine.duty(roles["Beratende"]).sends is Sends.IDEA
    task = engine.duty(roles["Protokoll"])
    assert (task.role, task.says, task.sends) == ("Protokoll", "", Sends.NOTHING)


def test_outside_a_case_everyone_answers_and_nobody_has_a_role(agenda):
    engine = _engine(agenda)
    engine.join("p1")
    engine.goto("runde-2")
    label = engine.participant_for("p1").label
    task = engine.duty(label)
    assert (task.role, task.says, task.sends) == (None, "", Sends.TEXT)
    engine.goto("pause")
    assert engine.duty(label).sends is Sends.NOTHING
