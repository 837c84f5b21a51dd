from __future__ import annotations

import subprocess
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .test_tmux import Terminal


@pytest.fixture
def terminals() -> Iterator[list[Terminal]]:
    """The tmux sessions a test started; killed after it."""
    started: list[Terminal] = []
    yield started
    for terminal in started:
        subprocess.run(["tmux", "kill-session", "-t", terminal.name], capture_output=True)
