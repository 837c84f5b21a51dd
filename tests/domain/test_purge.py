"""`supervision-tui purge`: lists what is due, deletes after confirmation, logs hashes only."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import stat
from pathlib import Path

import pytest

from supervision_tui.cli import main
from supervision_tui.engine import Engine
from supervision_tui.models import Agenda
from supervision_tui.retention import (
    DELETION_LOG,
    due_files,
    exports_dir,
    period_export_name,
    session_export_name,
)
from supervision_tui.store import Store

from ._support import FakeNow, IdentityAnonymizer

TODAY = dt.date.today()
SECRET = "Vereinbarung Sonnenblume"


def _ended(store: Store, agenda: Agenda, session_id: str, days_ago: int) -> Path:
    date = TODAY - dt.timedelta(days=days_ago)
    engine = Engine.start(
        agenda,
        title=f"Treffen {session_id}",
        date=date,
        store=store,
        session_id=session_id,
        anonymizer=IdentityAnonymizer(),
        now=FakeNow(dt.datetime.combine(date, dt.time(17), tzinfo=dt.UTC)),
    )
    engine.add_agreement(SECRET)
    path = engine.end()
    assert path is not None
    return path


def _purge(monkeypatch: pytest.MonkeyPatch, store: Store, *args: str, answer: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(answer))
    return main(["purge", "--sessions-dir", str(store.root), *args])


@pytest.fixture
def old_and_new(store: Store, agenda: Agenda) -> tuple[Path, Path]:
    old = _ended(store, agenda, "old00001", 400)
    new = _ended(store, agenda, "new00001", 10)
    _running = Engine.start(
        agenda,
        title="läuft noch",
        date=TODAY - dt.timedelta(days=500),
        store=store,
        session_id="run00001",
        anonymizer=IdentityAnonymizer(),
    )
    return old, new


def _files(store: Store) -> set[str]:
    return {str(p.relative_to(store.root)) for p in store.root.rglob("*") if p.is_file()}


def test_dry_run_lists_and_deletes_nothing(store, old_and_new, monkeypatch, capsys):
    before = _files(store)
    assert _purge(monkeypatch, store, "--older-than", "365", "--dry-run") == 0
    out = capsys.readouterr().out
    assert old_and_new[0].name in out and old_and_new[1].name not in out
    assert "älter als 365 Tage" in out and "Probelauf: nichts gelöscht." in out
    assert _files(store) == before
    assert not (store.root / DELETION_LOG).exists()


def test_no_deletes_nothing_yes_deletes_and_logs_hashes_only(store, old_and_new, monkeypatch, capsys):
    old, new = old_and_new
    before = _files(store)
    assert _purge(monkeypatch, store, "--older-than", "365", answer="n\n") == 1
    assert "[j/N]" in capsys.readouterr().out
    assert _files(store) == before
    assert _purge(monkeypatch, store, "--older-than", "365", answer="\n") == 1  # Enter means no
    assert _files(store) == before

    digest = hashlib.sha256(old.read_bytes()).hexdigest()
    assert _purge(monkeypatch, store, "--older-than", "365", answer="j\n") == 0
    assert not old.exists() and new.exists()
    # the running session (500 days old by its date) is the supervisor's: never touched
    assert any(p.startswith("running/") for p in _files(store))
    log = store.root / DELETION_LOG
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    assert len(entries) == 1
    entry = entries[0]
    assert entry["rule"] == "älter als 365 Tage" and entry["count"] == 1 and entry["sha256"] == [digest]
    assert dt.datetime.fromisoformat(entry["date"]).date() == dt.datetime.now(dt.UTC).date()
    assert set(entry) == {"date", "rule", "count", "sha256"}
    # (the date is checked above; its ISO "T" before the hour would read "T1" from 10:00 to 19:59)
    text = log.read_text().replace(entry["date"], "")
    for private in (SECRET, "old00001", "Treffen", old.name, "T1", "Person"):
        assert private not in text


def test_yes_deletes_without_asking_with_the_derived_exports(store, agenda, monkeypatch, capsys):
    old = _ended(store, agenda, "old00001", 400)
    new = _ended(store, agenda, "new00001", 10)
    old_record, new_record = store.load(old), store.load(new)
    exports = exports_dir(store.root)
    exports.mkdir()
    derived = [
        exports / session_export_name(old_record, "md"),
        exports / period_export_name(old_record.date, new_record.date, "html"),
    ]
    kept = [
        exports / session_export_name(new_record, "csv"),
        exports / period_export_name(new_record.date, new_record.date, "md"),
    ]
    for path in (*derived, *kept):
        path.write_text(SECRET)
    monkeypatch.setattr("builtins.input", lambda _prompt: pytest.fail("--yes must not ask"))
    assert main(["purge", "--sessions-dir", str(store.root), "--older-than", "365", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "3 Dateien gelöscht" in out
    assert not old.exists() and not any(p.exists() for p in derived)
    assert new.exists() and all(p.exists() for p in kept)
    entry = json.loads((store.root / DELETION_LOG).read_text())
    assert entry["count"] == 3 and len(set(entry["sha256"])) == 2  # both exports hold the same bytes


def test_template_retention_makes_a_file_due_without_older_than(store, agenda, monkeypatch, capsys):
    short = agenda.model_copy(update={"retention_days": 30})
    due = _ended(store, short, "due00001", 31)
    not_yet = _ended(store, short, "kept0001", 30)  # date + 30 == today: not yet past
    no_rule = _ended(store, agenda, "norule01", 3000)
    assert [d.path for d in due_files(store, TODAY)] == [due]
    assert _purge(monkeypatch, store, "--yes") == 0
    assert "Aufbewahrungsfrist der Vorlage (30 Tage)" in capsys.readouterr().out
    assert not due.exists() and not_yet.exists() and no_rule.exists()
    entry = json.loads((store.root / DELETION_LOG).read_text())
    assert entry["rule"] == "Aufbewahrungsfrist der Vorlage (30 Tage)" and entry["count"] == 1


def test_refused_old_files_are_purged_by_the_date_in_their_name(store, agenda, monkeypatch):
    _ended(store, agenda, "new00001", 1)
    broken = store.root / f"{TODAY - dt.timedelta(days=800):%Y-%m-%d}-alt-broken01.json"
    broken.write_text('{"schema_version": 1, "status": "running"')
    assert _purge(monkeypatch, store, "--older-than", "365", "--yes") == 0
    assert not broken.exists()


def test_nothing_due_and_a_missing_folder(store, agenda, monkeypatch, capsys, tmp_path):
    _ended(store, agenda, "new00001", 1)
    assert _purge(monkeypatch, store, "--older-than", "365") == 0
    assert "Nichts fällig" in capsys.readouterr().out
    assert main(["purge", "--sessions-dir", str(tmp_path / "nirgends"), "--older-than", "1"]) == 2
    assert "Ordner nicht gefunden" in capsys.readouterr().err
