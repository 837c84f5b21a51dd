"""Entering the case discussion with the one case taken at intake: it is chosen, no key needed (Pilot)."""

from __future__ import annotations

from supervision_tui.tui.screens.case import CaseScreen

from .helpers import static_text


async def _case_title_after_taking(make_app, titles: list[str]) -> str:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        engine = app.engine
        assert engine is not None
        engine.join("phone-1")
        for title in titles:
            engine.add_case(title, brought_by="T1")
        engine.goto("pause")
        await pilot.pause()
        await pilot.press("pagedown")  # into the case discussion, as the remote does
        await pilot.pause()
        assert isinstance(app.screen, CaseScreen)
        shown = static_text(app, "#case-title")
        current = engine.current_case()
        assert (current.title if current else None) == (titles[0] if len(titles) == 1 else None)
        return shown


async def test_the_only_case_taken_is_the_one_discussed(make_app) -> None:
    shown = await _case_title_after_taking(make_app, ["Ärger mit dem Amt"])
    assert "Ärger mit dem Amt" in shown and "Taste f" not in shown


async def test_with_two_cases_the_supervisor_chooses(make_app) -> None:
    shown = await _case_title_after_taking(make_app, ["Ärger mit dem Amt", "Schulwechsel"])
    assert "Noch kein Fall gewählt" in shown
