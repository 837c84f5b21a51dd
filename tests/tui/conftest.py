"""Deterministic apps for Pilot and snapshot tests: injected clock, now, rng, token, session id."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from domain._support import FakeClock
from textual.widgets import Input, TextArea

from supervision_tui.tui.app import SupervisionApp

TEMPLATE = "gruppensupervision-integrationslotsen"
PUBLIC_URL = "http://10.0.0.2:8765"
TOKEN = "tok123"
JOIN_URL = f"{PUBLIC_URL}/s/{TOKEN}"
NOW = dt.datetime(2026, 11, 24, 17, 0, tzinfo=dt.UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(autouse=True)
def _no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    # Snapshots must not depend on where the blink cycle is.
    monkeypatch.setattr(Input, "cursor_blink", False, raising=False)
    monkeypatch.setattr(TextArea, "cursor_blink", False, raising=False)


@pytest.fixture
def make_app(tmp_path: Path, clock: FakeClock) -> Callable[..., SupervisionApp]:
    def factory(**overrides: object) -> SupervisionApp:
        options: dict[str, object] = {
            "sessions_dir": tmp_path / "sessions",
            "template": TEMPLATE,
            "public_url": PUBLIC_URL,
            "clock": clock,
            "now": lambda: NOW,
            "rng": random.Random(7),
            "session_id": "abcdef12",
            "token": TOKEN,
            "start_server": False,
            # Every engine change repainted at once, so a test sees it after one `pilot.pause()`; the
            # coalescing of the real app has its own test (test_sync_coalescing.py).
            "sync_interval": 0,
        }
        options.update(overrides)
        return SupervisionApp(**options)  # type: ignore[arg-type]

    return factory
