"""The restart window: after a crash the app is back, the supervisor has not confirmed the resume yet."""

from __future__ import annotations

import asyncio
import json
import random
import re
import shutil
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from playwright.async_api import expect

from supervision_tui.engine import Engine
from supervision_tui.live.http import CSP
from supervision_tui.live.server import LiveServer
from supervision_tui.prompts import DEFAULT_TEMPLATE
from supervision_tui.store import Store
from supervision_tui.tui.app import SupervisionApp
from supervision_tui.tui.dialogs import ConfirmDialog

from .browser import PHONE, chromium
from .helpers import JSON, client, form_fields, join, new_engine

TOKEN = "R" * 22


@pytest.fixture
async def waiting() -> AsyncIterator[LiveServer]:
    """A server started, no session attached, one interrupted session's token expected."""
    srv = LiveServer("127.0.0.1", 0)
    await srv.start()
    srv.await_resume([TOKEN])
    yield srv
    await srv.stop()


def _base(server: LiveServer) -> str:
    return f"http://127.0.0.1:{server.port}/s/{TOKEN}"


async def _next_event(stream: aiohttp.ClientResponse) -> dict[str, str]:
    while True:
        chunk = await asyncio.wait_for(stream.content.readuntil(b"\n\n"), 5)
        if chunk.startswith(b"data: "):
            return json.loads(chunk[6:])


async def test_the_page_says_gleich_fortgesetzt_and_retries_with_backoff(waiting: LiveServer) -> None:
    async with aiohttp.ClientSession() as http:
        delays = []
        for retry in ("", "?retry=1", "?retry=3", "?retry=99", "?retry=x", "?retry=%C2%B2"):
            async with http.get(_base(waiting) + retry) as r:
                assert r.status == 503
                html = await r.text()
                delays.append(int(r.headers["Retry-After"]))
                assert r.headers["Content-Security-Policy"] == CSP
            assert "Die Sitzung wird gleich fortgesetzt" in html
            assert "neu scannen" not in html and "gibt es nicht" not in html, html
            refresh = re.search(r'<meta http-equiv="refresh" content="(\d+);url=([^"]+)">', html)
            assert refresh is not None, html
            assert int(refresh.group(1)) == delays[-1]
            assert refresh.group(2).startswith(f"/s/{TOKEN}?retry=")
        assert delays == [2, 3, 7, 30, 2, 2]  # growing, capped at 30 s; nonsense counts as the first try
        async with http.get(_base(waiting) + "?lang=en") as r:
            assert r.status == 503
            assert "The session will continue in a moment" in await r.text()
        # Another token is still unknown: that phone must scan again.
        async with http.get(f"http://127.0.0.1:{waiting.port}/s/{'X' * 22}") as r:
            assert r.status == 404
            assert "neu scannen" in await r.text()


async def test_the_short_address_leads_to_the_waiting_page(waiting: LiveServer) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.get(f"http://127.0.0.1:{waiting.port}/j/{TOKEN[:8]}") as r:
            assert r.status == 503 and r.url.path == f"/s/{TOKEN}"
            assert "Die Sitzung wird gleich fortgesetzt" in await r.text()
        async with http.get(f"http://127.0.0.1:{waiting.port}/j/XXXXXXXX") as r:
            assert r.status == 404


async def test_json_and_posts_in_the_window_are_503_to_send_again(waiting: LiveServer) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.get(_base(waiting) + "/step.json") as r:
            assert r.status == 503 and r.headers["Retry-After"] == "2"
            body = await r.json()
        assert body["resuming"] is True and "gleich fortgesetzt" in body["error"]
        async with http.post(_base(waiting) + "/answer", data={"step": "runde-1", "mood": "4"}) as r:
            assert r.status == 503 and "Retry-After" in r.headers
            assert "noch einmal senden" in await r.text()


async def test_the_event_stream_waits_and_follows_the_resume(waiting: LiveServer, engine: Engine) -> None:
    async with aiohttp.ClientSession() as http, http.get(_base(waiting) + "/events") as stream:
        assert stream.status == 200
        assert await _next_event(stream) == {"key": "restarting"}
        waiting.attach(engine, TOKEN)  # the supervisor confirmed the resume
        assert await _next_event(stream) == {"key": "ankommen:"}
    async with aiohttp.ClientSession() as http, http.get(_base(waiting)) as r:
        assert r.status == 200 and "Schweigepflicht" in await r.text()


async def test_a_stream_hears_gone_when_another_session_starts(waiting: LiveServer, engine: Engine) -> None:
    async with aiohttp.ClientSession() as http, http.get(_base(waiting) + "/events") as stream:
        assert await _next_event(stream) == {"key": "restarting"}
        waiting.attach(engine)  # not resumed: a new session with a new token
        assert await _next_event(stream) == {"key": "gone"}
        async with http.get(_base(waiting)) as r:
            assert r.status == 404 and "neu scannen" in await r.text()


async def test_the_app_opens_the_window_until_the_resume_is_confirmed(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"

    def app() -> SupervisionApp:
        return SupervisionApp(
            sessions_dir=sessions, template=DEFAULT_TEMPLATE, host="127.0.0.1", port=0, rng=random.Random(5)
        )

    async with client() as phone:
        first = app()
        async with first.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            await first.servers_started()  # the form server starts after the first frame
            assert first.join_url is not None and first.server is not None
            path = first.join_url.split("/s/", 1)[1]
            await join(phone, first.join_url)
            await pilot.press("ctrl+q", "j")  # mid-session: the journal and the token stay
            await pilot.pause()

        second = app()
        async with second.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            await second.servers_started()  # the form server starts after the first frame
            assert isinstance(second.screen, ConfirmDialog)
            assert second.server is not None and second.server.port is not None
            url = f"http://127.0.0.1:{second.server.port}/s/{path}"
            async with phone.get(url) as r:
                assert r.status == 503
                assert "Die Sitzung wird gleich fortgesetzt" in await r.text()
            await pilot.press("j")
            await pilot.pause()
            async with phone.get(f"{url}/step.json", headers=JSON) as r:
                assert r.status == 200
                assert (await r.json())["label"] == "T1"


@pytest.mark.e2e
async def test_a_refused_event_stream_is_tried_again_with_backoff(engine: Engine, free_port: int) -> None:
    """A stream answered with an error closes for good in the browser; live.js opens a new one."""
    server = LiveServer("127.0.0.1", free_port)
    await server.start()
    url = server.attach(engine, TOKEN)
    streams: list[int] = []
    try:
        async with chromium() as browser:
            context = await browser.new_context(viewport=PHONE, locale="de-DE")
            page = await context.new_page()
            page.on("response", lambda r: streams.append(r.status) if r.url.endswith("/events") else None)
            await page.goto(url)
            await page.get_by_label("Ich halte die Schweigepflicht ein.").check()
            await page.get_by_role("button", name="Bestätigen und teilnehmen").click()
            await expect(page.get_by_role("heading", name="Gerade keine Eingabe")).to_be_visible()

            # The server goes away and comes back refusing streams (503): EventSource gives up on them.
            server.max_streams = 0
            await server.stop()
            await server.start()
            server.attach(engine, TOKEN)
            for _ in range(150):  # two refused streams: the second one was live.js trying again
                if streams.count(503) >= 2:
                    break
                await asyncio.sleep(0.1)
            assert streams.count(503) >= 2, streams
            server.max_streams = 1000
            engine.next()
            await expect(page.get_by_role("heading", name="Wie geht es Ihnen?")).to_be_visible(timeout=20_000)
            await context.close()
    finally:
        await server.stop()
    assert streams[0] == 200 and streams[-1] == 200


async def test_after_an_unclean_stop_the_session_resumes_without_asking(tmp_path: Path) -> None:
    sessions, crashed = tmp_path / "sessions", tmp_path / "crashed"

    def app(root: Path, **options: object) -> SupervisionApp:
        return SupervisionApp(
            sessions_dir=root,
            template=DEFAULT_TEMPLATE,
            host="127.0.0.1",
            port=0,
            rng=random.Random(5),
            **options,  # type: ignore[arg-type]
        )

    first = app(sessions)
    async with first.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await first.servers_started()  # the form server starts after the first frame
        await pilot.press("pagedown")  # Runde 1
        await pilot.pause()
        assert first.engine is not None and first.server is not None
        token = first.server.token
        # What kill -9 leaves behind: the running folder as it is while the app runs.
        shutil.copytree(sessions, crashed)
        await pilot.press("ctrl+q", "j")  # this one stops cleanly
        await pilot.pause()

    # Stopped cleanly: the next start asks.
    asked = app(sessions)
    async with asked.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await asked.servers_started()  # the form server starts after the first frame
        assert isinstance(asked.screen, ConfirmDialog)

    # Stopped uncleanly: it goes on at once, with the same URL, and says so.
    resumed = app(crashed)
    async with resumed.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await resumed.servers_started()  # the form server starts after the first frame
        assert not isinstance(resumed.screen, ConfirmDialog)
        assert resumed.engine is not None and resumed.server is not None
        assert resumed.engine.position.step.id == "runde-1"
        assert resumed.server.token == token
        notices = [n.message for n in resumed._notifications]
        assert any("automatisch fortgesetzt" in n for n in notices), notices

    # `--no-auto-resume`: asked, even after an unclean stop.
    shutil.rmtree(crashed)
    shutil.copytree(tmp_path / "sessions", crashed)
    Store(crashed).mark_open(resumed.engine.session)
    manual = app(crashed, auto_resume=False)
    async with manual.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await manual.servers_started()  # the form server starts after the first frame
        assert isinstance(manual.screen, ConfirmDialog)


def test_a_session_still_open_in_another_process_is_not_taken_over(tmp_path: Path) -> None:
    engine = new_engine(tmp_path / "sessions")
    store = engine.store
    assert store is not None
    store.mark_open(engine.session)
    assert store.interrupted(engine.session)  # this process, gone from the app: interrupted
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        store.open_path(engine.session).write_text(str(alive.pid))
        assert not store.interrupted(engine.session)  # its app still runs
        alive.kill()  # kill -9: until its parent (here: this test) collects it, it is a zombie
        deadline = time.monotonic() + 5
        while not Path(f"/proc/{alive.pid}/stat").read_text().rpartition(")")[2].startswith(" Z"):
            assert time.monotonic() < deadline
            time.sleep(0.01)
        assert store.interrupted(engine.session), "a killed app not yet collected by its terminal"
    finally:
        alive.kill()
        alive.wait()
    assert store.interrupted(engine.session)  # … until it is gone
    store.mark_closed(engine.session)
    assert not store.interrupted(engine.session)


async def test_an_answer_sent_in_the_window_stays_on_the_page_and_is_stored_once_when_sent_again(
    waiting: LiveServer, engine: Engine
) -> None:
    typed = {"step": "runde-2", "text": "Ein <i>Satz</i>, den ich nicht zweimal tippe", "consent": "quote"}
    async with client() as phone:
        async with phone.post(_base(waiting) + "/answer", data={**typed, "nonce": "resend-nonce-1"}) as r:
            assert r.status == 503 and "Retry-After" in r.headers
            page = await r.text()
        assert "&lt;i&gt;Satz&lt;/i&gt;" in page and "<i>Satz" not in page, "escaped, and kept"
        assert 'http-equiv="refresh"' not in page, "a reload would lose the text"
        assert f'action="/s/{TOKEN}/answer"' in page and "Noch einmal senden" in page
        kept = form_fields(page)
        assert kept == {**typed, "nonce": "resend-nonce-1"}

        waiting.attach(engine, TOKEN)  # the supervisor confirmed the resume
        engine.goto("runde-2")
        await join(phone, _base(waiting))
        for _ in range(2):  # the tap, and a second one because the Wi-Fi hung
            async with phone.post(_base(waiting) + "/answer", data=kept, allow_redirects=False) as r:
                assert r.status == 303, await r.text()
    answers = [a for a in engine.session.answers if a.step_id == "runde-2"]
    assert [(a.text, a.revision) for a in answers] == [("Ein <i>Satz</i>, den ich nicht zweimal tippe", 1)]
