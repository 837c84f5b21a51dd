"""Retention: which coordinator files are due for deletion, and deleting them with a deletion log.

Stored sessions stay pseudonymised personal data (GDPR Art. 4(5)), so they are kept no longer than
needed. A file is due when it is older than the rule given on the command line
(`purge --older-than DAYS`) or than its template's own `retention_days`, whichever comes first.
With it go the files derived from it: exports that `review` wrote into `sessions/exports/`.

The deletion log (`sessions/loeschprotokoll.jsonl`, 0600) proves that deleting happened: date, rule,
count and the sha256 of each deleted file. It holds no content, no file name and no pseudonym, so
the log itself is no personal data. `sessions/running/` (the supervisor's side) is never touched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .record import SessionRecord
from .store import FILE_MODE, Store, StoredRecord, _fsync_dir

DELETION_LOG = "loeschprotokoll.jsonl"
EXPORTS_DIR = "exports"
_DATED = re.compile(r"^(\d{4}-\d{2}-\d{2})-")
# An export of several sessions names the period it covers: zeitraum-<first>_<last>.<ext>
_PERIOD = re.compile(r"^zeitraum-(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})\.")


def exports_dir(root: Path) -> Path:
    """Where `review` writes exports next to the sessions (derived files: purged with them)."""
    return Path(root) / EXPORTS_DIR


def session_export_name(record: SessionRecord, extension: str) -> str:
    """The export of one session carries its file stem, so purge finds it with the session."""
    return f"{record.file_stem}.{extension}"


def period_export_name(first: dt.date, last: dt.date, extension: str) -> str:
    """The export of several sessions names their period, so purge finds it with any of them."""
    return f"zeitraum-{first.isoformat()}_{last.isoformat()}.{extension}"


def due_date(record: SessionRecord) -> dt.date | None:
    """The last day the template's retention keeps this session, or None (no retention set)."""
    if record.retention_days is None:
        return None
    return record.date + dt.timedelta(days=record.retention_days)


def retention_due(record: SessionRecord, today: dt.date) -> bool:
    """True when the template's retention period has run out (date + retention_days < today)."""
    last = due_date(record)
    return last is not None and last < today


@dataclass(frozen=True)
class DueFile:
    """A session file due for deletion, why, and the files derived from it."""

    path: Path
    date: dt.date
    rule: str  # German: which rule made it due
    derived: tuple[Path, ...] = ()


def _file_date(stored: StoredRecord) -> dt.date | None:
    if stored.record is not None:
        return stored.record.date
    # A refused file (broken, an unfinished version-1 session) is dated by its name. It may hold
    # more than a record would, so it is all the more due.
    match = _DATED.match(stored.path.name)
    if match is None:
        return None
    try:
        return dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None


def older_than_rule(days: int) -> str:
    return f"älter als {days} Tage"


def retention_rule(days: int) -> str:
    return f"Aufbewahrungsfrist der Vorlage ({days} Tage)"


def due_files(store: Store, today: dt.date, older_than: int | None = None) -> list[DueFile]:
    """Every coordinator file due on `today`, oldest first, with its derived exports."""
    due: list[DueFile] = []
    for stored in store.sessions():
        date = _file_date(stored)
        if date is None:
            continue
        rule = None
        if older_than is not None and date + dt.timedelta(days=older_than) < today:
            rule = older_than_rule(older_than)
        elif stored.record is not None and retention_due(stored.record, today):
            rule = retention_rule(stored.record.retention_days or 0)
        if rule is not None:
            due.append(DueFile(stored.path, date, rule))
    due.sort(key=lambda d: (d.date, d.path.name))
    return _with_derived(store.root, due)


def _with_derived(root: Path, due: list[DueFile]) -> list[DueFile]:
    exports = sorted(p for p in exports_dir(root).glob("*") if p.is_file()) if due else []
    taken: set[Path] = set()
    result = []
    for item in due:
        stem = item.path.stem
        derived = []
        for path in exports:
            if path in taken:
                continue
            period = _PERIOD.match(path.name)
            if path.name.startswith(f"{stem}.") or (
                period is not None and period.group(1) <= item.date.isoformat() <= period.group(2)
            ):
                derived.append(path)
                taken.add(path)
        result.append(DueFile(item.path, item.date, item.rule, tuple(derived)))
    return result


@dataclass
class PurgeResult:
    deleted: list[Path] = field(default_factory=list)
    log: Path | None = None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def purge(store: Store, due: list[DueFile], now: dt.datetime) -> PurgeResult:
    """Delete the due files and their derived files; append one log line per rule.

    Files are hashed, deleted, and then logged: the log names only what is really gone.
    """
    result = PurgeResult()
    by_rule: dict[str, list[str]] = {}
    for item in due:
        for path in (item.path, *item.derived):
            try:
                digest = _sha256(path)
                path.unlink()
            except FileNotFoundError:
                continue  # already gone (a second purge at once): nothing to log
            by_rule.setdefault(item.rule, []).append(digest)
            result.deleted.append(path)
    for directory in {p.parent for p in result.deleted}:
        _fsync_dir(directory)
    if by_rule:
        result.log = append_log(store.root, now, by_rule)
    return result


def append_log(root: Path, now: dt.datetime, by_rule: dict[str, list[str]]) -> Path:
    """Append to the deletion log (0600): date, rule, count, sha256 of each file; nothing else."""
    path = Path(root) / DELETION_LOG
    lines = b"".join(
        json.dumps(
            {"date": now.isoformat(timespec="seconds"), "rule": rule, "count": len(hashes), "sha256": hashes},
            ensure_ascii=False,
        ).encode()
        + b"\n"
        for rule, hashes in by_rule.items()
    )
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)
        os.write(fd, lines)
        os.fsync(fd)
    finally:
        os.close(fd)
    return path
