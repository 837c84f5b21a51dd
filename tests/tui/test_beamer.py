"""The projection (`supervision-tui beamer`) following a real feed over a real engine.

The beamer finds the feed by itself through the discovery file, as in the room. Snapshots at
80×24, 120×40 and 160×45 are deterministic: clock, now, rng, session id and join URL are injected.
Update with `pytest tests/tui/test_beamer.py --snapshot-update` and look at the SVGs.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from domain._support import FakeClock
from textual.pilot import Pilot

from supervision_tui.engine import Engine
from supervision_tui.live.feed import RoomFeed
from supervision_tui.models import Moderation
from supervision_tui.prompts import find_template
from supervision_tui.store import Store
from supervision_tui.tui.beamer import BeamerApp, BeamerScreen, Quote, QuoteWall
from supervision_tui.tui.widgets import BigText, QRCode, Scale
from supervision_tui.tui.widgets.keybar import key_entries

from .conftest import JOIN_URL, NOW, TEMPLATE
from .helpers import answer, screen_text, until

SIZES = [(80, 24), (120, 40), (160, 45)]

GLITTER = [
    "Nach acht Monaten Suche hat die Familie eine Wohnung gefunden.",
    "Das Kind hat mir in der Kita zum ersten Mal auf Deutsch erzählt, was es gebaut hat.",
    "Beim Jobcenter lief der Termin ohne Dolmetscher – alle haben sich verstanden.",
]


def _engine(sessions: Path, clock: FakeClock) -> Engine:
    return Engine.start(
        find_template(TEMPLATE),
        title="Novembertreffen",
        date=NOW.date(),
        store=Store(sessions),
        session_id="abcdef12",
        now=lambda: NOW,
        clock=clock,
        rng=random.Random(7),
    )


def _shows(app: BeamerApp, engine: Engine) -> Callable[[], bool]:
    pos = engine.position
    return lambda: app.view is not None and app.view.position_key == (pos.index, pos.phase_index)


async def _console(sessions: Path, engine: Engine, join_url: str | None = JOIN_URL) -> RoomFeed:
    feed = RoomFeed(sessions)
    await feed.start()
    feed.attach(engine, join_url)
    return feed


# --- following the console ------------------------------------------------------------------------


async def test_started_before_the_console_it_waits_then_follows_step_changes(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    clock = FakeClock()
    app = BeamerApp(sessions, clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.2)
        assert isinstance(app.screen, BeamerScreen)
        assert app.screen.query_one("#beamer-waiting").display
        assert app.screen.query_one("#beamer-waiting-title", BigText).text == "Warte auf die Sitzung …"

        engine = _engine(sessions, clock)
        feed = await _console(sessions, engine)
        try:
            await until(pilot, _shows(app, engine))
            assert app.screen.query_one("#beamer-join").display
            assert app.screen.query_one("#beamer-qr", QRCode).data == JOIN_URL
            assert not app.screen.query_one("#beamer-waiting").display

            engine.next()
            await until(pilot, _shows(app, engine))
            assert app.screen.query_one("#beamer-step").display
            assert app.screen.question_text == "Wie geht es Ihnen?"

            engine.goto("fallberatung", "Spontanerzählung")
            await until(pilot, _shows(app, engine))
            assert app.screen.question_text == engine.position.phase.name  # type: ignore[union-attr]
            assert "Spontanerzählung" in screen_text(app)

            engine.end()
            await until(pilot, lambda: app.view is not None and app.view.finished)
            assert app.screen.query_one("#beamer-ended").display
        finally:
            await feed.stop()
        # The console is gone: the projection says so and waits for the next one.
        await until(pilot, lambda: not app.connected)
        assert app.screen.query_one("#beamer-waiting").display


async def test_a_step_change_reaches_the_projection_within_100_ms(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    engine = _engine(sessions, FakeClock())
    feed = await _console(sessions, engine)
    app = BeamerApp(sessions)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await until(pilot, _shows(app, engine))
            delays = []
            for _ in range(6):
                started = time.perf_counter()
                engine.next()
                question = engine.position.prompt
                expected = engine.position.phase.name if engine.position.phase else None  # type: ignore[union-attr]
                expected = expected or (question.question if question else engine.position.step.title)
                # Painted, not just received: the big text holds the new question.
                while app.screen.question_text != expected:
                    assert time.perf_counter() - started < 5
                    await asyncio.sleep(0.001)
                delays.append(time.perf_counter() - started)
                await pilot.pause(0.05)
    finally:
        await feed.stop()
    median = statistics.median(delays)
    print(
        f"beamer: step change → new question on the projection, median {median * 1000:.1f} ms, "
        f"max {max(delays) * 1000:.1f} ms"
    )
    assert median < 0.1 and max(delays) < 0.5


async def test_two_projections_follow_one_console(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    engine = _engine(sessions, FakeClock())
    feed = await _console(sessions, engine)
    first, second = BeamerApp(sessions), BeamerApp(sessions)
    try:
        async with first.run_test(size=(80, 24)) as one, second.run_test(size=(120, 40)) as two:
            engine.next()
            await until(one, _shows(first, engine))
            await until(two, _shows(second, engine))
            assert first.screen.question_text == second.screen.question_text == "Wie geht es Ihnen?"
    finally:
        await feed.stop()


async def test_approved_answers_get_the_big_type_when_they_fit(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    engine = _engine(sessions, FakeClock())
    engine.goto("runde-2")
    feed = await _console(sessions, engine)
    app = BeamerApp(sessions)
    try:
        async with app.run_test(size=(160, 45)) as pilot:
            answer(engine, "phone-1", text="Wohnung gefunden!")
            engine.moderate(engine.pending()[0].id, Moderation.APPROVED)
            await until(pilot, lambda: app.view is not None and len(app.view.answers) == 1)
            await pilot.pause(0.1)
            [quote] = app.screen.query(Quote)
            assert quote.scale is Scale.TALL  # the pixel font at its tall size, not a line of text
            for i, text in enumerate(GLITTER * 3):
                answer(engine, f"phone-{i + 2}", text=text)
            for pending in engine.pending():
                engine.moderate(pending.id, Moderation.APPROVED)
            await until(pilot, lambda: app.view is not None and len(app.view.answers) == 10)
            await pilot.pause(0.1)
            # Ten long quotes do not fit in the pixel font: all of them are bold text, none louder.
            assert {q.scale for q in app.screen.query(Quote)} == {Scale.PLAIN}
    finally:
        await feed.stop()


async def test_live_answers_change_only_their_own_quotes_and_stay_bounded(tmp_path: Path) -> None:
    """Moderation off, 200 phones: every push carries every answer; the wall keeps its quote widgets,
    mounts the new one, and holds at most `MAX_QUOTES` of them, the older answers counted on top."""
    sessions = tmp_path / "sessions"
    engine = _engine(sessions, FakeClock())
    engine.goto("runde-2")
    engine.set_moderation("runde-2", False)
    feed = await _console(sessions, engine)
    app = BeamerApp(sessions)
    limit = QuoteWall.MAX_QUOTES
    try:
        async with app.run_test(size=(160, 45)) as pilot:
            for i in range(3):
                answer(engine, f"phone-{i}", text=f"Moment {i}")
            await until(pilot, lambda: app.view is not None and len(app.view.answers) == 3)
            before = list(app.screen.query(Quote))
            answer(engine, "phone-3", text="Moment 3")
            await until(pilot, lambda: len(app.screen.query(Quote)) == 4)
            after = list(app.screen.query(Quote))
            assert after[:3] == before  # the same widgets, not removed and mounted again
            assert [q.text for q in after] == [f"Moment {i}" for i in range(4)]

            for i in range(4, 200):
                answer(engine, f"phone-{i:03d}", text=f"Moment {i}")
            await until(pilot, lambda: app.view is not None and len(app.view.answers) == 200)
            await pilot.pause(0.2)
            quotes = list(app.screen.query(Quote))
            assert [q.text for q in quotes] == [f"Moment {i}" for i in range(200 - limit, 200)]
            assert f"+{200 - limit} weitere Antworten (ältere)" in screen_text(app)

            answer(engine, "phone-200", text="Moment 200")
            await until(pilot, lambda: app.view is not None and len(app.view.answers) == 201)
            await pilot.pause(0.2)
            now = list(app.screen.query(Quote))
            assert now[:-1] == quotes[1:]  # the oldest left, the newest came, the rest stayed
            assert now[-1].text == "Moment 200" and len(now) == limit
            assert f"+{201 - limit} weitere Antworten (ältere)" in screen_text(app)
    finally:
        await feed.stop()


async def test_only_quit_and_colours_and_phone_text_stays_text(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    engine = _engine(sessions, FakeClock())
    engine.goto("runde-2")
    feed = await _console(sessions, engine)
    app = BeamerApp(sessions)
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await until(pilot, _shows(app, engine))
            assert key_entries(app.screen) == [("Strg+Q", "Beenden"), ("d", "Farben")]
            # The presenter's keys do nothing here: the projection drives nothing.
            await pilot.press("pagedown", "right", "t", "m", "c", "l")
            assert engine.position.step.id == "runde-2" and not engine.timer.running
            theme = app.theme
            await pilot.press("d")
            assert app.theme != theme
            # Markup and terminal codes from a phone are shown as they are, never interpreted.
            answer(engine, "phone-1", text="[bold red]laut[/] \x1b[2J weg")
            engine.moderate(engine.pending()[0].id, Moderation.APPROVED)
            await until(pilot, lambda: app.view is not None and len(app.view.answers) == 1)
            [quote] = app.screen.query(Quote)
            assert quote.text == "[bold red]laut[/] \\x1b[2J weg"
            await pilot.press("ctrl+q")
        assert app.return_code == 0
    finally:
        await feed.stop()


# --- snapshots ------------------------------------------------------------------------------------


def _scene(setup: Callable[[Engine], None], clock: FakeClock) -> Callable[[Pilot], Awaitable[None]]:
    async def run_before(pilot: Pilot) -> None:
        app: BeamerApp = pilot.app  # type: ignore[assignment]
        engine = _engine(app.sessions_dir, clock)
        for i in range(7):
            engine.join(f"phone-{i}")
        setup(engine)
        await _console(app.sessions_dir, engine)  # stopped with the test's loop
        await until(pilot, _shows(app, engine))
        await pilot.pause(0.3)

    return run_before


def _round_glitter(engine: Engine) -> None:
    engine.goto("runde-2")
    for i, text in enumerate(GLITTER):
        answer(engine, f"phone-{i}", text=text)
    answer(engine, "phone-5", text="Privat: das bleibt bei der Supervisorin", consent="private")
    for pending in engine.pending():
        engine.moderate(pending.id, Moderation.APPROVED)
    engine.toggle_timer()


def _round_mood(engine: Engine) -> None:
    engine.goto("runde-1")
    for i, mood in enumerate([4, 5, 3, 4, 2, 4]):
        answer(engine, f"phone-{i}", mood=mood)
    engine.shuffle_speakers()
    engine.next_speaker(passed=True)
    engine.next_speaker()


def _case(engine: Engine) -> None:
    engine.goto("anliegen")
    case = engine.add_case("Streit im Wohnheim um die Küche")
    engine.goto("fallberatung", "Beratung")
    engine.select_case(case.id)
    engine.assign_role("Fallerzähler·in", "T3")
    engine.assign_role("Moderation", "T1")
    # from a Beratende (T5): the case giver (T3) listens in the Beratung and sends no idea
    answer(engine, "phone-4", phase=4, text="Erst einmal fragen, was die Familie selbst möchte.")
    for pending in engine.pending():
        engine.moderate(pending.id, Moderation.APPROVED)


def _case_closing(engine: Engine) -> None:
    _case(engine)
    answer(engine, "phone-3", phase=4, text="Die Schule um ein Gespräch mit allen bitten.")
    for pending in engine.pending():
        engine.moderate(pending.id, Moderation.APPROVED)
    engine.next()  # Abschluss: the ideas stay up, the case giver says what they take along
    engine.take_along(engine.ideas()[0].id)


SCENES = {
    "join": lambda engine: None,
    "round_glitter": _round_glitter,
    "round_mood": _round_mood,
    "case": _case,
    "case_closing": _case_closing,
}


@pytest.fixture
def beamer(tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> BeamerApp:
    monkeypatch.chdir(tmp_path)
    return BeamerApp(Path("sessions"), clock=clock)


@pytest.mark.parametrize("scene", list(SCENES))
@pytest.mark.parametrize("size", SIZES)
def test_projection_snapshot(snap_compare, beamer: BeamerApp, clock: FakeClock, scene: str, size) -> None:
    assert snap_compare(beamer, terminal_size=size, run_before=_scene(SCENES[scene], clock))


def test_waiting_snapshot(snap_compare, beamer: BeamerApp) -> None:
    async def run_before(pilot: Pilot) -> None:
        await until(pilot, lambda: pilot.app.screen.query_one("#beamer-waiting").display)

    assert snap_compare(beamer, terminal_size=(80, 24), run_before=run_before)


async def test_the_projection_lists_concerns_in_the_consoles_order_with_their_urgency(tmp_path: Path) -> None:
    """The engine decides the order of the concerns once (most urgent first): the console's intake list
    and the projection both read it, and both say how urgent each one is in the same words."""
    from supervision_tui.engine import AnswerInput
    from supervision_tui.models import Consent, Urgency

    sessions = tmp_path / "sessions"
    engine = _engine(sessions, FakeClock())
    engine.goto("anliegen")
    feed = await _console(sessions, engine)
    app = BeamerApp(sessions)
    arriving = [("Ärger mit dem Vermieter", Urgency.LOW), ("Drohung im Wartezimmer", Urgency.HIGH)]
    arriving.append(("Termin beim Jobcenter", Urgency.MEDIUM))
    try:
        async with app.run_test(size=(160, 45)) as pilot:
            for i, (title, urgency) in enumerate(arriving):
                engine.submit_answer(
                    f"phone-{i}",
                    AnswerInput(step_id="anliegen", title=title, urgency=urgency, consent=Consent.QUOTE),
                )
            for pending in engine.pending():
                engine.moderate(pending.id, Moderation.APPROVED)
            await until(pilot, lambda: app.view is not None and len(app.view.answers) == 3)
            await pilot.pause(0.1)
            console_order = [a.title for a in engine.concerns()]
            assert console_order == [
                "Drohung im Wartezimmer",
                "Termin beim Jobcenter",
                "Ärger mit dem Vermieter",
            ]
            shown = [q.text for q in app.screen.query(Quote)]
            assert [s.split("\n")[-1] for s in shown] == console_order
            assert [s.split("\n")[0] for s in shown] == ["dringend:", "mittel:", "kann warten:"]
    finally:
        await feed.stop()


async def test_a_private_case_shows_no_empty_case_line(tmp_path: Path) -> None:
    """A case from a concern its author kept private is discussed without its title: the projection
    shows no "Fall:" line at all, rather than one that ends in nothing."""
    from supervision_tui.engine import AnswerInput
    from supervision_tui.models import Urgency

    sessions = tmp_path / "sessions"
    engine = _engine(sessions, FakeClock())
    engine.goto("anliegen")
    concern = engine.submit_answer(
        "phone-1", AnswerInput(step_id="anliegen", title="Der Vater schreit mich an", urgency=Urgency.HIGH)
    )
    case = engine.case_from_answer(concern.id)
    engine.goto("fallberatung")
    engine.select_case(case.id)
    feed = await _console(sessions, engine)
    app = BeamerApp(sessions)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await until(pilot, _shows(app, engine))
            assert not app.screen.query_one("#beamer-case-title").display
            assert "Fall:" not in screen_text(app) and "Vater" not in screen_text(app)
    finally:
        await feed.stop()


async def test_a_long_list_of_concerns_counts_the_least_urgent(tmp_path: Path) -> None:
    """More concerns than the wall holds: the urgent ones stay on it, and the line on top counts the
    rest as less urgent (not as "older")."""
    from supervision_tui.engine import AnswerInput
    from supervision_tui.models import Consent, Urgency

    sessions = tmp_path / "sessions"
    engine = _engine(sessions, FakeClock())
    engine.goto("anliegen")
    feed = await _console(sessions, engine)
    app = BeamerApp(sessions)
    try:
        async with app.run_test(size=(160, 45)) as pilot:
            total = QuoteWall.MAX_QUOTES + 2
            for i in range(total):
                urgency = Urgency.HIGH if i == total - 1 else Urgency.LOW
                engine.submit_answer(
                    f"phone-{i}",
                    AnswerInput(
                        step_id="anliegen",
                        title=f"Anliegen Nummer {i}",
                        urgency=urgency,
                        consent=Consent.QUOTE,
                    ),
                )
            for pending in engine.pending():
                engine.moderate(pending.id, Moderation.APPROVED)
            await until(pilot, lambda: app.view is not None and len(app.view.answers) == total)
            await pilot.pause(0.1)
            shown = screen_text(app)
            assert "+2 weitere Anliegen (weniger dringend)" in shown
            assert f"Anliegen Nummer {total - 1}" in [q.text.split("\n")[-1] for q in app.screen.query(Quote)]
    finally:
        await feed.stop()
