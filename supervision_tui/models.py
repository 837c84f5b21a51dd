"""Pydantic models of the domain: agenda templates, a running session and what it stores.

Everything in a `Session` is already anonymized: free text reaches these models only through the
anonymizer (see `engine`). The stored JSON carries `schema_version`; its JSON Schema is published in
`sessions/schema.json` and a test fails when the two drift apart.
"""

from __future__ import annotations

import datetime as dt
import functools
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Final, Literal

from annotated_types import MaxLen
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

# 2: urgency and topics are English codes (1: German words, still read; see `_Coded`).
SCHEMA_VERSION: Final = 2

Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)]


class StepKind(StrEnum):
    JOIN = "join"
    ROUND = "round"
    INTAKE = "intake"
    CASE = "case"
    BREAK = "break"
    CLOSING = "closing"


class InputKind(StrEnum):
    """What a phone may send for a step or phase."""

    NONE = "none"
    MOOD = "mood"  # scale 1–5 plus optional text
    TEXT = "text"  # free text
    INTAKE = "intake"  # short case title plus urgency
    IDEA = "idea"  # an idea or question during a case phase


# How many ideas one phone may give in one idea phase (a new submit is a new idea there, not a revision):
# enough for a lively Beratung, few enough that one phone cannot flood the moderation queue.
MAX_IDEAS: Final = 10


class Sends(StrEnum):
    """What a role's phone may send in a case phase: nothing, an answer to the phase's question (named
    by its input kind, so a template says what it means), or marks on the discussion's ideas."""

    NOTHING = "none"
    MOOD = "mood"
    TEXT = "text"
    INTAKE = "intake"
    IDEA = "idea"
    TAKE_ALONG = "take_along"  # the case giver marks the ideas taken along (Abschluss)


class _Coded(StrEnum):
    """A stored value: a stable English code; the words people read are in the catalogues (`words.py`).

    Files of session schema 1 and record schema 2 stored German words instead (`_LEGACY`); reading
    them gives the code, so old journals resume and old coordinator files migrate (`record.parse_record`).
    """

    @classmethod
    def _missing_(cls, value: object) -> _Coded | None:
        # pydantic calls this once per old word while it reads a file: a dict lookup, no enum call.
        return _legacy_members(cls).get(value) if isinstance(value, str) else None


class Urgency(_Coded):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Consent(StrEnum):
    QUOTE = "quote"  # darf anonym projiziert / ins Protokoll übernommen werden
    PRIVATE = "private"  # nur für die Supervisorin


class FollowUpState(StrEnum):
    """What became of an agreement by the next session of the same group."""

    OPEN = "open"  # not yet looked at
    DONE = "done"
    ONGOING = "ongoing"
    DROPPED = "dropped"


class Moderation(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    HIDDEN = "hidden"


class Topic(_Coded):
    """The fixed taxonomy of case topics the coordinator's yearly report counts."""

    AUTHORITIES = "authorities"
    HOUSING = "housing"
    HEALTH = "health"
    VIOLENCE = "violence"
    SCHOOL = "school"
    WORK = "work"
    LANGUAGE = "language"
    RESIDENCE = "residence"
    FAMILY = "family"
    BOUNDARIES = "boundaries"
    CRISIS = "crisis"


# What session schema 1 (journals, version-1 coordinator files) and record schema 2 stored.
_LEGACY: dict[str, dict[str, str]] = {
    "Urgency": {"niedrig": "low", "mittel": "medium", "hoch": "high"},
    "Topic": {
        "Behörden": "authorities",
        "Wohnen": "housing",
        "Gesundheit/psychische Belastung": "health",
        "Gewalt/Aggression": "violence",
        "Schule/Kita": "school",
        "Arbeit": "work",
        "Sprache": "language",
        "Aufenthalt": "residence",
        "Familie": "family",
        "Abgrenzung/Selbstfürsorge": "boundaries",
        "Krise": "crisis",
    },
}


@functools.cache
def _legacy_members(coded: type[_Coded]) -> dict[str, _Coded]:
    """The old words of one coded enum, each to its member."""
    return {word: coded(code) for word, code in _LEGACY.get(coded.__name__, {}).items()}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- agenda templates --------------------------------------------------------------------------


class Prompt(_Strict):
    """The question put to the room, and what phones may answer."""

    question: str = Field(min_length=1, max_length=200)
    input: InputKind = InputKind.TEXT
    hint: str = Field(default="", max_length=300)
    motif: Literal["diamond", ""] = ""
    max_chars: int = Field(default=1000, ge=1, le=1000)
    # What the answers are called where the method has its own word for them (Balint: images and
    # feelings, not ideas); empty: the catalogue's word for the input kind.
    answer_label: str = Field(default="", max_length=60)  # the phone's field: "Ihr Bild, Ihr Gefühl"
    answers_title: str = Field(
        default="", max_length=60
    )  # console column, phone heading: "Bilder und Gefühle"


class RoleDuty(_Strict):
    """What one role does in one phase of a case discussion: what its phones say, what they may send."""

    says: str = Field(min_length=1, max_length=200)  # "Zuhören, nur Informationsfragen."
    sends: Sends = Sends.NOTHING


class Phase(_Strict):
    name: str = Field(min_length=1, max_length=60)
    minutes: int = Field(ge=1, le=240)
    description: str = Field(default="", max_length=400)
    prompt: Prompt | None = None
    silent_role: str | None = None  # e.g. the Balint case giver listens without speaking
    # per role (a name of the step's `roles`): what its phones say and may send in this phase. A phase
    # that declares none lets every phone answer its prompt; one that declares some, only those roles.
    roles: dict[str, RoleDuty] = Field(default_factory=dict)

    @property
    def phone_input(self) -> bool:
        return self.prompt is not None and self.prompt.input is not InputKind.NONE

    @property
    def takes_along(self) -> bool:
        """Whether a role marks ideas to take along in this phase (Tietze's Abschluss; no Balint phase)."""
        return any(duty.sends is Sends.TAKE_ALONG for duty in self.roles.values())


def _has_ideas(phases: list[Phase]) -> bool:
    return any(p.prompt is not None and p.prompt.input is InputKind.IDEA for p in phases)


def _check_duties(phase: Phase, roles: list[str], *, ideas_before: bool) -> None:
    """A phase's role duties fit the step: known roles, and what they send is what the phase asks."""
    where = f"Phase „{phase.name}“"
    unknown = [role for role in phase.roles if role not in roles]
    if unknown:
        raise ValueError(f"{where}: unbekannte Rolle {', '.join(unknown)} (steht nicht in roles).")
    asks = phase.prompt.input if phase.phone_input and phase.prompt is not None else None
    for role, duty in phase.roles.items():
        if duty.sends is Sends.TAKE_ALONG:
            if not ideas_before:
                raise ValueError(
                    f"{where}: „{role}“ soll Ideen mitnehmen, aber keine Phase davor sammelt Ideen."
                )
        elif duty.sends is not Sends.NOTHING and (asks is None or duty.sends.value != asks.value):
            asked = f"nach „{asks.value}“" if asks is not None else "nach nichts"
            raise ValueError(f"{where}: „{role}“ sendet „{duty.sends.value}“, die Phase fragt aber {asked}.")
        if role == phase.silent_role and duty.sends is not Sends.NOTHING:
            raise ValueError(f"{where}: „{role}“ schweigt in dieser Phase (silent_role) und sendet nichts.")
    if (
        phase.roles
        and asks is not None
        and not any(d.sends.value == asks.value for d in phase.roles.values())
    ):
        raise ValueError(f"{where}: Die Phase stellt eine Frage, aber keine Rolle darf sie beantworten.")


class Step(_Strict):
    id: Slug
    kind: StepKind
    title: str = Field(min_length=1, max_length=80)
    minutes: int = Field(ge=0, le=480)
    description: str = Field(default="", max_length=600)
    prompt: Prompt | None = None
    phases: list[Phase] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    # roles that everyone without another role takes ("Beratende", "Gruppe"): never drawn for one person
    group_roles: list[str] = Field(default_factory=list)
    # the role of whoever brought the case (Tietze, Balint): never drawn, it comes with the case
    case_giver_role: str | None = None
    blitzlicht: bool = False  # random speaking order by pseudonym; people may pass
    moderation: bool | None = None  # overrides the agenda's default for this step
    agreements: bool = False  # the step collects agreements (closing)
    highlights: bool = False  # the round collects Glitzermomente (reported as highlights)

    @model_validator(mode="after")
    def _check_shape(self) -> Step:
        if self.kind is StepKind.CASE and not self.phases:
            raise ValueError("Eine Fallberatung braucht mindestens eine Phase.")
        if self.kind is not StepKind.CASE and self.phases:
            raise ValueError("Nur Fallberatungen haben Phasen.")
        if self.phases and sum(p.minutes for p in self.phases) > self.minutes:
            raise ValueError("Die Phasen dauern länger als der Schritt.")
        unknown = [role for role in self.group_roles if role not in self.roles]
        if unknown:
            raise ValueError(f"Gruppenrolle ohne Rolle: {', '.join(unknown)} (steht nicht in roles).")
        if self.case_giver_role is not None and self.case_giver_role not in self.roles:
            raise ValueError(f"Rolle der Fallgebenden „{self.case_giver_role}“ steht nicht in roles.")
        for index, phase in enumerate(self.phases):
            _check_duties(phase, self.roles, ideas_before=_has_ideas(self.phases[:index]))
        return self

    @property
    def prompt_for_phones(self) -> Prompt | None:
        return self.prompt if self.prompt and self.prompt.input is not InputKind.NONE else None


class Agenda(_Strict):
    id: Slug
    title: str = Field(min_length=1, max_length=100)
    description: str = Field(default="", max_length=1000)
    language: Literal["de", "en"] = "de"
    moderation: bool = True  # free text waits for approval before it is projected
    # sessions of one group share a series: the next one opens its closing with the last agreements
    series: Slug | None = None
    retention_days: int | None = Field(default=None, ge=1, le=3650)  # how long session files are kept
    steps: list[Step] = Field(min_length=1)
    # What a phone in another language reads instead of a text of this template (its question, step and
    # phase names, roles and what they do): {"en": {German text: English text}}; a text without one
    # stays as written.
    translations: dict[Literal["en"], dict[str, str]] = Field(default_factory=dict)

    @field_validator("steps")
    @classmethod
    def _unique_ids(cls, steps: list[Step]) -> list[Step]:
        # A field validator, so the error names the field (`steps`) instead of the whole file.
        seen: set[str] = set()
        for step in steps:
            if step.id in seen:
                raise ValueError(f"Die Schritt-ID „{step.id}“ kommt doppelt vor.")
            seen.add(step.id)
        return steps

    @property
    def minutes(self) -> int:
        return sum(step.minutes for step in self.steps)

    def say(self, text: str, lang: str) -> str:
        """`text` of this template as a reader of `lang` reads it (see `translations`)."""
        if lang == self.language or lang != "en":
            return text
        return self.translations.get("en", {}).get(text, text)

    @property
    def series_id(self) -> str:
        """The group this agenda's sessions belong to: its series, or the template itself."""
        return self.series or self.id

    def step_moderated(self, step: Step) -> bool:
        return self.moderation if step.moderation is None else step.moderation


# --- a running / stored session ---------------------------------------------------------------


class Participant(_Strict):
    """A joined phone. `label` is the only way the room refers to it: no names."""

    label: str  # "T1", "T2" … for phones, "P1", "P2" … for someone without one (paper)
    device_hash: str  # sha256 of session secret + cookie id; useless outside this session
    joined_at: datetime
    paper: bool = False  # answers entered by the supervisor for someone without a phone


class Answer(_Strict):
    id: str = Field(max_length=40)  # the engine's "a0001" plus four hex digits
    step_id: str
    phase: int | None = None
    participant: str
    mood: int | None = Field(default=None, ge=1, le=5)
    text: str = Field(default="", max_length=2000)  # anonymized
    title: str = Field(default="", max_length=300)  # anonymized; case intake
    urgency: Urgency | None = None
    consent: Consent = Consent.PRIVATE
    private_talk: bool = False  # "Ich wünsche mir ein Einzelgespräch": supervisor only
    moderation: Moderation = Moderation.PENDING
    labels: list[str] = Field(default_factory=list)  # entity labels found, e.g. ["PERSON"]
    flags: list[str] = Field(default_factory=list)  # Art. 9 categories for review
    revision: int = 1
    created_at: datetime
    updated_at: datetime


class Case(_Strict):
    id: str
    title: str = Field(max_length=300)  # anonymized
    urgency: Urgency = Urgency.MEDIUM
    tags: list[Topic] = Field(default_factory=list)
    source_answer: str | None = None
    step_id: str | None = None  # the case discussion it was taken up in
    # who brought it (a T-code, room only: the coordinator's record never holds it); None: nobody here
    brought_by: str | None = None
    # from a concern its author kept private: discussed in the room, but its title is never projected
    # and never reaches the coordinator
    private: bool = False
    # ideas (answer ids) the case giver takes along, marked in the closing phase of the discussion
    taken_along: list[str] = Field(default_factory=list)


class Note(_Strict):
    id: str
    step_id: str
    case_id: str | None = None
    text: str = Field(max_length=5000)  # anonymized
    labels: list[str] = Field(default_factory=list)
    flags: list[str] = Field(default_factory=list)
    created_at: datetime


class Agreement(_Strict):
    id: str
    text: str = Field(max_length=500)  # anonymized
    created_at: datetime


class RoleAssignment(_Strict):
    step_id: str
    role: str
    participant: str


class SpeakingOrder(_Strict):
    step_id: str
    order: list[str]
    passed: list[str] = Field(default_factory=list)
    position: int = 0


class TimerState(_Strict):
    """The countdown of the current step or phase as the supervisor last set it, so a resume brings it
    back running with its true remaining time."""

    step: int
    phase: int = 0
    duration: float  # seconds, extensions included
    elapsed: float  # seconds, at `at`
    running: bool
    at: datetime


class StepVisit(_Strict):
    """The session moved to (step, phase) at `at`: how long each part really ran."""

    step: int
    phase: int = 0
    at: datetime


class FollowUp(_Strict):
    """An agreement of the series' previous session, to be followed up in this one."""

    agreement_id: str
    text: str = Field(max_length=500)  # anonymized when it was made
    from_session: str
    state: FollowUpState = FollowUpState.OPEN


class SessionStatus(StrEnum):
    RUNNING = "running"
    FINISHED = "finished"


class Session(_Strict):
    """One running supervision session, as its journal rebuilds it (`sessions/running/`).

    It holds what the supervisor needs in the room, private answers included. What leaves the room
    when it ends is a `record.SessionRecord` (see `record.to_record`)."""

    schema_version: Literal[1, 2] = SCHEMA_VERSION  # a journal begun before the codes says 1
    id: str = Field(pattern=r"^[a-z0-9]{6,16}$")
    title: str = Field(max_length=100)
    date: dt.date
    agenda: Agenda
    status: SessionStatus = SessionStatus.RUNNING
    started_at: datetime
    ended_at: datetime | None = None
    current_step: int = 0
    current_phase: int = 0
    participants: list[Participant] = Field(default_factory=list)
    answers: list[Answer] = Field(default_factory=list)
    cases: list[Case] = Field(default_factory=list)
    notes: list[Note] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    roles: list[RoleAssignment] = Field(default_factory=list)
    speaking_orders: list[SpeakingOrder] = Field(default_factory=list)
    moderation_off: list[str] = Field(default_factory=list)  # step ids the supervisor switched off
    step_log: list[StepVisit] = Field(default_factory=list)
    timer: TimerState | None = None
    follow_ups: list[FollowUp] = Field(default_factory=list)

    @property
    def slug(self) -> str:
        return self.agenda.id

    @property
    def file_stem(self) -> str:
        return f"{self.date.isoformat()}-{self.slug}-{self.id}"

    def answers_for(self, step_id: str, phase: int | None = None) -> list[Answer]:
        return [a for a in self.answers if a.step_id == step_id and (phase is None or a.phase == phase)]

    def mood_histogram(self, step_id: str) -> list[int]:
        """How many answers to a step gave each mood 1..5; a number is no quote, so every answer counts
        (private ones and those not approved too)."""
        counts = [0] * 5
        for answer in self.answers_for(step_id):
            if answer.mood is not None:
                counts[answer.mood - 1] += 1
        return counts


@functools.cache
def max_length(model: type[BaseModel], field: str) -> int:
    """The `max_length` a model declares for a text field: the one place each limit is written."""
    for rule in model.model_fields[field].metadata:
        if isinstance(rule, MaxLen):
            return rule.max_length
    raise LookupError(f"{model.__name__}.{field} declares no max_length")


def fit(model: type[BaseModel], field: str, text: str) -> str:
    """`text` cut to what `model.field` takes. The anonymizer may lengthen a text ("[Person A]"), so
    every free-text path cuts after cleaning, to the limit the model would otherwise refuse."""
    return text[: max_length(model, field)]
