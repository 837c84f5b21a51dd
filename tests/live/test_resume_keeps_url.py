"""After a crash and resume, the phones in the room keep working: same join token, same labels."""

from __future__ import annotations

import random
import stat
from pathlib import Path

import pytest
from playwright.async_api import expect

from supervision_tui.prompts import DEFAULT_TEMPLATE
from supervision_tui.store import Store
from supervision_tui.tui.app import SupervisionApp
from supervision_tui.tui.dialogs import ConfirmDialog

from .browser import PHONE, chromium
from .helpers import JSON, client, join


def _app(sessions: Path, port: int = 0) -> SupervisionApp:
    return SupervisionApp(
        sessions_dir=sessions, template=DEFAULT_TEMPLATE, host="127.0.0.1", port=port, rng=random.Random(5)
    )


async def test_a_resumed_session_keeps_its_join_token(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    async with client() as phone:
        first = _app(sessions)
        async with first.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            await first.servers_started()  # the form server starts after the first frame
            assert first.server is not None and first.engine is not None and first.join_url
            token = first.server.token
            assert token is not None
            await join(phone, first.join_url)
            [label] = [p.label for p in first.engine.session.participants]
            await pilot.press("pagedown")  # Runde 1
            await pilot.press("ctrl+q", "j")  # quit mid-session: the journal stays
            await pilot.pause()
        session = first.engine.session
        token_file = Store(sessions).token_path(session)
        assert token_file.read_text() == token
        assert stat.S_IMODE(token_file.stat().st_mode) == 0o600

        second = _app(sessions)
        async with second.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            await second.servers_started()  # the form server starts after the first frame
            assert isinstance(second.screen, ConfirmDialog)
            await pilot.press("j")
            await pilot.pause()
            assert second.server is not None and second.engine is not None and second.join_url
            assert second.engine.session.id == session.id
            assert second.server.token == token
            assert second.join_url.endswith(f"/s/{token}")
            # The phone that joined before the crash answers without scanning or confirming again.
            data = {"step": "runde-1", "mood": "5", "consent": "quote"}
            async with phone.post(f"{second.join_url}/answer", data=data, headers=JSON) as r:
                assert r.status == 200, await r.text()
            [answer] = second.engine.session.answers
            assert answer.participant == label and answer.mood == 5
            assert len(second.engine.session.participants) == 1

            second.engine.end()
            await pilot.pause()
        # Once the session has ended the credential is gone with the journal.
        assert not token_file.exists()
        assert not Store(sessions).journal_path(session).exists()


async def test_a_new_session_gets_a_new_token(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    tokens = []
    for _ in range(2):
        app = _app(sessions)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            await app.servers_started()  # the form server starts after the first frame
            if isinstance(app.screen, ConfirmDialog):
                await pilot.press("n")  # do not resume: start afresh
                await pilot.pause()
            assert app.server is not None and app.server.token is not None
            tokens.append(app.server.token)
            assert len(app.server.token) >= 22  # 128 bits, URL-safe
            await pilot.press("ctrl+q", "j")
            await pilot.pause()
    assert tokens[0] != tokens[1]


@pytest.mark.e2e
async def test_an_open_phone_page_follows_the_resumed_session(tmp_path: Path, free_port: int) -> None:
    """Chromium keeps the page open while the app is down; after the resume it follows the next step."""
    sessions = tmp_path / "sessions"
    port = free_port
    async with chromium() as browser:
        context = await browser.new_context(viewport=PHONE, locale="de-DE")
        context.set_default_timeout(15_000)
        page = await context.new_page()

        first = _app(sessions, port)
        async with first.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            await first.servers_started()  # the form server starts after the first frame
            assert first.join_url is not None
            await page.goto(first.join_url)
            await page.get_by_label("Ich halte die Schweigepflicht ein.").check()
            await page.get_by_role("button", name="Bestätigen und teilnehmen").click()
            await pilot.press("pagedown")
            await expect(page.get_by_role("heading", name="Wie geht es Ihnen?")).to_be_visible()
            await pilot.press("ctrl+q", "j")
            await pilot.pause()

        second = _app(sessions, port)
        async with second.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            await second.servers_started()  # the form server starts after the first frame
            await pilot.press("j")  # resume
            await pilot.pause()
            assert second.engine is not None
            await pilot.press("pagedown")  # Runde 2, chosen on the laptop after the restart
            # The page was never reloaded by hand: its event stream reconnected to the new process.
            await expect(
                page.get_by_role("heading", name="Was läuft gut? Was war Ihr Glitzermoment?")
            ).to_be_visible()
            await page.get_by_label("Ihre Antwort").fill("Wieder da.")
            await page.get_by_role("button", name="Senden").click()
            await expect(page.get_by_role("heading", name="Gespeichert")).to_be_visible()
            await pilot.pause()
            [answer] = second.engine.session.answers
            assert answer.text == "Wieder da." and answer.participant == "T1"
