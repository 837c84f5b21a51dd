"""The supervisor reviews a note before it is saved: what the anonymizer found is highlighted; a
missed name can be marked (it becomes a session name) and a false positive released. The review is
a private view: it opens behind the cover, with Enter."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from supervision_tui.tui.app import SupervisionApp
from supervision_tui.tui.dialogs import NoteReviewDialog
from supervision_tui.tui.screens.case import CaseScreen

from .helpers import shown_text, static_text

NOTE = "war wegen zewdu beim amt, Duolingo geht gut"


async def _review(app: SupervisionApp, pilot: Pilot[None], note: str) -> None:
    """The case discussion, `note` typed into the editor, saved: the cover first, then the deliberate reveal."""
    engine = app.engine
    assert engine is not None
    engine.goto("fallberatung", "Spontanerzählung")
    await pilot.pause()
    await pilot.press("e")
    app.screen.query_one("#note-editor", Input).insert_text_at_cursor(note)
    await pilot.press("ctrl+s", "enter")
    await pilot.pause()


async def test_mark_a_missed_name_and_release_a_false_positive(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        engine = app.engine
        assert engine is not None
        engine.goto("fallberatung", "Spontanerzählung")  # the case discussion
        await pilot.pause()
        assert isinstance(app.screen, CaseScreen)
        await pilot.press("e")
        app.screen.query_one("#note-editor", Input).insert_text_at_cursor(NOTE)
        await pilot.press("ctrl+s", "enter")  # the cover first, then the deliberate reveal
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, NoteReviewDialog)

        # Detected: "Duolingo" (a language app, not a person). Missed: "zewdu", typed in lowercase.
        found = dialog.query_one("#review-entities", OptionList)
        assert [str(found.get_option_at_index(i).prompt) for i in range(found.option_count)] == [
            "Duolingo → [Person A]"
        ]
        original = dialog.query_one("#review-original").visual
        styled = {(original.plain[s.start : s.end], str(s.style)) for s in original.spans}
        assert ("zewdu", "bold underline") in styled, styled
        assert {text for text, _ in styled} == {"Duolingo", "zewdu", "  (unsicher: zewdu)"}
        assert "(unsicher: zewdu)" in original.plain
        assert "zewdu" in static_text(app, "#review-result")

        await pilot.press("f")  # release the false positive
        await pilot.pause()
        assert "Duolingo geht gut" in static_text(app, "#review-result")
        assert "„Duolingo“ bleibt in dieser Sitzung lesbar." in static_text(app, "#review-status")

        dialog.query_one("#review-name", Input).focus()
        await pilot.press(*"zewdu", "enter")  # mark the missed name
        await pilot.pause()
        assert "zewdu" not in static_text(app, "#review-result")
        assert "„zewdu“ wird in dieser Sitzung immer maskiert." in static_text(app, "#review-status")
        assert not engine.session.notes, "nothing is stored while reviewing"

        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, CaseScreen)
        note = engine.session.notes[-1].text
        assert "zewdu" not in note and "[Person" in note
        assert "Duolingo geht gut" in note
        # Both decisions hold for the rest of the session.
        later = engine.add_note("zewdu hat angerufen, Duolingo passt").text
        assert "zewdu" not in later and "Duolingo" in later


async def test_escape_returns_to_the_note_without_saving(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        engine = app.engine
        assert engine is not None
        await _review(app, pilot, "Anruf von Frau Haddad")
        assert isinstance(app.screen, NoteReviewDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CaseScreen)
        assert not engine.session.notes
        assert app.screen.query_one("#note-editor", Input).value == "Anruf von Frau Haddad"


async def test_a_judged_doubt_makes_way_for_the_next_one(make_app) -> None:
    """The same keys as in the queue: b keeps the first doubt, x masks the next. A word once judged is no
    doubt again; the letter of a participant code ("T1") is none to begin with."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        engine = app.engine
        assert engine is not None
        await _review(app, pilot, "T1 war mit ahmo und zewdu beim amt")
        assert isinstance(app.screen, NoteReviewDialog)
        assert "(unsicher: ahmo, zewdu)" in static_text(app, "#review-original")
        await pilot.press("b")  # "ahmo" is no name: kept
        await pilot.pause()
        assert "„ahmo“ bleibt in dieser Sitzung lesbar." in static_text(app, "#review-status")
        assert "(unsicher: zewdu)" in static_text(app, "#review-original")
        await pilot.press("x")  # the next doubt is a name: masked
        await pilot.pause()
        assert "„zewdu“ wird in dieser Sitzung immer maskiert." in static_text(app, "#review-status")
        assert "unsicher" not in static_text(app, "#review-original")
        await pilot.press("ctrl+s")
        await pilot.pause()
        note = engine.session.notes[-1].text
        assert note.startswith("T1 war mit ahmo und [Person") and "zewdu" not in note
        assert engine.doubts("T1 kommt mit ahmo wieder") == [], "the choice holds for the rest of the session"


async def test_at_80x24_the_review_keeps_its_keys_on_screen(make_app) -> None:
    """A long note at 80×24: the key bar with "Strg+S Speichern" lay below the window's edge."""
    from supervision_tui.tui.widgets import KeyBar

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        engine = app.engine
        assert engine is not None
        engine.goto("fallberatung", 1)
        await pilot.pause()
        await pilot.press("e")
        app.screen.query_one("#note-editor", Input).insert_text_at_cursor(
            "Frau Petrović ruft T2 auch sonntags an, Handy 0157 98765432, wohnt in der Lindenstraße 12 "
            "in Enger bei Herrn Okafor."
        )
        await pilot.press("enter")  # the cover
        await pilot.pause()
        await pilot.press("enter")  # the review
        await pilot.pause()
        assert isinstance(app.screen, NoteReviewDialog)
        bar = app.screen.query_one(KeyBar)
        assert bar.region.height >= 1 and bar.region.bottom <= 24, bar.region
        assert "Speichern" in str(bar.render())
        assert app.screen.query_one("#review-name", Input).region.bottom <= 24


async def test_a_name_typed_on_the_list_goes_into_the_name_field(make_app) -> None:
    # On the walk of the twenty-second session the supervisor typed a missed name right away: the list had the
    # focus, and the two "f" of "Hoffnung" released the first two entities ("Tesfanesh", the age), which were
    # then saved readable. A letter the list does not bind moves the typing into the name field.
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        engine = app.engine
        assert engine is not None
        await _review(app, pilot, "Tesfanesh, Rufname Hoffnung, ist 19 und lernt viel.")
        dialog = app.screen
        assert isinstance(dialog, NoteReviewDialog)
        assert isinstance(dialog.focused, OptionList)
        await pilot.press(*"Hoffnung", "enter")
        await pilot.pause()
        result = static_text(app, "#review-result")
        assert "Tesfanesh" not in result and "ist 19" not in result and "Hoffnung" not in result, result
        assert "„Hoffnung“ wird in dieser Sitzung immer maskiert." in static_text(app, "#review-status")
        await pilot.press("ctrl+s")
        await pilot.pause()
        note = engine.session.notes[-1].text
        assert "Tesfanesh" not in note and "Hoffnung" not in note, note


async def test_a_saved_note_says_where_it_stays_and_stays_there(make_app) -> None:
    """The supervisor is told that a note is for them alone, and the coordinator's file bears it out."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        engine = app.engine
        assert engine is not None
        await _review(app, pilot, "Gefühl von Ohnmacht beim Kinderarzttermin, Hausaufgabe für mich")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, CaseScreen)
        [said] = [n.message for n in app._notifications]
        assert said.startswith("Notiz gespeichert (anonymisiert).")
        assert "nicht in der Datei der Koordination" in said and "nicht auf dem Beamer" in said
        assert "Notizen (anonymisiert, nur für Sie)" in shown_text(app)
        path = engine.end()
        assert path is not None
        stored = path.read_text(encoding="utf-8")
        assert "Ohnmacht" not in stored and "Hausaufgabe" not in stored
