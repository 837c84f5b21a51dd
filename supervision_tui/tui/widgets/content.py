"""Setting a widget's text only when it changes, and text shown alike on several screens."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.text import Text
from textual.visual import VisualType
from textual.widgets import Static


def update_static(widget: Static, content: VisualType) -> None:
    """`widget.update(content)` unless the widget shows `content` already.

    A screen syncs from the engine for every answer, and `Static.update` always asks for a layout of
    the whole screen, which then paints every widget again. Most syncs change one number, so most
    updates would lay out and paint for nothing, and the form server's requests wait behind them.
    """
    if widget.content != content:  # `rich.text.Text` compares by text and styles
        widget.update(content)


def numbered(lines: Iterable[str]) -> Text:
    """`lines` one under the other, numbered from 1 (the agreements, on the closing screen and after)."""
    text = Text()
    for index, line in enumerate(lines):
        if index:
            text.append("\n")
        text.append(f"{index + 1}. ", style="bold")
        text.append(line)
    return text


def listed_or_counted(lines: Sequence[str], *, listed: bool, none: str, counted: str) -> Text:
    """The agreements as a console screen may show them: numbered while a projection follows in a window of
    its own (`listed`), else only `counted` (their number; this screen may be what the room sees), or `none`."""
    if not lines:
        return Text(none)
    return numbered(lines) if listed else Text(counted)
