"""The step or phase timer: big digits, red with a plus sign once the time is overrun."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Digits, Label

from ...timer import Countdown, format_remaining


class TimerDisplay(Widget):
    """Shows a `Countdown`; call `show()` to repaint (the screen does, twice a second)."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._shown: tuple[str, bool] | None = None

    def compose(self) -> ComposeResult:
        yield Digits("00:00", id="timer-digits")
        yield Label("", id="timer-state")

    def show(self, countdown: Countdown, running_text: str, paused_text: str, over_text: str) -> None:
        remaining = countdown.remaining
        value = format_remaining(remaining)
        state = (value, countdown.running)
        over = countdown.overrun
        self.set_class(over, "-overrun")
        self.set_class(not countdown.running, "-paused")
        if state == self._shown:
            return
        self._shown = state
        self.query_one("#timer-digits", Digits).update(value)
        label = over_text if over else (running_text if countdown.running else paused_text)
        self.query_one("#timer-state", Label).update(label)

    @property
    def value(self) -> str:
        """The time as shown, e.g. `12:05` or `+01:30`."""
        return self.query_one("#timer-digits", Digits).value
