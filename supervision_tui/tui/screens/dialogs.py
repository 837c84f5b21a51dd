"""Modal screens: confirmation, QR for latecomers, help, the moderation queue and small pickers.

The moderation queue and the note review are private views: they open only behind the cover
(`cover.behind_cover`), never straight from a key of a step screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Horizontal, Vertical
from textual.screen import ModalScreen, ScreenResultType
from textual.widgets import Button, Input, Label, OptionList, Select, SelectionList, Static
from textual.widgets.option_list import Option

from ...engine import AnswerInput, Engine, EngineError
from ...joinlink import short_join_url
from ...models import Answer, Case, Consent, InputKind, Moderation, Topic, Urgency
from ..texts import Texts
from ..widgets import JoinAddress, KeyBar, QRCode
from ..widgets.answers import answer_text, terminal_text
from .start import beamer_command
from .typing import AnonymizedPreview

if TYPE_CHECKING:
    from ..app import SupervisionApp


class Dialog(ModalScreen[ScreenResultType]):
    """A modal with access to the app's texts and engine; typed by what it dismisses with."""

    @property
    def sup(self) -> SupervisionApp:
        return self.app  # type: ignore[return-value]

    @property
    def t(self) -> Texts:
        return self.sup.texts

    @property
    def engine(self) -> Engine:
        engine = self.sup.engine
        assert engine is not None
        return engine

    def sync(self) -> None:
        """Called for every session update while the dialog is open."""


class ConfirmDialog(Dialog):
    """Yes / no; dismisses with a bool."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "answer(True)", "key.yes"),
        Binding("y", "answer(True)", "key.yes", show=False),  # an English keyboard habit, not shown
        Binding("n,escape", "answer(False)", "key.no"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text(self.question), classes="dialog-question")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.t("key.yes"), id="yes", variant="error")
                yield Button(self.t("key.no"), id="no", variant="primary")
            yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class QrScreen(Dialog):
    """The join code again, full size, for latecomers."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,c", "close", "key.close")]

    def compose(self) -> ComposeResult:
        url = self.sup.join_url
        with Vertical(classes="dialog qr-dialog"):
            yield Label(self.t("qr.title"), classes="dialog-title")
            if url:
                # The code measures itself against this 1fr area: whole, or not at all.
                with Center(id="qr-area"):
                    yield QRCode(url, id="qr")
                yield Static(self.t("join.too_small"), id="qr-too-small", classes="notice")
                yield JoinAddress(url, short_join_url(url), classes="join-url")
            else:
                yield Static(self.t("qr.none"), classes="notice")
            yield KeyBar()

    @on(QRCode.Fitted)
    def _qr_fitted(self, event: QRCode.Fitted) -> None:
        self.query_one(".qr-dialog").set_class(not event.fits, "-no-qr")

    def action_close(self) -> None:
        self.dismiss()


class HelpScreen(Dialog):
    """Every key of the screen below, with what it does."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,question_mark", "close", "key.close")]

    def __init__(self, entries: list[tuple[str, str]]) -> None:
        super().__init__()
        self.entries = entries

    def compose(self) -> ComposeResult:
        table = Text()
        width = max((len(k) for k, _ in self.entries), default=4)
        for key, description in self.entries:
            table.append(f"{key:>{width}}  ", "bold")
            table.append(f"{description}\n")
        with Vertical(classes="dialog help-dialog"):
            yield Label(self.t("help.title"), classes="dialog-title")
            yield Static(table, id="help-keys")
            yield Static(self.t("help.intro"), classes="dialog-hint")
            views = Text(self.t("help.views", command=beamer_command(self.sup)))
            yield Static(views, id="help-views", classes="dialog-hint")
            yield Static(self.t("help.close"), classes="dialog-hint")

    def action_close(self) -> None:
        self.dismiss()


DOUBT_STYLE = "bold underline"


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
        Binding("x", "mask_doubt", "key.mask_doubt"),
        Binding("b", "keep_doubt", "key.keep_doubt"),
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
        self.sync()
        self.query_one("#queue", OptionList).focus()

    def answers(self) -> list[Answer]:
        """Free-text answers of the current step: waiting first, then shown, then hidden."""
        engine = self.engine
        pos = engine.position
        phase = pos.phase_index if pos.phase is not None else None
        order = {Moderation.PENDING: 0, Moderation.APPROVED: 1, Moderation.HIDDEN: 2}
        answers = [a for a in engine.session.answers_for(pos.step.id, phase) if a.text or a.title]
        return sorted(answers, key=lambda a: order[a.moderation])

    def sync(self) -> None:
        engine = self.engine
        queue = self.query_one("#queue", OptionList)
        highlighted = queue.highlighted
        answers = self.answers()
        queue.clear_options()
        queue.add_options(
            [Option(moderation_prompt(a, self.t, engine.doubts(self._body(a))), id=a.id) for a in answers]
        )
        if answers:
            queue.highlighted = min(highlighted or 0, len(answers) - 1)
        on = engine.moderated(engine.position.step)
        self.query_one("#mod-state", Static).update(self.t("mod.state_on" if on else "mod.state_off"))
        requests = engine.private_talk_requests()
        private = (
            self.t("mod.private_talk", who=", ".join(requests)) if requests else self.t("mod.no_private_talk")
        )
        self.query_one("#mod-private", Static).update(Text(private))
        if not answers:
            queue.add_option(Option(self.t("mod.empty"), disabled=True))

    def action_moderate(self, state: str) -> None:
        queue = self.query_one("#queue", OptionList)
        if queue.highlighted is None:
            return
        option = queue.get_option_at_index(queue.highlighted)
        if option.id is None:
            return
        try:
            self.engine.moderate(option.id, Moderation(state))
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
        queue = self.query_one("#queue", OptionList)
        if queue.highlighted is None:
            return None
        option = queue.get_option_at_index(queue.highlighted)
        answer = next((a for a in self.answers() if a.id == option.id), None)
        doubts = self.engine.doubts(self._body(answer)) if answer is not None else []
        return doubts[0] if doubts else None

    def action_mask_doubt(self) -> None:
        """The first doubt of the highlighted answer is a name: masked here and for the rest of the session."""
        word = self._first_doubt()
        if word is not None:
            self.engine.mask_word(word)
            self.query_one("#mod-doubt", Static).update(Text(self.t("review.added", name=word)))
            self.sync()

    def action_keep_doubt(self) -> None:
        """The first doubt of the highlighted answer is no name: readable for the rest of the session."""
        word = self._first_doubt()
        if word is not None:
            self.engine.release_word(word)
            self.query_one("#mod-doubt", Static).update(Text(self.t("review.released", word=word)))
            self.sync()

    def action_close(self) -> None:
        self.dismiss()


class TopicsDialog(Dialog):
    """Tick the topics of a case (the coordinator's yearly report counts them)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "toggle", "key.toggle"),
        Binding("enter", "done", "key.done", priority=True),
        Binding("escape", "cancel", "key.cancel"),
    ]

    def __init__(self, case: Case) -> None:
        super().__init__()
        self.case = case

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            title = self.t("case.private_title") if self.case.private else terminal_text(self.case.title)
            yield Label(Text(self.t("topics.title", case=title)), classes="dialog-title")
            yield Static(self.t("topics.hint"), classes="dialog-hint")
            yield SelectionList[str](
                *((self.t(f"topic.{topic.value}"), topic.value, topic in self.case.tags) for topic in Topic),
                id="topics",
            )
            yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#topics", SelectionList).focus()

    def action_toggle(self) -> None:
        topics = self.query_one("#topics", SelectionList)
        if topics.highlighted is not None:
            topics.toggle(topics.get_option_at_index(topics.highlighted).value)

    def action_done(self) -> None:
        selected = self.query_one("#topics", SelectionList).selected
        self.dismiss([Topic(v) for v in selected])

    def action_cancel(self) -> None:
        self.dismiss(None)


class ChoiceDialog(Dialog):
    """Pick one entry of a list; dismisses with its id (or None)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "key.close")]

    def __init__(self, title: str, choices: list[tuple[str, Text | str]], empty: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.choices = choices
        self.empty = empty

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self.title_text), classes="dialog-title")
            if self.choices:
                yield OptionList(*(Option(prompt, id=cid) for cid, prompt in self.choices), id="choices")
            else:
                yield Static(Text(self.empty), classes="dialog-hint")
            yield KeyBar()

    @on(OptionList.OptionSelected, "#choices")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class RoleDialog(Dialog):
    """Assign one role of the current step to a pseudonym (T1, T2 …)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "key.close")]

    def __init__(self, roles: list[str], people: list[str]) -> None:
        super().__init__()
        self.roles = roles
        self.people = people

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.t("role.title"), classes="dialog-title")
            if not self.people:
                yield Static(self.t("role.nobody"), classes="dialog-hint")
            else:
                with Horizontal(classes="role-lists"):
                    with Vertical():
                        yield Label(self.t("role.role"))
                        yield OptionList(*(Option(Text(r), id=r) for r in self.roles), id="roles")
                    with Vertical():
                        yield Label(self.t("role.person"))
                        yield OptionList(*(Option(p, id=p) for p in self.people), id="people")
            yield KeyBar()

    @on(OptionList.OptionSelected, "#roles")
    def _role_chosen(self) -> None:
        self.query_one("#people", OptionList).focus()

    @on(OptionList.OptionSelected, "#people")
    def _person_chosen(self, event: OptionList.OptionSelected) -> None:
        roles = self.query_one("#roles", OptionList)
        role = self.roles[roles.highlighted or 0]
        self.dismiss((role, event.option.id))

    def action_cancel(self) -> None:
        self.dismiss(None)


class AddCaseDialog(Dialog):
    """The supervisor types a concern herself (the title goes through the anonymizer) and says who
    brings it: a T-code, or nobody here (then no one is the case giver)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "key.close")]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.t("intake.add_title"), classes="dialog-title")
            yield Input(
                placeholder=self.t("intake.add_placeholder"), id="case-title", max_length=200, password=True
            )
            yield AnonymizedPreview(self.t("typing.preview"), id="case-title-preview")
            yield Select(
                [(self.t(f"urgency.{u.value}"), u.value) for u in Urgency],
                value=Urgency.MEDIUM.value,
                allow_blank=False,
                id="case-urgency",
            )
            people = [
                (self.t("intake.brought_by", who=p.label), p.label) for p in self.engine.session.participants
            ]
            yield Select(
                [(self.t("intake.nobody_here"), ""), *people], value="", allow_blank=False, id="case-giver"
            )
            yield KeyBar()

    @on(Input.Changed, "#case-title")
    def _typed(self, event: Input.Changed) -> None:
        self.query_one("#case-title-preview", AnonymizedPreview).show(self.engine, event.value)

    @on(Input.Submitted, "#case-title")
    def _submitted(self, event: Input.Submitted) -> None:
        if not event.value.strip():
            return
        urgency = Urgency(self.query_one("#case-urgency", Select).value)
        giver = str(self.query_one("#case-giver", Select).value or "") or None
        self.dismiss((event.value, urgency, giver))

    def action_cancel(self) -> None:
        self.dismiss(None)


class PaperAnswerDialog(Dialog[AnswerInput]):
    """An answer for someone without a phone: a mood and an optional sentence, a sentence, or a concern.
    Typed masked like every note (the room sees the anonymized preview); private by default."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "key.close")]

    def __init__(self, kind: InputKind, step_id: str, phase: int | None) -> None:
        super().__init__()
        self.kind, self.step_id, self.phase = kind, step_id, phase

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.t("paper.title"), classes="dialog-title")
            yield Static(self.t("paper.hint"), classes="dialog-hint")
            if self.kind is InputKind.MOOD:
                yield Select(
                    [(f"{n} – {self.t(f'paper.mood_{n}')}", n) for n in range(1, 6)],
                    prompt=self.t("paper.mood"),
                    id="paper-mood",
                )
            if self.kind is InputKind.INTAKE:
                yield Select(
                    [(self.t(f"urgency.{u.value}"), u.value) for u in Urgency],
                    value=Urgency.MEDIUM.value,
                    allow_blank=False,
                    id="paper-urgency",
                )
            placeholder = (
                "paper.title_placeholder" if self.kind is InputKind.INTAKE else "paper.text_placeholder"
            )
            yield Input(placeholder=self.t(placeholder), id="paper-text", max_length=1000, password=True)
            yield AnonymizedPreview(self.t("typing.preview"), id="paper-preview")
            yield Static("", id="paper-error")
            yield KeyBar()

    @on(Input.Changed, "#paper-text")
    def _typed(self, event: Input.Changed) -> None:
        self.query_one("#paper-preview", AnonymizedPreview).show(self.engine, event.value)

    @on(Input.Submitted, "#paper-text")
    def _submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        fields: dict[str, object] = {"step_id": self.step_id, "phase": self.phase, "consent": Consent.PRIVATE}
        if self.kind is InputKind.MOOD:
            mood = self.query_one("#paper-mood", Select).value
            if not isinstance(mood, int):
                self.query_one("#paper-error", Static).update(self.t("paper.need_mood"))
                return
            fields.update(mood=mood, text=text)
        elif self.kind is InputKind.INTAKE:
            fields.update(title=text, urgency=Urgency(self.query_one("#paper-urgency", Select).value))
        else:
            fields.update(text=text)
        if not text and self.kind is not InputKind.MOOD:
            return
        self.dismiss(AnswerInput(**fields))  # type: ignore[arg-type]

    def action_cancel(self) -> None:
        self.dismiss(None)


class NoteReviewDialog(Dialog[bool]):
    """Before a note is saved: detected entities highlighted; mark a missed name or release a false one.

    What the supervisor marks becomes a session name (always masked from now on); what they release
    stays readable for the rest of the session. Dismisses with True to save.

    A private view (the original text, the mapping, the session names): it opens only behind the
    cover, and its confirmations stay inside it, never in a notification that outlives it.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "key.save", priority=True),
        Binding("f", "release", "key.release"),
        Binding("x", "mask_doubt", "key.mask_doubt"),
        Binding("escape", "cancel", "key.back"),
    ]

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
            yield Input(placeholder=self.t("review.add_name"), id="review-name")
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
        self._doubts = list(dict.fromkeys(self.text[d.start : d.end] for d in result.doubts))
        for doubt in result.doubts:
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

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # "f" and "x" are letters while a name is typed into the input.
        return not (action in ("release", "mask_doubt") and isinstance(self.focused, Input))

    def action_mask_doubt(self) -> None:
        """The first doubt is a name: masked in this note and for the rest of the session."""
        if self._doubts:
            word = self._doubts[0]
            self.engine.add_session_name(word)
            self.query_one("#review-status", Static).update(Text(self.t("review.added", name=word)))
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
