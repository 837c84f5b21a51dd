from __future__ import annotations

import random
from pathlib import Path

import pytest

from supervision_tui.models import Agenda
from supervision_tui.store import Store

from ._support import FakeClock, FakeNow, RecordingAnonymizer, default_agenda


@pytest.fixture
def agenda() -> Agenda:
    return default_agenda()


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "sessions")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def now() -> FakeNow:
    return FakeNow()


@pytest.fixture
def rng() -> random.Random:
    return random.Random(20250314)


@pytest.fixture
def anonymizer() -> RecordingAnonymizer:
    return RecordingAnonymizer()
