"""The room → coordinator boundary: what the stored session file may hold.

A running session (`models.Session`, kept in the journal under `sessions/running/`) knows everything
the supervisor needs in the room: who answered what, private answers, who asked for a one-to-one
talk, the supervisor's case notes. The coordinator's file is a `SessionRecord`, made by `to_record`
only when a session has ended. It holds:

- counts and distributions (attendance, mood histograms, concerns by urgency, cases by topic),
  never per person: no participant labels, no device hashes, no answer ids;
- free text only where the author agreed to quoting and the supervisor approved it, without author;
- the number of one-to-one requests, never who asked;
- agreements and their follow-up, and how long each step and phase really ran.

Private answers contribute only to counts (a mood number in a histogram is no quote); their text
is dropped here. Supervisor notes stay in the room: they are about persons, and the three-party
contract keeps the supervisor silent about persons towards the commissioning organisation.

Version-1 files hold the whole session (`models.Session`); `migrate_v1` turns a finished one into a
record through the same `to_record`, and refuses an unfinished one. Version-2 files are records with
German words for urgency and topics; `parse_record` reads them as the codes.
"""

from __future__ import annotations

import datetime as dt
import json
from datetime import datetime
from enum import StrEnum
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import CodedError
from .models import (
    Consent,
    FollowUpState,
    InputKind,
    Moderation,
    Session,
    SessionStatus,
    StepKind,
    Topic,
    Urgency,
)

# 3: urgency and topics are English codes; 2 stored German words (`models._Coded` reads them).
RECORD_VERSION: Final = 3


class RecordError(CodedError, ValueError):
    """A session or file that cannot become a coordinator record; codes `record.*` (`words.STORED_ERRORS`).

    `record.broken` names the first field pydantic refused (`where`, "cases.0.urgency") and the
    problem by pydantic's code (`problem`, "enum"), its English message (`detail`) and, for a choice,
    what is allowed (`expected`).
    """


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Quote(_Strict):
    """A consented and approved answer, without its author."""

    text: str = Field(default="", max_length=2000)
    title: str = Field(default="", max_length=300)
    phase: int | None = None


class PhaseRun(_Strict):
    name: str
    planned_minutes: int
    minutes: float | None = None  # as it really ran; None when the file predates timing


class StepRun(_Strict):
    id: str
    kind: StepKind
    title: str
    question: str = ""
    input: InputKind = InputKind.NONE
    highlights: bool = False  # the round collects Glitzermomente
    planned_minutes: int
    minutes: float | None = None
    phases: list[PhaseRun] = Field(default_factory=list)
    answers: int = 0  # phones that answered, private ones included (a count is no quote)
    moods: list[int] | None = None  # histogram of moods 1..5, or None when the step asks none
    concerns: dict[Urgency, int] = Field(default_factory=dict)  # intake: concerns per urgency
    quotes: list[Quote] = Field(default_factory=list)


class CaseRecord(_Strict):
    id: str
    title: str = Field(default="", max_length=300)  # empty where the concern was private
    urgency: Urgency = Urgency.MEDIUM
    tags: list[Topic] = Field(default_factory=list)
    step_id: str | None = None  # the case discussion it was taken up in; None: not discussed
    taken_along: list[str] = Field(default_factory=list)  # ideas the case giver took along (quotable ones)


class AgreementRecord(_Strict):
    id: str
    text: str = Field(max_length=500)
    created_at: datetime


class FollowUpRecord(_Strict):
    """How an agreement of an earlier session of the same series was followed up."""

    agreement_id: str
    text: str = Field(max_length=500)
    from_session: str
    state: FollowUpState


class SessionRecord(_Strict):
    """The coordinator's file: `sessions/<date>-<template>-<id>.json`, written when a session ends."""

    schema_version: Literal[3] = RECORD_VERSION
    id: str = Field(pattern=r"^[a-z0-9]{6,16}$")
    title: str = Field(max_length=100)
    date: dt.date
    template: str  # the agenda's id
    template_title: str
    series: str  # sessions of one group: agreements carry over within a series
    status: Literal["finished"] = "finished"
    started_at: datetime
    ended_at: datetime
    minutes: float = Field(ge=0)
    participants: int = Field(ge=0)
    private_talks: int = Field(default=0, ge=0)  # how many asked for a one-to-one talk; never who
    methods: list[str] = Field(default_factory=list)
    steps: list[StepRun] = Field(default_factory=list)
    cases: list[CaseRecord] = Field(default_factory=list)
    agreements: list[AgreementRecord] = Field(default_factory=list)
    follow_ups: list[FollowUpRecord] = Field(default_factory=list)
    retention_days: int | None = None
    migrated_from: int | None = None  # 1 for a file converted from schema version 1

    @field_validator("schema_version", mode="before")
    @classmethod
    def _read_version_2(cls, value: object) -> object:
        # Version 2 has the same fields with German words for urgency and topics, which read as the
        # codes (`models._Coded`): nothing is lost, so it reads as the current version, in the same
        # single pass over the file's bytes, and is not marked as migrated.
        return RECORD_VERSION if value == 2 else value

    @property
    def file_stem(self) -> str:
        return f"{self.date.isoformat()}-{self.template}-{self.id}"


def _minutes(start: datetime, end: datetime) -> float:
    return round(max((end - start).total_seconds(), 0.0) / 60, 2)


def _durations(session: Session, ended_at: datetime) -> dict[tuple[int, int], float]:
    """Minutes spent per (step, phase), from the journaled step changes. Going back counts too."""
    spent: dict[tuple[int, int], float] = {}
    visits = session.step_log
    for visit, following in zip(visits, [*visits[1:], None], strict=True):
        end = following.at if following is not None else ended_at
        key = (visit.step, visit.phase)
        spent[key] = round(spent.get(key, 0.0) + _minutes(visit.at, end), 2)
    return spent


def _quotable(consent: Consent, moderation: Moderation) -> bool:
    return consent is Consent.QUOTE and moderation is Moderation.APPROVED


def to_record(session: Session) -> SessionRecord:
    """The coordinator's view of a finished session. Raises RecordError for an unfinished one."""
    if session.status is not SessionStatus.FINISHED or session.ended_at is None:
        raise RecordError("record.unfinished", session=session.id)
    ended = session.ended_at
    timed = bool(session.step_log)
    spent = _durations(session, ended) if timed else {}
    steps: list[StepRun] = []
    for index, step in enumerate(session.agenda.steps):
        prompt = step.prompt
        inputs = {prompt.input} if prompt else set()
        inputs |= {p.prompt.input for p in step.phases if p.prompt}
        answers = session.answers_for(step.id)
        moods = session.mood_histogram(step.id) if InputKind.MOOD in inputs else None
        concerns: dict[Urgency, int] = {}
        for answer in answers:
            if answer.urgency is not None:
                concerns[answer.urgency] = concerns.get(answer.urgency, 0) + 1
        phases = [
            PhaseRun(
                name=phase.name,
                planned_minutes=phase.minutes,
                minutes=spent.get((index, p_index), 0.0) if timed else None,
            )
            for p_index, phase in enumerate(step.phases)
        ]
        step_minutes = None
        if timed:
            step_minutes = round(sum(v for (s, _p), v in spent.items() if s == index), 2)
        steps.append(
            StepRun(
                id=step.id,
                kind=step.kind,
                title=step.title,
                question=prompt.question if prompt else "",
                input=prompt.input
                if prompt
                else (InputKind.IDEA if step.phases and inputs else InputKind.NONE),
                highlights=step.highlights,
                planned_minutes=step.minutes,
                minutes=step_minutes,
                phases=phases,
                answers=len({a.participant for a in answers}),
                moods=moods,
                concerns={u: concerns[u] for u in Urgency if u in concerns},
                quotes=[
                    Quote(text=a.text, title=a.title, phase=a.phase)
                    for a in answers
                    if _quotable(a.consent, a.moderation) and (a.text or a.title)
                ],
            )
        )
    by_id = {a.id: a for a in session.answers}
    cases = []
    for case in session.cases:
        source = by_id.get(case.source_answer) if case.source_answer else None
        # A concern the author kept private may be discussed in the room, but its title stays there.
        private = case.private or (source is not None and source.consent is not Consent.QUOTE)
        cases.append(
            CaseRecord(
                id=case.id,
                title="" if private else case.title,
                urgency=case.urgency,
                tags=list(case.tags),
                step_id=case.step_id,
                taken_along=[
                    by_id[aid].text
                    for aid in case.taken_along
                    if aid in by_id
                    and _quotable(by_id[aid].consent, by_id[aid].moderation)
                    and by_id[aid].text
                ],
            )
        )
    methods = [s.title for s in session.agenda.steps if s.kind is StepKind.CASE]
    if any(s.blitzlicht for s in session.agenda.steps):
        methods.append("Blitzlicht")
    return SessionRecord(
        id=session.id,
        title=session.title,
        date=session.date,
        template=session.agenda.id,
        template_title=session.agenda.title,
        series=session.agenda.series_id,
        started_at=session.started_at,
        ended_at=ended,
        minutes=_minutes(session.started_at, ended),
        participants=len(session.participants),
        private_talks=len({a.participant for a in session.answers if a.private_talk}),
        methods=methods,
        steps=steps,
        cases=cases,
        agreements=[
            AgreementRecord(id=a.id, text=a.text, created_at=a.created_at) for a in session.agreements
        ],
        follow_ups=[
            FollowUpRecord(
                agreement_id=f.agreement_id, text=f.text, from_session=f.from_session, state=f.state
            )
            for f in session.follow_ups
        ],
        retention_days=session.agenda.retention_days,
    )


def migrate_v1(data: dict[str, Any]) -> SessionRecord:
    """A version-1 file (the whole session) as a record, through the same boundary as a new one."""
    try:
        session = Session.model_validate(data)
    except ValidationError as exc:
        raise RecordError("record.v1_broken") from exc
    if session.status is not SessionStatus.FINISHED:
        raise RecordError("record.v1_unfinished")
    record = to_record(session)
    return record.model_copy(update={"migrated_from": 1})


class RecordSource(StrEnum):
    CURRENT = "current"
    MIGRATED = "migrated"


def parse_record(raw: bytes) -> tuple[SessionRecord, RecordSource]:
    """Read a stored file of any known version; unknown or unfinished ones raise RecordError."""
    # The common case first: a current (or version-2) file validated straight from its bytes, in one
    # pass (a 1,000-session report spends most of its reading time here).
    try:
        return SessionRecord.model_validate_json(raw), RecordSource.CURRENT
    except ValidationError:
        pass  # another version, or broken: the checks below say which
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise RecordError("record.not_json") from exc
    if not isinstance(data, dict):
        raise RecordError("record.not_session")
    version = data.get("schema_version")
    if version == 1:
        return migrate_v1(data), RecordSource.MIGRATED
    if version not in (2, RECORD_VERSION):
        raise RecordError("record.unknown_version", version=repr(version))
    try:
        # Only to word what is broken: the bytes did not validate above.
        return SessionRecord.model_validate(data), RecordSource.CURRENT
    except ValidationError as exc:
        first = exc.errors()[0]
        raise RecordError(
            "record.broken",
            where=".".join(str(p) for p in first["loc"]),
            problem=first["type"],
            detail=first["msg"],
            expected=str(first.get("ctx", {}).get("expected", "")),
        ) from exc


def record_json_schema() -> dict[str, object]:
    """The published JSON Schema of the coordinator's file."""
    schema = SessionRecord.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"supervision-tui/session/v{RECORD_VERSION}"
    return schema
