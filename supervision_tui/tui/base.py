"""What the three apps share (the console, the projection, the coordinator's review): one stylesheet,
the themes, the words of one language and the key names in the key bar; and their screens' `t`."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from pathlib import Path
from typing import ClassVar, cast

from textual import events, on
from textual.app import App
from textual.binding import Binding
from textual.screen import Screen, ScreenResultType

from .texts import Texts
from .themes import DEFAULT_THEME, THEME_NAMES, THEMES
from .widgets.keybar import key_display

# What a shell reports for a process ended by SIGTERM; the app ends with it when it is asked to stop so.
TERMINATED = 128 + signal.SIGTERM


class BaseApp(App[int]):
    """An app of supervision-tui; call `use_themes` first thing in `on_mount`."""

    # True once a SIGTERM (`kill`, a logout, a shutdown) ended the app: nobody chose to stop the session.
    terminated = False

    # Absolute, so the review app in tui/review/ finds it too (Textual reads it relative to the subclass).
    CSS_PATH = Path(__file__).with_name("supervision.tcss")
    ENABLE_COMMAND_PALETTE = False

    def __init__(self, lang: str = "de", theme: str | None = None) -> None:
        super().__init__()
        self.texts = Texts(lang)
        self._theme_name = theme if theme in THEME_NAMES else DEFAULT_THEME

    def use_themes(self) -> None:
        """Register the themes and show the chosen one."""
        for theme in THEMES:
            self.register_theme(theme)
        self.theme = self._theme_name

    def get_key_display(self, binding: Binding) -> str:
        return key_display(self.texts, binding)

    @on(events.Mount)
    def _end_on_sigterm(self) -> None:
        # Python's default for SIGTERM ends the process at once and leaves the terminal in the alternate
        # screen with mouse reporting on: a garbled terminal in front of the room. Ending through `exit`
        # restores it and runs the apps' `on_unmount` (servers stopped, the journal closed).
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):  # no signals here
            asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, self._on_sigterm)

    @on(events.Unmount)
    def _forget_sigterm(self) -> None:
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            asyncio.get_running_loop().remove_signal_handler(signal.SIGTERM)

    def _on_sigterm(self) -> None:
        self.terminated = True
        self.exit(TERMINATED, return_code=TERMINATED)


class RoomApp(BaseApp):
    """An app the room may see on the projector: laid out by window size, `d` cycles the colours."""

    # Textual annotates these `ClassVar[...] | None`, which mypy reads as an instance variable.
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [  # type: ignore[misc]
        (0, "-narrow"),
        (100, "-medium"),
        (140, "-wide"),
    ]
    VERTICAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-short"), (30, "-tall"), (40, "-huge")]  # type: ignore[misc]

    def action_cycle_theme(self) -> None:
        names = list(THEME_NAMES)
        current = names.index(self.theme) if self.theme in names else -1
        self.theme = names[(current + 1) % len(names)]
        self.notify(self.texts("theme.name", name=self.theme), timeout=2)


class AppScreen(Screen[ScreenResultType]):
    """A screen of one of the three apps, typed by what it dismisses with."""

    @property
    def t(self) -> Texts:
        """The words of the app's language."""
        # Every screen of this package runs inside a `BaseApp`; Textual types `app` as its base class.
        return cast(BaseApp, self.app).texts
