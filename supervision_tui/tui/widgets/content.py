"""Setting a widget's text only when it changes."""

from __future__ import annotations

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
