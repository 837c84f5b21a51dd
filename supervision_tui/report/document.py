"""The one data model every format renders: a `Report` of sections holding tables, charts and quotes.

It is built only from the published (suppressed) views of `report.suppression`, so no renderer can
show an exact small count: by the time a figure is here it is already a string ("." or "" or a
number). All words are German; numbers use the decimal comma.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from typing import ClassVar

from ..models import FollowUpState, Topic, Urgency
from ..words import TOPICS
from .summary import BAND_LABELS
from .suppression import (
    FEW_ANSWERS,
    MIN_ANSWERS,
    MIN_COUNT,
    Cell,
    PublishedMood,
    PublishedPeriod,
    PublishedSession,
)

UNTAGGED = "ohne Zuordnung"
# The report names urgency as the coordinator counts it, not as the phone asks („dringend“).
URGENCY_WORDS = {Urgency.HIGH: "hoch", Urgency.MEDIUM: "mittel", Urgency.LOW: "niedrig"}
FOLLOW_UP_WORDS = {
    FollowUpState.DONE: "erledigt",
    FollowUpState.ONGOING: "laufend",
    FollowUpState.DROPPED: "verworfen",
    FollowUpState.OPEN: "nicht besprochen",
}


@cache
def number(value: float) -> str:
    """A German number: decimal comma, one decimal place where there is one."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.1f}".replace(".", ",")


def _sessions(n: int) -> str:
    return "1 Sitzung" if n == 1 else f"{n} Sitzungen"


@cache
def date(value: dt.date) -> str:
    return value.strftime("%d.%m.%Y")


@dataclass(frozen=True)
class Table:
    kind: ClassVar[str] = "table"
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Chart:
    """A mood distribution in the bands 1–2 / 3 / 4–5; `values` None where a band is hidden."""

    kind: ClassVar[str] = "chart"

    title: str
    question: str
    answers: str
    median: str
    labels: tuple[str, ...] = BAND_LABELS
    values: tuple[int | None, ...] = ()  # None: drawn as hidden
    texts: tuple[str, ...] = ()
    note: str | None = None  # why no distribution is shown
    remark: str = ""  # a period's bands leave out what single sessions hide


@dataclass(frozen=True)
class Quotes:
    kind: ClassVar[str] = "quotes"
    title: str
    items: tuple[str, ...]
    note: str | None = None


@dataclass(frozen=True)
class Paragraph:
    kind: ClassVar[str] = "paragraph"
    text: str


Block = Table | Chart | Quotes | Paragraph


@dataclass(frozen=True)
class Section:
    title: str
    where: str  # how a message names the place: "Zeitraum" or a session's date and id
    blocks: tuple[Block, ...]
    subject: str = ""  # the free text in `title` (a session's title); the rest is the report's own words


@dataclass(frozen=True)
class Report:
    title: str
    subtitle: str
    sections: tuple[Section, ...]
    notes: tuple[str, ...] = ()
    dates: frozenset[str] = field(default_factory=frozenset)  # dates the report itself printed


PARTIAL = "Die Bereiche zählen nur, was jede Sitzung selbst ausweist; darum ist ihre Summe kleiner."


def _chart(mood: PublishedMood) -> Chart:
    d = mood.distribution
    return Chart(
        title=mood.title,
        question=mood.question,
        answers=d.answers.text,
        median="" if d.median is None else number(d.median),
        values=() if d.bands is None else tuple(None if c.text == "." else c.value for c in d.bands),
        texts=() if d.bands is None else tuple(c.text for c in d.bands),
        remark=PARTIAL if d.bands is not None and any(c.partial for c in d.bands) else "",
        note=d.note,
    )


def _topics_table(topics: dict[Topic | None, Cell], total: Cell) -> Table:
    rows = [
        (UNTAGGED if topic is None else TOPICS["de"][topic.value], cell.text)
        for topic, cell in topics.items()
        if cell.text
    ]
    rows.append(("Fälle gesamt", total.text))
    return Table("Themen nach Lebensbereich", ("Lebensbereich", "Fälle"), tuple(rows))


def _concerns_table(concerns: dict[Urgency, Cell], total: Cell) -> Table:
    rows = [(word, concerns[urgency].text) for urgency, word in URGENCY_WORDS.items()]
    rows.append(("Anliegen gesamt", total.text))
    return Table("Anliegen nach Dringlichkeit", ("Dringlichkeit", "Anliegen"), tuple(rows))


def _follow_up_table(follow_ups: dict[FollowUpState, Cell], followed: Cell, agreements: int | None) -> Table:
    rows = []
    if agreements is not None:
        rows.append(("Vereinbarungen getroffen", str(agreements) if agreements else ""))
    rows.append(("aus früheren Sitzungen nachverfolgt", followed.text))
    rows.extend(
        (f"  davon {FOLLOW_UP_WORDS[state]}", follow_ups[state].text)
        for state in (FollowUpState.DONE, FollowUpState.ONGOING, FollowUpState.DROPPED)
    )
    rows.append(("noch nicht besprochen", follow_ups[FollowUpState.OPEN].text))
    return Table("Vereinbarungen und Nachverfolgung", ("", "Anzahl"), tuple(rows))


def _minutes(value: float | None) -> str:
    return "" if value is None else number(value)


def session_section(session: PublishedSession) -> Section:
    """One session's part of a report."""
    blocks: list[Block] = [
        Table(
            "Überblick",
            ("Angabe", "Wert"),
            (
                ("Datum", date(session.date)),
                ("Format", session.format),
                ("Dauer (Min.)", number(session.minutes)),
                ("Anwesende", session.participants.text),
                ("Wunsch nach Einzelgespräch", session.private_talks.text),
                ("Methoden", ", ".join(session.methods)),
            ),
        )
    ]
    blocks.extend(_chart(m) for m in session.moods)
    for h in session.highlights:
        blocks.append(
            Quotes(f"Glitzermomente · {h.title} ({h.answers.text or 'keine'} Antworten)", h.quotes, h.note)
        )
    blocks.append(_concerns_table(session.concerns, session.concerns_total))
    blocks.append(_topics_table(session.topics, session.cases))
    blocks.append(_follow_up_table(session.follow_ups, session.followed_up, len(session.agreements)))
    if session.agreements:
        blocks.append(Quotes("Vereinbarungen", session.agreements))
    if session.taken_along or session.taken_along_note:
        blocks.append(
            Quotes("Von den Fallerzähler·innen mitgenommen", session.taken_along, session.taken_along_note)
        )
    rows: list[tuple[str, ...]] = []
    for step in session.durations:
        rows.append((step.title, "", str(step.planned), _minutes(step.minutes)))
        rows.extend((step.title, p.name, str(p.planned), _minutes(p.minutes)) for p in step.phases)
    blocks.append(Table("Ablauf", ("Schritt", "Phase", "geplant (Min.)", "tatsächlich (Min.)"), tuple(rows)))
    title = f"Sitzung am {date(session.date)} · {session.title}"
    if session.migrated:
        title += " (aus Version 1 übernommen)"
    return Section(title, session.label, tuple(blocks), subject=session.title)


RULE_TEXT = (
    f"Anzahlen unter {MIN_COUNT} stehen als „.“, ein leeres Feld heißt: keine. Verteilungen und Zitate erst "
    f"ab {MIN_ANSWERS} Antworten, sonst „{FEW_ANSWERS}“; Stimmungen nur als Median und Bereiche 1–2 / 3 / 4–5. "
    "Eine Sitzung geht in Summen nur mit dem ein, was sie selbst ausweist."
)


def period_report(period: PublishedPeriod, *, notes: tuple[str, ...] = ()) -> Report:
    """The report over a period: the funder pack first, then each session."""
    sessions = period.sessions
    if period.since or period.until:
        span = (
            f"{date(period.since) if period.since else '…'} – {date(period.until) if period.until else '…'}"
        )
    elif sessions:
        span = f"{date(sessions[0].date)} – {date(sessions[-1].date)}"
    else:
        span = "keine Sitzungen"
    rows = [
        (date(s.date), s.format, number(s.minutes), s.participants.text, ", ".join(s.methods))
        for s in sessions
    ]
    rows.append(("gesamt", _sessions(len(sessions)), number(period.minutes), period.participants.text, ""))
    held = Table(
        "Gehaltene Sitzungen", ("Datum", "Format", "Dauer (Min.)", "Anwesende", "Methoden"), tuple(rows)
    )
    methods = Table(
        "Methoden",
        ("Methode", "Sitzungen"),
        tuple((name, str(n)) for name, n in sorted(period.methods.items())),
    )
    funder: list[Block] = [
        Paragraph(RULE_TEXT),
        held,
        _topics_table(period.topics, period.cases),
        _concerns_table(period.concerns, period.concerns_total),
        methods,
        _follow_up_table(period.follow_ups, period.followed_up, period.agreements),
    ]
    funder.extend(_chart(m) for m in period.moods)
    funder.append(
        Quotes(
            f"Glitzermomente ({period.highlight_answers.text or 'keine'} Antworten)",
            period.highlights,
            # with none quoted, say why, not that there were none: quotes need 5 answers in their round
            None
            if period.highlights
            else "keine Zitate: erst ab 5 Antworten einer Runde und mit Einwilligung",
        )
    )
    sections = [Section(f"Nachweis {span}", "Zeitraum", tuple(funder))]
    sections.extend(session_section(s) for s in sessions)
    dates = {date(s.date) for s in sessions} | {date(d) for d in (period.since, period.until) if d}
    return Report(
        title="Gruppensupervision · Bericht für die Koordination",
        subtitle=f"Zeitraum {span} · {_sessions(len(sessions))}",
        sections=tuple(sections),
        notes=notes,
        dates=frozenset(dates),
    )
