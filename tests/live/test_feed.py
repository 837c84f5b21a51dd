"""The projection's feed over real HTTP: token, loopback only, never on the phones' port, discovery.

A view crosses only as `RoomView`; these tests are about who may fetch it and how fast it moves.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import shutil
import socket
import stat
import statistics
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from supervision_tui.engine import AnswerInput, Engine
from supervision_tui.live.feed import (
    STREAM_PATH,
    VIEW_PATH,
    FeedUpdate,
    RoomFeed,
    discovery_path,
    follow,
    read_discovery,
)
from supervision_tui.live.server import LiveServer, lan_address
from supervision_tui.models import Consent

from .helpers import new_engine


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return new_engine(tmp_path / "sessions")


@pytest.fixture
async def feed(tmp_path: Path, engine: Engine) -> AsyncIterator[RoomFeed]:
    room = RoomFeed(tmp_path / "sessions")
    await room.start()
    room.attach(engine, "http://10.0.0.2:8765/s/tok123")
    yield room
    await room.stop()


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_the_feed_refuses_a_missing_or_wrong_token(feed: RoomFeed) -> None:
    async with aiohttp.ClientSession() as http:
        for path in (VIEW_PATH, STREAM_PATH, "/", "/nothing"):
            for headers in ({}, _auth("wrong"), _auth(feed.token[:-1]), {"Authorization": feed.token}):
                async with http.get(f"{feed.url}{path}", headers=headers) as r:
                    assert r.status == 401, (path, headers)
                    assert feed.token not in await r.text()
        async with http.get(f"{feed.url}{VIEW_PATH}", headers=_auth(feed.token)) as r:
            assert r.status == 200
            view = await r.json()
    assert view["step_title"] == "Ankommen und Beitreten"


async def test_no_feed_response_names_the_server_software(feed: RoomFeed) -> None:
    """Refused, served, streamed, or rejected by the HTTP parser: no `Server` header, no banner."""
    assert feed.port is not None
    seen = []
    async with aiohttp.ClientSession() as http:
        for path, headers in (
            (VIEW_PATH, {}),
            (VIEW_PATH, _auth(feed.token)),
            ("/nothing", _auth(feed.token)),
        ):
            async with http.get(feed.url + path, headers=headers) as r:
                seen.append(r.status)
                assert "Server" not in r.headers, (path, r.headers)
        async with http.get(feed.url + STREAM_PATH, headers=_auth(feed.token)) as r:
            assert r.status == 200 and "Server" not in r.headers, r.headers
            await r.content.readuntil(b"\n\n")
    assert seen == [401, 200, 404]
    reader, writer = await asyncio.open_connection("127.0.0.1", feed.port)
    try:
        writer.write(b"GE\x00T /room HTTP/1.1\r\nHost: x\r\n\r\n")
        raw = await asyncio.wait_for(reader.read(), 5)
    finally:
        writer.close()
    head = raw.partition(b"\r\n\r\n")[0].decode("latin-1")
    assert head.split()[1] == "400", head
    assert "\r\nserver:" not in head.lower() and b"aiohttp" not in raw.lower(), raw


async def test_the_feed_listens_on_loopback_only(feed: RoomFeed) -> None:
    assert feed.address is not None
    host, port = feed.address
    assert host == "127.0.0.1" and port > 0
    address = lan_address()
    if address is not None:
        # From the room's network the port is closed, token or not.
        with pytest.raises(OSError), socket.create_connection((address, port), timeout=1):
            pass


async def test_a_new_console_start_makes_a_new_token(tmp_path: Path) -> None:
    tokens = set()
    for _ in range(2):
        room = RoomFeed(tmp_path / "sessions")
        await room.start()
        tokens.add(room.token)
        await room.stop()
    assert len(tokens) == 2 and all(len(token) >= 40 for token in tokens)


async def test_the_phone_server_does_not_serve_the_feed(engine: Engine, feed: RoomFeed) -> None:
    phones = LiveServer("127.0.0.1", 0)
    await phones.start()
    try:
        phones.attach(engine)
        assert phones.port != feed.port
        async with aiohttp.ClientSession() as http:
            for path in (VIEW_PATH, STREAM_PATH, f"/s/{phones.token}{VIEW_PATH}"):
                async with http.get(f"http://127.0.0.1:{phones.port}{path}", headers=_auth(feed.token)) as r:
                    assert r.status == 404, path
                    body = await r.text()
                    assert "step_title" not in body and "Ankommen" not in body
    finally:
        await phones.stop()


async def test_the_discovery_file_is_private_and_goes_with_the_console(
    tmp_path: Path, feed: RoomFeed
) -> None:
    path = discovery_path(tmp_path / "sessions")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    found = read_discovery(path)
    assert found is not None
    assert (found.port, found.token, found.pid) == (feed.port, feed.token, os.getpid())
    await feed.stop()
    assert not path.exists()


async def test_a_quitting_console_leaves_a_newer_consoles_file_alone(tmp_path: Path) -> None:
    first = RoomFeed(tmp_path / "sessions")
    second = RoomFeed(tmp_path / "sessions")
    await first.start()
    await second.start()
    await first.stop()
    found = read_discovery(discovery_path(tmp_path / "sessions"))
    assert found is not None and found.token == second.token
    await second.stop()


async def test_a_removed_sessions_folder_gets_the_consoles_announcement_back(tmp_path: Path) -> None:
    # A cleanup tool or a careless `rm -r` while the session runs: the journal restores itself at its next
    # write, and a projection started afterwards must still find the console.
    sessions = tmp_path / "sessions"
    feed = RoomFeed(sessions)
    await feed.start()
    try:
        shutil.rmtree(sessions)
        deadline = time.monotonic() + 5
        while not discovery_path(sessions).exists() and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
        found = read_discovery(discovery_path(sessions))
        assert found is not None and (found.token, found.port) == (feed.token, feed.port)
        assert stat.S_IMODE(discovery_path(sessions).parent.stat().st_mode) == 0o700
    finally:
        await feed.stop()
    assert not discovery_path(sessions).exists()


async def _next_view(updates: AsyncIterator[FeedUpdate]) -> FeedUpdate:
    while True:
        update = await asyncio.wait_for(anext(updates), 5)
        if update.view is not None:
            return update


async def test_a_step_change_reaches_the_projection_within_100_ms(
    tmp_path: Path, engine: Engine, feed: RoomFeed
) -> None:
    updates = follow(tmp_path / "sessions")
    try:
        first = await _next_view(updates)
        assert first.connected and first.view is not None and first.view.step_index == 0
        delays = []
        for _ in range(6):
            started = time.perf_counter()
            engine.next()
            update = await _next_view(updates)
            delays.append(time.perf_counter() - started)
            assert update.view is not None and update.view.position_key == (
                engine.position.index,
                engine.position.phase_index,
            )
            await asyncio.sleep(0.05)
    finally:
        await updates.aclose()
    delays.sort()
    print(
        f"feed: step change → view at the client, median {delays[3] * 1000:.1f} ms, max {delays[-1] * 1000:.1f} ms"
    )
    # The aim is 100 ms; the median must meet it, a single slow one on a busy machine may not.
    assert delays[3] < 0.1 and delays[-1] < 0.5


async def test_a_burst_of_answers_is_coalesced(tmp_path: Path, engine: Engine, feed: RoomFeed) -> None:
    engine.goto("runde-1")
    updates = follow(tmp_path / "sessions")
    try:
        await _next_view(updates)
        before = feed.published
        for i in range(60):
            engine.submit_answer(
                f"phone-{i}", AnswerInput(step_id="runde-1", mood=1 + i % 5, consent=Consent.QUOTE)
            )
        last = await _next_view(updates)
        while last.view is not None and sum(last.view.mood_counts) < 60:
            last = await _next_view(updates)
    finally:
        await updates.aclose()
    assert last.view is not None and last.view.mood_counts == [12, 12, 12, 12, 12]
    # 60 answers in one loop iteration: one push (two if a timer tick fell in between), not sixty.
    assert feed.published - before <= 2


async def test_the_projection_waits_for_a_console_and_finds_a_restarted_one(
    tmp_path: Path, engine: Engine
) -> None:
    sessions = tmp_path / "sessions"
    updates = follow(sessions)
    try:
        assert await asyncio.wait_for(anext(updates), 5) == FeedUpdate(False)
        first = RoomFeed(sessions)
        await first.start()
        first.attach(engine, None)
        assert (await _next_view(updates)).view.step_index == 0  # type: ignore[union-attr]
        # The console dies without a word: its file stays behind with a dead port and token.
        stale = discovery_path(sessions).read_bytes()
        await first.stop()
        discovery_path(sessions).write_bytes(stale)
        assert await asyncio.wait_for(anext(updates), 10) == FeedUpdate(False)
        engine.next()
        second = RoomFeed(sessions)
        await second.start()
        second.attach(engine, None)
        assert json.loads(discovery_path(sessions).read_text())["token"] != first.token
        assert (await _next_view(updates)).view.step_index == 1  # type: ignore[union-attr]
        await second.stop()
    finally:
        await updates.aclose()


async def test_the_console_serves_its_session_and_the_resumed_one(tmp_path: Path) -> None:
    """The console app starts the feed beside the phone server and moves it to a resumed session."""
    from supervision_tui.prompts import DEFAULT_TEMPLATE
    from supervision_tui.tui.app import SupervisionApp

    sessions = tmp_path / "sessions"
    path = discovery_path(sessions)

    async def room(token: str, port: int) -> dict[str, object] | None:
        url = f"http://127.0.0.1:{port}{VIEW_PATH}"
        async with aiohttp.ClientSession() as http, http.get(url, headers=_auth(token)) as r:
            assert r.status == 200
            return await r.json()  # type: ignore[no-any-return]

    first = SupervisionApp(sessions, template=DEFAULT_TEMPLATE, host="127.0.0.1", port=0)
    async with first.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await first.servers_started()  # the form server starts after the first frame
        found = read_discovery(path)
        assert first.feed is not None and found is not None and found.token == first.feed.token
        assert first.server is not None and found.port not in (first.server.port, first.port)
        view = await room(found.token, found.port)
        assert view is not None and view["step_index"] == 0 and view["join_url"] == first.join_url
        await pilot.press("pagedown")  # Runde 1
        await pilot.pause(0.1)
        assert (await room(found.token, found.port) or {}).get("step_index") == 1
        await pilot.press("ctrl+q", "j")  # quit mid-session: the journal stays
        await pilot.pause()
    assert not path.exists()

    second = SupervisionApp(sessions, template=DEFAULT_TEMPLATE, host="127.0.0.1", port=0)
    async with second.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await second.servers_started()  # the form server starts after the first frame
        # Before the supervisor answers "resume?", the feed runs with no session: the projection waits.
        again = read_discovery(path)
        assert again is not None and again.token != found.token
        assert await room(again.token, again.port) is None
        await pilot.press("j")
        await pilot.pause(0.1)
        view = await room(again.token, again.port)
        assert view is not None and view["step_index"] == 1 and view["step_title"] == "Runde 1"
        await pilot.press("ctrl+q", "j")
        await pilot.pause()
    assert not path.exists()


async def test_a_feed_that_cannot_announce_itself_leaves_no_port_open(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    sessions.mkdir()
    (sessions / "running").write_text("not a folder")
    room = RoomFeed(sessions)
    with pytest.raises(OSError):
        await room.start()
    assert room.port is None and room.address is None


async def test_a_running_timer_is_pushed_about_once_a_second(
    tmp_path: Path, engine: Engine, feed: RoomFeed
) -> None:
    engine.goto("runde-1")
    engine.toggle_timer()
    updates = follow(tmp_path / "sessions")
    seen: list[float] = []
    try:
        started = time.monotonic()
        while time.monotonic() - started < 2.6:
            update = await _next_view(updates)
            assert update.view is not None and update.view.timer is not None and update.view.timer.running
            seen.append(update.view.timer.remaining)
    finally:
        await updates.aclose()
    # the first view, then one a second: three or four in 2.6 s, each a second less
    assert 3 <= len(seen) <= 4, seen
    assert all(0.5 < a - b < 1.5 for a, b in itertools.pairwise(seen)), seen
    engine.toggle_timer()
    before = feed.published
    await asyncio.sleep(1.2)
    assert feed.published == before + 1  # the pause itself, then nothing while paused


_FOLLOWER = """
import asyncio, sys, time
from pathlib import Path
from supervision_tui.live.feed import follow

async def run():
    async for update in follow(Path(sys.argv[1])):
        if update.view is not None:
            key = update.view.position_key
            print(time.perf_counter(), key[0], key[1], flush=True)

asyncio.run(run())
"""


async def test_a_step_change_leaves_a_busy_console_within_100_ms(tmp_path: Path) -> None:
    """Measured against the real console app, which builds a new screen at each step on the same loop,
    with the projection's side in another process (as `supervision-tui beamer` is)."""
    from supervision_tui.prompts import DEFAULT_TEMPLATE
    from supervision_tui.tui.app import SupervisionApp

    sessions = tmp_path / "sessions"
    app = SupervisionApp(sessions, template=DEFAULT_TEMPLATE, host="127.0.0.1", port=0)
    follower = await asyncio.create_subprocess_exec(
        sys.executable, "-c", _FOLLOWER, str(sessions), stdout=asyncio.subprocess.PIPE
    )
    assert follower.stdout is not None
    delays = []
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            line = await asyncio.wait_for(follower.stdout.readline(), 20)  # the join screen
            assert line.split()[1:] == [b"0", b"0"]
            for _ in range(8):
                started = time.perf_counter()
                await pilot.press("pagedown")
                assert app.engine is not None
                expected = [
                    str(n).encode() for n in (app.engine.position.index, app.engine.position.phase_index)
                ]
                while True:
                    arrived, *key = (await asyncio.wait_for(follower.stdout.readline(), 10)).split()
                    if key == expected:
                        break
                delays.append(float(arrived) - started)
                await pilot.pause(0.3)
    finally:
        follower.kill()
        await follower.wait()
    delays.sort()
    shown = ", ".join(f"{d * 1000:.0f}" for d in delays)
    print(f"console key → view at a projection process (ms): {shown}")
    # The aim is 100 ms for every step. A busy machine may miss it once, never by much.
    assert statistics.median(delays) < 0.1 and delays[-2] < 0.1 and delays[-1] < 0.25
