"""Answers as cards on the projection. Text from phones is untrusted: always `rich.text.Text`."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.containers import Container, VerticalScroll
from textual.widgets import Static

from ...models import Answer


def answer_text(answer: Answer) -> Text:
    """What a card shows: the anonymized text, never parsed as markup or terminal codes."""
    body = answer.title or answer.text
    if answer.title and answer.text:
        body = f"{answer.title}\n{answer.text}"
    # Control characters (ANSI escapes) would reach the terminal: show them as visible symbols.
    safe = "".join(ch if ch == "\n" or ch.isprintable() else f"\\x{ord(ch):02x}" for ch in body)
    return Text(safe)


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
