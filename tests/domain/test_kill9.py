"""Acknowledged means durable: a real `kill -9` of a process that takes answers loses nothing acknowledged."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from supervision_tui.engine import AnswerInput, Engine
from supervision_tui.models import SessionStatus
from supervision_tui.store import Store

from ._support import IdentityAnonymizer

pytestmark = pytest.mark.e2e

# What every child begins with: the imports, an anonymizer that keeps the text, the store in argv[1].
CHILD_HEAD = textwrap.dedent(
    """
    import datetime as dt
    import sys
    from pathlib import Path

    from supervision_tui.anonymize import Result
    from supervision_tui.engine import AnswerInput, Engine
    from supervision_tui.prompts import find_template
    from supervision_tui.store import Store


    class Identity:
        def anonymize(self, text, context=None):
            return Result(text)


    store = Store(Path(sys.argv[1]))
    """
)

# The child: start a session, go to the Glitzermoment round, then take answers forever. It prints
# "ACK <n>" only after `submit_answer` returned: the moment a phone would be told "gespeichert".
CHILD = CHILD_HEAD + textwrap.dedent(
    """
    engine = Engine.start(
        find_template("gruppensupervision-integrationslotsen"),
        title="kill -9",
        date=dt.date(2025, 3, 14),
        store=store,
        session_id="kill9abc",
        anonymizer=Identity(),
    )
    engine.next()
    engine.submit_answer("vorab", AnswerInput(step_id="runde-1", mood=4))
    engine.next()
    print("READY", store.journal_path(engine.session), flush=True)
    n = 0
    while True:
        n += 1
        device = f"phone-{n % 17}"  # every 17th answer revises an earlier one
        engine.submit_answer(device, AnswerInput(step_id="runde-2", text=f"Antwort {n}", consent="quote"))
        if n % 10 == 0:
            engine.add_note(f"Notiz {n}")
        print("ACK", n, flush=True)
    """
)


def _run_and_kill(tmp_path: Path, acks_before_kill: int) -> tuple[Path, list[int]]:
    sessions = tmp_path / "sessions"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(sessions)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    try:
        first = child.stdout.readline().split()
        assert first[:1] == ["READY"], child.stderr.read()
        journal = Path(first[1])
        acked: list[int] = []
        deadline = time.monotonic() + 60
        while len(acked) < acks_before_kill and time.monotonic() < deadline:
            line = child.stdout.readline()
            assert line.startswith("ACK "), f"{line!r} {child.stderr.read() if not line else ''}"
            acked.append(int(line.split()[1]))
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
        # lines the child managed to print before it died are acknowledgements too
        acked += _printed_acks(child.stdout.read())
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    assert len(acked) >= acks_before_kill
    return journal, acked


def _printed_acks(rest: str) -> list[int]:
    """The acknowledgements in what a killed child printed: only whole lines count; a line the kill cut
    off ("ACK 1" without its newline) was never finished, so no phone was told "gespeichert" by it."""
    *whole, _cut = rest.split("\n")
    return [int(line.split()[1]) for line in whole if line.startswith("ACK ") and line.split()[1:2]]


@pytest.mark.parametrize("acks_before_kill", [1, 4, 23, 150])
def test_kill_9_loses_no_acknowledged_answer(tmp_path, acks_before_kill):
    journal, acked = _run_and_kill(tmp_path, acks_before_kill)
    store = Store(tmp_path / "sessions")
    [unfinished] = store.unfinished()
    assert unfinished.path == journal

    engine = Engine.resume(store, journal, anonymizer=IdentityAnonymizer())
    session = engine.session
    assert session.status is SessionStatus.RUNNING
    assert engine.position.step.id == "runde-2", "die Sitzung steht wieder bei der Runde von vorher"

    answers = {a.participant: a for a in session.answers_for("runde-2")}
    by_device: dict[int, int] = {}
    for n in acked:
        by_device[n % 17] = n
    assert len(answers) >= len(by_device)
    texts = {a.text for a in answers.values()}
    for n in by_device.values():
        # the last acknowledged answer of each phone, or a later revision it sent before the kill
        assert f"Antwort {n}" in texts or any(
            a.text.startswith("Antwort ")
            and int(a.text.split()[1]) > n
            and int(a.text.split()[1]) % 17 == n % 17
            for a in answers.values()
        ), f"bestätigte Antwort {n} fehlt"
    last = max(acked)
    assert {n.text for n in session.notes} >= {f"Notiz {n}" for n in range(10, last, 10)}
    assert session.answers_for("runde-1")[0].mood == 4

    # …and the session carries on and ends normally
    engine.submit_answer("neu", AnswerInput(step_id="runde-2", text="nach dem Neustart"))
    while engine.next():
        pass
    path = engine.end()
    assert not journal.exists()
    final = store.load(path)
    assert final.status == "finished"
    # the coordinator's file counts every answer, the one after the restart included (its text is private)
    assert {s.id: s for s in final.steps}["runde-2"].answers == len(answers) + 1
    assert store.unfinished() == []


# The loop: one session killed again and again. Each child resumes the journal the last one left
# (the first starts it), takes answers from `phones` phones and is killed at a random moment.
LOOP_CHILD = CHILD_HEAD + textwrap.dedent(
    """
    phones, n = int(sys.argv[2]), int(sys.argv[3])
    unfinished = store.unfinished()
    if unfinished:
        engine = Engine.resume(store, unfinished[0].path, anonymizer=Identity())
    else:
        engine = Engine.start(
            find_template("gruppensupervision-integrationslotsen"),
            title="kill -9 loop",
            date=dt.date(2025, 3, 14),
            store=store,
            session_id="kill9lop",
            anonymizer=Identity(),
        )
        engine.next()
        engine.next()
    print("READY", flush=True)
    while True:
        n += 1
        engine.submit_answer(f"phone-{n % phones}", AnswerInput(step_id="runde-2", text=f"Antwort {n}", consent="quote"))
        print("ACK", n, flush=True)
    """
)


def _kill_loop(tmp_path: Path, phones: int, kills: int, seed: int) -> None:
    rng = random.Random(seed)
    sessions = tmp_path / "sessions"
    latest: dict[int, int] = {}  # phone → its last acknowledged answer number
    n = 0
    for kill in range(kills):
        child = subprocess.Popen(
            [sys.executable, "-c", LOOP_CHILD, str(sessions), str(phones), str(n)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=tmp_path,
        )
        try:
            assert child.stdout is not None and child.stderr is not None
            first = child.stdout.readline()
            assert first.startswith("READY"), child.stderr.read()
            # Some kills come right after the resume, before or at the first answer.
            # The first kill comes after every phone has revised its answer at least once.
            wanted = (
                rng.randint(phones + 1, 3 * phones)
                if kill == 0
                else rng.choice([0, 1, rng.randint(2, 3 * phones)])
            )
            acked: list[int] = []
            while len(acked) < wanted:
                line = child.stdout.readline()
                assert line.startswith("ACK "), f"{line!r} {child.stderr.read() if not line else ''}"
                acked.append(int(line.split()[1]))
            os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=10)
            acked += _printed_acks(child.stdout.read())
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
            child.stdout.close()  # type: ignore[union-attr]
            child.stderr.close()  # type: ignore[union-attr]
        for number in acked:
            latest[number % phones] = number
        store = Store(sessions)
        [unfinished] = store.unfinished()
        session = store.replay(unfinished.path)
        answers = session.answers_for("runde-2")
        by_phone = {a.participant: a for a in answers}
        # One answer per phone (revisions replace, never duplicate), and each acknowledged one is
        # there, or a later revision the phone sent before the kill.
        assert len(by_phone) == len(answers), f"kill {kill}: doubled answers"
        texts = {int(a.text.split()[1]) for a in answers}
        for phone, number in latest.items():
            assert any(t >= number and t % phones == phone for t in texts), (
                f"kill {kill}: answer {number} lost"
            )
        n = max([n, *acked, *texts])


def test_kill_9_loop_short(tmp_path):
    """`make test`: 10 phones, 3 kills at random moments, each resume going on from the journal."""
    _kill_loop(tmp_path, phones=10, kills=3, seed=1)


@pytest.mark.slow
def test_kill_9_loop_50_phones_20_kills(tmp_path):
    """`make test-slow`: 50 phones, 20 kills; no acknowledged answer lost, none doubled."""
    _kill_loop(tmp_path, phones=50, kills=20, seed=2)
