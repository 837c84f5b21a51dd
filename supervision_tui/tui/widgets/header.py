"""One line on top: where the session stands and how many phones are connected."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label


class StepHeader(Horizontal):
    def compose(self) -> ComposeResult:
        yield Label("", id="header-title")
        yield Label("", id="header-info")

    def show(self, title: str, info: str) -> None:
        self.query_one("#header-title", Label).update(Text(title))
        self.query_one("#header-info", Label).update(Text(info))
