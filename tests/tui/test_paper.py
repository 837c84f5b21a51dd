"""Paper fallback and who brings a case (issue #13), through the console's keys (Pilot)."""

from __future__ import annotations

from textual.widgets import Input, Select

from supervision_tui.engine import AnswerInput
from supervision_tui.models import Agreement, Case, Note, max_length
from supervision_tui.tui.dialogs import AddCaseDialog, PaperAnswerDialog

from .helpers import shown_text


async def test_h_enters_a_mood_for_someone_without_a_phone(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        engine = app.engine
        assert engine is not None
        await pilot.press("pagedown")  # Runde 1: mood
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, PaperAnswerDialog)
        editor = dialog.query_one("#paper-text", Input)
        editor.focus()
        await pilot.press("enter")  # no mood yet: a clear message, nothing stored
        await pilot.pause()
        assert "Bitte erst eine Stimmung wählen." in shown_text(app) and not engine.session.answers
        dialog.query_one("#paper-mood", Select).value = 2
        editor.focus()
        await pilot.press(*"Frau Petrovic war da", "enter")
        await pilot.pause()
        [answer] = engine.session.answers
        assert answer.participant == "P1" and answer.mood == 2 and "Petrovic" not in answer.text
        assert [p.label for p in engine.session.participants if p.paper] == ["P1"]
        assert "Petrovic" not in shown_text(app)


async def test_a_case_the_supervisor_types_names_who_brings_it(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        engine = app.engine
        assert engine is not None
        for phone in ("p1", "p2"):
            engine.join(phone)
        engine.goto("anliegen")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AddCaseDialog)
        dialog.query_one("#case-giver", Select).value = "T2"
        dialog.query_one("#case-title", Input).focus()
        await pilot.press(*"Streit im Wohnheim", "enter")
        await pilot.pause()
        [case] = engine.session.cases
        assert case.brought_by == "T2"


async def test_the_paper_field_shows_only_its_anonymized_preview(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        engine = app.engine
        assert engine is not None
        engine.goto("runde-2")  # Glitzermoment: a sentence
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, PaperAnswerDialog)
        dialog.query_one("#paper-text", Input).focus()
        await pilot.press(*"Frau Petrovic war heute da ")
        await pilot.pause()
        shown = shown_text(app)
        assert "Frau [Person A] war heute da" in shown
        assert "Petrovic" not in shown and not engine.session.answers


async def test_the_paper_field_takes_as_many_characters_as_the_answer_it_becomes(make_app) -> None:
    # A concern's sentence becomes the answer's title, any other its text: the field's limit is the model's.
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        engine = app.engine
        assert engine is not None
        for step, field in (("runde-2", "text"), ("anliegen", "title")):
            engine.goto(step)
            await pilot.pause()
            await pilot.press("h")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, PaperAnswerDialog)
            assert dialog.query_one("#paper-text", Input).max_length == max_length(AnswerInput, field)
            await pilot.press("escape")
            await pilot.pause()


async def test_every_console_text_field_takes_as_many_characters_as_what_it_becomes(make_app) -> None:
    # A typed concern becomes a case, a note a note, an agreement an agreement: each field's limit is
    # its model's, so nothing typed is cut off later without the supervisor seeing it.
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        engine = app.engine
        assert engine is not None
        engine.goto("anliegen")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AddCaseDialog)
        assert app.screen.query_one("#case-title", Input).max_length == max_length(Case, "title")
        await pilot.press("escape")
        engine.goto("fallberatung")
        await pilot.pause()
        assert app.screen.query_one("#note-editor", Input).max_length == max_length(Note, "text")
        engine.goto("abschluss")
        await pilot.pause()
        assert app.screen.query_one("#agreement-input", Input).max_length == max_length(Agreement, "text")
