"""The live histogram of the mood scale 1–5: one bar per value, count at the end."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget


class MoodChart(Widget):
    """Horizontal bars scaled to the widget's size; colours come from the stylesheet.

    Bars are background-coloured cells rather than `█` glyphs, so they end exactly where they
    should in every terminal font; with more rows than five, each bar gets thicker.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"mood-chart--bar", "mood-chart--label", "mood-chart--empty"}

    counts: reactive[tuple[int, ...]] = reactive((0, 0, 0, 0, 0))

    def render(self) -> Text:
        counts = list(self.counts)
        most = max(counts) or 1
        label_style = self.get_component_rich_style("mood-chart--label")
        bar_style = Style(bgcolor=self.get_component_rich_style("mood-chart--bar").color)
        empty_style = self.get_component_rich_style("mood-chart--empty")
        count_width = max(len(str(c)) for c in counts)
        room = max(self.content_size.width - 3 - count_width, 1)
        thickness = max(self.content_size.height // 5, 1)
        text = Text(no_wrap=True, overflow="crop")
        lines = 0
        # 5 (sehr gut) on top, like the scale on the paper sheet
        for value in range(5, 0, -1):
            count = counts[value - 1]
            length = round(room * count / most)
            for row in range(thickness):
                if lines:
                    text.append("\n")
                lines += 1
                middle = row == (thickness - 1) // 2
                gap = thickness > 2 and row == thickness - 1  # air between thick bars
                text.append(f"{value} " if middle else "  ", label_style)
                if gap:
                    text.append(" " * room)
                elif count:
                    text.append(" " * length, bar_style)
                    text.append(" " * (room - length))
                else:
                    text.append("·" * room if middle else " " * room, empty_style)
                text.append(f" {count:>{count_width}}" if middle else " " * (count_width + 1), label_style)
        return text
