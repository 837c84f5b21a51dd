"""The engine walked through the default agenda with a real store, an injected clock and a fake anonymizer."""

from __future__ import annotations

import datetime as dt
import json
import random
import stat
from pathlib import Path

import pytest

from supervision_tui.anonymize import Context, Result
from supervision_tui.engine import AnswerInput, Engine, EngineError, NotCurrentStep, SessionClosed
from supervision_tui.models import Agenda, Consent, Moderation, SessionStatus, StepKind, Topic, Urgency
from supervision_tui.record import to_record
from supervision_tui.store import JOURNAL_SUFFIX, Store

from ._support import FakeClock, FakeNow, IdentityAnonymizer

DATE = dt.date(2025, 3, 14)

PHASES = [
    ("Rollen/Casting", 5),
    ("Spontanerzählung", 10),
    ("Schlüsselfrage", 5),
    ("Methodenwahl", 5),
    ("Beratung", 10),
    ("Abschluss", 5),
]


def _start(
    agenda: Agenda, store: Store | None, anonymizer, clock: FakeClock, now: FakeNow, rng=None
) -> Engine:
    return Engine.start(
        agenda,
        title="Supervision mit Frau Roh-Titelname",
        date=DATE,
        store=store,
        session_id="walk0001",
        anonymizer=anonymizer,
        now=now,
        clock=clock,
        rng=rng or random.Random(7),
    )


def _mood(step_id: str, mood: int, text: str = "", consent: Consent = Consent.PRIVATE) -> AnswerInput:
    return AnswerInput(step_id=step_id, mood=mood, text=text, consent=consent)


def _text(step_id: str, text: str, consent: Consent = Consent.QUOTE, phase: int | None = None) -> AnswerInput:
    return AnswerInput(step_id=step_id, text=text, consent=consent, phase=phase)


def test_full_walk_through_the_default_agenda(agenda, store, clock, now, rng, anonymizer, tmp_path):
    engine = _start(agenda, store, anonymizer, clock, now, rng)
    events = []
    engine.subscribe(events.append)
    journal = store.journal_path(engine.session)
    assert journal.is_file(), "das Journal muss vor der ersten Antwort existieren"
    assert journal.name == f"2025-03-14-gruppensupervision-integrationslotsen-walk0001{JOURNAL_SUFFIX}"

    # --- Ankommen und Beitreten: phones join, the same phone keeps its label -------------------
    assert engine.position.step.kind is StepKind.JOIN
    assert engine.position.prompt is None
    labels = [engine.join(f"phone-{i}").label for i in range(1, 7)]
    assert labels == ["T1", "T2", "T3", "T4", "T5", "T6"]
    assert engine.join("phone-3").label == "T3"
    assert len(engine.session.participants) == 6
    assert all(len(p.device_hash) == 32 and "phone" not in p.device_hash for p in engine.session.participants)
    with pytest.raises(NotCurrentStep):
        engine.submit_answer("phone-1", _mood("ankommen", 3))

    # --- Runde 1: mood, histogram, Blitzlicht speaking order with passing ----------------------
    assert engine.next()
    pos = engine.position
    assert (pos.step.id, pos.step.title, pos.prompt.question) == ("runde-1", "Runde 1", "Wie geht es Ihnen?")
    assert engine.timer.duration == 15 * 60
    for i, mood in enumerate([3, 4, 4, 5, 1], start=1):
        engine.submit_answer(f"phone-{i}", _mood("runde-1", mood))
    with pytest.raises(EngineError, match=r"^answer\.mood_missing$"):
        engine.submit_answer("phone-6", AnswerInput(step_id="runde-1", text="ohne Wert"))
    assert engine.mood_histogram() == [1, 0, 1, 2, 1]
    # a mood without text needs no moderation, and a number is never a quote
    assert all(a.moderation is Moderation.APPROVED for a in engine.session.answers_for("runde-1"))
    assert engine.projected() == []

    assert pos.step.blitzlicht
    order = engine.shuffle_speakers()
    assert sorted(order.order) == sorted(labels) and order.position == 0
    first, second = order.order[0], order.order[1]
    order = engine.next_speaker(passed=True)
    assert order.passed == [first] and order.position == 1
    order = engine.next_speaker()
    assert order.passed == [first] and order.position == 2 and order.order[1] == second
    for _ in range(10):
        order = engine.next_speaker()
    assert order.position == len(order.order)
    assert engine.speaking_order("runde-1") == order

    # --- Runde 2: Glitzermoment text, moderation, consent, revision ---------------------------
    assert engine.next()
    pos = engine.position
    assert pos.prompt.question == "Was läuft gut? Was war Ihr Glitzermoment?"
    assert pos.prompt.motif == "diamond"
    a1 = engine.submit_answer("phone-1", _text("runde-2", "Glitzer Roh-Eins"))
    a2 = engine.submit_answer("phone-2", _text("runde-2", "Glitzer Roh-Zwei"))
    a3 = engine.submit_answer("phone-3", _text("runde-2", "Glitzer Roh-Drei privat", Consent.PRIVATE))
    with pytest.raises(EngineError, match=r"^answer\.text_missing$"):
        engine.submit_answer("phone-4", _text("runde-2", ""))
    with pytest.raises(NotCurrentStep):
        engine.submit_answer("phone-4", _mood("runde-1", 2))
    assert [a.moderation for a in (a1, a2, a3)] == [Moderation.PENDING] * 3
    assert {a.id for a in engine.pending()} == {a1.id, a2.id, a3.id}
    assert engine.projected() == []
    engine.moderate(a1.id, Moderation.APPROVED)
    engine.moderate(a2.id, Moderation.HIDDEN)
    engine.moderate(a3.id, Moderation.APPROVED)
    with pytest.raises(EngineError):
        engine.moderate("gibt-es-nicht", Moderation.APPROVED)
    projected = engine.projected()
    assert [a.id for a in projected] == [a1.id], "privat oder verborgen wird nie projiziert"
    assert engine.pending() == []

    # a phone revises its own answer: same id, revision 2, waits for approval again
    clock.advance(30)
    a1b = engine.submit_answer("phone-1", _text("runde-2", "Glitzer Roh-Eins korrigiert"))
    assert (a1b.id, a1b.revision) == (a1.id, 2)
    assert a1b.created_at == a1.created_at and a1b.updated_at > a1.updated_at
    assert a1b.moderation is Moderation.PENDING
    assert len(engine.session.answers_for("runde-2")) == 3
    assert engine.projected() == []
    engine.moderate(a1.id, Moderation.APPROVED)
    assert [a.text for a in engine.projected()] == [anonymizer.output_for("Glitzer Roh-Eins korrigiert")]

    # moderation switched off for this step: new text is approved at once; switched on again: pending
    engine.set_moderation("runde-2", False)
    assert engine.session.moderation_off == ["runde-2"]
    a4 = engine.submit_answer("phone-4", _text("runde-2", "Glitzer Roh-Vier"))
    assert a4.moderation is Moderation.APPROVED
    a5 = engine.submit_answer("phone-5", _text("runde-2", "Glitzer Roh-Fünf privat", Consent.PRIVATE))
    assert a5.moderation is Moderation.APPROVED
    assert {a.id for a in engine.projected()} == {a1.id, a4.id}, "privat bleibt privat, auch ohne Moderation"
    engine.set_moderation("runde-2", True)
    assert engine.session.moderation_off == []
    a6 = engine.submit_answer("phone-6", _text("runde-2", "Glitzer Roh-Sechs"))
    assert a6.moderation is Moderation.PENDING

    # --- Anliegen sammeln: intake → cases → tags ----------------------------------------------
    assert engine.next()
    assert engine.position.step.title == "Anliegen sammeln"
    with pytest.raises(NotCurrentStep):
        engine.submit_answer("phone-6", _text("runde-2", "zu spät"))
    with pytest.raises(EngineError, match=r"^answer\.title_missing$"):
        engine.submit_answer("phone-1", AnswerInput(step_id="anliegen", text="nur Text"))
    i1 = engine.submit_answer(
        "phone-1", AnswerInput(step_id="anliegen", title="Roh-Anliegen Jobcenter", urgency=Urgency.HIGH)
    )
    i2 = engine.submit_answer(
        "phone-2", AnswerInput(step_id="anliegen", title="Roh-Anliegen Wohnung", private_talk=True)
    )
    assert i1.urgency is Urgency.HIGH and i2.urgency is Urgency.MEDIUM
    assert engine.private_talk_requests() == ["T2"]
    case1 = engine.case_from_answer(i1.id)
    assert (case1.title, case1.urgency, case1.source_answer) == (i1.title, Urgency.HIGH, i1.id)
    with pytest.raises(EngineError, match=r"^answer\.not_concern$"):
        engine.case_from_answer(a4.id)
    case2 = engine.add_case("Roh-Fall der Supervisorin", Urgency.LOW)
    engine.tag_case(case1.id, Topic.AUTHORITIES)
    engine.tag_case(case1.id, Topic.WORK)
    engine.tag_case(case1.id, Topic.AUTHORITIES)  # idempotent
    engine.tag_case(case1.id, Topic.WORK, on=False)
    engine.tag_case(case2.id, Topic.HOUSING)
    cases = {c.id: c for c in engine.session.cases}
    assert cases[case1.id].tags == [Topic.AUTHORITIES]
    assert cases[case2.id].tags == [Topic.HOUSING]

    # --- Pause between intake and the case: supervisors break before the case, not the closing -
    assert engine.next()
    assert engine.position.step.title == "Pause"
    with pytest.raises(NotCurrentStep):
        engine.submit_answer("phone-1", _text("pause", "Kaffee"))

    # --- Kollegiale Fallberatung: six phases, roles, ideas only in Beratung -------------------
    assert engine.next()
    pos = engine.position
    assert (pos.step.kind, pos.step.title) == (StepKind.CASE, "Kollegiale Fallberatung")
    assert pos.step.roles == ["Fallerzähler·in", "Moderation", "Beratende", "Protokoll"]
    engine.select_case(case1.id)
    assert engine.current_case().id == case1.id
    assert engine.current_case().step_id == "fallberatung"
    engine.assign_role("Fallerzähler·in", "T1")
    with pytest.raises(EngineError, match=r"^role\.unknown "):
        engine.assign_role("Fallgeber·in", "T2")
    cast = engine.cast_roles()
    # "Beratende" are everyone else: drawn are the three roles for one person each
    assert pos.step.group_roles == ["Beratende"]
    assert set(cast) == {"Fallerzähler·in", "Moderation", "Protokoll"}
    assert len(set(cast.values())) == 3 and set(cast.values()) <= set(labels)
    engine.assign_role("Protokoll", "T6")
    assert engine.roles_for()["Protokoll"] == "T6"

    seen_phases = []
    idea_ids = []
    for index, (name, minutes) in enumerate(PHASES):
        pos = engine.position
        assert pos.phase_index == index
        seen_phases.append((pos.phase.name, pos.phase.minutes))
        assert engine.timer.duration == minutes * 60
        assert not engine.timer.running
        if name == "Beratung":
            assert pos.prompt is not None
            idea = engine.submit_answer("phone-3", _text("fallberatung", "Roh-Idee Beratung", phase=index))
            assert idea.phase == index and idea.moderation is Moderation.PENDING
            idea_ids.append(idea.id)
            with pytest.raises(NotCurrentStep):
                engine.submit_answer("phone-4", _text("fallberatung", "falsche Phase", phase=index - 1))
            with pytest.raises(NotCurrentStep):
                engine.submit_answer("phone-4", _text("fallberatung", "ohne Phase"))
        else:
            assert pos.prompt is None
            with pytest.raises(NotCurrentStep):
                engine.submit_answer("phone-3", _text("fallberatung", "Idee zur falschen Zeit", phase=index))
        if name == "Spontanerzählung":
            engine.add_note("Roh-Notiz Spontanerzählung", case_id=case1.id)
        if index < len(PHASES) - 1:
            assert engine.next()
    assert seen_phases == PHASES
    assert sum(m for _, m in PHASES) <= engine.position.step.minutes
    engine.moderate(idea_ids[0], Moderation.APPROVED)
    assert [a.id for a in engine.projected("fallberatung", 4)] == idea_ids
    assert [n.case_id for n in engine.notes_for("fallberatung")] == [case1.id]

    # previous() crosses back into the last phase; next() returns
    assert engine.next()
    assert engine.position.step.kind is StepKind.CLOSING
    assert engine.previous()
    assert (engine.position.step.id, engine.position.phase.name) == ("fallberatung", "Abschluss")
    assert engine.next()

    # --- Abschlussrunde with agreements -------------------------------------------------------
    pos = engine.position
    assert (pos.step.title, pos.prompt.question, pos.step.agreements) == (
        "Abschlussrunde",
        "Was nehme ich mit?",
        True,
    )
    engine.submit_answer("phone-1", _text("abschluss", "Roh-Mitnahme"))
    engine.add_agreement("Roh-Vereinbarung nächstes Treffen")
    engine.add_note("Roh-Notiz Abschluss")
    assert not engine.next(), "am Ende gibt es keinen nächsten Schritt"

    # --- end ----------------------------------------------------------------------------------
    path = engine.end()
    assert engine.finished and engine.session.status is SessionStatus.FINISHED
    assert engine.session.ended_at is not None
    assert path == store.session_path(engine.session) and path.is_file()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not journal.exists(), "das Journal verschwindet mit dem Ende der Sitzung"
    assert store.load(path) == to_record(engine.session)
    assert store.unfinished() == []
    with pytest.raises(SessionClosed):
        engine.submit_answer("phone-1", _text("abschluss", "nach dem Ende"))
    with pytest.raises(SessionClosed):
        engine.add_note("nach dem Ende")
    with pytest.raises(SessionClosed):
        engine.previous()
    assert engine.end() == path  # ending twice is harmless
    assert events and events[-1].type == "session_ended"


def test_every_free_text_path_goes_through_the_anonymizer(agenda, store, clock, now, anonymizer):
    engine = _start(agenda, store, anonymizer, clock, now)
    raw = {
        "title": "Supervision mit Frau Roh-Titelname",
        "mood_text": "Roh-Stimmung müde",
        "glitzer": "Roh-Glitzer Frau Aydin",
        "intake": "Roh-Intake Herr Haddad",
        "case": "Roh-Fall Familie Nowak",
        "note": "Roh-Notiz Frau Petrov",
        "idea": "Roh-Idee Jobcenter Musterstadt",
        "closing": "Roh-Abschluss",
        "agreement": "Roh-Vereinbarung mit Herrn Weber",
    }
    engine.next()
    engine.submit_answer("p1", _mood("runde-1", 4, raw["mood_text"]))
    engine.next()
    engine.submit_answer("p1", _text("runde-2", raw["glitzer"]))
    engine.next()
    intake = engine.submit_answer("p2", AnswerInput(step_id="anliegen", title=raw["intake"]))
    from_intake = engine.case_from_answer(intake.id)
    typed = engine.add_case(raw["case"])
    engine.goto("fallberatung")
    engine.select_case(typed.id)
    engine.add_note(raw["note"], case_id=typed.id)
    engine.goto("fallberatung", "Beratung")
    engine.submit_answer("p3", _text("fallberatung", raw["idea"], phase=engine.position.phase_index))
    engine.next_step()
    engine.next_step()
    engine.submit_answer("p1", _text("abschluss", raw["closing"]))
    engine.add_agreement(raw["agreement"])
    path = engine.end()

    assert set(anonymizer.inputs) == set(raw.values())
    contexts = {id(c.context) for c in anonymizer.calls}
    assert len(contexts) == 1 and isinstance(anonymizer.calls[0].context, Context), (
        "eine Sitzung, ein Kontext: Pseudonyme bleiben innerhalb der Sitzung gleich"
    )
    session = engine.session
    out = anonymizer.output_for
    assert session.title == out(raw["title"])
    texts = {a.text for a in session.answers if a.text} | {a.title for a in session.answers if a.title}
    assert texts == {out(raw[k]) for k in ("mood_text", "glitzer", "intake", "idea", "closing")}
    assert {c.title for c in session.cases} == {out(raw["intake"]), out(raw["case"])}
    assert from_intake.title == out(raw["intake"])
    assert [n.text for n in session.notes] == [out(raw["note"])]
    assert [ag.text for ag in session.agreements] == [out(raw["agreement"])]
    # what the anonymizer found is kept as labels and Art. 9 flags, not the text
    assert all(a.labels == ["PERSON"] and a.flags == ["Gesundheit"] for a in session.answers if a.text)
    assert session.notes[0].labels == ["PERSON"] and session.notes[0].flags == ["Gesundheit"]

    stored = path.read_text(encoding="utf-8")
    assert "Roh-" not in stored
    assert "Roh-" not in session.model_dump_json()
    assert store.load(path) == to_record(session)


def test_raw_text_never_reaches_the_journal(agenda, store, clock, now, anonymizer):
    engine = _start(agenda, store, anonymizer, clock, now)
    engine.add_session_name("Roh-Name")
    engine.next_step()
    engine.next_step()
    engine.submit_answer("p1", _text("runde-2", "Roh-Text eines Handys"))
    engine.add_note("Roh-Notiz")
    journal = store.journal_path(engine.session).read_text(encoding="utf-8")
    assert "Roh-" not in journal
    assert "ANON-" in journal
    # a running session leaves no coordinator file: only its journal, in running/
    assert not store.session_path(engine.session).exists()


def test_timer_follows_steps_and_phases(agenda, clock, now):
    engine = _start(agenda, None, IdentityAnonymizer(), clock, now)
    assert engine.timer.duration == 5 * 60
    engine.toggle_timer()
    clock.advance(400)
    assert engine.timer.overrun
    engine.next()
    assert engine.timer.duration == 15 * 60 and engine.timer.remaining == 15 * 60
    assert not engine.timer.running
    engine.toggle_timer()
    clock.advance(60)
    engine.extend_timer(5)
    assert engine.timer.remaining == 19 * 60
    engine.goto("fallberatung", "Spontanerzählung")
    assert engine.timer.duration == 10 * 60 and engine.position.phase.name == "Spontanerzählung"
    engine.previous()
    assert engine.timer.duration == 5 * 60
    engine.next_step()
    assert engine.position.step.id == "abschluss" and engine.timer.duration == 20 * 60


def test_goto_rejects_a_step_or_phase_that_does_not_exist(agenda, store, clock, now):
    engine = _start(agenda, store, IdentityAnonymizer(), clock, now)
    journal = store.journal_path(engine.session)
    before = journal.read_bytes()
    with pytest.raises(EngineError):
        engine.goto(99)
    with pytest.raises(EngineError):
        engine.goto("gibt-es-nicht")
    with pytest.raises(EngineError):
        engine.goto("fallberatung", 6)  # the case discussion has six phases: 0..5
    with pytest.raises(EngineError):
        engine.goto("runde-1", 1)  # a round has no phases
    assert journal.read_bytes() == before, "ein abgelehnter Sprung darf nichts ins Journal schreiben"
    with pytest.raises(EngineError):
        engine.goto("fallberatung", "Gibt es nicht")
    assert journal.read_bytes() == before, "ein abgelehnter Sprung darf nichts ins Journal schreiben"
    engine.goto("fallberatung", "Beratung")  # a phase by its name
    assert engine.position.phase.name == "Beratung"
    engine.goto("fallberatung", 5)
    assert engine.position.phase.name == "Abschluss"
    # the journal still resumes
    engine.close()
    assert Engine.resume(store, journal).position.phase.name == "Abschluss"


def test_selecting_another_case_replaces_the_current_one(agenda, clock, now):
    engine = _start(agenda, None, IdentityAnonymizer(), clock, now)
    first = engine.add_case("Erster Fall")
    second = engine.add_case("Zweiter Fall")
    engine.goto("fallberatung")
    engine.select_case(first.id)
    assert engine.current_case().id == first.id
    engine.select_case(second.id)
    assert engine.current_case().id == second.id
    with pytest.raises(EngineError):
        engine.select_case("gibt-es-nicht")


def test_roles_only_in_steps_that_have_them(agenda, clock, now):
    engine = _start(agenda, None, IdentityAnonymizer(), clock, now)
    engine.goto("runde-1")
    with pytest.raises(EngineError):
        engine.assign_role("Moderation", "T1")
    assert engine.cast_roles() == {}
    with pytest.raises(EngineError, match=r"^order\.none$"):
        engine.next_speaker()


def test_an_anonymizer_that_lengthens_text_does_not_break_the_session(agenda, store, clock, now):
    class Lengthening:
        def anonymize(self, text: str, context: Context | None = None) -> Result:
            return Result(" ".join("[Person A]" for _ in text))

    engine = _start(agenda, store, Lengthening(), clock, now)
    engine.next_step()
    engine.next_step()
    answer = engine.submit_answer("p1", _text("runde-2", "x" * 1000))
    engine.next_step()
    intake = engine.submit_answer("p2", AnswerInput(step_id="anliegen", title="y" * 120))
    assert len(answer.text) <= 2000 and len(intake.title) <= 300
    assert store.replay(store.journal_path(engine.session)) == engine.session


def test_resume_continues_where_the_session_stood(agenda, store, clock, now):
    engine = _start(agenda, store, IdentityAnonymizer(), clock, now)
    engine.next()
    engine.submit_answer("p1", _mood("runde-1", 2))
    engine.next()
    engine.close()  # the app quits mid-session: the journal stays
    assert store.journal_path(engine.session).exists()
    [found] = store.unfinished()
    resumed = Engine.resume(store, found.path, anonymizer=IdentityAnonymizer(), clock=clock, now=now)
    assert resumed.session == engine.session
    assert resumed.position.step.id == "runde-2"
    assert resumed.timer.duration == 15 * 60
    assert resumed.join("p1").label == "T1", "derselbe Browser behält sein Kürzel nach dem Neustart"
    resumed.submit_answer("p9", _text("runde-2", "nach dem Neustart"))
    path = resumed.end()
    stored = json.loads(path.read_text(encoding="utf-8"))
    by_step = {step["id"]: step for step in stored["steps"]}
    assert stored["status"] == "finished" and stored["participants"] == 2
    assert by_step["runde-1"]["answers"] == 1 and by_step["runde-2"]["answers"] == 1
    assert not found.path.exists()


def test_session_without_store_runs_in_memory(agenda, tmp_path: Path, clock, now):
    engine = _start(agenda, None, IdentityAnonymizer(), clock, now)
    engine.next()
    engine.submit_answer("p1", _mood("runde-1", 5))
    assert engine.end() is None
    assert list(tmp_path.iterdir()) == []


def test_current_answer_is_the_participants_answer_to_the_current_step(agenda, store, clock, now):
    engine = _start(agenda, store, IdentityAnonymizer(), clock, now)
    engine.goto("runde-1")
    first = engine.submit_answer("p1", _mood("runde-1", 2))
    engine.submit_answer("p2", _mood("runde-1", 5))
    revised = engine.submit_answer("p1", _mood("runde-1", 4))
    assert revised.id == first.id
    assert engine.current_answer("T1") == revised
    assert engine.current_answer("T2") is not None and engine.current_answer("T2").mood == 5
    assert engine.current_answer("T9") is None
    engine.next()  # another step: nothing answered there yet
    assert engine.current_answer("T1") is None
