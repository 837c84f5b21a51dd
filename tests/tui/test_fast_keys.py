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
