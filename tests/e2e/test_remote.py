"""The presenter remote always works: Bild↓ moves on while the note field has focus (a real terminal)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from .test_tmux import Terminal, launch

pytestmark = pytest.mark.e2e


def test_page_down_moves_on_while_the_note_field_has_focus(tmp_path: Path, terminals: list[Terminal]) -> None:
    # Ctrl+Q only asks "beenden?": the fixture kills the session, which the test used to leave running
    terminal: Terminal = launch(tmp_path)
    terminals.append(terminal)
    terminal.wait_for("Ankommen", timeout=60)
    # a projector-sized window, so that the notes box is on screen
    subprocess.run(["tmux", "resize-window", "-t", terminal.name, "-x", "160", "-y", "45"], check=True)
    for marker in ("Runde 1", "Runde 2", "Anliegen", "Pause", "Rollen verteilen"):
        terminal.keys("PageDown")
        terminal.wait_for(marker)
    terminal.keys("e")
    terminal.wait_for("Eingabe verlassen")  # the key bar shows the field has focus
    terminal.keys("-l", "ein Satz in Arbeit")  # typed, not yet saved: the field has focus
    screen = terminal.wait_for("ein Satz in …")  # the preview holds back the word being typed
    assert "Strg+S" in screen
    terminal.keys("PageDown")
    screen = terminal.wait_for("schildert den Fall")  # phase 2, from the template's description
    assert "ein Satz in Arbeit" not in screen, "the raw typing is never painted"
