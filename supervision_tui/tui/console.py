"""What every screen and dialog of the console shares: its app, the app's texts and the running engine."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast, runtime_checkable

from textual.screen import Screen, ScreenResultType

from ..engine import Engine
from .texts import Texts

if TYPE_CHECKING:
    from .app import SupervisionApp


@runtime_checkable
class Syncable(Protocol):
    """A screen that repaints from the engine: the app calls `sync` for every session update."""

    def sync(self) -> None: ...


class ConsoleScreen(Screen[ScreenResultType]):
    """The base of the console's screens and dialogs, typed by what it dismisses with."""

    @property
    def sup(self) -> SupervisionApp:
        # Every console screen runs inside `SupervisionApp`; Textual types `app` as its base class.
        return cast("SupervisionApp", self.app)

    @property
    def t(self) -> Texts:
        return self.sup.texts

    @property
    def engine(self) -> Engine:
        engine = self.sup.engine
        assert engine is not None, "this screen needs a running session"
        return engine
