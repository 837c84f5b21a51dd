"""The closing round: answers like any round, plus the agreements for next time."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Input, Label, Static

from ..widgets import AnswerCards
from .round import QuestionScreen
from .typing import AnonymizedPreview


class ClosingScreen(QuestionScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("v", "edit_agreement", "key.agreement"),
        Binding("escape", "leave", "key.leave"),
    ]
    TYPING_BLOCKED = QuestionScreen.TYPING_BLOCKED | {"edit_agreement"}

    def compose_body(self) -> ComposeResult:
        yield from self.compose_question()
        yield from self.compose_status()
        with Horizontal(id="closing-row"):
            yield AnswerCards(empty_text=self.t("answers.empty"), id="cards")
            if self.engine.position.step.agreements:
                with Vertical(id="agreements-box"):
                    yield Label(self.t("closing.agreements"), classes="box-title")
                    with VerticalScroll(id="agreements-scroll", can_focus=False):
                        yield Static("", id="agreements")
                    # Masked: the room sees the anonymized preview, never the raw agreement.
                    yield Input(
                        placeholder=self.t("closing.placeholder"),
                        id="agreement-input",
                        max_length=500,
                        password=True,
                    )
                    yield AnonymizedPreview(self.t("typing.preview"), id="agreement-preview")

    def refresh_view(self) -> None:
        engine = self.engine
        self.refresh_counts()
        self.query_one("#cards", AnswerCards).show(engine.projected())
        if not engine.position.step.agreements:
            return
        agreements = engine.session.agreements
        text = Text()
        for index, agreement in enumerate(agreements):
            if index:
                text.append("\n")
            text.append(f"{index + 1}. ", style="bold")
            text.append(agreement.text)
        self.query_one("#agreements", Static).update(text if agreements else Text(self.t("closing.none")))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "leave":
            return isinstance(self.focused, Input)
        if action == "edit_agreement" and not self.engine.position.step.agreements:
            return False
        return super().check_action(action, parameters)

    def action_edit_agreement(self) -> None:
        self.query_one("#agreement-input", Input).focus()

    def action_leave(self) -> None:
        self.set_focus(None)

    @on(Input.Changed, "#agreement-input")
    def _typed(self, event: Input.Changed) -> None:
        self.query_one("#agreement-preview", AnonymizedPreview).show(self.engine, event.value)

    @on(Input.Submitted, "#agreement-input")
    def _agreement(self, event: Input.Submitted) -> None:
        if not event.value.strip():
            return
        if self.guarded(self.engine.add_agreement, event.value):
            event.input.clear()
            self.notify(self.t("notice.agreement_saved"), timeout=2)
