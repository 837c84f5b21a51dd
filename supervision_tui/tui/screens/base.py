"""What every step screen shares: header, key bar, timer tick and the keys that drive the agenda.

The dialogs and the engine's errors are imported where they are used: the join screen is the first
frame of a start, and must not wait for them (nor for the domain models they import).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Input, TextArea

from ..console import ConsoleScreen
from ..widgets import KeyBar, StepHeader, StorageWarning, TimerDisplay


def typing_focus(screen: Screen[Any]) -> bool:
    """True while the supervisor types into a field: letter keys belong to the field then."""
    return isinstance(screen.focused, Input | TextArea)


# Named keys a text field takes itself (besides every single character): they move its cursor or type.
_TEXT_KEYS = frozenset({"left", "right", "up", "down", "home", "end", "plus", "asterisk", "space"})


@functools.cache
def typing_blocked(screen: type[Screen[Any]]) -> frozenset[str]:
    """The actions `screen` (or a base) binds to a key a text field takes itself: while one has focus,
    those are switched off and hidden. Bild↓/Bild↑, Esc and Strg keys always act."""
    return frozenset(
        binding.action.partition("(")[0]
        for base in screen.__mro__
        for binding in base.__dict__.get("BINDINGS", ())
        if isinstance(binding, Binding)
        and any(len(key) == 1 or key in _TEXT_KEYS for key in binding.key.replace(" ", "").split(","))
    )


class SessionScreen(ConsoleScreen[None]):
    """Base of the screens of a running session (one subclass per step kind)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Presenter remotes send Bild↓/Bild↑: those win over any list that scrolls with them, and over
        # a text field (the arrows move its cursor there, so they pause while typing; these never do).
        Binding("pagedown", "remote('next')", "key.next", priority=True),
        Binding("right", "next", "key.next", priority=True),
        Binding("pageup", "remote('previous')", "key.previous", priority=True),
        Binding("left", "previous", "key.previous", priority=True),
        Binding("t", "toggle_timer", "key.timer"),
        Binding("plus", "extend(1)", "key.plus1"),
        Binding("asterisk", "extend(5)", "key.plus5"),
        Binding("m", "moderation", "key.moderation"),
        Binding("c", "show_qr", "key.qr"),
        Binding("s", "simulate", "key.simulate"),
        # Leaves a text field (Notiz, Vereinbarung), so that letters act as keys again; shown while typing.
        Binding("escape", "leave", "key.leave"),
    ]
    HAS_TIMER: ClassVar[bool] = True
    HAS_MODERATION: ClassVar[bool] = True
    # No field takes focus by itself: the first letter key would be typed instead of acting.
    AUTO_FOCUS = ""

    def compose(self) -> ComposeResult:
        yield StepHeader(id="header")
        yield StorageWarning(id="storage-warning")
        with Vertical(id="body"):
            yield from self.compose_body()
        yield KeyBar(id="keybar")

    def compose_body(self) -> ComposeResult:
        yield from ()

    def on_mount(self) -> None:
        self.sync()
        if self.HAS_TIMER:
            self.set_interval(0.5, self.tick)

    # --- refreshing --------------------------------------------------------------------------

    def sync(self) -> None:
        """Repaint from the engine (called on mount and for every session update)."""
        engine = self.engine
        pos = engine.position
        total = len(engine.agenda.steps)
        joined = len(engine.session.participants)
        devices = self.t("header.device") if joined == 1 else self.t("header.devices", n=joined)
        info = f"{self.t('header.step', n=pos.index + 1, total=total)} · {devices}"
        if self.sup.demo:
            info = f"{self.t('header.demo')} · {info}"
        self.query_one(StepHeader).show(f"{engine.session.title} · {pos.step.title}", info)
        self.refresh_view()
        self.refresh_bindings()
        self.tick()

    def refresh_view(self) -> None:
        """Subclasses paint their body here."""

    def tick(self) -> None:
        if not self.HAS_TIMER or self.sup.engine is None:
            return
        for timer in self.query(TimerDisplay):
            timer.show(
                self.engine.timer,
                self.t("timer.running"),
                self.t("timer.paused"),
                self.t("timer.over"),
            )

    def moderation_line(self) -> Text:
        """The status under the timer: how many answers wait, never their text.

        One-to-one requests are not on it, not even as a count: a number that rises the moment a
        phone taps would show the room who asked. They are in the queue, behind the cover.
        """
        engine = self.engine
        if not engine.moderated(engine.position.step):
            return Text(self.t("moderation.off"))
        waiting = len(engine.awaiting_approval())
        return Text(self.t("moderation.waiting", n=waiting) if waiting else self.t("moderation.none"))

    # --- keys --------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in typing_blocked(type(self)) and typing_focus(self):
            return False
        if action == "leave":
            return typing_focus(self)
        if action == "simulate":
            return self.sup.demo
        if action in ("toggle_timer", "extend"):
            return self.HAS_TIMER
        if action == "moderation":
            return self.HAS_MODERATION
        return True

    def guarded(self, call: Callable[..., object], *args: object) -> bool:
        """Run an engine call; show its refusal in the console language instead of crashing."""
        from ...engine import EngineError, StorageFailed

        try:
            call(*args)
        except StorageFailed as exc:  # not stored, so not done: the session runs on as it was
            self.sup.storage_refused(exc)
            return False
        except EngineError as exc:
            self.notify(self.t.error(exc), severity="error")
            return False
        return True

    def action_next(self) -> None:
        self.sup.advance()

    def action_leave(self) -> None:
        self.set_focus(None)

    def action_remote(self, direction: str) -> None:
        """The presenter remote: leave any text field (what is typed stays in it), then move on or back."""
        self.set_focus(None)
        self.action_next() if direction == "next" else self.action_previous()

    def action_previous(self) -> None:
        if not self.guarded(self.engine.previous):
            return

    def action_toggle_timer(self) -> None:
        self.engine.toggle_timer()
        self.tick()

    def action_extend(self, minutes: int) -> None:
        self.engine.extend_timer(minutes)
        self.tick()

    def action_moderation(self) -> None:
        from ..dialogs import ModerationScreen, behind_cover

        behind_cover(self.app, self.t("cover.queue"), ModerationScreen)

    def action_show_qr(self) -> None:
        from ..dialogs import QrScreen

        self.app.push_screen(QrScreen())

    def action_simulate(self) -> None:
        self.sup.simulate_phones()
