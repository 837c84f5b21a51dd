"""From a phone's acknowledgement to the projection: how long until the TUI has painted the answer?

The real app (`SupervisionApp`, headless, 100×30) runs its real form server on 127.0.0.1. Phones,
in a child process like real ones, join and answer the mood round over HTTP and report when each
HTTP 200 arrived. The app records when a refresh that shows the new count has happened (the mood
chart's `counts` changes; `call_after_refresh` fires once that frame is composed). Both processes
share CLOCK_MONOTONIC.

Baseline in the same run: the same answers submitted to the engine directly (no HTTP, no phone),
timed from the call to the painted frame. Target: every answer on screen within 100 ms of its ack.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from supervision_tui.engine import AnswerInput
from supervision_tui.models import Consent
from supervision_tui.tui.app import SupervisionApp
from supervision_tui.tui.widgets.mood import MoodChart

PHONES = textwrap.dedent(
    """
    import asyncio, json, sys, time
    import aiohttp
    url, n, spread = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    acks = []
    async def phone(i):
        # Each phone has its own address, as on the room's Wi-Fi (all inside 127.0.0.0/8).
        own = aiohttp.TCPConnector(local_addr=(f"127.1.{i // 250}.{1 + i % 250}", 0))
        jar = aiohttp.CookieJar(unsafe=True)
        async with aiohttp.ClientSession(connector=own, cookie_jar=jar,
                                         headers={"Accept": "application/json"}) as p:
            async with p.post(url + "/join", data={"confirm": "1"}) as r:
                await r.read()
            await asyncio.sleep(spread * i / n)
            data = {"step": "runde-1", "mood": str(1 + i % 5), "consent": "quote"}
            async with p.post(url + "/answer", data=data) as r:
                await r.read()
                assert r.status == 200, r.status
                acks.append(time.monotonic())
    async def main():
        await asyncio.gather(*(phone(i) for i in range(n)))
    asyncio.run(main())
    print(json.dumps(sorted(acks)))
    """
)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def measure(phones: int, spread: float, direct: bool) -> list[float]:
    """Latencies (s) from ack (or direct submit) to the painted frame showing that answer."""
    app = SupervisionApp(
        Path(tempfile.mkdtemp()), template="gruppensupervision-integrationslotsen", host="127.0.0.1", port=0
    )
    painted: list[tuple[float, int]] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        engine, server = app.engine, app.server
        assert engine is not None and server is not None and server.url
        await pilot.press("pagedown")
        await pilot.pause()
        chart = app.screen.query_one(MoodChart)

        def changed(counts: tuple[int, ...]) -> None:
            total = sum(counts)
            chart.call_after_refresh(lambda: painted.append((time.monotonic(), total)))

        app.screen.watch(chart, "counts", changed, init=False)
        if direct:
            sent: list[float] = []
            for i in range(phones):
                sent.append(time.monotonic())
                engine.submit_answer(
                    f"direct-phone-{i:04d}",
                    AnswerInput(step_id="runde-1", mood=1 + i % 5, consent=Consent.QUOTE),
                )
                await asyncio.sleep(spread / phones)
        else:
            url = f"http://127.0.0.1:{server.port}/s/{server.url.rsplit('/', 1)[1]}"
            proc = await asyncio.create_subprocess_exec(
                sys.executable,
                "-c",
                PHONES,
                url,
                str(phones),
                str(spread),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            out, err = await proc.communicate()
            if proc.returncode:
                raise SystemExit(f"phones failed: {err.decode()[-2000:]}")
            sent = json.loads(out)
        deadline = time.monotonic() + 5
        while (not painted or painted[-1][1] < phones) and time.monotonic() < deadline:
            await pilot.pause(0.02)
    # The k-th acknowledged answer is visible in the first frame whose count reaches k.
    latencies = []
    for k, t_ack in enumerate(sorted(sent), start=1):
        t_paint = next((t for t, total in painted if total >= k), None)
        if t_paint is None:
            raise SystemExit(f"answer {k} of {phones} never reached the screen")
        latencies.append(max(0.0, t_paint - t_ack))
    return latencies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=[25, 200])
    parser.add_argument("--spread", type=float, default=3.0, help="seconds over which phones answer")
    args = parser.parse_args()
    ok = True
    print(f"{'phones':>6} {'path':<22} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for n in args.sizes:
        for spread, label in ((args.spread, "spread"), (0.0, "burst")):
            http = asyncio.run(measure(n, spread, direct=False))
            base = asyncio.run(measure(n, spread, direct=True))
            for name, values in ((f"ack → screen ({label})", http), (f"direct → screen ({label})", base)):
                print(
                    f"{n:>6} {name:<22} {statistics.median(values) * 1000:8.1f} "
                    f"{pct(values, 0.99) * 1000:8.1f} {max(values) * 1000:8.1f}"
                )
            ratio = pct(http, 0.99) / max(pct(base, 0.99), 1e-6)
            print(f"{'':>6} ratio p99 ack/direct: {ratio:.2f}x")
            if label == "spread" and pct(http, 0.99) > 0.1:
                ok = False
    print(f"target: spread p99 ack → screen within 100 ms: {'OK' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
