"""Property: whatever the supervisor and the phones do, replaying the journal rebuilds the same session."""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from supervision_tui.engine import AnswerInput, Engine, EngineError
from supervision_tui.models import Consent, InputKind, Moderation, Topic, Urgency
from supervision_tui.record import to_record
from supervision_tui.store import Store

from ._support import FakeClock, FakeNow, RecordingAnonymizer, default_agenda

AGENDA = default_agenda()
PROMPT_POSITIONS = [
    ("runde-1", 0),
    ("runde-2", 0),
    ("anliegen", 0),
    ("fallberatung", 4),
    ("abschluss", 0),
]  # (step, phase) that take phone input
DEVICES = [f"phone-{i}" for i in range(5)]
words = st.text(alphabet="abc äöü ßXY-1.", min_size=0, max_size=30)

answers = st.tuples(
    st.just("answer"),
    st.sampled_from(DEVICES),
    st.integers(1, 5),
    st.one_of(words, st.text(alphabet="abc äöü", min_size=1, max_size=30)),
    st.sampled_from(Consent),
    st.sampled_from([True, True, True, False]),  # the phone still shows the current step (else: an old one)
    st.booleans(),  # private talk
)

# answers and step changes come up often, so most runs reach the rounds and the case discussion
operations = st.one_of(
    answers,
    answers,
    answers,
    st.tuples(st.just("next")),
    st.tuples(st.just("next")),
    st.tuples(st.just("previous")),
    st.tuples(st.just("next_step")),
    st.tuples(st.just("goto"), st.integers(-1, len(AGENDA.steps)), st.integers(0, 6)),
    # straight to a step or phase that takes phone input
    st.sampled_from(PROMPT_POSITIONS).map(lambda where: ("goto", *where)),
    st.tuples(st.just("join"), st.sampled_from(DEVICES)),
    st.tuples(st.just("moderate"), st.integers(0, 30), st.sampled_from(Moderation)),
    st.tuples(st.just("switch"), st.sampled_from([s.id for s in AGENDA.steps]), st.booleans()),
    st.tuples(st.just("note"), words),
    st.tuples(st.just("case"), words, st.sampled_from(Urgency)),
    st.tuples(st.just("case_from_answer"), st.integers(0, 30)),
    st.tuples(st.just("tag"), st.integers(0, 5), st.sampled_from(Topic), st.booleans()),
    st.tuples(st.just("select"), st.integers(0, 5)),
    st.tuples(st.just("agreement"), words),
    st.tuples(st.just("cast")),
    st.tuples(st.just("shuffle")),
    st.tuples(st.just("speaker"), st.booleans()),
    st.tuples(st.just("timer"), st.integers(0, 900)),
)


def _answer(engine: Engine, device, mood, text, consent, current, private_talk) -> None:
    pos = engine.position
    step_id = pos.step.id if current else engine.agenda.steps[(pos.index + 1) % len(engine.agenda.steps)].id
    kind = pos.prompt.input if pos.prompt else InputKind.TEXT
    data = AnswerInput(
        step_id=step_id,
        phase=pos.phase_index if pos.phase is not None else None,
        mood=mood if kind is InputKind.MOOD else None,
        text=text,
        title=(text or "Anliegen") if kind is InputKind.INTAKE else "",
        consent=consent,
        private_talk=private_talk,
    )
    engine.submit_answer(device, data)


def _apply(engine: Engine, clock: FakeClock, op: tuple) -> None:
    name, *args = op
    session = engine.session
    match name:
        case "next":
            engine.next()
        case "previous":
            engine.previous()
        case "next_step":
            engine.next_step()
        case "goto":
            engine.goto(*args)
        case "join":
            engine.join(args[0])
        case "answer":
            _answer(engine, *args)
        case "moderate" if session.answers:
            engine.moderate(session.answers[args[0] % len(session.answers)].id, args[1])
        case "switch":
            engine.set_moderation(*args)
        case "note":
            engine.add_note(args[0])
        case "case":
            engine.add_case(*args)
        case "case_from_answer" if session.answers:
            engine.case_from_answer(session.answers[args[0] % len(session.answers)].id)
        case "tag" if session.cases:
            engine.tag_case(session.cases[args[0] % len(session.cases)].id, args[1], args[2])
        case "select" if session.cases:
            engine.select_case(session.cases[args[0] % len(session.cases)].id)
        case "agreement":
            engine.add_agreement(args[0])
        case "cast":
            engine.cast_roles()
        case "shuffle":
            engine.shuffle_speakers()
        case "speaker":
            engine.next_speaker(passed=args[0])
        case "timer":
            engine.toggle_timer()
            clock.advance(args[0])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    start=st.sampled_from([(0, 0), *PROMPT_POSITIONS]),
    ops=st.lists(operations, min_size=5, max_size=60),
    seed=st.integers(0, 2**16),
    end=st.booleans(),
)
def test_replay_equals_the_session_in_memory(start, ops, seed, end):
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "sessions")
        clock = FakeClock()
        engine = Engine.start(
            AGENDA,
            title="Eigenschaft",
            date=dt.date(2025, 3, 14),
            store=store,
            session_id="prop0001",
            anonymizer=RecordingAnonymizer(),
            now=FakeNow(),
            clock=clock,
            rng=random.Random(seed),
        )
        journal = store.journal_path(engine.session)
        engine.goto(*start)
        rejected = 0
        for op in ops:
            before = journal.read_bytes()
            try:
                _apply(engine, clock, op)
            except EngineError:
                rejected += 1
                assert journal.read_bytes() == before, f"{op} wurde abgelehnt, steht aber im Journal"
            assert store.replay(journal) == engine.session, f"nach {op}"

        resumed = Engine.resume(store, journal, anonymizer=RecordingAnonymizer(), now=FakeNow())
        assert resumed.session == engine.session
        assert resumed.position == engine.position

        event(f"answers>0: {bool(engine.session.answers)}, cases: {bool(engine.session.cases)}")
        event(f"rejected>0: {rejected > 0}")

        if end:
            path = engine.end()
            assert not journal.exists()
            assert store.load(path) == to_record(engine.session)
