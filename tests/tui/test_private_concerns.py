"""Intake: private concerns are counted on the shared screen, listed only behind the cover, and a case
taken from one shows no title."""

from __future__ import annotations

from supervision_tui.models import Consent, Urgency
from supervision_tui.tui.dialogs import ChoiceDialog

from .helpers import answer, shown_text

SECRET = "Gewalt in der Unterkunft"


async def test_a_private_concern_is_taken_behind_the_cover(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        engine = app.engine
        assert engine is not None
        engine.goto("anliegen")
        await pilot.pause()
        answer(engine, "p1", title=SECRET, urgency=Urgency.HIGH, consent=Consent.PRIVATE)
        await pilot.pause()
        shared = shown_text(app)
        assert "1 private Anliegen" in shared and SECRET not in shared
        await pilot.press("i")
        await pilot.pause()
        assert "Beamer-Ansicht verdeckt" in shown_text(app) and SECRET not in shown_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog) and SECRET in shown_text(app)
        await pilot.press("enter")
        await pilot.pause()
        [case] = engine.session.cases
        assert case.private
        shared = shown_text(app)
        assert SECRET not in shared and "(privates Anliegen)" in shared
        engine.goto("fallberatung")
        engine.select_case(case.id)
        await pilot.pause()
        assert SECRET not in shown_text(app), "the case discussion shows no private title"
