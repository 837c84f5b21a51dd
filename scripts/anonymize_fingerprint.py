"""Everything the anonymizer returns for a fixed set of texts, one JSON line per text: to show that a change
meant only for speed leaves the output byte-identical.

Usage: python scripts/anonymize_fingerprint.py > after.jsonl, the same from a checkout of the code before, and
`cmp before.jsonl after.jsonl` (or `diff`). Run it from each checkout's directory (PYTHONPATH=.), compiled
(`make native`) and pure Python (without a fresh build: a stale one is never used, see `native.py`); it
says on stderr which one ran.

The texts: every document of every corpus in tests/anonymize/corpus/, in their sessions (one `Context` per
session, with its `@names:`), then each corpus lowercased in one session (chat style), then the
benchmark's generated notes (benchmarks/anonymize_throughput.py, 0.3 MB, one session). Per text: the
output text, the entities, the flags and the doubts.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=0.3, help="MB of the benchmark's notes")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from anonymize_throughput import corpus

    from supervision_tui.anonymize import Context, Result, anonymize, native
    from supervision_tui.anonymize.evaluation import load

    def emit(tag: str, result: Result) -> None:
        line = [tag, result.text, [list(e) for e in result.entities], [list(f) for f in result.flags]]
        line.append([list(d) for d in result.doubts])
        print(json.dumps(line, ensure_ascii=False))

    for path in sorted((ROOT / "tests" / "anonymize" / "corpus").glob("*.txt")):
        contexts: dict[int, Context] = {}
        docs = load(path)
        for k, doc in enumerate(docs):
            context = contexts.get(doc.session)
            if context is None:
                context = contexts[doc.session] = Context()
                for name in doc.names:
                    context.add_name(name)
            emit(f"{path.name}:{k}", anonymize(doc.text, context))
        context = Context()
        for k, doc in enumerate(docs):
            emit(f"{path.name}:lower:{k}", anonymize(doc.text.lower(), context))
    context = Context()
    for k, doc in enumerate(corpus(args.mb)):
        emit(f"notes:{k}", anonymize(doc, context))
    print("compiled" if native.active() else "pure Python", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
