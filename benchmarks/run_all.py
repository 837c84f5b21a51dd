"""`make bench`: run every benchmark, each to its end, then print one table of figures and ratios.

Each benchmark measures its own baseline in the same run and may end with one machine-readable
line, `BENCH {"benchmark": ..., "ok": ..., "figures": [{"name", "value", "unit", "baseline",
"ratio", "target"}]}`. A benchmark that misses its target or fails does not stop the others; the
exit status is non-zero at the end if any did. `--markdown FILE` also writes the table, with
today's date, between the markers in FILE (benchmarks/README.md keeps the current one).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
# Scripts here that are no benchmark of their own: this one, the app room.py starts for two of them,
# and live_load.py for another checkout (it needs one named).
NOT_BENCHMARKS = {"run_all.py", "room.py", "live_load_split.py"}


def run(script: Path, extra: list[str]) -> tuple[int, list[dict[str, object]], float, str]:
    """Run one benchmark with its output shown live; its exit status, figures, seconds, last line."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    started = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, str(script), *extra], stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env
    )
    figures: list[dict[str, object]] = []
    last = ""
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("BENCH "):
            figures = json.loads(line[len("BENCH ") :])["figures"]
            continue
        print(line, end="", flush=True)
        if line.strip():
            last = line.strip()
    return proc.wait(), figures, time.monotonic() - started, last


def number(value: object, unit: str = "") -> str:
    if value is None:
        return "–"
    assert isinstance(value, int | float)
    text = f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"
    return f"{text} {unit}".strip()


def table(results: list[tuple[str, int, list[dict[str, object]], float, str]]) -> list[str]:
    rows = [
        "| benchmark | figure | value | baseline (same run) | ratio | target | result |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, status, figures, seconds, last in results:
        result = ("OK" if status == 0 else f"MISSED (exit {status})") + f", {seconds:.0f} s"
        if not figures:
            rows.append(f"| `{name}` | {last.replace('|', '/')} | | | | | {result} |")
        for figure in figures:
            unit = str(figure.get("unit") or "")
            ratio = figure.get("ratio")
            rows.append(
                f"| `{name}` | {figure['name']} | {number(figure.get('value'), unit)} | "
                f"{number(figure.get('baseline'), unit)} | {number(ratio) + '×' if ratio is not None else '–'} | "
                f"{figure.get('target') or ''} | {result} |"
            )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", help="benchmark names (without .py); default: all")
    parser.add_argument("--markdown", type=Path, help="write the table between the markers in this file")
    parser.add_argument("--quick", action="store_true", help="short runs (fewer phones, repetitions)")
    args = parser.parse_args()
    # Each of these runs in a minute or two, for a shared machine.
    quick = {
        "soak.py": ["--phones", "60", "--seconds", "24"],
        "projection_latency.py": ["--sizes", "200", "--repeat", "3"],
        "startup.py": ["--runs", "3"],
        "live_load.py": ["--sizes", "25", "200", "--reps", "3"],
        "anonymize_throughput.py": ["--mb", "1", "--runs", "3"],
        "report.py": ["--sessions", "300", "--runs", "3"],
    }
    scripts = sorted(p for p in HERE.glob("*.py") if p.name not in NOT_BENCHMARKS)
    if args.only:
        scripts = [p for p in scripts if p.stem in args.only]
    # The machine is shared: every figure depends on the load, so the table says what it was.
    load_before = os.getloadavg()
    results = []
    for script in scripts:
        print(f"== {script.name}", flush=True)
        status, figures, seconds, last = run(script, quick.get(script.name, []) if args.quick else [])
        results.append((script.name, status, figures, seconds, last))
    rows = table(results)
    load = (
        f"load average (1 min) {load_before[0]:.1f} at the start, {os.getloadavg()[0]:.1f} at the end, "
        f"{os.cpu_count()} cores"
    )
    print()
    print("\n".join(rows))
    print(f"\n{load}")
    failed = [name for name, status, *_ in results if status]
    print(
        f"\n{len(results) - len(failed)} of {len(results)} benchmarks met their targets"
        + (f"; missed: {', '.join(failed)}" if failed else "")
    )
    if args.markdown:
        text = args.markdown.read_text(encoding="utf-8")
        head, _, rest = text.partition(BEGIN)
        _, _, tail = rest.partition(END)
        block = (
            f"{BEGIN}\nMeasured {dt.datetime.now().strftime('%Y-%m-%d %H:%M')} "
            + ("(`make bench BENCH_ARGS=--quick`)" if args.quick else "(`make bench`)")
            + f", {load}:\n\n"
            + "\n".join(rows)
            + f"\n{END}"
        )
        args.markdown.write_text(head + block + tail, encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
