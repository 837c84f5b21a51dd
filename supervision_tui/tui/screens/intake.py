"""Collecting concerns (Anliegen): the list with urgency, taking one into today's cases, topics."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from ...models import Answer, Topic
from ..dialogs import AddCaseDialog, ChoiceDialog, NewConcern, TopicsDialog, behind_cover
from ..widgets.cases import case_text, concern_text
from ..widgets.content import update_static
from .question import QuestionScreen


class IntakeScreen(QuestionScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("u", "take", "key.take_case"),
        Binding("i", "private_concerns", "key.private_concerns"),
        Binding("a", "add_case", "key.add_case"),
        Binding("g", "topics", "key.topics"),
    ]

    def __init__(self) -> None:
        super().__init__()
        # What each option list shows (by its id): it is built again only when that changes.
        self._listed: dict[str, list[tuple[str | None, object]]] = {}

    def compose_body(self) -> ComposeResult:
        yield from self.compose_question()
        yield from self.compose_status()
        with Horizontal(id="intake-row"):
            with Vertical(id="concerns-box"):
                yield Label(self.t("intake.list"), classes="box-title")
                yield OptionList(id="concerns")
                yield Static("", id="private-concerns")
            with Vertical(id="cases-box"):
                yield Label(self.t("intake.cases"), classes="box-title")
                yield OptionList(id="cases")

    def on_mount(self) -> None:
        # Textual calls SessionScreen.on_mount after this one by itself: no super() call here
        self.query_one("#concerns", OptionList).focus()

    def concerns(self) -> list[Answer]:
        """Approved concerns the room may see, most urgent first."""
        return self.engine.concerns()

    def refresh_view(self) -> None:
        self.refresh_counts()
        engine = self.engine
        taken = {c.source_answer for c in engine.session.cases}
        hidden = len(engine.concerns(private=True))
        update_static(
            self.query_one("#private-concerns", Static),
            Text(self.t("intake.private_count", n=hidden)) if hidden else Text(""),
        )
        concerns = [
            Option(concern_text(answer, answer.id in taken, self.t), id=answer.id)
            for answer in self.concerns()
        ]
        self._show_options(self.query_one("#concerns", OptionList), concerns, self.t("intake.none"))
        cases = [Option(case_text(case, self.t), id=case.id) for case in engine.session.cases]
        self._show_options(self.query_one("#cases", OptionList), cases, self.t("intake.no_cases"))

    def _show_options(self, option_list: OptionList, options: list[Option], empty: str) -> None:
        """Fill `option_list` (the highlight kept where it was) unless it shows these options already:
        with moderation off every answer is a concern, and a list built again lays out the screen."""
        shown: list[tuple[str | None, object]] = [(option.id, option.prompt) for option in options] or [
            (None, empty)
        ]
        if shown == self._listed.get(str(option_list.id)):
            return
        self._listed[str(option_list.id)] = shown
        kept = option_list.highlighted
        option_list.clear_options()
        if options:
            option_list.add_options(options)
            option_list.highlighted = min(kept or 0, option_list.option_count - 1)
        else:
            option_list.add_option(Option(empty, disabled=True))

    def _highlighted(self, selector: str) -> str | None:
        option_list = self.query_one(selector, OptionList)
        if option_list.highlighted is None:
            return None
        return option_list.get_option_at_index(option_list.highlighted).id

    @on(OptionList.OptionSelected, "#concerns")
    def _selected(self) -> None:
        self.action_take()

    def action_take(self) -> None:
        answer_id = self._highlighted("#concerns")
        if answer_id is None or self.engine.taken(answer_id):
            return
        self.guarded(self.engine.case_from_answer, answer_id)

    def action_private_concerns(self) -> None:
        """The concerns their authors kept private, behind the cover; one taken becomes a case whose
        title the room never sees."""
        engine = self.engine
        choices = [
            (answer.id, concern_text(answer, engine.taken(answer.id), self.t))
            for answer in engine.concerns(private=True)
        ]

        def chosen(answer_id: str | None) -> None:
            if answer_id and not engine.taken(answer_id):
                self.guarded(engine.case_from_answer, answer_id)

        behind_cover(
            self.app,
            self.t("cover.private_concerns"),
            lambda: ChoiceDialog(self.t("intake.private_title"), choices, self.t("intake.private_none")),
            chosen,
        )

    def action_add_case(self) -> None:
        def added(concern: NewConcern | None) -> None:
            if concern:
                self.guarded(
                    lambda: self.engine.add_case(
                        concern.title, concern.urgency, brought_by=concern.brought_by
                    )
                )

        self.app.push_screen(AddCaseDialog(), added)

    def action_topics(self) -> None:
        case_id = self._highlighted("#cases")
        case = next((c for c in self.engine.session.cases if c.id == case_id), None)
        if case is None:
            self.notify(self.t("topics.no_case"), severity="warning")
            return

        def tagged(tags: list[Topic] | None) -> None:
            if tags is None:
                return
            for topic in Topic:
                if (topic in tags) != (topic in case.tags) and not self.guarded(
                    self.engine.tag_case, case.id, topic, topic in tags
                ):
                    return

        self.app.push_screen(TopicsDialog(case), tagged)
