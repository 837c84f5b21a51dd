"""An answer for someone without a phone, typed masked by the supervisor."""

from __future__ import annotations

from functools import partial
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Input, Label, Select, Static

from ...engine import AnswerInput
from ...models import Consent, InputKind, max_length
from .base import Dialog, selected_urgency, urgency_select


class PaperAnswerDialog(Dialog[AnswerInput]):
    """An answer for someone without a phone: a mood and an optional sentence, a sentence, or a concern.
    Typed masked like every note (the room sees the anonymized preview); private by default."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "key.close")]

    def __init__(self, kind: InputKind, step_id: str, phase: int | None) -> None:
        super().__init__()
        self.kind, self.step_id, self.phase = kind, step_id, phase

    def compose_dialog(self) -> ComposeResult:
        yield Label(self.t("paper.title"), classes="dialog-title")
        yield Static(self.t("paper.hint"), classes="dialog-hint")
        if self.kind is InputKind.MOOD:
            yield Select(
                [(f"{n} – {self.t(f'paper.mood_{n}')}", n) for n in range(1, 6)],
                prompt=self.t("paper.mood"),
                id="paper-mood",
            )
        if self.kind is InputKind.INTAKE:
            yield urgency_select(self.t, "paper-urgency")
        # A concern's sentence is its title; any other is the answer's text.
        field = "title" if self.kind is InputKind.INTAKE else "text"
        yield from self.masked_input(
            self.t(f"paper.{field}_placeholder"), id="paper-text", max_length=max_length(AnswerInput, field)
        )
        yield Static("", id="paper-error")

    @on(Input.Submitted, "#paper-text")
    def _submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        answer = partial(AnswerInput, step_id=self.step_id, phase=self.phase, consent=Consent.PRIVATE)
        if self.kind is InputKind.MOOD:
            mood = self.query_one("#paper-mood", Select).value
            if not isinstance(mood, int):
                self.query_one("#paper-error", Static).update(self.t("paper.need_mood"))
                return
            self.dismiss(answer(mood=mood, text=text))
        elif not text:
            return
        elif self.kind is InputKind.INTAKE:
            self.dismiss(
                answer(title=text, urgency=selected_urgency(self.query_one("#paper-urgency", Select)))
            )
        else:
            self.dismiss(answer(text=text))

    def action_cancel(self) -> None:
        self.dismiss(None)
