"""The moderation queue of the current step: approve or hide, mask or keep a doubt.

A private view (private answers, who asked for a one-to-one talk): it opens only behind the cover.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from ...engine import EngineError
from ...models import Answer, Consent, Moderation
from ..texts import Texts
from ..widgets import KeyBar
from ..widgets.answers import answer_text
from ..widgets.cases import urgency_text
from ..widgets.doubts import DOUBT_STYLE, KEEP_DOUBT, MASK_DOUBT, judge_doubt
from .base import Dialog


def moderation_prompt(answer: Answer, t: Texts, doubts: list[str] | None = None) -> Text:
    """One queue line: state, consent mark, flags, then the (anonymized, literal) text with its doubts
    underlined. A private answer carries no approve tick: it is never projected."""
    marks = {
        Moderation.PENDING: ("● ", "bold"),
        Moderation.APPROVED: ("✓ ", "bold"),
        Moderation.HIDDEN: ("✗ ", "dim"),
    }
    symbol, style = marks[answer.moderation]
    line = Text()
    if answer.consent is Consent.PRIVATE:
        line.append(f"[{t('private.mark')}] ", style="bold reverse")
    else:
        line.append(symbol, style=style)
    if answer.flags:
        line.append(f"({t('mod.flags', flags=', '.join(answer.flags))}) ", style="italic")
    if answer.urgency is not None:  # a concern: how urgent, as the intake list says it
        line.append_text(urgency_text(answer.urgency, t))
        line.append(" ")
    body = answer_text(answer)
    if doubts:
        body.highlight_words(doubts, style=DOUBT_STYLE)
        body.append(f"  ({t('mod.doubts', words=', '.join(doubts))})", style="italic")
    line.append_text(body)
    return line


class ModerationScreen(Dialog[None]):
    """The supervisor's queue for the current step: approve or hide; private answers stay private.

    A private view: it lists private and pending answers and who asked for a one-to-one talk.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f", "moderate('approved')", "key.approve"),
        Binding("v", "moderate('hidden')", "key.hide"),
        Binding("a", "approve_all", "key.approve_all"),
        Binding("o", "switch", "key.moderation_switch"),
        MASK_DOUBT,
        KEEP_DOUBT,
        Binding("escape,m", "close", "key.close"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog moderation-dialog"):
            yield Label(self.t("mod.title"), classes="dialog-title")
            yield Static(self.t("mod.hint"), classes="dialog-hint")
            yield Static("", id="mod-state")
            yield OptionList(id="queue")
            yield Static("", id="mod-doubt")
            yield Static("", id="mod-private")
            yield KeyBar()

    def on_mount(self) -> None:
        # The order while the queue is open: the engine's (waiting first) when it opens, later arrivals
        # at the end. Approving or hiding moves no answer and a phone's answer slides none under the
        # cursor, so `f` then ↓ reaches the next answer and no key acts on one never highlighted.
        self._order: list[str] = []
        self.sync()
        self.query_one("#queue", OptionList).focus()

    def answers(self) -> list[Answer]:
        """The engine's queue in the order this dialog has shown it since it opened."""
        answers = self.engine.review_queue()
        known = set(self._order)
        self._order += [a.id for a in answers if a.id not in known]
        position = {answer_id: index for index, answer_id in enumerate(self._order)}
        return sorted(answers, key=lambda a: position[a.id])

    def sync(self) -> None:
        engine = self.engine
        queue = self.query_one("#queue", OptionList)
        on_answer = self._highlighted_id()
        answers = self.answers()
        queue.clear_options()
        queue.add_options(
            [Option(moderation_prompt(a, self.t, engine.doubts(self._body(a))), id=a.id) for a in answers]
        )
        if answers:
            ids = [a.id for a in answers]
            queue.highlighted = ids.index(on_answer) if on_answer in ids else 0
        on = engine.moderated(engine.position.step)
        self.query_one("#mod-state", Static).update(self.t("mod.state_on" if on else "mod.state_off"))
        requests = engine.private_talk_requests()
        private = (
            self.t("mod.private_talk", who=", ".join(requests)) if requests else self.t("mod.no_private_talk")
        )
        self.query_one("#mod-private", Static).update(Text(private))
        if not answers:
            queue.add_option(Option(self.t("mod.empty"), disabled=True))

    def _highlighted_id(self) -> str | None:
        queue = self.query_one("#queue", OptionList)
        if queue.highlighted is None or queue.highlighted >= queue.option_count:
            return None
        return queue.get_option_at_index(queue.highlighted).id

    def action_moderate(self, state: str) -> None:
        answer_id = self._highlighted_id()
        if answer_id is None:
            return
        answer = next((a for a in self.engine.review_queue() if a.id == answer_id), None)
        if (
            Moderation(state) is Moderation.APPROVED
            and answer is not None
            and answer.consent is Consent.PRIVATE
        ):
            self.notify(self.t("mod.private_never"))  # no tick to give: say so rather than nothing
            return
        try:
            self.engine.moderate(answer_id, Moderation(state))
        except EngineError as exc:
            self.notify(self.t.error(exc), severity="error")

    def action_switch(self) -> None:
        engine = self.engine
        step = engine.position.step
        engine.set_moderation(step.id, not engine.moderated(step))

    def action_approve_all(self) -> None:
        """Every pending answer its author agreed to show, with one key; private ones stay private."""
        for answer in self.answers():
            if answer.moderation is Moderation.PENDING and answer.consent is Consent.QUOTE:
                self.engine.moderate(answer.id, Moderation.APPROVED)

    @staticmethod
    def _body(answer: Answer) -> str:
        return (
            f"{answer.title}\n{answer.text}" if answer.title and answer.text else answer.title or answer.text
        )

    def _first_doubt(self) -> str | None:
        answer_id = self._highlighted_id()
        answer = next((a for a in self.answers() if a.id == answer_id), None)
        doubts = self.engine.doubts(self._body(answer)) if answer is not None else []
        return doubts[0] if doubts else None

    def _judge_first_doubt(self, *, mask: bool) -> None:
        word = self._first_doubt()
        if word is not None:
            said = judge_doubt(self.engine, word, mask=mask, t=self.t)
            self.query_one("#mod-doubt", Static).update(Text(said))
            self.sync()

    def action_mask_doubt(self) -> None:
        """The first doubt of the highlighted answer is a name: masked here and for the rest of the session."""
        self._judge_first_doubt(mask=True)

    def action_keep_doubt(self) -> None:
        """The first doubt of the highlighted answer is no name: readable for the rest of the session."""
        self._judge_first_doubt(mask=False)

    def action_close(self) -> None:
        self.dismiss()
