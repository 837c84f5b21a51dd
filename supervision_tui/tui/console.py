"""What every screen and dialog of the console shares: its app, the app's texts and the running engine."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast, runtime_checkable

from textual import on
from textual.app import ComposeResult
from textual.screen import ScreenResultType
from textual.widgets import Input

from .base import AppScreen
from .widgets.preview import AnonymizedPreview

if TYPE_CHECKING:
    from ..engine import Engine
    from .app import SupervisionApp


@runtime_checkable
class Syncable(Protocol):
    """A screen that repaints from the engine: the app calls `sync` for every session update."""

    def sync(self) -> None: ...


class ConsoleScreen(AppScreen[ScreenResultType]):
    """The base of the console's screens and dialogs: the app, its running engine, and the anonymized
    preview of every masked field, shown as the field changes."""

    @property
    def sup(self) -> SupervisionApp:
        # Every console screen runs inside `SupervisionApp`; Textual types `app` as its base class.
        return cast("SupervisionApp", self.app)

    @property
    def engine(self) -> Engine:
        engine = self.sup.engine
        assert engine is not None, "this screen needs a running session"
        return engine

    def masked_input(self, placeholder: str, *, id: str, max_length: int) -> ComposeResult:
        """A field typed into where the room may look: masked, with the anonymized preview of what is
        typed right under it (`_preview_typing` keeps it up to date), so the raw text is never painted."""
        yield Input(placeholder=placeholder, id=id, max_length=max_length, password=True)
        yield AnonymizedPreview(self.t("typing.preview"), field=id, id=f"{id}-preview")

    @on(Input.Changed)
    def _preview_typing(self, event: Input.Changed) -> None:
        for preview in self.query(AnonymizedPreview):
            if preview.field == event.input.id:
                preview.show(self.engine, event.value)
