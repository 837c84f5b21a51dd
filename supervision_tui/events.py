"""Every change to a session is an event: journaled first, then applied.

The journal is the list of these events, one JSON line each, so replaying it rebuilds the session
exactly after a crash. Events carry only anonymized data.
"""

from __future__ import annotations

import inspect
import re
import weakref
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from .models import (
    Agreement,
    Answer,
    Case,
    FollowUpState,
    Moderation,
    Note,
    Participant,
    RoleAssignment,
    Session,
    SessionStatus,
    SpeakingOrder,
    StepVisit,
    TimerState,
    Topic,
)


class _Event(BaseModel):
    """An event. Its `type`, the tag the journal tells events apart by, is its class name in snake case
    (`SessionStarted` → "session_started"), made a `Literal` field by `__init_subclass__`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: str = ""  # each event class's own tag; "" only on this base, which is never an event

    def __init_subclass__(cls, **kwargs: Any) -> None:
        tag = re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower()
        # First, as if written first in the class: the journal's lines begin with it.
        cls.__annotations__ = {"type": Literal[tag], **inspect.get_annotations(cls)}
        cls.type = tag
        super().__init_subclass__(**kwargs)


class SessionStarted(_Event):
    session: Session


class StepChanged(_Event):
    step: int
    phase: int = 0
    at: datetime | None = None  # None in journals written before step timing


class ParticipantJoined(_Event):
    participant: Participant


class AnswerSaved(_Event):
    """A new answer or a phone's revision of its own answer (same id)."""

    answer: Answer


class AnswerModerated(_Event):
    answer_id: str
    state: Moderation


class ModerationSwitched(_Event):
    step_id: str
    enabled: bool


class CaseSaved(_Event):
    case: Case


class CaseTagged(_Event):
    case_id: str
    tag: Topic
    on: bool


class NoteSaved(_Event):
    note: Note


class AgreementSaved(_Event):
    agreement: Agreement


class RoleAssigned(_Event):
    assignment: RoleAssignment


class SpeakingOrderSet(_Event):
    order: SpeakingOrder


class IdeaTakenAlong(_Event):
    """The case giver takes an idea along (or no longer)."""

    case_id: str
    answer_id: str
    on: bool


class TimerSet(_Event):
    """The supervisor started, paused or extended the timer."""

    timer: TimerState


class FollowUpMarked(_Event):
    """The supervisor marked what became of an agreement of the series' previous session."""

    agreement_id: str
    state: FollowUpState


class SessionEnded(_Event):
    at: datetime


Event = Annotated[
    SessionStarted
    | StepChanged
    | ParticipantJoined
    | AnswerSaved
    | AnswerModerated
    | ModerationSwitched
    | CaseSaved
    | CaseTagged
    | NoteSaved
    | AgreementSaved
    | RoleAssigned
    | SpeakingOrderSet
    | FollowUpMarked
    | IdeaTakenAlong
    | TimerSet
    | SessionEnded,
    Field(discriminator="type"),
]

EVENT_ADAPTER: TypeAdapter[Event] = TypeAdapter(Event)


# Positions of items per session and (list, key field). Kept beside the model rather than in it,
# so that it is never serialised nor part of session equality; dropped with the session.
_INDEXES: dict[int, tuple[weakref.ref[Session], dict[tuple[str, str], dict[object, int]]]] = {}


def _indexes(session: Session) -> dict[tuple[str, str], dict[object, int]]:
    entry = _INDEXES.get(id(session))
    if entry is None or entry[0]() is not session:
        key = id(session)
        entry = (weakref.ref(session, lambda _ref: _INDEXES.pop(key, None)), {})
        _INDEXES[key] = entry
    return entry[1]


def _position(session: Session, field: str, key: str, value: object) -> int | None:
    """Where the item with `key == value` sits in `session.<field>`, in O(1).

    A burst of 500 phones would otherwise scan the answer list once per answer. The index is
    checked on every use and rebuilt if the list changed behind its back.
    """
    items = getattr(session, field)
    index = _indexes(session).setdefault((field, key), {})
    pos = index.get(value)
    if pos is not None and pos < len(items) and getattr(items[pos], key) == value:
        return pos
    if len(index) != len(items) or pos is not None:
        index.clear()
        index.update((getattr(item, key), i) for i, item in enumerate(items))
    return index.get(value)


def find(session: Session, field: str, key: str, value: object) -> Any:
    """The item of `session.<field>` whose `key` equals `value`, or None."""
    pos = _position(session, field, key, value)
    return None if pos is None else getattr(session, field)[pos]


def _replace(session: Session, field: str, new: Any, key: str) -> None:
    items = getattr(session, field)
    value = getattr(new, key)
    pos = _position(session, field, key, value)
    if pos is None:
        # Every index of this list learns the new item, so none has to be rebuilt.
        for (indexed_field, indexed_key), index in _indexes(session).items():
            if indexed_field == field and len(index) == len(items):
                index[getattr(new, indexed_key)] = len(items)
        items.append(new)
    else:
        items[pos] = new


def apply(session: Session, event: Event) -> None:
    """Apply one event to `session` in place. Pure domain logic: no I/O, no clock."""
    match event:
        case StepChanged(step=step, phase=phase, at=at):
            session.current_step, session.current_phase = step, phase
            session.timer = None  # every step and phase starts with its own full time
            if at is not None:
                session.step_log.append(StepVisit(step=step, phase=phase, at=at))
        case ParticipantJoined(participant=p):
            _replace(session, "participants", p, "label")
        case AnswerSaved(answer=a):
            _replace(session, "answers", a, "id")
        case AnswerModerated(answer_id=aid, state=state):
            pos = _position(session, "answers", "id", aid)
            if pos is not None:
                session.answers[pos] = session.answers[pos].model_copy(update={"moderation": state})
        case ModerationSwitched(step_id=sid, enabled=enabled):
            off = set(session.moderation_off)
            (off.discard if enabled else off.add)(sid)
            session.moderation_off = sorted(off)
        case CaseSaved(case=c):
            _replace(session, "cases", c, "id")
        case CaseTagged(case_id=cid, tag=tag, on=on):
            for i, c in enumerate(session.cases):
                if c.id == cid:
                    tags = [t for t in c.tags if t is not tag] + ([tag] if on else [])
                    session.cases[i] = c.model_copy(update={"tags": tags})
        case NoteSaved(note=n):
            _replace(session, "notes", n, "id")
        case AgreementSaved(agreement=ag):
            _replace(session, "agreements", ag, "id")
        case RoleAssigned(assignment=ra):
            session.roles = [
                r for r in session.roles if not (r.step_id == ra.step_id and r.role == ra.role)
            ] + [ra]
        case SpeakingOrderSet(order=order):
            _replace(session, "speaking_orders", order, "step_id")
        case IdeaTakenAlong(case_id=cid, answer_id=aid, on=on):
            for i, c in enumerate(session.cases):
                if c.id == cid:
                    taken = [a for a in c.taken_along if a != aid] + ([aid] if on else [])
                    session.cases[i] = c.model_copy(update={"taken_along": taken})
        case TimerSet(timer=timer):
            session.timer = timer
        case FollowUpMarked(agreement_id=aid, state=state):
            session.follow_ups = [
                f.model_copy(update={"state": state}) if f.agreement_id == aid else f
                for f in session.follow_ups
            ]
        case SessionEnded(at=at):
            session.status, session.ended_at = SessionStatus.FINISHED, at
        case SessionStarted():
            raise ValueError("session_started may only open a journal")
