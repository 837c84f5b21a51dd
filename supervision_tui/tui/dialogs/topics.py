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


class TopicList(SelectionList[str]):
    """Leertaste ticks at once and Enter ends the dialog, both from the list, in the order they were
    typed. (Enter as a priority binding on the dialog ran before the keys typed just before it, and the
    list's own Leertaste ticks only later, by a message: a fast Leertaste-Enter lost its tick.)"""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "screen.toggle_topic", "key.toggle"),
        Binding("enter", "screen.done", "key.done"),
    ]


class TopicsDialog(Dialog[list[Topic]]):
    """Tick the topics of a case (the coordinator's yearly report counts them)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "key.cancel")]

    def __init__(self, case: Case) -> None:
        super().__init__()
        self.case = case

    def compose_dialog(self) -> ComposeResult:
        title = self.t("case.private_title") if self.case.private else terminal_text(self.case.title)
        yield Label(Text(self.t("topics.title", case=title)), classes="dialog-title")
        yield Static(self.t("topics.hint"), classes="dialog-hint")
        yield TopicList(
            *((self.t(f"topic.{topic.value}"), topic.value, topic in self.case.tags) for topic in Topic),
            id="topics",
        )

    def on_mount(self) -> None:
        topics = self.query_one("#topics", SelectionList)
        topics.focus()
        topics.highlighted = 0  # the first row under the cursor: Leertaste ticks what is highlighted

    def action_toggle_topic(self) -> None:
        topics = self.query_one("#topics", SelectionList)
        if topics.highlighted is not None:
            topics.toggle(topics.get_option_at_index(topics.highlighted).value)

    def action_done(self) -> None:
        selected = self.query_one("#topics", SelectionList).selected
        self.dismiss([Topic(v) for v in selected])

    def action_cancel(self) -> None:
        self.dismiss(None)
