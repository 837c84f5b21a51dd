"""Hypothesis against the answer endpoint: arbitrary fields and bytes never give a 5xx."""

from __future__ import annotations

import asyncio
from pathlib import Path
from urllib.parse import urlencode

import aiohttp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from supervision_tui.live.server import LiveServer

from .helpers import client, join, new_engine

FIELDS = ["step", "phase", "mood", "text", "title", "urgency", "consent", "private_talk", "nonce"]
STEPS = [("ankommen", 0), ("runde-1", 0), ("runde-2", 0), ("anliegen", 0), ("fallberatung", 4), ("pause", 0)]
CONTENT_TYPES = [
    "application/x-www-form-urlencoded",
    "application/x-www-form-urlencoded; charset=latin-1",
    "multipart/form-data; boundary=xyz",
    "application/json",
    "text/plain",
    "",
]
values = st.one_of(
    st.text(max_size=1200),
    st.sampled_from(["1", "5", "0", "-1", "99999999999999999999", "runde-1", "runde-2", "quote", "hoch", ""]),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=50),
)
forms = st.dictionaries(st.one_of(st.sampled_from(FIELDS), st.text(max_size=20)), values, max_size=12)
raw = st.tuples(st.binary(max_size=5000), st.sampled_from(CONTENT_TYPES))


def test_answer_endpoint_never_fails_with_5xx(tmp_path: Path) -> None:
    loop = asyncio.new_event_loop()
    engine = new_engine(tmp_path / "sessions")
    server = LiveServer("127.0.0.1", 0, rate_limit=100_000, ip_rate_limit=100_000)
    loop.run_until_complete(server.start())
    url = server.attach(engine)
    http: aiohttp.ClientSession = loop.run_until_complete(_client())
    loop.run_until_complete(join(http, url))
    statuses: set[int] = set()

    async def post(step: int, body: bytes, content_type: str, as_json: bool) -> int:
        engine.goto(*STEPS[step])
        headers = {"Content-Type": content_type} if content_type else {}
        if as_json:
            headers["Accept"] = "application/json"
        async with http.post(f"{url}/answer", data=body, headers=headers) as r:
            text = await r.read()
            if as_json and r.status != 200:
                assert b'"error"' in text
            return r.status

    @settings(max_examples=250, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(
        step=st.integers(0, len(STEPS) - 1),
        payload=st.one_of(forms.map(lambda f: (urlencode(f).encode(), CONTENT_TYPES[0])), raw),
        as_json=st.booleans(),
    )
    def fuzz(step: int, payload: tuple[bytes, str], as_json: bool) -> None:
        status = loop.run_until_complete(post(step, payload[0], payload[1], as_json))
        statuses.add(status)
        assert status < 500, (status, payload)

    try:
        fuzz()
        # Still serving, and the journal replays to exactly the state in memory.
        engine.goto("runde-2")
        status = loop.run_until_complete(
            post(2, urlencode({"step": "runde-2", "text": "danach"}).encode(), CONTENT_TYPES[0], True)
        )
        assert status == 200
        assert engine.store is not None
        replayed = engine.store.replay(engine.store.journal_path(engine.session))
        assert replayed.answers == engine.session.answers
        assert any(a.text == "danach" for a in replayed.answers)
        assert {400, 409, 422} <= statuses  # the fuzzer reached the interesting branches
    finally:
        loop.run_until_complete(http.close())
        loop.run_until_complete(server.stop())
        loop.close()


async def _client() -> aiohttp.ClientSession:
    return client()
