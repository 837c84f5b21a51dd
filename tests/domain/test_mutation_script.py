"""`scripts/mutation.py` (`make mutation`): an option it does not know must not start hours of mutation runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
