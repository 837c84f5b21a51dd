"""Assign a role of the case discussion to a pseudonym."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from .base import Dialog


class RoleDialog(Dialog[tuple[str, str]]):
    """Assign one role of the current step to a pseudonym (T1, T2 …)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "key.close")]

    def __init__(self, roles: list[str], people: list[str]) -> None:
        super().__init__()
        self.roles = roles
        self.people = people

    def compose_dialog(self) -> ComposeResult:
        yield Label(self.t("role.title"), classes="dialog-title")
        if not self.people:
            yield Static(self.t("role.nobody"), classes="dialog-hint")
        else:
            with Horizontal(classes="role-lists"):
                with Vertical():
                    yield Label(self.t("role.role"))
                    yield OptionList(*(Option(Text(r), id=r) for r in self.roles), id="roles")
                with Vertical():
                    yield Label(self.t("role.person"))
                    yield OptionList(*(Option(p, id=p) for p in self.people), id="people")

    @on(OptionList.OptionSelected, "#roles")
    def _role_chosen(self) -> None:
        self.query_one("#people", OptionList).focus()

    @on(OptionList.OptionSelected, "#people")
    def _person_chosen(self, event: OptionList.OptionSelected) -> None:
        roles = self.query_one("#roles", OptionList)
        role = self.roles[roles.highlighted or 0]
        if event.option.id is not None:  # every person's option carries the T-code as its id
            self.dismiss((role, event.option.id))

    def action_cancel(self) -> None:
        self.dismiss(None)
