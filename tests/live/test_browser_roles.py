"""Phones by role and phase in Debian's Chromium: three phones (the case giver, a Beratende, the
Protokoll) through a whole kollegiale Fallberatung, and three through the Balint group's case. Each
page follows the supervisor by itself and shows its holder's role and what that role does now."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from axe_playwright_python.async_playwright import Axe
from playwright.async_api import Browser, Page, expect

from supervision_tui.engine import Engine
from supervision_tui.live.server import LiveServer
from supervision_tui.models import Moderation
from supervision_tui.prompts import find_template
from supervision_tui.room import room_view
from supervision_tui.store import Store

from .browser import OVERFLOW_JS, PHONE, TAP_TARGETS_JS, chromium
from .test_accessibility import WCAG_AA, _problems

pytestmark = pytest.mark.e2e

GIVER = "Fallerzähler·in"
TIMEOUT = 5000  # ms for a page to follow the supervisor by itself


async def _phone(browser: Browser, url: str, viewport: dict[str, int] = PHONE) -> Page:
    context = await browser.new_context(viewport=viewport, locale="de-DE")
    context.set_default_timeout(10_000)
    page = await context.new_page()
    errors: list[str] = []
    # the refusals this test provokes are 403s; any other error (CSP, script, 4xx/5xx) counts
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" and "403" not in m.text else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.errors = errors  # type: ignore[attr-defined]
    await page.goto(url)
    await page.get_by_label("Ich halte die Schweigepflicht ein.").check()
    await page.get_by_role("button", name="Bestätigen und teilnehmen").click()
    await expect(page.get_by_role("heading", name="Gerade keine Eingabe")).to_be_visible()
    return page


async def _label(page: Page) -> str:
    return (await page.locator(".me strong").inner_text()).strip()


async def _bring_case(engine: Engine, page: Page, step_id: str, title: str) -> None:
    """The phone sends a concern in the intake; the supervisor takes it as the case of `step_id`."""
    engine.goto("anliegen")
    await expect(page.get_by_label("Kurzer Titel des Anliegens (ohne Namen)")).to_be_visible(timeout=TIMEOUT)
    await page.get_by_label("Kurzer Titel des Anliegens (ohne Namen)").fill(title)
    await page.get_by_label("Darf anonym projiziert / ins Protokoll übernommen werden").check()
    await page.get_by_role("button", name="Senden").click()
    await expect(page.get_by_role("heading", name="Gespeichert")).to_be_visible()
    [concern] = [a for a in engine.session.answers if a.title]
    case = engine.case_from_answer(concern.id)
    engine.goto(step_id)
    engine.select_case(case.id)


async def _shows(page: Page, role: str, says: str) -> None:
    """The page names its holder's role and says what that role does now."""
    await expect(page.locator(".role")).to_have_text(f"Ihre Rolle heute: {role}", timeout=TIMEOUT)
    await expect(page.get_by_text(says, exact=True)).to_be_visible(timeout=TIMEOUT)


async def _wcag(page: Page, name: str) -> list[str]:
    """axe-core's WCAG 2.1 AA findings on this page (as in test_accessibility)."""
    await page.wait_for_load_state("load")
    return _problems(name, await Axe().run(page, options=WCAG_AA))


async def _reload_after_refusal(page: Page) -> None:
    """A refusal page keeps the typed text (to copy) when the supervisor moves on: it says so, and the
    phone reloads when it is ready."""
    await expect(page.locator("#moved")).to_be_visible(timeout=TIMEOUT)
    await page.get_by_role("link", name="Seite neu laden").click()


async def _send_anyway(page: Page, engine: Engine, text: str) -> None:
    """What an old page or a hand-made request would send: a real form POST from this phone."""
    pos = engine.position
    await page.evaluate(
        """([step, phase, text]) => {
            const form = document.createElement('form');
            form.method = 'post';
            form.action = location.pathname + '/answer';
            for (const [name, value] of [['step', step], ['phase', phase], ['text', text], ['consent', 'quote']]) {
                const input = document.createElement('input');
                input.type = 'hidden'; input.name = name; input.value = value;
                form.appendChild(input);
            }
            document.body.appendChild(form);
            form.submit();
        }""",
        [pos.step.id, str(pos.phase_index), text],
    )


@asynccontextmanager
async def _served(engine: Engine) -> AsyncIterator[str]:
    server = LiveServer("127.0.0.1", 0, ip_rate_limit=60)
    await server.start()
    try:
        yield server.attach(engine)
    finally:
        await server.stop()


async def test_three_phones_through_a_whole_kollegiale_fallberatung(
    server: LiveServer, url: str, engine: Engine, tmp_path: Path
) -> None:
    step = next(s for s in engine.agenda.steps if s.id == "fallberatung")
    async with chromium() as browser:
        giver = await _phone(browser, url)
        beratende = await _phone(browser, url)
        protokoll = await _phone(browser, url)
        await _bring_case(engine, giver, "fallberatung", "Streit im Wohnheim")
        engine.assign_role("Protokoll", await _label(protokoll))  # the supervisor's key z
        phones = {GIVER: giver, "Beratende": beratende, "Protokoll": protokoll}

        refused = False
        for index, phase in enumerate(step.phases):
            engine.goto("fallberatung", index)
            if refused:
                await _reload_after_refusal(giver)
            for role, page in phones.items():
                await _shows(page, role, phase.roles[role].says)

            if phase.name == "Beratung":
                await expect(
                    beratende.get_by_role("heading", name="Ihre Idee oder Frage zum Fall")
                ).to_be_visible()
                await beratende.get_by_label("Ihre Idee oder Frage").fill("Mit der Heimleitung sprechen?")
                await beratende.get_by_label("Darf anonym projiziert").check()
                await beratende.get_by_role("button", name="Senden").click()
                await expect(beratende.get_by_role("heading", name="Gespeichert")).to_be_visible()
                # the case giver and the Protokoll get no idea field ...
                for page in (giver, protokoll):
                    await expect(page.locator("form")).to_have_count(0)
                # ... and an idea sent from the case giver's phone all the same is refused, kept on the page
                await _send_anyway(giver, engine, "Ich hätte da selbst eine Idee")
                await expect(
                    giver.get_by_text(
                        "Als Fallerzähler·in senden Sie in der Phase „Beratung“ nichts – nichts wurde gespeichert."
                    )
                ).to_be_visible()
                await expect(giver.locator("#kept")).to_have_value("Ich hätte da selbst eine Idee")
                await expect(giver.get_by_role("button", name="Text kopieren")).to_be_visible()
                refused = True
                await giver.screenshot(path=str(tmp_path / "beratung-refused.png"), full_page=True)
                assert await _wcag(giver, "refused") == []
                assert [a.text for a in engine.session.answers if a.phase == index] == [
                    "Mit der Heimleitung sprechen?"
                ]
                [idea] = [a for a in engine.session.answers if a.phase == index]
                engine.moderate(idea.id, Moderation.APPROVED)  # the supervisor approves it for the screen

            if phase.name == "Abschluss":
                await expect(giver.get_by_role("heading", name="Was nehmen Sie mit?")).to_be_visible()
                await expect(giver.get_by_text("Mit der Heimleitung sprechen?")).to_be_visible()
                await giver.get_by_role("button", name="Mitnehmen").click()
                await expect(giver.get_by_role("button", name="✓ Mitgenommen – zurücknehmen")).to_be_visible()
                assert engine.current_case().taken_along == [idea.id]
                assert [a.taken_along for a in room_view(engine).answers] == [True], "die Leinwand zeigt ✓"
                await giver.set_viewport_size({"width": 320, "height": 568})
                targets = await giver.evaluate(TAP_TARGETS_JS)
                assert [t for t in targets if t["w"] < 44 or t["h"] < 44] == []
                overflow = await giver.evaluate(OVERFLOW_JS)
                assert overflow["scroll"] <= overflow["client"], overflow
                await giver.screenshot(path=str(tmp_path / "abschluss-320.png"), full_page=True)
                assert await _wcag(giver, "take along") == []
                for page in (beratende, protokoll):
                    await expect(page.locator("form")).to_have_count(0)

        for page in phones.values():
            assert page.errors == [], page.errors  # type: ignore[attr-defined]  # no CSP or script error


async def test_three_phones_through_a_balint_case(tmp_path: Path) -> None:
    engine = Engine.start(
        find_template("balint-gruppe"), title="Balint", date=dt.date(2025, 3, 4), store=Store(tmp_path / "s")
    )
    step = next(s for s in engine.agenda.steps if s.id == "balint")
    async with _served(engine) as url, chromium() as browser:
        giver = await _phone(browser, url)
        gruppe = await _phone(browser, url)
        leitung = await _phone(browser, url)
        await _bring_case(engine, giver, "balint", "Die Begegnung am Schalter")
        engine.assign_role("Leitung", await _label(leitung))
        phones = {"Fallgeber·in": giver, "Gruppe": gruppe, "Leitung": leitung}
        refused = False
        for index, phase in enumerate(step.phases[:4]):  # Fallbericht … Rückmeldung
            engine.goto("balint", index)
            if refused:
                await _reload_after_refusal(giver)
            for role, page in phones.items():
                await _shows(page, role, phase.roles[role].says)
            if phase.name == "Assoziationsrunde":
                await gruppe.get_by_label("Ihr Bild, Ihr Gefühl").fill("Eine Mauer aus Papier.")
                await gruppe.get_by_role("button", name="Senden").click()
                await expect(gruppe.get_by_role("heading", name="Gespeichert")).to_be_visible()
                await expect(giver.locator("form")).to_have_count(0)
                await _send_anyway(giver, engine, "Mir fällt auch ein Bild ein")
                await expect(
                    giver.get_by_text("Als Fallgeber·in senden Sie in der Phase „Assoziationsrunde“ nichts")
                ).to_be_visible()
                await expect(giver.locator("#kept")).to_have_value("Mir fällt auch ein Bild ein")
                refused = True
        assert [a.text for a in engine.session.answers if a.phase == 2] == ["Eine Mauer aus Papier."]
