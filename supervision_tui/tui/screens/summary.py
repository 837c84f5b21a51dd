"""After the session: what the coordinator will read, as the report shows it.

The screen may be on the projector, so it shows the coordinator's view of the stored record
(`record.to_record`), suppressed by `report.suppression` like every report, and no file path.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Label, Static

from ...report.summary import BAND_LABELS
from ...report.suppression import FEW_ANSWERS, Distribution, PublishedSession
from ..console import ConsoleScreen
from ..widgets import BigText, KeyBar, StepHeader, StorageWarning


class SummaryScreen(ConsoleScreen[None]):
    def __init__(self, summary: PublishedSession) -> None:
        super().__init__()
        self.summary = summary

    def _distribution(self, d: Distribution) -> str:
        t = self.t
        if d.bands is None:
            return t("summary.few") if d.note == FEW_ANSWERS else t("summary.one_band")
        bands = " · ".join(
            f"{label}: {cell.text or '–'}" for label, cell in zip(BAND_LABELS, d.bands, strict=True)
        )
        median = f"{d.median:g}".replace(".", ",") if d.median is not None else "–"
        return f"{t('summary.median', median=median)} · {bands}"

    def compose(self) -> ComposeResult:
        t = self.t
        s = self.summary
        yield StepHeader(id="header")
        yield StorageWarning(id="storage-warning")
        with VerticalScroll(id="summary"):
            yield BigText(t("summary.title"), ratio=0.2, id="summary-title")
            with Vertical(id="summary-grid"):
                with Vertical(classes="summary-section"):
                    yield Label(t("summary.attendance"), classes="box-title")
                    yield Static(t("summary.present", n=s.participants.text), id="summary-attendance")
                    yield Static(Text(t("summary.rule")), id="summary-rule")
                if s.moods:
                    with Vertical(classes="summary-section"):
                        yield Label(t("summary.moods"), classes="box-title")
                        for mood in s.moods:
                            n = mood.distribution.answers.text or "0"
                            yield Static(
                                Text(f"{mood.title} · {t('summary.answers', n=n)}"),
                                classes="summary-subtitle",
                            )
                            yield Static(Text(self._distribution(mood.distribution)), classes="summary-bands")
                with Vertical(classes="summary-section"):
                    yield Label(t("summary.glitter"), classes="box-title")
                    quotes = [q for h in s.highlights for q in h.quotes]
                    few = any(h.note for h in s.highlights)
                    text = Text("\n".join(f"◆ „{q}“" for q in quotes))
                    empty = t("summary.few") if few else t("summary.no_glitter")
                    yield Static(text if quotes else Text(empty), id="summary-glitter")
                with Vertical(classes="summary-section"):
                    yield Label(t("summary.cases"), classes="box-title")
                    lines = [
                        f"{t('summary.untagged') if topic is None else topic.value}: {cell.text}"
                        for topic, cell in s.topics.items()
                        if cell.text
                    ]
                    lines.append(t("summary.cases_total", n=s.cases.text or "0"))
                    yield Static(Text("\n".join(lines)), id="summary-cases")
                    if s.taken_along or s.taken_along_note:
                        taken = Text(t("summary.taken_along"), style="bold")
                        for idea in s.taken_along:
                            taken.append(f"\n◆ „{idea}“")
                        if not s.taken_along:
                            taken.append("\n" + t("summary.few"))
                        yield Static(taken, id="summary-taken-along")
                with Vertical(classes="summary-section"):
                    yield Label(t("summary.agreements"), classes="box-title")
                    agreements = Text()
                    for index, agreement in enumerate(s.agreements):
                        if index:
                            agreements.append("\n")
                        agreements.append(f"{index + 1}. ", style="bold")
                        agreements.append(agreement)
                    yield Static(
                        agreements if s.agreements else Text(t("summary.no_agreements")),
                        id="summary-agreements",
                    )
        yield KeyBar(id="keybar")

    def on_mount(self) -> None:
        self.query_one(StepHeader).show(
            f"{self.summary.title} · {self.t('summary.title')}",
            self.summary.date.strftime("%d.%m.%Y"),
        )
