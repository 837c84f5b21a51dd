"""Train the learned pass's CRF (supervision_tui/anonymize/learned.py) on the annotated corpora.

Usage: python scripts/train_tagger.py [--out PATH] [--exclude heldout32 ...] [--iterations 80] [--no-rule-features]

Each corpus runs through the rules alone (`GermanAnonymizer(learned=False)`, one Context per session as in
`evaluation.evaluate`); every token gets the features `learned.Features` gives at run time, and its BIO label from
the annotations. Needs python-crfsuite; reads nothing but the corpora and the lexicons, downloads nothing.
About 2 minutes on one core.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pycrfsuite  # type: ignore[import-untyped, import-not-found, unused-ignore]

from supervision_tui.anonymize import learned
from supervision_tui.anonymize.engine import GermanAnonymizer
from supervision_tui.anonymize.evaluation import evaluate, load
from supervision_tui.anonymize.types import Context, Result

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "anonymize" / "corpus"


def sequences(
    path: Path, anonymizer: GermanAnonymizer, features: learned.Features
) -> list[tuple[list[list[str]], list[str]]]:
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
    args = parser.parse_args()
    started = time.monotonic()
    anonymizer = GermanAnonymizer(learned=False)
    features = learned.Features(anonymizer.finder, verdict=not args.no_rule_features)
    trainer = pycrfsuite.Trainer(verbose=False)
    used = []
    for path in sorted(CORPUS.glob("*.txt")):
        if path.stem in args.exclude:
            continue
        used.append(path.stem)
        for xseq, yseq in sequences(path, anonymizer, features):
            trainer.append(xseq, yseq)
    trainer.set_params(
        {"c1": 0.1, "c2": 0.01, "max_iterations": args.iterations, "feature.possible_transitions": True}
    )
    trainer.train(str(args.out))
    print(
        f"trained on {len(used)} corpora in {time.monotonic() - started:.0f} s: {args.out}"
        f" ({args.out.stat().st_size / 1e6:.2f} MB)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
