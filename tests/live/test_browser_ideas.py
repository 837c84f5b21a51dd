"""A Beratende's phone in Debian's Chromium at phone size gives two ideas in the Beratung: the second
through "Weitere Idee"; the saved page lists both, each with its own "Ändern", and changing one leaves
the other as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.async_api import expect

from supervision_tui.engine import Engine
from supervision_tui.live.server import LiveServer

from .browser import OVERFLOW_JS, PHONE, TAP_TARGETS_JS, chromium
from .test_browser_roles import _wcag

pytestmark = pytest.mark.e2e

BERATUNG = 4
FIELD = "Ihre Idee oder Frage"


async def test_a_phone_adds_two_ideas_with_weitere_idee_and_changes_one(
    server: LiveServer, url: str, engine: Engine, tmp_path: Path
) -> None:
    engine.goto("fallberatung", BERATUNG)
    engine.select_case(engine.add_case("Streit im Wohnheim").id)
    async with chromium() as browser:
        context = await browser.new_context(viewport=PHONE, locale="de-DE")
        context.set_default_timeout(10_000)
        page = await context.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        await page.goto(url)
        await page.get_by_label("Ich halte die Schweigepflicht ein.").check()
        await page.get_by_role("button", name="Bestätigen und teilnehmen").click()

        await page.get_by_label(FIELD).fill("Mit der Heimleitung sprechen")
        await page.get_by_role("button", name="Senden").click()
        await expect(page.get_by_role("heading", name="Gespeichert")).to_be_visible()
        await page.get_by_role("link", name="Weitere Idee").click()
        await expect(page.get_by_label(FIELD)).to_have_value("")
        await page.get_by_label(FIELD).fill("Dolmetscher dazuholen")
        await page.get_by_label("Darf anonym projiziert").check()
        await page.get_by_role("button", name="Senden").click()

        await expect(page.get_by_role("heading", name="Gespeichert")).to_be_visible()
        ideas = page.locator("li.idea .quote")
        await expect(ideas).to_have_text(["Mit der Heimleitung sprechen", "Dolmetscher dazuholen"])
        await expect(page.get_by_text("2 von höchstens 10 Ideen", exact=False)).to_be_visible()
        await expect(page.get_by_role("link", name="Idee 2 ändern")).to_be_visible()
        targets = await page.evaluate(TAP_TARGETS_JS)
        assert [t for t in targets if t["w"] < 44 or t["h"] < 44] == []
        overflow = await page.evaluate(OVERFLOW_JS)
        assert overflow["scroll"] <= overflow["client"], overflow
        await page.screenshot(path=str(tmp_path / "ideas-saved.png"), full_page=True)
        assert await _wcag(page, "ideas saved") == []

        await page.get_by_role("link", name="Idee 1 ändern").click()
        await expect(page.get_by_label(FIELD)).to_have_value("Mit der Heimleitung sprechen")
        await page.get_by_label(FIELD).fill("Mit der Heimleitung reden")
        await page.get_by_role("button", name="Änderung senden").click()
        await expect(ideas).to_have_text(["Mit der Heimleitung reden", "Dolmetscher dazuholen"])

        stored = [(a.text, a.revision) for a in engine.session.answers if a.phase == BERATUNG]
        assert stored == [("Mit der Heimleitung reden", 2), ("Dolmetscher dazuholen", 1)]
        assert errors == []
