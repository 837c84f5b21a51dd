"""A second `make run` on the same sessions folder while the first window runs its session, in tmux.

Before, the second window took the running session for an interrupted one and offered to resume it: two
processes appending to one journal. Or, answered "Nein", it put a second join code in front of the room,
and its feed took the projection away from the session that went on in the first window.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .test_tmux import Terminal, _post, answer_a_mood, launch

pytestmark = pytest.mark.e2e


def test_a_second_window_leaves_the_running_session_and_the_projection_to_the_first(
    tmp_path: Path, terminals: list[Terminal]
) -> None:
    first = launch(tmp_path)
    terminals.append(first)
    phone, join_url = answer_a_mood(first)
    running = tmp_path / "sessions" / "running"
    (journal,) = running.glob("*.journal.jsonl")
    discovery = running / "beamer.json"
    projection = json.loads(discovery.read_text())
    assert projection["pid"] == int(first.pane_pid())

    second = launch(tmp_path)
    terminals.append(second)
    shown = second.wait_for(r"läuft\s+schon\s+eine\s+Sitzung", timeout=30)
    assert "wurde unterbrochen" not in shown, "the first window's session is not offered to resume"
    second.wait_for("Vorlage")  # the start screen: a second session only if the supervisor starts one
    assert list(running.glob("*.journal.jsonl")) == [journal], "no second session began by itself"
    assert json.loads(discovery.read_text()) == projection, "the projection stays with the first window"
    second.quit()

    assert json.loads(discovery.read_text()) == projection
    # The first window goes on as if nothing happened: its journal is its own.
    assert _post(phone, f"{join_url}/answer", {"step": "runde-1", "mood": "3", "consent": "quote"})["saved"]
    first.wait_for(r"(?m)^\s*3 [^·\d]+ 1\b")
    lines = [json.loads(line) for line in journal.read_text().splitlines()]
    assert sum(1 for line in lines if line.get("type") == "session_started") == 1, lines[0]
    first.quit()
