"""The read model: what a finished session (or a period of them) amounts to, from records only.

Everything here is computed from `record.SessionRecord`s, the coordinator's files; never from a
journal or a running `Session`. The figures are exact and *not yet suppressed*: nothing here may be
shown to the coordinator directly. Every output goes through `report.suppression` first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..models import FollowUpState, InputKind, Topic, Urgency
from ..record import SessionRecord

BAND_LABELS = ("1–2", "3", "4–5")


def median(histogram: Sequence[int]) -> float | None:
    """The median of moods 1..5 given as a histogram (counts of 1, 2, …, 5); None without answers."""
    n = sum(histogram)
    if n == 0:
        return None

    def nth(k: int) -> int:  # the k-th smallest answer, 0-based
        seen = 0
        for mood, count in enumerate(histogram, start=1):
            seen += count
            if k < seen:
                return mood
        raise AssertionError("unreachable")

    return (nth((n - 1) // 2) + nth(n // 2)) / 2


def bands(histogram: Sequence[int]) -> tuple[int, int, int]:
    """Moods 1..5 folded into the coarse bands 1–2, 3 and 4–5."""
    return (histogram[0] + histogram[1], histogram[2], histogram[3] + histogram[4])


@dataclass(frozen=True)
class MoodRound:
    """One mood question of a session: its exact histogram (moods 1..5)."""

    step_id: str
    title: str
    question: str
    histogram: tuple[int, int, int, int, int]

    @property
    def answers(self) -> int:
        return sum(self.histogram)

    @property
    def median(self) -> float | None:
        return median(self.histogram)

    @property
    def bands(self) -> tuple[int, int, int]:
        return bands(self.histogram)


@dataclass(frozen=True)
class Highlights:
    """A Glitzermoment round (a step flagged `highlights`): how many answered, and the quotable ones."""

    step_id: str
    title: str
    question: str
    answers: int
    quotes: tuple[str, ...]


@dataclass(frozen=True)
class PhaseTime:
    name: str
    planned: int
    minutes: float | None  # None: the file predates timing


@dataclass(frozen=True)
class StepTime:
    """How long a step (and each of its phases) really ran, against the plan."""

    title: str
    planned: int
    minutes: float | None
    phases: tuple[PhaseTime, ...]


@dataclass(frozen=True)
class SessionHeading:
    """What names a session and says what kind it was: no count, no free text of a person, so the
    suppression rule passes it as it is (`heading`)."""

    id: str
    title: str
    date: dt.date
    format: str  # the agenda's title: what kind of session it was
    series: str
    minutes: float

    @property
    def label(self) -> str:
        """How messages and tables name the session (date and id, no free text)."""
        return f"{self.date.strftime('%d.%m.%Y')} ({self.id})"


def heading(session: SessionHeading) -> dict[str, Any]:
    """The heading's fields of `session`, to build another view of the same session from."""
    return {name: getattr(session, name) for name in SessionHeading.__dataclass_fields__}


@dataclass(frozen=True)
class SessionSummary(SessionHeading):
    """Everything the reports say about one session, exact (before suppression)."""

    participants: int
    private_talks: int
    methods: tuple[str, ...]
    moods: tuple[MoodRound, ...]
    highlights: tuple[Highlights, ...]
    concerns: dict[Urgency, int]
    cases: int
    topics: dict[Topic | None, int]  # None: cases without a topic
    agreements: tuple[str, ...]
    taken_along: tuple[str, ...]  # ideas the case givers took along (consented and approved)
    follow_ups: dict[FollowUpState, int]
    durations: tuple[StepTime, ...]
    migrated: bool


def mood_rounds(record: SessionRecord) -> list[MoodRound]:
    """The session's mood questions, in agenda order."""
    found = []
    for step in record.steps:
        if step.moods is not None and step.input is InputKind.MOOD:
            one, two, three, four, five = [*step.moods[:5], 0, 0, 0, 0, 0][:5]
            hist = (one, two, three, four, five)
            found.append(MoodRound(step.id, step.title, step.question, hist))
    return found


def highlight_rounds(record: SessionRecord) -> list[Highlights]:
    """The Glitzermoment rounds, recognised by the step's `highlights` flag (not its motif)."""
    return [
        Highlights(
            step.id,
            step.title,
            step.question,
            step.answers,
            tuple(q.text for q in step.quotes if q.text),
        )
        for step in record.steps
        if step.highlights
    ]


def concerns_by_urgency(record: SessionRecord) -> dict[Urgency, int]:
    """Concerns brought in (intake answers) per urgency; private ones count too (a count is no quote)."""
    counts = dict.fromkeys(Urgency, 0)
    for step in record.steps:
        for urgency, n in step.concerns.items():
            counts[urgency] += n
    return counts


def cases_by_topic(record: SessionRecord) -> dict[Topic | None, int]:
    """Cases per topic (area of life); a case with several topics counts once under each."""
    counts: dict[Topic | None, int] = dict.fromkeys(Topic, 0) | {None: 0}
    for case in record.cases:
        for tag in case.tags or (None,):  # untagged: counted under None
            counts[tag] += 1
    return counts


def follow_up_counts(record: SessionRecord) -> dict[FollowUpState, int]:
    """The earlier session's agreements as this session followed them up (`open`: not looked at)."""
    counts = dict.fromkeys(FollowUpState, 0)
    for follow_up in record.follow_ups:
        counts[follow_up.state] += 1
    return counts


def followed_up(counts: dict[FollowUpState, int]) -> int:
    """How many agreements were followed up: marked done, ongoing or dropped."""
    return sum(n for state, n in counts.items() if state is not FollowUpState.OPEN)


def step_times(record: SessionRecord) -> list[StepTime]:
    """Each step's and phase's real duration (minutes), as the journal timed it."""
    return [
        StepTime(
            step.title,
            step.planned_minutes,
            step.minutes,
            tuple(PhaseTime(p.name, p.planned_minutes, p.minutes) for p in step.phases),
        )
        for step in record.steps
    ]


def summarize(record: SessionRecord) -> SessionSummary:
    """The read model of one session."""
    return SessionSummary(
        id=record.id,
        title=record.title,
        date=record.date,
        format=record.template_title,
        series=record.series,
        minutes=record.minutes,
        participants=record.participants,
        private_talks=record.private_talks,
        methods=tuple(record.methods),
        moods=tuple(mood_rounds(record)),
        highlights=tuple(highlight_rounds(record)),
        concerns=concerns_by_urgency(record),
        cases=len(record.cases),
        topics=cases_by_topic(record),
        agreements=tuple(a.text for a in record.agreements),
        taken_along=tuple(text for case in record.cases for text in case.taken_along),
        follow_ups=follow_up_counts(record),
        durations=tuple(step_times(record)),
        migrated=record.migrated_from is not None,
    )


def in_period(
    records: Iterable[SessionRecord], since: dt.date | None = None, until: dt.date | None = None
) -> list[SessionRecord]:
    """The records held from `since` to `until` (both inclusive), oldest first; duplicates (the same
    session id read twice) once."""
    chosen: dict[str, SessionRecord] = {}
    for record in records:
        if (since is None or record.date >= since) and (until is None or record.date <= until):
            chosen.setdefault(record.id, record)
    return sorted(chosen.values(), key=lambda r: (r.date, r.started_at, r.id))
