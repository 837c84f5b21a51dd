"""The laptop → projector boundary: `room_view` holds what the room may see and nothing private.

The anonymizer lets text through unchanged here, so every private text is still findable by its own
words: if any of it reached the view, the search below would find it.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from supervision_tui.engine import AnswerInput, Engine
from supervision_tui.models import Consent, Moderation, StepKind, Urgency
from supervision_tui.room import RoomAnswer, RoomView, room_view
from supervision_tui.store import Store

from ._support import FakeClock, FakeNow, IdentityAnonymizer, default_agenda

JOIN_URL = "http://10.0.0.2:8765/s/tok-room-test"
TITLE = "Treffen mit Frau Titelhuber"
NOTE = "Frau Petrović ruft T5 auch sonntags an, Handy 0157 98765432. Wohnt in der Lindenstraße 12 in Enger."
AGREEMENT = "Herr Vereinbarungsmann klärt das mit dem Jobcenter Herford."
SESSION_NAME = "Schimanski-Geheim"

# Texts phones send that must never reach the room, per step (private, pending, hidden).
PRIVATE = "Privat: mein Bruder Kemal liegt im Klinikum Bielefeld"
PENDING = "Wartet noch: Zankerei mit der Sachbearbeiterin Krawczyk"
HIDDEN = "Verborgen: Streit mit Herrn Aydın über Geld"
PRIVATE_INTAKE = "Privates Anliegen: Familie Osmanović wird abgeschoben"
QUOTE = "Die Familie hat endlich eine Wohnung gefunden"
IDEA = "Idee fürs Zitat: erst zuhören, dann fragen"


def _engine(tmp_path: Path, clock: FakeClock | None = None) -> Engine:
    return Engine.start(
        default_agenda(),
        title=TITLE,
        date=dt.date(2025, 3, 14),
        store=Store(tmp_path / "sessions"),
        session_id="room0001",
        anonymizer=IdentityAnonymizer(),
        now=FakeNow(),
        clock=clock or FakeClock(),
        rng=random.Random(3),
    )


def _private_traffic(engine: Engine) -> None:
    """Everything that happens on a step and is not for the room: answers, a talk request, notes."""
    pos = engine.position
    prompt = pos.prompt
    assert prompt is not None
    step = pos.step.id
    phase = pos.phase_index if pos.phase is not None else None
    intake = prompt.input.value == "intake"
    mood = 3 if prompt.input.value == "mood" else None

    def send(device: str, text: str, consent: Consent, **extra: object) -> str:
        fields: dict[str, object] = {"step_id": step, "phase": phase, "mood": mood, "consent": consent}
        if intake:
            fields.update(title=text[:120], urgency=Urgency.HIGH)
        else:
            fields["text"] = text
        fields.update(extra)
        return engine.submit_answer(device, AnswerInput(**fields)).id  # type: ignore[arg-type]

    engine.set_moderation(step, True)
    # private, then approved by the supervisor: approved is not enough, the author said "only for you"
    engine.moderate(
        send("phone-1", PRIVATE_INTAKE if intake else PRIVATE, Consent.PRIVATE), Moderation.APPROVED
    )
    send("phone-2", PENDING, Consent.QUOTE)  # still in the queue
    engine.moderate(send("phone-3", HIDDEN, Consent.QUOTE), Moderation.HIDDEN)
    # a one-to-one request, with no text at all where the step allows it
    if intake:
        send("phone-4", "Ein Anliegen mit Gesprächswunsch", Consent.PRIVATE, private_talk=True)
    else:
        engine.submit_answer(
            "phone-4",
            AnswerInput(step_id=step, phase=phase, mood=mood, consent=Consent.PRIVATE, private_talk=True),
        )
    engine.add_note(NOTE)
    engine.add_session_name(SESSION_NAME)


def _dump(view: RoomView) -> str:
    return view.model_dump_json()


def _assert_clean(view_json: str, engine: Engine) -> None:
    forbidden = [
        NOTE,
        "Petrović",
        "0157",
        "Lindenstraße",
        TITLE,
        "Titelhuber",
        AGREEMENT,
        "Vereinbarungsmann",
        SESSION_NAME,
        PRIVATE,
        "Kemal",
        PENDING,
        "Krawczyk",
        HIDDEN,
        "Aydın",
        PRIVATE_INTAKE,
        "Osmanović",
        "Gesprächswunsch",
        "private_talk",
        "pending",
        "hidden",
        "moderation",
        "device",
        engine.session.id,
    ]
    forbidden += [a.id for a in engine.session.answers]
    forbidden += [p.device_hash for p in engine.session.participants]
    found = [text for text in forbidden if text in view_json]
    assert not found, f"the projection would show {found}: {view_json}"


STEPS = [("runde-1", 0), ("runde-2", 0), ("anliegen", 0), ("fallberatung", 4), ("abschluss", 0)]


@pytest.mark.parametrize(("step", "phase"), STEPS)
def test_nothing_private_reaches_the_room(tmp_path: Path, step: str, phase: int) -> None:
    engine = _engine(tmp_path)
    for i in range(1, 7):
        engine.join(f"phone-{i}")
    engine.goto(step, phase)
    # what the room sees once everyone has joined, before anything private happens
    before = room_view(engine, JOIN_URL)
    _private_traffic(engine)
    engine.add_agreement(AGREEMENT)
    after = room_view(engine, JOIN_URL)
    _assert_clean(_dump(after), engine)
    # Not even a count moved: no number of requests, of waiting answers, of private answers, of notes.
    # Only the mood chart counts every mood, as a number is no quote: a phone that asked for a talk
    # counts there like any other, so the chart does not tell who tapped.
    moods = [a.mood for a in engine.session.answers_for(engine.position.step.id) if a.mood]
    assert sum(after.mood_counts) == len(moods)
    assert _dump(after.model_copy(update={"mood_counts": before.mood_counts})) == _dump(before)


def test_the_room_sees_what_is_meant_for_it(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    for i in range(1, 7):
        engine.join(f"phone-{i}")
    joined = room_view(engine, JOIN_URL)
    assert joined.step_kind is StepKind.JOIN and joined.join_url == JOIN_URL and joined.joining_open
    assert joined.participants == 6 and joined.timer is None

    engine.goto("runde-1")
    engine.submit_answer("phone-5", AnswerInput(step_id="runde-1", mood=4, text=QUOTE, consent=Consent.QUOTE))
    engine.moderate(engine.pending()[0].id, Moderation.APPROVED)
    engine.submit_answer("phone-6", AnswerInput(step_id="runde-1", mood=2, consent=Consent.PRIVATE))
    order = engine.shuffle_speakers()
    engine.next_speaker(passed=True)
    engine.toggle_timer()
    view = room_view(engine, JOIN_URL)
    assert view.step_title == engine.position.step.title and view.question.startswith("Wie geht es")
    assert [a.text for a in view.answers] == [QUOTE]
    assert view.mood and view.mood_counts == [0, 1, 0, 1, 0]  # a number is no quote: both count
    assert view.speakers is not None and view.speakers.order == order.order
    assert view.speakers.position == 1 and view.speakers.passed == [order.order[0]]
    assert (
        view.timer is not None
        and view.timer.running
        and view.timer.total == 60 * engine.position.step.minutes
    )
    # the author's label is not on the quote, nor anywhere else than the public speaking order
    assert "T5" not in view.model_dump_json(exclude={"speakers"})

    engine.goto("anliegen")
    case = engine.add_case("Streit im Wohnheim", Urgency.HIGH)
    engine.goto("fallberatung", "Beratung")
    engine.select_case(case.id)
    engine.assign_role("Moderation", "T2")
    view = room_view(engine, JOIN_URL)
    assert view.case_title == "Streit im Wohnheim"
    assert view.phase is not None and (view.phase.index, view.phase.count) == (4, 6)
    assert view.phase.name == engine.position.phase.name  # type: ignore[union-attr]
    roles = {r.role: r for r in view.roles}
    assert roles["Moderation"].participant == "T2" and roles["Beratende"].everyone
    engine.submit_answer(
        "phone-1", AnswerInput(step_id="fallberatung", phase=4, text=IDEA, consent=Consent.QUOTE)
    )
    idea = engine.pending()[0]
    engine.moderate(idea.id, Moderation.APPROVED)
    assert [a.text for a in room_view(engine, JOIN_URL).answers] == [IDEA]
    # In the closing phase the ideas stay up, and the room sees which ones the case giver takes along.
    engine.next()
    engine.take_along(idea.id)
    assert room_view(engine, JOIN_URL).answers == [RoomAnswer(text=IDEA, taken_along=True)]

    engine.end()
    ended = room_view(engine, JOIN_URL)
    assert ended.finished and not ended.joining_open


def test_the_view_built_inside_a_step_change_is_the_view_after_it(tmp_path: Path) -> None:
    """The feed builds a step change's view inside the engine's commit, before the engine resets its
    countdown; it must already show the new step's timer."""
    clock = FakeClock()
    engine = _engine(tmp_path, clock)
    inside: list[RoomView] = []
    engine.subscribe(lambda event: inside.append(room_view(engine, JOIN_URL, step_changed=True)))
    moves = [engine.next, engine.next, engine.previous, engine.next, engine.next, engine.next, engine.next]
    for move in moves:
        engine.toggle_timer()  # the old step's timer runs and was extended: none of it may carry over
        engine.extend_timer(5)
        clock.advance(90)
        inside.clear()
        move()
        after = room_view(engine, JOIN_URL)
        assert inside[-1] == after, engine.position
        assert after.timer is not None and not after.timer.running


def test_a_private_case_reaches_the_room_without_its_title(tmp_path: Path) -> None:
    from supervision_tui.engine import AnswerInput
    from supervision_tui.models import Urgency
    from supervision_tui.room import room_view

    engine = _engine(tmp_path)
    engine.goto("anliegen")
    concern = engine.submit_answer(
        "p1", AnswerInput(step_id="anliegen", title="Gewalt in der Unterkunft", urgency=Urgency.HIGH)
    )
    case = engine.case_from_answer(concern.id)
    engine.goto("fallberatung")
    engine.select_case(case.id)
    view = room_view(engine, "http://example.invalid/s/x").model_dump_json()
    assert "Gewalt in der Unterkunft" not in view
