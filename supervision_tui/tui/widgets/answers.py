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

    def show(self, answer: Answer) -> None:
        """A revised answer: new text in the same card (no remount, so no blank frame)."""
        if (answer.title, answer.text) != (self.answer.title, self.answer.text):
            self.update(answer_text(answer))
        self.answer = answer


class AnswerCards(VerticalScroll, can_focus=False):
    """The projected answers, newest last, at most `limit` of them as cards.

    Answers arrive one by one while the room watches, up to 200 at a large event. Each repaint
    therefore changes only what changed: new cards are mounted, revised ones updated in place,
    withdrawn ones removed; the cards already on screen stay (removing all and mounting again costs
    time per card for every answer and leaves a blank frame in between). Only the newest `limit`
    answers are cards; older ones are counted in one line above them ("+K weitere"), so the number
    of widgets, and the memory they hold, stays bounded however many phones answer.

    Not focusable: its scroll keys would swallow Bild↓/→, the presenter's "next".
    """

    DEFAULT_LIMIT = 40

    def __init__(
        self,
        *,
        empty_text: str = "",
        more_text: str = "+{n}",
        limit: int = DEFAULT_LIMIT,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        self._empty = Static(Text(empty_text), classes="answers-empty")
        self._more = Static("", classes="answers-more")
        self._more.display = False
        self._grid = Container(classes="answer-grid")
        # Passed as children, not composed: they exist as soon as this widget does, so the screen can
        # show answers from its own on_mount.
        super().__init__(self._empty, self._more, self._grid, id=id, classes=classes)
        self.empty_text = empty_text
        self.more_text = more_text
        self.limit = max(1, limit)
        self._key: tuple[tuple[str, int], ...] | None = None
        self._cards: dict[str, AnswerCard] = {}
        self._order: list[str] = []  # the ids of the cards on screen, oldest first
        self._hidden = 0

    def show(self, answers: Sequence[Answer]) -> None:
        """Show `answers` (oldest first): the newest as cards, the others counted."""
        key = tuple((a.id, a.revision) for a in answers)
        if key == self._key:
            return
        self._key = key
        shown = list(answers[-self.limit :])
        wanted = [a.id for a in shown]
        wanted_ids = set(wanted)
        gone = [self._cards.pop(answer_id) for answer_id in self._order if answer_id not in wanted_ids]
        if gone:
            self._grid.remove_children(gone)
        kept = [answer_id for answer_id in self._order if answer_id in self._cards]
        if kept != [answer_id for answer_id in wanted if answer_id in self._cards]:
            # Another order (rare): put the kept cards in the wanted order, without remounting them.
            order = [answer_id for answer_id in wanted if answer_id in self._cards]
            for before, after in zip(order, order[1:], strict=False):
                self._grid.move_child(self._cards[after], after=self._cards[before])
        # New cards are mounted in runs, each before the next card already on screen (or at the end).
        run: list[AnswerCard] = []
        for answer in shown:
            card = self._cards.get(answer.id)
            if card is None:
                run.append(AnswerCard(answer, classes="answer-card"))
                continue
            card.show(answer)
            if run:
                self._mount_run(run, before=card)
                run = []
        if run:
            self._mount_run(run, before=None)
        added = len(self._cards) > len(kept)
        self._order = wanted
        self._hidden = len(answers) - len(shown)
        self._empty.display = not answers
        self._more.display = self._hidden > 0
        if self._hidden:
            self._more.update(Text(self.more_text.format(n=self._hidden)))
        if added:
            self.scroll_end(animate=False)

    def _mount_run(self, run: list[AnswerCard], before: AnswerCard | None) -> None:
        for card in run:
            self._cards[card.answer.id] = card
        if before is None:
            self._grid.mount(*run)
        else:
            self._grid.mount(*run, before=before)

    @property
    def cards(self) -> list[AnswerCard]:
        """The cards on screen, in their order (oldest first)."""
        return [self._cards[answer_id] for answer_id in self._order]

    @property
    def hidden(self) -> int:
        """How many older answers are counted in the "+K" line instead of shown as cards."""
        return self._hidden
