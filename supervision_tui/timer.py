"""Countdown for a step or phase, driven by an injected clock so tests control time."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

Clock = Callable[[], float]


@dataclass
class Countdown:
    """Start, pause, extend; `remaining` goes negative when the time is overrun."""

    duration: float  # seconds
    clock: Clock = field(default=time.monotonic)
    _elapsed_before: float = 0.0
    _started_at: float | None = None

    @property
    def running(self) -> bool:
        return self._started_at is not None

    @property
    def elapsed(self) -> float:
        live = self.clock() - self._started_at if self._started_at is not None else 0.0
        return self._elapsed_before + live

    @property
    def remaining(self) -> float:
        return self.duration - self.elapsed

    @property
    def overrun(self) -> bool:
        return self.remaining < 0

    def start(self) -> None:
        if self._started_at is None:
            self._started_at = self.clock()

    def pause(self) -> None:
        if self._started_at is not None:
            self._elapsed_before += self.clock() - self._started_at
            self._started_at = None

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def extend(self, minutes: int) -> None:
        self.duration += minutes * 60

    def restore(self, duration: float, elapsed: float, running: bool) -> None:
        """Take over a countdown saved earlier (resume): `elapsed` as it is now."""
        self.duration = duration
        self._elapsed_before = elapsed
        self._started_at = self.clock() if running else None

    def reset(self, duration: float) -> None:
        self.duration = duration
        self._elapsed_before = 0.0
        self._started_at = None


def format_remaining(seconds: float) -> str:
    """`12:05`, or `+01:30` once the time is overrun; rounds up, so `00:00` means really over."""
    minutes, secs = divmod(math.ceil(abs(seconds)), 60)
    return f"{'+' if seconds < 0 else ''}{minutes:02d}:{secs:02d}"
