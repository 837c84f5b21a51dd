"""The closing round opens with the last session's agreements; the supervisor marks each one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.widgets import Input

from supervision_tui.engine import Engine
from supervision_tui.models import FollowUpState
from supervision_tui.prompts import find_template
from supervision_tui.store import Store
from supervision_tui.tui.screens.closing import ClosingScreen
from supervision_tui.tui.widgets import KeyBar

from .conftest import TEMPLATE
from .helpers import static_text


def _last_session(sessions: Path) -> None:
    engine = Engine.start(
        find_template(TEMPLATE), title="Septembertreffen", date=dt.date(2026, 9, 1), store=Store(sessions)
    )
    for text in ("Notfallnummern als Liste", "Thema Abgrenzung vertiefen", "Termin Frühjahr"):
        engine.add_agreement(text)
    engine.end()


async def test_marking_the_last_sessions_agreements(make_app, tmp_path: Path) -> None:
    _last_session(tmp_path / "sessions")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        engine = app.engine
        assert engine is not None
        assert [f.state for f in engine.session.follow_ups] == [FollowUpState.OPEN] * 3
        engine.goto("abschluss")
        await pilot.pause()
        assert isinstance(app.screen, ClosingScreen)
        shown = static_text(app, "#follow-ups")
        assert "Notfallnummern als Liste" in shown and "Termin Frühjahr" in shown
        assert shown.count("offen: ") == 3
        keys = dict((d, k) for k, d in app.screen.query_one(KeyBar).entries())
        assert keys["Erledigt"] == "e" and keys["Läuft weiter"] == "w" and keys["Verworfen"] == "x"
        assert keys["Letzte Vereinbarung wählen"] == "↓/↑"

        await pilot.press("e")  # the first one
        await pilot.press("down", "w")
        await pilot.press("down", "x")
        await pilot.press("down", "down", "x")  # wraps round to the second one: changed its mind
        await pilot.pause()
        assert [f.state for f in engine.session.follow_ups] == [
            FollowUpState.DONE,
            FollowUpState.DROPPED,
            FollowUpState.DROPPED,
        ]
        shown = static_text(app, "#follow-ups")
        assert "erledigt: Notfallnummern als Liste" in shown and shown.count("verworfen: ") == 2

        # While an agreement is typed, the letters belong to the field and the marking keys are hidden.
        await pilot.press("v")
        await pilot.press("e", "w", "x")
        await pilot.pause()
        assert app.screen.query_one("#agreement-input", Input).value == "ewx"
        assert "Erledigt" not in [d for _k, d in app.screen.query_one(KeyBar).entries()]
        assert engine.session.follow_ups[0].state is FollowUpState.DONE
        assert engine.session.follow_ups[1].state is FollowUpState.DROPPED


async def test_no_follow_up_keys_without_a_last_session(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        engine = app.engine
        assert engine is not None and engine.session.follow_ups == []
        engine.goto("abschluss")
        await pilot.pause()
        assert not app.screen.query("#follow-ups")
        descriptions = [d for _k, d in app.screen.query_one(KeyBar).entries()]
        assert "Erledigt" not in descriptions
