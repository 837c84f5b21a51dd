"""The export dialog: format and file, defaulting to `sessions/exports/` (which `purge` clears too)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, RadioButton, RadioSet, Static

from ..base import AppScreen
from ..widgets import KeyBar

if TYPE_CHECKING:
    pass

FORMATS = (("md", "Markdown"), ("html", "HTML"), ("csv", "CSV"))


class ExportDialog(AppScreen[tuple[str, Path] | None], ModalScreen[tuple[str, Path] | None]):
    """Asks for format and file; dismissed with (format, path), or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "key.cancel")]
    # the file's field has the focus from the start, as the hint says "Enter exportiert": focused only in
    # `on_mount` (deferred), the format list had it first, and an Enter typed at once chose a format instead
    # (the read-only-disk test in tmux on the loaded CI machine)
    AUTO_FOCUS = "#export-path"

    def __init__(self, what: str, default: Path) -> None:
        super().__init__()
        self.what = what
        self.default = default

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog export-dialog"):
            yield Label(self.t("coord.export_title", what=self.what), classes="dialog-title")
            yield Label(self.t("coord.export_format"))
            with RadioSet(id="export-format"):
                for index, (_ext, name) in enumerate(FORMATS):
                    yield RadioButton(name, value=index == 0)
            yield Label(self.t("coord.export_path"))
            yield Input(str(self.default.with_suffix(".md")), id="export-path")
            yield Static(self.t("coord.export_hint"), classes="dialog-hint")
            yield KeyBar()

    @property
    def fmt(self) -> str:
        index = self.query_one(RadioSet).pressed_index
        return FORMATS[max(index, 0)][0]

    @on(RadioSet.Changed)
    def _format_changed(self) -> None:
        field = self.query_one("#export-path", Input)
        field.value = str(Path(field.value or str(self.default)).with_suffix(f".{self.fmt}"))

    @on(Input.Submitted, "#export-path")
    def _submitted(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.dismiss((self.fmt, Path(event.value.strip()).expanduser()))

    def action_cancel(self) -> None:
        self.dismiss(None)
