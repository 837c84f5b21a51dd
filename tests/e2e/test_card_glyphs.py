"""A real terminal draws the answer cards' borders straight, whatever invisible characters phones send.

Phones post through the real form (word joiner, soft hyphen, a ZWJ family, an emoji presentation
selector, a skin tone); the supervisor approves them; tmux's screen is read back. The column of each
border glyph is counted with the C library's `wcwidth`, which is what tmux uses for a cell's width.
"""

from __future__ import annotations

import ctypes
import locale
import re
import time
from pathlib import Path

import pytest

from .test_tmux import Terminal, _phone, _post, launch

pytestmark = pytest.mark.e2e

TEXTS = [
    "Familie \U0001f468\u200d\U0001f469\u200d\U0001f467 ist angekommen",
    "Wort\u2060verbinder und Silben\u00adtrennung",
    "Herz \u2764\ufe0f und Daumen \U0001f44d\U0001f3fd",
]


def _columns(line: str, glyphs: str) -> list[int]:
    """The terminal columns of `glyphs` in a captured line, by the C library's character widths."""
    locale.setlocale(locale.LC_CTYPE, "C.UTF-8")
    libc = ctypes.CDLL("libc.so.6")
    libc.wcwidth.argtypes = [ctypes.c_wchar]
    found, column = [], 0
    for ch in line:
        if ch in glyphs:
            found.append(column)
        column += max(libc.wcwidth(ch), 0)
    return found


def test_answer_cards_keep_their_borders_in_tmux(tmp_path: Path, terminals: list[Terminal]) -> None:
    terminal = launch(tmp_path, size=(140, 45))  # -wide and -huge: two columns of fully framed cards
    terminals.append(terminal)
    terminal.wait_for("Ankommen")
    screen = terminal.wait_for(r"http://127\.0\.0\.1:\d+/s/\S+")
    match = re.search(r"http://127\.0\.0\.1:\d+/s/[A-Za-z0-9_-]+", screen)
    assert match is not None
    url = match.group(0)
    terminal.keys("PageDown")
    terminal.wait_for("Stimmung")
    terminal.keys("PageDown")
    terminal.wait_for("Runde 2")
    for text in TEXTS:
        phone = _phone()
        _post(phone, f"{url}/join", {"confirm": "1"})
        saved = _post(phone, f"{url}/answer", {"step": "runde-2", "text": text, "consent": "quote"})
        assert saved["saved"] is True
    terminal.keys("m")
    terminal.wait_for("Beamer-Ansicht verdeckt")  # the queue is private: behind a cover
    terminal.keys("Enter")
    terminal.wait_for("Freigabe – nur für Sie")
    terminal.keys("a")  # approve every quotable answer
    deadline = time.monotonic() + 15
    while terminal.screen().count("✓") < len(TEXTS) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert terminal.screen().count("✓") == len(TEXTS), terminal.screen()
    terminal.keys("Escape")
    screen = terminal.wait_for("Silbentrennung")
    terminal.wait_for("Daumen")
    screen = terminal.wait_for("Familie")

    lines = screen.splitlines()
    edges = {column for line in lines for column in _columns(line, "╭╮╰╯")}
    carded = [line for line in lines if re.search("Familie|Wortverbinder|Herz", line)]
    assert len(carded) == 3, screen
    for line in carded:
        sides = _columns(line, "│")
        assert len(sides) >= 2 and set(sides) <= edges, (line, sides, sorted(edges))
    assert "\\x" not in screen  # no escape codes for a word joiner or a soft hyphen
    assert "\U0001f468\U0001f469\U0001f467" in screen
