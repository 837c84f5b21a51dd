"""The key bar names the keys in one order on every step screen: Weiter, Zurück, then the rest; also
where a list has the focus (intake) or a text field (closing), as seen in tmux."""

from __future__ import annotations

from textual.widgets import Input

from supervision_tui.tui.widgets.keybar import key_entries


async def test_weiter_comes_before_zurueck_on_every_step_screen(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        engine = app.engine
        assert engine is not None
        seen = {}
        for step in ("runde-1", "anliegen", "fallberatung", "abschluss"):
            engine.goto(step)
            await pilot.pause()
            seen[step] = [description for _, description in key_entries(app.screen)][:2]
        app.screen.query_one("#agreement-input", Input).focus()
        await pilot.pause()
        seen["typing"] = [description for _, description in key_entries(app.screen)][:2]
        assert all(first_two == ["Weiter", "Zurück"] for first_two in seen.values()), seen
