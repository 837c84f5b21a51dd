"""Load test of the phone form: 25, 200 and 500 simulated phones, loopback only.

    .venv/bin/python benchmarks/live_load.py [--sizes 25 200 500] [--spread 10] [--reps 9]

The server runs in a child process (as on the supervisor's laptop, phones are other machines), with
a real Engine and Store in a fresh temporary sessions directory. The parent is the phones: one new
TCP connection per answer (old phones on shaky Wi-Fi), two patterns:

* burst  – every phone submits at the same moment (the supervisor says "jetzt bitte");
* spread – every phone submits at a random moment within `--spread` seconds.

Reported per run: submit → acknowledgement (HTTP 200, i.e. after the journal fsync) and
submit → engine state (a listener records when the AnswerSaved event arrives; CLOCK_MONOTONIC is
shared by both processes). The same phones are measured against a bare aiohttp POST endpoint in
the same run with the same backlog, as the baseline; live and bare take turns repetition by
repetition (at least `--reps` times, more for small bursts: see `burst_reps`), and the burst target
is checked on the median of the per-repetition p99 ratios, so that a machine whose speed drifts
during the run affects both sides alike. A last run compares group commit with one fsync per
request. No answer may be lost: acks, answers in the engine and answers in the replayed journal are
counted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import random
import statistics
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import aiohttp

BACKLOG = 1024  # the LiveServer's; `--backlog 128` (aiohttp's default) shows why
JSON = {"Accept": "application/json"}


# --- the server process ---------------------------------------------------------------------------


def _serve(conn: Connection, mode: str, backlog: int) -> None:
    asyncio.run(_serve_async(conn, mode, backlog))


async def _serve_async(conn: Connection, mode: str, backlog: int) -> None:
    from aiohttp import web

    from supervision_tui.engine import Engine
    from supervision_tui.events import AnswerSaved
    from supervision_tui.live.commit import WORK_SLOTS
    from supervision_tui.live.server import LiveServer
    from supervision_tui.prompts import DEFAULT_TEMPLATE, find_template
    from supervision_tui.store import Store

    loop = asyncio.get_running_loop()
    done = loop.create_future()
    tmp = tempfile.TemporaryDirectory(prefix="live-load-")
    state: dict[str, Any] = {"times": {}}

    if mode == "bare":

        async def bare(request: web.Request) -> web.Response:
            await request.post()
            return web.json_response({"ok": True, "saved": True})

        app = web.Application()
        app.router.add_post("/answer", bare)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0, backlog=backlog).start()
        bare_url = f"http://127.0.0.1:{runner.addresses[0][1]}"
        server = None
    else:
        server = LiveServer(
            "127.0.0.1",
            0,
            backlog=backlog,
            rate_limit=1000,
            ip_rate_limit=1_000_000,
            work_slots=WORK_SLOTS if mode == "live" else 1,  # "inline": one fsync per answer
        )
        await server.start()

    def on_event(event: object) -> None:
        if isinstance(event, AnswerSaved):
            state["times"][event.answer.participant] = time.monotonic()

    def command() -> None:
        try:
            cmd, *args = conn.recv()
        except EOFError:
            cmd, args = "quit", []
        if cmd == "setup":
            if server is None:
                conn.send(bare_url)
                return
            run = len(list(Path(tmp.name).iterdir()))
            engine = Engine.start(
                find_template(DEFAULT_TEMPLATE),
                title="Last",
                date=__import__("datetime").date.today(),
                store=Store(Path(tmp.name) / f"run{run}"),
            )
            engine.subscribe(on_event)
            server.attach(engine)
            engine.next()
            engine.next()  # runde-2: free text, the heaviest path (anonymizer + moderation)
            state["engine"] = engine
            conn.send(server.local_url)
        elif cmd == "times":
            # Event times of the last submission of every device, keyed by the phone's cookie.
            engine = state.get("engine")
            out = {}
            for device in args[0]:
                p = engine.participant_for(device) if engine else None
                if p is not None and p.label in state["times"]:
                    out[device] = state["times"][p.label]
            state["times"] = {}
            conn.send(out)
        elif cmd == "count":
            engine = state["engine"]
            store = engine.store
            replayed = store.replay(store.journal_path(engine.session))
            step = engine.position.step.id
            conn.send(
                {
                    "engine": len(engine.session.answers_for(step)),
                    "journal": len(replayed.answers_for(step)),
                    "revisions": sum(a.revision for a in replayed.answers_for(step)),
                    "fsyncs": server._commit.batches if server and server._commit else 0,
                }
            )
        elif cmd == "cpu":
            conn.send(time.process_time())
        elif cmd == "fsyncs":
            conn.send(server._commit.batches if server and server._commit else 0)
        elif cmd == "quit":
            loop.remove_reader(conn.fileno())
            if not done.done():
                done.set_result(None)

    loop.add_reader(conn.fileno(), command)
    conn.send("ready")
    await done
    if server is not None:
        await server.stop()
    else:
        await runner.cleanup()
    tmp.cleanup()


class ServerProcess:
    def __init__(self, mode: str, backlog: int = BACKLOG) -> None:
        ctx = mp.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, mode, backlog), daemon=True)
        self.proc.start()
        assert self.conn.recv() == "ready"

    def ask(self, *cmd: Any) -> Any:
        self.conn.send(cmd)
        return self.conn.recv()

    def close(self) -> None:
        self.conn.send(("quit",))
        self.proc.join(10)
        if self.proc.is_alive():
            self.proc.kill()


# --- the phones -----------------------------------------------------------------------------------


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))]


async def join_all(http: aiohttp.ClientSession, url: str, n: int) -> list[str]:
    limit = asyncio.Semaphore(100)

    async def one() -> str:
        async with limit:
            async with http.get(url, cookies={"sv_dev": ""}) as r:
                await r.read()
                device = r.cookies["sv_dev"].value
            async with http.post(
                f"{url}/join", data={"confirm": "1"}, cookies={"sv_dev": device}, headers=JSON
            ) as r:
                assert r.status == 200, r.status
            return device

    return list(await asyncio.gather(*(one() for _ in range(n))))


async def submit_all(
    http: aiohttp.ClientSession,
    post_url: str,
    devices: list[str],
    spread: float,
    rng: random.Random,
    tag: str,
) -> tuple[list[float], dict[str, float], int]:
    """Returns latencies (s), send time per device, and how many were acknowledged."""
    sent: dict[str, float] = {}
    latencies: list[float] = []
    acked = 0
    offsets = [rng.uniform(0, spread) if spread else 0.0 for _ in devices]
    start = time.monotonic()

    async def one(i: int, device: str) -> None:
        nonlocal acked
        if spread:
            await asyncio.sleep(max(0.0, start + offsets[i] - time.monotonic()))
        data = {"step": "runde-2", "text": f"Glitzermoment {tag} von Telefon {i}", "consent": "quote"}
        for attempt in range(3):  # a phone retries when the connection drops
            t0 = time.monotonic()
            sent.setdefault(device, t0)
            try:
                async with http.post(post_url, data=data, cookies={"sv_dev": device}, headers=JSON) as r:
                    await r.read()
                    if r.status == 200:
                        acked += 1
                        latencies.append(time.monotonic() - sent[device])
                        return
            except aiohttp.ClientError:
                if attempt == 2:
                    return

    await asyncio.gather(*(one(i, d) for i, d in enumerate(devices)))
    return latencies, sent, acked


def burst_reps(n: int, least: int) -> int:
    """Repetitions of the burst with `n` phones: at least `least`, and enough for some 2,700 answers.

    A repetition's p99 is its slowest answer or close to it, so with few phones it is one scheduler
    hiccup on a noisy machine: with 25 phones the per-repetition ratio ranged from 0.47× to 4.14× in one
    run of nine, and the median of nine moved by ±0.25 between runs. More repetitions of a small burst
    cost little (25 phones answer in about 20 ms) and do not change what the median estimates.
    """
    return max(least, -(-least * 300 // n))


def ms(x: float) -> str:
    return f"{x * 1000:7.1f}"


async def main_async(args: argparse.Namespace) -> int:
    rng = random.Random(42)
    rows: list[dict[str, Any]] = []
    problems: list[str] = []
    servers = {"live": ServerProcess("live", args.backlog), "bare": ServerProcess("bare", args.backlog)}
    connector = aiohttp.TCPConnector(limit=0, force_close=True)  # a new connection per answer
    timeout = aiohttp.ClientTimeout(total=60)
    wall = time.monotonic()
    try:
        async with aiohttp.ClientSession(
            connector=connector, cookie_jar=aiohttp.DummyCookieJar(), timeout=timeout
        ) as http:
            for n in args.sizes:
                live_url = servers["live"].ask("setup")
                bare_url = servers["bare"].ask("setup")
                devices = await join_all(http, live_url, n)
                submissions = 0
                for pattern, spread, reps in (
                    ("burst", 0.0, burst_reps(n, args.reps)),
                    ("spread", args.spread, 1),
                ):
                    # live and bare take turns, rep by rep (which goes first alternates too), so a
                    # machine that speeds up or slows down over the minute affects both alike
                    runs: dict[str, list[tuple[list[float], list[float], int]]] = {"live": [], "bare": []}
                    before = servers["live"].ask("fsyncs")
                    cpu = {endpoint: 0.0 for endpoint in runs}
                    for rep in range(reps):
                        for endpoint in ("live", "bare") if rep % 2 == 0 else ("bare", "live"):
                            url = f"{live_url}/answer" if endpoint == "live" else f"{bare_url}/answer"
                            cpu_before = servers[endpoint].ask("cpu")
                            lat, sent, acked = await submit_all(
                                http, url, devices, spread, rng, f"{pattern}{rep}"
                            )
                            cpu[endpoint] += servers[endpoint].ask("cpu") - cpu_before
                            state: list[float] = []
                            if endpoint == "live":
                                submissions += 1
                                times = servers["live"].ask("times", devices)
                                state = [times[d] - sent[d] for d in devices if d in times]
                                if len(times) != n:
                                    problems.append(
                                        f"{n} {pattern}: {n - len(times)} answers never reached the engine"
                                    )
                            if acked != n:
                                problems.append(f"{n} {pattern} {endpoint}: only {acked}/{n} acknowledged")
                            runs[endpoint].append((lat, state, acked))
                            await asyncio.sleep(0.05 + n * 0.0003)  # let the closed connections go
                    pairs = [
                        pct(live[0], 99) / pct(bare[0], 99)
                        for live, bare in zip(runs["live"], runs["bare"], strict=True)
                    ]
                    for endpoint, done in runs.items():
                        rows.append(
                            {
                                "n": n,
                                "pattern": pattern,
                                "endpoint": endpoint,
                                "ack50": statistics.median(pct(r[0], 50) for r in done),
                                "ack99": statistics.median(pct(r[0], 99) for r in done),
                                "st50": statistics.median(pct(r[1], 50) for r in done)
                                if endpoint == "live"
                                else None,
                                "st99": statistics.median(pct(r[1], 99) for r in done)
                                if endpoint == "live"
                                else None,
                                "acked": sum(r[2] for r in done),
                                "sent": n * reps,
                                "cpu": cpu[endpoint] / (n * reps),
                                "pair99": statistics.median(pairs),
                                "pairs": sorted(pairs),
                                "fsyncs": servers["live"].ask("fsyncs") - before
                                if endpoint == "live"
                                else None,
                            }
                        )
                count = servers["live"].ask("count")
                if not (count["engine"] == count["journal"] == n and count["revisions"] == n * submissions):
                    problems.append(f"{n}: lost answers {count}")
                rows[-1]["count"] = count
                print(
                    f"  {n:3} phones: engine {count['engine']}, journal replay {count['journal']}, "
                    f"revisions {count['revisions']}/{n * submissions} (no answer lost)",
                    flush=True,
                )
    finally:
        for s in servers.values():
            s.close()

    # Group commit vs. one fsync per request, burst at the largest size.
    n = max(args.sizes)
    inline = ServerProcess("inline", args.backlog)
    try:
        async with aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=0, force_close=True),
            cookie_jar=aiohttp.DummyCookieJar(),
            timeout=timeout,
        ) as http:
            url = inline.ask("setup")
            devices = await join_all(http, url, n)
            before = inline.ask("fsyncs")
            inline_runs = [
                (await submit_all(http, f"{url}/answer", devices, 0.0, rng, f"inline{r}"))[0]
                for r in range(args.reps)
            ]
            inline_fsyncs = inline.ask("fsyncs") - before
            inline_count = inline.ask("count")
            if not inline_count["engine"] == inline_count["journal"] == n:
                problems.append(f"inline: lost answers {inline_count}")
    finally:
        inline.close()

    print()
    print(
        f"{'phones':>6} {'pattern':7} {'endpoint':8} {'ack p50':>8} {'ack p99':>8} {'state p50':>9} {'state p99':>9}  acked  server CPU/answer"
    )
    for r in rows:
        st50 = ms(r["st50"]) if r["st50"] is not None else "      –"
        st99 = ms(r["st99"]) if r["st99"] is not None else "      –"
        print(
            f"{r['n']:6} {r['pattern']:7} {r['endpoint']:8} {ms(r['ack50'])} {ms(r['ack99'])}  {st50}   {st99}"
            f"  {r['acked']}/{r['sent']}  {r['cpu'] * 1e6:6.0f} µs"
        )
    reps_text = ", ".join(f"{burst_reps(n, args.reps)} at {n}" for n in args.sizes)
    print(f"(milliseconds; burst figures are the median over the repetitions: {reps_text} phones)")
    print()
    ok = not problems
    print("ratios live / bare:")
    figures = []
    for n in args.sizes:
        for pattern in ("burst", "spread"):
            live = next(
                r for r in rows if r["n"] == n and r["pattern"] == pattern and r["endpoint"] == "live"
            )
            bare = next(
                r for r in rows if r["n"] == n and r["pattern"] == pattern and r["endpoint"] == "bare"
            )
            print(
                f"  {n:3} {pattern:6}: p50 {live['ack50'] / bare['ack50']:4.2f}×  p99 {live['ack99'] / bare['ack99']:4.2f}×"
                f"  (per-repetition p99 ratios: median {live['pair99']:4.2f}×, "
                f"{live['pairs'][0]:4.2f}–{live['pairs'][-1]:4.2f}×)"
            )
            figures.append(
                {
                    "name": f"form server ack p99, {n} phones {pattern} / bare aiohttp",
                    "value": live["ack99"] * 1000,
                    "unit": "ms",
                    "baseline": bare["ack99"] * 1000,
                    "ratio": live["pair99"],  # the median of the per-repetition ratios
                    "target": "≤ 1.5×" if pattern == "burst" else ("< 50 ms" if n == 200 else ""),
                }
            )
            if pattern == "burst" and live["pair99"] > 1.5:
                ok = False
                problems.append(f"{n} burst: p99 {live['pair99']:.2f}× bare (target ≤ 1.5×)")
    spread200 = [r for r in rows if r["n"] == 200 and r["pattern"] == "spread" and r["endpoint"] == "live"]
    if spread200 and spread200[0]["ack99"] >= 0.050:
        ok = False
        problems.append(f"200 spread: p99 {spread200[0]['ack99'] * 1000:.1f} ms (target < 50 ms)")
    live_burst = next(r for r in rows if r["n"] == n and r["pattern"] == "burst" and r["endpoint"] == "live")
    print()
    print(
        f"group commit vs one fsync per request ({n} phones, burst): p50 {ms(live_burst['ack50'])} vs "
        f"{ms(statistics.median(pct(x, 50) for x in inline_runs))} ms, p99 {ms(live_burst['ack99'])} vs "
        f"{ms(statistics.median(pct(x, 99) for x in inline_runs))} ms; fsyncs {live_burst['fsyncs']} for "
        f"{live_burst['sent']} answers vs {inline_fsyncs} for {n * args.reps}"
    )
    print()
    print(f"listen backlog of both servers: {args.backlog}")
    print("targets: burst p99 ≤ 1.5× bare; spread p99 < 50 ms at 200 phones; no answer lost")
    print("result:", "OK" if ok else "NOT MET")
    for p in problems:
        print("  -", p)
    print(f"wall time {time.monotonic() - wall:.1f} s")
    print("BENCH " + json.dumps({"benchmark": "live_load", "ok": ok, "figures": figures}, ensure_ascii=False))
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25, 200, 500])
    parser.add_argument("--spread", type=float, default=10.0)
    # At least nine: one repetition's p99 ratio swings by ±0.3 on this noisy 2-core machine (a scheduler
    # hiccup, a full collection in the bare process); the median of nine moves far less than that of five.
    parser.add_argument("--reps", type=int, default=9)
    parser.add_argument("--backlog", type=int, default=BACKLOG, help="listen backlog of both servers")
    args = parser.parse_args()
    return asyncio.run(main_async(args))


if __name__ == "__main__":
    sys.exit(main())
