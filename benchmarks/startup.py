"""Startup and memory of the supervisor's TUI, against a bare Textual app measured in the same run.

1. Time from process start to the first painted frame, in a real terminal (tmux): the clock starts
   when tmux launches the command and stops when capture-pane first shows the marker text.
2. Peak RSS of a headless app holding a session with 500 answers, against a bare Textual app. Measured
   with a word-list cache of its own: the first start after an install builds the anonymizer's cache
   (reported, once), every later start loads it (the figure held against the target). With the user's
   cache, another checkout of other code could have replaced it, and the figure would be the build's.

Targets: the first frame at most 2× the bare app's and under 1.5 s; under 150 MB. Prints medians
and ratios; the last line is JSON for `make bench`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# A private tmux server, kept alive by an idle session, so no run waits for a server to exit.
TMUX = ["tmux", "-L", f"startup-bench-{os.getpid()}"]
BARE_APP = textwrap.dedent(
    """
    from textual.app import App
    from textual.widgets import Static
    class Bare(App):
        def compose(self):
            yield Static("BARE-READY")
    Bare().run()
    """
)
MEMORY_SCRIPT = textwrap.dedent(
    """
    import asyncio, datetime as dt, resource, sys, tempfile
    from pathlib import Path
    mode = sys.argv[1]
    async def main():
        if mode == "bare":
            from textual.app import App
            from textual.widgets import Static
            class Bare(App):
                def compose(self):
                    yield Static("bare")
            async with Bare().run_test(size=(160, 45)) as pilot:
                await pilot.pause()
            return
        from supervision_tui.engine import AnswerInput
        from supervision_tui.models import Consent, Moderation
        from supervision_tui.tui.app import SupervisionApp
        app = SupervisionApp(Path(tempfile.mkdtemp()), template="gruppensupervision-integrationslotsen",
                             port=0)
        async with app.run_test(size=(160, 45)) as pilot:
            await pilot.pause()
            engine = app.engine
            engine.next()  # the mood round
            texts = ["Mir geht es gut, viel los im Jobcenter.", "Müde, aber zufrieden.", "Es war ein guter Monat."]
            for i in range(500):
                a = engine.submit_answer(f"phone-{i}", AnswerInput(step_id=engine.position.step.id, mood=1 + i % 5,
                                         text=texts[i % 3], consent=Consent.QUOTE))
                engine.moderate(a.id, Moderation.APPROVED)
            await pilot.pause(0.5)
            await pilot.resize_terminal(100, 30)
            await pilot.pause(0.3)
    asyncio.run(main())
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
    """
)


def first_frame(command: str, marker: str, timeout: float = 15.0) -> float:
    """Seconds from launching `command` in a fresh tmux session until the pane shows `marker`."""
    name = f"bench{time.monotonic_ns()}"
    start = time.perf_counter()
    subprocess.run(
        [*TMUX, "new-session", "-d", "-s", name, "-x", "100", "-y", "30", command], check=True, cwd=ROOT
    )
    try:
        while time.perf_counter() - start < timeout:
            pane = subprocess.run(
                [*TMUX, "capture-pane", "-p", "-t", name], capture_output=True, text=True
            ).stdout
            if marker in pane:
                return time.perf_counter() - start
            time.sleep(0.01)
        raise RuntimeError(f"no first frame with {marker!r} within {timeout} s")
    finally:
        subprocess.run([*TMUX, "kill-session", "-t", name], capture_output=True)


def peak_rss(mode: str, cache: Path) -> int:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    env.pop("SUPERVISION_TUI_LEXICON_CACHE", None)
    out = subprocess.run(
        [sys.executable, "-c", MEMORY_SCRIPT, mode],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=env,
    )
    return int(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if shutil.which("tmux") is None:
        print("tmux fehlt: apt-get install tmux", file=sys.stderr)
        return 1
    scratch = Path(tempfile.mkdtemp())
    bare_file = scratch / "bare_app.py"
    bare_file.write_text(BARE_APP)
    bare = f"{sys.executable} {bare_file}"

    def ours() -> str:
        # A fresh sessions directory each run: a killed run would otherwise be offered for resume.
        sessions = tempfile.mkdtemp(dir=scratch)
        return (
            f"{sys.executable} -m supervision_tui run --template gruppensupervision-integrationslotsen "
            f"--sessions-dir {sessions} --port 0"
        )

    subprocess.run([*TMUX, "new-session", "-d", "-s", "keeper", "sleep 3600"], check=True)
    try:
        return measure(bare, ours, args.runs, scratch / "cache")
    finally:
        subprocess.run([*TMUX, "kill-server"], capture_output=True)


def measure(bare: str, ours: Callable[[], str], runs: int, cache: Path) -> int:
    first_frame(bare, "BARE-READY")  # warm the page cache once for both
    first_frame(ours(), "QR-Code scannen")
    ours_t, bare_t = [], []
    for _ in range(runs):
        bare_t.append(first_frame(bare, "BARE-READY"))
        ours_t.append(first_frame(ours(), "QR-Code scannen"))
    m_ours, m_bare = statistics.median(ours_t), statistics.median(bare_t)
    print(
        f"first frame, supervision-tui: median {m_ours:.3f} s  (runs: {', '.join(f'{t:.2f}' for t in ours_t)})"
    )
    print(f"first frame, bare Textual app: median {m_bare:.3f} s")
    print(
        f"ratio supervision-tui / bare: {m_ours / m_bare:.2f}x   target < 1.5 s: {'OK' if m_ours < 1.5 else 'MISSED'}"
    )
    rss_first = peak_rss("ours", cache)  # builds the word-list cache, as the first start after an install
    rss_ours, rss_bare = peak_rss("ours", cache), peak_rss("bare", cache)
    print(f"peak RSS of the first start after an install (builds the word-list cache once): {rss_first} MB")
    print(
        f"peak RSS with 500 answers: {rss_ours} MB;  bare Textual app: {rss_bare} MB;  ratio {rss_ours / rss_bare:.2f}x"
    )
    print(f"target < 150 MB: {'OK' if rss_ours < 150 else 'MISSED'}")
    ratio = m_ours / m_bare
    print(f"target first frame ≤ 2× the bare app: {'OK' if ratio <= 2 else 'MISSED'}")
    ok = m_ours < 1.5 and ratio <= 2 and rss_ours < 150
    figures = [
        {
            "name": "first frame in tmux, supervision-tui / bare Textual app",
            "value": m_ours,
            "unit": "s",
            "baseline": m_bare,
            "ratio": ratio,
            "target": "≤ 2×, < 1.5 s",
        },
        {
            "name": "peak RSS with 500 answers / bare Textual app",
            "value": rss_ours,
            "unit": "MB",
            "baseline": rss_bare,
            "ratio": rss_ours / rss_bare,
            "target": "< 150 MB",
        },
        {
            "name": "peak RSS of the first start after an install (builds the word-list cache)",
            "value": rss_first,
            "unit": "MB",
            "baseline": rss_bare,
            "ratio": rss_first / rss_bare,
            "target": "(once; none)",
        },
    ]
    print("BENCH " + json.dumps({"benchmark": "startup", "ok": ok, "figures": figures}, ensure_ascii=False))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
