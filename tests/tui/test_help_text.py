"""The help overlay says each thing once: no sentence and no phrase of four or more words twice (#13)."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from textual.widgets import Static

from supervision_tui.tui.dialogs import HelpScreen
from supervision_tui.tui.screens.closing import ClosingScreen

PHRASE = 4  # words
STEM = 8  # letters that make a long word the same word in another form


def doubled(text: str) -> list[str]:
    """Sentences and runs of `PHRASE` words that occur more than once in `text` (case and punctuation aside)."""
    text = re.sub(r"\S*/\S*", "", text)  # a path (the beamer command's sessions folder) is not prose
    sentences = Counter(s.strip().lower() for s in re.split(r"(?<=[.!?:;])\s+|\n", text) if s.strip())
    words = re.findall(r"[\w·+↓↑←→/-]+", text.lower())
    runs = Counter(" ".join(words[i : i + PHRASE]) for i in range(len(words) - PHRASE + 1))
    found = [s for s, n in sentences.items() if n > 1 and len(s.split()) > 1] + [
        r for r, n in runs.items() if n > 1
    ]
    # and no long word twice in one sentence, in any form ("freigegebene Antworten, die … freigegeben sind")
    for sentence in sentences:
        stems = Counter(w[:STEM] for w in re.findall(r"\w+", sentence) if len(w) >= STEM)
        found += [stem for stem, n in stems.items() if n > 1]
    return found


def test_the_check_finds_a_doubled_phrase() -> None:
    assert doubled("Freigabe prüfen erst nach Enter. Notiz prüfen erst nach Enter.") == [
        "prüfen erst nach enter"
    ]
    assert doubled("Esc schließt.\nEsc schließt.") == ["esc schließt."]
    assert doubled("Die Leinwand zeigt nur Antworten, die Sie freigegeben haben.") == []
    assert doubled("Nur freigegebene Antworten, die zum Zitieren freigegeben sind.") == ["freigege"]


@pytest.mark.parametrize("lang", ["de", "en"])
async def test_the_help_of_every_screen_says_each_thing_once(make_app, lang: str) -> None:
    app = make_app(lang=lang)
    seen = 0
    async with app.run_test(size=(100, 40)) as pilot:
        while True:
            await pilot.press("question_mark")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            text = "\n".join(str(widget.visual) for widget in app.screen.query(Static))
            assert doubled(text) == [], (type(app.screen_stack[-2]).__name__, text)
            seen += 1
            await pilot.press("escape")
            await pilot.pause()
            if isinstance(app.screen, ClosingScreen):
                break
            await pilot.press("pagedown")
            await pilot.pause()
    assert seen == 12  # every step and every phase of the default agenda


@pytest.mark.parametrize("lang", ["de", "en"])
async def test_the_help_of_the_start_screen_says_each_thing_once(make_app, lang: str) -> None:
    app = make_app(template=None, lang=lang)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(str(widget.visual) for widget in app.screen.query(Static))
        assert "?" in text and doubled(text) == [], text
