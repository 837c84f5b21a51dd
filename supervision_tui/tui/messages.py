"""Typed messages from the engine (and the demo phones) into the app's message queue."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from ..engine import StorageHealth


@dataclass
class SessionUpdated(Message):
    """Something in the session changed (answers, moderation, notes …): repaint.

    Fifty phones answering at once post fifty of these; consecutive ones collapse into one repaint.
    """

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, SessionUpdated)


@dataclass
class StepMoved(Message):
    """The session moved to another step or phase."""

    step: int
    phase: int


@dataclass
class ProjectionChanged(Message, bubble=False):
    """A projection (`supervision-tui beamer`) started or stopped following this console: what only the
    presenter may see is shown or hidden at once (`SupervisionApp.projection_follows`)."""


@dataclass
class SessionFinished(Message):
    """`engine.end()` went through; the summary screen follows."""


@dataclass
class DemoAnswered(Message):
    """Simulated phones answered the current step (demo mode only)."""

    count: int


@dataclass
class StorageChanged(Message):
    """The session's writes started failing, failed again, or work again (`engine.storage`)."""

    health: StorageHealth

    def can_replace(self, message: Message) -> bool:
        # Only the latest state matters: a burst of refused batches is one repaint.
        return isinstance(message, StorageChanged)
