"""The short join address (`/j/<code>`) shown in narrow windows works over real HTTP."""

from __future__ import annotations

import aiohttp

from supervision_tui.joinlink import SHORT_CODE_LENGTH, short_join_url
from supervision_tui.live.server import LiveServer

from .helpers import join


async def test_short_address_leads_to_the_form(
    server: LiveServer, url: str, http: aiohttp.ClientSession
) -> None:
    short = short_join_url(url)
    assert short is not None and len(short) < len(url)
    assert short == f"http://127.0.0.1:{server.port}/j/{server.token[:SHORT_CODE_LENGTH]}"  # type: ignore[index]
    async with http.get(short, allow_redirects=False) as r:
        assert r.status == 302
        assert r.headers["Location"] == f"/s/{server.token}"
    async with http.get(short) as r:
        assert r.status == 200
        assert str(r.url) == url
        assert "<form" in await r.text()
    await join(http, url)  # the phone that came the short way joins like any other


async def test_a_wrong_or_longer_code_finds_nothing(
    server: LiveServer, url: str, http: aiohttp.ClientSession
) -> None:
    short = short_join_url(url)
    assert short is not None and server.token is not None
    code = server.token[:SHORT_CODE_LENGTH]
    wrong = "A" * SHORT_CODE_LENGTH if code != "A" * SHORT_CODE_LENGTH else "B" * SHORT_CODE_LENGTH
    for bad in (wrong, code[:-1], code + server.token[SHORT_CODE_LENGTH], server.token):
        async with http.get(short.replace(code, bad), allow_redirects=False) as r:
            assert r.status == 404, bad
            assert "Diese Sitzung gibt es nicht" in await r.text()


async def test_guessing_short_codes_is_rate_limited(
    server: LiveServer, url: str, http: aiohttp.ClientSession
) -> None:
    short = short_join_url(url)
    assert short is not None
    # Forty wrong codes; the real one is left out, since the random token may end in "00".."40"
    guesses = [g for g in (short[:-2] + f"{i:02d}" for i in range(41)) if g != short][:40]
    statuses = []
    for guess in guesses:  # the fixture's server allows 30 per IP and minute
        async with http.get(guess, allow_redirects=False) as r:
            statuses.append(r.status)
    assert statuses[:30] == [404] * 30
    assert set(statuses[30:]) == {429}
    async with http.get(short, allow_redirects=False) as r:
        assert r.status == 429  # the right code too, until the window has passed
