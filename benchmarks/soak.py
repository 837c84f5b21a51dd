"""Soak: phones answer all the time, through the whole default agenda; moderation on against off.

The real app (`SupervisionApp`, headless, 160×45) runs its real form server on 127.0.0.1. Phones, in
a child process like real ones, answer the current step over and over (each phone once per
`--period` seconds, revising its answer) while the app walks every step and phase of the default
agenda. The same soak runs twice, each in a fresh process: with moderation on (free text waits in
the queue, the projection only counts it) and with moderation off (every quotable answer is
projected as it arrives). The moderated run is the baseline measured in the same run.

Measured per run: phones' ack latency (p50/p99), the app's CPU (one core = 100 %), its RSS at the
start, the middle and the end of the soak, and whether the screen showed every answer the room may
see at each step's end (the projected answers, newest as cards and the rest counted as "+K").

Targets: p99 with moderation off at most 1.5× the moderated run; RSS growth from the middle to the
end at most 20 %; every projected answer shown. The last line is JSON for `make bench`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import textwrap
import time

from room import ROOT, pct, phones_output, running_app, start_phones

PHONES = textwrap.dedent(
    """
    import asyncio, json, random, sys, time
    import aiohttp
    from supervision_tui.live.phones import plausible_answer
    url, n, period, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
    JSON = {"Accept": "application/json"}
    latencies, statuses = [], {}
    async def phone(i, stop):
        rng = random.Random(i)
        # Each phone has its own address, as on the room's Wi-Fi (all inside 127.0.0.0/8), and its
        # own cookie: the server's per-phone and per-address rate limits see what they would see.
        own = aiohttp.TCPConnector(local_addr=(f"127.1.{i // 250}.{1 + i % 250}", 0))
        jar = aiohttp.CookieJar(unsafe=True)
        async with aiohttp.ClientSession(connector=own, cookie_jar=jar, headers=JSON,
                                         timeout=aiohttp.ClientTimeout(total=30)) as p:
            await asyncio.sleep(rng.uniform(0, period))
            async with p.post(url + "/join", data={"confirm": "1"}) as r:
                await r.read()
            while time.monotonic() < stop:
                try:
                    async with p.get(url + "/step.json") as r:
                        info = await r.json() if r.status == 200 else {}
                        if r.status != 200:
                            statuses[f"step.json {r.status}"] = statuses.get(f"step.json {r.status}", 0) + 1
                    fields = plausible_answer(info, rng)
                    if fields is not None:
                        sent = time.monotonic()
                        async with p.post(url + "/answer", data=fields) as r:
                            await r.read()
                            if r.status == 200:
                                latencies.append(time.monotonic() - sent)
                            statuses[r.status] = statuses.get(r.status, 0) + 1
                except (aiohttp.ClientError, TimeoutError):
                    statuses["error"] = statuses.get("error", 0) + 1
                # Once per period on average, each phone revises its answer.
                await asyncio.sleep(rng.uniform(0.5, 1.5) * period)
    async def main():
        stop = time.monotonic() + seconds
        await asyncio.gather(*(phone(i, stop) for i in range(n)))
    asyncio.run(main())
    acked = statuses.pop(200, 0)
    moved = statuses.pop(409, 0)  # the step moved on while the phone was answering: not a refusal
    print(json.dumps({"latencies": latencies, "acked": acked, "moved": moved,
                      "refused": sum(statuses.values()), "statuses": statuses}))
    """
)


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def shown_everything(app: object) -> bool:
    """Does the current screen show every answer the room may see right now?"""
    from textual.widgets import OptionList

    from supervision_tui.tui.widgets import AnswerCards

    engine = app.engine  # type: ignore[attr-defined]
    screen = app.screen  # type: ignore[attr-defined]
    pos = engine.position
    cards = list(screen.query(AnswerCards))
    if cards and cards[0].display and cards[0].parent.display:
        widget = cards[0]
        # What the room sees now (in a case's Abschluss: the Beratung's ideas).
        shown_now = getattr(engine, "shown_answers", None)
        projected = (
            shown_now()
            if shown_now
            else engine.projected(phase=pos.phase_index if pos.phase is not None else None)
        )
        mounted = [card.answer.id for card in widget.cards]
        return mounted == [a.id for a in projected][len(projected) - len(mounted) :] and getattr(
            widget, "hidden", 0
        ) == (len(projected) - len(mounted))
    concerns = list(screen.query("#concerns").results(OptionList))
    if concerns:
        wanted = [a for a in engine.projected() if a.title]
        return concerns[0].option_count == max(1, len(wanted))
    return True


async def soak(phones: int, seconds: float, period: float, moderated: bool) -> dict[str, object]:
    async with running_app() as (app, pilot, url):
        engine = app.engine
        assert engine is not None
        if not moderated:
            for step in engine.agenda.steps:
                engine.set_moderation(step.id, False)
        positions = sum(max(1, len(step.phases)) for step in engine.agenda.steps)
        await pilot.pause()
        proc = await start_phones(PHONES, url, phones, period, seconds)
        rss: list[tuple[float, float]] = []

        async def sample() -> None:
            while True:
                rss.append((time.monotonic() - start, rss_mb()))
                await asyncio.sleep(0.25)

        checks = ok = 0
        missed: list[str] = []
        start = time.monotonic()
        cpu0 = sum(os.times()[:2])
        sampler = asyncio.create_task(sample())
        for position in range(positions):
            await asyncio.sleep(max(0.0, start + seconds * (position + 1) / positions - time.monotonic()))
            # Before moving on: the screen shows what the room may see (retried while phones post).
            checks += 1
            for _ in range(20):
                await pilot.pause()
                if shown_everything(app):
                    ok += 1
                    break
                await asyncio.sleep(0.05)
            else:
                pos = engine.position
                missed.append(f"{pos.step.id}/{pos.phase_index}")
            if position < positions - 1:
                app.advance()
                await pilot.pause()
        cpu = sum(os.times()[:2]) - cpu0
        wall = time.monotonic() - start
        sampler.cancel()
        result = await phones_output(proc)
    mid = next(mb for t, mb in rss if t >= wall / 2)
    end = statistics.median(mb for t, mb in rss[-8:])
    latencies = result["latencies"]
    return {
        "moderated": moderated,
        "acked": result["acked"],
        "moved": result["moved"],
        "refused": result["refused"],
        "statuses": result["statuses"],
        "p50_ms": statistics.median(latencies) * 1000 if latencies else 0.0,
        "p99_ms": pct(latencies, 0.99) * 1000,
        "cpu_pct": 100 * cpu / wall,
        "wall_s": wall,
        "rss_start_mb": rss[0][1],
        "rss_mid_mb": mid,
        "rss_end_mb": end,
        "rss_growth": (end - mid) / mid,
        "shown_ok": ok,
        "shown_checks": checks,
        "missed": missed,
    }


def run_child(phones: int, seconds: float, period: float, moderated: bool) -> dict[str, object]:
    """One soak in a fresh process, so that each run's RSS is its own."""
    args = [sys.executable, __file__, "--child", "on" if moderated else "off"]
    args += ["--phones", str(phones), "--seconds", str(seconds), "--period", str(period)]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    out = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, env=env)
    if out.returncode:
        raise SystemExit(f"soak child failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--phones", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60.0, help="length of each soak")
    parser.add_argument("--period", type=float, default=8.0, help="each phone answers once per period")
    parser.add_argument("--child", choices=["on", "off"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        result = asyncio.run(soak(args.phones, args.seconds, args.period, moderated=args.child == "on"))
        print(json.dumps(result))
        return 0
    on = run_child(args.phones, args.seconds, args.period, moderated=True)
    off = run_child(args.phones, args.seconds, args.period, moderated=False)
    print(
        f"soak: {args.phones} phones, {args.seconds:.0f} s through the default agenda, one answer per phone per {args.period:g} s"
    )
    print(
        f"{'moderation':<11} {'acked':>6} {'p50 ms':>7} {'p99 ms':>7} {'CPU %':>6} {'RSS start/mid/end MB':>22} {'growth':>7} {'shown':>6}"
    )
    for name, r in (("on", on), ("off", off)):
        print(
            f"{name:<11} {r['acked']:>6} {r['p50_ms']:7.1f} {r['p99_ms']:7.1f} {r['cpu_pct']:6.0f} "
            f"{r['rss_start_mb']:8.0f} {r['rss_mid_mb']:6.0f} {r['rss_end_mb']:6.0f} {r['rss_growth']:+7.1%} "
            f"{r['shown_ok']:>3}/{r['shown_checks']}"
        )
    ratio = off["p99_ms"] / max(on["p99_ms"], 1e-3)
    p50_ratio = off["p50_ms"] / max(on["p50_ms"], 1e-3)
    growth = max(on["rss_growth"], off["rss_growth"])
    shown = all(r["shown_ok"] == r["shown_checks"] for r in (on, off))
    refused = on["refused"] + off["refused"]
    ok = ratio <= 1.5 and growth <= 0.2 and shown and not refused
    print(
        f"ratio off/on: p50 {p50_ratio:.2f}x, p99 {ratio:.2f}x (target ≤ 1.5x); RSS growth mid → end ≤ 20 %: "
        f"{'OK' if growth <= 0.2 else 'MISSED'}; every projected answer shown: {'OK' if shown else 'MISSED'}; "
        f"refused answers: {refused} {on['statuses']} {off['statuses']}"
    )
    print(f"target: {'OK' if ok else 'MISSED'}")
    figures = {
        "benchmark": "soak",
        "ok": ok,
        "figures": [
            {
                "name": f"soak {args.phones} phones p99, moderation off / on",
                "value": off["p99_ms"],
                "unit": "ms",
                "baseline": on["p99_ms"],
                "ratio": ratio,
                "target": "≤ 1.5×",
            },
            {
                "name": "soak RSS growth mid → end, moderation off",
                "value": off["rss_growth"] * 100,
                "unit": "%",
                "baseline": on["rss_growth"] * 100,
                "ratio": None,
                "target": "≤ 20 %",
            },
            {
                "name": "soak app CPU, moderation off / on",
                "value": off["cpu_pct"],
                "unit": "%",
                "baseline": on["cpu_pct"],
                "ratio": off["cpu_pct"] / max(on["cpu_pct"], 1e-3),
                "target": "",
            },
        ],
    }
    print("BENCH " + json.dumps(figures, ensure_ascii=False))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
