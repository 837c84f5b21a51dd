"""What the projector shows, pinned as SVG snapshots at 80×24 and 160×45.

Deterministic: clock, now, rng, token and session id are injected; no cursor is visible.
Update with `pytest tests/tui/test_snapshots.py --snapshot-update` and look at the SVGs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from domain._support import FakeClock
from textual.pilot import Pilot

from supervision_tui.models import Consent, Moderation, Topic
from supervision_tui.tui.widgets import TimerDisplay

from .helpers import answer

SIZES = [(80, 24), (160, 45)]

GLITTER = [
    "Nach acht Monaten Suche hat die Familie eine Wohnung gefunden.",
    "Das Kind hat mir in der Kita zum ersten Mal auf Deutsch erzählt, was es gebaut hat.",
    "Beim Jobcenter lief der Termin ohne Dolmetscher – alle haben sich verstanden.",
]


async def _ticked(pilot: Pilot, before: str) -> None:
    """Until the timer shows the clock advanced: it repaints on its own tick, and a fixed pause of 0.6 s was too short
    on a loaded CI machine (the snapshot caught "15:00 läuft" instead of "+01:30 Zeit überschritten")."""
    timer = pilot.app.screen.query_one(TimerDisplay)
    for _ in range(200):
        await pilot.pause(0.05)
        if timer.value != before:
            break
    await pilot.pause(0.1)


def _approve_all(engine) -> None:
    for pending in engine.pending():
        engine.moderate(pending.id, Moderation.APPROVED)


@pytest.fixture
def app_in_tmp(make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # A relative sessions dir keeps the stored path on the summary screen the same on every run.
    monkeypatch.chdir(tmp_path)
    return make_app(sessions_dir=Path("sessions"))


@pytest.mark.parametrize("size", SIZES)
def test_round_mood_blitzlicht(snap_compare, app_in_tmp, clock: FakeClock, size: tuple[int, int]) -> None:
    async def run_before(pilot: Pilot) -> None:
        engine = pilot.app.engine
        for i in range(7):
            engine.join(f"phone-{i}")
        await pilot.press("pagedown")
        for i, mood in enumerate([4, 5, 3, 4, 2, 4]):
            answer(engine, f"phone-{i}", mood=mood)
        answer(engine, "phone-6", mood=5, text="Gut, danke – viel los diese Woche.")
        _approve_all(engine)
        await pilot.press("l", "n", "p", "t")
        before = pilot.app.screen.query_one(TimerDisplay).value
        clock.advance(4 * 60 + 12)
        await _ticked(pilot, before)

    assert snap_compare(app_in_tmp, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_round_glitzermoment(snap_compare, app_in_tmp, clock: FakeClock, size: tuple[int, int]) -> None:
    async def run_before(pilot: Pilot) -> None:
        engine = pilot.app.engine
        for i in range(5):
            engine.join(f"phone-{i}")
        await pilot.press("pagedown", "pagedown")
        for i, text in enumerate(GLITTER):
            answer(engine, f"phone-{i}", text=text)
        answer(engine, "phone-3", text="[bold red]Markup[/] bleibt Text", consent=Consent.QUOTE)
        answer(engine, "phone-4", text="Nur für Sie gedacht", consent=Consent.PRIVATE, private_talk=True)
        _approve_all(engine)
        answer(engine, "phone-0", text="Noch ein Nachtrag")  # waits for approval
        await pilot.press("t")
        before = pilot.app.screen.query_one(TimerDisplay).value
        clock.advance(16 * 60 + 30)  # 15 minutes planned: 1:30 over
        await _ticked(pilot, before)

    assert snap_compare(app_in_tmp, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_case_discussion(snap_compare, app_in_tmp, clock: FakeClock, size: tuple[int, int]) -> None:
    async def run_before(pilot: Pilot) -> None:
        engine = pilot.app.engine
        for i in range(6):
            engine.join(f"phone-{i}")
        case = engine.add_case("Aggression im Wartezimmer der Ausländerbehörde", brought_by="T3")
        engine.tag_case(case.id, Topic.VIOLENCE)
        engine.tag_case(case.id, Topic.AUTHORITIES)
        engine.goto("fallberatung", "Spontanerzählung")
        engine.select_case(case.id)
        engine.cast_roles()
        engine.add_note("Herr Yilmaz wurde laut, Tel. 0171 2345678 – Fallerzählerin war allein.")
        engine.add_note("Frage: Wie schütze ich mich, ohne die Familie zu verlieren?")
        await pilot.pause()
        await pilot.press("t")
        before = pilot.app.screen.query_one(TimerDisplay).value
        clock.advance(3 * 60 + 20)
        await _ticked(pilot, before)

    assert snap_compare(app_in_tmp, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_summary(snap_compare, app_in_tmp, size: tuple[int, int]) -> None:
    async def run_before(pilot: Pilot) -> None:
        engine = pilot.app.engine
        for i in range(8):
            engine.join(f"phone-{i}")
        engine.next()
        for i, mood in enumerate([4, 5, 3, 4, 2, 4, 5, 3]):
            answer(engine, f"phone-{i}", mood=mood)
        engine.next()
        for i, text in enumerate(GLITTER):
            answer(engine, f"phone-{i}", text=text)
        answer(engine, "phone-5", text="Privat", consent=Consent.PRIVATE)
        _approve_all(engine)
        engine.next()
        answer(engine, "phone-1", title="Aggression im Wartezimmer", urgency="high")
        answer(engine, "phone-2", title="Abgrenzung bei Anrufen am Abend", urgency="medium")
        _approve_all(engine)
        first = engine.case_from_answer(engine.session.answers[-2].id)
        second = engine.case_from_answer(engine.session.answers[-1].id)
        engine.tag_case(first.id, Topic.VIOLENCE)
        engine.tag_case(second.id, Topic.BOUNDARIES)
        engine.next()
        engine.add_note("Schlüsselfrage: Wie kann ich Grenzen setzen?")
        engine.goto("abschluss")
        engine.add_agreement("Beim nächsten Treffen: Thema Abgrenzung vertiefen")
        engine.add_agreement("Notfallnummern als Liste für alle")
        await pilot.pause()
        await pilot.press("pagedown", "j")
        await pilot.pause()

    assert snap_compare(app_in_tmp, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_case_closing_phase_keeps_the_ideas(snap_compare, app_in_tmp, size: tuple[int, int]) -> None:
    """Abschluss: the Beratung's ideas stay on screen, and what the case giver takes along is ticked."""

    async def run_before(pilot: Pilot) -> None:
        engine = pilot.app.engine
        for i in range(5):
            engine.join(f"phone-{i}")
        case = engine.add_case("Aggression im Wartezimmer der Ausländerbehörde", brought_by="T3")
        engine.goto("fallberatung", "Beratung")
        engine.select_case(case.id)
        for i, idea in enumerate(["Mit der Leitung einen Notfallplan absprechen", "Zu zweit hingehen"]):
            answer(engine, f"phone-{i}", text=idea, consent=Consent.QUOTE)
        _approve_all(engine)
        engine.next()  # Abschluss
        engine.take_along(engine.ideas()[1].id)
        await pilot.pause()

    assert snap_compare(app_in_tmp, terminal_size=size, run_before=run_before)
