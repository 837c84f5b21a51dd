"""Python's cyclic garbage collector while phones are served: kept out of the way of a burst of answers.

A burst of 500 phones keeps some 20,000 objects of requests in work alive at once. With CPython's
settings the collector traverses them again and again in the middle of the burst. Three measures,
each of which `benchmarks/live_load.py` shows to lower the server's CPU per answer in a burst:

* `serve`: what exists when a session starts (modules, the name lexicon, the TUI's widgets) lives until
  the app quits. Frozen (`gc.freeze`), it is not traversed by every full collection, which would
  stall the loop for tens of milliseconds within a burst.
* `serve`: a young collection every 10,000 allocations instead of CPython's 700: a fourteenth as many
  within a burst.
* `busy`/`idle`: no collection at all while a request is in work; the collector runs again as soon as
  none is. Answers are freed by reference counting anyway; the collector is only needed for cycles,
  and a request leaves five objects in one (asyncio's transport). A pause ends early once
  `PAUSE_CEILING` objects were allocated in it or after `LONGEST_PAUSE` seconds, so that neither phones
  that never stop nor one that sends its answer byte by byte can keep the collector off for long.

Textual pauses the collector the same way during smooth scrolls if `App.PAUSE_GC_ON_SCROLL` is set. It
is off by default and off here: the two pauses would end each other early.
"""

from __future__ import annotations

import asyncio
import gc

from aiohttp import web
from aiohttp.typedefs import Handler, Middleware

YOUNG_THRESHOLD = 10_000
PAUSE_CEILING = 200_000
LONGEST_PAUSE = 5.0  # seconds; a burst of 500 answers takes about 0.3 s


class Collector:
    """The collector's settings while a session is served, and its pauses while requests are in work."""

    def __init__(
        self,
        young_threshold: int = YOUNG_THRESHOLD,
        ceiling: int = PAUSE_CEILING,
        longest: float = LONGEST_PAUSE,
    ) -> None:
        self.young_threshold = young_threshold
        self.ceiling = ceiling
        self.longest = longest
        self.pauses = 0  # how many times a request found the collector running and paused it
        self._threshold: tuple[int, int, int] | None = None  # the app's own, while ours is set
        self._in_work = 0
        self._paused = False
        self._deadline: asyncio.TimerHandle | None = None

    def serve(self) -> None:
        """A session starts: freeze what exists, collect the young generation less often."""
        gc.collect()
        gc.freeze()
        if self._threshold is None:
            self._threshold = gc.get_threshold()
            gc.set_threshold(self.young_threshold, *self._threshold[1:])

    def release(self) -> None:
        """The server stops: everything as the app had it (what was frozen may be garbage by now)."""
        self._resume()
        gc.unfreeze()
        if self._threshold is not None:
            gc.set_threshold(*self._threshold)
            self._threshold = None

    def busy(self) -> None:
        """A request begins its work. Call `idle()` when it ends, also when it fails."""
        self._in_work += 1
        # Only a collector that runs is paused: one the app switched off stays the app's business.
        if self._in_work == 1 and gc.isenabled():
            gc.disable()
            self._paused = True
            self.pauses += 1
            try:
                self._deadline = asyncio.get_running_loop().call_later(self.longest, self._resume)
            except RuntimeError:  # no event loop: nothing can keep a request in work for long
                self._deadline = None
        elif self._paused and gc.get_count()[0] > self.ceiling:
            self._resume()

    def idle(self) -> None:
        """A request ended its work."""
        self._in_work -= 1
        if self._paused and (self._in_work == 0 or gc.get_count()[0] > self.ceiling):
            self._resume()

    def middleware(self, *, not_in_work: str) -> Middleware:
        """An aiohttp middleware that keeps the collector paused while a request is in work.

        Requests of the route named `not_in_work` do not count (the event stream, which stays open).
        Put it first, so that the pause spans the other middlewares and the error pages they render.
        """

        @web.middleware
        async def pause_while_in_work(request: web.Request, handler: Handler) -> web.StreamResponse:
            if request.match_info.route.name == not_in_work:
                return await handler(request)
            self.busy()
            try:
                return await handler(request)
            finally:
                self.idle()

        return pause_while_in_work

    @property
    def paused(self) -> bool:
        return self._paused

    def _resume(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None
        if self._paused:
            self._paused = False
            gc.enable()
