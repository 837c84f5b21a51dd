"""Countdown arithmetic with an injected clock, and the engine resetting it per step and phase."""

from __future__ import annotations

import datetime as dt

import pytest

from supervision_tui.engine import Engine
from supervision_tui.timer import Countdown, format_remaining

from ._support import FakeClock, FakeNow, IdentityAnonymizer


@pytest.fixture
def timer(clock: FakeClock) -> Countdown:
    return Countdown(5 * 60, clock)


def test_a_new_timer_stands_still(timer, clock):
    assert not timer.running
    clock.advance(100)
    assert timer.elapsed == 0 and timer.remaining == 300 and not timer.overrun


def test_start_counts_down(timer, clock):
    timer.start()
    clock.advance(90)
    assert timer.running
    assert timer.elapsed == 90 and timer.remaining == 210
    timer.start()  # starting twice does not restart
    clock.advance(10)
    assert timer.remaining == 200


def test_pause_and_resume(timer, clock):
    timer.start()
    clock.advance(60)
    timer.pause()
    assert not timer.running and timer.remaining == 240
    clock.advance(1000)
    assert timer.remaining == 240, "pausiert läuft keine Zeit ab"
    timer.pause()  # pausing twice changes nothing
    timer.start()
    clock.advance(40)
    assert timer.remaining == 200 and timer.elapsed == 100


def test_toggle(timer, clock):
    timer.toggle()
    assert timer.running
    clock.advance(30)
    timer.toggle()
    assert not timer.running
    clock.advance(30)
    assert timer.remaining == 270


@pytest.mark.parametrize(("minutes", "expected"), [(1, 300 - 120 + 60), (5, 300 - 120 + 300)])
def test_extend_by_minutes(timer, clock, minutes, expected):
    timer.start()
    clock.advance(120)
    timer.extend(minutes)
    assert timer.remaining == expected
    assert timer.duration == 300 + minutes * 60


def test_extend_after_overrun_brings_time_back(timer, clock):
    timer.start()
    clock.advance(330)
    assert timer.overrun and timer.remaining == -30
    timer.extend(1)
    assert not timer.overrun and timer.remaining == 30


def test_overrun_goes_negative(timer, clock):
    timer.start()
    clock.advance(300)
    assert timer.remaining == 0 and not timer.overrun
    clock.advance(90)
    assert timer.remaining == -90 and timer.overrun
    assert format_remaining(timer.remaining) == "+01:30"


def test_reset(timer, clock):
    timer.start()
    clock.advance(500)
    timer.reset(600)
    assert not timer.running and timer.remaining == 600 and not timer.overrun


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (90, "01:30"),
        (-90, "+01:30"),
        (0.2, "00:01"),
        (-0.2, "+00:01"),
        (0, "00:00"),
        (59.5, "01:00"),
        (15 * 60, "15:00"),
        (125 * 60, "125:00"),
        (-3600, "+60:00"),
    ],
)
def test_format_remaining(seconds, text):
    assert format_remaining(seconds) == text


def test_engine_resets_the_timer_on_next(agenda, clock):
    engine = Engine.start(
        agenda,
        title="Timer",
        date=dt.date(2025, 3, 14),
        store=None,
        session_id="timer001",
        anonymizer=IdentityAnonymizer(),
        now=FakeNow(),
        clock=clock,
    )
    expected = [5, 15, 15, 10, 15, 5, 10, 5, 5, 10, 5, 20]  # steps, with the six case phases spelled out
    seen = [engine.timer.duration / 60]
    engine.toggle_timer()
    clock.advance(42)
    engine.extend_timer(5)
    while engine.next():
        seen.append(engine.timer.duration / 60)
        assert not engine.timer.running, "ein neuer Schritt beginnt mit stehender Uhr"
        assert engine.timer.remaining == engine.timer.duration, "keine Zeit vom vorigen Schritt"
        engine.toggle_timer()
        clock.advance(7)
        engine.extend_timer(1)
    assert seen == expected
