"""Method fidelity in the engine: the case giver comes with the case, latecomers speak last, and a
running timer survives a resume."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from supervision_tui.engine import AnswerInput, Engine, EngineError
from supervision_tui.models import Urgency
from supervision_tui.store import Store

from ._support import FakeClock, IdentityAnonymizer

DATE = dt.date(2025, 3, 14)
GIVER = "Fallerzähler·in"


class SettableNow:
    """A wall clock that stands still until the test moves it."""

    def __init__(self) -> None:
        self.current = dt.datetime(2025, 3, 14, 17, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.current


def _engine(agenda, store: Store | None = None, *, seed: int = 1, now=None, clock=None) -> Engine:
    return Engine.start(
        agenda,
        title="Methode",
        date=DATE,
        store=store,
        session_id="methode1",
        anonymizer=IdentityAnonymizer(),
        now=now or SettableNow(),
        clock=clock or FakeClock(),
        rng=random.Random(seed),
    )


def _to_case(engine: Engine, brought_by_phone: str = "p5") -> None:
    for phone in ("p1", "p2", "p3", "p4", "p5", "p6"):
        engine.join(phone)
    engine.goto("anliegen")  # anliegen
    concern = engine.submit_answer(
        brought_by_phone, AnswerInput(step_id="anliegen", title="Streit im Wohnheim", urgency=Urgency.HIGH)
    )
    case = engine.case_from_answer(concern.id)
    engine.goto("fallberatung")  # fallberatung
    engine.select_case(case.id)


@pytest.mark.parametrize("seed", range(12))
def test_the_case_giver_is_whoever_brought_the_case_and_is_never_drawn(agenda, seed):
    engine = _engine(agenda, seed=seed)
    _to_case(engine, "p5")
    giver = engine.participant_for("p5").label
    assert engine.roles_for()[GIVER] == giver, "wer den Fall einbrachte, erzählt ihn"
    roles = engine.cast_roles()
    assert roles[GIVER] == giver, "Rollen losen zieht nie die Fallerzählerin"
    drawn = {role: label for role, label in roles.items() if role != GIVER}
    assert set(drawn) == {"Moderation", "Protokoll"}
    assert giver not in drawn.values(), "die Fallerzählerin bekommt keine zweite Rolle"


def test_a_case_the_supervisor_enters_asks_who_brings_it(agenda):
    engine = _engine(agenda)
    for phone in ("p1", "p2", "p3"):
        engine.join(phone)
    engine.goto("fallberatung")
    nobody = engine.add_case("Fall ohne Anwesende")
    engine.select_case(nobody.id)
    assert GIVER not in engine.roles_for(), "„niemand hier“ ist eine gültige Antwort"
    roles = engine.cast_roles()
    assert GIVER not in roles and set(roles) == {"Moderation", "Protokoll"}
    t2 = engine.add_case("Fall von T2", brought_by="T2")
    engine.select_case(t2.id)
    assert engine.roles_for()[GIVER] == "T2"
    with pytest.raises(EngineError):
        engine.add_case("Fall von jemandem, der nicht da ist", brought_by="T9")


def test_a_latecomer_is_appended_to_the_drawn_speaking_order(agenda):
    engine = _engine(agenda)
    for phone in ("p1", "p2", "p3"):
        engine.join(phone)
    engine.goto("runde-1")  # runde-1 has a Blitzlicht
    drawn = engine.shuffle_speakers().order
    engine.next_speaker()
    late = engine.join("spät")
    order = engine.speaking_order()
    assert order.order == [*drawn, late.label], "wer später kommt, spricht nach den Gelosten"
    assert order.position == 1, "die laufende Reihenfolge bleibt, wo sie war"
    engine.join("spät")  # the same phone again changes nothing
    assert engine.speaking_order().order == [*drawn, late.label]


def test_a_running_timer_comes_back_running_with_its_true_remaining_time(agenda, tmp_path):
    store = Store(tmp_path / "sessions")
    now, clock = SettableNow(), FakeClock()
    engine = _engine(agenda, store, now=now, clock=clock)
    engine.goto("runde-1")  # runde-1: 15 minutes
    engine.extend_timer(5)  # 20 minutes
    engine.toggle_timer()  # running
    clock.advance(120)
    now.current += dt.timedelta(seconds=120)
    assert round(engine.timer.remaining) == 18 * 60
    journal = store.journal_path(engine.session)

    # kill -9 here: the app is gone; 60 seconds later it is started again and resumes
    now.current += dt.timedelta(seconds=60)
    resumed = Engine.resume(store, journal, anonymizer=IdentityAnonymizer(), clock=FakeClock(5000.0), now=now)
    assert resumed.timer.running, "der Timer läuft nach dem Fortsetzen weiter"
    # a running timer ran on while the app was down: 120 s before the crash, 60 s after
    assert round(resumed.timer.remaining) == 20 * 60 - 180, "die wahre Restzeit"
    # a pause is journaled too and comes back paused, however long the app was down
    resumed.toggle_timer()
    now.current += dt.timedelta(seconds=600)
    again = Engine.resume(store, journal, anonymizer=IdentityAnonymizer(), clock=FakeClock(), now=now)
    assert not again.timer.running and round(again.timer.remaining) == 20 * 60 - 180


def test_a_step_change_gives_the_next_step_its_own_full_time_after_resume(agenda, tmp_path):
    store = Store(tmp_path / "sessions")
    now = SettableNow()
    engine = _engine(agenda, store, now=now)
    engine.goto("runde-1")
    engine.toggle_timer()
    engine.next()  # runde-2, 15 minutes, not started
    resumed = Engine.resume(
        store, store.journal_path(engine.session), anonymizer=IdentityAnonymizer(), clock=FakeClock(), now=now
    )
    assert not resumed.timer.running and resumed.timer.remaining == 15 * 60


def test_the_ideas_reach_the_case_giver_and_what_is_taken_along_is_stored(agenda, tmp_path):
    from supervision_tui.models import Consent, Moderation
    from supervision_tui.record import to_record

    store = Store(tmp_path / "sessions")
    engine = _engine(agenda, store)
    _to_case(engine, "p5")
    engine.goto("fallberatung", "Beratung")
    phase = engine.position.phase_index
    shown = engine.submit_answer(
        "p1",
        AnswerInput(
            step_id="fallberatung", phase=phase, text="Dolmetscherin anfragen", consent=Consent.QUOTE
        ),
    )
    engine.moderate(shown.id, Moderation.APPROVED)
    private = engine.submit_answer(
        "p2", AnswerInput(step_id="fallberatung", phase=phase, text="Nur für dich")
    )
    engine.next()  # Abschluss: no phone input of its own
    assert engine.position.phase.name == "Abschluss"
    assert [a.text for a in engine.shown_answers()] == ["Dolmetscherin anfragen"], (
        "the ideas stay in Abschluss"
    )
    engine.take_along(shown.id)
    with pytest.raises(EngineError):
        engine.take_along(private.id)  # never shown, so nothing to take along
    assert engine.current_case().taken_along == [shown.id]
    replayed = store.replay(store.journal_path(engine.session))
    assert replayed.cases == engine.session.cases, "taken along is journaled"
    engine.take_along(shown.id, on=False)
    engine.take_along(shown.id)
    engine.end()
    [case] = [c for c in to_record(engine.session).cases if c.step_id == "fallberatung"]
    assert case.taken_along == ["Dolmetscherin anfragen"]


def test_paper_answers_count_as_participants_and_are_anonymized(agenda, tmp_path):
    from supervision_tui.anonymize import default_anonymizer
    from supervision_tui.record import to_record

    store = Store(tmp_path / "sessions")
    engine = Engine.start(
        agenda, title="Papier", date=DATE, store=store, session_id="papier01",
        anonymizer=default_anonymizer(), now=SettableNow(), clock=FakeClock(),
    )  # fmt: skip
    engine.join("phone-1")
    engine.goto("runde-1")
    answer = engine.paper_answer(
        AnswerInput(step_id="runde-1", mood=2, text="Frau Petrović hat wieder angerufen")
    )
    assert answer.participant == "P1" and "Petrović" not in answer.text
    [paper] = [p for p in engine.session.participants if p.paper]
    assert paper.label == "P1"
    assert engine.join("phone-2").label == "T2", "phones keep counting T1, T2 …"
    engine.goto("anliegen")
    concern = engine.paper_answer(AnswerInput(step_id="anliegen", title="Streit im Wohnheim"), label="P1")
    assert concern.participant == "P1" and len([p for p in engine.session.participants if p.paper]) == 1
    with pytest.raises(EngineError):
        engine.paper_answer(AnswerInput(step_id="anliegen", title="x"), label="P7")
    replayed = store.replay(store.journal_path(engine.session))
    assert replayed == engine.session
    engine.end()
    record = to_record(engine.session)
    assert record.participants == 3 and {s.id: s for s in record.steps}["runde-1"].moods == [0, 1, 0, 0, 0]
