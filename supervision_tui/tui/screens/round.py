"""Check-in rounds: the question, live answers, mood histogram, Blitzlicht order."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Label, Static

from ...models import InputKind, SpeakingOrder
from ..widgets import AnswerCards, BigText, MoodChart
from ..widgets.content import update_static
from ..widgets.progress import speaking_order
from .question import QuestionScreen


class RoundScreen(QuestionScreen):
    """Check-in rounds ("Wie geht es Ihnen?", Glitzermoment)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("l", "shuffle", "key.shuffle"),
        Binding("n", "next_speaker", "key.next_speaker"),
        Binding("p", "pass_speaker", "key.pass"),
    ]

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
            update_static(title, self.t("blitz.title"))
            message = self.t("blitz.none", key="l")
            if not self.engine.session.participants:
                message = f"{self.t('blitz.nobody')} {message}"
            update_static(line, Text(message))
            return
        current = order.order[order.position] if order.position < len(order.order) else None
        speaker.text = current or ""
        update_static(
            title, f"{self.t('blitz.title')} · {self.t('blitz.now')}" if current else self.t("blitz.done")
        )
        update_static(line, speaking_order(order.order, order.position, order.passed, self.t("blitz.passed")))

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
