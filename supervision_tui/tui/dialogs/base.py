"""What every dialog of the console shares."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen, ScreenResultType
from textual.widgets import Select

from ...models import Urgency
from ..console import ConsoleScreen
from ..texts import Texts
from ..widgets import KeyBar


class Dialog(ConsoleScreen[ScreenResultType], ModalScreen[ScreenResultType]):
    """A modal over the console's screens; typed by what it dismisses with (None when cancelled).

    Its frame is the same for every dialog: a box (`.dialog` in supervision.tcss) holding the dialog's
    own widgets (`compose_dialog`) and, under them, the key bar. A view with a frame of its own (the
    cover, the queue) overrides `compose`.
    """

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield from self.compose_dialog()
            yield KeyBar()

    def compose_dialog(self) -> ComposeResult:
        """The dialog's widgets, inside its frame."""
        yield from ()


def urgency_select(t: Texts, id: str) -> Select[str]:
    """A choice of urgency, medium at first, without a blank entry."""
    return Select(
        [(t(f"urgency.{u.value}"), u.value) for u in Urgency],
        value=Urgency.MEDIUM.value,
        allow_blank=False,
        id=id,
    )


def selected_urgency(select: Select[str]) -> Urgency:
    """The urgency chosen in a select built without a blank entry."""
    value = select.value
    assert isinstance(value, str), "the urgency select has no blank entry"
    return Urgency(value)
