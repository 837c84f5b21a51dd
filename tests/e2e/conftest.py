from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .test_tmux import Terminal


@pytest.fixture(scope="session", autouse=True)
def _own_tmux_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """A tmux server of this test process's own, kept alive by a session that outlives every test.

    On the default server, shared with the other xdist worker (and the user), the server exits when the last
    session is killed, and a `new-session` that connects at that moment fails with "server exited unexpectedly"
    (a CI run failed so). Every tmux call of these tests finds this server by TMUX_TMPDIR (`terminal_env` passes
    it on)."""
    if shutil.which("tmux") is None:
        yield
        return
    before = {key: os.environ.get(key) for key in ("TMUX_TMPDIR", "TMUX")}
    os.environ["TMUX_TMPDIR"] = str(tmp_path_factory.mktemp("tmux"))
    os.environ.pop("TMUX", None)  # inside a tmux pane, tmux would talk to that pane's server
    # The server's environment is its first client's, and every pane inherits it: the plain one of `terminal_env`
    # (pytest's own has COLUMNS and LINES, which the app would take for the terminal's size)
    plain = {"PATH": "/usr/bin:/bin", "TMUX_TMPDIR": os.environ["TMUX_TMPDIR"], "LANG": "C.UTF-8"}
    subprocess.run(["tmux", "new-session", "-d", "-s", "keeper", "sleep", "86400"], env=plain, check=True)
    try:
        yield
    finally:
        subprocess.run(["tmux", "kill-server"], capture_output=True)
        for key, value in before.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture
def terminals() -> Iterator[list[Terminal]]:
    """The tmux sessions a test started; killed after it."""
    started: list[Terminal] = []
    yield started
    for terminal in started:
        subprocess.run(["tmux", "kill-session", "-t", terminal.name], capture_output=True)
