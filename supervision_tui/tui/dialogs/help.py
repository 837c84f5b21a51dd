"""The help overlay: every key of the screen below, and how to set up the two views."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Label, Static

from ..widgets.views import beamer_command
from .base import Dialog


class HelpScreen(Dialog[None]):
    """Every key of the screen below, with what it does."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,question_mark", "close", "key.close")]

    def __init__(self, entries: list[tuple[str, str]]) -> None:
        super().__init__()
        self.entries = entries

    def compose(self) -> ComposeResult:
        table = Text()
        width = max((len(k) for k, _ in self.entries), default=4)
        for key, description in self.entries:
            table.append(f"{key:>{width}}  ", "bold")
            table.append(f"{description}\n")
        with Vertical(classes="dialog help-dialog"):
            yield Label(self.t("help.title"), classes="dialog-title")
            yield Static(table, id="help-keys")
            yield Static(self.t("help.intro"), classes="dialog-hint")
            views = Text(self.t("help.views", command=beamer_command(self.sup.sessions_dir)))
            yield Static(views, id="help-views", classes="dialog-hint")
            yield Static(self.t("help.close"), classes="dialog-hint")

    def action_close(self) -> None:
        self.dismiss()
