"""What `kill -9` cannot show: the order of write, flush, fsync, rename and directory fsync.

A killed process leaves the page cache behind, so a missing fsync passes every crash test and fails
only on a power loss. These tests spy on the os calls instead and check, at the moment of each
fsync, what the file on disk already holds (mutation audit, issue #15).
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from supervision_tui.engine import AnswerInput, Engine, StorageFailed
from supervision_tui.events import SessionStarted
from supervision_tui.models import SessionStatus
from supervision_tui.store import Journal, Store, StoreError, atomic_write
from supervision_tui.words import stored_error

from ._support import FakeClock, FakeNow, IdentityAnonymizer


@dataclass(frozen=True)
class Call:
    """One os call as the spy saw it: the path behind the fd, and a file's bytes at that moment."""

    name: str
    path: Path
    data: bytes | None = None


class OsSpy:
    """Records os.write, os.fsync and os.replace in order; each fsync with what the file holds then."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[Call] = []
        real_fsync, real_write, real_replace = os.fsync, os.write, os.replace

        def fsync(fd: int) -> None:
            path = _fd_path(fd)
            # read through the path, not the fd: what a reader after a power loss would find, provided
            # this fsync was the last word
            self.calls.append(Call("fsync", path, path.read_bytes() if path.is_file() else None))
            real_fsync(fd)

        def write(fd: int, data: bytes) -> int:
            self.calls.append(Call("write", _fd_path(fd), bytes(data)))
            return real_write(fd, data)

        def replace(src: str | Path, dst: str | Path) -> None:
            self.calls.append(Call("replace", Path(dst), None))
            real_replace(src, dst)

        monkeypatch.setattr(os, "fsync", fsync)
        monkeypatch.setattr(os, "write", write)
        monkeypatch.setattr(os, "replace", replace)

    def fsynced(self, path: Path) -> list[Call]:
        return [c for c in self.calls if c.name == "fsync" and c.path == path]


def _fd_path(fd: int) -> Path:
    return Path(os.readlink(f"/proc/self/fd/{fd}"))


def _engine(store: Store, agenda) -> Engine:
    return Engine.start(
        agenda,
        title="Dauerhaft",
        date=dt.date(2025, 3, 14),
        store=store,
        session_id="durable1",
        anonymizer=IdentityAnonymizer(),
        now=FakeNow(),
        clock=FakeClock(),
    )


def _one_answer_then_closed(store: Store, agenda) -> tuple[Engine, Path]:
    """An engine with one answer whose journal is closed (as after a crash); the journal's path."""
    engine = _engine(store, agenda)
    engine.next()
    engine.submit_answer("p1", AnswerInput(step_id=engine.position.step.id, mood=3))
    assert engine.journal is not None
    engine.journal.close()
    return engine, store.journal_path(engine.session)


# --- atomic_write: the coordinator's file and the join token ---------------------------------------


def test_the_session_file_is_flushed_fsynced_renamed_and_its_directory_fsynced(
    store: Store, agenda, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    engine = _engine(store, agenda)
    engine.next()
    engine.submit_answer("p1", AnswerInput(step_id=engine.position.step.id, mood=4))
    session = engine.session.model_copy(
        update={"status": SessionStatus.FINISHED, "ended_at": dt.datetime(2025, 3, 14, 12, tzinfo=dt.UTC)}
    )
    # $TMPDIR elsewhere: a temp file made there would be renamed across directories (EXDEV on
    # another filesystem), and the spy below would see it outside the sessions folder
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(elsewhere))
    spy = OsSpy(monkeypatch)

    path = store.save(session)

    final = path.read_bytes()
    [data_sync] = [c for c in spy.calls if c.name == "fsync" and c.data is not None]
    assert data_sync.path.parent == path.parent, "die Temp-Datei liegt im Zielordner"
    assert data_sync.path != path and data_sync.path.name.startswith(f".{path.name}.")
    assert data_sync.data == final, "beim fsync steht schon alles in der Datei (flush davor)"
    order = [(c.name, c.path) for c in spy.calls if c.name in ("fsync", "replace")]
    assert order == [("fsync", data_sync.path), ("replace", path), ("fsync", path.parent)], (
        "Daten fsyncen, umbenennen, dann den Ordner fsyncen"
    )
    assert list(elsewhere.iterdir()) == []
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_atomic_write_fsyncs_the_full_data_before_the_rename_and_the_directory_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "ordner" / "datei.bin"
    data = os.urandom(700)  # smaller than Python's write buffer: without a flush it waits there
    spy = OsSpy(monkeypatch)
    atomic_write(target, data)
    assert [(c.name, c.data) for c in spy.calls] == [("fsync", data), ("replace", None), ("fsync", None)]
    assert [c.path.parent for c in spy.calls[:2]] == [target.parent, target.parent]
    assert spy.calls[2].path == target.parent
    assert target.read_bytes() == data


# --- the journal ----------------------------------------------------------------------------------


def test_a_new_journal_header_is_written_and_fsynced_by_open_journal(
    store: Store, agenda, monkeypatch: pytest.MonkeyPatch
) -> None:
    spy = OsSpy(monkeypatch)
    engine = _engine(store, agenda)  # Engine.start opens the journal
    journal = store.journal_path(engine.session)
    header = journal.read_bytes()
    assert header.endswith(b"\n") and header.count(b"\n") == 1
    assert isinstance(store.replay(journal), type(engine.session))
    writes = [i for i, c in enumerate(spy.calls) if c.name == "write" and c.path == journal]
    syncs = [i for i, c in enumerate(spy.calls) if c.name == "fsync" and c.path == journal]
    assert writes and syncs, "der Kopf eines neuen Journals ist sofort auf der Platte"
    assert syncs[-1] > writes[-1]
    assert spy.fsynced(journal)[-1].data == header


def test_open_journal_alone_makes_the_header_durable(store: Store, agenda, monkeypatch) -> None:
    engine = _engine(Store(store.root / "andere"), agenda)
    spy = OsSpy(monkeypatch)
    journal = store.open_journal(engine.session)
    try:
        path = store.journal_path(engine.session)
        [synced] = spy.fsynced(path)
        assert synced.data is not None and synced.data.endswith(b"\n")
        assert store.replay(path) == engine.session
    finally:
        journal.close()


def test_a_truncated_torn_tail_is_fsynced_before_the_journal_goes_on(
    store: Store, agenda, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, journal = _one_answer_then_closed(store, agenda)
    complete = journal.read_bytes()
    with journal.open("ab") as fh:
        fh.write(b'{"type":"answer_saved","answer":{"id":"a0')  # the process died mid-write
    spy = OsSpy(monkeypatch)
    reopened = store.reopen_journal(journal)
    try:
        syncs = spy.fsynced(journal)
        assert syncs, "das Abschneiden des zerrissenen Endes muss fsynct werden"
        assert syncs[0].data == complete
    finally:
        reopened.close()


def test_a_second_session_header_is_refused_not_silently_restarted(store: Store, agenda) -> None:
    engine, journal = _one_answer_then_closed(store, agenda)
    lines = journal.read_bytes().splitlines(keepends=True)
    second = SessionStarted(session=engine.session.model_copy(update={"answers": []}))
    journal.write_bytes(b"".join(lines) + second.model_dump_json().encode() + b"\n")
    with pytest.raises(StoreError) as info:
        store.replay(journal)
    assert stored_error(info.value) == f"{journal.name}, Zeile {len(lines) + 1}: zweiter Sitzungsbeginn."
    [found] = store.unfinished()
    assert found.session is None and found.error is not None and found.error.code == "journal.second_start"


# --- smaller promises the mutation run found untested -------------------------------------------------


def test_files_and_journals_create_missing_parent_folders(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "datei.json"
    atomic_write(target, b"{}\n")
    assert target.read_bytes() == b"{}\n"
    journal = Journal(tmp_path / "c" / "d" / "x.journal.jsonl")
    journal.close()
    assert journal.path.is_file()


def test_a_sync_with_nothing_new_does_not_fsync_again(store: Store, agenda, monkeypatch) -> None:
    # group commit calls sync() for every batch; an idle batch must not cost a disk flush
    engine = _engine(store, agenda)
    reopened = store.reopen_journal(store.journal_path(engine.session))  # no torn tail: nothing to cut
    spy = OsSpy(monkeypatch)
    engine.sync()
    reopened.sync()
    assert spy.calls == []
    engine.next()
    engine.sync()
    assert [c.name for c in spy.calls] == ["write", "fsync"]
    reopened.close()


def test_closing_a_journal_twice_is_harmless(store: Store, agenda) -> None:
    engine = _engine(store, agenda)
    engine.journal.close()
    engine.journal.close()
    os.fstat(1)  # the second close closed nothing else the process holds (stdout is fd 1)


def test_the_join_token_is_kept_for_a_running_session_only(store: Store, agenda) -> None:
    engine = _engine(store, agenda)
    token = "Abc_def-0123456789abcdef"
    store.remember_token(engine.session, token)
    path = store.token_path(engine.session)
    assert path.read_bytes() == token.encode("ascii") and path.stat().st_mode & 0o777 == 0o600
    assert store.remembered_token(engine.session) == token
    finished = engine.session.model_copy(update={"status": SessionStatus.FINISHED})
    assert store.remembered_token(finished) is None
    path.write_text("zu kurz", encoding="ascii")
    assert store.remembered_token(engine.session) is None
    path.write_bytes(b"\xff" * 30)
    assert store.remembered_token(engine.session) is None
    path.unlink()
    assert store.remembered_token(engine.session) is None


def test_an_unreadable_coordinator_file_is_a_german_error_naming_it(store: Store) -> None:
    with pytest.raises(StoreError) as info:
        store.load(store.root / "fehlt.json")
    assert info.value.code == "store.unreadable"
    # the system's reason too, not "None"
    assert stored_error(info.value) == f"fehlt.json: Datei nicht lesbar ({os.strerror(errno.ENOENT)})."


def test_a_blank_line_inside_a_journal_is_skipped_not_the_end(store: Store, agenda) -> None:
    engine, journal = _one_answer_then_closed(store, agenda)
    lines = journal.read_bytes().splitlines(keepends=True)
    journal.write_bytes(lines[0] + b"\n  \n" + b"".join(lines[1:]))
    assert store.replay(journal) == engine.session


def test_a_new_phone_s_join_and_first_answer_are_one_write_and_one_fsync(
    store: Store, agenda, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Stored as two batches, a failing second fsync would keep the phone's join (its T-code taken) and
    # lose its answer; and every new phone in a burst would cost the disk two flushes instead of one.
    engine = _engine(store, agenda)
    engine.next()
    journal = store.journal_path(engine.session)
    before = journal.read_bytes()
    spy = OsSpy(monkeypatch)
    engine.submit_answer("neues-telefon", AnswerInput(step_id=engine.position.step.id, mood=2))
    [synced] = spy.fsynced(journal)
    assert synced.data is not None and synced.data.startswith(before)
    added = synced.data[len(before) :].splitlines()
    assert [line.split(b'"type":"')[1].split(b'"')[0] for line in added] == [
        b"participant_joined",
        b"answer_saved",
    ]
    assert [c.name for c in spy.calls if c.path == journal] == ["write", "fsync"]


def test_a_refused_batch_whose_cut_was_not_fsynced_is_cut_again_before_anything_else(
    store: Store, agenda, monkeypatch: pytest.MonkeyPatch, disk_full
) -> None:
    # The disk refuses the batch's fsync, and then the fsync of cutting it off: the cut is not durable,
    # and after a power loss the refused answer could be back. The journal must know it still has to
    # cut, and do it (with an fsync) on the next sync, even one with nothing new.
    engine = _engine(store, agenda)
    engine.next()
    journal = store.journal_path(engine.session)
    before = journal.read_bytes()
    assert engine.journal is not None and engine.journal.unsynced is False
    disk = disk_full(store.root, "fsync")
    disk.full = True
    engine.submit_answer("p1", AnswerInput(step_id=engine.position.step.id, mood=1), sync=False)
    with pytest.raises(StorageFailed):
        engine.sync()
    assert disk.refused == 2, "the batch's fsync and the cut's fsync"
    assert engine.journal.unsynced is True, "the cut still waits for its fsync"
    disk.full = False
    spy = OsSpy(monkeypatch)
    engine.sync()
    assert [(c.name, c.data) for c in spy.calls] == [("fsync", before)], "cut again and fsynced"
    assert engine.journal.unsynced is False
    engine.sync()
    assert len(spy.calls) == 1, "once cut, nothing is left to do"
    engine.submit_answer("p1", AnswerInput(step_id=engine.position.step.id, mood=2))
    assert engine.journal.unsynced is False
    assert b'"mood":1' not in journal.read_bytes() and store.replay(journal) == engine.session


def test_a_rewrite_leaves_no_cut_to_do_the_refused_batch_went_with_the_old_file(
    store: Store, agenda, monkeypatch: pytest.MonkeyPatch, disk_full
) -> None:
    # A masked doubt rewrites the journal as one header (`Journal.rewrite`). A refused batch whose cut was not
    # fsynced belongs to the old file: after the rewrite nothing is left to cut, and the next sync writes nothing.
    engine = _engine(store, agenda)
    engine.next()
    journal = store.journal_path(engine.session)
    disk = disk_full(store.root, "fsync", suffix=".jsonl")
    disk.full = True
    engine.submit_answer("p1", AnswerInput(step_id=engine.position.step.id, mood=1), sync=False)
    with pytest.raises(StorageFailed):
        engine.sync()
    assert engine.journal is not None and engine.journal.unsynced is True
    disk.full = False
    engine.journal.rewrite(SessionStarted(session=engine.session))
    assert engine.journal.unsynced is False
    assert journal.read_bytes().count(b"\n") == 1 and store.replay(journal) == engine.session
    spy = OsSpy(monkeypatch)
    engine.sync()
    assert spy.calls == [], "nothing to cut, nothing to write"


def test_a_latecomer_s_join_place_in_the_speaking_order_and_answer_are_one_fsync(
    store: Store, agenda, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = _engine(store, agenda)
    engine.next()
    engine.join("früh")
    engine.shuffle_speakers()
    journal = store.journal_path(engine.session)
    before = journal.read_bytes()
    spy = OsSpy(monkeypatch)
    engine.submit_answer("spät", AnswerInput(step_id=engine.position.step.id, mood=4))
    [synced] = spy.fsynced(journal)
    assert synced.data is not None and synced.data.startswith(before)
    added = synced.data[len(before) :].splitlines()
    assert [line.split(b'"type":"')[1].split(b'"')[0] for line in added] == [
        b"participant_joined",
        b"speaking_order_set",
        b"answer_saved",
    ]


@pytest.mark.parametrize("deleted", ["sessions", "running"])
def test_a_restored_journal_s_new_folders_are_fsynced_into_their_parents(
    store: Store, agenda, monkeypatch: pytest.MonkeyPatch, deleted: str
) -> None:
    """A journal restored after its folder was deleted: each folder made anew is a name in its parent,
    durable only once the parent is fsynced (before the answer is acknowledged)."""
    engine = _engine(store, agenda)
    engine.next()
    shutil.rmtree(store.root if deleted == "sessions" else store.running_dir)
    spy = OsSpy(monkeypatch)
    engine.submit_answer("p1", AnswerInput(step_id=engine.position.step.id, mood=3))
    made = [store.running_dir] + ([store.root] if deleted == "sessions" else [])
    for folder in made:
        assert spy.fsynced(folder.parent), f"{folder.parent} fsynced after {folder.name} was made"
