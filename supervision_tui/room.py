"""What the room may see: the one owner of the laptop → projector boundary.

`room_view` is the only way session state reaches the projection (`supervision-tui beamer`). It
copies field by field what may be shown to everyone in the room, and nothing else: no raw or private
text, no pending or hidden answers, no one-to-one requests (not even their number), no moderation
queue, no notes, no names the supervisor marked, no pseudonym mapping, no answer ids or participant
labels tied to an answer. A field added here is a decision about the room; the test in
`tests/domain/test_room.py` searches the serialized view for everything private.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .engine import Engine
from .models import InputKind, StepKind, Urgency

ROOM_SCHEMA_VERSION = 1


class _Room(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RoomAnswer(_Room):
    """An approved answer whose author agreed to anonymous projection: its words only, no author."""

    title: str = ""
    text: str = ""
    taken_along: bool = False  # in a case discussion's closing: the case giver takes this idea along
    urgency: Urgency | None = None  # a concern's, as its author chose it (the console shows it too)


class RoomTimer(_Room):
    remaining: float  # seconds; negative once the time is overrun
    running: bool
    total: float  # seconds the step or phase was planned for (plus any extension)


class RoomSpeakers(_Room):
    """The Blitzlicht order: labels only (drawn in the open, called aloud in the room)."""

    order: list[str]
    position: int  # index of who speaks now; == len(order) once everyone had a turn
    passed: list[str] = Field(default_factory=list)  # who chose to pass ("setzt aus")


class RoomRole(_Room):
    role: str
    participant: str | None = None  # the label drawn for it; None while open
    everyone: bool = False  # a group role ("Beratende"): everyone without another role


class RoomPhase(_Room):
    index: int
    count: int
    name: str
    description: str = ""
    silent_role: str | None = None
    names: list[str] = Field(default_factory=list)  # every phase's name, for the phase bar


class RoomView(_Room):
    """Everything the projection shows, and only that."""

    schema_version: int = ROOM_SCHEMA_VERSION
    agenda_title: str  # the template's title (data), never the title the supervisor typed
    finished: bool = False
    join_url: str | None = None
    joining_open: bool = False
    participants: int = 0
    step_index: int
    step_count: int
    step_title: str
    step_kind: StepKind
    step_description: str = ""
    question: str = ""
    hint: str = ""
    motif: str = ""
    mood: bool = False  # the current step asks for the mood scale
    phase: RoomPhase | None = None
    case_title: str | None = None
    timer: RoomTimer | None = None
    answers: list[RoomAnswer] = Field(default_factory=list)
    mood_counts: list[int] = Field(default_factory=lambda: [0] * 5)
    speakers: RoomSpeakers | None = None
    roles: list[RoomRole] = Field(default_factory=list)

    @property
    def position_key(self) -> tuple[int, int]:
        """Where the session stands: a new key means a new step or phase on the projection."""
        return (self.step_index, self.phase.index if self.phase else 0)


def room_view(engine: Engine, join_url: str | None = None, *, step_changed: bool = False) -> RoomView:
    """The projection's view of `engine` right now (cheap enough for every burst of answers).

    `step_changed=True` builds it inside the engine's `StepChanged` commit, before the engine has reset
    its countdown: the timer is then the one the new step or phase starts with (its full time, paused).
    """
    session = engine.session
    pos = engine.position
    step = pos.step
    phase = pos.phase
    prompt = pos.prompt
    # A case phase without phone input still shows the step's own question, if it has one.
    shown = prompt or step.prompt
    question = shown.question if shown else ""
    hint = (shown.hint if shown else "") or (phase.description if phase else step.description)
    timed = step.kind is not StepKind.JOIN
    phase_view = None
    if phase is not None:
        phase_view = RoomPhase(
            index=pos.phase_index,
            count=len(step.phases),
            name=phase.name,
            description=phase.description,
            silent_role=phase.silent_role,
            names=[p.name for p in step.phases],
        )
    order = engine.speaking_order() if step.blitzlicht else None
    assigned = engine.roles_for()
    case = engine.current_case() if step.kind is StepKind.CASE else None
    mood = prompt is not None and prompt.input is InputKind.MOOD
    # The engine decides which answers the room sees now (in a case's closing: the ideas of the Beratung).
    answers = engine.shown_answers()
    taken = set(case.taken_along) if case is not None else set()
    return RoomView(
        agenda_title=engine.agenda.title,
        finished=engine.finished,
        join_url=join_url,
        joining_open=join_url is not None and not engine.finished,
        participants=len(session.participants),
        step_index=pos.index,
        step_count=len(engine.agenda.steps),
        step_title=step.title,
        step_kind=step.kind,
        step_description=step.description,
        question=question,
        hint=hint,
        motif=shown.motif if shown else "",
        mood=mood,
        phase=phase_view,
        # a case from a concern its author kept private is discussed without its title
        case_title=(case.title if not case.private else "") if case else None,
        timer=_timer(engine, step_changed) if timed else None,
        answers=[
            RoomAnswer(title=a.title, text=a.text, taken_along=a.id in taken, urgency=a.urgency)
            for a in answers
        ],
        mood_counts=engine.mood_histogram() if mood else [0] * 5,
        speakers=RoomSpeakers(order=list(order.order), position=order.position, passed=list(order.passed))
        if order
        else None,
        roles=[
            RoomRole(role=role, participant=assigned.get(role), everyone=role in step.group_roles)
            for role in step.roles
        ],
    )


def _timer(engine: Engine, step_changed: bool) -> RoomTimer:
    if step_changed:
        # Every step and phase starts with its own full time, paused (the engine resets its countdown
        # right after the event; `events.apply` drops the saved timer with it).
        pos = engine.position
        planned = float((pos.phase.minutes if pos.phase else pos.step.minutes) * 60)
        return RoomTimer(remaining=planned, running=False, total=planned)
    timer = engine.timer
    return RoomTimer(remaining=round(timer.remaining, 1), running=timer.running, total=timer.duration)
