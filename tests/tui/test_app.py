"""The app shell: timer keys, quitting, resuming, the start screen, help, themes, languages."""

from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path

import pytest
from domain._support import FakeClock
from textual.widgets import Input, OptionList

from supervision_tui.engine import Engine
from supervision_tui.models import Consent, Moderation
from supervision_tui.prompts import find_template, list_templates
from supervision_tui.store import Store
from supervision_tui.tui import messages
from supervision_tui.tui.app import SupervisionApp
from supervision_tui.tui.dialogs import ConfirmDialog, HelpScreen, QrScreen
from supervision_tui.tui.screens import start as start_screen
from supervision_tui.tui.screens.closing import ClosingScreen
from supervision_tui.tui.screens.join import JoinScreen
from supervision_tui.tui.screens.round import RoundScreen
from supervision_tui.tui.screens.start import StartScreen
from supervision_tui.tui.widgets import KeyBar, QRCode, TimerDisplay

from .conftest import JOIN_URL, TEMPLATE
from .helpers import answer, screen_text, shown_text, static_text, until


async def test_timer_keys_with_injected_clock(make_app, clock: FakeClock) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("pagedown")  # Runde 1: 15 minutes
        await pilot.pause()
        timer = app.screen.query_one(TimerDisplay)
        assert timer.value == "15:00"
        assert timer.has_class("-paused")
        await pilot.press("t")
        clock.advance(65)
        # the screen repaints the timer twice a second: on a loaded machine a fixed pause may end before it
        await until(pilot, lambda: timer.value != "15:00")
        assert timer.value == "13:55"
        assert not timer.has_class("-paused")
        await pilot.press("plus")
        assert timer.value == "14:55"
        await pilot.press("asterisk")
        assert timer.value == "19:55"
        await pilot.press("t")  # pause: time stands still
        clock.advance(600)
        await pilot.pause(0.6)
        assert timer.value == "19:55"
        await pilot.press("t")
        clock.advance(19 * 60 + 55 + 90)
        await until(pilot, lambda: timer.value != "19:55")
        assert timer.value == "+01:30"
        assert timer.has_class("-overrun")
        assert "Zeit überschritten" in static_text(app, "#timer-state")


async def test_quit_asks_and_keeps_the_journal_for_resume(make_app, tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("pagedown")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, RoundScreen)
        assert app.is_running
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
    assert app.return_code == 0
    unfinished = Store(tmp_path / "sessions").unfinished()
    assert len(unfinished) == 1
    assert unfinished[0].session is not None and unfinished[0].session.current_step == 1


async def test_resume_from_the_start_screen(make_app, tmp_path: Path) -> None:
    store = Store(tmp_path / "sessions")
    engine = Engine.start(
        find_template(TEMPLATE), title="Novembertreffen", date=dt.date(2026, 11, 24), store=store
    )
    engine.join("phone-1")
    engine.next()
    engine.next()  # Runde 2
    answer(engine, "phone-1", text="Ein guter Moment")
    engine.close()  # the app died / was quit mid-session

    app = make_app(template=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        resume = app.screen.query_one("#resume", OptionList)
        prompt = str(resume.get_option_at_index(0).prompt)
        assert "Novembertreffen" in prompt and "Runde 2" in prompt and "1 Antwort " in prompt + " "
        resume.focus()
        resume.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RoundScreen)
        assert app.engine is not None
        assert app.engine.position.step.id == "runde-2"
        assert app.engine.session.answers[0].text == "Ein guter Moment"
        assert app.engine.pending()  # still waiting for approval after the restart
        app.engine.moderate(app.engine.pending()[0].id, Moderation.APPROVED)
        await pilot.pause()
        assert "Ein guter Moment" in screen_text(app)


@pytest.mark.parametrize("resume", [True, False])
async def test_run_with_template_offers_to_resume(make_app, tmp_path: Path, resume: bool) -> None:
    """`run --template` after a crash: asks first; yes continues the old session, no starts anew."""
    store = Store(tmp_path / "sessions")
    old = Engine.start(
        find_template(TEMPLATE), title="Altes Treffen", date=dt.date(2026, 11, 24), store=store
    )
    old.next()
    old.close()

    app = make_app(session_id="fresh0001")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert "Altes Treffen" in screen_text(app)
        await pilot.press("j" if resume else "n")
        await pilot.pause()
        assert app.engine is not None
        if resume:
            assert app.engine.session.id == old.session.id
            assert isinstance(app.screen, RoundScreen)
        else:
            assert app.engine.session.id == "fresh0001"
            assert isinstance(app.screen, JoinScreen)


async def test_corrupt_journal_is_listed_with_its_message(make_app, tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    sessions.mkdir()
    (sessions / "2026-11-01-kaputt-abcdef99.journal.jsonl").write_text('{"type": "nonsense"}\n')
    app = make_app(template=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        resume = app.screen.query_one("#resume", OptionList)
        option = resume.get_option_at_index(0)
        assert option.disabled
        assert "2026-11-01-kaputt-abcdef99.journal.jsonl" in str(option.prompt)
        assert "beschädigt" in str(option.prompt)


async def test_start_screen_starts_a_session_and_shows_broken_templates(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = tmp_path / "templates"
    extra.mkdir()
    (extra / "kaputt.toml").write_text('title = "Kaputt"\n[[steps]]\nid = "a"\nkind = "round"\ntitle = "A"\n')
    monkeypatch.setattr(start_screen, "list_templates", lambda: list_templates([extra]))
    app = make_app(template=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        templates = app.screen.query_one("#templates", OptionList)
        prompts = [templates.get_option_at_index(i) for i in range(templates.option_count)]
        broken = next(o for o in prompts if o.id == "kaputt")
        assert broken.disabled
        assert "fehlerhaft" in str(broken.prompt) and "minutes: fehlt" in str(broken.prompt)
        assert templates.highlighted == 0  # the default template comes first
        assert prompts[0].id == TEMPLATE
        await pilot.press("tab")  # Enter here would start at once; Tab reaches the title first
        await pilot.pause()
        assert app.screen.focused is app.screen.query_one("#title", Input)
        await pilot.press(*"Novembertreffen")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, JoinScreen)
        assert app.engine is not None
        assert app.engine.session.title == "Novembertreffen"
        assert app.engine.session.date == dt.date(2026, 11, 24)


async def test_start_screen_rejects_a_bad_date(make_app) -> None:
    app = make_app(template=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.screen.query_one("#date", Input).value = "32.13.2026"
        app.screen.query_one("#title", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert app.engine is None


async def test_help_overlay_lists_the_keys_in_german(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("pagedown", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = static_text(app, "#help-keys")
        for label in (
            "Weiter",
            "Zurück",
            "Timer",
            "+1 Min",
            "+5 Min",
            "Freigabe",
            "QR-Code",
            "Auslosen",
            "Beenden",
        ):
            assert label in text
        assert "Bild↓" in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, RoundScreen)


async def test_key_bar_shows_every_key_at_80_columns(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("pagedown")
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        shown = str(bar.render())
        for _key, description in bar.entries():
            assert description in shown
        assert bar.region.height >= 2  # wrapped, not cut off
        assert bar.region.bottom == 24


async def test_qr_modal_for_latecomers(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("pagedown", "c")
        await pilot.pause()
        assert isinstance(app.screen, QrScreen)
        assert app.screen.query_one(QRCode).data == JOIN_URL
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, RoundScreen)


async def test_letter_keys_type_into_fields(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        engine = app.engine
        assert engine is not None
        engine.goto("abschluss")
        await pilot.pause()
        assert isinstance(app.screen, ClosingScreen)
        await pilot.press("v", *"tmcd")
        await pilot.pause()
        assert app.screen.query_one("#agreement-input", Input).value == "tmcd"
        assert not engine.timer.running
        assert isinstance(app.screen, ClosingScreen)
        assert app.theme == "projektor"
        descriptions = [d for _k, d in app.screen.query_one(KeyBar).entries()]
        assert "Timer" not in descriptions and "Eingabe verlassen" in descriptions


async def test_theme_key_cycles_projector_light_dark(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.theme == "projektor"
        assert app.current_theme.background == "#000000"
        await pilot.press("d")
        assert app.theme == "hell"
        await pilot.press("d")
        assert app.theme == "dunkel"
        await pilot.press("d")
        assert app.theme == "projektor"


async def test_english_texts(make_app) -> None:
    app = make_app(lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("pagedown")
        await pilot.pause()
        descriptions = [d for _k, d in app.screen.query_one(KeyBar).entries()]
        assert "Next" in descriptions and "Draw order" in descriptions
        assert "Weiter" not in descriptions


async def test_previous_goes_back_and_blitzlicht_keys_only_in_blitzlicht_rounds(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        assert app.engine is not None and app.engine.position.step.id == "runde-2"
        descriptions = [d for _k, d in app.screen.query_one(KeyBar).entries()]
        assert "Auslosen" not in descriptions
        await pilot.press("l")
        assert app.engine.speaking_order() is None
        await pilot.press("pageup")
        await pilot.pause()
        assert app.engine.position.step.id == "runde-1"
        assert isinstance(app.screen, RoundScreen)


def test_session_updates_collapse_but_step_changes_do_not() -> None:
    assert messages.SessionUpdated().can_replace(messages.SessionUpdated())
    assert not messages.StepMoved(1, 0).can_replace(messages.StepMoved(2, 0))
    assert not messages.SessionUpdated().can_replace(messages.StepMoved(2, 0))


async def test_answer_burst_is_one_repaint(make_app) -> None:
    app = make_app()
    seen: list[object] = []
    async with app.run_test(size=(100, 30), message_hook=seen.append) as pilot:
        await pilot.press("pagedown")
        await pilot.pause()
        engine = app.engine
        assert engine is not None
        seen.clear()
        for i in range(30):
            answer(engine, f"phone-{i}", mood=3)
        await pilot.pause()
        updates = [m for m in seen if isinstance(m, messages.SessionUpdated)]
        assert 1 <= len(updates) < 30
        assert str(len(engine.session.answers)) == app.screen.query_one("#answer-count").value


async def test_live_server_runs_in_the_app_and_stops_on_exit(
    tmp_path: Path, clock: FakeClock, free_port: int
) -> None:
    port = free_port
    app = SupervisionApp(
        tmp_path / "sessions",
        template=TEMPLATE,
        host="127.0.0.1",
        port=port,
        token="tok999",
        clock=clock,
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.servers_started()  # right after the first frame
        await pilot.pause()
        assert app.server is not None
        assert app.join_url == f"http://127.0.0.1:{app.server.port}/s/tok999"
        assert app.screen.query_one(QRCode).data == app.join_url
        with socket.create_connection(("127.0.0.1", app.server.port), timeout=2):
            pass
        await pilot.press("ctrl+q", "j")
        await pilot.pause()
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", app.server.port), timeout=1):
        pass


async def test_demo_phones_answer_over_http(tmp_path: Path, clock: FakeClock) -> None:
    app = SupervisionApp(
        tmp_path / "sessions",
        template=TEMPLATE,
        host="127.0.0.1",
        port=0,
        demo=True,
        demo_participants=4,
        clock=clock,
    )
    async with app.run_test(size=(100, 30)) as pilot:
        engine = app.engine
        assert engine is not None
        for _ in range(50):
            await pilot.pause(0.1)
            if len(engine.session.participants) == 4:
                break
        assert len(engine.session.participants) == 4
        await pilot.press("pagedown")
        for _ in range(50):
            await pilot.pause(0.1)
            if sum(engine.mood_histogram()) == 4:
                break
        assert sum(engine.mood_histogram()) == 4
        assert "DEMO" in static_text(app, "#header-info")


async def test_ending_names_the_answers_that_still_wait_for_approval(make_app) -> None:
    """An answer its author let be shown reaches the record only approved; the end is the last chance (a walk
    ended with two such answers waiting and no word about them). A private answer never waits: not counted."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        engine = app.engine
        assert engine is not None
        engine.goto("runde-2")
        answer(engine, "d1", text="Mut und Geduld")
        answer(engine, "d2", text="nur für die Supervision", consent=Consent.PRIVATE)
        engine.goto(len(engine.agenda.steps) - 1)
        await pilot.pause()
        await pilot.press("pagedown")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert "Noch ohne Freigabe: 1 " in shown_text(app)
        await pilot.press("n")
        await pilot.pause()
        engine.moderate(engine.session.answers[0].id, Moderation.APPROVED)
        await pilot.press("pagedown")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert "Sitzung jetzt abschließen?" in shown_text(app)
        assert "Noch ohne Freigabe" not in shown_text(app)
