"""Pick one entry of a list (a case, a private concern, an idea to take along)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from .base import Dialog


class ChoiceList(OptionList):
    """The list's own Enter, shown in the key bar. Not a priority binding on the dialog: that one ran
    before the list had handled a ↓ typed just before it, and Enter chose the entry above."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "select", "key.choose")]


class ChoiceDialog(Dialog[str]):
    """Pick one entry of a list; dismisses with its id (or None)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "key.close")]

    def __init__(self, title: str, choices: Sequence[tuple[str, Text | str]], empty: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.choices = choices
        self.empty = empty

    def compose_dialog(self) -> ComposeResult:
        yield Label(Text(self.title_text), classes="dialog-title")
        if self.choices:
            yield ChoiceList(*(Option(prompt, id=cid) for cid, prompt in self.choices), id="choices")
        else:
            yield Static(Text(self.empty), classes="dialog-hint")

    @on(OptionList.OptionSelected, "#choices")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
