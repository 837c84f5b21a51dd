"""The cover in front of the private views, and how the start screen and help explain the two views."""

from __future__ import annotations

from pathlib import Path

import pytest

from supervision_tui.tui.dialogs import CoverScreen, HelpScreen, ModerationScreen
from supervision_tui.tui.screens.case import CaseScreen
from supervision_tui.tui.screens.round import RoundScreen
from supervision_tui.tui.screens.start import StartScreen
from supervision_tui.tui.widgets import KeyBar

from .helpers import answer, open_queue, shown_text, static_text


async def test_m_shows_the_cover_whose_keys_are_in_the_footer(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        engine = app.engine
        assert engine is not None
        await pilot.press("pagedown", "pagedown")
        answer(engine, "phone-1", text="Ganz im Vertrauen", private_talk=True)
        await pilot.press("m")
        await pilot.pause()
        cover = app.screen
        assert isinstance(cover, CoverScreen)
        assert not cover.query(ModerationScreen) and not any(
            isinstance(s, ModerationScreen) for s in app.screen_stack
        ), "the queue is not even built before the reveal"
        assert cover.query_one(KeyBar).entries() == [("Enter", "Anzeigen"), ("Esc/m", "Zurück")]
        shown = shown_text(app)
        assert "Beamer-Ansicht verdeckt" in shown and "Beamer jetzt stummschalten" not in shown
        assert "Beamer stummschalten (Bild aus)" in shown
        assert "Enter zeigt die Ansicht · Esc geht zurück" in shown
        # Opaque: the round below (its header, its key bar) is not painted through the cover.
        assert "Runde 2" not in shown and "Weiter" not in shown

        await pilot.press("m")  # m again closes the cover, like Esc
        await pilot.pause()
        assert isinstance(app.screen, RoundScreen)
        await pilot.press("m", "escape")
        await pilot.pause()
        assert isinstance(app.screen, RoundScreen)
        await open_queue(pilot)
        assert "Ganz im Vertrauen" in shown_text(app)
        await pilot.press("escape")  # the queue closes straight back to the step, not to the cover
        await pilot.pause()
        assert isinstance(app.screen, RoundScreen)


async def test_cover_in_english(make_app) -> None:
    app = make_app(lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("pagedown", "m")
        await pilot.pause()
        assert isinstance(app.screen, CoverScreen)
        shown = shown_text(app)
        assert "Projector view covered" in shown
        assert "Behind it: review, private answers and talk requests – for you only." in shown
        assert app.screen.query_one(KeyBar).entries() == [("Enter", "Show"), ("Esc/m", "Back")]


async def test_note_review_cover_goes_back_to_the_note(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        engine = app.engine
        assert engine is not None
        engine.goto("fallberatung", "Spontanerzählung")
        await pilot.pause()
        await pilot.press("e", *"Anruf", "enter")  # Enter in the note field: review, behind the cover
        await pilot.pause()
        assert isinstance(app.screen, CoverScreen)
        assert "Notiz prüfen" in shown_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CaseScreen)
        assert app.screen.focused is app.screen.query_one("#note-editor")  # typing goes on
        await pilot.press(*" bei T2")
        assert not engine.session.notes
        assert "Vorschau (anonymisiert): Anruf bei …" in shown_text(app)  # "T2" is still being typed


async def test_start_screen_and_help_explain_the_two_views(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(template=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        shown = shown_text(app)
        assert "Beamer einrichten: Erweiterter Bildschirm – dieses Fenster bleibt auf dem Laptop" in shown
        # a sessions dir other than the default is part of the command the projection needs
        # (a long path wraps inside a word: compared without whitespace)
        command = f"supervision-tui beamer --sessions-dir {tmp_path / 'sessions'}"
        assert "".join(command.split()) in "".join(shown.split())
        assert "Gespiegelt (ein Fenster) – sicher voreingestellt" in shown
        button = app.screen.query_one("#start-button")
        assert button.region.bottom <= app.screen.query_one("#start-views").region.y  # nothing cut off

    monkeypatch.chdir(tmp_path)  # the default, relative sessions dir: the plain command
    app = make_app(sessions_dir=Path("sessions"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("pagedown", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        views = static_text(app, "#help-views")
        assert views.startswith("Zwei Ansichten: erweiterter Bildschirm – diese Konsole auf dem Laptop, ")
        assert "supervision-tui beamer in einem zweiten Terminalfenster auf dem Beamer." in views
        assert "Gespiegelt (ein Fenster) – sicher voreingestellt" in views
