"""A full cross-session HTML report over 1,000 stored sessions, against `json.load` of the same files.

Sessions are made with the real engine and models (phones answer moods, Glitzermomente, concerns;
the supervisor approves, takes cases, tags topics, makes an agreement) and written by the real
store into a temporary folder. Then, in the same run:

- baseline: `json.load` of every file;
- report: read and validate every file (`Store.sessions`), suppress (`publish_period`), build the
  document, check every text with the real anonymizer (fail closed), render HTML.

Prints the median of several runs and the peak of Python allocations (tracemalloc, one run each).
Target: report under 2 s and under 200 MB.

Usage: python benchmarks/report.py [--sessions N] [--runs R]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from supervision_tui.anonymize import Result, default_anonymizer
from supervision_tui.engine import AnswerInput, Engine
from supervision_tui.models import Consent, Moderation, Topic, Urgency
from supervision_tui.prompts import DEFAULT_TEMPLATE, find_template
from supervision_tui.report.check import ensure_clean
from supervision_tui.report.command import build
from supervision_tui.report.render import to_html
from supervision_tui.store import Store

GLITTER = [
    "Die Bewerbung für den Ausbildungsplatz war erfolgreich.",
    "Beim Elternabend hat die Mutter zum ersten Mal selbst gesprochen.",
    "Der Termin beim Amt lief ruhig und freundlich.",
    "Ein Kind hat mir stolz sein Zeugnis gezeigt.",
    "Die Familie hat endlich eine Wohnung gefunden.",
    "Im Sprachcafé kamen so viele wie noch nie.",
]
AGREEMENTS = [
    "Liste der Beratungsstellen aktualisieren",
    "Beim nächsten Treffen: Thema Abgrenzung vertiefen",
    "Notfallnummern als Liste für alle",
    "Kurzer Austausch nach schwierigen Begleitungen",
]


class Untouched:
    """Answers are generated text without names; the ingest anonymizer is not what is measured."""

    def anonymize(self, text: str, context: object = None) -> Result:
        return Result(text)


def make_sessions(root: Path, count: int, seed: int = 10) -> None:
    rng = random.Random(seed)
    agenda = find_template(DEFAULT_TEMPLATE)
    store = Store(root)
    start = dt.date(2023, 1, 2)
    for index in range(count):
        day = start + dt.timedelta(days=index)
        clock = [dt.datetime.combine(day, dt.time(17), tzinfo=dt.UTC)]

        def now(clock: list[dt.datetime] = clock) -> dt.datetime:
            clock[0] += dt.timedelta(seconds=20)
            return clock[0]

        engine = Engine.start(
            agenda,
            title="Gruppe",
            date=day,
            store=None,
            session_id=f"b{index:07d}",
            anonymizer=Untouched(),
            now=now,
        )
        phones = [f"phone-{i}" for i in range(rng.randint(3, 12))]
        engine.next()  # mood
        for phone in phones:
            engine.submit_answer(phone, AnswerInput(step_id="runde-1", mood=rng.randint(1, 5)))
        engine.next()  # Glitzermoment
        for phone in phones:
            consent = rng.choice([Consent.QUOTE, Consent.PRIVATE])
            answer = engine.submit_answer(
                phone, AnswerInput(step_id="runde-2", text=rng.choice(GLITTER), consent=consent)
            )
            engine.moderate(answer.id, Moderation.APPROVED)
        engine.next()  # concerns
        for i, phone in enumerate(phones):
            answer = engine.submit_answer(
                phone,
                AnswerInput(step_id="anliegen", title="Anliegen", urgency=rng.choice(list(Urgency))),
            )
            if i < 2:
                case = engine.case_from_answer(answer.id)
                engine.tag_case(case.id, rng.choice(list(Topic)))
        while engine.next():
            pass
        engine.add_agreement(rng.choice(AGREEMENTS))
        engine.end()
        store.save(engine.session)


def json_only(root: Path) -> int:
    loaded = []
    for path in sorted(root.glob("*.json")):
        with path.open("rb") as fh:
            loaded.append(json.load(fh))  # kept, as the report keeps every record
    return len(loaded)


def full_report(root: Path) -> int:
    records = [s.record for s in Store(root).sessions() if s.record is not None]
    report = build(records)
    ensure_clean(report, default_anonymizer())
    return len(to_html(report).encode())


def measure(fn: Callable[[Path], int], root: Path, runs: int) -> tuple[float, float]:
    """(median seconds, peak MB of Python allocations)."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn(root)
        times.append(time.perf_counter() - t0)
    tracemalloc.start()
    fn(root)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return statistics.median(times), peak / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "sessions"
        t0 = time.perf_counter()
        make_sessions(root, args.sessions)
        made = time.perf_counter() - t0
        files = list(root.glob("*.json"))
        size = sum(p.stat().st_size for p in files) / 1e6
        print(f"{len(files)} Sitzungsdateien ({size:.1f} MB) mit Engine und Store erzeugt in {made:.1f} s")
        t0 = time.perf_counter()
        default_anonymizer().anonymize("Aufwärmen")  # the lexicons load once per process
        print(f"Anonymisierung geladen:   {time.perf_counter() - t0:.2f} s (einmal je Prozess)")
        base_t, base_m = measure(json_only, root, args.runs)
        rep_t, rep_m = measure(full_report, root, args.runs)
        html = full_report(root)
        print(f"json.load allein:         Median {base_t:.3f} s, Spitze {base_m:.1f} MB")
        print(
            f"HTML-Bericht vollständig: Median {rep_t:.3f} s, Spitze {rep_m:.1f} MB ({html / 1e6:.1f} MB HTML)"
        )
        print(f"Verhältnis:               Zeit {rep_t / base_t:.1f}×, Speicher {rep_m / base_m:.1f}×")
        ok = rep_t < 2.0 and rep_m < 200
        print(f"Ziel (< 2 s, < 200 MB):   {'erreicht' if ok else 'VERFEHLT'}")
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
