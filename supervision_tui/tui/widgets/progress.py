"""Where the room stands, as one line of text: the phases of a case discussion and the Blitzlicht order.
Shared by the console's screens and the projection, so both say it the same way."""

from __future__ import annotations

from collections.abc import Container, Sequence

from rich.text import Text


def phase_bar(names: Sequence[str], current: int) -> Text:
    """ "✓ Rollen › 2 Spontanerzählung › 3 …": done phases ticked, the current one highlighted."""
    bar = Text()
    for index, name in enumerate(names):
        if index:
            bar.append(" › ")
        if index == current:
            bar.append(f" {index + 1} {name} ", style="bold reverse")
        elif index < current:
            bar.append(f"✓ {name}")
        else:
            bar.append(f"{index + 1} {name}")
    return bar


def speaking_order(order: Sequence[str], position: int, passed: Container[str], passed_word: str) -> Text:
    """ "✓T2 › T5 (setzt aus) › T3 › T1": who spoke, who sat out, who speaks now and who is next."""
    line = Text()
    for index, label in enumerate(order):
        if index:
            line.append(" › ")
        if index == position:
            line.append(f" {label} ", style="bold reverse")
        elif label in passed:
            line.append(f"{label} ({passed_word})", style="strike")
        elif index < position:
            line.append(f"✓{label}")
        else:
            line.append(label)
    return line
