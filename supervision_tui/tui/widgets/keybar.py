"""The key bar: every active key with its (translated) description, wrapped over as many lines
as needed, so an 80-column terminal shows every key, not just the first few."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.screen import Screen
from textual.widget import Widget


def key_display(texts: Callable[[str], str], binding: Binding) -> str:
    """A binding's keys as the key bar shows them, in the app's language ("Bild↓", "Strg+Q")."""
    parts = []
    for key in binding.key.split(","):
        key = key.strip()
        ctrl = key.startswith("ctrl+")
        name = key.removeprefix("ctrl+")
        shown = {"plus": "+", "asterisk": "*", "question_mark": "?"}.get(name)
        if shown is None:
            shown = texts(f"keyname.{name}")
            if shown == f"keyname.{name}":
                shown = name.upper() if ctrl else name
        parts.append(f"{texts('keyname.ctrl')}{shown}" if ctrl else shown)
    return "/".join(parts)


def _in_declared_order(screen: Screen[Any]) -> list[Any]:
    """The active bindings: the focused widget's first, then the screen's, then the app's, each in the
    order its class declares them. (In Textual's own order a focused list's Bild↑/Bild↓, overridden by
    the screen, came first, and the key bar read "Zurück … Weiter" there and "Weiter … Zurück" elsewhere.)"""
    app = screen.app
    actives = list(screen.active_bindings.items())

    def place(item: tuple[str, Any]) -> tuple[int, int]:
        key, active = item
        rank = 2 if active.node is app else 1 if active.node is screen else 0
        declared = list(active.node._bindings.key_to_bindings)
        return rank, declared.index(key) if key in declared else len(declared)

    return [active for _, active in sorted(actives, key=place)]


def key_entries(screen: Screen[Any]) -> list[tuple[str, str]]:
    """(keys as shown, translated description) for every enabled binding of `screen`."""
    app = screen.app
    texts = getattr(app, "texts", None)
    # by description: Bild↓ (the remote, never paused) and → (paused while typing) are one "Weiter"
    grouped: dict[str, list[str]] = {}
    for active in _in_declared_order(screen):
        binding = active.binding
        if not binding.show or not binding.description or not active.enabled:
            continue
        description = texts(binding.description) if texts else binding.description
        keys = grouped.setdefault(description, [])
        key = app.get_key_display(binding)
        if key not in keys:
            keys.append(key)
    return [("/".join(keys), description) for description, keys in grouped.items()]


class KeyBar(Widget):
    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-bar--key", "key-bar--description"}

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._shown: list[tuple[str, str]] | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[Any]) -> None:
        # Every sync of the screen announces its bindings; only other keys need a new layout.
        if self.is_attached and screen is self.screen and self.entries() != self._shown:
            self.refresh(layout=True)

    def entries(self) -> list[tuple[str, str]]:
        """(key as shown, description) for every binding shown on this screen."""
        return key_entries(self.screen)

    def _text(self, width: int) -> Text:
        key_style = self.get_component_rich_style("key-bar--key")
        description_style = self.get_component_rich_style("key-bar--description")
        text = Text()
        column = 0
        self._shown = entries = self.entries()
        for key, description in entries:
            item = len(key) + len(description) + 3
            if column and column + item > width:
                text.append("\n")
                column = 0
            text.append(f" {key} ", key_style)
            text.append(f"{description} ", description_style)
            column += item
        return text

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return max(len(self._text(width).plain.split("\n")), 1)

    def render(self) -> Text:
        return self._text(self.content_size.width)
