"""Where the room stands, as one line of text: the phases of a case discussion and the Blitzlicht order.
Shared by the console's screens and the projection, so both say it the same way."""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence

from rich.text import Text


def _trail(items: Sequence[str], current: int, shown: Callable[[int, str], tuple[str, str]]) -> Text:
    """`items` joined by " › ", the current one highlighted; `shown` gives any other's text and style."""
    line = Text()
    for index, item in enumerate(items):
        if index:
            line.append(" › ")
        if index == current:
            line.append(f" {item} ", style="bold reverse")
        else:
            line.append(*shown(index, item))
    return line


def phase_bar(names: Sequence[str], current: int) -> Text:
    """ "✓ Rollen › 2 Spontanerzählung › 3 …": done phases ticked, the current one highlighted."""
    numbered = [f"{index + 1} {name}" for index, name in enumerate(names)]
    return _trail(
        numbered, current, lambda index, label: (f"✓ {names[index]}" if index < current else label, "")
    )


def speaking_order(order: Sequence[str], position: int, passed: Container[str], passed_word: str) -> Text:
    """ "✓T2 › T5 (setzt aus) › T3 › T1": who spoke, who sat out, who speaks now and who is next."""

    def shown(index: int, label: str) -> tuple[str, str]:
        if label in passed:
            return f"{label} ({passed_word})", "strike"
        return (f"✓{label}", "") if index < position else (label, "")

    return _trail(order, position, shown)
