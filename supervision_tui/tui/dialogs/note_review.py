"""The review of a case note before it is saved: what the anonymizer found, and the names to add.

A private view (the original text, the mapping): it opens only behind the cover.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from ..widgets import KeyBar
from ..widgets.doubts import DOUBT_STYLE, KEEP_DOUBT, MASK_DOUBT, judge_doubt
from .base import Dialog


class NoteReviewDialog(Dialog[bool]):
    """Before a note is saved: detected entities highlighted; mark a missed name or release a false one.

    What the supervisor marks becomes a session name (always masked from now on); what they release
    stays readable for the rest of the session. Dismisses with True to save.

    A private view (the original text, the mapping, the session names): it opens only behind the
    cover, and its confirmations stay inside it, never in a notification that outlives it.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        # Not a priority binding: that ran before the letters typed just before it reached the field.
        Binding("ctrl+s", "save", "key.save"),
        Binding("f", "release", "key.release"),
        MASK_DOUBT,
        KEEP_DOUBT,
        Binding("escape", "cancel", "key.back"),
    ]
    # the letters bound above, which stay keys on the list (`on_key`)
    _LETTERS: ClassVar[frozenset[str]] = frozenset(
        b.key for b in BINDINGS if isinstance(b, Binding) and len(b.key) == 1
    )

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self._doubts: list[str] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog review-dialog"):
            yield Label(self.t("review.title"), classes="dialog-title")
            yield Static(self.t("review.hint"), classes="dialog-hint")
            yield Static("", id="review-original")
            yield Label(self.t("review.result"), classes="box-title")
            yield Static("", id="review-result")
            yield OptionList(id="review-entities")
            # not selected on focus: a name typed on the list moves into the field letter by letter (`on_key`)
            yield Input(placeholder=self.t("review.add_name"), id="review-name", select_on_focus=False)
            yield Static("", id="review-status")
            yield KeyBar()

    def on_mount(self) -> None:
        self.sync()
        self.query_one("#review-entities", OptionList).focus()

    def sync(self) -> None:
        result = self.engine.preview(self.text)
        original = Text(self.text)
        for entity in result.entities:
            original.stylize("bold reverse", entity.start, entity.end)
        self._doubts = self.engine.doubts(self.text, result)
        for doubt in result.doubts:
            if self.text[doubt.start : doubt.end] in self._doubts:
                original.stylize(DOUBT_STYLE, doubt.start, doubt.end)
        if self._doubts:
            original.append(f"  ({self.t('mod.doubts', words=', '.join(self._doubts))})", style="italic")
        self.query_one("#review-original", Static).update(original)
        self.query_one("#review-result", Static).update(Text(result.text))
        entities = self.query_one("#review-entities", OptionList)
        entities.clear_options()
        for entity in result.entities:
            line = self.t(
                "review.entity", original=self.text[entity.start : entity.end], replacement=entity.replacement
            )
            entities.add_option(Option(Text(line), id=self.text[entity.start : entity.end]))
        if not result.entities:
            entities.add_option(Option(self.t("review.none"), disabled=True))
        else:
            entities.highlighted = 0

    def on_key(self, event: events.Key) -> None:
        # A supervisor who starts typing a missed name while the list has the focus: its letters go into the
        # name field, which takes the focus. Otherwise the letters bound on the list would act unseen: typing
        # "Hoffnung" there released the first two entities with its two "f"s. The bound letters themselves stay
        # keys (a name typed small from "f", "x" or "b" must be typed into the field).
        if (
            isinstance(self.focused, OptionList)
            and event.is_printable
            and event.character is not None
            and event.character.strip()
            and event.key not in self._LETTERS
        ):
            event.stop()
            event.prevent_default()
            field = self.query_one("#review-name", Input)
            field.focus()
            field.insert_text_at_cursor(event.character)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # "f" and "x" are letters while a name is typed into the input.
        return not (action in ("release", "mask_doubt", "keep_doubt") and isinstance(self.focused, Input))

    def action_mask_doubt(self) -> None:
        """The first doubt is a name: masked in this note, in what was stored and for the rest of the session."""
        self._judge_first_doubt(mask=True)

    def action_keep_doubt(self) -> None:
        """The first doubt is no name: readable in this note and for the rest of the session."""
        self._judge_first_doubt(mask=False)

    def _judge_first_doubt(self, *, mask: bool) -> None:
        if self._doubts:
            said = judge_doubt(self.engine, self._doubts[0], mask=mask, t=self.t)
            self.query_one("#review-status", Static).update(Text(said))
            self.sync()

    def action_release(self) -> None:
        entities = self.query_one("#review-entities", OptionList)
        if entities.highlighted is None:
            return
        word = entities.get_option_at_index(entities.highlighted).id
        if word:
            self.engine.release_word(word)
            self.query_one("#review-status", Static).update(Text(self.t("review.released", word=word)))
            self.sync()

    @on(Input.Submitted, "#review-name")
    def _add_name(self, event: Input.Submitted) -> None:
        name = event.value.strip()
        if name:
            self.engine.add_session_name(name)
            self.query_one("#review-status", Static).update(Text(self.t("review.added", name=name)))
            event.input.clear()
            self.sync()

    def action_save(self) -> None:
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)
