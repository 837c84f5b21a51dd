"""A concern the supervisor types in herself, with its urgency and who brings it."""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Input, Label, Select

from ...models import Case, Urgency, max_length
from .base import Dialog, selected_urgency, urgency_select


class NewConcern(NamedTuple):
    title: str  # raw: the engine anonymizes it
    urgency: Urgency
    brought_by: str | None  # a T-code, or None: nobody here brings it


class AddCaseDialog(Dialog[NewConcern]):
    """The supervisor types a concern herself (the title goes through the anonymizer) and says who
    brings it: a T-code, or nobody here (then no one is the case giver)."""

    # Enter in the title field saves too; Strg+S also from the urgency and who-brings-it choices, where
    # Enter opens the choice.
    BINDINGS: ClassVar[list[BindingType]] = [
        # Not a priority binding: that ran before the letters typed just before it reached the field.
        Binding("ctrl+s", "save", "key.save"),
        Binding("escape", "cancel", "key.close"),
    ]

    def compose_dialog(self) -> ComposeResult:
        yield Label(self.t("intake.add_title"), classes="dialog-title")
        yield from self.masked_input(
            self.t("intake.add_placeholder"), id="case-title", max_length=max_length(Case, "title")
        )
        yield urgency_select(self.t, "case-urgency")
        people = [
            (self.t("intake.brought_by", who=p.label), p.label) for p in self.engine.session.participants
        ]
        yield Select(
            [(self.t("intake.nobody_here"), ""), *people], value="", allow_blank=False, id="case-giver"
        )

    @on(Input.Submitted, "#case-title")
    def _submitted(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        title = self.query_one("#case-title", Input)
        if not title.value.strip():
            title.focus()  # nothing to save yet: back to where the title is typed
            return
        urgency = selected_urgency(self.query_one("#case-urgency", Select))
        giver = str(self.query_one("#case-giver", Select).value or "") or None
        self.dismiss(NewConcern(title.value, urgency, giver))

    def action_cancel(self) -> None:
        self.dismiss(None)
