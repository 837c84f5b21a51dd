"""The start screen in a real terminal, as a supervisor meets it at 80×24 and 120×40: every template
reads whole (no "7" on one line and "Schritte" on the next), the key bar says what Enter does, and the
first Enter on the template list starts the session with the highlighted template."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from .test_beamer_tmux import _start
from .test_tmux import Terminal

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_the_start_screen_reads_whole_and_enter_starts(
    size: tuple[int, int], tmp_path: Path, terminals: list[Terminal]
) -> None:
    command = (
        f"{sys.executable} -m supervision_tui run --sessions-dir {tmp_path / 'sessions'} "
        "--host 127.0.0.1 --port 0"
    )
    terminals.append(_start(f"start{time.monotonic_ns()}", command, tmp_path, size))
    console = terminals[-1]
    screen = console.wait_for("Keine unterbrochene Sitzung")
    lines = screen.splitlines()
    for title, minutes, steps in (
        ("Gruppensupervision Integrationslotsen", 120, 7),
        ("Balint-Gruppe", 90, 5),
        ("Blitzlicht kurz", 60, 5),
    ):
        assert any(title in line for line in lines), screen
        assert any(f"{minutes} Min. · {steps} Schritte" in line for line in lines), screen
    assert "Enter Starten" in lines[-1] or "Enter Starten" in screen, screen
    console.keys("Enter")  # the first one, on the template list
    console.wait_for("Schritt 1/7")
    console.wait_for(r"http://127\.0\.0\.1:\d+/")
