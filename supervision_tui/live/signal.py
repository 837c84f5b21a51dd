"""A change signal for event streams: every waiter is woken once when something changed."""

from __future__ import annotations

import asyncio


class ChangeSignal:
    """`future()` to wait for the next change, `wake()` when one happened. Each wait gets a fresh future,
    so a waiter that comes late waits for the next change, not the last one."""

    def __init__(self) -> None:
        self._changed: asyncio.Future[None] | None = None

    def wake(self) -> None:
        if self._changed is not None and not self._changed.done():
            self._changed.set_result(None)
        self._changed = None

    def future(self) -> asyncio.Future[None]:
        if self._changed is None or self._changed.done():
            self._changed = asyncio.get_running_loop().create_future()
        return self._changed

    async def wait(self, seconds: float) -> bool:
        """Wait for the next change, at most `seconds`; False when none came (an event stream then
        writes a comment, so that the phone or the projection sees the stream alive)."""
        try:
            await asyncio.wait_for(asyncio.shield(self.future()), seconds)
        except TimeoutError:
            return False
        return True
