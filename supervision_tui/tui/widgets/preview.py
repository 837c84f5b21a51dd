"""Typing on a screen the room may see: the field is masked, the anonymizer's preview is shown.

The raw text lives only in the (password-masked) input's memory and reaches the session only through
the engine, which anonymizes it. What is painted is `engine.preview`, which leaves the session's
pseudonyms alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static

if TYPE_CHECKING:
    from ...engine import Engine


# The token still being typed: a word without a space after it, or a run of digits that may go on
# across spaces and separators (a phone number, a date). Half typed, neither is recognisable yet
# ("Handy 0157 " is no phone number until the rest follows), so the preview waits for the next word.
_IN_PROGRESS = re.compile(r"(?:[+\d][\d\s/().,:+-]*|\S+)$")


def judged_part(text: str) -> tuple[str, bool]:
    """(the part of `text` the anonymizer can judge, whether a token in progress was held back)."""
    match = _IN_PROGRESS.search(text)
    if match is None:
        return text, False
    return text[: match.start()], True


class AnonymizedPreview(Static):
    """What the masked field `field` (an `Input`'s id) would become: the anonymized text, never the raw one.

    The console's screens and dialogs show it whenever that field changes (`ConsoleScreen`).
    """

    def __init__(self, label: str, *, field: str, id: str | None = None) -> None:
        super().__init__("", id=id, classes="typing-preview")
        self.label = label
        self.field = field
        self.display = False

    def show(self, engine: Engine, raw: str) -> None:
        judged, held_back = judged_part(raw)
        text = Text()
        text.append(f"{self.label} ", style="bold")
        text.append(engine.preview(judged).text)  # literal text, never parsed as markup
        if held_back:
            text.append("…")
        self.update(text)
        self.display = bool(raw.strip())
