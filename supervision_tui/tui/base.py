"""What the three apps share (the console, the projection, the coordinator's review): one stylesheet,
the themes, the words of one language and the key names in the key bar; and their screens' `t`."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, cast

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen, ScreenResultType

from .texts import Texts
from .themes import DEFAULT_THEME, THEME_NAMES, THEMES
from .widgets.keybar import key_display


class BaseApp(App[int]):
    """An app of supervision-tui; call `use_themes` first thing in `on_mount`."""

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
