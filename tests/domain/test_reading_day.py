"""A session reads its answers against its own day: a day a note names that has passed by then is a past event's
and masked, one still ahead is an appointment's and stays readable. A session resumed after a crash, even days
later, still reads against the day it was held (the suite's own reading day, 7 Dec 2026, is a different one)."""

from __future__ import annotations

import datetime as dt

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.engine import AnswerInput, Engine

from ._support import FakeClock, FakeNow


def _engine(agenda, store, day: dt.date) -> Engine:
    return Engine.start(
        agenda,
        title="Lesetag",
        date=day,
        store=store,
        session_id="lesetag1",
        anonymizer=default_anonymizer(),
        now=FakeNow(),
        clock=FakeClock(),
    )


def test_a_day_ahead_of_the_session_stays_and_a_passed_one_is_masked(agenda, store):
    november = _engine(agenda, store, dt.date(2026, 11, 1))
    november.goto("runde-2")
    ahead = november.submit_answer(
        "p1", AnswerInput(step_id="runde-2", text="Revision am 20.11. in der Klinik")
    )
    assert "20.11." in ahead.text, "ahead of a session on 1 November: an appointment's day"


def test_the_same_words_in_a_session_after_that_day_are_masked(agenda, store):
    december = _engine(agenda, store, dt.date(2026, 12, 1))
    december.goto("runde-2")
    passed = december.submit_answer(
        "p1", AnswerInput(step_id="runde-2", text="Revision am 20.11. in der Klinik")
    )
    assert "20.11." not in passed.text and "[Datum]" in passed.text


def test_a_resumed_session_reads_against_its_own_day(agenda, store):
    november = _engine(agenda, store, dt.date(2026, 11, 1))
    november.goto("runde-2")
    november.submit_answer("p1", AnswerInput(step_id="runde-2", text="Alles gut."))
    journal = store.journal_path(november.session)
    resumed = Engine.resume(store, journal, anonymizer=default_anonymizer(), now=FakeNow(), clock=FakeClock())
    later = resumed.submit_answer(
        "p2", AnswerInput(step_id="runde-2", text="Revision am 20.11. in der Klinik")
    )
    assert "20.11." in later.text, "the session's day is 1 November, not the day it was resumed on"
