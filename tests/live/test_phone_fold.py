"""Send is in reach (issue #13): on a 390×844 and a 320×568 phone, the mood scale, the text field and
"Senden" are on the first screen, without scrolling (Debian Chromium)."""

from __future__ import annotations

import pytest
from playwright.async_api import Page, expect

from supervision_tui.engine import Engine
from supervision_tui.live.server import LiveServer

from .browser import chromium

pytestmark = pytest.mark.e2e

FIRST_SCREEN_JS = """
() => {
  const h = window.innerHeight;
  const box = (el) => el ? el.getBoundingClientRect() : null;
  const send = box(document.querySelector('button[type=submit]'));
  const labels = [...document.querySelectorAll('.scale label')].map(box);
  const text = box(document.querySelector('#text'));
  return {h, scrollY: window.scrollY, send: send && {top: send.top, bottom: send.bottom},
          scale: labels.map(r => r.bottom), text: text && {top: text.top}};
}
"""


async def _join(page: Page, url: str) -> None:
    await page.goto(url)
    await page.get_by_label("Ich halte die Schweigepflicht ein.").check()
    await page.get_by_role("button", name="Bestätigen und teilnehmen").click()


@pytest.mark.parametrize("viewport", [{"width": 390, "height": 844}, {"width": 320, "height": 568}])
async def test_answer_controls_and_send_fit_the_first_screen(
    server: LiveServer, url: str, engine: Engine, viewport: dict[str, int]
) -> None:
    async with chromium() as browser:
        context = await browser.new_context(viewport=viewport, locale="de-DE")
        context.set_default_timeout(10_000)
        page = await context.new_page()
        await _join(page, url)
        for step in ("runde-1", "runde-2"):
            engine.goto(step, 0)
            await page.goto(url)
            await expect(page.get_by_role("button", name="Senden")).to_be_visible()
            seen = await page.evaluate(FIRST_SCREEN_JS)
            h = seen["h"]
            assert seen["scrollY"] == 0
            assert seen["send"]["top"] >= 0 and seen["send"]["bottom"] <= h, (step, viewport, seen)
            assert seen["text"]["top"] < seen["send"]["top"], (step, viewport, seen)
            assert all(bottom <= h for bottom in seen["scale"]), (step, viewport, seen)
        # the sticky button still sends: one tap, no scrolling
        await page.locator("#text").fill("Ein guter Tag")
        await page.screenshot(path=f"/tmp/fold-{viewport['width']}.png")
        await page.get_by_role("button", name="Senden").click()
        await expect(page.get_by_role("heading", name="Gespeichert")).to_be_visible()
        await context.close()
