"""The coordinator's commands in a real terminal: `review` (list, summary, export) and `purge`'s j/N prompt."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.tui.helpers import PRIVATE, held_session

from .test_tmux import ROOT, Terminal, terminal_env

pytestmark = pytest.mark.e2e


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    assert shutil.which("tmux"), "tmux is required (make test installs it)"
    terminal = Terminal(f"suptuirev{time.monotonic_ns()}")
    yield terminal
    subprocess.run(["tmux", "kill-session", "-t", terminal.name], capture_output=True)


def _start(terminal: Terminal, tmp_path: Path, *args: str) -> None:
    env = terminal_env(tmp_path)
    command = " ".join([sys.executable, "-m", "supervision_tui", *args])
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", terminal.name, "-x", "80", "-y", "24", f"{command}; sleep 30"],
        cwd=ROOT,
        env=env,
        check=True,
    )


def test_review_in_an_80_column_terminal(terminal: Terminal, tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    held_session(sessions, "large001", dt.date(2025, 9, 1), [2, 2, 2, 4, 4, 5])
    held_session(sessions, "small001", dt.date(2026, 3, 1), [4, 5])
    _start(terminal, tmp_path, "review", str(sessions))
    screen = terminal.wait_for(r"2 Sitzungen · 0 Dateien nicht lesbar.*\n(.*\n)*.*Frühjahrstreffen")
    assert "Enter Öffnen" in screen
    rows = [line for line in screen.splitlines() if "treffen" in line]
    assert rows[0].split()[:2] == ["01.03.2026", "Frühjahrstreffen"] and rows[0].split()[3] == "."
    assert rows[1].split()[3] == "6"

    terminal.keys("Enter")
    # the key bar is repainted a frame after the screen's title: wait for both
    terminal.wait_for(r"Sitzung am 01\.03\.2026(.*\n)*.*Esc Zurück")
    terminal.keys("x")
    terminal.wait_for(r"Exportieren: 01\.03\.2026")
    terminal.keys("Enter")
    terminal.wait_for(r"Exportiert:")
    exported = sessions / "exports" / "2026-03-01-gruppensupervision-integrationslotsen-small001.md"
    assert exported.is_file()
    text = exported.read_text()
    assert "weniger als 5 Antworten" in text and PRIVATE not in text
    terminal.keys("C-q")
    deadline = time.monotonic() + 10
    while "Strg+Q Beenden" in terminal.screen():
        assert time.monotonic() < deadline, "Strg+Q did not end the app"
        time.sleep(0.05)


def test_an_enter_typed_with_x_exports_at_once(terminal: Terminal, tmp_path: Path) -> None:
    """ "Enter exportiert", says the dialog: `x` and Enter typed in one go (one send-keys) export. The format list
    held the focus until the file's field took it a moment later, so that Enter chose a format and the dialog
    stayed open (0 of 3 tries exported before, 3 of 3 after)."""
    sessions = tmp_path / "sessions"
    held_session(sessions, "small001", dt.date(2026, 3, 1), [4, 5])
    _start(terminal, tmp_path, "review", str(sessions))
    terminal.wait_for(r"1 Sitzungen(.*\n)*.*x Exportieren")
    terminal.keys("x", "Enter")
    terminal.wait_for(r"Exportiert:")
    assert (sessions / "exports" / "zeitraum-2026-03-01_2026-03-01.md").is_file()


def test_purge_asks_in_german_and_deletes_on_j(terminal: Terminal, tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    old = held_session(sessions, "large001", dt.date.today() - dt.timedelta(days=40), [3, 3, 4])
    _start(terminal, tmp_path, "purge", "--older-than", "30", "--sessions-dir", str(sessions))
    screen = terminal.wait_for(r"\[j/N\]")
    assert old.name in screen and "älter als 30 Tage" in screen
    assert old.exists()
    terminal.keys("j", "Enter")
    terminal.wait_for(r"1 Dateien gelöscht")
    assert not old.exists()
    entry = json.loads((sessions / "loeschprotokoll.jsonl").read_text())
    assert entry["count"] == 1 and entry["rule"] == "älter als 30 Tage"
