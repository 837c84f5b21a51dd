"""`scripts/mutation.py` (`make mutation`): an option it does not know must not start hours of mutation runs."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "mutation.py"


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # in an empty folder: a run that started anyway would leave mutmut's `mutants/` there
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )


def test_help_prints_the_usage_and_runs_nothing(tmp_path: Path) -> None:
    done = _run(tmp_path, "--help")
    assert done.returncode == 0
    assert "make mutation" in done.stdout and "--max-children" in done.stdout
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_option_is_refused_with_the_usage(tmp_path: Path) -> None:
    done = _run(tmp_path, "--max-children", "1")  # "=" forgotten
    assert done.returncode == 2
    assert "unknown option(s): --max-children" in done.stderr
    assert list(tmp_path.iterdir()) == []
    done = _run(tmp_path, "--reports", "names")  # not "--report": would run the module
    assert done.returncode == 2
    assert "unknown option(s): --reports" in done.stderr
    assert list(tmp_path.iterdir()) == []


def _script(tmp_path: Path, keys: int = 0) -> Any:
    """The script as a module, looking at `tmp_path` for `mutants/`, where names.py has `keys` mutants."""
    spec = importlib.util.spec_from_file_location("mutation_script", SCRIPT)
    assert spec and spec.loader
    module: Any = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.ROOT = tmp_path
    if keys:
        meta = tmp_path / "mutants" / "supervision_tui" / "anonymize" / "names.py.meta"
        meta.parent.mkdir(parents=True)
        codes = {
            f"supervision_tui.anonymize.names.x_f__mutmut_{i}": (1 if i % 4 else 0)
            for i in range(1, keys + 1)
        }
        meta.write_text(json.dumps({"exit_code_by_key": codes}), encoding="utf-8")
    return module


def test_a_sample_of_no_mutant_or_not_a_number_is_refused_and_runs_nothing(tmp_path: Path) -> None:
    for bad in ("--sample=0", "--sample=00", "--sample=-3", "--sample=ten", "--sample=", "--seed=x"):
        done = _run(tmp_path, bad, "names")
        assert done.returncode == 2, bad
        assert "--sample" in done.stderr, bad
        assert list(tmp_path.iterdir()) == [], bad


def test_the_sample_is_the_same_for_a_seed_and_another_for_another_seed(tmp_path: Path) -> None:
    script = _script(tmp_path, keys=500)
    first = script.sample("names", None, 40)
    assert len(first) == len(set(first)) == 40
    assert first == script.sample("names", None, 40) == script.sample("names", None, 40, seed=13)
    assert first != script.sample("names", None, 40, seed=14)
    # every mutant can be drawn: over many seeds the draws cover the whole module
    drawn = {k for seed in range(60) for k in script.sample("names", None, 40, seed=seed)}
    assert len(drawn) > 490
    assert script.sample("names", None, 900) == sorted(script.results("supervision_tui/anonymize/names.py"))


def test_the_wilson_interval_of_known_cases() -> None:
    script = _script(Path("/nonexistent"))
    # 8 of 10: 0.490 to 0.943 (Wilson 1927; R: prop.test(8, 10, correct = FALSE))
    low, high = script.wilson(8, 10)
    assert (round(low, 3), round(high, 3)) == (0.490, 0.943)
    low, high = script.wilson(10, 10)
    assert (round(low, 3), high) == (0.722, 1.0)
    low, high = script.wilson(0, 10)
    assert (round(low, 3), round(high, 3)) == (0.0, 0.278)
    low, high = script.wilson(108, 120)
    assert (round(low, 3), round(high, 3)) == (0.833, 0.942)


def test_the_report_of_a_sample_says_it_is_a_sample_and_counts_only_the_sample(tmp_path: Path) -> None:
    script = _script(tmp_path, keys=2000)
    lines = script.report([("names", None)], size=150, seed=13)
    drawn = script.sample("names", None, 150)
    killed = sum(int(k.rsplit("_", 1)[1]) % 4 != 0 for k in drawn)
    row = next(line for line in lines if line.startswith("| `supervision_tui/anonymize/names.py` (sample"))
    assert f"| 150 | {killed} | 0 | {150 - killed} | 0 | 0 |" in row
    low, high = script.wilson(killed, 150)
    note = next(line for line in lines if "sampled" in line)
    assert "sampled 150 of 2,000 mutants, 150 run" in note
    assert f"{100 * killed / 150:.1f} %" in note and f"{100 * low:.1f}–{100 * high:.1f} %" in note
    assert sum(line.startswith("survived: ") for line in lines) == 150 - killed


def test_the_report_of_a_sample_not_run_whole_says_it_is_no_random_sample_yet(tmp_path: Path) -> None:
    script = _script(tmp_path, keys=300)
    meta = tmp_path / "mutants" / "supervision_tui" / "anonymize" / "names.py.meta"
    drawn = script.sample("names", None, 20)
    meta.write_text(json.dumps({"exit_code_by_key": {k: (1 if k != drawn[0] else None) for k in drawn}}))
    note = next(line for line in script.report([("names", None)], size=20) if "sampled" in line)
    assert "19 run" in note and "not a random sample yet: 1 not run" in note


def test_a_sample_runs_only_its_mutants_not_run_yet(tmp_path: Path) -> None:
    script = _script(tmp_path, keys=300)
    meta = tmp_path / "mutants" / "supervision_tui" / "anonymize" / "names.py.meta"
    drawn = script.sample("names", None, 20)
    codes = json.loads(meta.read_text())["exit_code_by_key"]
    meta.write_text(json.dumps({"exit_code_by_key": {**codes, **{k: None for k in drawn[:5]}}}))
    calls: list[list[str] | None] = []

    def run(name: str, functions: object, options: object, mutants: list[str] | None = None) -> int:
        calls.append(mutants)
        return 0

    script.run = run
    assert script.main(["--sample=20", "names"]) == 0
    assert calls == [drawn[:5]]
    meta.write_text(json.dumps({"exit_code_by_key": codes}))  # all run: nothing to do
    assert script.main(["--sample=20", "names"]) == 0
    assert calls == [drawn[:5]]
