"""`supervision-tui simulate`: a whole session headless, through the real engine, server and store.

Phones are simulated over HTTP on 127.0.0.1. The supervisor's part is scripted: step through every
step and phase, approve what waits for approval, take the most urgent case from the intake into
the case discussion, cast roles, end the session. Prints figures at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path

import aiohttp

from ..engine import Engine
from ..models import Moderation, StepKind, Urgency
from ..prompts import DEFAULT_TEMPLATE, TemplateError, find_template
from ..store import Store
from .phones import PhoneResult, forget_phones, run_phones
from .server import LiveServer

_URGENCY_ORDER = {Urgency.HIGH: 0, Urgency.MEDIUM: 1, Urgency.LOW: 2}


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of `values`; 0.0 when empty."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def _supervise(engine: Engine) -> None:
    """What the supervisor does after the phones answered the current step."""
    pos = engine.position
    for answer in engine.pending(pos.step.id):
        engine.moderate(answer.id, Moderation.APPROVED)
    if pos.step.kind is StepKind.INTAKE:
        intakes = [a for a in engine.session.answers_for(pos.step.id) if a.title]
        intakes.sort(key=lambda a: (_URGENCY_ORDER.get(a.urgency or Urgency.MEDIUM, 1), a.created_at))
        for answer in intakes[:3]:
            engine.case_from_answer(answer.id)


def _enter(engine: Engine) -> None:
    """On entering a step: take up a case, cast roles, draw a speaking order."""
    pos = engine.position
    if pos.step.kind is StepKind.CASE and pos.phase_index == 0:
        free = [c for c in engine.session.cases if c.step_id is None]
        if free:
            engine.select_case(free[0].id)
        if engine.session.participants and pos.step.roles:
            engine.cast_roles()
    if pos.step.blitzlicht and engine.session.participants:
        engine.shuffle_speakers()


async def simulate(
    participants: int,
    sessions_dir: Path,
    template: str | None = None,
    port: int = 0,
    *,
    seed: int = 1,
    out: list[str] | None = None,
) -> dict[str, object]:
    started = time.perf_counter()
    rng = random.Random(seed)
    agenda = find_template(template or DEFAULT_TEMPLATE)
    store = Store(Path(sessions_dir))
    engine = Engine.start(
        agenda, title=f"Simulation {dt.date.today():%d.%m.%Y}", date=dt.date.today(), store=store, rng=rng
    )
    # Every phone shares 127.0.0.1 here, so the per-address fallback limit must not count them together.
    server = LiveServer("127.0.0.1", port, ip_rate_limit=max(60, participants * 4))
    await server.start()
    server.attach(engine)
    url = server.local_url
    assert url is not None
    results: list[PhoneResult] = []
    sent = 0
    connector = aiohttp.TCPConnector(limit=256)
    async with aiohttp.ClientSession(
        cookie_jar=aiohttp.DummyCookieJar(), connector=connector, timeout=aiohttp.ClientTimeout(total=60)
    ) as http:
        try:
            while True:
                _enter(engine)
                if engine.position.prompt is not None:
                    step_results = await run_phones(url, participants, rng=rng, session=http)
                    sent += sum(1 for r in step_results if r.sent_at is not None)
                    results.extend(step_results)
                _supervise(engine)
                if not engine.next():
                    break
            journal = store.journal_path(engine.session)
            replayed = store.replay(journal)
            path = engine.end()
        finally:
            await server.stop()
            forget_phones(url)
    latencies = [r.latency * 1000 for r in results if r.acked and r.latency is not None]
    acked = sum(1 for r in results if r.acked)
    figures: dict[str, object] = {
        "participants": len(engine.session.participants),
        "steps": len(agenda.steps),
        "answers_sent": sent,
        "answers_acked": acked,
        "answers_stored": len(engine.session.answers),
        "answers_replayed": len(replayed.answers),
        "cases": len(engine.session.cases),
        "p50_ms": percentile(latencies, 50),
        "p99_ms": percentile(latencies, 99),
        "median_ms": statistics.median(latencies) if latencies else 0.0,
        "session_file": str(path),
        "wall_s": time.perf_counter() - started,
    }
    lines = [
        f"Sitzung simuliert: „{agenda.title}“, {figures['steps']} Schritte",
        f"Teilnehmende:         {figures['participants']}",
        f"Antworten bestätigt:  {acked} von {sent} gesendet (gespeichert: {figures['answers_stored']}, "
        f"im Journal: {figures['answers_replayed']})",
        f"Fälle aus Anliegen:   {figures['cases']}",
        f"Latenz bis Bestätigung: p50 {figures['p50_ms']:.1f} ms, p99 {figures['p99_ms']:.1f} ms",
        f"Sitzungsdatei:        {path}",
        f"Dauer:                {figures['wall_s']:.2f} s",
    ]
    if out is not None:
        out.extend(lines)
    return figures


def main(args: argparse.Namespace) -> int:
    participants = int(getattr(args, "participants", 12) or 0)
    if not 1 <= participants <= 1000:
        print("Bitte zwischen 1 und 1000 Teilnehmende angeben.")
        return 2
    lines: list[str] = []
    try:
        figures = asyncio.run(
            simulate(
                participants,
                Path(getattr(args, "sessions_dir", None) or "sessions"),
                getattr(args, "template", None),
                int(getattr(args, "port", 0) or 0),
                out=lines,
            )
        )
    except TemplateError as exc:  # bad input: exit code 2, as for `run --template` and `templates --validate`
        print(f"Vorlage nicht nutzbar:\n{exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"Simulation abgebrochen: {exc.strerror or exc}")
        return 1
    print("\n".join(lines))
    ok = figures["answers_acked"] == figures["answers_sent"] == figures["answers_replayed"]
    if not ok:
        print("Achtung: nicht jede gesendete Antwort wurde bestätigt und gespeichert.")
    return 0 if ok else 1
