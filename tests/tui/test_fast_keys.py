"""Keys typed fast, as a terminal delivers them (both queued before either is handled): the key that
ends a dialog acts after the key before it, never before (Pilot)."""

from __future__ import annotations

from textual import events
from textual.widgets import OptionList

from supervision_tui.models import Topic
from supervision_tui.tui.dialogs import TopicsDialog

from .helpers import answer


async def test_space_then_enter_ticks_the_topic_before_the_dialog_closes(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        engine = app.engine
        assert engine is not None
        engine.goto("anliegen")
        answer(engine, "d1", title="Aggression im Wartezimmer", urgency="high")
        engine.case_from_answer(engine.session.answers[0].id)
        await pilot.pause()
        app.screen.query_one("#cases", OptionList).focus()
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, TopicsDialog)
        app.post_message(events.Key("space", " "))
        app.post_message(events.Key("enter", "\r"))
        await pilot.pause()
        await pilot.pause()
        assert not isinstance(app.screen, TopicsDialog)
        assert engine.session.cases[0].tags == [next(iter(Topic))], "the first topic, ticked by the space"


async def test_a_title_typed_fast_then_ctrl_s_is_saved_whole(make_app) -> None:
    """The supervisor types a concern and presses Strg+S at once: every letter typed before it is in
    the saved concern (a priority Strg+S ran before the field had taken the last letters)."""
    from textual.widgets import Input

    from supervision_tui.tui.dialogs.add_case import AddCaseDialog

    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        engine = app.engine
        assert engine is not None
        engine.goto("anliegen")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AddCaseDialog)
        assert app.screen.focused is app.screen.query_one("#case-title", Input)
        for letter in "Streit beim Amt":
            app.post_message(events.Key("space" if letter == " " else letter, letter))
        app.post_message(events.Key("ctrl+s", None))
        await pilot.pause()
        await pilot.pause()
        assert not isinstance(app.screen, AddCaseDialog)
        assert [c.title for c in engine.session.cases] == ["Streit beim Amt"]
