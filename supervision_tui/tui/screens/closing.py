"""The closing round: answers like any round, the last session's agreements to follow up, and the
agreements for next time."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Input, Label, Static

from ...models import Agreement, FollowUpState, max_length
from ..widgets import AnswerCards
from ..widgets.content import update_static
from .question import QuestionScreen

_MARK_ACTIONS = frozenset({"mark_follow_up", "choose_follow_up"})


class ClosingScreen(QuestionScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("v", "edit_agreement", "key.agreement"),
        Binding("escape", "leave", "key.leave"),
        # The last session's agreements: choose one, then mark what became of it.
        Binding("down", "choose_follow_up(1)", "key.follow_up_choose"),
        Binding("up", "choose_follow_up(-1)", "key.follow_up_choose"),
        Binding("e", "mark_follow_up('done')", "key.follow_up_done"),
        Binding("w", "mark_follow_up('ongoing')", "key.follow_up_ongoing"),
        Binding("x", "mark_follow_up('dropped')", "key.follow_up_dropped"),
    ]
    follow_up_index = 0

    def compose_body(self) -> ComposeResult:
        yield from self.compose_question()
        yield from self.compose_status()
        with Horizontal(id="closing-row"):
            yield AnswerCards(
                empty_text=self.t("answers.empty"), more_text=self.t("answers.more"), id="cards"
            )
            if self.engine.position.step.agreements:
                with Vertical(id="agreements-box"):
                    if self.engine.session.follow_ups:
                        yield Label(self.t("closing.follow_ups"), classes="box-title")
                        yield Static("", id="follow-ups")
                    yield Label(self.t("closing.agreements"), classes="box-title")
                    with VerticalScroll(id="agreements-scroll", can_focus=False):
                        yield Static("", id="agreements")
                    yield from self.masked_input(
                        self.t("closing.placeholder"),
                        id="agreement-input",
                        max_length=max_length(Agreement, "text"),
                    )

    def refresh_view(self) -> None:
        engine = self.engine
        self.refresh_counts()
        self.query_one("#cards", AnswerCards).show(engine.projected())
        if not engine.position.step.agreements:
            return
        self.show_follow_ups()
        agreements = engine.session.agreements
        text = Text()
        for index, agreement in enumerate(agreements):
            if index:
                text.append("\n")
            text.append(f"{index + 1}. ", style="bold")
            text.append(agreement.text)
        update_static(
            self.query_one("#agreements", Static), text if agreements else Text(self.t("closing.none"))
        )

    def show_follow_ups(self) -> None:
        follow_ups = self.engine.session.follow_ups
        if not follow_ups:
            return
        text = Text()
        for index, follow_up in enumerate(follow_ups):
            if index:
                text.append("\n")
            chosen = index == self.follow_up_index
            text.append("▶ " if chosen else "  ", style="bold")
            # the state first: it is what the room decides here, and it stays put when the text wraps
            state = follow_up.state
            text.append(
                f"{self.t(f'follow_up.{state.value}')}: ", style="" if state is FollowUpState.OPEN else "bold"
            )
            text.append(follow_up.text, style="reverse" if chosen else "")
        update_static(self.query_one("#follow-ups", Static), text)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in _MARK_ACTIONS and not (
            self.engine.position.step.agreements and self.engine.session.follow_ups
        ):
            return False
        if action == "leave":
            return isinstance(self.focused, Input)
        if action == "edit_agreement" and not self.engine.position.step.agreements:
            return False
        return super().check_action(action, parameters)

    def action_edit_agreement(self) -> None:
        self.query_one("#agreement-input", Input).focus()

    def action_choose_follow_up(self, step: int) -> None:
        self.follow_up_index = (self.follow_up_index + step) % len(self.engine.session.follow_ups)
        self.show_follow_ups()

    def action_mark_follow_up(self, state: str) -> None:
        follow_up = self.engine.session.follow_ups[self.follow_up_index]
        self.guarded(self.engine.mark_follow_up, follow_up.agreement_id, FollowUpState(state))

    def action_leave(self) -> None:
        self.set_focus(None)

    @on(Input.Submitted, "#agreement-input")
    def _agreement(self, event: Input.Submitted) -> None:
        if not event.value.strip():
            return
        if self.guarded(self.engine.add_agreement, event.value):
            event.input.clear()
            self.notify(self.t("notice.agreement_saved"), timeout=2)
