"""Simulated phones and the headless `simulate` command, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import aiohttp
import pytest

from supervision_tui.engine import Engine
from supervision_tui.live import phones, simulate
from supervision_tui.live.server import LiveServer
from supervision_tui.models import InputKind

from .helpers import client


@pytest.fixture(autouse=True)
def _fresh_phones():
    phones.forget_phones()
    yield
    phones.forget_phones()


async def test_phones_answer_each_step_and_stay_the_same_people(
    server: LiveServer, url: str, engine: Engine
) -> None:
    rng = random.Random(7)
    assert await phones.answer_current_step(url, 5, rng=rng) == 0  # join step: nothing to answer
    assert len(engine.session.participants) == 5  # … but they confirmed and joined
    engine.goto("runde-1")
    assert await phones.answer_current_step(url, 5, rng=rng) == 5
    assert await phones.answer_current_step(url, 5, rng=rng) == 5
    assert len(engine.session.participants) == 5
    answers = engine.session.answers_for("runde-1")
    assert len(answers) == 5 and {a.revision for a in answers} == {2}
    assert all(1 <= (a.mood or 0) <= 5 for a in answers)
    for step, phase, kind in (
        ("runde-2", 0, InputKind.TEXT),
        ("anliegen", 0, InputKind.INTAKE),
        ("fallberatung", 4, InputKind.IDEA),
    ):
        engine.goto(step, phase)
        assert await phones.answer_current_step(url, 5, rng=rng) == 5, kind
        got = engine.session.answers_for(step, phase if step == "fallberatung" else None)
        assert len(got) == 5
        assert all(a.title if kind is InputKind.INTAKE else a.text for a in got)
    engine.goto("pause")
    assert await phones.answer_current_step(url, 5, rng=rng) == 0


async def test_simulated_phones_stay_the_same_people_after_a_restart(
    server: LiveServer, url: str, engine: Engine
) -> None:
    # a resumed demo: the app (and the phones' memory) restarted, the join URL is the same
    rng = random.Random(8)
    engine.goto("runde-1")
    assert await phones.answer_current_step(url, 4, rng=rng) == 4
    phones.forget_phones()
    assert await phones.answer_current_step(url, 4, rng=rng) == 4
    assert len(engine.session.participants) == 4, "no second set of simulated phones"
    assert {a.revision for a in engine.session.answers_for("runde-1")} == {2}


async def test_phones_with_a_shared_session_that_keeps_cookies(
    server: LiveServer, url: str, engine: Engine
) -> None:
    engine.goto("runde-2")
    async with client() as shared:  # a real cookie jar: explicit per-phone cookies still win
        results = await phones.run_phones(url, 4, rng=random.Random(1), session=shared)
        assert [r.acked for r in results] == [True] * 4
        assert not shared.closed
    assert len(engine.session.participants) == 4


async def test_phones_report_failures_instead_of_raising(engine: Engine) -> None:
    # Nothing listens there: no phone is acknowledged, and nothing blows up.
    dead = "http://127.0.0.1:9/s/" + "x" * 22
    async with aiohttp.ClientSession() as http:
        results = await phones.run_phones(dead, 3, rng=random.Random(1), session=http)
        assert [r.acked for r in results] == [False] * 3


def test_plausible_answers_are_german_and_valid() -> None:
    rng = random.Random(3)
    info = {"step_id": "runde-2", "phase": None, "input": "text", "question": "Was war Ihr Glitzermoment?"}
    fields = phones.plausible_answer(info, rng)
    assert (
        fields is not None and fields["text"] in phones.GLITZER and fields["consent"] in ("quote", "private")
    )
    assert phones.plausible_answer({"input": "none"}, rng) is None
    assert phones.plausible_answer({"input": "mood", "ended": True}, rng) is None


def test_simulate_runs_a_whole_session(tmp_path: Path, capsys) -> None:
    args = argparse.Namespace(participants=6, sessions_dir=tmp_path / "s", template=None, port=0)
    assert simulate.main(args) == 0
    out = capsys.readouterr().out
    assert "Teilnehmende:         6" in out
    # mood, Glitzermoment, intake and closing from all six; ideas only from the three Beratende (the
    # case giver, the Moderation and the Protokoll send none in the Beratung)
    assert "Antworten bestätigt:  27 von 27" in out
    assert "p50" in out and "p99" in out
    [path] = (tmp_path / "s").glob("*.json")
    assert str(path) in out
    assert not list((tmp_path / "s").rglob("*.journal.jsonl"))  # ended: the journal is gone
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["status"] == "finished"
    assert sum(step["answers"] for step in data["steps"]) == 27 and data["participants"] == 6
    assert data["cases"] and any(c["step_id"] == "fallberatung" for c in data["cases"])
    assert "answers" not in data, "the coordinator's file holds counts, not the answers"
    assert path.stat().st_mode & 0o777 == 0o600


def test_simulate_other_template_and_bad_template(tmp_path: Path, capsys) -> None:
    args = argparse.Namespace(participants=3, sessions_dir=tmp_path, template="blitzlicht-kurz", port=0)
    assert simulate.main(args) == 0
    args = argparse.Namespace(participants=3, sessions_dir=tmp_path, template="gibt-es-nicht", port=0)
    assert simulate.main(args) == 2  # bad input, as for `run --template` and `templates --validate`
    assert "Vorlage nicht nutzbar" in capsys.readouterr().err
