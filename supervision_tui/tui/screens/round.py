"""Check-in rounds: the question in big type, timer, live answers, mood histogram, Blitzlicht order."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Digits, Label, Static

from ...engine import AnswerInput
from ...models import InputKind, SpeakingOrder
from ..widgets import AnswerCards, BigText, Diamond, MoodChart, TimerDisplay
from ..widgets.progress import speaking_order
from .base import SessionScreen
from .dialogs import PaperAnswerDialog


class QuestionScreen(SessionScreen):
    """A step with a question to the room: round, closing (and the base of intake)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("h", "paper_answer", "key.paper")]
    TYPING_BLOCKED = SessionScreen.TYPING_BLOCKED | {"paper_answer"}

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
        self.query_one("#answer-count-label", Label).update(
            self.t("count.answer") if count == 1 else self.t("count.answers")
        )
        self.query_one("#moderation-status", Static).update(self.moderation_line())


class RoundScreen(QuestionScreen):
    """Check-in rounds ("Wie geht es Ihnen?", Glitzermoment)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("l", "shuffle", "key.shuffle"),
        Binding("n", "next_speaker", "key.next_speaker"),
        Binding("p", "pass_speaker", "key.pass"),
    ]
    TYPING_BLOCKED = QuestionScreen.TYPING_BLOCKED | {"shuffle", "next_speaker", "pass_speaker"}

    @property
    def mood(self) -> bool:
        prompt = self.engine.position.prompt
        return prompt is not None and prompt.input is InputKind.MOOD

    @property
    def blitzlicht(self) -> bool:
        return self.engine.position.step.blitzlicht

    def compose_body(self) -> ComposeResult:
        yield from self.compose_question()
        yield from self.compose_status()
        with Horizontal(id="answers-row"):
            if self.mood:
                with Vertical(id="mood-box"):
                    yield Label(self.t("mood.title"), classes="box-title")
                    yield MoodChart(id="mood")
                    yield Label(self.t("mood.scale"), classes="box-hint")
            if self.blitzlicht:
                with Vertical(id="blitz"):
                    yield Label(self.t("blitz.title"), classes="box-title", id="blitz-title")
                    yield BigText("", ratio=0.15, id="speaker")
                    yield Static("", id="speaking-order")
            yield AnswerCards(
                empty_text=self.t("answers.empty"), more_text=self.t("answers.more"), id="cards"
            )

    def refresh_view(self) -> None:
        engine = self.engine
        self.refresh_counts()
        self.query_one("#cards", AnswerCards).show(engine.projected())
        if self.mood:
            self.query_one("#mood", MoodChart).counts = tuple(engine.mood_histogram())
        if self.blitzlicht:
            self.show_speakers(engine.speaking_order())

    def show_speakers(self, order: SpeakingOrder | None) -> None:
        speaker = self.query_one("#speaker", BigText)
        title = self.query_one("#blitz-title", Label)
        line = self.query_one("#speaking-order", Static)
        if order is None:
            speaker.text = ""
            title.update(self.t("blitz.title"))
            message = self.t("blitz.none", key="l")
            if not self.engine.session.participants:
                message = f"{self.t('blitz.nobody')} {message}"
            line.update(Text(message))
            return
        current = order.order[order.position] if order.position < len(order.order) else None
        speaker.text = current or ""
        title.update(f"{self.t('blitz.title')} · {self.t('blitz.now')}" if current else self.t("blitz.done"))
        line.update(speaking_order(order.order, order.position, order.passed, self.t("blitz.passed")))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("shuffle", "next_speaker", "pass_speaker"):
            if not self.blitzlicht:
                return False
            if action != "shuffle" and self.engine.speaking_order() is None:
                return None
        return super().check_action(action, parameters)

    def action_shuffle(self) -> None:
        self.engine.shuffle_speakers()

    def action_next_speaker(self) -> None:
        self.guarded(self.engine.next_speaker)

    def action_pass_speaker(self) -> None:
        self.guarded(lambda: self.engine.next_speaker(passed=True))

    @property
    def speaker_text(self) -> str:
        return self.query_one("#speaker", BigText).text
