"""The summary highlights the anonymizer's doubts only while the room looks at a window of its own.

A doubt is a presenter-side aid and must never reach the projection. The console knows it is not the
projection only while a real projection (`supervision-tui beamer`'s client, `live.feed.follow`) follows its
feed; then the summary shows the doubts, and hides them again when the projection goes away.
"""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

from textual.app import App
from textual.widgets import Static

from supervision_tui.models import Consent, Moderation
from supervision_tui.tui.app import SupervisionApp
from supervision_tui.tui.beamer import BeamerApp
from supervision_tui.tui.dialogs import AgreementsDialog
from supervision_tui.tui.screens.summary import SummaryScreen
from supervision_tui.tui.widgets.doubts import DOUBT_STYLE

from .helpers import answer, follow_feed, open_queue, screen_text, shown_text, static_text, until

AGREEMENT = "Nächstes Mal bringt ahmo Kuchen mit"  # "ahmo": neither a known word nor a known name


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

        # no projection window: this console may be what the room sees, so no doubt is shown, and the
        # agreements (the supervisor's typed text, never projected) are counted, as on the closing round
        await asyncio.sleep(0.5)
        await pilot.pause()
        text = screen_text(app)
        assert AGREEMENT not in text and "ahmo" not in text
        assert "1 gespeichert – Taste a zeigt sie verdeckt" in text
        assert "unsicher" not in text
        assert not _doubt_styled(app) and not _doubt_line(app)

        # a projection follows in a window of its own: the doubts are shown here, on the presenter's screen
        projection = asyncio.create_task(follow_feed(tmp_path / "sessions"))
        try:
            await until(pilot, lambda: _doubt_line(app))
            assert app.feed.viewers == 1
            text = screen_text(app)
            assert "unsicher: ahmo" in text
            assert _doubt_styled(app)
        finally:
            projection.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await projection

        # the projection went away: this console may be projected again, and the doubts go at once
        await until(pilot, lambda: not _doubt_line(app))
        assert app.feed.viewers == 0
        assert "unsicher" not in screen_text(app)
        assert not _doubt_styled(app)
        assert AGREEMENT not in screen_text(app)


async def test_the_summary_in_one_window_lists_the_agreements_only_behind_the_cover(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        engine = app.engine
        assert engine is not None
        engine.add_agreement("Treffen im Januar: Thema Abgrenzung")
        app.end_session()
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert "Abgrenzung" not in screen_text(app)
        assert "a Vereinbarungen zeigen" in str(app.screen.query_one("#keybar").render())

        await pilot.press("a")  # the cover first, never the list
        await pilot.pause()
        assert "Beamer-Ansicht verdeckt" in screen_text(app) and "Abgrenzung" not in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AgreementsDialog)
        assert "1. Treffen im Januar: Thema Abgrenzung" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert "Abgrenzung" not in screen_text(app)


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
        engine.goto("fallberatung", "Beratung")
        engine.select_case(case.id)
        answer(engine, "phone-1", text="Mit ahmo zu zweit hingehen", consent=Consent.QUOTE)
        for pending in engine.pending():
            engine.moderate(pending.id, Moderation.APPROVED)
        engine.goto("fallberatung", "Abschluss")
        engine.take_along(engine.ideas()[0].id)
        app.end_session()
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert "ahmo" in static_text(app, "#summary-taken-along")
        await asyncio.sleep(0.5)
        await pilot.pause()
        assert not _styled(app, "#summary-taken-along")
        projection = asyncio.create_task(follow_feed(tmp_path / "sessions"))
        try:
            await until(pilot, lambda: _doubt_line(app))
            assert _styled(app, "#summary-taken-along")
            assert "unsicher: ahmo" in screen_text(app)
        finally:
            projection.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await projection
        await until(pilot, lambda: not _doubt_line(app))
        assert not _styled(app, "#summary-taken-along")


def _stored(sessions: Path) -> str:
    [record] = sessions.glob("*.json")
    return record.read_text(encoding="utf-8")


async def test_a_doubt_is_masked_on_the_summary_with_the_queue_key_and_in_the_stored_file(
    make_app, tmp_path: Path
) -> None:
    sessions = tmp_path / "sessions"
    app = make_app(start_feed=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.servers_started()
        engine = app.engine
        assert engine is not None
        engine.add_agreement(AGREEMENT)
        # a second doubt, kept below ("Frau zewdu" the learned pass masks as a person: no doubt left there)
        engine.add_agreement("Nächstes Mal fragt zewdu beim Amt nach")
        app.end_session()
        await pilot.pause()
        assert "ahmo" in _stored(sessions)

        # no projection window: the doubts are hidden, so the key is not offered and does nothing
        await asyncio.sleep(0.5)
        await pilot.press("x")
        await pilot.pause()
        assert "Zweifel maskieren" not in screen_text(app) + str(app.screen.query_one("#keybar").render())
        assert "ahmo" in _stored(sessions) and "ahmo" in engine.session.agreements[0].text

        projection = asyncio.create_task(follow_feed(sessions))
        try:
            await until(pilot, lambda: _doubt_line(app))
            assert "unsicher: ahmo, zewdu" in screen_text(app)
            assert "x Zweifel maskieren" in str(app.screen.query_one("#keybar").render())
            await pilot.press("x")  # the same key as in the queue: the first doubt is a name
            await pilot.pause()
            agreements = static_text(app, "#summary-agreements")
            assert "ahmo" not in agreements and "[Person" in agreements
            assert "ahmo" not in _stored(sessions), "masked in what the coordinator reads, not only here"
            assert "„ahmo“ wird in dieser Sitzung immer maskiert." in screen_text(app)
            assert "unsicher: zewdu" in screen_text(app)

            await pilot.press("b")  # the same key as in the queue: no name, kept
            await pilot.pause()
            assert "zewdu" in static_text(app, "#summary-agreements") and "zewdu" in _stored(sessions)
            assert not _doubt_line(app) and "unsicher" not in screen_text(app)
            assert "„zewdu“ bleibt in dieser Sitzung lesbar." in screen_text(app)
            assert "Zweifel maskieren" not in str(app.screen.query_one("#keybar").render())
        finally:
            projection.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await projection
        # the projection went away: what was said about a word goes with the doubts
        await until(pilot, lambda: "zewdu“" not in screen_text(app))


def _underlined(app: App) -> bool:
    """Whether anything on the window is drawn underlined (how a doubt is marked), as the terminal gets it."""
    return "underline" in app.export_screenshot()


async def test_a_doubt_never_reaches_the_projection_highlighted(make_app, tmp_path: Path) -> None:
    """A real projection follows the console while the console underlines a doubt (in the queue, then on
    the summary): the projection shows the approved answer's words plainly, and no doubt, no mark, no list."""
    console = make_app(start_feed=True)
    beamer = BeamerApp(tmp_path / "sessions")
    # the console's run last: calls made here run in its context (Textual's active app)
    async with beamer.run_test(size=(160, 45)) as room, console.run_test(size=(160, 45)) as pilot:
        await console.servers_started()
        engine = console.engine
        assert engine is not None and console.feed is not None
        engine.goto("runde-2")
        answer(engine, "phone-1", text="Heute wegen ahmo beim Amt gewesen, alles gut gegangen")
        for n in range(6):  # enough quotes for plain text on the wall, so the words are readable there
            answer(engine, f"phone-{n + 2}", text=f"Das Sommerfest war schön, zum {n + 2}. Mal dabei")
        await open_queue(pilot)
        assert "unsicher: ahmo" in shown_text(console) and _underlined(console)
        await pilot.press("a")  # every quotable answer approved: the one with the doubt too
        await until(room, lambda: beamer.view is not None and len(beamer.view.answers) == 7)
        await room.pause(0.2)
        projected = beamer.export_screenshot()
        assert "ahmo" in projected, "the approved answer is on the projection, its words as they are"
        assert "unsicher" not in projected
        assert not _underlined(beamer), "no doubt marked on the projection"

        await pilot.press("escape")
        console.end_session()
        await pilot.pause()
        await until(pilot, lambda: _doubt_line(console))  # the console knows a projection follows
        assert _doubt_styled(console) or _styled(console, "#summary-glitter")
        await until(room, lambda: beamer.view is not None and beamer.view.finished)
        await room.pause(0.2)
        projected = beamer.export_screenshot()
        assert "ahmo" not in projected and "unsicher" not in projected
        assert not _underlined(beamer)
