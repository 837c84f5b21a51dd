"""A line that stays on screen while the session's writes fail (disk full …), until one succeeds."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


class StorageWarning(Static):
    """Hidden while storing works; the app sets its text (`show`) when writes fail and clears it after.

    A screen mounted while storage fails picks the current text up from the app (`storage_warning`).
    """

    def on_mount(self) -> None:
        self.show(getattr(self.app, "storage_warning", None))

    def show(self, text: str | None) -> None:
        self.display = text is not None
        self.update(Text(text or ""))
