"""Small-group suppression: the one rule every output goes through (Markdown, HTML, CSV, PDF, review TUI).

The rule (docs/report.md explains it with examples):

1. A count n with 0 < n < 3 is shown as "." (the sign official statistics use). Zero is empty, not
   "0" and not "." (an empty cell says nobody, which points at nobody).
2. A mood distribution and quoted free text need n ≥ 5 answers; below that only "weniger als 5
   Antworten". A distribution is shown as the median and the coarse bands 1–2 / 3 / 4–5, never
   single values, minimum or maximum. If every answer falls into one band, the distribution (and
   its median) is hidden: "alle sagten 1–2" would speak about each person.
3. Complementary suppression within a table: where a total is shown and one of its parts is
   hidden, more parts are hidden (the smallest first, else the total) until the hidden remainder
   cannot be split back into the hidden cells: at least two cells, and not all ones (or, for small
   cells only, all twos).
4. Across periods: a session contributes to a period aggregate only with the values it publishes
   on its own. Period figures are sums of published session figures, so the difference of two
   period reports that differ by one session is exactly what that session's own report shows.

Counts of things that are not people (sessions, minutes, agreements and their follow-up, methods)
describe the group's structure and are shown as they are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from ..models import FollowUpState, Topic, Urgency
from ..record import SessionRecord
from .summary import (
    Highlights,
    MoodRound,
    SessionHeading,
    SessionSummary,
    StepTime,
    followed_up,
    heading,
    median,
    summarize,
)

MIN_COUNT = 3
MIN_ANSWERS = 5
SUPPRESSED = "."
FEW_ANSWERS = "weniger als 5 Antworten"
ONE_BAND = "Verteilung nicht ausgewiesen"

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class Cell:
    """A published count: `value` None means suppressed ("."); 0 is shown empty.

    `partial`: a period sum to which some session could not add its (hidden) value here; a partial
    zero is shown as "." too, because "empty" would say "none"."""

    value: int | None
    partial: bool = False

    @property
    def shown(self) -> bool:
        return self.value is not None

    @property
    def text(self) -> str:
        if self.value is None or (self.partial and not self.value):
            return SUPPRESSED
        return str(self.value) if self.value else ""

    @property
    def contribution(self) -> int:
        """What this cell adds to a period aggregate: its published value, nothing when hidden."""
        return self.value or 0


HIDDEN = Cell(None)


def count(n: int) -> Cell:
    """A count of people on its own (rule 1)."""
    return HIDDEN if 0 < n < MIN_COUNT else Cell(n)


def exact(n: int) -> Cell:
    """A count that is not about people (sessions, agreements): shown as it is."""
    return Cell(n)


def _determined(values: list[int], primary: bool) -> bool:
    """Can the hidden cells be recovered from their sum, knowing each is ≥ 1 (and ≤ 2 if primary)?"""
    residual, k = sum(values), len(values)
    return k < 2 or residual == k or (primary and residual == 2 * k)


def protect(parts: Sequence[int], total: int | None = None) -> tuple[list[Cell], Cell | None]:
    """Cells for a table's parts and its total (None: no total shown), with rules 1 and 3."""
    hidden = {i for i, v in enumerate(parts) if 0 < v < MIN_COUNT}
    total_hidden = total is not None and 0 < total < MIN_COUNT
    if total is not None and hidden and not total_hidden:
        primary = True
        while _determined([parts[i] for i in hidden], primary):
            spare = sorted((v, i) for i, v in enumerate(parts) if i not in hidden and v > 0)
            if not spare:
                total_hidden = True
                break
            hidden.add(spare[0][1])
            primary = False
    cells = [HIDDEN if i in hidden else Cell(v) for i, v in enumerate(parts)]
    total_cell = None if total is None else (HIDDEN if total_hidden else Cell(total))
    return cells, total_cell


def protect_map(parts: Mapping[K, int], total: int | None = None) -> tuple[dict[K, Cell], Cell | None]:
    """`protect` over a mapping (keys keep their order)."""
    cells, total_cell = protect(list(parts.values()), total)
    return dict(zip(parts.keys(), cells, strict=True)), total_cell


@dataclass(frozen=True)
class Distribution:
    """A published mood distribution: bands 1–2 / 3 / 4–5 and median, or a `note` why not."""

    answers: Cell
    bands: tuple[Cell, Cell, Cell] | None
    median: float | None
    note: str | None = None

    @property
    def band_contribution(self) -> tuple[int, int, int]:
        if self.bands is None:
            return (0, 0, 0)
        a, b, c = (cell.contribution for cell in self.bands)
        return (a, b, c)


def distribution(band_counts: Sequence[int], median_value: float | None) -> Distribution:
    """Rule 2 (and 1 and 3 within the bands) for a distribution given by its band counts."""
    n = sum(band_counts)
    if n < MIN_ANSWERS:
        return Distribution(count(n), None, None, FEW_ANSWERS)
    if sum(1 for v in band_counts if v) < 2:
        return Distribution(count(n), None, None, ONE_BAND)
    cells, total = protect(band_counts, n)
    if total is None or not total.shown or sum(1 for c in cells if c.value) < 1:
        return Distribution(count(n), None, None, ONE_BAND)
    a, b, c = cells
    return Distribution(total, (a, b, c), median_value)


def quotes(answers: int, texts: Iterable[str]) -> tuple[tuple[str, ...], str | None]:
    """Quoted free text (already consented and approved) only where ≥ 5 answered (rule 2)."""
    if answers < MIN_ANSWERS:
        return (), FEW_ANSWERS
    return tuple(texts), None


# --- one session ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PublishedMood:
    question: str
    title: str
    distribution: Distribution


@dataclass(frozen=True)
class PublishedHighlights:
    title: str
    question: str
    answers: Cell
    quotes: tuple[str, ...]
    note: str | None


@dataclass(frozen=True)
class PublishedSession(SessionHeading):
    """What may leave the room about one session: the only session view any output renders."""

    methods: tuple[str, ...]
    durations: tuple[StepTime, ...]
    migrated: bool
    participants: Cell
    private_talks: Cell
    moods: tuple[PublishedMood, ...]
    highlights: tuple[PublishedHighlights, ...]
    concerns: dict[Urgency, Cell]
    concerns_total: Cell
    topics: dict[Topic | None, Cell]
    cases: Cell
    agreements: tuple[str, ...]
    taken_along: tuple[str, ...]
    taken_along_note: str | None  # why none are shown although some were taken along
    follow_ups: dict[FollowUpState, Cell]
    followed_up: Cell


def _mood(mood: MoodRound) -> PublishedMood:
    return PublishedMood(mood.question, mood.title, distribution(mood.bands, mood.median))


def _highlights(h: Highlights) -> PublishedHighlights:
    texts, note = quotes(h.answers, h.quotes)
    return PublishedHighlights(h.title, h.question, count(h.answers), texts, note)


def publish_summary(summary: SessionSummary) -> PublishedSession:
    """Apply the rule to one session's read model."""
    concerns, concerns_total = protect_map(summary.concerns, sum(summary.concerns.values()))
    topics, cases = protect_map(summary.topics, summary.cases)
    assert concerns_total is not None and cases is not None
    # An idea is a quote without its author: anyone present may have written it, so the quote
    # rule counts those present.
    taken_along, taken_along_note = quotes(summary.participants, summary.taken_along)
    return PublishedSession(
        **heading(summary),
        methods=summary.methods,
        durations=summary.durations,
        migrated=summary.migrated,
        participants=count(summary.participants),
        private_talks=count(summary.private_talks),
        moods=tuple(_mood(m) for m in summary.moods),
        highlights=tuple(_highlights(h) for h in summary.highlights),
        concerns=concerns,
        concerns_total=concerns_total,
        topics=topics,
        cases=cases,
        agreements=summary.agreements,
        taken_along=taken_along,
        taken_along_note=taken_along_note if summary.taken_along else None,
        follow_ups={state: exact(n) for state, n in summary.follow_ups.items()},
        followed_up=exact(followed_up(summary.follow_ups)),
    )


def publish_session(record: SessionRecord) -> PublishedSession:
    """The published view of one coordinator file (read model + rule)."""
    return publish_summary(summarize(record))


# --- a period ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PublishedPeriod:
    """What may leave the room about a period: sums of what each session publishes (rule 4)."""

    since: dt.date | None
    until: dt.date | None
    sessions: tuple[PublishedSession, ...]
    minutes: float
    participants: Cell
    moods: tuple[PublishedMood, ...]  # one per question, pooled over the sessions that publish it
    highlights: tuple[str, ...]
    highlight_answers: Cell
    concerns: dict[Urgency, Cell]
    concerns_total: Cell
    topics: dict[Topic | None, Cell]
    cases: Cell
    methods: dict[str, int]  # method → sessions that used it
    agreements: int
    follow_ups: dict[FollowUpState, Cell]
    followed_up: Cell


def _sum(cells: Iterable[Cell]) -> Cell:
    """The period sum of published cells (rule 4): hidden ones add nothing and mark it partial."""
    total, partial = 0, False
    for cell in cells:
        total += cell.contribution
        partial = partial or not cell.shown
    return Cell(total, partial)


def _sum_table(
    maps: Sequence[Mapping[K, Cell]], keys: Iterable[K], totals: Iterable[Cell]
) -> tuple[dict[K, Cell], Cell]:
    """A period table: each part and the total summed over sessions, then rules 1 and 3 again."""
    parts = {key: _sum(m[key] for m in maps) for key in keys}
    total = _sum(totals)
    cells, total_cell = protect_map({k: c.contribution for k, c in parts.items()}, total.contribution)
    assert total_cell is not None

    def keep(cell: Cell, summed: Cell) -> Cell:
        return cell if not cell.shown else summed

    return {k: keep(cells[k], parts[k]) for k in parts}, keep(total_cell, total)


def _pool(rounds: list[tuple[MoodRound, Distribution]]) -> Distribution:
    """One question's distribution over a period (rule 4, then rule 2 on the pooled figures)."""
    shown = [(raw, d) for raw, d in rounds if d.bands is not None]
    if not shown:
        few = all(d.note == FEW_ANSWERS for _raw, d in rounds)
        return Distribution(
            _sum(d.answers for _raw, d in rounds), None, None, FEW_ANSWERS if few else ONE_BAND
        )
    answers = _sum(d.answers for _raw, d in shown)
    cells = [_sum(d.bands[i] for _raw, d in shown if d.bands is not None) for i in range(3)]
    if sum(1 for c in cells if c.value) < 2 and not any(c.partial for c in cells):
        return Distribution(answers, None, None, ONE_BAND)
    histogram = [sum(raw.histogram[i] for raw, _d in shown) for i in range(5)]
    a, b, c = cells
    return Distribution(answers, (a, b, c), median(histogram))


def publish_period(
    records: Iterable[SessionRecord], since: dt.date | None = None, until: dt.date | None = None
) -> PublishedPeriod:
    """The published view of every session from `since` to `until` (inclusive), oldest first."""
    from .summary import in_period  # here, so the module's import list stays the API's

    summaries = [summarize(r) for r in in_period(records, since, until)]
    sessions = [publish_summary(s) for s in summaries]

    # Moods: pooled per question, from the sessions that publish their own distribution, with the
    # band counts they show (rule 4). The median is taken over those sessions' answers.
    pooled: dict[str, list[tuple[MoodRound, Distribution]]] = {}
    titles: dict[str, str] = {}
    for summary, published in zip(summaries, sessions, strict=True):
        for raw, pub in zip(summary.moods, published.moods, strict=True):
            key = raw.question or raw.title
            titles.setdefault(key, raw.title)
            pooled.setdefault(key, []).append((raw, pub.distribution))
    moods = tuple(PublishedMood(key, titles[key], _pool(pooled[key])) for key in pooled)

    concerns, concerns_total = _sum_table(
        [s.concerns for s in sessions], list(Urgency), (s.concerns_total for s in sessions)
    )
    topics, cases = _sum_table([s.topics for s in sessions], [*Topic, None], (s.cases for s in sessions))
    methods: dict[str, int] = {}
    for s in sessions:
        for method in s.methods:
            methods[method] = methods.get(method, 0) + 1
    follow_ups = {state: sum(s.follow_ups[state].contribution for s in sessions) for state in FollowUpState}
    return PublishedPeriod(
        since=since,
        until=until,
        sessions=tuple(sessions),
        minutes=round(sum(s.minutes for s in sessions), 2),
        participants=_sum(s.participants for s in sessions),
        moods=moods,
        highlights=tuple(q for s in sessions for h in s.highlights for q in h.quotes),
        highlight_answers=_sum(h.answers for s in sessions for h in s.highlights),
        concerns=concerns,
        concerns_total=concerns_total,
        topics=topics,
        cases=cases,
        methods=methods,
        agreements=sum(len(s.agreements) for s in sessions),
        follow_ups={state: exact(n) for state, n in follow_ups.items()},
        followed_up=exact(followed_up(follow_ups)),
    )
