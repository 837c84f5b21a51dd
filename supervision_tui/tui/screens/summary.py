"""After the session: what the coordinator will read, as the report shows it.

The screen may be on the projector, so it shows the coordinator's view of the stored record
(`record.to_record`), suppressed by `report.suppression` like every report, and no file path.

The anonymizer's doubts in the quotes and agreements (words that are neither a known word nor a known
name) are a presenter-side aid: they are highlighted only while a projection (`supervision-tui beamer`)
follows this console, so the room looks at a window of its own. Without one, this screen may be the
projection, and no doubt is shown.

The agreements are listed on the same condition as on the closing round's screen: they are the supervisor's
typed text, never projected (`room.py`). Without a projection in its own window they are counted, and
listed behind the cover (key a).
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Label, Static

from ...record import to_record
from ...report.summary import BAND_LABELS
from ...report.suppression import FEW_ANSWERS, Distribution, PublishedSession, publish_session
from ..console import ConsoleScreen
from ..dialogs import AgreementsDialog, behind_cover
from ..messages import ProjectionChanged
from ..widgets import BigText, KeyBar, StepHeader, StorageWarning
from ..widgets.content import listed_or_counted
from ..widgets.doubts import DOUBT_STYLE, KEEP_DOUBT, MASK_DOUBT, judge_doubt


class SummaryScreen(ConsoleScreen[None]):
    # the same keys as in the queue and the note review: a doubt masked here is masked in the stored file
    BINDINGS: ClassVar[list[BindingType]] = [
        MASK_DOUBT,
        KEEP_DOUBT,
        Binding("a", "show_agreements", "key.show_agreements"),
    ]

    def __init__(self, summary: PublishedSession) -> None:
        super().__init__()
        self.summary = summary
        self._doubts: list[str] | None = None  # found on first need
        self._private: bool | None = None  # doubts shown now: a projection follows in a window of its own
        self._judged = ""  # what the last key did to a doubt, shown beside them

    def _find_doubts(self) -> list[str]:
        if self._doubts is None:
            engine = self.sup.engine
            summary = self.summary
            texts = [q for h in summary.highlights for q in h.quotes] + [
                *summary.taken_along,
                *summary.agreements,
            ]
            found = [word for text in texts for word in (engine.doubts(text) if engine is not None else [])]
            self._doubts = list(dict.fromkeys(found))
        return self._doubts

    def _glitter(self, doubts: list[str]) -> Text:
        t = self.t
        quotes = [q for h in self.summary.highlights for q in h.quotes]
        if not quotes:
            few = any(h.note for h in self.summary.highlights)
            return Text(t("summary.few") if few else t("summary.no_glitter"))
        text = Text("\n".join(f"◆ „{q}“" for q in quotes))
        if doubts:
            text.highlight_words(doubts, style=DOUBT_STYLE)
        return text

    def _taken_along(self, doubts: list[str]) -> Text:
        summary, t = self.summary, self.t
        taken = Text(t("summary.taken_along"), style="bold")
        for idea in summary.taken_along:
            taken.append(f"\n◆ „{idea}“")
        if not summary.taken_along:
            taken.append("\n" + t("summary.few"))
        if doubts:
            taken.highlight_words(doubts, style=DOUBT_STYLE)
        return taken

    def _agreements(self, doubts: list[str]) -> Text:
        agreements = listed_or_counted(
            self.summary.agreements,
            listed=bool(self._private),
            none=self.t("summary.no_agreements"),
            counted=self.t("closing.hidden", n=len(self.summary.agreements)),
        )
        if doubts:  # only while listed: doubts are found only then
            agreements.highlight_words(doubts, style=DOUBT_STYLE)
        return agreements

    def _show_doubts(self, *, again: bool = False) -> None:
        """Highlight the doubts while a projection follows in its own window; hide them at once otherwise."""
        private = self.sup.projection_follows
        if private == self._private and not again:
            return
        self._private = private
        doubts = self._find_doubts() if private else []
        for glitter in self.query("#summary-glitter").results(Static):
            glitter.update(self._glitter(doubts))
        self.query_one("#summary-agreements", Static).update(self._agreements(doubts))
        for taken in self.query("#summary-taken-along").results(Static):
            taken.update(self._taken_along(doubts))
        line = self.query_one("#summary-doubts", Static)
        words = ", ".join(doubts)
        line.update(Text(self.t("summary.doubts", words=words), style="italic") if doubts else "")
        line.display = bool(doubts)
        if not private:
            self._judged = ""  # it names the word: gone with the doubts
        judged = self.query_one("#summary-judged", Static)
        judged.update(Text(self._judged, style="italic"))
        judged.display = bool(self._judged)
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # A doubt is judged only where it is shown: never blind, never on a screen the room may see.
        if action in ("mask_doubt", "keep_doubt"):
            return bool(self._private and self._find_doubts())
        if action == "show_agreements":  # listed on this screen already, or none to show
            return not self._private and bool(self.summary.agreements)
        return True

    def action_show_agreements(self) -> None:
        behind_cover(self.app, self.t("cover.agreements"), AgreementsDialog)

    def action_mask_doubt(self) -> None:
        """The first doubt is a name: masked in the coordinator's file and for the rest of the session."""
        self._judge_first_doubt(mask=True)

    def action_keep_doubt(self) -> None:
        """The first doubt is no name: it stays as it is, and is no doubt any more."""
        self._judge_first_doubt(mask=False)

    def _judge_first_doubt(self, *, mask: bool) -> None:
        doubts = self._find_doubts() if self._private else []
        if not doubts:
            return
        self._judged = judge_doubt(self.engine, doubts[0], mask=mask, t=self.t)
        # what the coordinator will read now (the file was written again before the session changed)
        self.summary = publish_session(to_record(self.engine.session))
        self._doubts = None
        self._show_doubts(again=True)

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
                if s.highlights:  # an agenda without a Glitzermoment round (Balint) has no such section
                    with Vertical(classes="summary-section"):
                        yield Label(t("summary.glitter"), classes="box-title")
                        yield Static(self._glitter([]), id="summary-glitter")
                with Vertical(classes="summary-section"):
                    yield Label(t("summary.cases"), classes="box-title")
                    lines = [
                        f"{t('summary.untagged') if topic is None else t(f'topic.{topic.value}')}: {cell.text}"
                        for topic, cell in s.topics.items()
                        if cell.text
                    ]
                    lines.append(t("summary.cases_total", n=s.cases.text or "0"))
                    yield Static(Text("\n".join(lines)), id="summary-cases")
                    if s.taken_along or s.taken_along_note:
                        yield Static(self._taken_along([]), id="summary-taken-along")
                with Vertical(classes="summary-section"):
                    yield Label(t("summary.agreements"), classes="box-title")
                    yield Static(self._agreements([]), id="summary-agreements")
                    for line in ("summary-doubts", "summary-judged"):
                        hidden = Static("", id=line)
                        hidden.display = False
                        yield hidden
        yield KeyBar(id="keybar")

    def on_mount(self) -> None:
        self.query_one(StepHeader).show(
            f"{self.summary.title} · {self.t('summary.title')}",
            self.summary.date.strftime("%d.%m.%Y"),
        )
        self._show_doubts()

    def on_projection_changed(self, _: ProjectionChanged) -> None:
        # a projection connected or went away while the summary is open
        self._show_doubts()
