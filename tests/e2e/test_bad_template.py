"""`supervision-tui run --template FILE` with a file that fails validation, in a real terminal: the
supervisor reads a German message naming the file and the field, the shell gets exit code 2, and no
traceback is shown (README: bad input gives a clear German error). `templates --validate FILE` says
the same of the same file, with the same exit code."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from .test_beamer_tmux import _start
from .test_tmux import Terminal

pytestmark = pytest.mark.e2e

BROKEN = 'title = "Kaputt"\n[[steps]]\nid = "a"\nkind = "round"\ntitle = "A"\n'  # no minutes


@pytest.mark.parametrize(
    ("content", "said"),
    [(BROKEN, "minutes: fehlt"), ('title = "Kaputt\n', "kein gültiges TOML")],
    ids=["invalid", "not-toml"],
)
def test_an_invalid_template_ends_with_a_german_message_and_exit_code_2(
    content: str, said: str, tmp_path: Path, terminals: list[Terminal]
) -> None:
    template = tmp_path / "kaputt.toml"
    template.write_text(content, encoding="utf-8")
    run = (
        f"{sys.executable} -m supervision_tui run --template {template} "
        f"--sessions-dir {tmp_path / 'sessions'} --host 127.0.0.1 --port 0"
    )
    command = f"sh -c '{run}; echo EXIT=$?; sleep 60'"
    terminals.append(_start(f"bad{time.monotonic_ns()}", command, tmp_path, (100, 30)))
    screen = terminals[-1].wait_for(r"EXIT=\d+", timeout=30)
    assert "EXIT=2" in screen, screen
    # the pane wraps long lines, at a space or inside a word: compare without any whitespace
    joined = "".join(screen.split())
    assert str(template) in joined and "".join(said.split()) in joined, screen
    assert "Traceback" not in screen and "Error" not in screen, screen
    validated = subprocess.run(
        [sys.executable, "-m", "supervision_tui", "templates", "--validate", str(template)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert validated.returncode == 2, validated.stderr
    assert str(template) in validated.stderr and said in validated.stderr
