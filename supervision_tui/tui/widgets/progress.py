"""Where the room stands, as one line of text: the phases of a case discussion and the Blitzlicht order.
Shared by the console's screens and the projection, so both say it the same way."""

from __future__ import annotations

from collections.abc import Container, Sequence

from rich.text import Text
from textual.geometry import Size
from textual.widgets import Static

from .content import update_static


def phase_bar(names: Sequence[str], current: int) -> list[Text]:
    """ "✓ Rollen ›", "2 Spontanerzählung ›", "3 …": done phases ticked, the current one highlighted; one
    item per phase, for `PhaseBar`, which breaks lines between phases only."""
    items = []
    for index, name in enumerate(names):
        item = Text()
        if index == current:
            item.append(f" {index + 1} {name} ", style="bold reverse")
        elif index < current:
            item.append(f"✓ {name}")
        else:
            item.append(f"{index + 1} {name}")
        if index + 1 < len(names):
            item.append(" ›")
        items.append(item)
    return items


def packed(items: Sequence[Text], width: int) -> Text:
    """`items` side by side, a space apart, on as many lines as `width` needs: a line breaks between two
    items, never inside one (one wider than `width` has a line of its own and wraps there)."""
    line = Text()
    column = 0
    for item in items:
        size = item.cell_len
        if column and column + 1 + size > width:
            line.append("\n")
            column = 0
        elif column:
            line.append(" ")
            column += 1
        line.append_text(item)
        column += size
    return line


class PhaseBar(Static):
    """Where the case discussion stands (`phase_bar`), wrapped between phases: on an 80-column projection
    the current phase ("5 Beratung") is never cut in two across lines. Its content is the bar on one
    line; it is drawn packed to the width."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id)
        self._items: list[Text] = []

    def show(self, names: Sequence[str], current: int) -> None:
        self._items = phase_bar(names, current)
        update_static(self, Text(" ").join(self._items))

    def text(self) -> Text:
        """The bar as it is drawn at the widget's width."""
        return packed(self._items, max(self.content_size.width, 1))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        lines = packed(self._items, max(width, 1)).wrap(self.app.console, max(width, 1))
        return max(len(lines), 1)

    def render(self) -> Text:
        return self.text()


def speaking_order(order: Sequence[str], position: int, passed: Container[str], passed_word: str) -> Text:
    """ "✓T2 › T5 (setzt aus) › T3 › T1": who spoke, who sat out, who speaks now and who is next."""
    line = Text()
    for index, label in enumerate(order):
        if index:
            line.append(" › ")
        if index == position:
            line.append(f" {label} ", style="bold reverse")
        elif label in passed:
            line.append(f"{label} ({passed_word})", style="strike")
        elif index < position:
            line.append(f"✓{label}")
        else:
            line.append(label)
    return line
