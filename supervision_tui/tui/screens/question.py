"""A step with a question to the room (round, intake, closing): the question in big type, the timer,
the count of answers, and an answer typed in for someone without a phone."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Digits, Label, Static

from ...engine import AnswerInput
from ..dialogs import PaperAnswerDialog
from ..widgets import BigText, Diamond, TimerDisplay
from ..widgets.content import update_static
from .base import SessionScreen


class QuestionScreen(SessionScreen):
    """A step with a question to the room: round, closing (and the base of intake)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("h", "paper_answer", "key.paper")]

    def action_paper_answer(self) -> None:
        """Enter an answer for someone without a phone (counted as P1, P2 …)."""
        pos = self.engine.position
        if pos.prompt is None:
            return

        def entered(data: AnswerInput | None) -> None:
            if data is not None:
                self.guarded(self.engine.paper_answer, data)

        phase = pos.phase_index if pos.phase is not None else None
        self.app.push_screen(PaperAnswerDialog(pos.prompt.input, pos.step.id, phase), entered)

    def question(self) -> tuple[str, str, bool]:
        """(question, hint, diamond motif) of the current step."""
        step = self.engine.position.step
        prompt = step.prompt
        if prompt is None:
            return step.title, step.description, False
        return prompt.question, prompt.hint or step.description, prompt.motif == "diamond"

    def compose_question(self) -> ComposeResult:
        question, hint, diamond = self.question()
        with Horizontal(id="question-row"):
            if diamond:
                yield Diamond(id="motif")
            yield BigText(question, id="question", ratio=0.45)
        if hint:
            yield Static(Text(hint), id="hint")

    def compose_status(self) -> ComposeResult:
        with Horizontal(id="status-row"):
            yield TimerDisplay(id="timer")
            with Vertical(id="count-box"):
                yield Digits("0", id="answer-count")
                yield Label("", id="answer-count-label")
            with Vertical(id="status-box"):
                yield Static("", id="moderation-status")
                yield from self.compose_status_extra()

    def compose_status_extra(self) -> ComposeResult:
        yield from ()

    def refresh_counts(self) -> None:
        engine = self.engine
        count = len(engine.session.answers_for(engine.position.step.id))
        self.query_one("#answer-count", Digits).update(str(count))
        update_static(
            self.query_one("#answer-count-label", Label),
            self.t("count.answer") if count == 1 else self.t("count.answers"),
        )
        update_static(self.query_one("#moderation-status", Static), self.moderation_line())
