"""The closing round: answers like any round, the last session's agreements to follow up, and the
agreements for next time.

The agreements typed here are never projected (`room.py`): they are the supervisor's typed text, with
no approval and no doubt review. So this screen lists them only while a projection follows in a window
of its own; without one it may be what the room sees, and it shows their number, the list behind the
cover (key a).
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Input, Label, Static

from ...models import Agreement, FollowUpState, max_length
from ..dialogs import AgreementsDialog, behind_cover
from ..messages import ProjectionChanged
from ..widgets import AnswerCards
from ..widgets.content import listed_or_counted, update_static
from .question import QuestionScreen

_MARK_ACTIONS = frozenset({"mark_follow_up", "choose_follow_up"})
# What became of one of the last session's agreements, by its key ("open" is where each one starts).
_MARK_KEYS = {"e": FollowUpState.DONE, "w": FollowUpState.ONGOING, "x": FollowUpState.DROPPED}


class ClosingScreen(QuestionScreen):
    # In the order of the agreements box: the last session's agreements (choose one, then mark what
    # became of it) above this session's.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "choose_follow_up(1)", "key.follow_up_choose"),
        Binding("up", "choose_follow_up(-1)", "key.follow_up_choose"),
        *(
            Binding(key, f"mark_follow_up('{state.value}')", f"key.follow_up_{state.value}")
            for key, state in _MARK_KEYS.items()
        ),
        Binding("v", "edit_agreement", "key.agreement"),
        Binding("a", "show_agreements", "key.show_agreements"),
    ]
    follow_up_index = 0
    _listed: bool | None = None  # the agreements listed (a projection follows), or only counted

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

    def on_projection_changed(self, _: ProjectionChanged) -> None:
        # a projection started or stopped following while the round runs
        if self.engine.position.step.agreements:
            self._follow_projection()

    def refresh_view(self) -> None:
        engine = self.engine
        self.refresh_counts()
        self.query_one("#cards", AnswerCards).show(engine.projected())
        if not engine.position.step.agreements:
            return
        self.show_follow_ups()
        self.show_agreements()

    def _follow_projection(self) -> None:
        if self.sup.projection_follows != self._listed:
            self.show_agreements()
            self.refresh_bindings()

    def show_agreements(self) -> None:
        """The list while a projection follows; otherwise only how many there are."""
        self._listed = self.sup.projection_follows
        agreements = [a.text for a in self.engine.session.agreements]
        shown = listed_or_counted(
            agreements,
            listed=self._listed,
            none=self.t("closing.none"),
            counted=self.t("closing.hidden", n=len(agreements)),
        )
        update_static(self.query_one("#agreements", Static), shown)

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
        if action == "edit_agreement" and not self.engine.position.step.agreements:
            return False
        if action == "show_agreements":  # listed on this screen already, or none to show
            return self._listed is False and bool(self.engine.session.agreements)
        return super().check_action(action, parameters)

    def action_edit_agreement(self) -> None:
        self.query_one("#agreement-input", Input).focus()

    def action_show_agreements(self) -> None:
        behind_cover(self.app, self.t("cover.agreements"), AgreementsDialog)

    def action_choose_follow_up(self, step: int) -> None:
        self.follow_up_index = (self.follow_up_index + step) % len(self.engine.session.follow_ups)
        self.show_follow_ups()

    def action_mark_follow_up(self, state: str) -> None:
        follow_up = self.engine.session.follow_ups[self.follow_up_index]
        self.guarded(self.engine.mark_follow_up, follow_up.agreement_id, FollowUpState(state))

    @on(Input.Submitted, "#agreement-input")
    def _agreement(self, event: Input.Submitted) -> None:
        if not event.value.strip():
            return
        if self.guarded(self.engine.add_agreement, event.value):
            event.input.clear()
            self.notify(self.t("notice.agreement_saved"), timeout=2)
