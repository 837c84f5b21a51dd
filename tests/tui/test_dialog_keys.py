"""The key bar of a dialog says how to finish it, and that key works from every field of the dialog."""

from __future__ import annotations

from textual.widgets import Input

from supervision_tui.models import Urgency
from supervision_tui.tui.dialogs import AddCaseDialog, ChoiceDialog
from supervision_tui.tui.widgets.keybar import key_entries


async def test_a_typed_concern_is_saved_from_its_last_field(make_app) -> None:
    """Title, urgency, who brings it: in that order, then save, without going back to the title."""
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        engine = app.engine
        assert engine is not None
        engine.join("p1")
        engine.goto("anliegen")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AddCaseDialog)
        assert ("Strg+S", "Speichern") in key_entries(app.screen)
        app.screen.query_one("#case-title", Input).focus()
        await pilot.press(*"Streit im Wohnheim")
        await pilot.press("tab", "enter", "down", "enter")  # urgency: dringend
        await pilot.press("tab", "enter", "down", "enter")  # brings it: T1
        await pilot.pause()
        assert ("Strg+S", "Speichern") in key_entries(app.screen)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, AddCaseDialog)
        [case] = engine.session.cases
        assert (case.title, case.urgency, case.brought_by) == ("Streit im Wohnheim", Urgency.HIGH, "T1")


async def test_a_choice_says_that_enter_chooses(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        engine = app.engine
        assert engine is not None
        first = engine.add_case("Erster Fall")
        second = engine.add_case("Zweiter Fall")
        engine.goto("fallberatung")
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        assert ("Enter", "Auswählen") in key_entries(app.screen)
        await pilot.press("down", "enter")
        await pilot.pause()
        current = engine.current_case()
        assert current is not None and current.id == second.id != first.id


async def test_the_arrows_are_shown_where_a_list_has_focus_and_pause_while_typing(make_app) -> None:
    """Intake focuses its list of concerns: → and ← still move on and back, and the key bar says so, as
    on every step; in a text field they move the cursor and the step stays."""
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        engine = app.engine
        assert engine is not None
        engine.goto("anliegen")
        await pilot.pause()
        keys = dict((description, key) for key, description in key_entries(app.screen))
        assert "→" in keys["Weiter"] and "←" in keys["Zurück"], keys
        await pilot.press("right")
        await pilot.pause()
        assert engine.position.step.id == "pause"
        await pilot.press("left")
        await pilot.pause()
        assert engine.position.step.id == "anliegen"
        engine.goto("abschluss")
        await pilot.pause()
        await pilot.press("v")  # the agreement field
        await pilot.press(*"abc", "left", "left", "right")
        await pilot.pause()
        field = app.screen.query_one("#agreement-input", Input)
        assert engine.position.step.id == "abschluss" and field.cursor_position == 2
