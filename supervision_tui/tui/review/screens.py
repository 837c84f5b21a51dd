"""The review screens: the list of sessions, one session's summary, and the trends across sessions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import DataTable, Label, Static
from textual_plotext import PlotextPlot

from ...report.document import date, number, session_section
from ...report.suppression import PublishedSession
from ..base import AppScreen
from ..widgets import KeyBar
from .blocks import section_renderable
from .data import Entry

if TYPE_CHECKING:
    from .app import ReviewApp


class ReviewScreen(AppScreen[None]):
    """Header line, body, key bar: the frame of every review screen."""

    @property
    def review(self) -> ReviewApp:
        # Every review screen runs inside `ReviewApp`; Textual types `app` as its base class.
        return cast("ReviewApp", self.app)

    def compose(self) -> ComposeResult:
        yield Label(self.heading(), id="review-header")
        with Vertical(id="review-body"):
            yield from self.compose_body()
        yield Static("", id="review-status")
        yield KeyBar()

    def heading(self) -> str:
        return self.t("coord.title")

    def compose_body(self) -> ComposeResult:
        yield from ()

    def show_status(self, text: str) -> None:
        self.query_one("#review-status", Static).update(Text(text))


class SessionTable(DataTable[Text]):
    """The table's own Enter opens the row, shown in the key bar. As a priority binding on the screen it
    ran before the table had handled a ↓ typed just before it, and opened the row above."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "screen.open", "key.open")]


class SessionList(ReviewScreen):
    """Every stored file: held sessions, refused files with their error, what is due for deletion."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("t", "trends", "key.trends"),
        Binding("x", "export", "key.export"),
        Binding("l", "due_only", "key.due_only"),
        Binding("q", "app.quit", "key.quit", show=False),
    ]
    due_only = False  # only the files whose template's retention has run out

    def compose_body(self) -> ComposeResult:
        yield Static("", id="review-info")
        yield SessionTable(id="sessions-table", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        table = self.query_one("#sessions-table", DataTable)
        # the long format name last: an 80-column terminal shows the figures first
        for key in ("date", "title", "minutes", "attendance", "note", "format"):
            table.add_column(self.t(f"coord.col.{key}"), key=key)
        self.fill()

    def fill(self) -> None:
        review = self.review
        table = self.query_one("#sessions-table", DataTable)
        table.clear()
        today = review.today
        for index, entry in enumerate(review.entries):
            if not self.due_only or entry.due(today):
                table.add_row(*self.row(entry), key=str(index))
        held = sum(1 for e in review.entries if e.published)
        refused = len(review.entries) - held
        due = sum(1 for e in review.entries if e.due(today))
        info = self.t("coord.info", n=held, refused=refused, due=due)
        if due:
            info += " · " + self.t("coord.due_hint")
        if self.due_only:
            info = self.t("coord.due_only", due=due) + " · " + self.t("coord.due_hint")
        if not review.entries:
            info = self.t("coord.empty", dir=review.sessions_dir)
        self.query_one("#review-info", Static).update(Text(info))

    def row(self, entry: Entry) -> tuple[Text, ...]:
        session = entry.published
        if session is None:
            return (
                Text("—"),
                Text(entry.path.name),
                Text(""),
                Text(""),
                Text(
                    self.t("coord.refused", error=self.t.error(entry.error) if entry.error else ""),
                    style="bold",
                ),
                Text(""),
            )
        notes = []
        if entry.migrated:
            notes.append(self.t("coord.migrated"))
        if entry.keep_until is not None:
            key = "coord.due" if entry.due(self.review.today) else "coord.keep"
            notes.append(self.t(key, date=date(entry.keep_until)))
        return (
            Text(date(session.date)),
            Text(session.title),
            Text(number(session.minutes), justify="right"),
            Text(session.participants.text, justify="right"),
            Text(" · ".join(notes)),
            Text(session.format),
        )

    @property
    def chosen(self) -> Entry | None:
        table = self.query_one("#sessions-table", DataTable)
        if not table.row_count or table.cursor_row < 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.review.entries[int(key or 0)]

    @on(DataTable.RowSelected, "#sessions-table")
    def _selected(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        entry = self.chosen
        if entry is None:
            return
        if entry.published is None:
            self.notify(
                self.t("coord.refused", error=self.t.error(entry.error) if entry.error else ""),
                severity="error",
            )
            return
        self.app.push_screen(SessionView(entry.published))

    def action_due_only(self) -> None:
        """The retention view: only what `purge` would delete by the templates' retention, or all again."""
        self.due_only = not self.due_only
        self.fill()

    def action_trends(self) -> None:
        self.app.push_screen(Trends())

    def action_export(self) -> None:
        self.review.export_period(self)


class SessionView(ReviewScreen):
    """One session's summary: the same section the report prints for it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "key.return"),
        Binding("x", "export", "key.export"),
    ]

    def __init__(self, session: PublishedSession) -> None:
        super().__init__()
        self.session = session

    def heading(self) -> str:
        return f"{self.t('coord.title')} · {date(self.session.date)} · {self.session.title}"

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="coord-summary-scroll"):
            yield Static(section_renderable(session_section(self.session)), id="coord-summary")

    def on_mount(self) -> None:
        self.query_one("#coord-summary-scroll").focus()

    def action_export(self) -> None:
        self.review.export_session(self, self.session)


class Trends(ReviewScreen):
    """Across sessions, oldest first: attendance, duration and each mood question's median.

    Points come from the published sessions only: a count hidden as "." is left out of the chart
    (and said so), a median below five answers is missing, exactly as in the report."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "app.pop_screen", "key.return")]

    def compose_body(self) -> ComposeResult:
        sessions = self.review.sessions_oldest_first
        with VerticalScroll(id="trends-scroll"):
            if not sessions:
                yield Static(self.t("coord.trends_none"), id="trends-none")
                return
            yield Static(self.table(sessions), id="trends-table")
            yield PlotextPlot(id="trend-attendance", classes="trend")
            yield PlotextPlot(id="trend-minutes", classes="trend")
            for index, _question in enumerate(self.questions(sessions)):
                yield PlotextPlot(id=f"trend-mood-{index}", classes="trend")

    @staticmethod
    def questions(sessions: list[PublishedSession]) -> list[str]:
        found: list[str] = []
        for session in sessions:
            for mood in session.moods:
                if mood.question not in found:
                    found.append(mood.question)
        return found

    def table(self, sessions: list[PublishedSession]) -> Text:
        text = Text()
        text.append(self.t("coord.trends_head") + "\n", style="bold")
        for session in sessions:
            medians = [
                "" if m.distribution.median is None else number(m.distribution.median) for m in session.moods
            ]
            attendance = session.participants.text or "—"
            text.append(
                f"{date(session.date)}  {attendance:>3}  {number(session.minutes):>6}  {' / '.join(medians)}\n"
            )
        text.append(self.t("coord.trends_rule"))
        return text

    def on_mount(self) -> None:
        sessions = self.review.sessions_oldest_first
        if not sessions:
            return
        labels = [s.date.strftime("%d.%m.%y") for s in sessions]
        shown = [(label, s.participants.value) for label, s in zip(labels, sessions, strict=True)]
        self.bar("#trend-attendance", self.t("coord.trend_attendance"), shown)
        self.bar(
            "#trend-minutes",
            self.t("coord.trend_minutes"),
            [(label, s.minutes) for label, s in zip(labels, sessions, strict=True)],
        )
        for index, question in enumerate(self.questions(sessions)):
            points = []
            for label, session in zip(labels, sessions, strict=True):
                mood = next((m for m in session.moods if m.question == question), None)
                points.append((label, mood.distribution.median if mood else None))
            plot = self.query_one(f"#trend-mood-{index}", PlotextPlot)
            plt = plot.plt
            plt.clear_data()
            plt.title(self.t("coord.trend_mood", question=question))
            known = [(i, v) for i, (_label, v) in enumerate(points) if v is not None]
            if known:
                plt.plot([i for i, _v in known], [v for _i, v in known], marker="braille")
            plt.xticks(list(range(len(labels))), labels)
            plt.ylim(1, 5)
            plot.refresh()

    def bar(self, selector: str, title: str, points: Sequence[tuple[str, float | None]]) -> None:
        plot = self.query_one(selector, PlotextPlot)
        plt = plot.plt
        plt.clear_data()
        hidden = [label for label, value in points if value is None]
        plt.title(title + (f" ({self.t('coord.trend_hidden')})" if hidden else ""))
        plt.bar([label for label, _v in points], [value or 0 for _label, value in points])
        plot.refresh()
