"""A sessions folder on a read-only disk, in a real terminal: a German notice, never a traceback.

The disk is a real read-only tmpfs in a private mount namespace (`unshare -m`, as root, or in a user
namespace otherwise), so no mount outlives the test; the app runs inside it in tmux, as `make run` does.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from supervision_tui.engine import Engine
from supervision_tui.prompts import find_template
from supervision_tui.store import Store

from .test_tmux import ROOT, Terminal, terminal_env

pytestmark = pytest.mark.e2e


RUN = (
    "run --template gruppensupervision-integrationslotsen --sessions-dir {sessions} --host 127.0.0.1 --port 0"
)


def _launch_on_readonly_disk(
    tmp_path: Path, terminals: list[Terminal], command: str = RUN, files: Path | None = None
) -> Terminal:
    """`supervision-tui <command>` with `{sessions}` a folder on a read-only disk, holding `files`' files."""
    disk = tmp_path / "disk"
    disk.mkdir()
    app = f"exec {shlex.quote(sys.executable)} -m supervision_tui " + command.format(sessions='"$1/sessions"')
    fill = f'cp -r {shlex.quote(str(files))} "$1/sessions"' if files else 'mkdir "$1/sessions"'
    script = f'mount -t tmpfs -o size=1m tmpfs "$1" && {fill} && mount -o remount,ro "$1" && {app}'
    unshare = ["unshare", "-m"] if os.geteuid() == 0 else ["unshare", "-rm"]
    command = shlex.join([*unshare, "sh", "-c", script, "sh", str(disk)])
    name = f"suptui{time.monotonic_ns()}"
    env = terminal_env(tmp_path, path="/usr/bin:/bin:/sbin:/usr/sbin")
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", name, "-x", "110", "-y", "32", command],
        cwd=ROOT,
        env=env,
        check=True,
    )
    terminals.append(Terminal(name))
    return terminals[-1]


def test_a_read_only_sessions_folder_starts_no_session_and_says_why(
    tmp_path: Path, terminals: list[Terminal]
) -> None:
    terminal = _launch_on_readonly_disk(tmp_path, terminals)
    screen = terminal.wait_for(r"Die Sitzung beginnt nicht", timeout=30)
    assert "schreibgeschützt" in screen and "Traceback" not in screen and "Error" not in screen
    assert "Sitzung starten" in screen, "the start screen waits for a writable folder"
    terminal.quit()


def test_the_coordinator_reads_a_read_only_folder_and_a_failed_export_says_why_in_german(
    tmp_path: Path, terminals: list[Terminal]
) -> None:
    store = Store(tmp_path / "finished")
    engine = Engine.start(
        find_template("gruppensupervision-integrationslotsen"), title="", date=date(2026, 12, 1), store=store
    )
    assert engine.end() is not None
    terminal = _launch_on_readonly_disk(tmp_path, terminals, "review {sessions}", files=store.root)
    terminal.wait_for(r"1 Sitzungen", timeout=30)  # reading needs no write: a stick mounted read-only works
    terminal.keys("x")
    terminal.wait_for(r"Exportieren")
    terminal.keys("Enter")
    screen = terminal.wait_for(r"Export fehlgeschlagen")
    assert (
        "Datenträger schreibgeschützt" in screen and "Read-only" not in screen and "Traceback" not in screen
    )
