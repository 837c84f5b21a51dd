"""Shared helpers for the live-form tests: a real engine, store and server on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import aiohttp

from supervision_tui.engine import Engine
from supervision_tui.prompts import DEFAULT_TEMPLATE, find_template
from supervision_tui.store import Store

JSON = {"Accept": "application/json"}


def new_engine(root: Path, template: str = DEFAULT_TEMPLATE) -> Engine:
    return Engine.start(
        find_template(template), title="Testsitzung", date=dt.date(2025, 3, 4), store=Store(root)
    )


def goto(engine: Engine, step_id: str, phase: int = 0) -> None:
    index = next(i for i, s in enumerate(engine.agenda.steps) if s.id == step_id)
    engine.goto(index, phase)


def client() -> aiohttp.ClientSession:
    # unsafe=True: accept cookies from an IP address (127.0.0.1), as browsers do.
    return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))


async def join(session: aiohttp.ClientSession, url: str) -> None:
    async with session.get(url) as r:
        assert r.status == 200
    async with session.post(f"{url}/join", data={"confirm": "1"}, allow_redirects=False) as r:
        assert r.status == 303, await r.text()


async def moment(phone: aiohttp.ClientSession, url: str, i: int, step: str = "runde-2") -> int:
    """Phone i sends its Glitzermoment ("Moment i") for `step`; the HTTP status."""
    async with phone.post(f"{url}/answer", data={"step": step, "text": f"Moment {i}"}, headers=JSON) as r:
        return r.status


async def form_nonce(session: aiohttp.ClientSession, url: str) -> str:
    async with session.get(f"{url}?edit=1") as r:
        html = await r.text()
    match = re.search(r'name="nonce" value="([^"]+)"', html)
    assert match, html
    return match.group(1)


def journal_text(engine: Engine) -> str:
    assert engine.store is not None
    return engine.store.journal_path(engine.session).read_text(encoding="utf-8")
