"""A case discussion (kollegiale Fallberatung): phases with timers, roles, ideas and notes."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Input, Label, Static

from ...models import Note, max_length
from ..dialogs import ChoiceDialog, NoteReviewDialog, RoleDialog, behind_cover
from ..widgets import AnswerCards, BigText, TimerDisplay
from ..widgets.cases import case_text
from ..widgets.content import update_static
from ..widgets.progress import PhaseBar
from .base import SessionScreen, typing_focus


class CaseScreen(SessionScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f", "choose_case", "key.choose_case"),
        Binding("r", "cast_roles", "key.cast"),
        Binding("z", "assign_role", "key.assign"),
        Binding("e", "edit_note", "key.note"),
        Binding("w", "take_along", "key.take_along"),
        Binding("ctrl+s", "save_note", "key.save_note"),
        Binding("end", "skip", "key.skip"),
    ]

    def compose_body(self) -> ComposeResult:
        yield PhaseBar(id="phase-bar")
        yield Static("", id="case-title")
        yield BigText("", id="phase-name", ratio=0.2)
        with Horizontal(id="phase-row"):
            yield Static("", id="phase-description")
            yield TimerDisplay(id="timer")
        with Horizontal(id="case-row"):
            with Vertical(id="roles-box"):
                yield Label(self.t("case.roles"), classes="box-title")
                yield Static("", id="roles")
            with Vertical(id="ideas-box"):
                yield Label(self.t("case.ideas"), classes="box-title", id="ideas-title")
                yield Static("", id="moderation-status")
                yield AnswerCards(
                    empty_text=self.t("answers.empty"), more_text=self.t("answers.more"), id="cards"
                )
                yield Static("", id="taken-along")
            with Vertical(id="notes-box"):
                yield Label(self.t("case.notes"), classes="box-title")
                yield from self.masked_input(
                    self.t("case.note_placeholder"), id="note-editor", max_length=max_length(Note, "text")
                )
                with VerticalScroll(id="notes-scroll", can_focus=False):
                    yield Static("", id="notes")

    def on_mount(self) -> None:
        engine = self.engine
        waiting = engine.open_cases()
        if engine.current_case() is None and len(waiting) == 1:
            # The one case taken at intake is the one to discuss: the supervisor need not pick it
            # in front of the group (f still chooses another).
            self.guarded(engine.select_case, waiting[0].id)
        # Textual calls SessionScreen.on_mount after this one by itself: no super() call here

    def refresh_view(self) -> None:
        engine = self.engine
        pos = engine.position
        step, phase = pos.step, pos.phase
        assert phase is not None
        self.query_one("#phase-bar", PhaseBar).show([p.name for p in step.phases], pos.phase_index)
        case = engine.current_case()
        title = self.query_one("#case-title", Static)
        if case is None:
            update_static(title, Text(self.t("case.no_case", key="f")))
        else:
            line = Text(f"{self.t('case.case')}: ", style="bold")
            line.append_text(case_text(case, self.t))
            update_static(title, line)
        self.query_one("#phase-name", BigText).text = phase.name
        description = Text(phase.description)
        if phase.silent_role:
            description.append("\n")
            description.append(self.t("case.silent", role=phase.silent_role), style="italic")
        update_static(self.query_one("#phase-description", Static), description)
        roles = engine.roles_for()
        table = Text()
        for index, role in enumerate(step.roles):
            if index:
                table.append("\n")
            table.append(f"{role}: ", style="bold")
            everyone = role in step.group_roles
            table.append(roles.get(role, self.t("case.role_everyone" if everyone else "case.role_open")))
        update_static(self.query_one("#roles", Static), table)
        shown = engine.shown_answers()
        # the ideas stay on screen after the Beratung: in Abschluss the case giver says what they take along
        carried = pos.prompt is None and bool(shown)
        ideas = pos.prompt is not None or carried
        self.query_one("#ideas-box").display = ideas
        if ideas:
            # the method's own word for what the phones sent (Balint: images and feelings), else "Ideen"
            asked = pos.prompt or next(
                (p.prompt for p in reversed(step.phases[: pos.phase_index]) if p.prompt is not None), None
            )
            named = asked.answers_title if asked is not None and asked.answers_title else self.t("case.ideas")
            update_static(self.query_one("#ideas-title", Label), named)
            if not carried:
                status = self.moderation_line()
            elif phase.takes_along:
                status = Text(self.t("case.take_along_hint", role=self.case_giver))
            else:
                status = Text()
            update_static(self.query_one("#moderation-status", Static), status)
            self.query_one("#cards", AnswerCards).show(shown)
        taken = Text()
        case = engine.current_case()
        if carried and case is not None:
            for answer in shown:
                if answer.id in case.taken_along:
                    taken.append(f"✓ {answer.text}\n", style="bold")
        update_static(self.query_one("#taken-along", Static), taken)
        self.query_one("#taken-along").display = bool(taken)
        notes = engine.notes_for()
        listed = Text()
        for index, note in enumerate(notes):
            if index:
                listed.append("\n")
            listed.append("• ")
            listed.append(note.text)
        update_static(self.query_one("#notes", Static), listed if notes else Text(self.t("case.no_notes")))

    @property
    def case_giver(self) -> str:
        """The case giver's role as this method names it (Tietze: Fallerzähler·in, Balint: Fallgeber·in)."""
        return self.engine.position.step.case_giver_role or self.t("case.giver")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "save_note":
            return typing_focus(self)
        if action == "cast_roles" and not self.engine.session.participants:
            return None
        phase = self.engine.position.phase
        if action == "take_along" and (
            phase is None or not phase.takes_along or not self.engine.shown_answers()
        ):
            return False  # only where a role takes ideas along (Tietze's Abschluss), once there are some
        return super().check_action(action, parameters)

    def action_choose_case(self) -> None:
        cases = self.engine.session.cases
        choices = [(c.id, case_text(c, self.t)) for c in cases]

        def chosen(case_id: str | None) -> None:
            if case_id:
                self.guarded(self.engine.select_case, case_id)

        self.app.push_screen(
            ChoiceDialog(self.t("case.choose_title"), choices, self.t("case.no_cases")), chosen
        )

    def action_take_along(self) -> None:
        """Mark an idea the case giver takes along (again: no longer)."""
        engine = self.engine
        case = engine.current_case()
        taken = case.taken_along if case is not None else []
        choices = [(a.id, Text(("✓ " if a.id in taken else "○ ") + a.text)) for a in engine.ideas()]

        def chosen(answer_id: str | None) -> None:
            if answer_id:
                self.guarded(engine.take_along, answer_id, answer_id not in taken)

        self.app.push_screen(
            ChoiceDialog(
                self.t("case.take_along_title", role=self.case_giver), choices, self.t("case.no_ideas")
            ),
            chosen,
        )

    def action_cast_roles(self) -> None:
        self.guarded(self.engine.cast_roles)

    def action_assign_role(self) -> None:
        roles = self.engine.position.step.roles
        people = [p.label for p in self.engine.session.participants]

        def assigned(result: tuple[str, str] | None) -> None:
            if result:
                self.guarded(self.engine.assign_role, *result)

        self.app.push_screen(RoleDialog(roles, people), assigned)

    def action_edit_note(self) -> None:
        self.query_one("#note-editor", Input).focus()

    @on(Input.Submitted, "#note-editor")
    def _submitted(self) -> None:
        self.action_save_note()

    def action_save_note(self) -> None:
        editor = self.query_one("#note-editor", Input)
        text = editor.value.strip()
        if not text:
            return
        case = self.engine.current_case()

        def reviewed(save: bool | None) -> None:
            if save and self.guarded(lambda: self.engine.add_note(text, case_id=case.id if case else None)):
                editor.clear()
                self.set_focus(None)  # saved: the letter keys act again
                self.notify(self.t("notice.note_saved"), timeout=2)
            else:
                editor.focus()

        # The supervisor sees what the anonymizer found before anything reaches the session; the
        # review shows the original and the mapping, so it is a private view behind the cover.
        behind_cover(self.app, self.t("cover.review"), lambda: NoteReviewDialog(text), reviewed)

    def action_skip(self) -> None:
        self.engine.next_step()
