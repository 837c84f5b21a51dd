"""Requests no phone sends: malformed bytes on a raw socket, and an answer without its step."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from supervision_tui.engine import Engine
from supervision_tui.live.http import SECURITY_HEADERS
from supervision_tui.live.server import LiveServer

from .helpers import JSON, join

# Each is rejected by aiohttp's own parser, before any handler or middleware runs; each carries a
# marker that must not come back.
MALFORMED = {
    "nul in method": b"GE\x00T /s/MARKER HTTP/1.1\r\nHost: x\r\n\r\n",
    "bad header name": b"GET / HTTP/1.1\r\nHost: x\r\nMARKER<script>: y\r\n\r\n",
    "tls on a plain port": b"\x16\x03\x01\x02\x00MARKER\r\n\r\n",
    "bad content length": b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: MARKER\r\n\r\n",
    "bad version": b"GET / HTTP/MARKER\r\n\r\n",
    "header too long": b"GET / HTTP/1.1\r\nHost: x\r\nX-A: " + b"MARKER" * 2000 + b"\r\n\r\n",
    "bad chunk": b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nMARKER\r\n",
}


async def _raw(port: int, data: bytes) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(data)
        await writer.drain()
        return await asyncio.wait_for(reader.read(), 5)  # read to EOF: the server closes
    finally:
        writer.close()


@pytest.mark.parametrize("name", MALFORMED)
async def test_parser_errors_carry_the_security_headers_and_echo_nothing(
    server: LiveServer, name: str
) -> None:
    assert server.port is not None
    raw = await _raw(server.port, MALFORMED[name])
    head, _, body = raw.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    assert status_line.split()[1] in ("400", "413", "431"), (name, status_line)
    headers = {k.lower(): v.strip() for k, v in (line.split(":", 1) for line in lines)}
    for key, value in SECURITY_HEADERS.items():
        assert headers.get(key.lower()) == value, (name, key, headers)
    assert "server" not in headers, name  # no Python/aiohttp banner, no name at all
    assert b"aiohttp" not in raw.lower() and b"python" not in raw.lower(), raw
    assert b"MARKER" not in raw, raw  # none of the request is echoed
    assert "Bitte das Formular benutzen" in body.decode("utf-8"), body


async def test_the_server_still_serves_after_parser_errors(server: LiveServer, url: str) -> None:
    assert server.port is not None
    for data in MALFORMED.values():
        await _raw(server.port, data)
    async with aiohttp.ClientSession() as http, http.get(url) as r:
        assert r.status == 200


async def test_an_answer_without_a_step_is_422_not_a_change_of_round(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    await join(http, url)
    engine.goto("runde-1")
    async with http.post(f"{url}/answer", data={"mood": "4"}, headers=JSON) as r:
        assert r.status == 422
        body = await r.json()
    assert "keine Runde" in body["error"] and "gewechselt" not in body["error"]
    async with http.post(f"{url}/answer", data={"step": "  ", "mood": "4"}) as r:  # the form, no JS
        assert r.status == 422
        html = await r.text()
    # (the form's hidden "Frage hat gewechselt" line is for live.js; the notice shown is not it)
    assert (
        "keine Runde" in html and "Die Runde hat gewechselt" not in html and "bevor Ihre Antwort" not in html
    )
    assert 'name="step" value="runde-1"' in html  # the form comes back to send again
    async with http.post(f"{url}/answer", data={"mood": "4"}, headers={**JSON, "Cookie": "sv_lang=en"}) as r:
        assert r.status == 422
        assert "names no round" in (await r.json())["error"]
    assert engine.session.answers == []


async def test_invisible_characters_are_dropped_at_ingest_but_an_emoji_family_stays_whole(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    await join(http, url)
    engine.goto("runde-2")
    text = (
        "Fam\u200dilie \U0001f468\u200d\U0001f469\u200d\U0001f467, Wort\u2060verbinder, Silben\u00adtrennung"
    )
    async with http.post(f"{url}/answer", data={"step": "runde-2", "text": text}, headers=JSON) as r:
        assert r.status == 200, await r.text()
    [stored] = engine.session.answers
    # the joiner inside the family is kept (one family, not three people); a joiner between letters,
    # a word joiner and a soft hyphen could hide a name from the anonymizer and go
    assert stored.text == "Familie \U0001f468\u200d\U0001f469\u200d\U0001f467, Wortverbinder, Silbentrennung"
