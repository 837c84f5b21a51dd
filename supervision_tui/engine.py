"""The running session as plain Python: the TUI and the web form both drive and observe it.

Every change goes the same way: free text through the anonymizer, then an event into the journal
(fsynced), then applied to the in-memory `Session`, then listeners are told. An event that could not
be stored is never applied: what anyone sees of the session (the projection, a phone's page, a
listener) is on disk. Nothing here knows about Textual or HTTP.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import errno
import hashlib
import random
import re
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from .anonymize import Anonymizer, Context, Result, default_anonymizer
from .anonymize.patterns import age_band
from .errors import CodedError
from .events import (
    AgreementSaved,
    AnswerModerated,
    AnswerSaved,
    CaseSaved,
    CaseTagged,
    Event,
    FollowUpMarked,
    IdeaTakenAlong,
    ModerationSwitched,
    NoteSaved,
    ParticipantJoined,
    RoleAssigned,
    SessionEnded,
    SessionStarted,
    SpeakingOrderSet,
    StepChanged,
    TimerSet,
    apply,
    find,
)
from .models import (
    MAX_IDEAS,
    Agenda,
    Agreement,
    Answer,
    Case,
    Consent,
    FollowUp,
    FollowUpState,
    InputKind,
    Moderation,
    Note,
    Participant,
    Phase,
    Prompt,
    RoleAssignment,
    Sends,
    Session,
    SessionStatus,
    SpeakingOrder,
    Step,
    StepKind,
    StepVisit,
    TimerState,
    Topic,
    Urgency,
    fit,
)
from .record import SessionRecord
from .roles import Duty, duty, role_of
from .store import Journal, Store
from .timer import Clock, Countdown

Now = Callable[[], dt.datetime]
Listener = Callable[[Event], None]


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# The moderation queue shows what still needs a decision first.
_REVIEW_ORDER = {Moderation.PENDING: 0, Moderation.APPROVED: 1, Moderation.HIDDEN: 2}
# A participant code as the session gives it: T1, T2 … for phones, P1, P2 … for paper answers.
_PARTICIPANT_CODE = re.compile(r"[TP]\d+\b")
_PSEUDONYM = re.compile(r"\[Person [A-Z]+\]")  # as `anonymize` writes it
_WORD = re.compile(r"[^\W\d_]+")  # a run of letters


def _as_age(text: str, places: list[tuple[int, int]], number: str) -> str:
    """`text` with `number` masked as an age (its band, as the anonymizer masks the ages it finds) at `places`."""
    for start, end in reversed(places):
        text = f"{text[:start]}[Alter {age_band(int(number))}]{text[end:]}"
    return text


def agenda_words(agenda: Agenda) -> set[str]:
    """The casefolded words of an agenda's texts (titles, prompts, hints), three letters or more: the room answers
    in them ("glitzermoment", "blitzlicht"), and a word of a public template is no one's secret."""
    return {w.casefold() for w in _WORD.findall(agenda.model_dump_json()) if len(w) >= 3}


class EngineError(CodedError):
    """A request the session cannot take: a stable English `code` ("step.unknown") and its `params`.

    The engine holds no sentence: each side words the code in its own catalogue and language
    (`tui/texts.py` and `live/i18n.py`, key `error.<code>`), filling in the params. The subclasses let a
    caller catch one kind (`except NotCurrentStep`).
    """


class NotCurrentStep(EngineError):
    """The answer is for a step or phase that is no longer the current one."""

    def __init__(self) -> None:
        super().__init__("step.not_current")


class SessionClosed(EngineError):
    """The session has ended; it takes no more changes."""

    def __init__(self) -> None:
        super().__init__("session.closed")


class RoleRefused(EngineError):
    """A phone sent what its holder's role may not send in this phase (the case giver's idea during
    Beratung). `role` (None: no role) and `phase` are for the side that words it in its language."""

    def __init__(self, role: str | None, phase: str) -> None:
        super().__init__("role.refused" if role is not None else "role.refused_none", role=role, phase=phase)
        self.role = role
        self.phase = phase


class StorageFailed(EngineError, OSError):
    """A change that could not be stored (disk full, I/O error): it is not in the session and never will be.

    The session runs on in memory as it was before the change; doing it again once the disk takes writes
    stores it. Both an `EngineError` (the TUI shows it like any refused action) and an `OSError` (the
    form answers 503). `what` names what was refused: an event type ("step_changed", "answer_saved") or
    "session_file" (the final file of an ended session) or "journal"; `cause` is the errno's name
    ("ENOSPC").
    """

    def __init__(self, cause: OSError, what: str) -> None:
        cause_name = errno.errorcode.get(cause.errno or 0, "EIO")
        EngineError.__init__(self, "storage.failed", what=what, cause=cause_name)
        self.errno = cause.errno
        self.strerror = cause.strerror
        self.what = what
        self.cause = cause_name

    __str__ = EngineError.__str__


@dataclass(frozen=True)
class StorageHealth:
    """Whether the session's writes reach the disk, as plain data for whoever shows it."""

    ok: bool = True
    # While failing: the errno name of the last failure ("ENOSPC") and what it refused (see StorageFailed).
    error: str | None = None
    refused: str | None = None
    failing_since: dt.datetime | None = None
    # The last time a write of this session reached the disk (None: no store, or nothing written yet).
    last_saved: dt.datetime | None = None


StorageWatcher = Callable[[StorageHealth], None]


class AnswerInput(BaseModel):
    """What a phone may send, already validated for shape; text is still raw here."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    step_id: str = Field(max_length=80)
    phase: int | None = Field(default=None, ge=0, le=50)
    mood: int | None = Field(default=None, ge=1, le=5)
    text: str = Field(default="", max_length=1000)
    title: str = Field(default="", max_length=120)
    urgency: Urgency | None = None
    consent: Consent = Consent.PRIVATE
    private_talk: bool = False
    # In an idea phase: the id of the phone's own idea this submit changes (None: a new idea).
    revises: str | None = Field(default=None, max_length=40)


AnswerKey = tuple[str, int | None, str]  # step id, phase (None outside a case), participant label


@dataclass(frozen=True)
class Position:
    """Where the session stands: the step, and for case discussions the phase."""

    index: int
    step: Step
    phase_index: int
    phase: Phase | None

    @property
    def prompt(self) -> Prompt | None:
        """The question phones answer right now, if any."""
        if self.step.kind is StepKind.CASE:
            return self.phase.prompt if self.phase and self.phase.phone_input else None
        return self.step.prompt_for_phones


class Engine:
    """One running session."""

    def __init__(
        self,
        session: Session,
        *,
        journal: Journal | None = None,
        store: Store | None = None,
        anonymizer: Anonymizer | None = None,
        context: Context | None = None,
        clock: Clock | None = None,
        now: Now = _utcnow,
        rng: random.Random | None = None,
    ) -> None:
        self.session = session
        self.journal = journal
        self.store = store
        self.anonymizer = anonymizer or default_anonymizer()
        # Names and pseudonyms live only here, in memory: never journaled, never saved.
        self.context = context or Context()
        self._now = now
        self._rng = rng or random.Random()
        self._listeners: list[Listener] = []
        self._storage_watchers: list[StorageWatcher] = []
        # Committed, not yet durable, so not yet applied: the events of a group commit before its sync,
        # and what they add that later work of the same batch must see (a phone's label, its revision).
        self._pending: list[Event] = []
        self._new_devices: dict[str, Participant] = {}
        self._new_answers: dict[str, Answer] = {}  # by answer id
        self._new_ids: dict[AnswerKey, list[str]] = {}  # a key's ids with this batch's new ones
        self._new_orders: dict[str, SpeakingOrder] = {}
        self._rewrite_due = False  # a mask's journal rewrite was refused (`_forget_earlier_versions`)
        # A group commit's pending events that another change had to store first, and could not: its own
        # `sync()` must report that, or they would be acknowledged without being stored.
        self._lost: StorageFailed | None = None
        self._failure: StorageFailed | None = None
        self._failing_since: dt.datetime | None = None
        # Wall-clock times, not the session's clock (`now`): when a write really reached the disk, and
        # reading `now` here would move an injected session clock.
        self._last_saved: dt.datetime | None = _utcnow() if journal is not None else None
        self._final_saved = False
        # words the supervisor masked or kept (casefolded): no doubt any more, whatever the anonymizer says
        self._judged: set[str] = set()
        # A phone's answers per step and phase, oldest first: one, which a second submit revises, or in an
        # idea phase up to MAX_IDEAS ideas. Rebuilt from the answers, so a replayed journal has them all.
        self._answer_ids: dict[AnswerKey, list[str]] = {}
        for a in session.answers:
            self._answer_ids.setdefault((a.step_id, a.phase, a.participant), []).append(a.id)
        self._ids = len(session.answers) + len(session.cases) + len(session.notes) + len(session.agreements)
        # Every answer asks where the session stands and who the phone is; both change rarely (a step
        # change, a join), so they are kept rather than rebuilt and rehashed per answer.
        self._position: Position | None = None
        self._devices: dict[str, Participant] = {}
        self.timer = Countdown(0, clock) if clock else Countdown(0)
        self._reset_timer()

    # --- construction -------------------------------------------------------------------------

    @classmethod
    def start(
        cls,
        agenda: Agenda,
        *,
        title: str,
        date: dt.date,
        store: Store | None,
        session_id: str | None = None,
        anonymizer: Anonymizer | None = None,
        now: Now = _utcnow,
        clock: Clock | None = None,
        rng: random.Random | None = None,
        previous: SessionRecord | None = None,
    ) -> Engine:
        """Begin a new session; its journal exists before the first answer can arrive.

        `previous` is the series' last finished session (`Store.last_of_series`): its agreements
        open this session's closing round as follow-ups, in the journal's header.
        """
        if previous is not None and previous.series != agenda.series_id:
            raise EngineError("series.mismatch")
        anonymizer = anonymizer or default_anonymizer()
        # the session's texts are read against its day: "am 24.11." has passed or is ahead of it
        context = Context(vocabulary=agenda_words(agenda), today=date)
        # A typed title is free text: it goes through the anonymizer like all else. The template's own
        # title is data, not typed text, so a session without one starts without waiting for the
        # anonymizer's word lists (the TUI loads them after its first frame).
        clean_title = anonymizer.anonymize(title.strip(), context).text if title.strip() else agenda.title
        started = now()
        session = Session(
            id=session_id or secrets.token_hex(4),
            title=fit(Session, "title", clean_title),
            date=date,
            agenda=agenda,
            started_at=started,
            step_log=[StepVisit(step=0, phase=0, at=started)],
            # The agreements were anonymized when they were made; they are the room's own words.
            follow_ups=[
                FollowUp(agreement_id=a.id, text=a.text, from_session=previous.id)
                for a in previous.agreements
            ]
            if previous
            else [],
        )
        journal = store.open_journal(session) if store else None
        return cls(
            session,
            journal=journal,
            store=store,
            anonymizer=anonymizer,
            context=context,
            clock=clock,
            now=now,
            rng=rng,
        )

    @classmethod
    def resume(
        cls,
        store: Store,
        journal_path: Path,
        *,
        anonymizer: Anonymizer | None = None,
        clock: Clock | None = None,
        now: Now = _utcnow,
        salvage: bool = False,
    ) -> Engine:
        """Continue a session whose app died; everything journaled is back (names are not: never stored).

        `salvage`: the journal is damaged in the middle and the supervisor chose to go on without its damaged
        lines (`Store.salvage` keeps the whole file as a copy first)."""
        if salvage:
            store.salvage(journal_path)
        session = store.replay(journal_path)
        journal = store.reopen_journal(journal_path)
        # The names are gone, their pseudonyms stay in what was stored: a person named after the resume must not
        # become the "[Person A]" of someone else in the same record.
        context = Context(
            taken=set(_PSEUDONYM.findall(session.model_dump_json())),
            vocabulary=agenda_words(session.agenda),
            today=session.date,  # a session resumed the next morning still reads its texts against its own day
        )
        return cls(
            session,
            journal=journal,
            store=store,
            anonymizer=anonymizer,
            context=context,
            clock=clock,
            now=now,
        )

    # --- observing ----------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def watch_storage(self, watcher: StorageWatcher) -> None:
        """Call `watcher` with the new `storage` whenever a write fails, and when writes work again."""
        self._storage_watchers.append(watcher)

    def unwatch_storage(self, watcher: StorageWatcher) -> None:
        if watcher in self._storage_watchers:
            self._storage_watchers.remove(watcher)

    @property
    def storage(self) -> StorageHealth:
        failure = self._failure
        return StorageHealth(
            ok=failure is None,
            error=failure.cause if failure else None,
            refused=failure.what if failure else None,
            failing_since=self._failing_since if failure else None,
            last_saved=self._last_saved,
        )

    def _storage_failed(self, failure: StorageFailed) -> None:
        if self._failure is None:
            self._failing_since = _utcnow()
        self._failure = failure
        self._tell_storage()

    def _storage_saved(self) -> None:
        self._last_saved = _utcnow()
        if self._failure is not None:
            self._failure = None
            self._tell_storage()

    def _tell_storage(self) -> None:
        health = self.storage
        for watcher in list(self._storage_watchers):
            watcher(health)

    @contextlib.contextmanager
    def _storing(self, what: str) -> Iterator[None]:
        """A write outside the journal's batches (the final file): its failure becomes `StorageFailed`."""
        try:
            yield
        except StorageFailed:
            raise
        except OSError as exc:
            failure = StorageFailed(exc, what)
            self._storage_failed(failure)
            raise failure from exc
        self._storage_saved()

    def _commit(self, event: Event, *, sync: bool = True, settled: bool = False) -> None:
        """Journal `event`; with `sync`, store and apply it now (`settled`: the operation settled already)."""
        if self.session.status is SessionStatus.FINISHED and not isinstance(event, SessionEnded):
            raise SessionClosed()
        if sync and not settled:
            self._settle()
        if self.journal is not None:
            self.journal.append(event, sync=False)
        self._pending.append(event)
        if sync:
            self._flush(event)

    def _settle(self) -> None:
        """Before an operation that stores at once: a group commit's pending events go first, as their own
        batch, so that their fate is theirs alone; if that fails, their `sync()` reports it."""
        if not self._pending:
            return
        if self._lost is not None:  # the group commit is refused already: so is what it did since
            self._drop_pending()
            return
        try:
            self._flush(None)
        except StorageFailed as exc:
            self._lost = exc

    def sync(self) -> None:
        """Store, then apply, every event committed with `sync=False` (one write and one fsync for a burst).

        Raises `StorageFailed` if they could not be stored: then none of them is applied, none reaches the
        journal later, and the caller must tell each of their senders that nothing was saved.
        """
        lost, self._lost = self._lost, None
        if lost is not None:
            self._drop_pending()
            raise lost
        self._flush(None)

    def _flush(self, cause: Event | None) -> None:
        events = self._pending
        journal = self.journal
        if journal is not None and (events or journal.unsynced):
            try:
                journal.sync()
            except OSError as exc:
                self._drop_pending()
                first = cause or (events[0] if events else None)
                failure = StorageFailed(exc, first.type if first is not None else "journal")
                self._storage_failed(failure)
                raise failure from exc
            self._storage_saved()
        if not events:
            return
        self._pending = []
        if self._new_devices:
            self._devices.update(self._new_devices)
            self._new_devices.clear()
        if self._new_ids:
            self._answer_ids.update(self._new_ids)
            self._new_ids.clear()
        self._new_answers.clear()
        self._new_orders.clear()
        for event in events:
            apply(self.session, event)
            for listener in list(self._listeners):
                listener(event)
        if self._rewrite_due:
            self._forget_earlier_versions()

    def _drop_pending(self) -> None:
        self._pending = []
        self._new_devices.clear()
        self._new_answers.clear()
        self._new_ids.clear()
        self._new_orders.clear()
        if self.journal is not None:
            self.journal.discard()

    def _new_id(self, prefix: str) -> str:
        self._ids += 1
        return f"{prefix}{self._ids:04d}{secrets.token_hex(2)}"

    # --- where we are -------------------------------------------------------------------------

    @property
    def agenda(self) -> Agenda:
        return self.session.agenda

    @property
    def position(self) -> Position:
        session = self.session
        pos = self._position
        if pos is None or pos.index != session.current_step or pos.phase_index != session.current_phase:
            step = self.agenda.steps[session.current_step]
            phase = step.phases[session.current_phase] if step.phases else None
            pos = self._position = Position(session.current_step, step, session.current_phase, phase)
        return pos

    @property
    def finished(self) -> bool:
        return self.session.status is SessionStatus.FINISHED

    def _reset_timer(self) -> None:
        pos = self.position
        minutes = pos.phase.minutes if pos.phase else pos.step.minutes
        self.timer.reset(minutes * 60)
        saved = self.session.timer
        if saved is not None and (saved.step, saved.phase) == (pos.index, pos.phase_index):
            # a resume: the timer comes back as the supervisor left it, the time in between counted
            gone = max((self._now() - saved.at).total_seconds(), 0.0) if saved.running else 0.0
            self.timer.restore(saved.duration, saved.elapsed + gone, saved.running)

    def _go(self, step: int, phase: int) -> None:
        # The journal is the running session's state; no file is written for the coordinator
        # before the session ends (see `record`).
        self._commit(StepChanged(step=step, phase=phase, at=self._now()))
        self._reset_timer()

    def next(self) -> bool:
        """Next phase inside a case discussion, else the next step. False at the end."""
        pos = self.position
        if pos.phase is not None and pos.phase_index + 1 < len(pos.step.phases):
            self._go(pos.index, pos.phase_index + 1)
            return True
        if pos.index + 1 < len(self.agenda.steps):
            self._go(pos.index + 1, 0)
            return True
        return False

    def previous(self) -> bool:
        pos = self.position
        if pos.phase is not None and pos.phase_index > 0:
            self._go(pos.index, pos.phase_index - 1)
            return True
        if pos.index > 0:
            prev = self.agenda.steps[pos.index - 1]
            self._go(pos.index - 1, max(len(prev.phases) - 1, 0))
            return True
        return False

    def next_step(self) -> bool:
        """Skip the remaining phases and go to the next step."""
        if self.session.current_step + 1 < len(self.agenda.steps):
            self._go(self.session.current_step + 1, 0)
            return True
        return False

    def step_index(self, step_id: str) -> int:
        """The position of a step in the agenda, so callers name steps rather than count them."""
        for index, step in enumerate(self.agenda.steps):
            if step.id == step_id:
                return index
        raise EngineError("step.unknown")

    def goto(self, step: int | str, phase: int | str = 0) -> None:
        """Jump to a step (its id, or its position) and a phase of it (its name, or its position)."""
        if isinstance(step, str):
            step = self.step_index(step)
        if not 0 <= step < len(self.agenda.steps):
            raise EngineError("step.unknown")
        if isinstance(phase, str):
            names = [p.name for p in self.agenda.steps[step].phases]
            if phase not in names:
                raise EngineError("phase.unknown")
            phase = names.index(phase)
        # Checked before journaling: a phase out of range would make the journal unresumable.
        if not 0 <= phase < max(len(self.agenda.steps[step].phases), 1):
            raise EngineError("phase.unknown")
        self._go(step, phase)

    # --- timer --------------------------------------------------------------------------------

    def toggle_timer(self) -> None:
        self._change_timer(self.timer.toggle)

    def extend_timer(self, minutes: int) -> None:
        self._change_timer(lambda: self.timer.extend(minutes))

    def _change_timer(self, change: Callable[[], None]) -> None:
        before = (self.timer.duration, self.timer.elapsed, self.timer.running)
        change()
        try:
            self._journal_timer()
        except StorageFailed:
            self.timer.restore(*before)  # not stored, so not done, like every other change
            raise

    def _journal_timer(self) -> None:
        pos = self.position
        state = TimerState(
            step=pos.index,
            phase=pos.phase_index,
            duration=self.timer.duration,
            elapsed=self.timer.elapsed,
            running=self.timer.running,
            at=self._now(),
        )
        self._commit(TimerSet(timer=state))

    # --- free text ----------------------------------------------------------------------------

    def clean(self, text: str) -> Result:
        """The one door for free text into the session.

        A text that taught the session a name is read once more with what it taught: the session masks that
        name in every later text, so the text it came from must not keep it readable where it recurs ("…
        Frau Nasreen Haydari beim Jobcenter, nasreen hat sich so gefreut" left the second "nasreen" readable,
        and the supervisor's doubts, read with the session's memory, did not show it either). Only the persons
        the second reading finds are taken: read again, a masked facility's kind would go too ("im Malerbetrieb
        [Einrichtung]" became "im [Einrichtung] [Einrichtung]"). Only the labels and the flags' categories of the
        result are used, so the first reading's stay with the second's."""
        known = len(self.context.pseudonyms)
        result = self.anonymizer.anonymize(text, self.context)
        if len(self.context.pseudonyms) == known:
            return result
        first = result.text
        again = self.anonymizer.anonymize(first, self.context)
        persons = [e for e in again.entities if e.label == "PERSON"]
        if not persons:
            return result
        parts: list[str] = []
        pos = 0
        for person in persons:
            parts += [first[pos : person.start], person.replacement]
            pos = person.end
        parts.append(first[pos:])
        # a doubt points into the text read (`Result.doubts`), here the one typed: gone where it is masked now
        masked = {first[p.start : p.end].casefold() for p in persons}
        doubts = tuple(d for d in result.doubts if text[d.start : d.end].casefold() not in masked)
        return Result("".join(parts), result.entities + tuple(persons), result.flags + again.flags, doubts)

    def add_session_name(self, name: str) -> None:
        """A name the supervisor marked: masked everywhere from now on (kept only in memory)."""
        self.context.add_name(name)
        self._judged.add(name.casefold())

    def release_word(self, word: str) -> None:
        """A false positive the supervisor released: kept readable in this session from now on."""
        self.context.release(word)
        self._judged.add(word.casefold())

    def doubts(self, text: str, result: Result | None = None) -> list[str]:
        """Words of a stored (anonymized) text that are neither known words nor known names, for the
        supervisor to look at behind the cover; never projected. `result`: the text's preview, if made.

        A word the supervisor judged already (masked or kept) is no doubt any more, even where the
        anonymizer still finds one in it. The letter of a participant code ("T2", "P1") is none: a code is
        what the room calls a phone, no name, and masking its letter would change nothing."""
        if not text:
            return []
        result = result if result is not None else self.preview(text)
        words = dict.fromkeys(
            text[d.start : d.end] for d in result.doubts if not _PARTICIPANT_CODE.match(text, d.start)
        )
        return [word for word in words if word.casefold() not in self._judged]

    def mask_word(self, word: str) -> int:
        """A doubt the supervisor masks: a session name from now on, and masked in what is already stored
        (answers, case titles, notes, agreements). Returns how many items changed.

        After the end (on the summary) the journal is gone: the coordinator's file is written again with
        the word masked, and only then does the session change (`StorageFailed` if that write fails)."""
        word = " ".join(word.split())
        if not word:
            return 0
        if not self.finished:
            self._settle()  # a group commit's answers are stored and applied first, so the mask reaches them
        if word.isdigit():
            # A number left readable beside a name is an age: masked as one where it is a doubt now. It is no
            # session name (every later "14", a time or a paragraph, would become a person), and a later
            # one is a doubt again, for the supervisor to judge where it stands.
            places: dict[str, list[tuple[int, int]]] = {}  # each text's doubts found once, asked twice

            def doubted(text: str) -> list[tuple[int, int]]:
                if text not in places:
                    places[text] = self._number_doubts(text, word)
                return places[text]

            changes = self._masked(doubted, lambda text: _as_age(text, doubted(text), word))
        else:
            self.context.mask_doubt(word)
            self._judged.add(word.casefold())
            pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
            changes = self._masked(pattern.search, lambda text: self.clean(text).text)
        if self.finished:
            self._amend_record(changes)
        else:
            for event in changes:
                self._commit(event)
            self._forget_earlier_versions()
        return len(changes)

    def _forget_earlier_versions(self) -> None:
        """The journal is rewritten as the session stands, so the versions a mask replaced leave the disk too
        (the journal keeps every event until the session ends). Everything is stored already: a refused
        rewrite loses nothing and is tried again after the next stored event (`_flush`). Nothing waits in a group
        commit here (`mask_word` settles first, `_flush` has applied its events); were it so, the header would
        hold the session without them, and they would follow it in the new file."""
        self._rewrite_due = False
        if self.journal is None:
            return
        try:
            self.journal.rewrite(SessionStarted(session=self.session))
        except OSError:
            self._rewrite_due = True

    def _masked(self, touched: Callable[[str], object], rewrite: Callable[[str], str]) -> list[Event]:
        """What changes when every stored text `touched` says the mask reaches is rewritten."""
        changes: list[Event] = []
        for answer in self.session.answers:
            if touched(answer.text) or touched(answer.title):
                update = {
                    "text": fit(Answer, "text", rewrite(answer.text)) if answer.text else "",
                    "title": fit(Answer, "title", rewrite(answer.title)) if answer.title else "",
                }
                changes.append(AnswerSaved(answer=answer.model_copy(update=update)))
        for case in self.session.cases:
            if touched(case.title):
                title = fit(Case, "title", rewrite(case.title))
                changes.append(CaseSaved(case=case.model_copy(update={"title": title})))
        for note in self.session.notes:
            if touched(note.text):
                text = fit(Note, "text", rewrite(note.text))
                changes.append(NoteSaved(note=note.model_copy(update={"text": text})))
        for agreement in self.session.agreements:
            if touched(agreement.text):
                text = fit(Agreement, "text", rewrite(agreement.text))
                changes.append(AgreementSaved(agreement=agreement.model_copy(update={"text": text})))
        return changes

    def _number_doubts(self, text: str, number: str) -> list[tuple[int, int]]:
        if number not in text:
            return []
        return [(d.start, d.end) for d in self.preview(text).doubts if text[d.start : d.end] == number]

    def _amend_record(self, changes: list[Event]) -> None:
        """An ended session changed after all (a doubt masked on the summary): its file first, then memory."""
        if not changes:
            return
        session = self.session.model_copy(deep=True)
        for event in changes:
            apply(session, event)
        if self.store is not None:
            self._save_final(session)
        self.session = session

    def preview(self, text: str) -> Result:
        """What `text` would become, without touching the session's pseudonyms (for review)."""
        return self.anonymizer.anonymize(text, copy.deepcopy(self.context))

    # --- phones -------------------------------------------------------------------------------

    def device_hash(self, device_id: str) -> str:
        # Salted with the session id: the stored hash survives a resume but links no two sessions.
        return hashlib.sha256(f"{self.session.id}:{device_id}".encode()).hexdigest()[:32]

    def join(self, device_id: str, *, sync: bool = True) -> Participant:
        """Idempotent: the same phone keeps its label (also within one group commit)."""
        known = self._new_devices.get(device_id)
        if known is None:
            known = self.participant_for(device_id)
        if known is not None:
            return known
        if sync:
            self._settle()
        phones = sum(1 for p in self.session.participants if not p.paper) + len(self._new_devices)
        participant = Participant(
            label=f"T{phones + 1}",
            device_hash=self.device_hash(device_id),
            joined_at=self._now(),
        )
        self._new_devices[device_id] = participant
        # The join and its place in the speaking order are stored together, or neither is.
        self._commit(ParticipantJoined(participant=participant), sync=False)
        order = self._new_orders.get(self.position.step.id)
        if order is None:
            order = self.speaking_order()
        if order is not None and participant.label not in order.order:
            # a latecomer speaks after those already drawn (and after latecomers of the same batch)
            order = order.model_copy(update={"order": [*order.order, participant.label]})
            self._new_orders[order.step_id] = order
            self._commit(SpeakingOrderSet(order=order), sync=False)
        if sync:
            self._flush(None)
        return participant

    def paper_answer(self, data: AnswerInput, label: str | None = None) -> Answer:
        """An answer the supervisor enters for someone without a phone (a mood, a sentence, a concern).

        It counts as a participant with its own code (P1, P2 …), marked as entered by the supervisor, and
        its text is anonymized like every other. `label` adds another answer for a P-code already there.
        """
        if label is None:
            label = f"P{sum(1 for p in self.session.participants if p.paper) + 1}"
            self._commit(
                ParticipantJoined(
                    participant=Participant(
                        label=label,
                        device_hash=self.device_hash(f"paper:{label}"),
                        joined_at=self._now(),
                        paper=True,
                    )
                )
            )
        elif not any(p.paper and p.label == label for p in self.session.participants):
            raise EngineError("paper.unknown", label=label)
        return self.submit_answer(f"paper:{label}", data)

    def participant_for(self, device_id: str) -> Participant | None:
        """The phone's participant once its join is stored, else None."""
        # Participants never leave nor change, so a phone found once is kept (in memory only, like the
        # cookie it came with; the session stores the salted hash).
        found: Participant | None = self._devices.get(device_id)
        if found is None:
            found = find(self.session, "participants", "device_hash", self.device_hash(device_id))
            if found is not None:
                self._devices[device_id] = found
        return found

    def moderated(self, step: Step) -> bool:
        return self.agenda.step_moderated(step) and step.id not in self.session.moderation_off

    def submit_answer(self, device_id: str, data: AnswerInput, *, sync: bool = True) -> Answer:
        """Take a phone's answer for the current step; a second submit revises the first, except in an
        idea phase, where it is another idea unless it names (`revises`) one of the phone's own.

        With `sync=False` the caller must `sync()` before acknowledging (group commit).
        """
        if self.finished:
            raise SessionClosed()
        if sync:
            self._settle()
        pos = self.position
        prompt = pos.prompt
        phase = pos.phase_index if pos.phase is not None else None
        if data.step_id != pos.step.id or prompt is None or (phase is not None and data.phase != phase):
            raise NotCurrentStep()
        known = self._new_devices.get(device_id) or self.participant_for(device_id)
        task = self.duty(known.label if known else None)
        if not task.answers:  # only in a case phase: elsewhere everyone answers the question
            raise RoleRefused(task.role, pos.phase.name if pos.phase else pos.step.title)
        kind = prompt.input
        if kind is InputKind.MOOD and data.mood is None:
            raise EngineError("answer.mood_missing")
        if kind is InputKind.INTAKE and not data.title:
            raise EngineError("answer.title_missing")
        if kind in (InputKind.TEXT, InputKind.IDEA) and not data.text and not data.private_talk:
            raise EngineError("answer.text_missing")
        if len(data.text) > prompt.max_chars:
            raise EngineError("text.too_long", max=prompt.max_chars)

        # A revision counts from the phone's last answer, stored or in this batch (a phone not yet
        # joined has none); refusals come before the join, so a refused answer stores nothing.
        ids = self._ids_of((pos.step.id, phase, known.label)) if known else []
        if kind is InputKind.IDEA:
            existing = self._revised(ids, data.revises, known)
            if existing is None and len(ids) >= MAX_IDEAS:
                raise EngineError("idea.too_many", max=MAX_IDEAS)
        else:
            existing = self._answer(ids[-1]) if ids else None
        participant = self.join(device_id, sync=False)
        text = self.clean(data.text) if data.text else Result("")
        title = self.clean(data.title) if data.title else Result("")
        key = (pos.step.id, phase, participant.label)
        now = self._now()
        has_text = bool(text.text or title.text)
        moderation = Moderation.PENDING if has_text and self.moderated(pos.step) else Moderation.APPROVED
        answer = Answer(
            id=existing.id if existing else self._new_id("a"),
            step_id=pos.step.id,
            phase=phase,
            participant=participant.label,
            mood=data.mood if kind is InputKind.MOOD else None,
            text=fit(Answer, "text", text.text),
            title=fit(Answer, "title", title.text),
            urgency=(data.urgency or Urgency.MEDIUM) if kind is InputKind.INTAKE else None,
            consent=data.consent,
            private_talk=data.private_talk,
            moderation=moderation,
            labels=sorted({e.label for e in (*text.entities, *title.entities)}),
            flags=sorted({f.category for f in (*text.flags, *title.flags)}),
            revision=existing.revision + 1 if existing else 1,
            created_at=existing.created_at if existing else now,
            updated_at=now,
        )
        self._new_answers[answer.id] = answer
        if existing is None:
            self._new_ids[key] = [*ids, answer.id]
        self._commit(AnswerSaved(answer=answer), sync=sync, settled=True)
        return answer

    def _ids_of(self, key: AnswerKey) -> list[str]:
        """A phone's answer ids for a step and phase, this batch's new ones included."""
        return self._new_ids.get(key) or self._answer_ids.get(key, [])

    def _answer(self, answer_id: str) -> Answer | None:
        """An answer by id, as this batch left it or as stored."""
        found: Answer | None = self._new_answers.get(answer_id) or find(
            self.session, "answers", "id", answer_id
        )
        return found

    def _revised(self, ids: list[str], revises: str | None, phone: Participant | None) -> Answer | None:
        """The phone's own idea an edit names (None: a new idea); anyone else's is refused."""
        if revises is None:
            return None
        if revises in ids:
            return self._answer(revises)
        other = self._answer(revises)
        if other is not None and (phone is None or other.participant != phone.label):
            raise EngineError("answer.not_own")
        raise EngineError("answer.unknown")

    def current_answers(self, label: str) -> list[Answer]:
        """A participant's answers to the current step (and phase), oldest first: one, or their ideas."""
        pos = self.position
        phase = pos.phase_index if pos.phase is not None else None
        ids = self._answer_ids.get((pos.step.id, phase, label), [])
        found = (find(self.session, "answers", "id", answer_id) for answer_id in ids)
        return [a for a in found if a is not None]

    def current_answer(self, label: str) -> Answer | None:
        """A participant's latest answer to the current step (and phase): what their phone shows as saved."""
        answers = self.current_answers(label)
        return answers[-1] if answers else None

    # --- moderation ---------------------------------------------------------------------------

    def moderate(self, answer_id: str, state: Moderation) -> None:
        if find(self.session, "answers", "id", answer_id) is None:
            raise EngineError("answer.unknown")
        self._commit(AnswerModerated(answer_id=answer_id, state=state))

    def set_moderation(self, step_id: str, enabled: bool) -> None:
        self._commit(ModerationSwitched(step_id=step_id, enabled=enabled))

    def pending(self, step_id: str | None = None) -> list[Answer]:
        """The supervisor's queue: free text that waits for approval."""
        sid = step_id or self.position.step.id
        return [a for a in self.session.answers if a.step_id == sid and a.moderation is Moderation.PENDING]

    def review_queue(self) -> list[Answer]:
        """The current step's (or phase's) free-text answers as the supervisor reviews them: waiting
        first, then shown, then hidden; in order of arrival within each. Among the waiting ones, those the
        room may see once approved come before the private ones, which wait for no decision: the queue
        opens with its cursor on the first answer `f` can act on."""
        pos = self.position
        phase = pos.phase_index if pos.phase is not None else None
        answers = [a for a in self.session.answers_for(pos.step.id, phase) if a.text or a.title]
        return sorted(answers, key=lambda a: (_REVIEW_ORDER[a.moderation], a.consent is not Consent.QUOTE))

    def awaiting_approval(self, step_id: str | None = None) -> list[Answer]:
        """Pending answers that could reach the room once approved. A private answer never does, so it
        never waits: counting it would show the room that someone just sent something private."""
        return [a for a in self.pending(step_id) if a.consent is Consent.QUOTE]

    def projected(self, step_id: str | None = None, phase: int | None = None) -> list[Answer]:
        """What the room may see: approved, and the author agreed to anonymous projection."""
        sid = step_id or self.position.step.id
        return [
            a
            for a in self.session.answers_for(sid, phase)
            if a.moderation is Moderation.APPROVED and a.consent is Consent.QUOTE and (a.text or a.title)
        ]

    def mood_histogram(self, step_id: str | None = None) -> list[int]:
        """Counts for moods 1..5 of a step (the current one by default), see `Session.mood_histogram`."""
        return self.session.mood_histogram(step_id or self.position.step.id)

    def private_talk_requests(self) -> list[str]:
        return sorted({a.participant for a in self.session.answers if a.private_talk})

    # --- cases --------------------------------------------------------------------------------

    def add_case(
        self,
        title: str,
        urgency: Urgency = Urgency.MEDIUM,
        *,
        tags: list[Topic] | None = None,
        source_answer: str | None = None,
        brought_by: str | None = None,
    ) -> Case:
        """A case the supervisor enters; `brought_by` is the T-code of who brings it, None for nobody here."""
        if brought_by is not None and find(self.session, "participants", "label", brought_by) is None:
            raise EngineError("participant.unknown", label=brought_by)
        case = Case(
            id=self._new_id("c"),
            title=fit(Case, "title", self.clean(title).text),
            urgency=urgency,
            tags=tags or [],
            source_answer=source_answer,
            brought_by=brought_by,
        )
        self._commit(CaseSaved(case=case))
        return case

    def concerns(self, *, private: bool = False) -> list[Answer]:
        """The current step's concerns, most urgent first: those the room may see (approved, quotable), or
        with `private` those their authors kept for the supervisor (listed only behind the cover)."""
        order = {Urgency.HIGH: 0, Urgency.MEDIUM: 1, Urgency.LOW: 2}
        if private:
            found = [
                a
                for a in self.session.answers_for(self.position.step.id)
                if a.title and a.consent is not Consent.QUOTE
            ]
        else:
            found = [a for a in self.projected() if a.title]
        return sorted(found, key=lambda a: order[a.urgency or Urgency.MEDIUM])

    def taken(self, answer_id: str) -> bool:
        """Whether a concern is already one of today's cases."""
        return any(c.source_answer == answer_id for c in self.session.cases)

    def case_from_answer(self, answer_id: str) -> Case:
        """Take a phone's intake into the case list (its title is already anonymized). A concern its author
        kept private becomes a private case: discussed, but its title is never projected."""
        answer: Answer | None = find(self.session, "answers", "id", answer_id)
        if answer is None or not answer.title:
            raise EngineError("answer.not_concern")
        if self.taken(answer_id):
            raise EngineError("concern.already_case")
        case = Case(
            id=self._new_id("c"),
            title=answer.title,
            urgency=answer.urgency or Urgency.MEDIUM,
            source_answer=answer.id,
            brought_by=answer.participant,
            private=answer.consent is not Consent.QUOTE,
        )
        self._commit(CaseSaved(case=case))
        return case

    def tag_case(self, case_id: str, tag: Topic, on: bool = True) -> None:
        self._commit(CaseTagged(case_id=case_id, tag=tag, on=on))

    def open_cases(self) -> list[Case]:
        """Cases taken for today that no case discussion has taken up yet."""
        return [c for c in self.session.cases if c.step_id is None]

    def select_case(self, case_id: str, step_id: str | None = None) -> None:
        """Take a case up in a case discussion (the current one by default)."""
        case = self._case(case_id)
        sid = step_id or self.position.step.id
        # One case per discussion: choosing another one puts the previous one back on the list.
        for other in [c for c in self.session.cases if c.step_id == sid and c.id != case_id]:
            self._commit(CaseSaved(case=other.model_copy(update={"step_id": None})))
        self._commit(CaseSaved(case=case.model_copy(update={"step_id": sid})))
        step = next(s for s in self.agenda.steps if s.id == sid)
        if step.case_giver_role and case.brought_by:
            # the case giver is whoever brought the case: never drawn
            self._commit(
                RoleAssigned(
                    assignment=RoleAssignment(
                        step_id=sid, role=step.case_giver_role, participant=case.brought_by
                    )
                )
            )

    def ideas(self, step_id: str | None = None) -> list[Answer]:
        """What the room saw in the idea phases of a case discussion (approved, quotable): in the closing
        phase the case giver says which of them they take along."""
        step = (
            self.position.step if step_id is None else next(s for s in self.agenda.steps if s.id == step_id)
        )
        idea_phases = [
            i for i, p in enumerate(step.phases) if p.prompt is not None and p.prompt.input is InputKind.IDEA
        ]
        return [a for phase in idea_phases for a in self.projected(step.id, phase)]

    def shown_answers(self) -> list[Answer]:
        """The answers the room sees now, in the order both views list them: the current question's (the
        concerns of an intake most urgent first), or in a case phase without phone input after an idea
        phase (Abschluss), the ideas, so they reach the case giver."""
        pos = self.position
        if pos.prompt is not None and pos.prompt.input is InputKind.INTAKE:
            return self.concerns()  # most urgent first, as the console's intake list
        if pos.phase is None:
            return self.projected()
        if pos.prompt is not None:
            return self.projected(phase=pos.phase_index)
        if any(
            p.prompt is not None and p.prompt.input is InputKind.IDEA
            for p in pos.step.phases[: pos.phase_index]
        ):
            return self.ideas()
        return []

    def take_along(self, answer_id: str, on: bool = True) -> None:
        """The case giver takes an idea of this discussion along (stored with the case)."""
        case = self.current_case()
        if case is None:
            raise EngineError("case.none")
        if answer_id not in {a.id for a in self.ideas()}:
            raise EngineError("idea.unknown")
        self._commit(IdeaTakenAlong(case_id=case.id, answer_id=answer_id, on=on))

    def take_along_from(
        self, device_id: str, step_id: str, phase: int, answer_id: str, on: bool = True
    ) -> None:
        """A phone marks an idea as taken along: only the role the phase lets do it (the case giver)."""
        pos = self.position
        if self.finished:
            raise SessionClosed()
        if step_id != pos.step.id or pos.phase is None or phase != pos.phase_index:
            raise NotCurrentStep()
        known = self.participant_for(device_id)
        task = self.duty(known.label if known else None)
        if task.sends is not Sends.TAKE_ALONG:
            raise RoleRefused(task.role, pos.phase.name)
        self.take_along(answer_id, on)

    def current_case(self) -> Case | None:
        sid = self.position.step.id
        return next((c for c in self.session.cases if c.step_id == sid), None)

    def _case(self, case_id: str) -> Case:
        case = next((c for c in self.session.cases if c.id == case_id), None)
        if case is None:
            raise EngineError("case.unknown")
        return case

    # --- notes, agreements, roles -------------------------------------------------------------

    def add_note(self, text: str, *, case_id: str | None = None) -> Note:
        cleaned = self.clean(text)
        note = Note(
            id=self._new_id("n"),
            step_id=self.position.step.id,
            case_id=case_id,
            text=fit(Note, "text", cleaned.text),
            labels=sorted({e.label for e in cleaned.entities}),
            flags=sorted({f.category for f in cleaned.flags}),
            created_at=self._now(),
        )
        self._commit(NoteSaved(note=note))
        return note

    def notes_for(self, step_id: str | None = None) -> list[Note]:
        sid = step_id or self.position.step.id
        return [n for n in self.session.notes if n.step_id == sid]

    def add_agreement(self, text: str) -> Agreement:
        agreement = Agreement(
            id=self._new_id("v"), text=fit(Agreement, "text", self.clean(text).text), created_at=self._now()
        )
        self._commit(AgreementSaved(agreement=agreement))
        return agreement

    def mark_follow_up(self, agreement_id: str, state: FollowUpState) -> None:
        """What became of an agreement of the series' previous session: done, ongoing or dropped."""
        if not any(f.agreement_id == agreement_id for f in self.session.follow_ups):
            raise EngineError("agreement.unknown")
        self._commit(FollowUpMarked(agreement_id=agreement_id, state=state))

    def assign_role(self, role: str, participant: str) -> None:
        step = self.position.step
        if role not in step.roles:
            raise EngineError("role.unknown", role=role)
        self._commit(
            RoleAssigned(assignment=RoleAssignment(step_id=step.id, role=role, participant=participant))
        )

    def role_of(self, label: str) -> str | None:
        """`label`'s role in the current step: assigned, or the group role of everyone else."""
        return role_of(self.position.step, self.roles_for(), label)

    def duty(self, label: str | None) -> Duty:
        """What participant `label` (None: a phone not joined yet) does and may send right now."""
        pos = self.position
        return duty(pos.step, pos.phase, role_of(pos.step, self.roles_for(), label))

    def roles_for(self, step_id: str | None = None) -> dict[str, str]:
        sid = step_id or self.position.step.id
        return {r.role: r.participant for r in self.session.roles if r.step_id == sid}

    def cast_roles(self) -> dict[str, str]:
        """Draw the current step's roles for one person each at random among participants (the supervisor
        may recast). Group roles ("Beratende") are everyone else and are not drawn, and neither is the
        case giver: in Tietze's and Balint's methods that is whoever brought the case."""
        step = self.position.step
        case = self.current_case()
        giver = case.brought_by if case is not None else None
        labels = [p.label for p in self.session.participants if p.label != giver]
        self._rng.shuffle(labels)
        single = [
            role for role in step.roles if role not in step.group_roles and role != step.case_giver_role
        ]
        for role, label in zip(single, labels, strict=False):
            self.assign_role(role, label)
        return self.roles_for(step.id)

    # --- Blitzlicht speaking order --------------------------------------------------------------

    def shuffle_speakers(self) -> SpeakingOrder:
        labels = [p.label for p in self.session.participants]
        self._rng.shuffle(labels)
        order = SpeakingOrder(step_id=self.position.step.id, order=labels)
        self._commit(SpeakingOrderSet(order=order))
        return order

    def speaking_order(self, step_id: str | None = None) -> SpeakingOrder | None:
        sid = step_id or self.position.step.id
        return next((o for o in self.session.speaking_orders if o.step_id == sid), None)

    def next_speaker(self, *, passed: bool = False) -> SpeakingOrder:
        """Move to the next speaker; `passed` records that the current one chose to pass."""
        order = self.speaking_order()
        if order is None:
            raise EngineError("order.none")
        was = order.order[order.position] if order.position < len(order.order) else None
        passed_list = order.passed + ([was] if passed and was else [])
        new = order.model_copy(
            update={"position": min(order.position + 1, len(order.order)), "passed": passed_list}
        )
        self._commit(SpeakingOrderSet(order=new))
        return new

    # --- end ----------------------------------------------------------------------------------

    def end(self) -> Path | None:
        """Close the session: no more answers; the coordinator's file is written (`record.to_record`)
        and the journal goes away.

        `StorageFailed` either before the end was stored (the session runs on) or after it, when only
        the final file is missing: calling `end()` or `close()` again writes it, and until then the
        journal holds everything (the next start writes the file from it, see `Store.unfinished`).
        """
        if not self.finished:
            self._commit(SessionEnded(at=self._now()))
        if self.store is None:
            return None
        return self._save_final(self.session)

    def _save_final(self, session: Session) -> Path:
        assert self.store is not None
        with self._storing("session_file"):
            path = self.store.save(session)
        self._final_saved = True
        if self.journal is not None:
            journal, self.journal = self.journal, None
            with contextlib.suppress(OSError):  # the journal file is gone already (see `Store.save`)
                journal.close()
        return path

    def close(self) -> None:
        """Stop without ending (app quit mid-session): the journal stays, to resume later.

        An ended session whose final file was refused is written now; `StorageFailed` if that fails
        again (nothing is lost: the journal keeps the session).
        """
        try:
            if self.finished and self.store is not None and not self._final_saved:
                self.end()
        finally:
            if self.journal is not None:
                journal, self.journal = self.journal, None
                if journal.unsynced:  # a refused batch still to cut off: that is a write, and may fail
                    with self._storing("journal"):
                        journal.close()
                else:
                    journal.close()
