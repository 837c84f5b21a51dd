"""Answers as cards on the projection. Text from phones is untrusted: always `rich.text.Text`."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from rich.text import Text
from textual.containers import Container, VerticalScroll
from textual.widgets import Static

from ...models import Answer

# Characters a terminal draws at another width than Rich counts, or not at all. Rich measures an
# emoji ZWJ sequence (👨‍👩‍👧), a skin tone (👍🏽) or an emoji presentation selector (❤️) as one
# two-cell glyph; tmux and most terminals draw the parts (4–6 cells, or 1), and the card's right
# border moves. Without them the parts show side by side (👨👩👧, 👍, ❤) and both agree.
_DROPPED = {
    *range(0xFE00, 0xFE10),  # variation selectors
    *range(0x1F3FB, 0x1F400),  # skin tone modifiers
    *range(0xE0100, 0xE01F0),  # variation selectors supplement
}


def terminal_text(value: str) -> str:
    """Phone text as the projection draws it: invisible format characters (word joiner, soft hyphen,
    zero-width joiner, …) dropped, other control characters (ANSI escapes) shown as visible symbols."""
    if value.isascii() and value.isprintable():
        return value
    out = []
    for ch in value:
        if ch == "\n" or (ch.isprintable() and ord(ch) not in _DROPPED):
            out.append(ch)
        elif unicodedata.category(ch) == "Cf" or ord(ch) in _DROPPED:
            continue  # drawn as nothing, or as something else than Rich counts
        else:
            out.append(f"\\x{ord(ch):02x}")
    return "".join(out)


def answer_text(answer: Answer) -> Text:
    """What a card shows: the anonymized text, never parsed as markup or terminal codes."""
    body = answer.title or answer.text
    if answer.title and answer.text:
        body = f"{answer.title}\n{answer.text}"
    return Text(terminal_text(body))


class AnswerCard(Static):
    """One projected answer. No pseudonym on it: the speaking order names T1, T2 … aloud."""

    def __init__(self, answer: Answer, *, classes: str | None = None) -> None:
        super().__init__(answer_text(answer), classes=classes)
        self.answer = answer


class AnswerCards(VerticalScroll, can_focus=False):
    """The projected answers, newest last; repaints only when they changed.

    Not focusable: its scroll keys would swallow Bild↓/→, the presenter's "next".
    """

    def __init__(self, *, empty_text: str = "", id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.empty_text = empty_text
        self._key: tuple[tuple[str, int], ...] | None = None

    def show(self, answers: Sequence[Answer]) -> None:
        key = tuple((a.id, a.revision) for a in answers)
        if key == self._key:
            return
        self._key = key
        self.remove_children()
        if not answers:
            self.mount(Static(Text(self.empty_text), classes="answers-empty"))
            return
        grid = Container(*(AnswerCard(a, classes="answer-card") for a in answers), classes="answer-grid")
        self.mount(grid)
        self.scroll_end(animate=False)

    @property
    def cards(self) -> list[AnswerCard]:
        return list(self.query(AnswerCard))
