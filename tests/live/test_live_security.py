"""Headers, CSP compliance, page weight, no external requests, form accessibility basics."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import aiohttp
import pytest

from supervision_tui.engine import Engine
from supervision_tui.live.http import CSP

from .helpers import JSON, client, join

EXPECTED_CSP = (
    "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
EXTERNAL = re.compile(
    r"https?://|(?:src|href|action)\s*=\s*[\"']?//|url\(\s*[\"']?(?://|https?:)|@import", re.I
)


async def _pages(url: str, engine: Engine) -> AsyncIterator[tuple[str, aiohttp.ClientResponse, bytes]]:
    """Every kind of page a phone can get, with its response."""
    async with client() as http:

        async def get(name: str, method: str, path: str, **kw: object):
            async with http.request(method, url + path, **kw) as r:
                return name, r, await r.read()

        yield await get("join", "GET", "")
        yield await get("join-en", "GET", "?lang=en")
        yield await get("join-de", "GET", "?lang=de")
        await join(http, url)
        yield await get("waiting", "GET", "")
        for step, phase, data in (
            ("runde-1", 0, {"mood": "3"}),
            ("runde-2", 0, {"text": "Ein Moment"}),
            ("anliegen", 0, {"title": "Ein Anliegen", "urgency": "high"}),
            ("fallberatung", 4, {"phase": "4", "text": "Eine Idee"}),
            ("abschluss", 0, {"text": "Mitnahme"}),
        ):
            engine.goto(step, phase)
            yield await get(f"form-{step}", "GET", "")
            yield await get(f"saved-{step}", "POST", "/answer", data={"step": step, **data})
            yield await get(f"edit-{step}", "GET", "?edit=1")
        yield await get("step.json", "GET", "/step.json")
        yield await get("409", "POST", "/answer", data={"step": "runde-1", "mood": "1"})
        yield await get("422", "POST", "/answer", data={"step": "abschluss", "text": ""})
        yield await get("413", "POST", "/answer", data={"text": "x" * 5000})
        yield await get(
            "400",
            "POST",
            "/answer",
            data=b"text=\xff",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        yield await get("404", "GET", "/../nix")
        yield await get("404-json", "GET", "x", headers=JSON)
        yield await get("css", "GET", "/../../static/form.css")
        yield await get("js", "GET", "/../../static/live.js")
        yield await get("static-404", "GET", "/../../static/secret.py")
        async with http.get(url + "/events") as r:
            yield "events", r, await r.content.readuntil(b"\n\n")
        engine.end()
        yield await get("ended", "GET", "")


async def test_security_headers_on_every_response(url: str, engine: Engine) -> None:
    assert CSP == EXPECTED_CSP
    seen = set()
    async for name, r, _ in _pages(url, engine):
        seen.add(name)
        assert r.headers["Content-Security-Policy"] == EXPECTED_CSP, name
        assert r.headers["X-Content-Type-Options"] == "nosniff", name
        assert r.headers["Referrer-Policy"] == "same-origin", name  # see crosssite.foreign
        assert r.headers["Cache-Control"] == "no-store", name
        assert "Server" not in r.headers, name  # nothing names the server's software
    assert {"join", "waiting", "form-runde-1", "saved-anliegen", "events", "ended", "css", "js"} <= seen


async def test_no_external_urls_and_nothing_inline_the_csp_would_block(url: str, engine: Engine) -> None:
    async for name, r, body in _pages(url, engine):
        text = body.decode("utf-8")
        assert not EXTERNAL.search(text), (name, EXTERNAL.search(text))
        assert "//cdn" not in text
        if r.content_type == "text/html":
            assert '<html lang="' in text, name
            assert not re.search(r"<script(?![^>]*\bsrc=)", text), name  # no inline script
            assert not re.search(r"<style|\sstyle=|\son[a-z]+=", text), name  # no inline style / handlers
            for ref in re.findall(r'(?:src|href|action)="([^"]*)"', text):
                assert ref.startswith(("/", "?", "data:")), (name, ref)


async def test_page_weight_with_everything_is_under_20_kb(url: str, engine: Engine) -> None:
    sizes: dict[str, int] = {}
    async for name, _r, body in _pages(url, engine):
        sizes[name] = len(body)
    assets = sizes["css"] + sizes["js"]
    for name, size in sizes.items():
        if name not in ("css", "js", "step.json", "events"):
            assert size + assets <= 20 * 1024, (name, size, assets)
    assert sizes["form-runde-1"] + assets <= 20 * 1024


async def test_static_files_have_right_types(url: str) -> None:
    base = url.rsplit("/s/", 1)[0]
    async with client() as http:
        async with http.get(f"{base}/static/form.css") as r:
            assert r.status == 200 and r.content_type == "text/css"
        async with http.get(f"{base}/static/live.js") as r:
            assert r.status == 200 and r.content_type == "text/javascript"
        for bad in ("../server.py", "..%2Fserver.py", "%2e%2e/server.py", "form.css.bak"):
            async with http.get(f"{base}/static/{bad}") as r:
                assert r.status == 404, bad


@pytest.mark.parametrize("step", ["runde-1", "runde-2", "anliegen"])
async def test_every_input_has_a_label(url: str, engine: Engine, step: str) -> None:
    engine.goto(step)
    async with client() as http:
        await join(http, url)
        async with http.get(url) as r:
            html = await r.text()
    ids = re.findall(r'<(?:input|textarea)(?![^>]*type="hidden")[^>]*\bid="([^"]+)"', html)
    assert ids
    for ident in ids:
        assert f'<label for="{ident}"' in html, ident
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
