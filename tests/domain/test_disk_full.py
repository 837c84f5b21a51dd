"""Disk full at the engine: a change is in the session only once it is durable, and a refused one never
reaches the journal later. Writes and fsyncs fail with ENOSPC below the sessions directory (`disk_full`)."""

from __future__ import annotations

import datetime as dt

import pytest

from supervision_tui.engine import AnswerInput, Engine, EngineError, StorageFailed, StorageHealth
from supervision_tui.events import Event
from supervision_tui.models import Moderation
from supervision_tui.store import Store

from ._support import FakeClock, FakeNow, IdentityAnonymizer, default_agenda

WAYS = ["write", "fsync"]  # where the disk refuses: the write (tmpfs) or the fsync (delayed allocation)


def _engine(store: Store) -> Engine:
    engine = Engine.start(
        default_agenda(),
        title="Voll",
        date=dt.date(2025, 3, 14),
        store=store,
        session_id="voll0001",
        anonymizer=IdentityAnonymizer(),
        now=FakeNow(),
        clock=FakeClock(),
    )
    engine.next()
    engine.next()  # runde-2: free text
    return engine


def _text(text: str, step: str = "runde-2") -> AnswerInput:
    return AnswerInput(step_id=step, text=text, consent="quote")


def _journal(engine: Engine) -> bytes:
    assert engine.store is not None
    return engine.store.journal_path(engine.session).read_bytes()


def _replayed(engine: Engine):
    assert engine.store is not None
    return engine.store.replay(engine.store.journal_path(engine.session))


@pytest.mark.parametrize("at", WAYS)
def test_a_refused_answer_is_not_in_the_session_and_never_stored_later(store, disk_full, at) -> None:
    engine = _engine(store)
    seen: list[Event] = []
    engine.subscribe(seen.append)
    engine.submit_answer("phone-1", _text("gespeichert"))
    before = _journal(engine)
    disk = disk_full(store.root, at)
    disk.full = True
    with pytest.raises(StorageFailed) as refused:
        engine.submit_answer("phone-1", _text("abgelehnt"))  # a revision
    with pytest.raises(StorageFailed):
        engine.submit_answer("phone-2", _text("auch abgelehnt"))  # a new phone: join and answer
    assert isinstance(refused.value, OSError) and refused.value.cause == "ENOSPC"
    assert [a.text for a in engine.session.answers] == ["gespeichert"]
    assert engine.session.answers[0].revision == 1
    assert [p.label for p in engine.session.participants] == ["T1"]
    assert engine.participant_for("phone-2") is None
    assert [type(e).__name__ for e in seen] == ["ParticipantJoined", "AnswerSaved"], "kein Zuhörer sah sie"
    assert _journal(engine) == before

    disk.full = False  # space returns
    engine.sync()
    engine.submit_answer("phone-3", _text("danach"))
    journal = _journal(engine).decode()
    assert "abgelehnt" not in journal
    assert _replayed(engine) == engine.session
    assert sorted(a.text for a in engine.session.answers) == ["danach", "gespeichert"]
    assert engine.join("phone-3").label == "T2", "the refused phone's label was never given away"


@pytest.mark.parametrize("at", WAYS)
def test_a_group_commit_shows_its_answers_only_after_its_fsync(store, disk_full, at) -> None:
    engine = _engine(store)
    seen: list[Event] = []
    engine.subscribe(seen.append)
    for i in range(3):
        engine.submit_answer(f"phone-{i}", _text(f"Stapel {i}"), sync=False)
    engine.submit_answer("phone-0", _text("Stapel 0, korrigiert"), sync=False)
    assert engine.session.answers == [] and seen == [], "nothing is visible before the batch is durable"

    disk = disk_full(store.root, at)
    disk.full = True
    with pytest.raises(StorageFailed):
        engine.sync()
    assert engine.session.answers == [] and engine.session.participants == [] and seen == []
    disk.full = False
    engine.sync()  # nothing of the refused batch is written now
    assert "Stapel" not in _journal(engine).decode()

    # the same phones again, in one batch: labels and revisions count from what is stored
    for i in range(3):
        engine.submit_answer(f"phone-{i}", _text(f"Stapel {i}"), sync=False)
    revised = engine.submit_answer("phone-0", _text("Stapel 0, korrigiert"), sync=False)
    assert revised.revision == 2 and revised.participant == "T1"
    engine.sync()
    assert [p.label for p in engine.session.participants] == ["T1", "T2", "T3"]
    assert sorted(a.text for a in engine.session.answers) == ["Stapel 0, korrigiert", "Stapel 1", "Stapel 2"]
    assert _replayed(engine) == engine.session


def test_a_supervisor_change_stores_a_pending_batch_first_and_its_sync_reports_a_refusal(
    store, disk_full
) -> None:
    engine = _engine(store)
    engine.submit_answer("phone-1", _text("im Stapel"), sync=False)
    engine.add_note("gespeichert mit dem Stapel davor")
    engine.sync()  # the batch was stored by the note's write: it may be acknowledged
    assert [a.text for a in engine.session.answers] == ["im Stapel"]

    engine.submit_answer("phone-2", _text("abgelehnter Stapel"), sync=False)
    disk = disk_full(store.root, "write")
    disk.full = True
    with pytest.raises(StorageFailed):
        engine.add_note("eine Notiz")  # the pending batch is refused first, then the note
    disk.full = False
    engine.submit_answer("phone-3", _text("später im selben Stapel"), sync=False)
    engine.add_note("zweite Notiz")  # stored; the refused batch's later work is not
    with pytest.raises(StorageFailed):
        engine.sync()  # the batch's own sync reports the loss: nobody may be told "gespeichert"
    engine.sync()
    assert [a.text for a in engine.session.answers] == ["im Stapel"]
    assert [n.text for n in engine.session.notes] == ["gespeichert mit dem Stapel davor", "zweite Notiz"]
    journal = _journal(engine).decode()
    assert "abgelehnter Stapel" not in journal and "später im selben Stapel" not in journal
    assert _replayed(engine) == engine.session


@pytest.mark.parametrize("at", WAYS)
def test_supervisor_actions_on_a_full_disk_change_nothing_and_work_again_later(store, disk_full, at) -> None:
    engine = _engine(store)
    engine.submit_answer("phone-1", _text("zum Freigeben"))
    answer_id = engine.session.answers[0].id
    engine.timer.toggle()
    remaining = engine.timer.remaining
    disk = disk_full(store.root, at)
    disk.full = True
    actions = {
        "next": engine.next,
        "previous": engine.previous,
        "approve": lambda: engine.moderate(answer_id, Moderation.APPROVED),
        "moderation": lambda: engine.set_moderation("runde-2", False),
        "note": lambda: engine.add_note("Notiz"),
        "agreement": lambda: engine.add_agreement("Vereinbarung"),
        "case": lambda: engine.add_case("Fall"),
        "speakers": engine.shuffle_speakers,
        "end": engine.end,
    }
    before = engine.session.model_copy(deep=True)
    for name, action in actions.items():
        with pytest.raises(StorageFailed):
            action()
        assert engine.session == before, name
    assert engine.position.step.id == "runde-2" and engine.timer.remaining == remaining
    assert not engine.finished
    assert isinstance(StorageFailed(OSError(28, "x"), "note_saved"), EngineError)

    disk.full = False
    assert engine.next()
    engine.previous()
    engine.moderate(answer_id, Moderation.APPROVED)
    engine.add_note("Notiz")
    assert _replayed(engine) == engine.session
    path = engine.end()
    assert path is not None and store.load(path).status == "finished"


def test_storage_health_says_what_failed_and_when_it_last_worked(store, disk_full) -> None:
    engine = _engine(store)
    told: list[StorageHealth] = []
    engine.watch_storage(told.append)
    engine.submit_answer("phone-1", _text("eins"))
    assert engine.storage.ok and engine.storage.last_saved is not None
    last = engine.storage.last_saved
    assert told == [], "nothing to tell while storing works"

    disk = disk_full(store.root, "write")
    disk.full = True
    with pytest.raises(StorageFailed):
        engine.submit_answer("phone-2", _text("zwei"))
    with pytest.raises(StorageFailed):
        engine.next()
    health = engine.storage
    assert not health.ok and health.error == "ENOSPC" and health.refused == "step_changed"
    assert health.last_saved == last and health.failing_since is not None
    assert [h.refused for h in told] == ["answer_saved", "step_changed"]

    disk.full = False
    engine.next()
    assert engine.storage.ok and engine.storage.last_saved > last  # type: ignore[operator]
    assert [h.ok for h in told] == [False, False, True]


def test_the_final_file_is_written_by_the_next_end_or_close(store, disk_full) -> None:
    engine = _engine(store)
    engine.submit_answer("phone-1", _text("vor dem Ende"))
    disk = disk_full(store.root, "fsync")
    # the journal takes the end, then the disk is full for the session file
    real_end = engine._commit

    def end_then_full(event, *, sync=True):
        real_end(event, sync=sync)
        disk.full = True

    engine._commit = end_then_full  # type: ignore[method-assign]
    with pytest.raises(StorageFailed) as refused:
        engine.end()
    assert refused.value.what == "session_file"
    assert engine.finished and not engine.storage.ok
    assert store.journal_path(engine.session).exists()
    with pytest.raises(StorageFailed):
        engine.close()  # quit: tried again, still full

    disk.full = False
    engine.close()  # quit again: written now
    assert not store.journal_path(engine.session).exists()
    [stored] = store.sessions()
    assert stored.record is not None and stored.record.participants == 1


def test_no_session_file_is_written_mid_session(store) -> None:
    # The journal is the state: a step change writes no snapshot that a full disk could refuse.
    engine = _engine(store)
    engine.next()
    engine.close()
    assert [p.name for p in store.root.iterdir() if p.suffix == ".json"] == []


def test_a_refused_timer_change_leaves_the_timer_as_it_was(store, disk_full) -> None:
    engine = _engine(store)
    disk = disk_full(store.root, "write")
    disk.full = True
    duration = engine.timer.duration
    with pytest.raises(StorageFailed) as refused:
        engine.toggle_timer()
    assert refused.value.what == "timer_set"
    assert not engine.timer.running
    with pytest.raises(StorageFailed):
        engine.extend_timer(5)
    assert engine.timer.duration == duration
    disk.full = False
    engine.toggle_timer()
    assert engine.timer.running and engine.session.timer is not None and engine.session.timer.running


def test_latecomers_of_one_batch_all_join_the_speaking_order(store) -> None:
    engine = _engine(store)
    engine.join("phone-1")
    engine.join("phone-2")
    drawn = engine.shuffle_speakers().order
    engine.join("phone-3", sync=False)
    engine.join("phone-4", sync=False)
    assert engine.speaking_order().order == drawn, "not before the batch is stored"
    engine.sync()
    assert engine.speaking_order().order == [*drawn, "T3", "T4"]
    assert _replayed(engine) == engine.session
