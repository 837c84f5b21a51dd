"""One line on top: where the session stands and how many phones are connected."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label

from .content import update_static


class StepHeader(Horizontal):
    def compose(self) -> ComposeResult:
        yield Label("", id="header-title")
        yield Label("", id="header-info")

    def show(self, title: str, info: str) -> None:
        update_static(self.query_one("#header-title", Label), Text(title))
        update_static(self.query_one("#header-info", Label), Text(info))
