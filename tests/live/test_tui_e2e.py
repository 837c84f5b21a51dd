"""The whole chain with real clients: the TUI's QR code → decoded URL → Chromium on a phone viewport →
answers → visible in the running TUI. Nothing is mocked; everything stays on 127.0.0.1."""

from __future__ import annotations

import io
import random
from pathlib import Path

import cairosvg
import pytest
import zxingcpp
from PIL import Image
from playwright.async_api import expect
from textual.widgets import Digits, Static

from supervision_tui.prompts import DEFAULT_TEMPLATE
from supervision_tui.tui.app import SupervisionApp
from supervision_tui.tui.widgets import AnswerCards
from supervision_tui.tui.widgets.mood import MoodChart

from .browser import PHONE, chromium

pytestmark = pytest.mark.e2e

GLITZER = "Das Kind hat mir stolz sein Zeugnis gezeigt."


def decode_qr(svg: str) -> list[str]:
    png = cairosvg.svg2png(bytestring=svg.encode())
    image = Image.open(io.BytesIO(png))
    return [code.text for code in zxingcpp.read_barcodes(image, try_invert=False)]


def visible_text(app: SupervisionApp) -> str:
    texts = [str(w.visual) for w in app.screen.query(Static) if hasattr(w, "visual")]
    # The answer cards are painted by one widget of their own.
    texts += [str(cards.render()) for cards in app.screen.query(AnswerCards)]
    return "\n".join(texts)


async def test_qr_to_phone_to_projector(tmp_path: Path) -> None:
    app = SupervisionApp(
        sessions_dir=tmp_path / "sessions",
        template=DEFAULT_TEMPLATE,
        host="127.0.0.1",
        port=0,
        rng=random.Random(3),
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.servers_started()  # the form server starts after the first frame
        assert app.server is not None and app.engine is not None
        [url] = decode_qr(app.export_screenshot())
        assert url == app.join_url and url.startswith("http://127.0.0.1:")

        async with chromium() as browser:
            context = await browser.new_context(viewport=PHONE, locale="de-DE")
            context.set_default_timeout(10_000)
            page = await context.new_page()
            requests: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            await page.goto(url)
            await page.get_by_label("Ich halte die Schweigepflicht ein.").check()
            await page.get_by_role("button", name="Bestätigen und teilnehmen").click()
            await expect(page.get_by_role("heading", name="Gerade keine Eingabe")).to_be_visible()
            await pilot.pause()
            assert len(app.engine.session.participants) == 1

            # The supervisor moves on with the keyboard; the phone follows without a reload.
            await pilot.press("pagedown")
            await expect(page.get_by_role("heading", name="Wie geht es Ihnen?")).to_be_visible()
            await page.locator("label[for=mood4]").click()
            await page.get_by_role("button", name="Senden").click()
            await expect(page.get_by_role("heading", name="Gespeichert")).to_be_visible()
            await pilot.pause()
            assert app.screen.query_one(MoodChart).counts == (0, 0, 0, 1, 0)
            assert app.screen.query_one("#answer-count", Digits).value == "1"

            await pilot.press("pagedown")
            await expect(
                page.get_by_role("heading", name="Was läuft gut? Was war Ihr Glitzermoment?")
            ).to_be_visible()
            await page.get_by_label("Ihre Antwort").fill(GLITZER)
            await page.get_by_label("Darf anonym projiziert / ins Protokoll übernommen werden").check()
            await page.get_by_role("button", name="Senden").click()
            await expect(page.get_by_role("heading", name="Gespeichert")).to_be_visible()
            await pilot.pause()
            assert "1 warten auf Freigabe" in visible_text(app)
            assert GLITZER not in visible_text(app)  # not projected before approval

            await pilot.press("m")  # the cover first: nothing private on a mirrored projector
            await pilot.pause()
            assert GLITZER not in app.export_screenshot().replace("&#160;", " ")
            await pilot.press("enter")  # the deliberate reveal: the moderation queue
            await pilot.pause()
            assert GLITZER in app.export_screenshot().replace("&#160;", " ")
            await pilot.press("f", "escape")
            await pilot.pause()
            assert GLITZER in visible_text(app)  # on the projector now
            await context.close()

        assert all(r.startswith(url.rsplit("/s/", 1)[0] + "/") for r in requests)
        [mood] = app.engine.session.answers_for("runde-1")
        [glitzer] = app.engine.session.answers_for("runde-2")
        assert mood.mood == 4 and glitzer.text == GLITZER
