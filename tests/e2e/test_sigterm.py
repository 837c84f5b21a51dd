"""SIGTERM (a `kill`, a logout, a shutdown) in a real terminal: the terminal comes back usable, and the
session comes back by itself at the next start, with every answer a phone was told was saved.

Python's default for SIGTERM ends the process at once: the terminal stayed in the alternate screen with
mouse reporting on, and the next start asked whether to resume as if the supervisor had quit.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .test_tmux import ROOT, Terminal, answer_a_mood, launch, terminal_env

pytestmark = pytest.mark.e2e


def _in_shell(tmp_path: Path, command: str) -> Terminal:
    """`supervision-tui <command>` under a shell that prints its exit status and stays, so the terminal's
    state after the app is there to read."""
    app = f"{shlex.quote(sys.executable)} -m supervision_tui {command}"
    name = f"suptui{time.monotonic_ns()}"
    env = terminal_env(tmp_path)
    script = f'{app}; echo "EXIT=$?"; sleep 120'
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", name, "-x", "100", "-y", "30", "sh", "-c", script],
        cwd=ROOT,
        env=env,
        check=True,
    )
    return Terminal(name)


def _terminate(terminal: Terminal) -> None:
    app = subprocess.run(
        ["pgrep", "-P", terminal.pane_pid()], capture_output=True, text=True, check=True
    ).stdout.split()
    assert len(app) == 1, app
    subprocess.run(["kill", "-TERM", app[0]], check=True)


def _terminal_state(terminal: Terminal) -> tuple[str, str]:
    shown = subprocess.run(
        ["tmux", "display", "-p", "-t", terminal.name, "#{alternate_on} #{mouse_any_flag}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return shown[0], shown[1]


def test_sigterm_gives_the_terminal_back_and_the_next_start_resumes_by_itself(
    tmp_path: Path, terminals: list[Terminal]
) -> None:
    sessions = tmp_path / "sessions"
    first = _in_shell(
        tmp_path,
        "run --template gruppensupervision-integrationslotsen "
        f"--sessions-dir {sessions} --host 127.0.0.1 --port 0 --title Novembertreffen",
    )
    terminals.append(first)
    answer_a_mood(first)
    assert _terminal_state(first) == ("1", "1"), "the app runs in the alternate screen with the mouse on"

    _terminate(first)

    after = first.wait_for(r"EXIT=\d+", timeout=20)
    assert "EXIT=143" in after, after  # what a shell reports for SIGTERM: scripts see why it ended
    assert "Traceback" not in after
    assert _terminal_state(first) == ("0", "0"), "the terminal is back: main screen, no mouse reporting"

    again = launch(tmp_path)  # the same sessions folder, as `make run` would start it again
    terminals.append(again)
    again.wait_for("automatisch fortgesetzt", timeout=30)
    again.wait_for("Runde 1")
    again.wait_for(r"(?m)^\s*2 [^·\d]+ 1\b")  # the acknowledged mood is back on the chart
    assert "unterbrochen" not in again.screen(), "no question: nobody chose to stop the session"
    again.quit()


def test_sigterm_gives_the_projection_s_terminal_back(tmp_path: Path, terminals: list[Terminal]) -> None:
    (tmp_path / "sessions").mkdir()
    beamer = _in_shell(tmp_path, f"beamer --sessions-dir {tmp_path / 'sessions'}")
    terminals.append(beamer)
    deadline = time.monotonic() + 30
    while _terminal_state(beamer)[0] != "1":
        assert time.monotonic() < deadline, beamer.screen()
        time.sleep(0.1)
    time.sleep(0.5)  # past its first frame: the handler is set in `on_mount`

    _terminate(beamer)

    after = beamer.wait_for(r"EXIT=\d+", timeout=20)
    assert "EXIT=143" in after and "Traceback" not in after, after
    assert _terminal_state(beamer) == ("0", "0")
