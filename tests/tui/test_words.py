"""Words on screen (issue #13): no English key in the German confirm dialog, the start screen's step
count in words, and a clear word when topic tags have no case yet."""

from __future__ import annotations

from supervision_tui.tui.dialogs import ConfirmDialog, TopicsDialog

from .helpers import shown_text


async def test_confirm_dialog_shows_only_german_keys_and_topics_need_a_case(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        engine = app.engine
        assert engine is not None
        engine.goto(3)  # intake, no case yet
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause(0.5)
        assert not isinstance(app.screen, TopicsDialog)
        assert any("Erst einen Fall wählen" in n.message for n in app._notifications)
        engine.add_case("Ein Fall")
        await pilot.pause()
        app.screen.query_one("#cases").focus()
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, TopicsDialog)
        assert "Leertaste" in shown_text(app)
        await pilot.press("escape")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        shown = shown_text(app)
        assert " j Ja" in shown and "j/y" not in shown
        await pilot.press("y")  # still works for English keyboard habits
        await pilot.pause()
