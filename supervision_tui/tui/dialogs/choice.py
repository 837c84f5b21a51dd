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


class ChoiceDialog(Dialog[str]):
    """Pick one entry of a list; dismisses with its id (or None)."""

    # Enter is the list's own key; bound here too, so the key bar says what it does.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "choose", "key.choose", priority=True),
        Binding("escape", "cancel", "key.close"),
    ]

    def __init__(self, title: str, choices: Sequence[tuple[str, Text | str]], empty: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.choices = choices
        self.empty = empty

    def compose_dialog(self) -> ComposeResult:
        yield Label(Text(self.title_text), classes="dialog-title")
        if self.choices:
            yield OptionList(*(Option(prompt, id=cid) for cid, prompt in self.choices), id="choices")
        else:
            yield Static(Text(self.empty), classes="dialog-hint")

    @on(OptionList.OptionSelected, "#choices")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return action != "choose" or bool(self.choices)  # an empty list has nothing to choose

    def action_choose(self) -> None:
        choices = self.query_one("#choices", OptionList)
        if choices.highlighted is not None:
            self.dismiss(choices.get_option_at_index(choices.highlighted).id)

    def action_cancel(self) -> None:
        self.dismiss(None)
