"""Sessions for the report tests: held through the real engine and written by the real store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from domain._support import FakeClock, FakeNow, IdentityAnonymizer

from supervision_tui.engine import AnswerInput, Engine
from supervision_tui.models import Consent, Moderation, Topic, Urgency
from supervision_tui.prompts import DEFAULT_TEMPLATE, find_template
from supervision_tui.store import Store

# Moods per group size: at 6 the bands are 3 / 0 / 3, so the distribution is shown.
MOODS = [1, 4, 2, 5, 2, 5, 3, 4]
URGENCIES = [Urgency.HIGH, Urgency.MEDIUM, Urgency.LOW, Urgency.MEDIUM, Urgency.HIGH, Urgency.MEDIUM]


def private_text(sid: str, i: int) -> str:
    return f"PRIVAT{sid}x{i} hat etwas Schönes erlebt"


def quote_text(sid: str, i: int) -> str:
    return f"Ein Lächeln im Wartezimmer (zitierbar {sid} {i})"


def hidden_quote(sid: str, n: int) -> str:
    """The quotable Glitzermoment the supervisor hid (the last answer of an even group)."""
    return quote_text(sid, n - 1)


def agreement_text(sid: str) -> str:
    return f"Ablaufplan für Elternabende erstellen ({sid})"


def hold(store: Store, n: int, day: dt.date, sid: str, *, moods: list[int] | None = None) -> Path:
    """A whole session with `n` phones: moods, Glitzermomente (half quotable, half private, one
    quotable but hidden), concerns, cases with topics, one one-to-one request, an agreement."""
    engine = Engine.start(
        find_template(DEFAULT_TEMPLATE),
        title="Gruppe Nord",
        date=day,
        store=store,
        session_id=sid,
        anonymizer=IdentityAnonymizer(),
        now=FakeNow(dt.datetime.combine(day, dt.time(17), tzinfo=dt.UTC)),
        clock=FakeClock(),
    )
    moods = moods or MOODS
    phones = [f"{sid}-phone{i}" for i in range(n)]
    engine.next()  # runde-1: mood
    for i, phone in enumerate(phones):
        engine.submit_answer(
            phone,
            AnswerInput(step_id="runde-1", mood=moods[i % len(moods)], private_talk=i == 0),
        )
    engine.next()  # runde-2: Glitzermoment
    for i, phone in enumerate(phones):
        quotable = i % 2 == 1
        text = quote_text(sid, i) if quotable else private_text(sid, i)
        consent = Consent.QUOTE if quotable else Consent.PRIVATE
        answer = engine.submit_answer(phone, AnswerInput(step_id="runde-2", text=text, consent=consent))
        engine.moderate(answer.id, Moderation.APPROVED)
    if n > 2:  # one more quotable answer the supervisor hid: it must never be quoted
        first = engine.session.answers_for("runde-2")[-1]
        engine.moderate(first.id, Moderation.HIDDEN)
    engine.next()  # anliegen
    for i, phone in enumerate(phones):
        answer = engine.submit_answer(
            phone,
            AnswerInput(
                step_id="anliegen",
                title=f"Anliegen{sid}x{i}",
                urgency=URGENCIES[i % len(URGENCIES)],
                consent=Consent.PRIVATE,
            ),
        )
        if i < 3:
            case = engine.case_from_answer(answer.id)
            engine.tag_case(case.id, Topic.AUTHORITIES if i < 2 else Topic.HOUSING)
    while engine.next():
        pass
    engine.add_agreement(agreement_text(sid))
    path = engine.end()
    assert path is not None
    return path


@pytest.fixture
def sessions_dir(tmp_path: Path) -> Path:
    return tmp_path / "sessions"


@pytest.fixture
def store(sessions_dir: Path) -> Store:
    return Store(sessions_dir)
