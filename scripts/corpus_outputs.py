"""The record of the anonymizer's exact output on the annotated corpora (tests/anonymize/corpus/outputs/).

    python scripts/corpus_outputs.py --update          # write the record again, after a deliberate change
    python scripts/corpus_outputs.py --update dev.txt  # only some corpora
    python scripts/corpus_outputs.py                   # compare only: which corpora differ, and how (exit 1)

`tests/anonymize/test_corpus_outputs.py` compares the same way; `git diff tests/anonymize/corpus/outputs` then
shows what the change masks, doubts or flags differently. It runs the anonymizer that Python imports: the
compiled one where `make native` built it and it matches its sources, else the sources (both must agree).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from anonymize.corpus_runs import corpora, differences, orphans, record_path, write  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--update", action="store_true", help="write the record of each corpus again")
    parser.add_argument("corpora", nargs="*", help="corpus file names (default: every corpus)")
    args = parser.parse_args(argv)
    names = args.corpora or corpora()
    failed = 0
    for name in names:
        if args.update:
            changed = write(name)
            print(f"{record_path(name).relative_to(ROOT)}: {'written' if changed else 'unchanged'}")
            continue
        count, shown = differences(name)
        if count:
            failed += 1
            print(f"== {name}: {count} documents differ\n{shown}\n")
        else:
            print(f"{name}: as recorded")
    for path in orphans():
        if args.update and not args.corpora:
            path.unlink()
            print(f"{path.relative_to(ROOT)}: removed (its corpus is gone)")
        else:
            failed += 1
            print(f"{path.relative_to(ROOT)}: its corpus is gone (--update removes it)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
