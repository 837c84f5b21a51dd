"""Train the learned pass's CRF (supervision_tui/anonymize/learned.py) on the annotated corpora.

Usage: python scripts/train_tagger.py [--out PATH] [--exclude heldout32 ...] [--iterations 80] [--no-rule-features]
       python scripts/train_tagger.py --loco DIR [--jobs 2] [--no-rule-features]

Each corpus runs through the rules alone (`GermanAnonymizer(learned=False)`, one Context per session as in
`evaluation.evaluate`); every token gets the features `learned.Features` gives at run time, and its BIO label from
the annotations. Needs python-crfsuite; reads nothing but the corpora and the lexicons, downloads nothing.
About 2 minutes on one core.

``--loco DIR`` measures leave-one-corpus-out, the only measure of the pass on text it was not trained on: one
model per corpus, trained on all the others, into DIR (a model already there is reused, so delete DIR after a
change of features), then each corpus anonymized by the full anonymizer with the model that never saw it
(`evaluation.evaluate`, one Context per session), one row per corpus and the totals: readable identifiers, leaks
not flagged as doubts, ordinary words kept, doubts on ordinary words.
"""

from __future__ import annotations

import argparse
import multiprocessing
import pickle
import sys
import time
from pathlib import Path

import pycrfsuite  # type: ignore[import-untyped, import-not-found, unused-ignore]

from supervision_tui.anonymize import learned
from supervision_tui.anonymize.engine import GermanAnonymizer
from supervision_tui.anonymize.evaluation import Report, evaluate, load
from supervision_tui.anonymize.types import Context, Result

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "anonymize" / "corpus"
PARAMS = {"c1": 0.1, "c2": 0.01, "feature.possible_transitions": True}
Sequences = list[tuple[list[list[str]], list[str]]]


def sequences(path: Path, anonymizer: GermanAnonymizer, features: learned.Features) -> Sequences:
    docs = load(path)
    results: list[Result] = []

    def record(text: str, context: Context) -> Result:
        result = anonymizer.anonymize(text, context)
        results.append(result)
        return result

    evaluate(docs, record)
    out = []
    for doc, result in zip(docs, results, strict=True):
        toks = learned.tokens(doc.text)
        spans = [(e.start, e.end, e.label, e.replacement) for e in result.entities]
        xseq, _ = features.sequence(toks, spans, result.doubts)
        yseq = learned.labels(toks, [(i.start, i.end, i.label) for i in doc.items])
        out.append((xseq, yseq))
    return out


def train(
    data: dict[str, Sequences], out: Path, iterations: int, exclude: frozenset[str] = frozenset()
) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for name, seqs in data.items():
        if name in exclude:
            continue
        for xseq, yseq in seqs:
            trainer.append(xseq, yseq)
    trainer.set_params({**PARAMS, "max_iterations": iterations})
    trainer.train(str(out))


_DATA: dict[str, Sequences] = {}


def _train_fold(job: tuple[str, Path, int]) -> str:
    name, out, iterations = job
    started = time.monotonic()
    partial = out.with_suffix(".part")
    train(_DATA, partial, iterations, frozenset({name}))
    partial.rename(out)
    return f"{name}: {time.monotonic() - started:.0f} s"


def evaluate_fold(anonymizer: GermanAnonymizer, path: Path, model: Path) -> Report:
    """The full anonymizer (rules and the learned pass with `model`) on the corpus at `path`."""
    tagger = learned.tagger(anonymizer.finder, model)
    if tagger is None:
        raise SystemExit("python-crfsuite or the model is missing")
    anonymizer._tagger = tagger
    return evaluate(load(path), anonymizer.anonymize)


def row(name: str, report: Report) -> str:
    total = sum(report.items.values())
    readable = len(report.misses)
    return (
        f"| {name} | {total} | {readable} | {readable - report.misses_doubted} | "
        f"{report.kept_share:.2%} | {report.doubts} |"
    )


def loco(folder: Path, iterations: int, jobs: int, verdict: bool) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    paths = sorted(CORPUS.glob("*.txt"))
    todo = [p.stem for p in paths if not (folder / f"{p.stem}.crf").is_file()]
    if todo:
        started = time.monotonic()
        anonymizer = GermanAnonymizer(learned=False)
        features = learned.Features(anonymizer.finder, verdict=verdict)
        cache = folder / "sequences.pickle"
        if cache.is_file():
            _DATA.update(pickle.loads(cache.read_bytes()))
        else:
            for path in paths:
                _DATA[path.stem] = sequences(path, anonymizer, features)
            cache.write_bytes(pickle.dumps(_DATA))
        print(f"features of {len(paths)} corpora: {time.monotonic() - started:.0f} s", file=sys.stderr)
        work = [(name, folder / f"{name}.crf", iterations) for name in todo]
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            for done in pool.imap_unordered(_train_fold, work):
                print(done, file=sys.stderr, flush=True)
    anonymizer = GermanAnonymizer(learned=True)
    print("| corpus | ids | readable | leaks not flagged | words kept | doubts on words |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    totals = [0, 0, 0, 0, 0, 0]
    for path in paths:
        report = evaluate_fold(anonymizer, path, folder / f"{path.stem}.crf")
        print(row(path.stem, report), flush=True)
        readable = len(report.misses)
        for k, v in enumerate(
            (
                sum(report.items.values()),
                readable,
                readable - report.misses_doubted,
                report.words_kept,
                report.words,
                report.doubts,
            )
        ):
            totals[k] += v
    ids, readable, unflagged, kept, words, doubts = totals
    print(f"| all ({len(paths)}) | {ids} | {readable} | {unflagged} | {kept / words:.3%} | {doubts} |")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=learned.MODEL)
    parser.add_argument("--exclude", nargs="*", default=[], help="corpora left out (file names without .txt)")
    parser.add_argument("--iterations", type=int, default=80)
    parser.add_argument(
        "--no-rule-features",
        action="store_true",
        help="leave out the rules' verdict on each token (then set learned.RULE_FEATURES = False)",
    )
    parser.add_argument(
        "--loco", type=Path, help="leave-one-corpus-out: fold models into this folder, and a table"
    )
    parser.add_argument("--jobs", type=int, default=2, help="folds trained at once (--loco)")
    args = parser.parse_args()
    if args.loco is not None:
        return loco(args.loco, args.iterations, args.jobs, verdict=not args.no_rule_features)
    started = time.monotonic()
    anonymizer = GermanAnonymizer(learned=False)
    features = learned.Features(anonymizer.finder, verdict=not args.no_rule_features)
    data = {}
    for path in sorted(CORPUS.glob("*.txt")):
        if path.stem not in args.exclude:
            data[path.stem] = sequences(path, anonymizer, features)
    train(data, args.out, args.iterations)
    print(
        f"trained on {len(data)} corpora in {time.monotonic() - started:.0f} s: {args.out}"
        f" ({args.out.stat().st_size / 1e6:.2f} MB)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
