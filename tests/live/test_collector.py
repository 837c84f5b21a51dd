"""The garbage collector while phones are served: paused while requests are in work, and only then."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator

import aiohttp
import pytest

from supervision_tui.engine import Engine
from supervision_tui.events import AnswerSaved, Event
from supervision_tui.live.collector import Collector
from supervision_tui.live.server import LiveServer

from .helpers import JSON, join


@pytest.fixture(autouse=True)
def collector_running() -> Iterator[None]:
    """Every test starts with the collector on and leaves it so, whatever it asserted."""
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


async def test_no_collection_while_answers_are_in_work_and_collections_again_after(
    url: str, http: aiohttp.ClientSession, engine: Engine, server: LiveServer
) -> None:
    await join(http, url)
    engine.goto("runde-2")
    during: list[bool] = []

    def saved(event: Event) -> None:
        if isinstance(event, AnswerSaved):  # inside the request, before its answer is durable
            during.append(gc.isenabled())

    engine.subscribe(saved)
    pauses = server.collector.pauses
    for text in ("Erste Antwort", "Zweite Antwort"):
        data = {"step": "runde-2", "text": text, "consent": "quote"}
        async with http.post(f"{url}/answer", data=data, headers=JSON) as r:
            assert r.status == 200, await r.text()
        assert gc.isenabled()  # acknowledged: nothing in work any more
    assert during == [False, False]
    assert server.collector.pauses == pauses + 2


async def test_an_open_event_stream_does_not_pause_the_collector(
    url: str, http: aiohttp.ClientSession, server: LiveServer
) -> None:
    """A phone keeps its stream open for as long as it shows the form: that is not a request in work."""
    async with http.get(f"{url}/events") as stream:
        assert stream.status == 200
        await stream.content.readline()
        assert gc.isenabled()
        assert not server.collector.paused


async def test_a_failing_request_ends_its_pause(url: str, http: aiohttp.ClientSession) -> None:
    async with http.post(f"{url}/answer", data=b"\xff\xfe", headers=JSON) as r:
        assert r.status in (400, 403)
    async with http.get(f"{url[:-4]}XXXX") as r:
        assert r.status == 404
    assert gc.isenabled()


async def test_concurrent_requests_share_one_pause_that_ends_with_the_last() -> None:
    collector = Collector()
    collector.busy()
    collector.busy()
    assert not gc.isenabled()
    collector.idle()
    assert not gc.isenabled()  # one is still in work
    collector.idle()
    assert gc.isenabled()
    assert collector.pauses == 1


def test_a_pause_ends_early_once_the_ceiling_is_allocated() -> None:
    """Phones that never stop must not keep the collector off for good."""
    collector = Collector(ceiling=5_000)
    collector.busy()
    collector.busy()
    kept = [[i] for i in range(20_000)]  # tracked objects, alive: the young count grows past the ceiling
    collector.idle()
    assert gc.isenabled()  # one request is still in work, yet the collector runs again
    collector.busy()  # no new pause inside the same stretch of work
    assert gc.isenabled()
    collector.idle()
    collector.idle()
    assert gc.isenabled()
    assert collector.pauses == 1
    del kept


async def test_a_pause_ends_after_the_longest_pause_even_with_a_request_still_in_work() -> None:
    """A phone that sends its answer byte by byte keeps its request in work; the collector runs again."""
    collector = Collector(longest=0.05)
    collector.busy()
    assert not gc.isenabled()
    await asyncio.sleep(0.1)
    assert gc.isenabled()
    collector.busy()
    collector.idle()
    collector.idle()
    assert gc.isenabled()
    assert collector.pauses == 1


async def test_the_deadline_of_an_ended_pause_does_not_cut_the_next_one_short() -> None:
    collector = Collector(longest=0.3)
    collector.busy()
    collector.idle()  # the first pause ends long before its deadline
    await asyncio.sleep(0.2)
    collector.busy()  # the second pause runs until 0.5 s
    await asyncio.sleep(0.2)  # past the first pause's deadline
    assert not gc.isenabled()
    collector.idle()
    assert collector.pauses == 2


def test_a_collector_the_app_switched_off_stays_off() -> None:
    collector = Collector()
    gc.disable()
    collector.busy()
    collector.idle()
    assert not gc.isenabled()
    assert collector.pauses == 0


async def test_stopping_the_server_while_a_request_is_in_work_ends_the_pause(engine: Engine) -> None:
    srv = LiveServer("127.0.0.1", 0)
    await srv.start()
    srv.attach(engine)
    srv.collector.busy()  # a request that is cut off by the stop
    assert not gc.isenabled()
    await srv.stop()
    assert gc.isenabled()


def test_the_app_leaves_textuals_own_pause_off() -> None:
    """Textual's pause during smooth scrolls and ours would each switch the collector on in the other's."""
    from supervision_tui.tui.app import SupervisionApp

    assert SupervisionApp.PAUSE_GC_ON_SCROLL is False
