"""Without --template: choose a template, give title and date, or resume an interrupted session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from ...models import Session, max_length
from ...prompts import TemplateInfo, list_templates
from ...store import StoredSession
from ..console import ConsoleScreen
from ..texts import Texts
from ..widgets import BigText, KeyBar
from ..widgets.views import views_text


def parse_date(value: str) -> dt.date | None:
    """`24.11.2026`, `24.11.26` or `2026-11-24`."""
    value = value.strip()
    for fmt in ("%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def template_prompt(info: TemplateInfo, t: Texts) -> Text:
    if info.agenda is not None:
        text = Text()
        text.append(info.agenda.title, style="bold")
        # minutes and steps on a line of their own: never broken between the number and its word
        text.append(
            f"\n  {t('start.minutes', n=info.agenda.minutes)} · {t('start.steps', n=len(info.agenda.steps))}"
        )
        return text
    text = Text()
    text.append(f"{info.name} – {t('start.broken')}\n", style="bold")
    problems = info.error.problems if info.error else []
    text.append("\n".join(f"  {p}" for p in problems), style="italic")
    return text


def resume_prompt(stored: StoredSession, t: Texts) -> Text:
    if stored.session is None:
        text = Text()
        text.append(f"{stored.path.name} – {t('start.broken')}\n", style="bold")
        text.append(f"  {t.error(stored.error) if stored.error else ''}", style="italic")
        return text
    session = stored.session
    step = session.agenda.steps[min(session.current_step, len(session.agenda.steps) - 1)]
    text = Text(
        t(
            "start.resume_line",
            date=session.date.strftime("%d.%m.%Y"),
            title=session.title,
            step=step.title,
            answers=t("start.answers_one")
            if len(session.answers) == 1
            else t("start.answers", n=len(session.answers)),
        )
    )
    if stored.damaged and stored.error is not None:
        text.append(
            "\n  " + t("start.resume_damaged", line=stored.error.params.get("line", "?")), style="italic"
        )
    return text


class TemplateList(OptionList):
    """The templates: Enter starts a session with the highlighted one (title and date have defaults;
    Tab reaches them first), and the key bar says so."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "select", "key.start")]


class StartScreen(ConsoleScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "start", "key.start"),
        Binding("tab", "app.focus_next", "key.focus"),
    ]

    def compose(self) -> ComposeResult:
        t = self.t
        self.templates = list_templates()
        self.resumable = self.sup.store.unfinished()
        self.sup.await_resume(self.resumable)
        with Vertical(id="start"):
            yield BigText(t("start.title"), max_rows=4, id="start-title")
            with Horizontal(id="start-row"):
                with Vertical(id="templates-box"):
                    yield Label(t("start.templates"), classes="box-title")
                    yield TemplateList(
                        *(
                            Option(template_prompt(info, t), id=info.name, disabled=info.agenda is None)
                            for info in self.templates
                        ),
                        id="templates",
                    )
                with Vertical(id="form-box"):
                    yield Label(t("start.session_title"), classes="box-title")
                    yield Input(self.sup.session_title, id="title", max_length=max_length(Session, "title"))
                    yield Label(t("start.date"), classes="box-title")
                    yield Input(self.sup.today().strftime("%d.%m.%Y"), id="date", max_length=10)
                    yield Button(t("start.button"), id="start-button", variant="primary")
            yield Static(views_text(t, self.sup.sessions_dir), id="start-views")
            yield Label(t("start.resume"), classes="box-title")
            resume_options = [
                Option(resume_prompt(stored, t), id=str(stored.path), disabled=stored.session is None)
                for stored in self.resumable
            ]
            if not resume_options:
                resume_options = [Option(t("start.no_resume"), disabled=True)]
            yield OptionList(*resume_options, id="resume")
        yield KeyBar(id="keybar")

    def on_mount(self) -> None:
        templates = self.query_one("#templates", OptionList)
        templates.focus()
        for index, info in enumerate(self.templates):
            if info.agenda is not None:
                templates.highlighted = index
                break

    @on(OptionList.OptionSelected, "#templates")
    def _template_chosen(self) -> None:
        self.action_start()

    @on(Input.Submitted)
    @on(Button.Pressed, "#start-button")
    def _submitted(self) -> None:
        self.action_start()

    @on(OptionList.OptionSelected, "#resume")
    def _resume(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            path = Path(event.option.id)
            damaged = any(stored.damaged for stored in self.resumable if stored.path == path)
            self.sup.resume_session(path, salvage=damaged)

    def action_start(self) -> None:
        t = self.t
        templates = self.query_one("#templates", OptionList)
        index = templates.highlighted
        info = self.templates[index] if index is not None and index < len(self.templates) else None
        if info is None or info.agenda is None:
            self.notify(t("start.no_template"), severity="error")
            return
        date = parse_date(self.query_one("#date", Input).value)
        if date is None:
            self.notify(t("start.bad_date"), severity="error")
            return
        self.sup.start_session(info.agenda, self.query_one("#title", Input).value, date)
