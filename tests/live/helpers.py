"""Shared helpers for the live-form tests: a real engine, store and server on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
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


class _FormFields(HTMLParser):
    """The fields a browser would send with one form of a page (inputs, checked boxes, textareas)."""

    def __init__(self, form_id: str) -> None:
        super().__init__()
        self.form_id = form_id
        self.inside = False
        self.found = False
        self.fields: dict[str, str] = {}
        self._textarea: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.inside = a.get("id") == self.form_id
            self.found = self.found or self.inside
        elif self.inside and tag == "input" and "name" in a:
            if a.get("type") in ("radio", "checkbox") and "checked" not in a:
                return
            self.fields.setdefault(a["name"], a.get("value", ""))
        elif self.inside and tag == "textarea" and "name" in a:
            self._textarea = a["name"]
            self.fields[a["name"]] = ""

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self.fields[self._textarea] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "textarea":
            self._textarea = None
        elif tag == "form":
            self.inside = False


def form_fields(html: str, form_id: str = "answer") -> dict[str, str] | None:
    """What submitting the form `form_id` of `html` sends, as a browser does; None if there is none."""
    parser = _FormFields(form_id)
    parser.feed(html)
    return parser.fields if parser.found else None
