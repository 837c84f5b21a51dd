"""The group commit on its own: batches, order, one request's error, a request that hung up."""

from __future__ import annotations

import asyncio

import pytest

from supervision_tui.engine import Engine
from supervision_tui.live.commit import GroupCommit
from supervision_tui.live.server import LiveServer

from .helpers import client, join, moment


async def test_each_batch_is_answered_before_the_next_batch_is_worked_on() -> None:
    order: list[str] = []
    commit = GroupCommit(lambda: order.append("sync"), limit=2)

    async def request(i: int) -> None:
        def work() -> int:
            order.append(f"work{i}")
            return i * 10

        assert await commit.run(work) == i * 10
        order.append(f"ack{i}")

    await asyncio.gather(*(request(i) for i in range(5)))
    assert order == [
        *("work0", "work1", "sync", "ack0", "ack1"),
        *("work2", "work3", "sync", "ack2", "ack3"),
        *("work4", "sync", "ack4"),
    ]
    assert (commit.batches, commit.synced) == (3, 5)


async def test_a_failing_request_gets_its_own_error_and_its_batch_is_still_saved() -> None:
    synced: list[list[int]] = []
    worked: list[int] = []
    commit = GroupCommit(lambda: synced.append(list(worked)))

    async def request(i: int) -> int:
        def work() -> int:
            if i == 1:
                raise ValueError("not this one")
            worked.append(i)
            return i

        return await commit.run(work)

    results = await asyncio.gather(*(request(i) for i in range(3)), return_exceptions=True)
    assert results[0] == 0 and results[2] == 2
    assert isinstance(results[1], ValueError)
    assert synced == [[0, 2]]  # one sync, after the work of the whole batch


async def test_a_failed_sync_fails_every_request_of_the_batch() -> None:
    def broken() -> None:
        raise OSError(28, "No space left on device")

    commit = GroupCommit(broken)
    results = await asyncio.gather(*(commit.run(lambda: 1) for _ in range(3)), return_exceptions=True)
    assert all(isinstance(r, OSError) for r in results)
    assert commit.batches == 0


async def test_a_request_that_hung_up_before_its_turn_is_not_worked_on() -> None:
    worked: list[str] = []
    commit = GroupCommit(lambda: None)
    first = asyncio.ensure_future(commit.run(lambda: worked.append("first")))
    gone = asyncio.ensure_future(commit.run(lambda: worked.append("gone")))
    await asyncio.sleep(0)  # both are queued; the batch runs in the next loop iteration
    gone.cancel()
    await first
    with pytest.raises(asyncio.CancelledError):
        await gone
    assert worked == ["first"]


async def test_one_phone_on_an_old_step_in_a_burst_gets_409_and_the_others_are_saved(
    server: LiveServer, url: str, engine: Engine
) -> None:
    engine.goto("runde-2")
    phones = [client() for _ in range(8)]
    try:
        await asyncio.gather(*(join(p, url) for p in phones))
        statuses = await asyncio.gather(
            *(moment(p, url, i, "runde-1" if i == 3 else "runde-2") for i, p in enumerate(phones))
        )
    finally:
        await asyncio.gather(*(p.close() for p in phones))
    assert statuses == [200, 200, 200, 409, 200, 200, 200, 200]
    assert engine.store is not None
    replayed = engine.store.replay(engine.store.journal_path(engine.session))
    assert sorted(a.text for a in replayed.answers) == sorted(f"Moment {i}" for i in range(8) if i != 3)
