"""Throughput of the anonymizer on a few MB of generated notes, against a plain regex pass.

Usage: python benchmarks/anonymize_throughput.py [--mb 3] [--runs 5] [--no-cli]
Prints MB/s (median of the runs) and the ratio to one `re.finditer` pass over the same text, by the wall clock
and in CPU time (on a shared machine the wall clock also counts other processes' turns), then the start
time of `python -m supervision_tui.anonymize` (median of 5): cold (empty lexicon cache, so the lexicons are
built and the cache written) and warm (cache present).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time

from supervision_tui.anonymize import Context, default_anonymizer, native

TEMPLATES = [
    "Heute war ich mit {title} {last} beim Jobcenter, es ging um die Miete.",
    "Glitzermoment: {first} hat zum ersten Mal selbst beim Amt angerufen.",
    "war heute mit {first_low} beim amt, danach noch sprachkurs",
    "Die Erschöpfung nach dem Termin bei der Ausländerbehörde war groß.",
    "Im Sommer wird es mit der Kita schwierig, es ist ernst.",
    "{first} {last} wohnt in der Kirchgasse {n}, Tel. 0176 {phone}.",
    "Familie {last} hat am {day}.{month}.2024 den Bescheid bekommen, Az. {n}-22/2024.",
    "Ihr Sohn {first} ist {age} Jahre alt und geht gern zur Schule.",
    "Ich bin müde, aber die Gruppe hat mir heute sehr geholfen.",
    "{title} {last} kommt aus Aleppo und hat Depressionen.",
    "Schreib an {first_low}.{last_low}@web.de oder ruf +49 3941 {phone} an.",
    "Die Zusammenarbeit mit dem Sozialamt wird langsam besser, der Sprachkurs ist voll.",
]
FIRST = ["Kerim", "Amina", "Yonas", "Oksana", "Hodan", "Mamadou", "Le", "Zahra", "Dilovan", "Anna", "Jovana"]
LAST = ["Haile", "Melnyk", "Tesfay", "Diallo", "Hosseini", "Sommer", "Klein", "Yılmaz", "Warsame", "Nguyen"]


def corpus(megabytes: float, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    docs: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        sentences = []
        for _ in range(rng.randint(2, 6)):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            sentences.append(
                rng.choice(TEMPLATES).format(
                    title=rng.choice(["Frau", "Herr", "Familie"]),
                    first=first,
                    last=last,
                    first_low=first.lower(),
                    last_low=last.lower(),
                    n=rng.randint(1, 99),
                    phone=rng.randint(1_000_000, 9_999_999),
                    day=rng.randint(1, 28),
                    month=rng.randint(1, 12),
                    age=rng.randint(2, 80),
                )
            )
        doc = " ".join(sentences)
        docs.append(doc)
        size += len(doc.encode("utf-8"))
    return docs


BASELINE = re.compile(r"[\w.+-]+@[\w-]+\.\w+|\+?\d[\d /-]{4,}\d|\b[A-ZÄÖÜ][a-zäöüß]+\b")


def cli_start(cache_home: str) -> float:
    env = {**os.environ, "XDG_CACHE_HOME": cache_home}
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "supervision_tui.anonymize"],
        input="Herr Müller",
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    elapsed = time.perf_counter() - start
    assert proc.stdout == "Herr [Person A]", proc.stdout
    return elapsed


def cli_timings(repeat: int = 5) -> tuple[float, float]:
    """(cold, warm) median start time of the CLI answering one line."""
    cold = []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as empty:
            cold.append(cli_start(empty))
    with tempfile.TemporaryDirectory() as home:
        cli_start(home)
        warm = [cli_start(home) for _ in range(repeat)]
    return statistics.median(cold), statistics.median(warm)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=3.0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-cli", action="store_true", help="skip the CLI start timings")
    args = parser.parse_args()
    docs = corpus(args.mb)
    total_mb = sum(len(d.encode("utf-8")) for d in docs) / 1_000_000
    anonymizer = default_anonymizer()
    t0 = time.perf_counter()
    anonymizer.anonymize("Herr Müller", Context())  # lexicon load, not part of throughput
    print(f"first call (lexicon load): {time.perf_counter() - t0:.3f} s")
    ours, regex, ours_cpu, regex_cpu = [], [], [], []
    for _ in range(args.runs):
        context = Context()  # one session per run: the pseudonym map grows as in real use
        start, cpu = time.perf_counter(), time.process_time()
        for doc in docs:
            anonymizer.anonymize(doc, context)
        ours.append(time.perf_counter() - start)
        ours_cpu.append(time.process_time() - cpu)
        start, cpu = time.perf_counter(), time.process_time()
        for doc in docs:
            for _m in BASELINE.finditer(doc):
                pass
        regex.append(time.perf_counter() - start)
        regex_cpu.append(time.process_time() - cpu)
    ours_mbs = total_mb / statistics.median(ours)
    regex_mbs = total_mb / statistics.median(regex)
    print(f"corpus: {len(docs)} documents, {total_mb:.2f} MB, {args.runs} runs (median)")
    compiled = "compiled with mypyc" if native.active() else "pure Python (no fresh `make native` build)"
    print(f"anonymizer: {ours_mbs:.2f} MB/s ({compiled})")
    print(f"plain regex pass: {regex_mbs:.2f} MB/s")
    print(f"ratio regex/anonymizer: {regex_mbs / ours_mbs:.1f}x slower than a plain regex pass")
    # CPU time: on a shared machine the wall clock also counts the time other processes had the core
    ours_cpu_mbs = total_mb / statistics.median(ours_cpu)
    regex_cpu_mbs = total_mb / statistics.median(regex_cpu)
    print(
        f"in CPU time: anonymizer {ours_cpu_mbs:.2f} MB/s, regex pass {regex_cpu_mbs:.2f} MB/s, "
        f"{regex_cpu_mbs / ours_cpu_mbs:.1f}x"
    )
    if not args.no_cli:
        cold, warm = cli_timings()
        print(
            f"CLI start (median of 5): cold {cold:.2f} s (lexicons built, cache written), warm {warm:.2f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
