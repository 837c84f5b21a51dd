"""The agreements saved in this session, behind the cover: one window may be what the room sees."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Label, Static

from ..widgets.content import numbered
from .base import Dialog


class AgreementsDialog(Dialog[None]):
    """The session's agreements, numbered as the summary numbers them; Esc closes."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "key.close")]

    def compose_dialog(self) -> ComposeResult:
        yield Label(self.t("closing.agreements"), classes="dialog-title")
        yield Static(numbered(a.text for a in self.engine.session.agreements), id="agreements-list")

    def action_close(self) -> None:
        self.dismiss()
