"""One window on a mirrored projector, in a real terminal: tmux runs the console, capture-pane is
what the room sees. A phone sends a private answer with a one-to-one request over real HTTP, the
supervisor types a note full of identifiers and opens the queue; no capture shows any of it, except
after the deliberate Enter behind the cover "Beamer-Ansicht verdeckt".
"""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .test_tmux import Terminal, _phone, _post, launch

pytestmark = pytest.mark.e2e

COVER = "Beamer-Ansicht verdeckt"
PRIVATE_ANSWER = "Seit dem Brand schlafe ich kaum noch"
NOTE = "Frau Petrović ruft T5 auch sonntags an, Handy 0157 98765432. Wohnt in der Lindenstraße 12 in Enger."
# Distinctive parts of the note's identifiers; a prefix also catches them half typed.
IDENTIFIERS = ["Petrovi", "0157", "98765432", "Lindenstr", "Enger"]


def assert_nothing_private(screen: str, *extra: str) -> None:
    for private in (PRIVATE_ANSWER, "Einzelgespräch", "→ [Person", *IDENTIFIERS, *extra):
        assert private not in screen, f"{private!r} is on the shared screen:\n{screen}"
    assert not re.search(r"\bT1\b", screen), f"T1 (asked for a talk) is on the shared screen:\n{screen}"


@pytest.fixture
def console(tmp_path: Path) -> Iterator[Terminal]:
    """`supervision-tui run` in tmux, the only window: what it paints is what the room sees."""
    terminal = launch(tmp_path)
    yield terminal
    subprocess.run(["tmux", "kill-session", "-t", terminal.name], capture_output=True)


def wait_gone(terminal: Terminal, text: str, timeout: float = 15.0) -> str:
    """The screen once `text` has left it (a dialog under which the old screen shows through closed)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        screen = terminal.screen()
        if text not in screen:
            return screen
        time.sleep(0.05)
    raise AssertionError(f"{text!r} stayed on the terminal:\n{screen}")


def test_one_window_paints_nothing_private(console: Terminal) -> None:
    terminal = console
    terminal.wait_for("Ankommen")
    screen = terminal.wait_for(r"http://127\.0\.0\.1:\d+/s/\S+")
    join_url = re.search(r"http://127\.0\.0\.1:\d+/s/[A-Za-z0-9_-]+", screen).group(0)
    terminal.keys("PageDown")
    terminal.wait_for("Runde 1")
    terminal.keys("PageDown")
    terminal.wait_for("Runde 2")

    phone = _phone()
    assert _post(phone, f"{join_url}/join", {"confirm": "1"})["ok"] is True
    fields = {"step": "runde-2", "text": PRIVATE_ANSWER, "consent": "private", "private_talk": "1"}
    assert _post(phone, f"{join_url}/answer", fields)["saved"] is True
    # the answer arrived (the count of answers rises) but a private answer never waits for approval
    screen = terminal.wait_for(r"(?s)(?=.*keine wartenden Antworten)(?=.*\bAntwort\b)")
    assert "warten auf Freigabe" not in screen
    assert_nothing_private(screen)

    # m: the cover, not the queue
    terminal.keys("m")
    covered = terminal.wait_for(COVER)
    assert_nothing_private(covered, "Freigabe – nur für Sie", "Runde 2")
    terminal.keys("Enter")  # the deliberate reveal
    revealed = terminal.wait_for(PRIVATE_ANSWER)
    assert "Einzelgespräch gewünscht von: T1" in revealed
    terminal.keys("Escape")
    assert_nothing_private(wait_gone(terminal, PRIVATE_ANSWER))

    # the case discussion: a note typed word by word, captured after every word
    terminal.keys("PageDown")
    terminal.wait_for("Anliegen sammeln")
    terminal.keys("PageDown")
    terminal.wait_for("Pause")
    terminal.keys("PageDown")
    terminal.wait_for("Rollen verteilen")
    terminal.keys("e")
    terminal.wait_for("Notiz speichern")  # the field has focus: letters are typed, not keys
    for word in re.findall(r"\S+\s*", NOTE):
        terminal.keys("-l", word)
        time.sleep(0.05)
        assert_nothing_private(terminal.screen())
    typed = terminal.wait_for(r"\[Telefon\]\. Wohnt in der")
    assert "Vorschau (anonymisiert):" in typed and "[Person A]" in typed
    assert_nothing_private(typed)

    # Strg+S: the review shows the original and the mapping, so the cover comes first
    terminal.keys("C-s")
    assert_nothing_private(terminal.wait_for(COVER), "[Person A]")
    terminal.keys("Enter")
    assert "Petrović → [Person A]" in terminal.wait_for("Petrović →")
    terminal.keys("Escape")  # back to the note: covered again
    assert_nothing_private(wait_gone(terminal, "Petrović →"))

    # leave the field, m: the cover again, never the queue
    terminal.keys("Escape")
    wait_gone(terminal, "Notiz speichern")
    terminal.keys("m")
    assert_nothing_private(terminal.wait_for(COVER), "Freigabe – nur für Sie")
    terminal.keys("Escape")
    assert_nothing_private(wait_gone(terminal, COVER))
