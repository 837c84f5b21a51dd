"""Invisible and combining characters from phones on the projected answer cards.

Rich counts an emoji ZWJ sequence, a skin tone or an emoji presentation selector as one two-cell
glyph; terminals draw the parts. A card that contains them must still keep its border where Rich
put it, and a word joiner or soft hyphen is not shown as an escape code.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.cells import cell_len
from textual.geometry import Region

from supervision_tui.models import Moderation
from supervision_tui.tui.app import SupervisionApp
from supervision_tui.tui.widgets import AnswerCards

from .helpers import answer

TEXTS = {
    "d1": "Familie \U0001f468\u200d\U0001f469\u200d\U0001f467 ist angekommen",
    "d2": "Wort\u2060verbinder und Silben\u00adtrennung",
    "d3": "Herz \u2764\ufe0f und Daumen \U0001f44d\U0001f3fd",
}
INVISIBLE = ("\u200d", "\u2060", "\u00ad", "\ufe0f", "\U0001f3fd", "\\x")


async def test_cards_drop_invisible_characters_and_keep_their_border(
    make_app: Callable[..., SupervisionApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:  # -huge: every card has a full round border
        engine = app.engine
        assert engine is not None
        await pilot.press("pagedown", "pagedown")  # Runde 2
        await pilot.pause()
        for device, text in TEXTS.items():
            answer(engine, device, text=text)  # raw, as an old journal may hold it
        for stored in engine.session.answers:
            engine.moderate(stored.id, Moderation.APPROVED)
        await pilot.pause()
        cards = app.screen.query_one(AnswerCards).cards
        shown = sorted(str(card.visual) for card in cards)
        assert shown == sorted(
            [
                "Familie \U0001f468\U0001f469\U0001f467 ist angekommen",
                "Wortverbinder und Silbentrennung",
                "Herz \u2764 und Daumen \U0001f44d",
            ]
        )
        for card in cards:
            width, height = card.outer_size
            lines = card.render_lines(Region(0, 0, width, height))
            assert [line.text[0] for line in lines] == ["╭", *["│"] * (height - 2), "╰"]
            assert [line.text[-1] for line in lines] == ["╮", *["│"] * (height - 2), "╯"]
            for line in lines:
                assert cell_len(line.text) == width, line.text
                # what Rich measured, one cell per character or two for a wide one: no joiners,
                # selectors or modifiers whose width the terminal decides differently
                assert not any(mark in line.text for mark in INVISIBLE), line.text
