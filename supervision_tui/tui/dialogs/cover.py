"""The cover in front of every private view, for one window on a mirrored projector.

The console may be the only window, and then the room sees whatever it paints. So a private view
(the moderation queue with private answers and one-to-one requests, the note review with the
pseudonym mapping) is never opened by its key directly: the key opens this opaque, full-screen
cover first, and only Enter, pressed deliberately after blanking the projector, shows the view.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Static

from ..widgets import KeyBar
from .base import Dialog

ResultT = TypeVar("ResultT")


class CoverScreen(Dialog[bool]):
    """Says "Beamer-Ansicht verdeckt" and which key reveals; dismisses with True to reveal.

    Its background is opaque (see supervision.tcss), so nothing of the screen below is painted.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        # priority: Enter must reveal even if a later version of this screen holds a focusable widget
        Binding("enter", "reveal", "key.reveal", priority=True),
        Binding("escape,m", "back", "key.cover_back"),
    ]

    def __init__(self, view: str) -> None:
        super().__init__()
        self.view = view

    def compose(self) -> ComposeResult:
        with Vertical(id="cover"):
            yield Static(self.t("cover.title"), id="cover-title")
            yield Static(Text(self.t("cover.behind", view=self.view)), classes="cover-line")
            yield Static(self.t("cover.mirrored"), classes="cover-line")
            yield Static(self.t("cover.keys"), classes="cover-line cover-keys")
        yield KeyBar(id="keybar")

    def action_reveal(self) -> None:
        self.dismiss(True)

    def action_back(self) -> None:
        self.dismiss(False)


def behind_cover(
    app: App[Any],
    view: str,
    private: Callable[[], Screen[ResultT]],
    done: Callable[[ResultT | None], None] | None = None,
) -> None:
    """Show the cover; only its Enter builds and pushes the private view.

    `done` gets the private view's result, or None when the supervisor went back from the cover.
    The view is built only on reveal, so nothing private exists as a widget before.
    """

    def answered(reveal: bool | None) -> None:
        if reveal:
            app.push_screen(private(), done)
        elif done is not None:
            done(None)

    app.push_screen(CoverScreen(view), answered)
