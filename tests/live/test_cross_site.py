"""Hostile pages: another origin links to the join URL, auto-submits a join form, posts with fetch.

The foreign origin is a tiny aiohttp app on another port: at `localhost` it is another site
(Sec-Fetch-Site: cross-site), at 127.0.0.1 the same site but another origin (same-site).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiohttp import web
from playwright.async_api import BrowserContext, expect

from supervision_tui.engine import Engine
from supervision_tui.live.http import DEVICE_COOKIE
from supervision_tui.live.server import LiveServer

from .browser import PHONE, chromium
from .helpers import JSON, client, join

HOSTILE = """<!doctype html><html><head><meta charset="utf-8"><title>Gewinnspiel</title></head><body>
<a id="link" href="{join}">Zur Sitzung</a>
<form id="form" method="post" action="{join}/join"><input name="confirm" value="1"></form>
<form id="answer" method="post" action="{join}/answer">
<input name="step" value="runde-1"><input name="mood" value="1"></form>
{script}
</body></html>"""
SCRIPTS = {
    "link": "",
    "autojoin": "<script>document.getElementById('form').submit()</script>",
    "autoanswer": "<script>document.getElementById('answer').submit()</script>",
    "fetch": "<script>fetch('{join}/join', {{method: 'POST', mode: 'no-cors', credentials: 'include', "
    "headers: {{'Content-Type': 'application/x-www-form-urlencoded'}}, body: 'confirm=1'}})"
    ".then(function () {{ document.title = 'sent'; }}, function () {{ document.title = 'sent'; }})</script>",
}


@pytest.fixture
async def hostile(url: str) -> AsyncIterator[int]:
    """The foreign site's port; its pages: /link, /autojoin, /autoanswer, /fetch."""

    async def page(request: web.Request) -> web.Response:
        script = SCRIPTS[request.match_info["name"]].format(join=url)
        return web.Response(text=HOSTILE.format(join=url, script=script), content_type="text/html")

    app = web.Application()
    app.router.add_get("/{name}", page)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    yield int(runner.addresses[0][1])
    await runner.cleanup()


async def _device(context: BrowserContext) -> str:
    return next(c["value"] for c in await context.cookies() if c["name"] == DEVICE_COOKIE)


# --- over HTTP: what the browser headers say --------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example"},
        {"Origin": "null"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},  # another port on the same host
        {"Sec-Fetch-Site": "same-origin", "Origin": "http://127.0.0.1:1"},
    ],
)
async def test_a_foreign_post_is_refused_in_german(url: str, engine: Engine, headers: dict[str, str]) -> None:
    async with client() as http:
        await join(http, url)
        engine.goto("runde-1")
        async with http.post(f"{url}/join", data={"confirm": "1"}, headers=headers) as r:
            assert r.status == 403
            html = await r.text()
        assert "fremden Seite" in html and "abgelehnt" in html
        async with http.post(
            f"{url}/answer", data={"step": "runde-1", "mood": "1"}, headers={**headers, **JSON}
        ) as r:
            assert r.status == 403
            assert "fremden Seite" in (await r.json())["error"]
        # no cookie at all: a would-be phantom
        async with (
            aiohttp.ClientSession() as fresh,
            fresh.post(f"{url}/join", data={"confirm": "1"}, headers=headers) as r,
        ):
            assert r.status == 403
    assert [p.label for p in engine.session.participants] == ["T1"]
    assert engine.session.answers == []


async def test_own_form_posts_still_pass(url: str, engine: Engine) -> None:
    host = url.split("/")[2]
    same = {"Origin": f"http://{host}", "Sec-Fetch-Site": "same-origin"}
    async with client() as http:
        async with http.get(url, headers={"Sec-Fetch-Site": "none"}):
            pass
        async with http.post(f"{url}/join", data={"confirm": "1"}, headers={**same, **JSON}) as r:
            assert r.status == 200, await r.text()
    assert len(engine.session.participants) == 1


async def test_behind_a_proxy_the_public_origin_is_our_own(engine: Engine) -> None:
    server = LiveServer("127.0.0.1", 0, public_url="https://supervision.example/")
    await server.start()
    try:
        server.attach(engine)
        url = server.local_url
        assert url is not None
        async with client() as http:
            page = {"Origin": "https://supervision.example", "Sec-Fetch-Site": "same-origin"}
            async with http.post(f"{url}/join", data={"confirm": "1"}, headers={**page, **JSON}) as r:
                assert r.status == 200, await r.text()
            other = {"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"}
            async with http.post(f"{url}/join", data={"confirm": "1"}, headers=other) as r:
                assert r.status == 403
    finally:
        await server.stop()
    assert len(engine.session.participants) == 1


async def test_a_foreign_link_neither_mints_nor_replaces_a_cookie(url: str) -> None:
    async with (
        aiohttp.ClientSession() as http,
        http.get(url, headers={"Sec-Fetch-Site": "cross-site"}) as r,
    ):
        assert r.status == 200
        assert DEVICE_COOKIE not in r.cookies
        assert "Schweigepflicht" in await r.text()


# --- a real browser ------------------------------------------------------------------------------


@pytest.mark.e2e
@pytest.mark.parametrize("foreign_host", ["localhost", "127.0.0.1"])
async def test_hostile_pages_change_no_participant_and_no_label(
    server: LiveServer, url: str, engine: Engine, hostile: int, foreign_host: str
) -> None:
    foreign = f"http://{foreign_host}:{hostile}"
    async with chromium() as browser:
        phone = await browser.new_context(viewport=PHONE, locale="de-DE")
        phone.set_default_timeout(10_000)
        page = await phone.new_page()
        await page.goto(url)
        await page.get_by_label("Ich halte die Schweigepflicht ein.").check()
        await page.get_by_role("button", name="Bestätigen und teilnehmen").click()
        await expect(page.get_by_text("Ihr Kürzel: T1")).to_be_visible()
        device = await _device(phone)
        engine.goto("runde-1")

        # A link from the foreign site: the join page knows the phone, its label stays.
        await page.goto(f"{foreign}/link")
        await page.locator("#link").click()
        await page.wait_for_url(url)
        await expect(page.get_by_role("heading", name="Wie geht es Ihnen?")).to_be_visible()
        await expect(page.get_by_text("Ihr Kürzel: T1")).to_be_visible()
        assert await _device(phone) == device

        # An auto-submitted join form and an auto-submitted answer: refused, in German.
        for name in ("autojoin", "autoanswer"):
            await page.goto(f"{foreign}/{name}")
            await page.wait_for_url(f"{url}/*")
            await expect(page.get_by_text("kam von einer fremden Seite")).to_be_visible()
            assert await _device(phone) == device, name
        # A script's POST (no-cors, with credentials).
        await page.goto(f"{foreign}/fetch")
        await expect(page).to_have_title("sent")

        # A phone that never joined, sent to the auto-submitting page: no phantom participant.
        stranger = await browser.new_context(viewport=PHONE, locale="de-DE")
        other = await stranger.new_page()
        await other.goto(f"{foreign}/autojoin")
        await other.wait_for_url(f"{url}/*")
        await expect(other.get_by_text("kam von einer fremden Seite")).to_be_visible()
        await other.goto(f"{foreign}/fetch")
        await expect(other).to_have_title("sent")

        # Back on the phone, opened from the QR code: the same label, the question, no join page.
        await page.goto(url)
        await expect(page.get_by_text("Ihr Kürzel: T1")).to_be_visible()
        await expect(page.get_by_role("heading", name="Wie geht es Ihnen?")).to_be_visible()
        assert await _device(phone) == device
    assert [p.label for p in engine.session.participants] == ["T1"]
    assert engine.session.answers == []
