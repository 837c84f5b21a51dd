"""Acknowledged ideas are durable: a real `kill -9` while four phones send several ideas each (and
change some) loses none, and the resumed session knows which ideas are whose."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from supervision_tui.engine import AnswerInput, Engine
from supervision_tui.store import Store

from ._support import IdentityAnonymizer
from .test_kill9 import CHILD_HEAD, _printed_acks

pytestmark = pytest.mark.e2e

PHONES = 4
# The child: the Beratung of a kollegiale Fallberatung; phone n % 4 sends idea n, and every fifth
# time changes that phone's first idea instead. "ACK n <id>" only after `submit_answer` returned.
CHILD = CHILD_HEAD + textwrap.dedent(
    """
    engine = Engine.start(
        find_template("gruppensupervision-integrationslotsen"),
        title="kill -9 Ideen",
        date=dt.date(2025, 3, 14),
        store=store,
        session_id="kill9ide",
        anonymizer=Identity(),
    )
    engine.goto("fallberatung", "Beratung")
    engine.select_case(engine.add_case("Fall").id)
    print("READY", store.journal_path(engine.session), flush=True)
    first = {}
    n = 0
    while True:
        n += 1
        device = f"phone-{n % PHONES}"
        revises = first.get(device) if n % 5 == 0 else None
        answer = engine.submit_answer(
            device, AnswerInput(step_id="fallberatung", phase=4, text=f"Idee {n}", revises=revises)
        )
        first.setdefault(device, answer.id)
        print("ACK", n, answer.id, flush=True)
    """
).replace("PHONES", str(PHONES))


def test_kill_9_loses_no_acknowledged_idea(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(sessions)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    acked: dict[str, int] = {}  # answer id → the last acknowledged idea number it holds
    try:
        assert child.stdout is not None and child.stderr is not None
        first = child.stdout.readline().split()
        assert first[:1] == ["READY"], child.stderr.read()
        journal = Path(first[1])
        deadline = time.monotonic() + 60
        while len(acked) < 25 and time.monotonic() < deadline:
            line = child.stdout.readline()
            assert line.startswith("ACK "), f"{line!r} {child.stderr.read() if not line else ''}"
            _, n, answer_id = line.split()
            acked[answer_id] = int(n)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
        rest = child.stdout.read()
        for n in _printed_acks(rest):
            line = next(x for x in rest.split("\n") if x.startswith(f"ACK {n} "))
            acked[line.split()[2]] = n
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    store = Store(sessions)
    engine = Engine.resume(store, journal, anonymizer=IdentityAnonymizer())
    stored = {a.id: a for a in engine.session.answers}
    for answer_id, n in acked.items():
        # the acknowledged text, or a later change of the same idea sent before the kill
        assert answer_id in stored and int(stored[answer_id].text.split()[1]) >= n, answer_id
    ideas = 0
    for p in range(PHONES):
        device = f"phone-{p}"
        participant = engine.participant_for(device)
        assert participant is not None
        mine = engine.current_answers(participant.label)
        assert [a.id for a in mine] == [
            a.id for a in engine.session.answers if a.participant == participant.label
        ]
        ideas += len(mine)
        # the phone goes on after the restart: its first idea changes, a new one is one more
        if len(mine) < 10:
            again = engine.submit_answer(
                device, AnswerInput(step_id="fallberatung", phase=4, text="danach", revises=mine[0].id)
            )
            assert again.id == mine[0].id
            engine.submit_answer(device, AnswerInput(step_id="fallberatung", phase=4, text="neu"))
            assert len(engine.current_answers(participant.label)) == len(mine) + 1
    assert ideas == len(stored) >= len(acked)
