"""Tick the topics of a case."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Label, SelectionList, Static

from ...models import Case, Topic
from ..widgets.answers import terminal_text
from .base import Dialog


class TopicsDialog(Dialog[list[Topic]]):
    """Tick the topics of a case (the coordinator's yearly report counts them)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "toggle_topic", "key.toggle"),
        Binding("enter", "done", "key.done", priority=True),
        Binding("escape", "cancel", "key.cancel"),
    ]

    def __init__(self, case: Case) -> None:
        super().__init__()
        self.case = case

    def compose_dialog(self) -> ComposeResult:
        title = self.t("case.private_title") if self.case.private else terminal_text(self.case.title)
        yield Label(Text(self.t("topics.title", case=title)), classes="dialog-title")
        yield Static(self.t("topics.hint"), classes="dialog-hint")
        yield SelectionList[str](
            *((self.t(f"topic.{topic.value}"), topic.value, topic in self.case.tags) for topic in Topic),
            id="topics",
        )

    def on_mount(self) -> None:
        self.query_one("#topics", SelectionList).focus()

    def action_toggle_topic(self) -> None:
        topics = self.query_one("#topics", SelectionList)
        if topics.highlighted is not None:
            topics.toggle(topics.get_option_at_index(topics.highlighted).value)

    def action_done(self) -> None:
        selected = self.query_one("#topics", SelectionList).selected
        self.dismiss([Topic(v) for v in selected])

    def action_cancel(self) -> None:
        self.dismiss(None)
