"""Big, projector-readable text drawn with our own pixel font, as large as the terminal allows."""

from __future__ import annotations

import math
import textwrap
from enum import StrEnum
from itertools import groupby

from rich.color import Color
from rich.style import Style
from rich.text import Text
from textual.geometry import Size
from textual.reactive import reactive
from textual.widget import Widget

from . import font


class Scale(StrEnum):
    """How many cells one font pixel takes: the first that fits wins."""

    DOUBLE = "double"  # 2 columns × 1 row: square pixels, twice the half-block size
    TALL = "tall"  # 1 column × 1 row: a condensed, tall face
    HALF = "half"  # 1 column × half a row (▀ ▄ █): square pixels, the compact size
    PLAIN = "plain"  # ordinary bold text, when nothing else fits


_PIXEL_COLUMNS = {Scale.DOUBLE: 2, Scale.TALL: 1, Scale.HALF: 1}


def _pixel_rows(lines: int) -> int:
    return lines * font.HEIGHT + (lines - 1) * font.LINE_GAP


def rows_needed(scale: Scale, lines: int) -> int:
    pixels = _pixel_rows(lines)
    return math.ceil(pixels / 2) if scale is Scale.HALF else pixels


def layout(text: str, width: int, max_rows: int, scales: tuple[Scale, ...]) -> tuple[Scale, list[str]]:
    """The biggest scale whose word-wrapped text fits `width` × `max_rows` cells."""
    for scale in scales:
        if scale is Scale.PLAIN:
            break
        lines = font.wrap(text, width // _PIXEL_COLUMNS[scale])
        if lines is not None and rows_needed(scale, max(len(lines), 1)) <= max_rows:
            return scale, lines
    return Scale.PLAIN, textwrap.wrap(text, max(width, 1)) or [""]


def draw(lines: list[str], scale: Scale, width: int, align: str = "left") -> list[str]:
    """Terminal rows for `lines` at `scale`, each `width` cells wide."""
    if scale is Scale.PLAIN:
        return lines
    columns = _PIXEL_COLUMNS[scale]
    pixel_width = max(width // columns, 1)
    rows: list[list[bool]] = []
    for index, line in enumerate(lines):
        if index:
            rows.extend([False] * pixel_width for _ in range(font.LINE_GAP))
        block = font.bitmap([line])
        line_px = len(block[0]) if block else 0
        offset = 0
        if align == "center":
            offset = max((pixel_width - line_px) // 2, 0)
        elif align == "right":
            offset = max(pixel_width - line_px, 0)
        for row in block:
            padded = [False] * pixel_width
            padded[offset : offset + line_px] = row[: pixel_width - offset]
            rows.append(padded)
    if scale is Scale.HALF:
        if len(rows) % 2:
            rows.append([False] * pixel_width)
        return [
            "".join(_half(top, bottom) for top, bottom in zip(rows[y], rows[y + 1], strict=True))
            for y in range(0, len(rows), 2)
        ]
    cell = "█" * columns
    blank = " " * columns
    return ["".join(cell if on else blank for on in row) for row in rows]


def ink(rows: list[str], color: Color | None) -> Text:
    """Turn drawn rows into text: full blocks become coloured background cells, which every
    terminal (and the SVG screenshots) paints edge to edge, unlike the `█` glyph in many fonts."""
    solid = Style(bgcolor=color)
    half = Style(color=color)
    text = Text(no_wrap=True, overflow="crop")
    for index, row in enumerate(rows):
        if index:
            text.append("\n")
        for char, run in groupby(row):
            count = len(list(run))
            if char == "█":
                text.append(" " * count, solid)
            elif char in "▀▄":
                text.append(char * count, half)
            else:
                text.append(char * count)
    return text


def _half(top: bool, bottom: bool) -> str:
    if top and bottom:
        return "█"
    if top:
        return "▀"
    return "▄" if bottom else " "


class BigText(Widget):
    """A line or two in the pixel font; falls back to bold text when even the compact size won't fit.

    `max_rows` caps the height in cells; without it the cap is `ratio` of the screen height.
    """

    text: reactive[str] = reactive("", layout=True)

    def __init__(
        self,
        text: str = "",
        *,
        max_rows: int | None = None,
        ratio: float = 0.4,
        scales: tuple[Scale, ...] = (Scale.DOUBLE, Scale.TALL, Scale.HALF),
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.max_rows = max_rows
        self.ratio = ratio
        self.scales = scales
        self.set_reactive(BigText.text, text)

    def _budget(self, viewport_height: int) -> int:
        if self.max_rows is not None:
            return self.max_rows
        return max(int(viewport_height * self.ratio), 3)

    def _layout(self, width: int, viewport_height: int) -> tuple[Scale, list[str]]:
        return layout(self.text, width, self._budget(viewport_height), self.scales)

    @property
    def scale(self) -> Scale:
        """The scale the text is drawn at right now."""
        return self._layout(self.content_size.width, self.app.size.height)[0]

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return container.width

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        scale, lines = self._layout(width, viewport.height)
        return len(lines) if scale is Scale.PLAIN else rows_needed(scale, len(lines))

    def render(self) -> Text:
        width = self.content_size.width
        scale, lines = self._layout(width, self.app.size.height)
        align = str(self.styles.text_align)
        if scale is Scale.PLAIN:
            return Text("\n".join(lines), style="bold", justify="center" if align == "center" else "left")
        return ink(draw(lines, scale, width, align), self.rich_style.color)
