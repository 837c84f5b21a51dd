"""Disk full behind the phone form, over real HTTP: a 503 answer is never shown as saved (page,
`step.json`, the engine's listeners) and never stored later; a resend stores it once."""

from __future__ import annotations

import asyncio
import json

import aiohttp
import pytest

from supervision_tui.engine import Engine
from supervision_tui.events import AnswerSaved
from supervision_tui.live.server import LiveServer

from .helpers import JSON, client, form_nonce, join, journal_text

NOT_SAVED = "Ihre Antwort ist nicht gespeichert"


async def _post(phone: aiohttp.ClientSession, url: str, text: str, nonce: str) -> tuple[int, str]:
    """The plain HTML form, as a browser without JavaScript sends it."""
    data = {"step": "runde-2", "text": text, "nonce": nonce}
    async with phone.post(f"{url}/answer", data=data, allow_redirects=False) as r:
        return r.status, await r.text()


async def _json_post(phone: aiohttp.ClientSession, url: str, text: str) -> tuple[int, dict]:
    async with phone.post(f"{url}/answer", data={"step": "runde-2", "text": text}, headers=JSON) as r:
        return r.status, await r.json()


async def _own(phone: aiohttp.ClientSession, url: str) -> tuple[str, dict]:
    async with phone.get(url) as r:
        page = await r.text()
    async with phone.get(f"{url}/step.json") as r:
        info = await r.json()
    return page, info


def _stored_texts(engine: Engine) -> list[str]:
    assert engine.store is not None
    replayed = engine.store.replay(engine.store.journal_path(engine.session))
    assert replayed == engine.session
    return sorted(a.text for a in replayed.answers)


@pytest.mark.parametrize("at", ["write", "fsync"])
async def test_a_503_answer_is_never_shown_saved_nor_stored_later(
    url: str, engine: Engine, disk_full, at
) -> None:
    assert engine.store is not None
    disk = disk_full(engine.store.root, at)
    engine.goto("runde-2")
    shown: list[str] = []
    engine.subscribe(lambda e: shown.append(e.answer.text) if isinstance(e, AnswerSaved) else None)
    acked: set[str] = set()
    async with client() as first, client() as second, client() as late:
        await join(first, url)
        await join(second, url)
        status, _body = await _json_post(first, url, "erste Antwort")
        assert status == 200
        acked.add("erste Antwort")

        disk.full = True
        status, body = await _json_post(first, url, "abgelehnt eins")  # a revision
        assert status == 503 and NOT_SAVED in body["error"] and "noch einmal senden" in body["error"]
        nonce = await form_nonce(second, url)
        status, page = await _post(second, url, "abgelehnt zwei", nonce=nonce)  # a browser without JS
        assert status == 503 and NOT_SAVED in page
        # the form comes back with what was typed and the same nonce, ready to send again
        assert "abgelehnt zwei</textarea>" in page and f'name="nonce" value="{nonce}"' in page
        async with late.get(url) as r:
            assert r.status == 200
        async with late.post(f"{url}/join", data={"confirm": "1"}, allow_redirects=False) as r:
            assert r.status == 503, "a join that is not stored is no join"
            assert "noch nicht angemeldet" in await r.text()

        page, info = await _own(first, url)
        assert "Gespeichert" in page and "erste Antwort" in page and "abgelehnt" not in page
        assert info["answer"]["text"] == "erste Antwort" and info["answer"]["revision"] == 1
        page, info = await _own(second, url)
        assert "Gespeichert" not in page and "abgelehnt" not in page and info["answer"] is None
        _page, info = await _own(late, url)
        assert info["joined"] is False
        assert [a.text for a in engine.session.answers] == ["erste Antwort"]
        assert shown == ["erste Antwort"], "the TUI was never told of a refused answer"

        disk.full = False  # space returns
        status, _body = await _json_post(second, url, "nach dem Platz")
        assert status == 200
        acked.add("nach dem Platz")
    assert "abgelehnt" not in journal_text(engine)
    assert _stored_texts(engine) == sorted(acked)
    assert shown == ["erste Antwort", "nach dem Platz"]


async def test_a_resend_after_a_503_is_stored_exactly_once(url: str, engine: Engine, disk_full) -> None:
    assert engine.store is not None
    disk = disk_full(engine.store.root, "write")
    engine.goto("runde-2")
    async with client() as phone:
        await join(phone, url)
        nonce = await form_nonce(phone, url)
        disk.full = True
        # sent twice while the disk is full (the second copy in the same batch): both refused
        statuses = await asyncio.gather(
            *(_post(phone, url, "Noch einmal gesendet", nonce=nonce) for _ in range(2))
        )
        assert [s for s, _ in statuses] == [503, 503]
        disk.full = False
        # the phone sends the form it got back (same nonce, same text), twice: Wi-Fi dropped the reply
        for _ in range(2):
            status, _page = await _post(phone, url, "Noch einmal gesendet", nonce=nonce)
            assert status == 303
        async with phone.get(f"{url}/step.json") as r:
            answer = (await r.json())["answer"]
    assert answer["text"] == "Noch einmal gesendet" and answer["revision"] == 1
    assert journal_text(engine).count('"answer_saved"') == 1
    assert len(engine.session.answers) == 1 and engine.session.answers[0].revision == 1


async def test_a_burst_on_a_full_disk_is_refused_as_a_whole(
    server: LiveServer, url: str, engine: Engine, disk_full
) -> None:
    assert engine.store is not None
    disk = disk_full(engine.store.root, "fsync")
    engine.goto("runde-2")
    phones = [client() for _ in range(12)]
    try:
        await asyncio.gather(*(join(p, url) for p in phones))
        before = journal_text(engine)
        disk.full = True
        results = await asyncio.gather(*(_json_post(p, url, f"Welle {i}") for i, p in enumerate(phones)))
        assert [status for status, _ in results] == [503] * len(phones)
        assert engine.session.answers == []
        disk.full = False
        results = await asyncio.gather(*(_json_post(p, url, f"Neu {i}") for i, p in enumerate(phones)))
        assert [status for status, _ in results] == [200] * len(phones)
    finally:
        await asyncio.gather(*(p.close() for p in phones))
    journal = journal_text(engine)
    assert journal.startswith(before) and "Welle" not in journal
    assert _stored_texts(engine) == sorted(f"Neu {i}" for i in range(len(phones)))
    lines = [json.loads(line) for line in journal.splitlines()]
    assert [line["answer"]["revision"] for line in lines if line["type"] == "answer_saved"] == [1] * len(
        phones
    )
