"""Several ideas per phone in an idea phase (kollegiale Beratung's Beratung, Balint's Assoziationsrunde):
each submit is a new idea, an edit names the idea it changes, a phone changes only its own, and at most
MAX_IDEAS per phone and phase. Journals with several ideas per phone replay to the same index; old
journals still load. Every other input kind keeps one answer per phone that a second submit revises."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from supervision_tui.engine import AnswerInput, Engine, EngineError
from supervision_tui.models import MAX_IDEAS, Agenda, Consent
from supervision_tui.record import to_record
from supervision_tui.room import room_view
from supervision_tui.store import Store

from ._support import FakeClock, FakeNow, IdentityAnonymizer

OLD = Path(__file__).parent / "old_files"
JOURNAL = "2025-03-14-gruppensupervision-integrationslotsen-alt00003.journal.jsonl"


def _start(agenda: Agenda, store: Store) -> Engine:
    return Engine.start(
        agenda,
        title="Ideen",
        date=dt.date(2025, 3, 14),
        store=store,
        session_id="ideas001",
        anonymizer=IdentityAnonymizer(),
        now=FakeNow(),
        clock=FakeClock(),
    )


def _beratung(engine: Engine) -> int:
    """Go to the Beratung phase of the kollegiale Fallberatung; its phase index."""
    engine.goto("fallberatung", "Beratung")
    engine.select_case(engine.add_case("Fall").id)
    return engine.position.phase_index


def _idea(engine: Engine, phone: str, text: str, revises: str | None = None, *, sync: bool = True):
    phase = engine.position.phase_index
    data = AnswerInput(step_id="fallberatung", phase=phase, text=text, consent=Consent.QUOTE, revises=revises)
    return engine.submit_answer(phone, data, sync=sync)


def test_two_ideas_from_one_phone_are_two_answers_and_an_edit_revises_only_the_named_one(
    agenda: Agenda, store: Store
) -> None:
    engine = _start(agenda, store)
    _beratung(engine)
    first = _idea(engine, "p1", "Mit der Heimleitung sprechen")
    second = _idea(engine, "p1", "Dolmetscher dazuholen")
    assert first.id != second.id and (first.revision, second.revision) == (1, 1)
    assert engine.current_answers(first.participant) == [first, second]
    changed = _idea(engine, "p1", "Dolmetscherin dazuholen", revises=second.id)
    assert (changed.id, changed.revision, changed.created_at) == (second.id, 2, second.created_at)
    assert [a.text for a in engine.current_answers(first.participant)] == [
        "Mit der Heimleitung sprechen",
        "Dolmetscherin dazuholen",
    ]
    assert len(engine.session.answers) == 2


def test_ideas_of_one_batch_stay_apart_and_a_dropped_batch_leaves_none(agenda: Agenda, store: Store) -> None:
    engine = _start(agenda, store)
    _beratung(engine)
    a = _idea(engine, "p1", "Eins", sync=False)
    b = _idea(engine, "p1", "Zwei", sync=False)
    b2 = _idea(engine, "p1", "Zwei, geändert", revises=b.id, sync=False)
    engine.sync()
    assert a.id != b.id == b2.id and b2.revision == 2
    assert [x.text for x in engine.current_answers(a.participant)] == ["Eins", "Zwei, geändert"]


def test_a_phone_changes_only_its_own_ideas(agenda: Agenda, store: Store) -> None:
    engine = _start(agenda, store)
    _beratung(engine)
    mine = _idea(engine, "p1", "Meine Idee")
    with pytest.raises(EngineError) as refused:
        _idea(engine, "p2", "Übernommen", revises=mine.id)
    assert refused.value.code == "answer.not_own"
    with pytest.raises(EngineError) as unknown:
        _idea(engine, "p1", "Gibt es nicht", revises="a9999zzzz")
    assert unknown.value.code == "answer.unknown"
    assert [a.text for a in engine.session.answers] == ["Meine Idee"]


def test_ideas_per_phone_and_phase_are_capped_but_an_edit_still_works(agenda: Agenda, store: Store) -> None:
    engine = _start(agenda, store)
    _beratung(engine)
    ideas = [_idea(engine, "p1", f"Idee {i}") for i in range(MAX_IDEAS)]
    with pytest.raises(EngineError) as refused:
        _idea(engine, "p1", "Noch eine")
    assert (refused.value.code, refused.value.params) == ("idea.too_many", {"max": MAX_IDEAS})
    assert _idea(engine, "p1", "Idee 0, besser", revises=ideas[0].id).revision == 2
    assert _idea(engine, "p2", "Eine andere Person").revision == 1  # per phone, not per room
    assert len(engine.session.answers) == MAX_IDEAS + 1


def test_other_inputs_keep_one_answer_per_phone_that_a_second_submit_revises(
    agenda: Agenda, store: Store
) -> None:
    engine = _start(agenda, store)
    engine.goto("runde-2")
    first = engine.submit_answer("p1", AnswerInput(step_id="runde-2", text="Satz"))
    # an edit's answer id means nothing outside an idea phase: it revises the one answer
    again = engine.submit_answer("p1", AnswerInput(step_id="runde-2", text="Satz 2", revises="a-fremd"))
    assert (again.id, again.revision) == (first.id, 2)
    assert engine.current_answers(first.participant) == [again]


def test_a_journal_with_several_ideas_per_phone_replays_to_the_same_ideas(
    agenda: Agenda, store: Store
) -> None:
    engine = _start(agenda, store)
    _beratung(engine)
    one = _idea(engine, "p1", "Eins")
    two = _idea(engine, "p1", "Zwei")
    _idea(engine, "p2", "Andere")
    _idea(engine, "p1", "Eins, genauer", revises=one.id)
    path = store.journal_path(engine.session)
    # kill -9: nothing but the journal is left; the resumed engine knows each phone's ideas
    resumed = Engine.resume(store, path, anonymizer=IdentityAnonymizer())
    assert [a.text for a in resumed.current_answers(one.participant)] == ["Eins, genauer", "Zwei"]
    assert resumed.current_answers(one.participant) == engine.current_answers(one.participant)
    # ... and goes on from there: an edit of a replayed idea revises it, a new one is a third
    assert (
        resumed.submit_answer(
            "p1", AnswerInput(step_id="fallberatung", phase=one.phase, text="Zwei!", revises=two.id)
        ).revision
        == 2
    )
    resumed.submit_answer("p1", AnswerInput(step_id="fallberatung", phase=one.phase, text="Drei"))
    assert [a.text for a in resumed.current_answers(one.participant)] == ["Eins, genauer", "Zwei!", "Drei"]
    assert len(store.replay(path).answers) == 4


def test_an_old_journal_loads_with_one_answer_per_phone(store: Store) -> None:
    store.running_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(OLD / JOURNAL, store.running_dir / JOURNAL)
    [found] = store.unfinished()
    engine = Engine.resume(store, found.path, anonymizer=IdentityAnonymizer())
    engine.goto("anliegen")
    for label in ("T1", "T2", "T3"):
        [answer] = engine.current_answers(label)
        assert answer.title and answer.participant == label


def test_the_room_and_the_record_show_every_idea_but_count_people(agenda: Agenda, store: Store) -> None:
    """The projection lists each idea; the coordinator's record quotes each, yet its count of who answered
    (what the ≥ 5 rule reads) counts people, not ideas."""
    engine = _start(agenda, store)
    _beratung(engine)
    engine.set_moderation("fallberatung", False)
    for text in ("Eins", "Zwei", "Drei"):
        _idea(engine, "p1", text)
    _idea(engine, "p2", "Vier")
    assert [a.text for a in room_view(engine).answers] == ["Eins", "Zwei", "Drei", "Vier"]
    engine.take_along(engine.ideas()[1].id)
    engine.take_along(engine.ideas()[2].id)
    engine.end()
    record = to_record(engine.session)
    [step] = [s for s in record.steps if s.id == "fallberatung"]
    assert step.answers == 2, "two people, four ideas"
    assert [q.text for q in step.quotes] == ["Eins", "Zwei", "Drei", "Vier"]
    assert [c.taken_along for c in record.cases] == [["Zwei", "Drei"]]
