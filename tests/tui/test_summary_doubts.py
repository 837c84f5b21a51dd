"""The summary highlights the anonymizer's doubts only while the room looks at a window of its own.

A doubt is a presenter-side aid and must never reach the projection. The console knows it is not the
projection only while a real projection (`supervision-tui beamer`'s client, `live.feed.follow`) follows its
feed; then the summary shows the doubts, and hides them again when the projection goes away.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Static

from supervision_tui.live.feed import follow
from supervision_tui.models import Consent, Moderation
from supervision_tui.tui.app import SupervisionApp
from supervision_tui.tui.screens.summary import SummaryScreen
from supervision_tui.tui.widgets.doubts import DOUBT_STYLE

from .helpers import answer, screen_text, static_text

AGREEMENT = "Nächstes Mal bringt ahmo Kuchen mit"  # "ahmo": neither a known word nor a known name


async def _until(pilot: Pilot, done: Callable[[], bool], timeout: float = 8.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.02)
    await pilot.pause()


async def _project(sessions: Path) -> None:
    """A projection following the console, as `supervision-tui beamer` does."""
    async for _update in follow(sessions):
        pass


def _doubt_styled(app: SupervisionApp) -> bool:
    visual = app.screen.query_one("#summary-agreements", Static).visual
    spans = getattr(visual, "spans", [])
    return any(str(span.style) == DOUBT_STYLE for span in spans)


def _doubt_line(app: SupervisionApp) -> bool:
    return app.screen.query_one("#summary-doubts", Static).display


async def test_the_summary_shows_doubts_only_while_a_projection_follows(make_app, tmp_path: Path) -> None:
    app = make_app(start_feed=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.servers_started()  # the feed starts right after the first frame
        engine = app.engine
        assert engine is not None and app.feed is not None
        engine.add_agreement(AGREEMENT)
        app.end_session()
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)

        # no projection window: this console may be what the room sees, so no doubt is shown
        await asyncio.sleep(0.5)
        await pilot.pause()
        text = screen_text(app)
        assert AGREEMENT in text
        assert "unsicher" not in text
        assert not _doubt_styled(app) and not _doubt_line(app)

        # a projection follows in a window of its own: the doubts are shown here, on the presenter's screen
        projection = asyncio.create_task(_project(tmp_path / "sessions"))
        try:
            await _until(pilot, lambda: _doubt_line(app))
            assert app.feed.viewers == 1
            text = screen_text(app)
            assert "unsicher: ahmo" in text
            assert _doubt_styled(app)
        finally:
            projection.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await projection

        # the projection went away: this console may be projected again, and the doubts go at once
        await _until(pilot, lambda: not _doubt_line(app))
        assert app.feed.viewers == 0
        assert "unsicher" not in screen_text(app)
        assert not _doubt_styled(app)


def _styled(app: SupervisionApp, selector: str) -> bool:
    visual = app.screen.query_one(selector, Static).visual
    return any(str(span.style) == DOUBT_STYLE for span in getattr(visual, "spans", []))


async def test_the_ideas_taken_along_show_their_doubts_only_while_a_projection_follows(
    make_app, tmp_path: Path
) -> None:
    app = make_app(start_feed=True)
    async with app.run_test(size=(160, 45)) as pilot:
        engine = app.engine
        assert engine is not None
        for n in range(5):
            engine.join(f"phone-{n}")
        case = engine.add_case("Ein Fall", brought_by="T1")
        engine.goto("fallberatung", 4)
        engine.select_case(case.id)
        answer(engine, "phone-1", text="Mit ahmo zu zweit hingehen", consent=Consent.QUOTE)
        for pending in engine.pending():
            engine.moderate(pending.id, Moderation.APPROVED)
        engine.goto("fallberatung", 5)
        engine.take_along(engine.ideas()[0].id)
        app.end_session()
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert "ahmo" in static_text(app, "#summary-taken-along")
        await asyncio.sleep(0.5)
        await pilot.pause()
        assert not _styled(app, "#summary-taken-along")
        projection = asyncio.create_task(_project(tmp_path / "sessions"))
        try:
            await _until(pilot, lambda: _doubt_line(app))
            assert _styled(app, "#summary-taken-along")
            assert "unsicher: ahmo" in screen_text(app)
        finally:
            projection.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await projection
        await _until(pilot, lambda: not _doubt_line(app))
        assert not _styled(app, "#summary-taken-along")
