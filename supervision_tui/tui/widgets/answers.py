"""Answers as cards on the projection. Text from phones is untrusted: always `rich.text.Text`."""

from __future__ import annotations

import unicodedata
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from rich.text import Text
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

if TYPE_CHECKING:
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


@dataclass(frozen=True)
class AnswerCard:
    """One projected answer. No pseudonym on it: the speaking order names T1, T2 … aloud."""

    answer: Answer

    @property
    def visual(self) -> Text:
        """The card's text, as painted."""
        return answer_text(self.answer)


# One painted line: a note (the "+K" line, the empty area, a gap between rows), or one line of the
# cards of a row: their lines (None below a shorter card) and the width of a column.
_Line = Text | tuple[tuple[Text | None, ...], int, int]


@dataclass(frozen=True)
class _Fit:
    """Which answers fit the area, and the lines that paint them, each with a key that names what it
    shows: two lines with the same key paint the same, so only lines whose key changed are repainted.
    A line's text is put together only when it is painted (or read)."""

    shown: tuple[Answer, ...]
    hidden: int
    parts: tuple[_Line, ...]
    keys: tuple[Hashable, ...]

    def line(self, y: int) -> Text:
        part = self.parts[y]
        if isinstance(part, Text):
            return part
        cards, column_width, gutter = part
        row = Text()
        for column, card in enumerate(cards):
            if column:
                row.append(" " * gutter)
            piece = card or Text()
            row.append_text(piece)
            row.append(" " * max(0, column_width - piece.cell_len))
        return row

    @property
    def lines(self) -> list[Text]:
        return [self.line(y) for y in range(len(self.parts))]


class AnswerCards(Widget, can_focus=False):
    """The projected answers as cards, newest last: as many of the newest as fit, the rest counted.

    Answers arrive one by one while the room watches, up to 200 at a large event. The area is one
    widget of fixed size that paints its cards itself, line by line (Textual's line API): a new
    answer repaints only the lines of this area that show something else than before, from lines
    drawn once per card and kept while the card is on screen. A widget per card would cost a mount,
    a reflow of the whole screen and a full repaint for every answer, and memory per card; a
    `render()` of the whole area would lay out and convert every card again on every frame. What is
    painted is only what fits, the newest first; older answers are counted in one line on top
    ("+K weitere"), so the work per frame and the memory stay bounded however many phones answer.

    Not focusable: the presenter's Bild↓/→ must never be taken by the answer list.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "answer-cards--card",
        "answer-cards--border",
        "answer-cards--note",
    }
    GUTTER = 2  # columns between two cards side by side

    def __init__(
        self,
        *,
        empty_text: str = "",
        more_text: str = "+{n}",
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.empty_text = empty_text
        self.more_text = more_text
        self._answers: tuple[Answer, ...] = ()
        self._key: tuple[tuple[str, int], ...] = ()
        self._fit: tuple[object, _Fit] | None = None
        self._wrapped: dict[tuple[str, int, int, bool], list[Text]] = {}
        self._theme = ""
        self._styles: dict[str, Style] = {}
        # What the area painted last (its look and the keys of its lines), to repaint only the lines
        # that change; and the strip of each line on screen, drawn once.
        self._painted: tuple[tuple[object, ...], tuple[Hashable, ...]] | None = None
        self._strips: dict[Hashable, Strip] = {}

    def show(self, answers: Sequence[Answer]) -> None:
        """Show `answers` (oldest first). Repaints the lines of this area that change, and only those."""
        key = tuple((a.id, a.revision) for a in answers)
        if key == self._key:
            return
        self._key = key
        self._answers = tuple(answers)
        painted = self._painted
        if painted is None or not self.is_mounted or painted[0] != self._fit_params():
            self.refresh()  # nothing painted yet, or another size or theme: every line is drawn again
            return
        old, new = painted[1], self._layout().keys
        self._painted = (painted[0], new)
        on_screen = set(new)
        self._strips = {k: strip for k, strip in self._strips.items() if k in on_screen}
        # Consecutive changed lines as one region: a card that moved up is one span, not one per line.
        width = self.content_size.width
        spans: list[Region] = []
        for y in range(max(len(old), len(new))):
            if y < len(old) and y < len(new) and old[y] == new[y]:
                continue
            if spans and spans[-1].bottom == y:
                spans[-1] = spans[-1].grow((0, 0, 1, 0))
            else:
                spans.append(Region(0, y, width, 1))
        if spans:
            self.refresh(*spans)

    @property
    def cards(self) -> list[AnswerCard]:
        """The cards on screen, oldest first."""
        return [AnswerCard(answer) for answer in self._layout().shown]

    @property
    def hidden(self) -> int:
        """How many older answers are counted in the "+K" line instead of painted as cards."""
        return self._layout().hidden

    def render(self) -> Text:
        """The area as text (what `render_line` paints, line by line)."""
        return Text("\n").join(self._layout().lines)

    def render_line(self, y: int) -> Strip:
        fit = self._layout()
        params = self._fit_params()
        if self._painted is None or self._painted[0] != params:
            self._strips = {}
        self._painted = (params, fit.keys)
        base = self.visual_style.rich_style
        if y >= len(fit.keys):
            return Strip.blank(self.content_size.width, base)
        key = fit.keys[y]
        strip = self._strips.get(key)
        if strip is None:
            line = fit.line(y)
            strip = Strip(line.render(self.app.console, end=""), line.cell_len).apply_style(base)
            self._strips[key] = strip
        return strip

    # --- layout --------------------------------------------------------------------------------

    def _variant(self) -> tuple[int, bool, bool]:
        """(columns, round borders, space between rows) from the screen's size classes."""
        try:
            screen = self.screen
        except Exception:  # not mounted yet: one column
            return 1, False, True
        huge = screen.has_class("-huge")
        return (2 if screen.has_class("-wide") else 1), huge, not (huge or screen.has_class("-short"))

    def _fit_params(self) -> tuple[object, ...]:
        """What a line's look depends on besides the answers: size, columns, borders, colours."""
        theme = self.app.theme if self.is_attached else ""
        return (*self.content_size, *self._variant(), theme)

    def _layout(self) -> _Fit:
        width, height = self.content_size
        columns, huge, spaced = self._variant()
        theme = self.app.theme if self.is_attached else ""
        if theme != self._theme:  # other colours: every card is drawn again
            self._theme, self._wrapped, self._styles = theme, {}, {}
        cache_key = (self._key, width, height, columns, huge, spaced, theme)
        if self._fit is not None and self._fit[0] == cache_key:
            return self._fit[1]
        fit = self._fit_cards(width, height, columns, huge, spaced)
        self._fit = (cache_key, fit)
        return fit

    def _fit_cards(self, width: int, height: int, columns: int, huge: bool, spaced: bool) -> _Fit:
        answers = self._answers
        note = self._style("answer-cards--note")
        if not answers:
            # Wrapped, not clipped: beside the mood chart and the speaking order the column is narrow.
            empty = Text(self.empty_text, style=note)
            fitted = empty.wrap(self.app.console, width) if self.is_attached and width > 0 else [empty]
            lines = tuple(fitted)[: max(1, height)]
            return _Fit((), 0, lines, tuple(("empty", i) for i in range(len(lines))))
        if width <= 0 or height <= 0:  # not laid out yet: everything counts as shown
            return _Fit(answers, 0, (), ())
        column_width = max(8, (width - self.GUTTER * (columns - 1)) // columns)
        # Rows as in a grid filled left to right, the newest row last; taken from the newest back.
        rows = [answers[i : i + columns] for i in range(0, len(answers), columns)]
        taken: list[list[list[Text]]] = []
        used = 0
        wrapped: dict[tuple[str, int, int, bool], list[Text]] = {}
        for index in range(len(rows) - 1, -1, -1):
            cards = [self._card_lines(a, column_width, huge, wrapped) for a in rows[index]]
            row_height = max(len(lines) for lines in cards) + (1 if spaced and taken else 0)
            more_line = 1 if index > 0 else 0
            if taken and used + row_height + more_line > height:
                break
            taken.insert(0, cards)
            used += row_height
        self._wrapped = wrapped  # only the cards on screen stay cached
        first = len(rows) - len(taken)
        shown = tuple(a for row in rows[first:] for a in row)
        hidden = len(answers) - len(shown)
        parts: list[_Line] = []
        keys: list[Hashable] = []
        if hidden:
            parts.append(Text(self.more_text.format(n=hidden), style=note))
            keys.append(("more", hidden))
        for number, cards in enumerate(taken):
            row_key = tuple((a.id, a.revision) for a in rows[first + number])
            if number and spaced:
                parts.append(Text())
                keys.append(("gap",))
            for line in range(max(len(card) for card in cards)):
                parts.append(
                    (
                        tuple(card[line] if line < len(card) else None for card in cards),
                        column_width,
                        self.GUTTER,
                    )
                )
                keys.append((row_key, line))
        return _Fit(shown, hidden, tuple(parts[:height]), tuple(keys[:height]))

    def _card_lines(
        self, answer: Answer, width: int, huge: bool, keep: dict[tuple[str, int, int, bool], list[Text]]
    ) -> list[Text]:
        key = (answer.id, answer.revision, width, huge)
        lines = self._wrapped.get(key) or keep.get(key)
        if lines is None:
            lines = self._draw_card(answer, width, huge)
        keep[key] = lines
        return lines

    def _draw_card(self, answer: Answer, width: int, huge: bool) -> list[Text]:
        """A card as lines: a thick accent bar on the left (round box on huge screens), bold text."""
        text_style = self._style("answer-cards--card")
        border = self._style("answer-cards--border")
        inner = max(1, width - (4 if huge else 3))
        body = answer_text(answer)
        body.stylize(text_style)
        wrapped = body.wrap(self.app.console, inner, overflow="fold") if self.is_attached else [body]
        lines: list[Text] = []
        if huge:
            lines.append(Text("╭" + "─" * (width - 2) + "╮", style=border))
        for part in wrapped:
            part.rstrip()
            # The border as a span, not as the line's base style: that would colour the padding too.
            line = Text()
            line.append("│ " if huge else "█ ", style=border)
            line.append_text(part)
            line.append(" " * max(0, inner - part.cell_len))
            line.append(" │" if huge else " ", style=border)
            lines.append(line)
        if huge:
            lines.append(Text("╰" + "─" * (width - 2) + "╯", style=border))
        return lines

    def _style(self, component: str) -> Style:
        # Looked up once per theme (`_layout` empties the cache): Textual resolves it through the CSS.
        style = self._styles.get(component)
        if style is None:
            try:
                style = self.get_component_rich_style(component)
            except Exception:  # not mounted yet: plain, and looked up again next time
                return Style()
            self._styles[component] = style
        return style
