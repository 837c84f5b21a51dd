"""In Abschluss the case giver marks the ideas they take along, with one key (Pilot)."""

from __future__ import annotations

from supervision_tui.models import Consent, Moderation
from supervision_tui.tui.dialogs import ChoiceDialog
from supervision_tui.tui.screens.case import CaseScreen

from .helpers import answer, screen_text


async def test_w_marks_an_idea_as_taken_along(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        engine = app.engine
        assert engine is not None
        engine.join("phone-1")
        case = engine.add_case("Ein Fall", brought_by="T1")
        engine.goto("fallberatung", 4)
        engine.select_case(case.id)
        answer(engine, "phone-1", text="Zu zweit hingehen", consent=Consent.QUOTE)
        engine.moderate(engine.pending()[0].id, Moderation.APPROVED)
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        assert not isinstance(app.screen, ChoiceDialog), "w waits for the closing phase"
        await pilot.press("pagedown")  # Abschluss
        await pilot.pause()
        assert isinstance(app.screen, CaseScreen)
        assert "Zu zweit hingehen" in screen_text(app), "the idea stays on screen"
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("enter")
        await pilot.pause()
        assert engine.current_case().taken_along == [engine.ideas()[0].id]
        assert "✓ Zu zweit hingehen" in screen_text(app)
