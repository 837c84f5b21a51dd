"""Phones ride out a crash: the app is killed with kill -9 while phone pages are open, then started again.

A real `supervision-tui run` in tmux, Debian's Chromium as the phones (one with JavaScript, one
without). Until the supervisor confirms the resume, the phones read "Die Sitzung wird gleich
fortgesetzt"; after it they show the resumed session's question, nobody reloading by hand.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest

# pytest puts tests/ on sys.path (no __init__.py there): tests/live is the package `live`.
from live.browser import PHONE, chromium
from playwright.async_api import BrowserContext, Page, expect

from .test_tmux import Terminal, launch

pytestmark = pytest.mark.e2e

WAITING = "Die Sitzung wird gleich fortgesetzt"
MOOD = "Wie geht es Ihnen?"
GLITZER = "Was läuft gut? Was war Ihr Glitzermoment?"


async def _phone(context: BrowserContext, url: str) -> Page:
    page = await context.new_page()
    await page.goto(url)
    await page.get_by_label("Ich halte die Schweigepflicht ein.").check()
    await page.get_by_role("button", name="Bestätigen und teilnehmen").click()
    await expect(page.get_by_text("Ihr Kürzel:")).to_be_visible()
    return page


async def _wait(terminal: Terminal, pattern: str) -> str:
    return await asyncio.to_thread(terminal.wait_for, pattern, 20.0)


async def test_open_phone_pages_ride_out_a_kill_9_and_the_resume(
    tmp_path: Path, terminals: list[Terminal], free_port: int
) -> None:
    first = launch(tmp_path, port=free_port)
    terminals.append(first)
    await _wait(first, "Ankommen")
    screen = await _wait(first, rf"http://127\.0\.0\.1:{free_port}/s/\S+")
    match = re.search(rf"http://127\.0\.0\.1:{free_port}/s/[A-Za-z0-9_-]+", screen)
    assert match is not None
    url = match.group(0)

    async with chromium() as browser:
        with_js = await browser.new_context(viewport=PHONE, locale="de-DE")
        without_js = await browser.new_context(viewport=PHONE, locale="de-DE", java_script_enabled=False)
        for context in (with_js, without_js):
            context.set_default_timeout(20_000)
        page = await _phone(with_js, url)
        plain = await _phone(without_js, url)
        first.keys("PageDown")  # Runde 1
        await expect(page.get_by_role("heading", name=MOOD)).to_be_visible()

        first.kill_9()
        second = launch(tmp_path, port=free_port, options="--no-auto-resume")  # the window stays open
        terminals.append(second)
        await _wait(second, "unterbrochen")  # the resume question, not yet answered

        # With JavaScript: the open page reconnected its event stream and says so by itself.
        await expect(page.get_by_role("heading", name=WAITING)).to_be_visible(timeout=20_000)
        # Without: a phone that reloads gets the same words, a 503 with Retry-After and a meta refresh.
        response = await plain.goto(url)
        assert response is not None and response.status == 503
        assert response.headers["retry-after"] == "2"
        await expect(plain.get_by_role("heading", name=WAITING)).to_be_visible()
        assert "neu scannen" not in await plain.content()

        second.keys("j")  # resume
        await _wait(second, "Runde 1")
        # Both pages find the resumed session under the same URL, with their labels.
        await expect(page.get_by_role("heading", name=MOOD)).to_be_visible(timeout=20_000)
        await expect(plain.get_by_role("heading", name=MOOD)).to_be_visible(timeout=20_000)
        await expect(page.get_by_text("Ihr Kürzel: T1")).to_be_visible()
        await expect(plain.get_by_text("Ihr Kürzel: T2")).to_be_visible()

        second.keys("PageDown")  # Runde 2, chosen after the restart: the JS page follows
        await expect(page.get_by_role("heading", name=GLITZER)).to_be_visible()
        await page.get_by_label("Ihre Antwort").fill("Wieder da.")
        await page.get_by_role("button", name="Senden").click()
        await expect(page.get_by_role("heading", name="Gespeichert")).to_be_visible()
