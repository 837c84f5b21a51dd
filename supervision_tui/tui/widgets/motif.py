"""The diamond drawn beside the Glitzermoment question, as on the paper sheet."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from .bigtext import ink

_DIAMOND = (
    "..#######..",
    ".#..#.#..#.",
    "###########",
    ".#...#...#.",
    "..#..#..#..",
    "...#.#.#...",
    "....###....",
    ".....#.....",
)


class Diamond(Widget):
    """A small pixel diamond (half blocks); its colour comes from the stylesheet."""

    def render(self) -> Text:
        rows = [[c == "#" for c in row] for row in _DIAMOND]
        out = []
        for y in range(0, len(rows), 2):
            top, bottom = rows[y], rows[y + 1]
            out.append(
                "".join(
                    "█" if t and b else "▀" if t else "▄" if b else " "
                    for t, b in zip(top, bottom, strict=True)
                )
            )
        return ink(out, self.rich_style.color)
