"""A late answer in Debian's Chromium: the round moves on while a phone types, and nothing typed is lost.

Without JavaScript the phone does not notice the change; its Senden is refused (409) and the page keeps
the text, names the new question and offers to send it there. With JavaScript the form stays while it
holds unsent input and says the question has changed; the copy button is an enhancement.
"""

from __future__ import annotations

import pytest
from playwright.async_api import Page, expect

from supervision_tui.engine import Engine
from supervision_tui.live.server import LiveServer
from supervision_tui.models import Consent

from .browser import OVERFLOW_JS, PHONE, TAP_TARGETS_JS, chromium

pytestmark = pytest.mark.e2e

TYPED = "Ein Kind hat mir stolz sein Zeugnis gezeigt <3"


async def _join_and_type(page: Page, url: str, engine: Engine) -> None:
    engine.goto("runde-2")
    await page.goto(url)
    await page.get_by_label("Ich halte die Schweigepflicht ein.").check()
    await page.get_by_role("button", name="Bestätigen und teilnehmen").click()
    await page.get_by_label("Ihre Antwort").fill(TYPED)
    await page.get_by_label("Darf anonym projiziert / ins Protokoll übernommen werden").check()


async def _send_to_the_new_question(page: Page, engine: Engine) -> None:
    await page.get_by_role("button", name="An die neue Frage senden").click()
    await expect(page.get_by_role("heading", name="Gespeichert")).to_be_visible()
    (answer,) = engine.session.answers
    assert (answer.step_id, answer.text, answer.consent) == ("abschluss", TYPED, Consent.QUOTE)


async def test_without_javascript_a_late_submit_keeps_the_text_and_sends_it_to_the_new_question(
    server: LiveServer, url: str, engine: Engine
) -> None:
    async with chromium() as browser:
        context = await browser.new_context(viewport=PHONE, locale="de-DE", java_script_enabled=False)
        context.set_default_timeout(10_000)
        page = await context.new_page()
        await _join_and_type(page, url, engine)
        engine.goto("abschluss")  # the supervisor moves on; this phone does not notice
        await page.get_by_role("button", name="Senden").click()

        await expect(page.get_by_text("Die Frage hat gewechselt, bevor Ihre Antwort ankam")).to_be_visible()
        await expect(page.get_by_role("heading", name="Was nehme ich mit?")).to_be_visible()
        kept = page.get_by_label("Ihr Text (zum Kopieren)")
        await expect(kept).to_have_value(TYPED)
        await expect(kept).not_to_be_editable()
        await expect(page.get_by_role("button", name="Text kopieren")).to_be_hidden()  # needs script
        await expect(page.get_by_label("Was ich mitnehme")).to_have_value(TYPED)
        await expect(page.locator("#c-quote")).to_be_checked()
        assert engine.session.answers == []
        await _send_to_the_new_question(page, engine)
        await context.close()


async def test_with_javascript_the_form_stays_says_the_question_changed_and_the_text_can_be_copied(
    server: LiveServer, url: str, engine: Engine
) -> None:
    async with chromium() as browser:
        context = await browser.new_context(viewport=PHONE, locale="de-DE")
        context.set_default_timeout(10_000)
        await context.grant_permissions(["clipboard-read", "clipboard-write"])
        page = await context.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        await _join_and_type(page, url, engine)
        await page.wait_for_timeout(300)  # the event stream is connected

        engine.goto("abschluss")
        moved = page.get_by_text("Die Frage hat gewechselt. Ihr Text ist noch nicht gesendet")
        await expect(moved).to_be_visible()
        await expect(page.get_by_label("Ihre Antwort")).to_have_value(TYPED)  # not replaced
        engine.goto("runde-2")  # back again: the form is current once more
        await expect(moved).to_be_hidden()
        engine.goto("abschluss")
        await expect(moved).to_be_visible()
        await page.get_by_role("button", name="Senden").click()

        await expect(page.get_by_role("heading", name="Was nehme ich mit?")).to_be_visible()
        await expect(page.get_by_label("Ihr Text (zum Kopieren)")).to_have_value(TYPED)
        await page.get_by_role("button", name="Text kopieren").click()
        await expect(page.get_by_role("button", name="Kopiert")).to_be_visible()
        assert await page.evaluate("navigator.clipboard.readText()") == TYPED
        targets = await page.evaluate(TAP_TARGETS_JS)
        assert [t for t in targets if t["w"] < 44 or t["h"] < 44] == []
        overflow = await page.evaluate(OVERFLOW_JS)
        assert overflow["scroll"] <= overflow["client"], overflow

        engine.goto("pause")  # a change while the late page is open does not take the text away
        await expect(moved).to_be_visible()
        await expect(page.get_by_label("Ihr Text (zum Kopieren)")).to_have_value(TYPED)
        engine.goto("abschluss")
        await expect(moved).to_be_hidden()
        await _send_to_the_new_question(page, engine)
        assert [e for e in errors if "409 (Conflict)" not in e] == []
        await context.close()
