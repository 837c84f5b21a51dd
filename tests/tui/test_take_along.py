"""In Abschluss the case giver marks the ideas they take along, with one key (Pilot)."""

from __future__ import annotations

from textual import events
from textual.widgets import OptionList

from supervision_tui.engine import Engine
from supervision_tui.models import Consent, Moderation
from supervision_tui.tui.dialogs import ChoiceDialog
from supervision_tui.tui.screens.case import CaseScreen

from .helpers import answer, screen_text, static_text


def _in_the_beratung(engine: Engine, *phones: str) -> None:
    """The phones join (the first is T1), T1 brings the case, and the Beratung of its discussion begins."""
    for phone in phones:
        engine.join(phone)
    case = engine.add_case("Ein Fall", brought_by="T1")
    engine.goto("fallberatung", "Beratung")
    engine.select_case(case.id)


async def test_w_marks_an_idea_as_taken_along(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        engine = app.engine
        assert engine is not None
        _in_the_beratung(engine, "phone-1", "phone-2")
        # from a Beratende: the case giver (T1) listens in the Beratung and sends no idea
        answer(engine, "phone-2", text="Zu zweit hingehen", consent=Consent.QUOTE)
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


async def _summary_after_taking_along(make_app, phones: int) -> str:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        engine = app.engine
        assert engine is not None
        _in_the_beratung(engine, *(f"phone-{n}" for n in range(phones)))
        answer(engine, "phone-1", text="Zu zweit hingehen", consent=Consent.QUOTE)
        answer(engine, "phone-2", text="Die Beratungsstelle fragen", consent=Consent.QUOTE)
        for pending in engine.pending():
            engine.moderate(pending.id, Moderation.APPROVED)
        engine.goto("fallberatung", "Abschluss")
        engine.take_along(engine.ideas()[0].id)
        engine.goto("abschluss")
        await pilot.pause()
        await pilot.press("pagedown")  # past the last step: the end dialog
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        assert "Zusammenfassung" in screen_text(app)
        return static_text(app, "#summary-taken-along")


async def test_the_summary_shows_what_the_case_giver_took_along(make_app) -> None:
    shown = await _summary_after_taking_along(make_app, phones=5)
    assert "Mitgenommen" in shown and "Zu zweit hingehen" in shown
    assert "Die Beratungsstelle fragen" not in shown, "only what was marked"


async def test_with_fewer_than_five_present_the_summary_does_not_quote_what_was_taken_along(make_app) -> None:
    shown = await _summary_after_taking_along(make_app, phones=4)
    assert "Zu zweit hingehen" not in shown and "weniger als 5" in shown


async def test_two_ideas_from_one_phone_are_two_cards_and_taken_along_one_by_one(make_app) -> None:
    """A Beratende gives two ideas from one phone: the console's idea column shows both, the take-along
    list offers both, and marking one marks only that one."""
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        engine = app.engine
        assert engine is not None
        _in_the_beratung(engine, "phone-1", "phone-2")
        answer(engine, "phone-2", text="Hingehen")
        answer(engine, "phone-2", text="Stelle fragen")
        assert len(engine.pending()) == 2, "two ideas wait in the queue, not one revised"
        for pending in engine.pending():
            engine.moderate(pending.id, Moderation.APPROVED)
        await pilot.pause()
        shown = screen_text(app)
        assert "Hingehen" in shown and "Stelle fragen" in shown, "both in the column"
        await pilot.press("pagedown")  # Abschluss
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        choices = app.screen.query_one("#choices", OptionList)
        offered = [str(choices.get_option_at_index(i).prompt) for i in range(choices.option_count)]
        assert offered == ["○ Hingehen", "○ Stelle fragen"]
        await pilot.press("down", "enter")  # the second idea
        await pilot.pause()
        second = engine.ideas()[1]
        assert second.text == "Stelle fragen"
        assert engine.current_case().taken_along == [second.id]
        shown = screen_text(app)
        assert "✓ Stelle fragen" in shown and "✓ Hingehen" not in shown


async def test_down_then_enter_marks_the_second_idea(make_app) -> None:
    """The list opens with the first idea highlighted and has the keys: ↓ goes to the second, Enter marks
    that one (a supervisor's ↓ went nowhere and Enter marked the first)."""
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        engine = app.engine
        assert engine is not None
        _in_the_beratung(engine, "phone-1", "phone-2", "phone-3")
        answer(engine, "phone-2", text="Zu zweit hingehen", consent=Consent.QUOTE)
        answer(engine, "phone-3", text="Die Beratungsstelle fragen", consent=Consent.QUOTE)
        for pending in engine.pending():
            engine.moderate(pending.id, Moderation.APPROVED)
        engine.goto("fallberatung", 5)
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        choices = app.screen.query_one("#choices", OptionList)
        assert app.screen.focused is choices and choices.highlighted == 0
        # as a terminal delivers ↓⏎ typed fast: both keys queued before either is handled
        app.post_message(events.Key("down", None))
        app.post_message(events.Key("enter", "\r"))
        await pilot.pause()
        await pilot.pause()
        second = next(i for i in engine.ideas() if i.text == "Die Beratungsstelle fragen")
        assert engine.current_case().taken_along == [second.id]
