"""`make mutation`: break one line at a time (mutmut) and count how many breaks a test notices, per module.

    python scripts/mutation.py                 # every module below (tens of minutes on two cores)
    python scripts/mutation.py store forms     # some of them
    python scripts/mutation.py --report        # only the table, from the last runs (mutants/)
    python scripts/mutation.py engine:submit_answer,moderate   # only these functions of a module
    python scripts/mutation.py --max-children=1 events         # one worker (mutmut's default: one per core)
    python scripts/mutation.py --sample=120 names              # 120 mutants drawn at random, and their score
    python scripts/mutation.py --sample=120 --seed=7 names     # another draw (the default seed is 13)
    python scripts/mutation.py --report --sample=120 names     # the sample's score from the last run
    (a sample's run goes on with the mutants of the sample not run yet: one stopped by a time box resumes)

A sample estimates the score of a module too large to run whole (names.py: 7,276 mutants at 3-170 s each):
the mutants are drawn uniformly at random from all of the module's (or the functions') mutants, and the
score of the sample comes with its 95 % Wilson interval.

What mutmut may mutate and which tests it runs is `[tool.mutmut]` in pyproject.toml. The score counts a
mutant as killed when a test failed or hung (timeout); survivors named in docs/testing.md as equivalent
(they change nothing anyone could observe) are left out of the denominator.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from math import sqrt
from pathlib import Path
from statistics import NormalDist

ROOT = Path(__file__).resolve().parent.parent
MODULES = {
    "store": "supervision_tui/store.py",
    "events": "supervision_tui/events.py",
    "engine": "supervision_tui/engine.py",
    "forms": "supervision_tui/live/forms.py",
    "patterns": "supervision_tui/anonymize/patterns.py",
    "names": "supervision_tui/anonymize/names.py",
    "anonymizer": "supervision_tui/anonymize/engine.py",
    "roles": "supervision_tui/roles.py",
}
DETECTED = {1, 3, 36, 37, -24, 24, 152, 255}  # mutmut's exit codes for killed, timeout, type check
TIMEOUT = {-24, 24, 152}  # SIGXCPU: the mutant ran past its CPU time
SURVIVED = {0, 5, 33}  # survived, or no selected test reaches the line
SEED = 13  # the default draw of --sample: the same mutants every time
# Every `supervision_tui.…__mutmut_N` named in the section "## Equivalent survivors" of docs/testing.md
# (grouped by kind there, each with the reason).
_NAME = re.compile(r"`(supervision_tui\.[^`\s]+__mutmut_\d+)`")
_SECTION = re.compile(r"^## Equivalent survivors\n(.*?)(?=^## |\Z)", re.M | re.S)


def equivalent() -> set[str]:
    path = ROOT / "docs" / "testing.md"
    section = _SECTION.search(path.read_text(encoding="utf-8")) if path.exists() else None
    return set(_NAME.findall(section.group(1))) if section else set()


def _function(key: str) -> str:
    """`supervision_tui.engine.xǁEngineǁsubmit_answer__mutmut_3` -> `submit_answer`."""
    return key.rpartition(".")[2].removeprefix("x_").rpartition("ǁ")[2].rsplit("__mutmut_", 1)[0]


def results(source: str, functions: list[str] | None = None) -> dict[str, int | None]:
    meta = ROOT / "mutants" / f"{source}.meta"
    if not meta.exists():
        return {}
    codes: dict[str, int | None] = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    return {k: v for k, v in codes.items() if not functions or _function(k) in functions}


def patterns(name: str, functions: list[str] | None = None) -> list[str]:
    """mutmut's name patterns for a module, or for some of its functions (methods of any class)."""
    prefix = MODULES[name].removesuffix(".py").replace("/", ".")
    if not functions:
        return [f"{prefix}.*"]
    return [p for f in functions for p in (f"{prefix}.x_{f}__mutmut_*", f"{prefix}.xǁ*ǁ{f}__mutmut_*")]


def generate() -> None:
    """Let mutmut write its mutants (`mutants/`, minutes) without running any: a sample needs their names."""
    code = (
        "import os, mutmut.__main__ as m\n"
        "m.set_mutant_under_test('mutant_generation')\n"
        "os.makedirs('mutants', exist_ok=True)\n"
        "m.copy_src_dir(); m.copy_also_copy_files(); m.setup_source_paths(); m.store_lines_covered_by_tests()\n"
        "m.create_mutants(1)\n"
    )
    print("== generating the mutants (no run)", flush=True)
    subprocess.check_call([sys.executable, "-c", code], cwd=ROOT)


def sample(name: str, functions: list[str] | None, size: int, seed: int = SEED) -> list[str]:
    """`size` of the module's (or functions') mutants, drawn uniformly at random; the same for the same seed."""
    keys = sorted(results(MODULES[name], functions))
    return sorted(random.Random(seed).sample(keys, min(size, len(keys))))


def wilson(killed: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """The Wilson score interval of a proportion killed/n (n > 0)."""
    z = NormalDist().inv_cdf(0.5 + confidence / 2)
    p = killed / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


def run(
    name: str,
    functions: list[str] | None = None,
    options: list[str] | None = None,
    mutants: list[str] | None = None,
) -> int:
    names = mutants or patterns(name, functions)
    print(f"== mutmut run {' '.join(names) if not mutants else f'{len(names)} mutants'}", flush=True)
    return subprocess.call([sys.executable, "-m", "mutmut", "run", *(options or []), *names], cwd=ROOT)


def parse(arg: str) -> tuple[str, list[str] | None]:
    """`engine:submit_answer,moderate` -> ("engine", ["submit_answer", "moderate"])."""
    name, _, functions = arg.partition(":")
    return name, [f for f in functions.split(",") if f] or None


def report(names: list[tuple[str, list[str] | None]], size: int | None = None, seed: int = SEED) -> list[str]:
    """The score table (Markdown) and, after it, the survivors not known to be equivalent.

    With `size`, only the mutants of the sample (`sample(name, functions, size, seed)`) are counted, and a
    line under the table says so, with the score's 95 % Wilson interval.

    A timeout counts as killed (mutmut's rule), but on a loaded machine a test can time out on a mutant
    that changes nothing: a mutant listed as equivalent counts as equivalent even when it timed out, and
    the column "timeouts" says how many of the killed only timed out.
    """
    known = equivalent()
    rows = [
        "| module | mutants | killed | of which timeouts | survived | equivalent | not run | score (non-equivalent) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    open_survivors: list[str] = []
    notes: list[str] = []
    for name, functions in names:
        codes = results(MODULES[name], functions)
        population = len(codes)
        if size is not None:
            codes = {k: codes[k] for k in sample(name, functions, size, seed)}
        checked = {k: v for k, v in codes.items() if v is not None}
        eq = [k for k, v in checked.items() if k in known and v not in DETECTED - TIMEOUT]
        killed = sum(v in DETECTED for k, v in checked.items() if k not in eq)
        timeouts = sum(v in TIMEOUT for k, v in checked.items() if k not in eq)
        survivors = sorted(k for k, v in checked.items() if v not in DETECTED)
        open_survivors += [k for k in survivors if k not in known]
        counted = len(checked) - len(eq)
        score = f"{100 * killed / counted:.1f} %" if counted else "–"
        not_run = len(codes) - len(checked)
        label = f"`{MODULES[name]}`" + (f" ({len(functions)} functions)" if functions else "")
        if size is not None:
            label += f" (sample, seed {seed})"
            low, high = wilson(killed, counted) if counted else (0.0, 1.0)
            notes.append(
                f"{label}: sampled {len(codes):,} of {population:,} mutants, {len(checked)} run; "
                f"score of the sample {score}, 95 % Wilson interval {100 * low:.1f}–{100 * high:.1f} %"
                # mutmut runs the mutants with the fewest tests first: a part of a sample is no random sample
                + (f" (not a random sample yet: {not_run} not run)" if not_run else "")
            )
        rows.append(
            f"| {label} | {len(codes)} | {killed} | {timeouts} | {counted - killed} | {len(eq)} | {not_run} | {score} |"
        )
    return [*rows, "", *notes, *(f"survived: {k}" for k in open_survivors)]


def main(argv: list[str]) -> int:
    if "-h" in argv or "--help" in argv:
        print(__doc__)
        return 0
    # an option this script does not know must not start a run of every module (hours)
    known = ("--max-children=", "--sample=", "--seed=")
    strange = [a for a in argv if a.startswith("-") and a != "--report" and not a.startswith(known)]
    if strange:
        print(f"unknown option(s): {' '.join(strange)}\n{__doc__}", file=sys.stderr)
        return 2
    values = {k: a.removeprefix(k) for a in argv for k in ("--sample=", "--seed=") if a.startswith(k)}
    if any(not v.isdigit() for v in values.values()) or values.get("--sample=", "1").strip("0") == "":
        print("--sample=N and --seed=S take a whole number (N at least 1)", file=sys.stderr)
        return 2
    size = int(values["--sample="]) if "--sample=" in values else None
    seed = int(values.get("--seed=", SEED))
    only_report = "--report" in argv
    # on a shared machine one worker keeps the others' tests running (`make mutation JOBS=1`)
    options = [a for a in argv if a.startswith("--max-children=")]
    names = [parse(a) for a in argv if not a.startswith("--")] or [(m, None) for m in MODULES]
    unknown = [n for n, _ in names if n not in MODULES]
    if unknown:
        print(f"unknown module(s): {', '.join(unknown)}; known: {', '.join(MODULES)}", file=sys.stderr)
        return 2
    status = 0
    if not only_report:
        if size is not None and any(not (ROOT / "mutants" / f"{MODULES[n]}.meta").exists() for n, _ in names):
            generate()
        for name, functions in names:
            if size is None:
                status = run(name, functions, options) or status
                continue
            # only the sampled mutants not run yet: a run stopped by a time box goes on where it stopped
            codes = results(MODULES[name], functions)
            drawn = [k for k in sample(name, functions, size, seed) if codes[k] is None]
            if drawn:
                status = run(name, functions, options, drawn) or status
    print("\n".join(report(names, size, seed)))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
