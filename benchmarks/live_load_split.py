"""`live_load.py` of any checkout, with the anonymizer's CPU taken out of the server's CPU per answer.

    .venv/bin/python benchmarks/live_load_split.py CHECKOUT [live_load.py's options]
    LIVE_LOAD_PROFILE=out.prof .venv/bin/python benchmarks/live_load_split.py CHECKOUT --sizes 200 --reps 3

For comparing the form server of two commits (`git worktree add /tmp/old <commit>`) when the anonymizer
changed between them: every engine's anonymizer is wrapped, the CPU time of its calls is summed and
subtracted from what the server process reports, so "server CPU/answer" is the server's own work (HTTP,
form, engine, journal, group commit). At its end the server process prints the anonymizer's median CPU
per call (`ANON` on stderr). With LIVE_LOAD_PROFILE, cProfile runs in the server process only between the
benchmark's two CPU readings of each repetition, and not during the anonymizer's calls.

It uses CHECKOUT's own `live_load.py` and `supervision_tui`, and only their public names.
"""

from __future__ import annotations

import atexit
import cProfile
import os
import sys
import time
from multiprocessing.connection import Connection
from typing import Any

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1].startswith("-"):
        raise SystemExit(__doc__)
    os.environ["LIVE_LOAD_CHECKOUT"] = os.path.abspath(sys.argv.pop(1))
CHECKOUT = os.environ["LIVE_LOAD_CHECKOUT"]  # the server processes (spawned) find it here
sys.path[:0] = [CHECKOUT, os.path.join(CHECKOUT, "benchmarks")]

import live_load  # noqa: E402  (CHECKOUT's)

import supervision_tui.anonymize as anonymize  # noqa: E402

_process_time = time.process_time
_spent: list[float] = []  # CPU seconds of every anonymizer call in this process
_profile: dict[str, Any] = {"profile": None, "on": False}


class _Timed:
    """An anonymizer whose calls are timed (and not profiled)."""

    def __init__(self, real: Any) -> None:
        self.real = real

    def anonymize(self, text: str, context: Any = None) -> Any:
        profile, profiling = _profile["profile"], _profile["on"]
        if profiling:
            profile.disable()
        start = _process_time()
        result = self.real.anonymize(text, context)
        _spent.append(_process_time() - start)
        if profiling:
            profile.enable()
        return result


def _server_cpu() -> float:
    """The server's CPU without the anonymizer's; live_load asks for it before and after each repetition."""
    profile = _profile["profile"]
    if profile is not None:
        profile.disable() if _profile["on"] else profile.enable()
        _profile["on"] = not _profile["on"]
    return _process_time() - sum(_spent)


def _report() -> None:
    steady = sorted(_spent[5:])  # the first calls build the word lists
    if steady:
        median = steady[len(steady) // 2] * 1e6
        print(f"ANON median per call {median:.1f} µs over {len(steady)} calls", file=sys.stderr, flush=True)


_default_anonymizer = anonymize.default_anonymizer


def _timed_default() -> Any:
    if time.process_time is _process_time:  # the first engine of this (server) process
        time.process_time = _server_cpu
        atexit.register(_report)
    return _Timed(_default_anonymizer())


anonymize.default_anonymizer = _timed_default  # before the server process imports the engine
_serve = live_load._serve


def _serve_profiled(conn: Connection, mode: str, backlog: int) -> None:
    path = os.environ.get("LIVE_LOAD_PROFILE")
    if mode != "live" or not path:
        _serve(conn, mode, backlog)
        return
    profile = cProfile.Profile(_process_time)
    _profile["profile"] = profile
    try:
        _serve(conn, mode, backlog)
    finally:
        if _profile["on"]:
            profile.disable()
        profile.dump_stats(path)


live_load._serve = _serve_profiled

if __name__ == "__main__":
    sys.exit(live_load.main())
