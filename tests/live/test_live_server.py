"""The phone form end to end over real HTTP: a real LiveServer, Engine and Store on 127.0.0.1."""

from __future__ import annotations

import asyncio
import gc
import json
import re
import socket

import aiohttp
import pytest

from supervision_tui.engine import Engine
from supervision_tui.events import AnswerSaved
from supervision_tui.live import server as server_module
from supervision_tui.live.collector import YOUNG_THRESHOLD
from supervision_tui.live.server import LiveServer
from supervision_tui.models import Consent, Urgency

from .helpers import JSON, client, form_nonce, join, journal_text, moment, new_engine

# --- lifecycle, URL, port -------------------------------------------------------------------------


async def test_port_zero_gives_real_port_and_join_url(engine: Engine) -> None:
    srv = LiveServer("127.0.0.1", 0)
    await srv.start()
    try:
        assert srv.port and srv.port > 0
        url = srv.attach(engine)
        assert url == srv.url == f"http://127.0.0.1:{srv.port}/s/{srv.token}"
        assert srv.token is not None and len(srv.token) >= 22  # token_urlsafe(16): 128 bits
        assert len(url) < 60  # short enough for a small QR code
        async with client() as http, http.get(url) as r:
            assert r.status == 200
    finally:
        await srv.stop()
    with pytest.raises(aiohttp.ClientConnectionError):
        async with client() as http, http.get(url) as r:
            pass


async def test_what_exists_at_session_start_is_frozen_while_serving_and_released_at_stop(
    engine: Engine,
) -> None:
    """The long-lived objects leave the collector's generations for the session (no full-collection stall
    in a burst of answers), young collections run less often, and both come back when the server stops, so
    nothing frozen and no setting of ours outlives the app."""
    before = gc.get_threshold()
    srv = LiveServer("127.0.0.1", 0)
    await srv.start()
    try:
        srv.attach(engine)
        srv.attach(engine)  # a second session on the same server keeps the app's own setting to restore
        assert gc.get_freeze_count() > 1000
        assert gc.get_threshold() == (YOUNG_THRESHOLD, *before[1:])
    finally:
        await srv.stop()
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before


async def test_every_attach_gets_a_fresh_token_and_old_one_stops_working(tmp_path) -> None:
    srv = LiveServer("127.0.0.1", 0)
    await srv.start()
    try:
        first = srv.attach(new_engine(tmp_path / "a"))
        second = srv.attach(new_engine(tmp_path / "b"))
        assert first != second
        async with client() as http:
            async with http.get(first) as r:
                assert r.status == 404
                assert "Sitzung gibt es nicht" in await r.text()
            async with http.get(second) as r:
                assert r.status == 200
    finally:
        await srv.stop()


async def test_port_taken_falls_back_to_next_with_german_notice(engine: Engine) -> None:
    blocker = socket.socket()
    blocker.bind(("127.0.0.1", 0))
    blocker.listen()
    taken = blocker.getsockname()[1]
    srv = LiveServer("127.0.0.1", taken)
    try:
        await srv.start()
        assert srv.port != taken
        assert srv.notice == f"Port {taken} belegt – verwende {srv.port}."
        url = srv.attach(engine)
        async with client() as http, http.get(url) as r:
            assert r.status == 200
    finally:
        await srv.stop()
        blocker.close()


def test_lan_address_in_url_or_localhost_with_hint(engine: Engine, monkeypatch) -> None:
    monkeypatch.setattr(server_module, "lan_address", lambda: "192.168.178.23")
    srv = LiveServer()  # 0.0.0.0:8765, not started: the URL is known before binding
    assert srv.attach(engine, token="t" * 22) == "http://192.168.178.23:8765/s/" + "t" * 22
    assert srv.notice is None

    monkeypatch.setattr(server_module, "lan_address", lambda: None)
    srv = LiveServer("0.0.0.0", 8765)
    assert srv.attach(engine).startswith("http://localhost:8765/s/")
    assert srv.notice is not None and "Kein Netzwerk" in srv.notice and "localhost" in srv.notice


async def test_public_url_and_host_override(engine: Engine) -> None:
    srv = LiveServer("127.0.0.1", 0, public_url="http://beamer.local:9000/")
    assert srv.attach(engine, token="A" * 22) == "http://beamer.local:9000/s/" + "A" * 22
    srv = LiveServer("10.0.0.5", 8765)
    assert srv.attach(engine, token="B" * 22) == "http://10.0.0.5:8765/s/" + "B" * 22


def test_lan_address_never_loopback() -> None:
    address = server_module.lan_address()
    assert address is None or not address.startswith("127.")


async def test_stop_with_open_event_stream_is_quick(server: LiveServer, url: str) -> None:
    async with client() as http:
        response = await http.get(f"{url}/events")
        assert response.status == 200
        await response.content.readuntil(b"\n\n")
        started = asyncio.get_running_loop().time()
        await server.stop()
        assert asyncio.get_running_loop().time() - started < 1.5
        response.close()


# --- join and Schweigepflicht --------------------------------------------------------------------


async def test_first_visit_shows_confidentiality_and_sets_device_cookie(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    async with http.get(url) as r:
        html = await r.text()
        assert r.status == 200
        assert '<html lang="de">' in html
        assert "Schweigepflicht" in html and 'name="confirm"' in html
        raw = r.headers.getall("Set-Cookie")
    cookie = next(c for c in raw if c.startswith("sv_dev="))
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie  # Lax: see _with_device
    value = cookie.split(";")[0].split("=", 1)[1]
    assert re.fullmatch(r"[A-Za-z0-9_-]{22,}", value)
    assert engine.session.participants == []


async def test_join_needs_confirmation_then_is_idempotent(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    async with http.get(url):
        pass
    async with http.post(f"{url}/join", data={}) as r:
        assert r.status == 422
        assert "Bitte bestätigen Sie die Schweigepflicht" in await r.text()
    assert engine.session.participants == []
    for _ in range(2):
        async with http.post(f"{url}/join", data={"confirm": "1"}, allow_redirects=False) as r:
            assert r.status == 303
            assert r.headers["Location"].endswith(url.split(":", 2)[2].split("/", 1)[1])
    assert [p.label for p in engine.session.participants] == ["T1"]
    assert "participant_joined" in journal_text(engine)


async def test_join_without_cookie_gets_one(url: str, engine: Engine) -> None:
    async with client() as http:
        async with http.post(f"{url}/join", data={"confirm": "1"}, headers=JSON) as r:
            assert r.status == 200
            assert (await r.json()) == {"ok": True, "label": "T1"}
        async with http.get(f"{url}/step.json") as r:
            assert (await r.json())["joined"] is True


# --- what the phone shows per step ---------------------------------------------------------------


async def test_waiting_page_when_step_takes_no_input(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    await join(http, url)
    assert engine.position.step.id == "ankommen"
    async with http.get(url) as r:
        html = await r.text()
    assert r.status == 200
    assert "Gerade keine Eingabe – schauen Sie auf die Leinwand" in html
    assert "<form" not in html


async def test_mood_round_form_save_and_change(url: str, http: aiohttp.ClientSession, engine: Engine) -> None:
    await join(http, url)
    engine.goto("runde-1")
    async with http.get(url) as r:
        html = await r.text()
    assert "Wie geht es Ihnen?" in html
    assert len(re.findall(r'<input type="radio" name="mood" id="mood(\d)" value="\1"', html)) == 5
    for label in ("schlecht", "eher schlecht", "geht so", "gut", "sehr gut"):
        assert label in html
    assert html.count("<svg") >= 5  # faces
    assert 'name="consent"' in html and 'name="private_talk"' in html
    nonce = re.search(r'name="nonce" value="([^"]+)"', html).group(1)

    data = {"step": "runde-1", "mood": "4", "text": "Gut geschlafen.", "consent": "quote", "nonce": nonce}
    async with http.post(f"{url}/answer", data=data) as r:
        html = await r.text()
        assert r.status == 200  # after the 303
        assert "Gespeichert" in html and "Stimmung: 4 – gut" in html
    [answer] = engine.session.answers
    assert (answer.mood, answer.text, answer.consent, answer.revision) == (
        4,
        "Gut geschlafen.",
        Consent.QUOTE,
        1,
    )

    # Change it: the form comes prefilled with the phone's own answer.
    async with http.get(f"{url}?edit=1") as r:
        html = await r.text()
    assert 'value="4" checked' in html and "Gut geschlafen.</textarea>" in html
    assert 'id="c-quote" value="quote" checked' in html
    data.update(mood="2", nonce=re.search(r'name="nonce" value="([^"]+)"', html).group(1))
    async with http.post(f"{url}/answer", data=data) as r:
        assert r.status == 200
    [answer] = engine.session.answers
    assert (answer.mood, answer.revision) == (2, 2)


async def test_glitzermoment_text_with_counter_and_private_talk(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    await join(http, url)
    engine.goto("runde-2")
    async with http.get(url) as r:
        html = await r.text()
    assert "Glitzermoment" in html
    assert 'maxlength="1000"' in html and "höchstens 1000 Zeichen" in html and 'id="count"' in html
    data = {"step": "runde-2", "text": "Ein Kind hat mir sein Zeugnis gezeigt.", "private_talk": "1"}
    async with http.post(f"{url}/answer", data=data, headers=JSON) as r:
        assert r.status == 200
        assert (await r.json())["saved"] is True
    [answer] = engine.session.answers
    assert answer.private_talk is True
    assert answer.consent is Consent.PRIVATE  # privacy by default


async def test_case_intake_title_and_urgency(url: str, http: aiohttp.ClientSession, engine: Engine) -> None:
    await join(http, url)
    engine.goto("anliegen")
    async with http.get(url) as r:
        html = await r.text()
    assert 'name="title" maxlength="120"' in html  # the model's limit (`AnswerInput.title`)
    for u in ("low", "medium", "high"):
        assert f'value="{u}"' in html
    data = {"step": "anliegen", "title": "Lautstarker Streit beim Amt", "urgency": "high", "consent": "quote"}
    async with http.post(f"{url}/answer", data=data, headers=JSON) as r:
        assert r.status == 200
    [answer] = engine.session.answers
    assert (answer.title, answer.urgency) == ("Lautstarker Streit beim Amt", Urgency.HIGH)


async def test_case_discussion_phase_input_and_silent_phases(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    await join(http, url)
    engine.goto("fallberatung", "Spontanerzählung")
    async with http.get(url) as r:
        html = await r.text()
    # without a role of their own, a phone is one of the Beratenden: it says what they do now
    assert (
        "Ihre Rolle heute: Beratende" in html
        and '<h1 tabindex="-1">Zuhören, nur Informationsfragen.</h1>' in html
    )
    assert "<form" not in html
    engine.goto("fallberatung", "Beratung")
    async with http.get(url) as r:
        html = await r.text()
    assert "Ihre Idee oder Frage" in html and 'name="phase" value="4"' in html
    data = {"step": "fallberatung", "phase": "4", "text": "Perspektivwechsel versuchen?"}
    async with http.post(f"{url}/answer", data=data, headers=JSON) as r:
        assert r.status == 200
    [answer] = engine.session.answers
    assert answer.phase == 4 and answer.step_id == "fallberatung"


async def test_closing_round(url: str, http: aiohttp.ClientSession, engine: Engine) -> None:
    await join(http, url)
    engine.goto("abschluss")
    async with http.get(url) as r:
        html = await r.text()
    assert "Was nehme ich mit?" in html and "Was ich mitnehme" in html
    async with http.post(f"{url}/answer", data={"step": "abschluss", "text": "Ruhe."}, headers=JSON) as r:
        assert r.status == 200


async def test_step_json_reports_step_and_own_answer(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    async with http.get(f"{url}/step.json") as r:
        info = await r.json()
    assert info["joined"] is False and info["key"] == "ankommen:" and info["input"] == "none"
    await join(http, url)
    engine.goto("runde-1")
    async with http.post(f"{url}/answer", data={"step": "runde-1", "mood": "5"}, headers=JSON) as r:
        assert r.status == 200
    async with http.get(f"{url}/step.json") as r:
        info = await r.json()
    assert info["input"] == "mood" and info["question"] == "Wie geht es Ihnen?" and info["label"] == "T1"
    assert info["answer"]["mood"] == 5 and info["answer"]["revision"] == 1


async def test_english_switch(url: str, http: aiohttp.ClientSession, engine: Engine) -> None:
    async with http.get(f"{url}?lang=en") as r:
        html = await r.text()
    assert '<html lang="en">' in html and "Confidentiality" in html and "Schweigepflicht" not in html
    async with http.get(url) as r:  # the cookie keeps English
        assert "Confirm and join" in await r.text()
    async with http.get(f"{url}?lang=de") as r:
        assert "Bestätigen und teilnehmen" in await r.text()


async def test_event_stream_follows_steps_and_end(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    async with http.get(f"{url}/events") as r:
        assert r.headers["Content-Type"].startswith("text/event-stream")

        async def next_key() -> str:
            while True:
                line = await asyncio.wait_for(r.content.readline(), 2)
                if line.startswith(b"data: "):
                    return json.loads(line[6:])["key"]

        assert await next_key() == "ankommen:"
        engine.next()
        assert await next_key() == "runde-1:"
        engine.goto("fallberatung", "Schlüsselfrage")
        assert await next_key() == "fallberatung:2"
        engine.end()
        assert await next_key() == "ended"
        assert (await asyncio.wait_for(r.content.read(), 2)).strip() == b""  # stream closed


# --- durability: acknowledged means on disk ------------------------------------------------------


async def test_ack_only_after_answer_is_in_journal_file(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    await join(http, url)
    engine.goto("runde-2")
    order: list[str] = []
    real_sync = engine.sync

    def sync() -> None:
        real_sync()  # one write and one fsync for what the burst appended
        order.append("sync:" + ("glitzer-123" in journal_text(engine)) * "written")

    engine.sync = sync  # type: ignore[method-assign]
    engine.subscribe(
        lambda e: (
            order.append("event:" + ("glitzer-123" in journal_text(engine)) * "written")
            if isinstance(e, AnswerSaved)
            else None
        )
    )
    async with http.post(f"{url}/answer", data={"step": "runde-2", "text": "glitzer-123"}, headers=JSON) as r:
        order.append("ack")
        assert r.status == 200
        # The test reads the journal file itself the moment the ack arrives.
        lines = [json.loads(line) for line in journal_text(engine).splitlines()]
    assert any(ev["type"] == "answer_saved" and ev["answer"]["text"] == "glitzer-123" for ev in lines)
    # the engine shows the answer (listeners, state) only once it is in the file
    assert order == ["event:written", "sync:written", "ack"]


async def test_failed_sync_is_never_acknowledged(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    await join(http, url)
    engine.goto("runde-2")

    def broken() -> None:
        raise OSError(28, "No space left on device")

    engine.sync = broken  # type: ignore[method-assign]
    async with http.post(f"{url}/answer", data={"step": "runde-2", "text": "x"}, headers=JSON) as r:
        assert r.status == 503
        assert "Speichern fehlgeschlagen" in (await r.json())["error"]
    async with http.get(url) as r:  # still running
        assert r.status == 200


async def test_burst_shares_fsyncs_and_loses_nothing(server: LiveServer, url: str, engine: Engine) -> None:
    engine.goto("runde-2")
    phones = [client() for _ in range(30)]
    try:
        await asyncio.gather(*(join(p, url) for p in phones))
        calls = 0
        real_sync = engine.sync

        def counting() -> None:
            nonlocal calls
            calls += 1
            real_sync()

        engine.sync = counting  # type: ignore[method-assign]

        statuses = await asyncio.gather(*(moment(p, url, i) for i, p in enumerate(phones)))
        assert statuses == [200] * 30
    finally:
        await asyncio.gather(*(p.close() for p in phones))
    assert len(engine.session.answers) == 30
    assert 1 <= calls < 30  # group commit: a burst shares fsyncs
    assert engine.store is not None
    replayed = engine.store.replay(engine.store.journal_path(engine.session))
    assert sorted(a.text for a in replayed.answers) == sorted(f"Moment {i}" for i in range(30))


@pytest.mark.parametrize("slots", [server_module.WORK_SLOTS, 1])
async def test_a_burst_is_committed_in_groups_of_at_most_the_work_slots(engine: Engine, slots: int) -> None:
    """More phones than slots: each group is committed and answered before the next starts, so no
    acknowledgement waits behind the whole burst; nothing is lost. One slot is one fsync per answer."""
    server = LiveServer("127.0.0.1", 0, ip_rate_limit=1000, work_slots=slots)
    await server.start()
    url = server.attach(engine)
    engine.goto("runde-2")
    phones = [client() for _ in range(slots + 10)]
    try:
        await asyncio.gather(*(join(p, url) for p in phones))
        per_sync: list[int] = []
        real_sync = engine.sync
        done = 0

        def counting() -> None:
            nonlocal done
            real_sync()  # the batch's answers are in the session once they are stored
            per_sync.append(len(engine.session.answers) - done)
            done = len(engine.session.answers)

        engine.sync = counting  # type: ignore[method-assign]

        statuses = await asyncio.gather(*(moment(p, url, i) for i, p in enumerate(phones)))
    finally:
        await asyncio.gather(*(p.close() for p in phones))
        await server.stop()
    assert statuses == [200] * len(phones)
    assert sum(per_sync) == len(phones) and len(per_sync) >= 2
    assert max(per_sync) <= slots
    assert engine.store is not None
    assert len(engine.store.replay(engine.store.journal_path(engine.session)).answers) == len(phones)


async def test_identical_resubmit_with_same_nonce_counts_once(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    await join(http, url)
    engine.goto("runde-2")
    nonce = await form_nonce(http, url)
    data = {"step": "runde-2", "text": "Zweimal gesendet", "nonce": nonce}
    for _ in range(3):
        async with http.post(f"{url}/answer", data=data, headers=JSON) as r:
            assert r.status == 200
            assert (await r.json())["revision"] == 1
    assert journal_text(engine).count('"answer_saved"') == 1
    # Same nonce, different text (back button, edited): that is a real change.
    async with http.post(f"{url}/answer", data={**data, "text": "Geändert"}, headers=JSON) as r:
        assert (await r.json())["revision"] == 2
    # Without a nonce the engine still revises the same answer, never a duplicate.
    async with http.post(f"{url}/answer", data={"step": "runde-2", "text": "Neu"}, headers=JSON) as r:
        assert (await r.json())["revision"] == 3
    assert len(engine.session.answers) == 1


async def test_concurrent_duplicates_with_same_nonce_count_once(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    await join(http, url)
    engine.goto("runde-2")
    data = {"step": "runde-2", "text": "Doppelt unterwegs", "nonce": await form_nonce(http, url)}

    async def send() -> tuple[int, int]:
        async with http.post(f"{url}/answer", data=data, headers=JSON) as r:
            return r.status, (await r.json())["revision"]

    assert await asyncio.gather(send(), send(), send()) == [(200, 1)] * 3
    assert journal_text(engine).count('"answer_saved"') == 1


async def test_engine_end_stops_answers(url: str, http: aiohttp.ClientSession, engine: Engine) -> None:
    await join(http, url)
    engine.goto("runde-2")
    engine.end()
    async with http.post(f"{url}/answer", data={"step": "runde-2", "text": "zu spät"}) as r:
        assert r.status == 404
        assert "Die Sitzung ist beendet" in await r.text()
    async with http.get(url) as r:
        assert r.status == 404 and "Danke fürs Mitmachen" in await r.text()
    assert engine.session.answers == []


async def test_detach_stops_answers(
    server: LiveServer, url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    await join(http, url)
    engine.goto("runde-2")
    server.detach()
    async with http.post(f"{url}/answer", data={"step": "runde-2", "text": "zu spät"}, headers=JSON) as r:
        assert r.status == 404
        assert (await r.json())["error"] == "Die Sitzung ist beendet. Danke fürs Mitmachen!"
    async with http.post(f"{url}/join", data={"confirm": "1"}, headers=JSON) as r:
        assert r.status == 404
    assert engine.session.answers == []
