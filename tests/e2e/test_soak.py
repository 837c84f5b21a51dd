"""Live projection under load: phones answering all the time, moderation on and off (benchmarks/soak.py).

The soak runs the real app headless with its real form server; phones are a child process posting
over HTTP, each from its own address. `make test` runs a short soak with moderation off; `make
test-slow` the whole benchmark: 200 phones through the default agenda, moderation on against off.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOAK = ROOT / "benchmarks" / "soak.py"


def _soak(*args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    return subprocess.run(
        [sys.executable, str(SOAK), *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=timeout
    )


@pytest.mark.e2e
@pytest.mark.serial  # it counts answers acknowledged in 14 s: another test beside it would take its CPU
def test_short_soak_without_moderation_shows_every_answer_in_bounded_memory() -> None:
    run = _soak("--child", "off", "--phones", "20", "--seconds", "14", "--period", "6", timeout=180)
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["acked"] >= 20, result
    assert result["refused"] == 0, result["statuses"]
    # At the end of every step and phase the screen showed what the room may see (newest as cards,
    # the rest counted), and memory did not keep growing.
    assert result["shown_ok"] == result["shown_checks"] == 12, result
    assert result["rss_growth"] <= 0.2, result


@pytest.mark.slow
def test_soak_200_phones_moderation_off_costs_what_moderated_costs() -> None:
    run = _soak("--phones", "200", "--seconds", "60", timeout=900)
    print(run.stdout)
    summary = json.loads(run.stdout.strip().splitlines()[-1].removeprefix("BENCH "))
    p99, rss, _cpu = summary["figures"]
    assert p99["ratio"] <= 1.5, p99
    assert rss["value"] <= 20 and rss["baseline"] <= 20, rss
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
