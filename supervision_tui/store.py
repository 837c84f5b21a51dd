"""Sessions on disk: the coordinator's file per finished session, and the running session's journal.

Two places, two audiences:
- `sessions/running/`: the journal and join token of a session that has not ended. The journal holds
  what the supervisor needs in the room (private answers, who asked for a talk); it is the state a
  resume rebuilds, and it is deleted when the session ends. No report reads this folder.
- `sessions/<date>-<template>-<id>.json`: the coordinator's file, a `record.SessionRecord`, written
  only when a session has ended. It holds nothing private (see `record`).

Files are 0600 because even anonymized notes stay pseudonymised personal data (GDPR Art. 4(5)).
The journal is fsynced before anything is acknowledged, so `kill -9` loses nothing acknowledged. It keeps every
event until the session ends, earlier versions of a text included; when the supervisor masks a doubt, it is
rewritten as one header holding the session as it stands (`Journal.rewrite`), so the word leaves the disk too.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from .defaults import JOURNAL_SUFFIX, RUNNING_DIR
from .errors import CodedError
from .events import EVENT_ADAPTER, Event, SessionStarted, apply
from .models import Session, SessionStatus
from .record import RecordError, RecordSource, SessionRecord, parse_record, to_record

FILE_MODE = 0o600
TOKEN_SUFFIX = ".join-token"
OPEN_SUFFIX = ".open"
_TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{22,128}$")


def _marker_pid(marker: Path) -> int:
    """The process a running session's marker names (0: none, or no marker)."""
    try:
        return int(marker.read_text(encoding="ascii").strip() or 0)
    except (OSError, ValueError, UnicodeDecodeError):
        return 0


def _zombie(pid: int) -> bool:
    """Whether `pid` has ended and only waits for its parent to collect it (Linux; elsewhere: no)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[:1] in (["Z"], ["X"])


def process_alive(pid: int) -> bool:
    """Whether process `pid` runs (a zombie, killed and waiting for its parent, does not)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, under another user
    return not _zombie(pid)


def app_alive(pid: int) -> bool:
    """Whether process `pid` runs and is this app (a console of supervision-tui), not a process that got
    the number of one that died: after a power cut and a reboot, a marker's number may name anything."""
    if not process_alive(pid):
        return False
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True  # no /proc (or not ours to read): it runs, and may be the app
    return b"supervision" in command


class StoreError(CodedError):
    """A stored file cannot be read: a code and its params, always with the file's name (`file`).

    Its own codes are `store.unreadable` and `journal.*`; a coordinator file that cannot become a
    record carries the `RecordError`'s code and params. Worded in `words.STORED_ERRORS`.
    """

    def __init__(self, code: str, /, file: str, **params: object) -> None:
        super().__init__(code, file=file, **params)
        self.file = file


def atomic_write(path: Path, data: bytes) -> None:
    """Write via temp file, fsync and rename, so a reader sees the old or the new file, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    # The rename is durable only once the directory entry is on disk too.
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Journal:
    """Append-only JSON lines; `append(..., sync=False)` plus one `sync()` lets a burst share one write and
    one fsync. An event is in the file once `sync()` returned, and nothing is acknowledged before that.

    A failed write or fsync costs the whole batch: the file is cut back to the length it had after the last
    successful `sync()` (and that is fsynced), so a refused event can never reach the file later, not even
    when the page cache is written back after space returns. If the cut itself fails, every later `sync()`
    tries it again first and writes nothing new until it worked.
    """

    def __init__(self, path: Path, on_restore: Callable[[], None] | None = None) -> None:
        self.path = path
        self._on_restore = on_restore  # what else must come back beside a restored journal
        path.parent.mkdir(parents=True, exist_ok=True)
        # Read and write: a journal deleted under the running app is rebuilt from its own open file (`_restore`).
        self._fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, FILE_MODE)
        _fsync_dir(path.parent)  # a new journal's name is on disk before its first event is acknowledged
        self._pending: list[bytes] = []
        # What is in the file when it is opened counts as durable: `reopen_journal` fsynced it.
        self._durable = os.fstat(self._fd).st_size
        self._dirty = False  # bytes past `_durable` may be in the file (a failed batch not yet cut off)

    @property
    def unsynced(self) -> bool:
        """`sync()` has work: events appended since, or a refused batch still to cut off."""
        return bool(self._pending) or self._dirty

    def append(self, event: Event, *, sync: bool = True) -> None:
        self._pending.append(event.model_dump_json().encode() + b"\n")
        if sync:
            self.sync()

    def sync(self) -> None:
        """Write and fsync what was appended; on `OSError` none of it is in the file, now or later."""
        data = b"".join(self._pending)
        self._pending.clear()
        if not data and not self._dirty:
            return
        try:
            if self._dirty:
                self._cut()
            if not data:
                return
            if os.fstat(self._fd).st_nlink == 0:
                self._restore()
            view = memoryview(data)
            while view:
                self._dirty = True
                view = view[os.write(self._fd, view) :]  # a short write goes on where it stopped
            os.fsync(self._fd)
        except OSError:
            # Disk full or I/O error: the whole batch is refused, so no byte of it may stay behind.
            with contextlib.suppress(OSError):
                self._cut()
            raise
        self._durable += len(data)
        self._dirty = False

    def rewrite(self, header: SessionStarted) -> None:
        """Replace what the file holds by one header: the session as it stands.

        Every event stays in the file until the session ends, earlier versions of a text included, so a word
        the supervisor masks after it was stored (a doubt) would stay readable on disk beside its masked
        version. The new file is complete before it takes the old one's name (`atomic_write`), so a crash
        leaves one or the other; events appended and not yet synced go into the new one. On `OSError` the old
        file stays as it was, and so does everything in it."""
        data = header.model_dump_json().encode() + b"\n"
        atomic_write(self.path, data)
        fd = os.open(self.path, os.O_RDWR | os.O_APPEND)  # made by atomic_write, 0600 already
        os.close(self._fd)
        self._fd = fd
        self._durable = len(data)
        self._dirty = False  # a refused batch's bytes not yet cut off went with the old file

    def discard(self) -> None:
        """Forget what was appended since the last `sync()` (it was refused elsewhere)."""
        self._pending.clear()

    def _restore(self) -> None:
        """The journal was deleted while the session runs (its folder removed, a cleanup tool): writing on
        into the unlinked file would acknowledge answers that the next crash loses. So the file comes back
        at its path, with every durable byte read from the open one, before anything new is written."""
        durable = bytearray()
        while len(durable) < self._durable:
            chunk = os.pread(self._fd, self._durable - len(durable), len(durable))
            if not chunk:
                raise OSError(errno.EIO, "journal shorter than what was stored")
            durable += chunk
        created = [p for p in (self.path.parent.parent, self.path.parent) if not p.is_dir()]
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        try:
            view = memoryview(bytes(durable))
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
            for directory in (self.path.parent, *[p.parent for p in created]):
                _fsync_dir(directory)
        except OSError:
            os.close(fd)
            raise
        os.close(self._fd)
        self._fd = fd
        if self._on_restore is not None:
            self._on_restore()

    def _cut(self) -> None:
        os.ftruncate(self._fd, self._durable)
        os.fsync(self._fd)
        self._dirty = False

    def close(self) -> None:
        """Close the file; what was appended and not synced is dropped (it was never acknowledged)."""
        if self._fd >= 0:
            try:
                self._pending.clear()
                if self._dirty:
                    self._cut()
            finally:
                os.close(self._fd)
                self._fd = -1


def _journal_lines(raw: bytes) -> Iterator[tuple[int, bytes, Event | None]]:
    """Each complete line of a journal: its number, its bytes and its event (None: the line is damaged).
    Blank lines are passed over; a torn tail (no newline: the process died mid-write) was never
    acknowledged and is no line."""
    for number, line in enumerate(raw.split(b"\n")[:-1], start=1):
        if not line.strip():
            continue
        try:
            event: Event | None = EVENT_ADAPTER.validate_json(line)
        except ValidationError:
            event = None
        yield number, line, event


@dataclass(frozen=True)
class StoredSession:
    """An unfinished session's journal, replayed (or the reason it could not be)."""

    path: Path
    session: Session | None
    error: StoreError | None = None
    # A journal damaged in the middle: `session` is its state without the damaged lines (`error` names the
    # first), offered to resume only when the supervisor chooses it, never resumed by itself.
    damaged: bool = False


@dataclass(frozen=True)
class StoredRecord:
    """A coordinator file, read (version 1 files migrated through `record.to_record`) or refused."""

    path: Path
    record: SessionRecord | None
    error: StoreError | None = None
    migrated: bool = False


class Store:
    """The sessions directory."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        # The running files this process wrote (marker, join token) and their bytes: rewritten if they
        # vanish with a deleted journal (`Journal._restore`), so a resume keeps the URL and runs by itself.
        self._running_files: dict[Path, bytes] = {}

    @property
    def running_dir(self) -> Path:
        """Where unfinished sessions live: the supervisor's side of the boundary."""
        return self.root / RUNNING_DIR

    def _ensure_dirs(self) -> None:
        for directory in (self.root, self.running_dir):
            directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.chmod(directory, 0o700)
        self._move_legacy_running()

    def _move_legacy_running(self) -> None:
        # Before `running/` existed, journals and tokens lay beside the finished files.
        for pattern in (f"*{JOURNAL_SUFFIX}", f"*{TOKEN_SUFFIX}"):
            for path in self.root.glob(pattern):
                os.replace(path, self.running_dir / path.name)

    def session_path(self, session: Session | SessionRecord) -> Path:
        """The coordinator's file of a session (exists only once it has ended)."""
        return self.root / f"{session.file_stem}.json"

    def journal_path(self, session: Session) -> Path:
        return self.running_dir / f"{session.file_stem}{JOURNAL_SUFFIX}"

    def open_journal(self, session: Session) -> Journal:
        """Start the journal of a new session with its header event."""
        self._ensure_dirs()
        journal = Journal(self.journal_path(session), self._restore_running)
        journal.append(SessionStarted(session=session))
        return journal

    def reopen_journal(self, path: Path) -> Journal:
        """Continue a journal after a crash.

        `replay` dropped a torn last line; it is cut off here too, or the next event would be glued
        to it and turn into a corrupt line in the middle that no later resume could read.
        """
        with path.open("rb+") as fh:
            data = fh.read()
            end = data.rfind(b"\n") + 1
            if end != len(data):
                fh.truncate(end)
                fh.flush()
                os.fsync(fh.fileno())
        return Journal(path, self._restore_running)

    def _write_running(self, path: Path, data: bytes) -> None:
        self._ensure_dirs()
        atomic_write(path, data)
        self._running_files[path] = data

    def _restore_running(self) -> None:
        for path, data in list(self._running_files.items()):
            if not path.exists():
                atomic_write(path, data)

    def save(self, session: Session) -> Path:
        """Write the coordinator's file of an ended session atomically, then drop its journal and token.

        Only a finished session crosses the boundary: an unfinished one raises `RecordError` and
        stays in `running/` as its journal. The copies of a damaged journal (`salvage`) go with it: they
        hold what the journal held, and nothing keeps them once the session is over.
        """
        record = to_record(session)
        path = self.session_path(session)
        self._ensure_dirs()
        atomic_write(path, record.model_dump_json(indent=2).encode() + b"\n")
        journal = self.journal_path(session)
        journal.unlink(missing_ok=True)
        for copy in self._damaged_copies(journal):
            copy.unlink(missing_ok=True)
        self._running_files.pop(self.token_path(session), None)
        self.token_path(session).unlink(missing_ok=True)
        self.mark_closed(session)
        return path

    # While an app runs a session, an empty marker lies beside its journal; a clean stop (quit, end)
    # removes it. A journal whose marker is still there after the app is gone was interrupted
    # (kill -9, power cut, crash): the app may resume it without asking.

    def open_path(self, session: Session) -> Path:
        return self.running_dir / f"{session.file_stem}{OPEN_SUFFIX}"

    def mark_open(self, session: Session) -> None:
        """This process runs `session` now (its id is in the marker)."""
        self._write_running(self.open_path(session), str(os.getpid()).encode("ascii"))

    def mark_closed(self, session: Session) -> None:
        self._running_files.pop(self.open_path(session), None)
        self.open_path(session).unlink(missing_ok=True)

    def interrupted(self, session: Session) -> bool:
        """Whether the app that ran `session` stopped without closing it (see `mark_open`).

        Not if that app still runs: a second window must not take over a session from the first.
        """
        if session.status is not SessionStatus.RUNNING:
            return False
        pid = _marker_pid(self.open_path(session))
        return pid > 0 and (pid == os.getpid() or not process_alive(pid))

    def running_elsewhere(self) -> list[Path]:
        """Journals another app runs right now (their marker names a live process other than this one).

        A second window on the same folder (a second `make run`) must neither offer to resume them nor end
        them: two processes appending to one journal would interleave their events.
        """
        found = []
        for marker in sorted(self.running_dir.glob(f"*{OPEN_SUFFIX}"), reverse=True):
            pid = _marker_pid(marker)
            if pid > 0 and pid != os.getpid() and app_alive(pid):
                found.append(marker.with_name(marker.name.removesuffix(OPEN_SUFFIX) + JOURNAL_SUFFIX))
        return found

    # The join token is kept beside the journal so that a resumed session keeps its URL: phones
    # that were in the room reconnect by themselves instead of everyone scanning again. It is a
    # credential, not personal data, and goes with the journal when the session ends.

    def token_path(self, session: Session) -> Path:
        return self.running_dir / f"{session.file_stem}{TOKEN_SUFFIX}"

    def remember_token(self, session: Session, token: str) -> None:
        self._write_running(self.token_path(session), token.encode("ascii"))

    def remembered_token(self, session: Session) -> str | None:
        """The join token of a running session, or None (new session, or a file that looks wrong)."""
        if session.status is not SessionStatus.RUNNING:
            return None
        try:
            token = self.token_path(session).read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            return None
        return token if _TOKEN_RE.match(token) else None

    def load(self, path: Path) -> SessionRecord:
        """A coordinator file; a version-1 file is migrated, an unfinished or broken one refused."""
        return self.load_stored(path)[0]

    def load_stored(self, path: Path) -> tuple[SessionRecord, bool]:
        """The record and whether it was migrated from an older version."""
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise StoreError("store.unreadable", file=path.name, cause=exc.strerror) from exc
        try:
            record, source = parse_record(raw)
        except RecordError as exc:
            raise StoreError(exc.code, file=path.name, **exc.params) from exc
        return record, source is RecordSource.MIGRATED

    def replay(self, path: Path, *, skip_damaged: bool = False) -> Session:
        """Rebuild a session from its journal.

        A torn last line (no newline: the process died mid-write) was never acknowledged and is
        dropped; any other bad line is an error, because silently skipping it would lose data. With
        `skip_damaged` the damaged lines are left out and every readable one applies (what `salvage`
        keeps), for a supervisor who chose to go on so: each event carries its whole answer, note or
        step, so the answers acknowledged after the damage come back too.
        """
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise StoreError("journal.unreadable", file=path.name, cause=exc.strerror) from exc
        session: Session | None = None
        for number, _, event in _journal_lines(raw):
            if event is None:
                if skip_damaged and session is not None:
                    continue
                raise StoreError("journal.broken_line", file=path.name, line=number)
            if isinstance(event, SessionStarted):
                if session is not None:
                    raise StoreError("journal.second_start", file=path.name, line=number)
                session = event.session.model_copy(deep=True)
            elif session is None:
                raise StoreError("journal.no_start", file=path.name)
            else:
                apply(session, event)
        if session is None:
            raise StoreError("journal.empty", file=path.name)
        return session

    def salvage(self, path: Path) -> Path:
        """Let a session whose journal is damaged in the middle go on without its damaged lines.

        Nothing is deleted: the whole journal is first copied beside it (`…beschaedigt-N.jsonl`, which no
        resume and no coordinator list reads), then the journal is rewritten, atomically, with every
        readable line, so that the next events follow readable ones. Returns the copy.
        """
        raw = path.read_bytes()
        readable = b"".join(line + b"\n" for _, line, event in _journal_lines(raw) if event is not None)
        stem = path.name.removesuffix(JOURNAL_SUFFIX)
        copies = {p.name for p in self._damaged_copies(path)}
        number = next(n for n in range(1, len(copies) + 2) if f"{stem}.beschaedigt-{n}.jsonl" not in copies)
        copy = path.with_name(f"{stem}.beschaedigt-{number}.jsonl")
        atomic_write(copy, raw)
        atomic_write(path, readable)
        return copy

    @staticmethod
    def _damaged_copies(journal: Path) -> list[Path]:
        """The copies `salvage` kept of a journal."""
        return list(journal.parent.glob(f"{journal.name.removesuffix(JOURNAL_SUFFIX)}.beschaedigt-*.jsonl"))

    def unfinished(self) -> list[StoredSession]:
        """Journals of sessions that never ended: candidates to resume, newest first (not those another
        window runs: `running_elsewhere`)."""
        found = []
        if self.root.is_dir():
            # Reading needs no write: on a read-only or full disk the journals are still listed, and
            # starting a session then fails with a German notice instead of a traceback here.
            with contextlib.suppress(OSError):
                self._ensure_dirs()
        elsewhere = set(self.running_elsewhere())
        for path in sorted(self.running_dir.glob(f"*{JOURNAL_SUFFIX}"), reverse=True):
            if path in elsewhere:
                continue  # another window runs it: not to resume here, nor to end
            try:
                session = self.replay(path)
            except StoreError as exc:
                readable = None
                if exc.code == "journal.broken_line":
                    with contextlib.suppress(StoreError):
                        readable = self.replay(path, skip_damaged=True)
                found.append(StoredSession(path, readable, exc, damaged=readable is not None))
                continue
            if session.status is SessionStatus.RUNNING:
                found.append(StoredSession(path, session))
            else:
                # Ended, but the app died before the final file was written: write it now (this
                # also removes the journal), or what came after the last snapshot would be lost. On a
                # full disk the journal stays and the next start tries again.
                with contextlib.suppress(OSError):
                    self.save(session)
        return found

    def sessions(self) -> list[StoredRecord]:
        """All coordinator files, newest first; refused ones (broken, unfinished) come with their error."""
        found = []
        for path in sorted(self.root.glob("*.json"), reverse=True):
            if path.name.startswith("schema"):
                continue
            try:
                record, migrated = self.load_stored(path)
            except StoreError as exc:
                found.append(StoredRecord(path, None, exc))
                continue
            found.append(StoredRecord(path, record, migrated=migrated))
        return found

    def last_of_series(self, series: str) -> SessionRecord | None:
        """The series' most recently ended session, whose agreements the next session follows up.

        Files are named by date first, so reading newest first stops at the first day that has one;
        refused files are skipped (they were never held).
        """
        found: SessionRecord | None = None
        for path in sorted(self.root.glob("*.json"), reverse=True):
            if found is not None and not path.name.startswith(found.date.isoformat()):
                break
            if path.name.startswith("schema"):
                continue
            try:
                record = self.load(path)
            except StoreError:
                continue
            if record.series == series and (found is None or record.ended_at > found.ended_at):
                found = record
        return found
