"""The moderation queue keeps its order while it is open, and the cursor stays on the answer it was on.

A supervisor approves with `f` and moves on with ↓, as in any list. If approving re-sorted the list
under the cursor, the habitual ↓ would skip an answer and the next `f` would approve one that was
never read; and an answer arriving from a phone must not slide another one under the cursor.
"""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import OptionList

from supervision_tui.engine import Engine
from supervision_tui.models import Moderation
from supervision_tui.tui.app import SupervisionApp

from .helpers import answer, open_queue


def _states(app: SupervisionApp) -> dict[str, Moderation]:
    assert app.engine is not None
    return {a.text: a.moderation for a in app.engine.session.answers_for("runde-2")}


async def _at_the_free_text_round(pilot: Pilot[object], app: SupervisionApp) -> Engine:
    """The console two steps on, at the default template's free-text round, as the supervisor pages there."""
    await pilot.pause()
    engine = app.engine
    assert engine is not None
    await pilot.press("pagedown", "pagedown")
    await pilot.pause()
    return engine


def _highlighted_text(app: SupervisionApp) -> str:
    queue = app.screen.query_one("#queue", OptionList)
    assert queue.highlighted is not None
    return str(queue.get_option_at_index(queue.highlighted).prompt)


async def test_approve_then_down_reaches_the_next_answer_and_arrivals_move_nothing(make_app) -> None:
    app: SupervisionApp = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        engine = await _at_the_free_text_round(pilot, app)
        for device, text in (("p1", "Erstens gut"), ("p2", "Zweitens schön"), ("p3", "Drittens müde")):
            answer(engine, device, text=text)
        await pilot.pause()
        await open_queue(pilot)
        assert "Erstens" in _highlighted_text(app)
        await pilot.press("f")
        await pilot.pause()
        # The approved answer stays where it was, under the cursor, now with its tick.
        assert "Erstens" in _highlighted_text(app) and "✓" in _highlighted_text(app)
        await pilot.press("down")
        await pilot.pause()
        assert "Zweitens" in _highlighted_text(app)
        await pilot.press("f")
        await pilot.pause()
        states = _states(app)
        assert states["Erstens gut"] is Moderation.APPROVED
        assert states["Zweitens schön"] is Moderation.APPROVED
        assert states["Drittens müde"] is Moderation.PENDING, "never highlighted, never approved"
        # A phone answers while the cursor is on an approved answer: it stays on that answer,
        # so `v` hides the answer the supervisor is looking at.
        await pilot.press("up")
        await pilot.pause()
        answer(engine, "p4", text="Viertens spät")
        await pilot.pause()
        assert "Erstens" in _highlighted_text(app)
        await pilot.press("v")
        await pilot.pause()
        states = _states(app)
        assert states["Erstens gut"] is Moderation.HIDDEN
        assert states["Viertens spät"] is Moderation.PENDING
        assert states["Zweitens schön"] is Moderation.APPROVED


async def test_f_on_a_private_answer_says_why_nothing_happens(make_app) -> None:
    """A private answer carries no approve tick: `f` on it changes nothing and says so, instead of
    nothing at all (in tmux the supervisor pressed f and saw no change)."""
    from supervision_tui.models import Consent

    app: SupervisionApp = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        engine = await _at_the_free_text_round(pilot, app)
        answer(engine, "p1", text="Nur für Sie gedacht", consent=Consent.PRIVATE)
        await pilot.pause()
        await pilot.press("m", "enter")
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        assert [n.message for n in app._notifications] == [
            "Nur für die Supervisor·in: diese Antwort wird nie gezeigt."
        ]
        assert [a.moderation for a in engine.session.answers] == [Moderation.PENDING]


async def test_the_queue_shows_a_concerns_urgency(make_app) -> None:
    """Approving concerns, the supervisor sees how urgent each one is, in the console's words."""
    app: SupervisionApp = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        engine = app.engine
        assert engine is not None
        engine.goto("anliegen")
        await pilot.pause()
        answer(engine, "p1", title="Drohung im Wartezimmer", urgency="high")
        await pilot.pause()
        await open_queue(pilot)
        assert "dringend" in _highlighted_text(app) and "Drohung im Wartezimmer" in _highlighted_text(app)


async def test_at_80x24_the_queue_keeps_its_keys_on_screen(make_app) -> None:
    """Seven answers at 80×24 (the demo in tmux): the key bar with "Esc/m Schließen" stayed below the
    window's edge. The list scrolls instead, and every key stays in view."""
    from supervision_tui.tui.widgets import KeyBar

    app: SupervisionApp = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        engine = app.engine
        assert engine is not None
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        for n in range(7):
            answer(engine, f"p{n}", text=f"Antwort Nummer {n} aus der Runde, etwas länger geschrieben")
        await pilot.pause()
        await open_queue(pilot)
        bar = app.screen.query_one(KeyBar)
        assert bar.region.height >= 1 and bar.region.bottom <= 24, bar.region
        assert "Schließen" in str(bar.render())


async def test_the_queue_opens_on_the_answer_that_waits_even_when_a_private_one_came_first(make_app) -> None:
    """In tmux (Balint walk) a private answer came first, the queue opened on it and `f` did nothing: the
    one answer that waited for approval was never reached. The answers `f` can act on come first."""
    from supervision_tui.models import Consent

    app: SupervisionApp = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        engine = await _at_the_free_text_round(pilot, app)
        answer(engine, "p1", text="Nur für Sie gedacht", consent=Consent.PRIVATE)
        answer(engine, "p2", text="Darf gezeigt werden", consent=Consent.QUOTE)
        await pilot.pause()
        await open_queue(pilot)
        assert "Darf gezeigt" in _highlighted_text(app)
        await pilot.press("f")
        await pilot.pause()
        states = {a.text: a.moderation for a in engine.session.answers}
        assert states == {
            "Darf gezeigt werden": Moderation.APPROVED,
            "Nur für Sie gedacht": Moderation.PENDING,
        }
