"""After the session: what the coordinator will read, and where the file is."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Label, Static

from ...models import Consent, InputKind, Moderation, Session
from ..widgets import BigText, KeyBar, MoodChart, StepHeader, StorageWarning
from .intake import case_text

if TYPE_CHECKING:
    from ..app import SupervisionApp


def mood_counts(session: Session, step_id: str) -> list[int]:
    counts = [0] * 5
    for answer in session.answers_for(step_id):
        if answer.mood is not None:
            counts[answer.mood - 1] += 1
    return counts


def glitter_quotes(session: Session) -> list[str]:
    """Glitzermomente whose authors agreed to quoting and which the supervisor did not hide."""
    steps = {s.id for s in session.agenda.steps if s.prompt is not None and s.prompt.motif == "diamond"}
    return [
        a.text
        for a in session.answers
        if a.step_id in steps
        and a.text
        and a.consent is Consent.QUOTE
        and a.moderation is Moderation.APPROVED
    ]


class SummaryScreen(Screen):
    def __init__(self, session: Session, path: Path | None) -> None:
        super().__init__()
        self.session = session
        self.path = path

    @property
    def sup(self) -> SupervisionApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        t = self.sup.texts
        session = self.session
        yield StepHeader(id="header")
        yield StorageWarning(id="storage-warning")
        with VerticalScroll(id="summary"):
            yield BigText(t("summary.title"), ratio=0.2, id="summary-title")
            with Vertical(id="summary-grid"):
                with Vertical(classes="summary-section"):
                    yield Label(t("summary.attendance"), classes="box-title")
                    yield Static(t("summary.devices", n=len(session.participants)), id="summary-attendance")
                    yield Static(t("summary.notes", n=len(session.notes)), id="summary-notes")
                    if self.path:
                        saved = t("summary.saved", path=self.path)
                    else:
                        stored = self.sup.engine is not None and self.sup.engine.store is not None
                        saved = t("summary.not_saved_yet" if stored else "summary.not_saved")
                    yield Static(Text(saved), id="summary-path")
                mood_steps = [
                    s
                    for s in session.agenda.steps
                    if s.prompt is not None and s.prompt.input is InputKind.MOOD
                ]
                if mood_steps:
                    with Vertical(classes="summary-section"):
                        yield Label(t("summary.moods"), classes="box-title")
                        for step in mood_steps:
                            counts = mood_counts(session, step.id)
                            yield Static(
                                Text(f"{step.title} · {t('summary.answers', n=sum(counts))}"),
                                classes="summary-subtitle",
                            )
                            chart = MoodChart(classes="summary-mood")
                            chart.counts = tuple(counts)
                            yield chart
                with Vertical(classes="summary-section"):
                    yield Label(t("summary.glitter"), classes="box-title")
                    quotes = glitter_quotes(session)
                    text = Text()
                    for index, quote in enumerate(quotes):
                        if index:
                            text.append("\n")
                        text.append(f"◆ „{quote}“")
                    yield Static(text if quotes else Text(t("summary.no_glitter")), id="summary-glitter")
                with Vertical(classes="summary-section"):
                    yield Label(t("summary.cases"), classes="box-title")
                    cases = Text()
                    for index, case in enumerate(session.cases):
                        if index:
                            cases.append("\n")
                        cases.append_text(case_text(case, t))
                    yield Static(cases if session.cases else Text(t("summary.no_cases")), id="summary-cases")
                with Vertical(classes="summary-section"):
                    yield Label(t("summary.agreements"), classes="box-title")
                    agreements = Text()
                    for index, agreement in enumerate(session.agreements):
                        if index:
                            agreements.append("\n")
                        agreements.append(f"{index + 1}. ", style="bold")
                        agreements.append(agreement.text)
                    yield Static(
                        agreements if session.agreements else Text(t("summary.no_agreements")),
                        id="summary-agreements",
                    )
        yield KeyBar(id="keybar")

    def on_mount(self) -> None:
        session = self.session
        self.query_one(StepHeader).show(
            f"{session.title} · {self.sup.texts('summary.title')}", session.date.strftime("%d.%m.%Y")
        )
