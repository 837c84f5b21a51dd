"""The sessions directory on disk: atomic files, 0600/0700, the journal, replay and broken files."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from supervision_tui.engine import AnswerInput, Engine, StorageFailed
from supervision_tui.events import SessionStarted
from supervision_tui.models import Consent, Moderation, Session, SessionStatus
from supervision_tui.record import RecordError, record_json_schema, to_record
from supervision_tui.store import JOURNAL_SUFFIX, Store, StoreError, atomic_write
from supervision_tui.words import stored_error

from ._support import FakeClock, FakeNow, IdentityAnonymizer

DATE = dt.date(2025, 3, 14)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _engine(store: Store, agenda, session_id: str = "store001", date: dt.date = DATE) -> Engine:
    return Engine.start(
        agenda,
        title="Speichertest",
        date=date,
        store=store,
        session_id=session_id,
        anonymizer=IdentityAnonymizer(),
        now=FakeNow(),
        clock=FakeClock(),
    )


def _finished(session: Session) -> Session:
    """The session as it is once ended (without ending the engine, which would drop its journal)."""
    return session.model_copy(
        update={"status": SessionStatus.FINISHED, "ended_at": dt.datetime(2025, 3, 14, 12, tzinfo=dt.UTC)}
    )


def _some_activity(engine: Engine) -> None:
    engine.next()
    for i, mood in enumerate([2, 5, 3], start=1):
        engine.submit_answer(f"p{i}", AnswerInput(step_id="runde-1", mood=mood, text=f"Satz {i}"))
    engine.moderate(engine.session.answers[0].id, Moderation.APPROVED)
    engine.next()
    engine.submit_answer("p1", AnswerInput(step_id="runde-2", text="Glitzer", consent=Consent.QUOTE))
    engine.add_note("eine Notiz")


# --- atomic writes ------------------------------------------------------------------------------


def test_session_file_is_0600_and_no_temp_file_is_left(store, agenda):
    old_umask = os.umask(0)  # even a careless umask must not open the file up
    try:
        engine = _engine(store, agenda)
        _some_activity(engine)
        assert _mode(store.journal_path(engine.session)) == 0o600
        path = engine.end()
    finally:
        os.umask(old_umask)
    assert _mode(path) == 0o600
    assert _mode(store.running_dir) == 0o700
    assert sorted(p.name for p in store.root.iterdir()) == sorted([path.name, "running"])
    assert list(store.running_dir.iterdir()) == [], "Journal und Token gehen mit dem Ende der Sitzung"
    assert path.name == "2025-03-14-gruppensupervision-integrationslotsen-store001.json"
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == 3


def test_a_running_session_never_becomes_a_coordinator_file(store, agenda):
    engine = _engine(store, agenda)
    _some_activity(engine)
    with pytest.raises(RecordError):
        store.save(engine.session)
    engine.close()  # quitting mid-session keeps only the journal, in running/
    assert [p.name for p in store.root.iterdir()] == ["running"]
    assert store.journal_path(engine.session).parent == store.running_dir
    assert store.sessions() == []


def test_sessions_dir_is_created_0700(tmp_path, agenda):
    store = Store(tmp_path / "neu" / "sessions")
    _engine(store, agenda)
    assert _mode(store.root) == 0o700


def test_saving_alone_creates_the_dir_0700(tmp_path, agenda):
    session = _engine(Store(tmp_path / "a"), agenda).session
    store = Store(tmp_path / "b")
    store.save(_finished(session))
    assert _mode(store.root) == 0o700


def test_a_failed_rename_leaves_the_old_file_intact(store, agenda, monkeypatch):
    engine = _engine(store, agenda)
    _some_activity(engine)
    engine.add_agreement("eine Vereinbarung")
    path = store.save(_finished(engine.session))
    old = path.read_bytes()
    engine.add_agreement("noch eine Vereinbarung, nach dem letzten Speichern")

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        store.save(_finished(engine.session))
    monkeypatch.undo()
    assert path.read_bytes() == old
    assert not [p for p in store.root.iterdir() if p.name.endswith(".tmp")]
    assert len(store.load(path).agreements) == 1


def test_a_failed_fsync_mid_write_leaves_the_old_file_intact(tmp_path, monkeypatch):
    path = tmp_path / "datei.json"
    atomic_write(path, b'{"alt": true}\n')

    def boom(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(OSError):
        atomic_write(path, b'{"neu": true, "lang": "' + b"x" * 100_000 + b'"}\n')
    monkeypatch.undo()
    assert path.read_bytes() == b'{"alt": true}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["datei.json"]


def test_an_unserialisable_session_leaves_the_old_file_intact(store, agenda):
    engine = _engine(store, agenda)
    path = store.save(_finished(engine.session))
    old = path.read_bytes()
    broken = _finished(engine.session).model_copy(update={"started_at": object()})
    with pytest.raises(Exception):  # noqa: B017 - any serialisation error will do
        store.save(broken)
    assert path.read_bytes() == old
    assert not [p for p in store.root.iterdir() if p.name.endswith(".tmp")]


# --- the journal ----------------------------------------------------------------------------------


def test_unsynced_answers_reach_the_file_in_one_write_at_sync(store, agenda, monkeypatch):
    engine = _engine(store, agenda)
    engine.next()
    journal = store.journal_path(engine.session)
    before = journal.read_bytes()
    writes: list[int] = []
    real_write = os.write

    def counting_write(fd: int, data: bytes) -> int:
        writes.append(len(data))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", counting_write)
    step = engine.position.step.id
    for i in range(3):
        engine.submit_answer(f"phone-{i}", AnswerInput(step_id=step, mood=3, text=f"t{i}"), sync=False)
    assert journal.read_bytes() == before and writes == []  # nothing written, nothing acknowledged yet
    engine.sync()
    assert len(writes) == 1
    assert store.replay(journal) == engine.session


def test_a_journal_write_that_stops_halfway_is_cut_off_and_never_completed(store, agenda, monkeypatch):
    engine = _engine(store, agenda)
    engine.next()
    journal = store.journal_path(engine.session)
    before = journal.read_bytes()
    step = engine.position.step.id
    for i in range(3):
        engine.submit_answer(
            f"phone-{i}", AnswerInput(step_id=step, mood=2, text=f"abgelehnt {i}"), sync=False
        )
    real_write = os.write
    calls = 0

    def half_then_full(fd: int, data: bytes) -> int:
        nonlocal calls
        calls += 1
        if calls == 1:
            return real_write(fd, bytes(data[: len(data) // 2]))  # a torn line in the file
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", half_then_full)
    with pytest.raises(OSError):
        engine.sync()
    assert journal.read_bytes() == before, "der halbe Stapel ist wieder abgeschnitten"
    monkeypatch.setattr(os, "write", real_write)
    engine.sync()  # space again: nothing of the refused batch is written now
    engine.submit_answer("phone-9", AnswerInput(step_id=step, mood=5))
    assert "abgelehnt" not in journal.read_text(encoding="utf-8")
    assert store.replay(journal) == engine.session
    assert [a.participant for a in engine.session.answers] == ["T1"]


def test_a_failed_fsync_refuses_the_batch_and_cuts_it_off(store, agenda, monkeypatch):
    engine = _engine(store, agenda)
    engine.next()
    journal = store.journal_path(engine.session)
    before = journal.read_bytes()
    engine.submit_answer("phone-1", AnswerInput(step_id=engine.position.step.id, mood=5), sync=False)
    real_fsync = os.fsync

    def broken(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(OSError):
        engine.sync()
    assert journal.read_bytes() == before  # written, but not durable: cut off again
    assert engine.session.answers == [] and engine.session.participants == []
    monkeypatch.setattr(os, "fsync", real_fsync)
    engine.sync()
    assert journal.read_bytes() == before
    assert store.replay(journal) == engine.session


def test_a_refused_answer_never_reaches_the_journal_later(store, agenda, monkeypatch):
    engine = _engine(store, agenda)
    engine.next()
    step = engine.position.step.id
    engine.submit_answer("phone-1", AnswerInput(step_id=step, mood=4, text="abgelehnt"), sync=False)
    real_write = os.write

    def full(fd: int, data: bytes) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(OSError):
        engine.sync()
    monkeypatch.setattr(os, "write", real_write)
    engine.sync()  # space again: the refused answer stays refused
    engine.add_note("danach")
    journal = store.journal_path(engine.session)
    assert "abgelehnt" not in journal.read_text(encoding="utf-8")
    assert store.replay(journal) == engine.session
    assert engine.session.answers == []


def test_replay_equals_the_session_in_memory(store, agenda):
    engine = _engine(store, agenda)
    _some_activity(engine)
    engine.add_case("ein Fall")
    journal = store.journal_path(engine.session)
    assert journal.name.endswith(JOURNAL_SUFFIX)
    lines = journal.read_bytes().splitlines()
    assert json.loads(lines[0])["type"] == "session_started"
    assert all(json.loads(line)["type"] for line in lines)
    assert store.replay(journal) == engine.session


def test_a_torn_last_line_is_dropped(store, agenda):
    engine = _engine(store, agenda)
    _some_activity(engine)
    journal = store.journal_path(engine.session)
    complete = engine.session.model_copy(deep=True)
    last_line = journal.read_bytes().splitlines()[-1]
    with journal.open("ab") as fh:
        fh.write(last_line[: len(last_line) // 2])  # the process died mid-write
    assert store.replay(journal) == complete
    with journal.open("ab") as fh:
        fh.write(last_line[len(last_line) // 2 :])  # even a whole line without its newline
    assert store.replay(journal) == complete


def test_resuming_after_a_torn_tail_keeps_the_journal_readable(store, agenda):
    engine = _engine(store, agenda)
    _some_activity(engine)
    journal = store.journal_path(engine.session)
    with journal.open("ab") as fh:
        fh.write(b'{"type":"answer_saved","answer":{"id":"a00')
    resumed = Engine.resume(store, journal, anonymizer=IdentityAnonymizer(), now=FakeNow())
    resumed.submit_answer("p7", AnswerInput(step_id="runde-2", text="nach dem Absturz"))
    # a second crash now must not lose the journal
    assert store.replay(journal) == resumed.session
    assert any(a.text == "nach dem Absturz" for a in store.replay(journal).answers)


def test_a_corrupt_line_in_the_middle_is_an_error_naming_file_and_line(store, agenda):
    engine = _engine(store, agenda)
    _some_activity(engine)
    journal = store.journal_path(engine.session)
    lines = journal.read_bytes().split(b"\n")
    lines[2] = lines[2][:-5] + b"kaputt"
    journal.write_bytes(b"\n".join(lines))
    with pytest.raises(StoreError) as info:
        store.replay(journal)
    assert (info.value.code, info.value.params) == ("journal.broken_line", {"file": journal.name, "line": 3})
    assert stored_error(info.value) == f"{journal.name}, Zeile 3: beschädigter Eintrag."


def test_a_journal_must_start_with_the_session(store, agenda):
    engine = _engine(store, agenda)
    _some_activity(engine)
    journal = store.journal_path(engine.session)
    lines = journal.read_bytes().split(b"\n")
    journal.write_bytes(b"\n".join(lines[1:]))
    with pytest.raises(StoreError) as info:
        store.replay(journal)
    assert stored_error(info.value) == f"{journal.name}: Journal beginnt nicht mit dem Sitzungsbeginn."
    journal.write_bytes(b"")
    with pytest.raises(StoreError) as info:
        store.replay(journal)
    assert stored_error(info.value) == f"{journal.name}: Journal ist leer."
    with pytest.raises(StoreError) as info:
        store.replay(store.root / "fehlt.journal.jsonl")
    # the file and the system's reason, both (neither "None")
    reason = os.strerror(errno.ENOENT)
    assert stored_error(info.value) == f"fehlt.journal.jsonl: Journal nicht lesbar ({reason})."


# --- broken session files -------------------------------------------------------------------------


def test_a_truncated_session_file_is_a_clear_error(store, agenda):
    engine = _engine(store, agenda)
    _some_activity(engine)
    path = engine.end()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(StoreError) as info:
        store.load(path)
    assert (info.value.code, info.value.file) == ("record.not_json", path.name)
    assert stored_error(info.value) == f"{path.name}: kein gültiges JSON."


def test_a_session_file_with_a_bad_field_names_the_field(store, agenda):
    engine = _engine(store, agenda)
    _some_activity(engine)
    path = engine.end()
    data = json.loads(path.read_text(encoding="utf-8"))
    data["participants"] = -1
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(StoreError) as info:
        store.load(path)
    assert (info.value.code, info.value.params["where"]) == ("record.broken", "participants")
    # The reason is German too, not pydantic's "Input should be greater than or equal to 0".
    assert stored_error(info.value) == f"{path.name}: beschädigt – participants: ist zu klein."
    assert stored_error(info.value, "en").endswith(
        "participants: Input should be greater than or equal to 0."
    )


def test_sessions_lists_broken_files_with_their_error(store, agenda):
    good = _engine(store, agenda, "gut00001", dt.date(2025, 1, 10))
    good_path = good.end()
    bad = _engine(store, agenda, "kaputt01", dt.date(2025, 2, 7))
    bad_path = bad.end()
    bad_path.write_bytes(bad_path.read_bytes()[:100])
    (store.root / "leer.json").write_bytes(b"")
    (store.root / "schema.json").write_text("{}", encoding="utf-8")  # the published schema is no session
    found = {s.path.name: s for s in store.sessions()}
    assert set(found) == {good_path.name, bad_path.name, "leer.json"}, "nichts wird still verschluckt"
    assert found[good_path.name].record == to_record(good.session) and found[good_path.name].error is None
    for name in (bad_path.name, "leer.json"):
        assert found[name].record is None
        error = found[name].error
        assert error is not None and stored_error(error) == f"{name}: kein gültiges JSON."
    assert store.sessions()[0].path.name == "leer.json"  # newest (by name) first


def test_unfinished_finds_running_sessions_only(store, agenda):
    running = _engine(store, agenda, "laeuft01", dt.date(2025, 3, 1))
    _some_activity(running)
    ended = _engine(store, agenda, "fertig01", dt.date(2025, 3, 2))
    ended.end()
    broken = _engine(store, agenda, "kaputt01", dt.date(2025, 3, 3))
    journal = store.journal_path(broken.session)
    journal.write_bytes(b"nicht json\n" + journal.read_bytes())
    found = store.unfinished()
    assert [s.path for s in found] == [journal, store.journal_path(running.session)]
    assert found[0].session is None and found[0].error is not None and found[0].error.file == journal.name
    assert found[1].session == running.session and found[1].error is None


def test_finished_journal_is_gone_and_file_is_final(store, agenda):
    engine = _engine(store, agenda)
    _some_activity(engine)
    path = engine.end()
    assert not store.journal_path(engine.session).exists()
    assert [s.path for s in store.sessions()] == [path]
    assert store.load(path) == to_record(engine.session)


def _end_without_its_file(engine, monkeypatch) -> None:
    """End the session while the final file cannot be written (ENOSPC at that save only)."""
    real_save = Store.save

    def crash_on_final_save(self, session):
        if session.status.value == "finished":
            raise OSError(28, "No space left on device")
        return real_save(self, session)

    monkeypatch.setattr(Store, "save", crash_on_final_save)
    with pytest.raises(OSError):
        engine.end()
    monkeypatch.undo()


def test_a_crash_between_ending_and_saving_loses_nothing(store, agenda, monkeypatch):
    engine = _engine(store, agenda)
    _some_activity(engine)  # the last answers and the note came after the last snapshot
    _end_without_its_file(engine, monkeypatch)

    journal = store.journal_path(engine.session)
    assert journal.exists()
    assert Store(store.root).unfinished() == [], "eine beendete Sitzung wird nicht zum Fortsetzen angeboten"
    # …but its file is completed from the journal, so nothing acknowledged is lost
    [stored] = Store(store.root).sessions()
    assert stored.record == to_record(engine.session)
    assert not journal.exists()


def test_an_ended_journal_on_a_full_disk_stays_until_its_file_can_be_written(
    store, agenda, monkeypatch, disk_full
):
    engine = _engine(store, agenda)
    _some_activity(engine)
    _end_without_its_file(engine, monkeypatch)
    journal = store.journal_path(engine.session)
    disk = disk_full(store.root, "both")
    disk.full = True
    assert Store(store.root).unfinished() == [], "a full disk at the next start is no crash"
    assert journal.exists() and Store(store.root).sessions() == [], "the journal waits for space"
    disk.full = False
    assert Store(store.root).unfinished() == []
    [stored] = Store(store.root).sessions()
    assert stored.record == to_record(engine.session) and not journal.exists()


def test_the_published_schema_beside_the_sessions_is_no_session(store, agenda):
    # the JSON Schema is published as sessions/schema.json, in the sessions folder; it sorts after
    # every dated file
    _engine(store, agenda).end()
    (store.root / "schema.json").write_text(json.dumps(record_json_schema()), encoding="utf-8")
    [stored] = store.sessions()
    assert stored.record is not None and stored.error is None
    last = store.last_of_series(agenda.series_id)
    assert last is not None and last.id == "store001"


# --- the open marker: which journal an app left without closing it (resumed without asking) ----------


def _marker(store: Store, session: Session, content: str) -> None:
    store.open_path(session).write_text(content, encoding="ascii")


def test_the_open_marker_names_this_process_and_a_clean_stop_removes_it(store: Store, agenda) -> None:
    session = _engine(store, agenda).session
    assert not store.interrupted(session), "no marker: nobody ran it without closing it"
    store.mark_open(session)
    marker = store.open_path(session)
    assert marker.parent == store.running_dir and marker.name == f"{session.file_stem}.open"
    assert marker.read_bytes() == str(os.getpid()).encode("ascii") and _mode(marker) == 0o600
    assert _mode(store.running_dir) == 0o700
    assert store.interrupted(session), "this process's own marker: its earlier app stopped without closing"
    assert not store.interrupted(session.model_copy(update={"status": SessionStatus.FINISHED}))
    store.mark_closed(session)
    assert not marker.exists() and not store.interrupted(session)
    store.mark_closed(session)  # twice is harmless


# "1": init, which runs as long as the machine does (never this app, never a zombie)
@pytest.mark.parametrize("content", ["", "0", "1", "-7", "abc", "12.5", "\xff"])
def test_a_marker_without_a_process_id_is_not_an_interruption(store: Store, agenda, content: str) -> None:
    session = _engine(store, agenda).session
    store.open_path(session).write_bytes(content.encode("latin-1"))
    assert not store.interrupted(session)


def test_a_marker_of_an_app_still_running_is_no_interruption_of_one_gone_is(store: Store, agenda) -> None:
    session = _engine(store, agenda).session
    app = subprocess.Popen(["sleep", "30"])
    try:
        _marker(store, session, f" {app.pid}\n")
        assert not store.interrupted(session), "a second window must not take over from the first"
        time.sleep(0.2)
        assert app.poll() is None, "asking whether it runs sent it no signal"
        app.kill()
        # killed, not yet collected by its parent (a terminal): a zombie, gone all the same
        deadline = time.monotonic() + 5
        while Path(f"/proc/{app.pid}/stat").read_text().rpartition(")")[2].split()[0] != "Z":
            assert time.monotonic() < deadline
            time.sleep(0.01)
        assert store.interrupted(session)
    finally:
        app.kill()
        app.wait()
    assert store.interrupted(session), "collected: no such process any more"


def _another_window() -> subprocess.Popen[bytes]:
    """Another process of this app (its command names it), standing for the first window; returned once its
    command line reads so: right after the fork it is still this process's (on the loaded CI machine the check
    ran before the child's exec and found no other window)."""
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)", "supervision-tui"])
    deadline = time.monotonic() + 10
    while b"supervision-tui" not in Path(f"/proc/{other.pid}/cmdline").read_bytes():
        assert time.monotonic() < deadline, "the stand-in process never started"
        time.sleep(0.01)
    return other


def test_a_session_another_window_runs_is_neither_offered_nor_ended_here(store: Store, agenda) -> None:
    """A second `make run` on the same folder: the first window's journal is not listed to resume (two
    writers of one journal would interleave their events), nor replayed and written as ended."""
    running = _engine(store, agenda)
    # another process of this app (its command names it), standing for the first window
    other = _another_window()
    try:
        _marker(store, running.session, str(other.pid))
        journal = store.journal_path(running.session)
        assert store.running_elsewhere() == [journal]
        assert store.unfinished() == [] and journal.exists()
        running.close()
        other.kill()
        other.wait()
        assert store.running_elsewhere() == [], "its window is gone: interrupted, to resume"
        (listed,) = store.unfinished()
        assert listed.path == journal and listed.session is not None and store.interrupted(listed.session)
    finally:
        other.kill()
        other.wait()
    _marker(store, running.session, str(os.getpid()))
    assert store.running_elsewhere() == [], "this process's own marker is no other window"


def test_a_session_another_window_runs_hides_none_listed_after_it(store: Store, agenda) -> None:
    """The journals are listed newest first: the one another window runs is skipped, and an older interrupted
    one after it is still offered (the list did stop at the first skipped journal: a mutant, unfinished 12)."""
    older = _engine(store, agenda, session_id="older001", date=DATE - dt.timedelta(days=30))
    older.close()
    running = _engine(store, agenda, session_id="newer001")
    other = _another_window()
    try:
        _marker(store, running.session, str(other.pid))
        assert store.running_elsewhere() == [store.journal_path(running.session)]
        (listed,) = store.unfinished()
        assert listed.path == store.journal_path(older.session)
    finally:
        other.kill()
        other.wait()


def test_a_marker_naming_a_process_of_another_program_is_no_other_window(store: Store, agenda) -> None:
    """After a power cut and a reboot the marker's number may belong to any process: the session must still
    be offered, or it would vanish from the start screen while its journal waits."""
    running = _engine(store, agenda)
    running.close()
    stranger = subprocess.Popen(["sleep", "30"])
    try:
        _marker(store, running.session, str(stranger.pid))
        assert store.running_elsewhere() == []
        (listed,) = store.unfinished()
        assert listed.path == store.journal_path(running.session)
    finally:
        stranger.kill()
        stranger.wait()


# Run by another user than the app's: `kill(pid, 0)` then fails with EPERM, though the process is there.
_ASK_AS_ANOTHER_USER = """
import sys
from pathlib import Path
from supervision_tui.models import Session
from supervision_tui.store import Store
session = Session.model_validate_json(sys.stdin.read())
print(Store(Path(sys.argv[1])).interrupted(session))
"""


def test_a_marker_of_an_app_running_under_another_user_is_no_interruption(agenda, tmp_path) -> None:
    """A pid reused by another user's process, or a second window of another user: it exists, so the
    session is not taken over. The marker names init (pid 1, root's). As root `kill(1, 0)` succeeds, so the
    question is asked again as `nobody`, for whom it fails with EPERM; as any other user it fails so here."""
    root = Path(tempfile.mkdtemp(prefix="st-other-user-"))  # not under tmp_path: nobody cannot enter that
    try:
        store = Store(root / "sessions")
        session = _engine(store, agenda).session
        as_root = os.geteuid() == 0
        assert os.stat("/proc/1").st_uid != (65534 if as_root else os.getuid()), "init is another user's"
        _marker(store, session, "1")
        assert not store.interrupted(session), "init runs: not interrupted"
        if not as_root:
            return  # asked as another user than init's already
        for path in (root, *root.rglob("*")):  # nobody reads the store and the marker
            os.chown(path, 65534, 65534)
        src = Path(__file__).resolve().parents[2]
        asked = subprocess.run(
            [
                "setpriv",
                "--reuid=nobody",
                "--regid=nogroup",
                "--clear-groups",
                sys.executable,
                "-c",
                _ASK_AS_ANOTHER_USER,
                str(store.root),
            ],
            input=session.model_dump_json(),
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(src)},
            timeout=60,
            check=True,
        )
        assert asked.stdout.strip() == "False", asked.stderr
    finally:
        shutil.rmtree(root)


def test_a_zombie_is_recognised_whatever_its_program_is_called(store: Store, agenda, tmp_path) -> None:
    # /proc/PID/stat is "PID (NAME) STATE …": NAME may hold ") R (" (the state follows the last ")") and
    # bytes that are no ASCII
    odd = tmp_path / "zäh) R (y"
    odd.symlink_to(Path(shutil.which("sleep") or "/bin/sleep"))
    session = _engine(store, agenda).session
    app = subprocess.Popen([str(odd), "30"])
    try:
        _marker(store, session, str(app.pid))
        assert not store.interrupted(session)
        app.kill()
        deadline = time.monotonic() + 5
        while not store.interrupted(session):
            assert time.monotonic() < deadline, Path(f"/proc/{app.pid}/stat").read_text()
            time.sleep(0.01)
        assert ") R (" in Path(f"/proc/{app.pid}/stat").read_text(), "the odd name is in stat"
    finally:
        app.kill()
        app.wait()


# --- a journal deleted under the running session ---------------------------------------------------


def test_a_deleted_sessions_folder_comes_back_before_the_next_answer_is_acknowledged(store, agenda):
    """`rm -rf sessions/` mid-session: writing on into the unlinked journal would acknowledge answers the
    next kill -9 loses. The next write restores the journal with everything before it, and the marker and
    join token, so a resume after a crash finds all of it and keeps the phones' URL."""
    engine = _engine(store, agenda)
    store.mark_open(engine.session)
    store.remember_token(engine.session, "T" * 22)
    engine.next()
    engine.submit_answer("p1", AnswerInput(step_id="runde-1", mood=2, text="vorher"))
    journal = store.journal_path(engine.session)
    shutil.rmtree(store.root)

    engine.submit_answer("p2", AnswerInput(step_id="runde-1", mood=4, text="nachher"))  # acknowledged now

    assert journal.is_file() and _mode(journal) == 0o600 and _mode(store.running_dir) == 0o700
    replayed = store.replay(journal)  # what a resume after kill -9 would read
    assert sorted(a.text for a in replayed.answers) == ["nachher", "vorher"]
    assert replayed.model_dump(exclude={"answers"}) == engine.session.model_dump(exclude={"answers"})
    assert store.remembered_token(replayed) == "T" * 22
    assert store.open_path(replayed).is_file(), "the marker: a crash now resumes by itself"
    engine.submit_answer("p3", AnswerInput(step_id="runde-1", mood=5, text="danach"))
    assert len(store.replay(journal).answers) == 3, "the restored file takes the later answers too"


def test_a_resumed_session_s_deleted_folder_brings_back_its_marker_and_token(store, agenda):
    """After a crash the app resumes the journal (`reopen_journal`); if the folder is then deleted, the
    next write restores the marker and the join token with it, as for a session started in this run."""
    engine = _engine(store, agenda)
    engine.next()
    engine.submit_answer("p1", AnswerInput(step_id="runde-1", mood=2, text="vorher"))
    journal = store.journal_path(engine.session)
    engine.journal.close()  # the app died
    resumed = Engine.resume(store, journal, anonymizer=IdentityAnonymizer(), now=FakeNow(), clock=FakeClock())
    store.mark_open(resumed.session)
    store.remember_token(resumed.session, "R" * 22)
    shutil.rmtree(store.running_dir)

    resumed.submit_answer("p2", AnswerInput(step_id="runde-1", mood=4, text="nachher"))

    assert sorted(a.text for a in store.replay(journal).answers) == ["nachher", "vorher"]
    assert store.remembered_token(resumed.session) == "R" * 22
    assert store.open_path(resumed.session).is_file(), "the marker: a crash now resumes by itself"


def test_an_ended_session_s_marker_and_token_do_not_come_back_with_the_next_session_s_journal(store, agenda):
    """One app, two sessions: the first ended (its marker and token removed). When the second one's
    folder is deleted, its restore brings back its own files only: no token of an ended session (a
    phone could join it again after the next start) and no marker (an "interrupted" session that ended)."""
    first = _engine(store, agenda, session_id="erste001")
    store.mark_open(first.session)
    store.remember_token(first.session, "A" * 22)
    first.end()
    assert not store.open_path(first.session).exists() and store.remembered_token(first.session) is None
    second = _engine(store, agenda, session_id="zweite01")
    store.mark_open(second.session)
    second.next()
    shutil.rmtree(store.running_dir)

    second.submit_answer("p1", AnswerInput(step_id="runde-1", mood=3))

    assert sorted(p.name for p in store.running_dir.iterdir()) == sorted(
        [store.journal_path(second.session).name, store.open_path(second.session).name]
    )


def test_a_journal_emptied_before_it_was_deleted_is_an_io_error_and_nothing_is_acknowledged(store, agenda):
    """Restoring a deleted journal reads its durable bytes from the open file; if someone emptied it
    before deleting it, they are gone: the write is refused as an I/O error (EIO), not restored short."""
    engine = _engine(store, agenda)
    engine.next()
    journal_path = store.journal_path(engine.session)
    os.truncate(journal_path, 0)
    journal_path.unlink()
    assert engine.journal is not None  # the store's own interface: Journal.append raises the OSError
    with pytest.raises(OSError) as info:
        engine.journal.append(SessionStarted(session=engine.session))
    assert info.value.errno == errno.EIO and not isinstance(info.value, StoreError)
    assert not journal_path.exists(), "nothing restored short"


def test_a_full_disk_while_a_deleted_journal_is_restored_refuses_the_answer_and_the_next_one_restores_it(
    store, agenda, disk_full
):
    engine = _engine(store, agenda)
    engine.next()
    engine.submit_answer("p1", AnswerInput(step_id="runde-1", mood=2, text="vorher"))
    journal = store.journal_path(engine.session)
    shutil.rmtree(store.running_dir)
    disk = disk_full(store.root, "write")
    disk.full = True
    with pytest.raises(StorageFailed) as refused:
        engine.submit_answer("p2", AnswerInput(step_id="runde-1", mood=4, text="abgelehnt"))
    assert refused.value.cause == "ENOSPC" and disk.refused
    assert [a.text for a in engine.session.answers] == ["vorher"]
    disk.full = False
    engine.submit_answer("p3", AnswerInput(step_id="runde-1", mood=5, text="nachher"))
    assert sorted(a.text for a in store.replay(journal).answers) == ["nachher", "vorher"]


def test_journals_are_listed_on_a_read_only_disk(store, agenda, monkeypatch):
    """At the next start on a read-only mount the folders cannot be set to 0700 (EROFS): the unfinished
    sessions are listed anyway (starting one then fails with a notice, not here with a traceback)."""
    engine = _engine(store, agenda)
    engine.next()
    engine.submit_answer("p1", AnswerInput(step_id="runde-1", mood=2))
    engine.journal.close()
    real_chmod = os.chmod

    def chmod(path, mode, *args, **kwargs):
        if str(path).startswith(str(store.root)):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        real_chmod(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "chmod", chmod)
    [found] = Store(store.root).unfinished()
    assert found.session is not None and len(found.session.answers) == 1
