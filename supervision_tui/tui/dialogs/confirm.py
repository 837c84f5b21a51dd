"""Yes or no, asked before anything that cannot be undone."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Button, Static

from .base import Dialog


class ConfirmDialog(Dialog[bool]):
    """Yes / no; dismisses with a bool."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "answer(True)", "key.yes"),
        Binding("y", "answer(True)", "key.yes", show=False),  # an English keyboard habit, not shown
        Binding("n,escape", "answer(False)", "key.no"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose_dialog(self) -> ComposeResult:
        yield Static(Text(self.question), classes="dialog-question")
        with Horizontal(classes="dialog-buttons"):
            yield Button(self.t("key.yes"), id="yes", variant="error")
            yield Button(self.t("key.no"), id="no", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
