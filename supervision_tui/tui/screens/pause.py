"""The break: a big word, the time left, nothing else."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Center, Vertical
from textual.widgets import Static

from ..widgets import BigText, TimerDisplay
from .base import SessionScreen


class BreakScreen(SessionScreen):
    HAS_MODERATION: ClassVar[bool] = False

    def compose_body(self) -> ComposeResult:
        step = self.engine.position.step
        with Vertical(id="break"):
            yield BigText(step.title or self.t("break.title"), id="break-title", ratio=0.35)
            with Center():
                yield TimerDisplay(id="timer")
            if step.description:
                yield Static(Text(step.description), id="break-description")
