"""What every dialog of the console shares."""

from __future__ import annotations

from textual.screen import ModalScreen, ScreenResultType
from textual.widgets import Select

from ...models import Urgency
from ..console import ConsoleScreen
from ..texts import Texts


class Dialog(ConsoleScreen[ScreenResultType], ModalScreen[ScreenResultType]):
    """A modal over the console's screens; typed by what it dismisses with (None when cancelled)."""


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
