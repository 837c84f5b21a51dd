"""How much work the server takes on: rate limits per phone and per address, and group commit.

Group commit: every request that stores something (an answer, a join) hands its engine work to
`GroupCommit.run`. The work of all requests that arrived in the same loop iteration runs in arrival
order, at most `WORK_SLOTS` of it, then one `engine.sync()` (one write, one fsync) makes the batch
durable, and only then is each request answered. A failed sync refuses the whole batch.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

# Answers and joins per commit batch. In a burst of hundreds of phones, without a bound every request
# reaches the commit before any is acknowledged, and the acknowledgements queue behind new work
# (p99 120 ms after the state, 500 phones); with it, each group is committed and answered first.
WORK_SLOTS = 32


class RateLimiter:
    """At most `limit` hits per `window` seconds per key (sliding window)."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float]) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}

    def allow(self, key: str) -> bool:
        now = self._clock()
        if len(self._hits) > 20_000:  # forget idle keys, keep memory bounded
            self._hits = {k: q for k, q in self._hits.items() if q and q[-1] > now - self.window}
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) >= self.limit:
            return False
        hits.append(now)
        return True


class GroupCommit:
    """Engine work of many requests in one batch, then one `sync()` for the batch, then all their answers.

    Handlers hand in their engine work (`run`); it runs on the loop thread in arrival order, at most
    `limit` items per batch, and each handler gets its item's result once the batch is durable. Each
    request is suspended once, not at a semaphore and again at the commit. The limit keeps a burst's
    first acknowledgements from waiting behind its last answers; `limit=1` is one fsync per request.
    While the fsync blocks, new requests queue in the kernel and form the next batch.
    """

    def __init__(self, sync: Callable[[], None], *, limit: int = WORK_SLOTS) -> None:
        self._sync = sync
        self._limit = limit
        self._queue: deque[tuple[Callable[[], Any], asyncio.Future[Any], Callable[[], None] | None]] = deque()
        self._scheduled = False
        self.batches = 0  # syncs that succeeded (fsyncs of the journal)
        self.synced = 0  # items they made durable

    async def run(self, work: Callable[[], T], refused: Callable[[], None] | None = None) -> T:
        """`work()`'s result once it is durable; its exception, or the sync's (`OSError`: nothing saved).

        `refused` is called when the batch's sync failed, before anyone of the batch is answered: it
        undoes what `work` noted outside the engine (the next batch must not see it).
        """
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[T] = loop.create_future()
        self._queue.append((work, fut, refused))
        if not self._scheduled:
            self._scheduled = True
            loop.call_soon(self._flush)
        return await fut

    def _flush(self) -> None:
        self._scheduled = False
        done: list[tuple[asyncio.Future[Any], Any, BaseException | None, Callable[[], None] | None]] = []
        while self._queue and len(done) < self._limit:
            work, fut, refused = self._queue.popleft()
            if fut.cancelled():  # the phone hung up before its turn: its answer is not taken
                continue
            try:
                done.append((fut, work(), None, refused))
            except Exception as exc:  # a business error of this one request (not current step, …)
                done.append((fut, None, exc, None))
        try:
            self._sync()
        except Exception as exc:  # disk full, I/O error: nobody gets "saved", and nothing is stored later
            for _fut, _result, _error, refused in done:
                if refused is not None:
                    refused()
            for fut, _result, error, _refused in done:
                if not fut.done():
                    fut.set_exception(error or exc)
        else:
            self.batches += 1
            self.synced += len(done)
            for fut, result, error, _refused in done:
                if fut.done():
                    continue
                if error is not None:
                    fut.set_exception(error)
                else:
                    fut.set_result(result)
        if self._queue:  # the rest is the next batch, scheduled after the answers to this one
            self._scheduled = True
            asyncio.get_running_loop().call_soon(self._flush)
