"""`supervision-tui anonymize`: stdin → stdout. (Placeholder body; the anonymizer work replaces it.)"""

from __future__ import annotations

import argparse
import sys

from . import Context, anonymize


def add_arguments(parser: argparse.ArgumentParser) -> None:
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true")
    mode.add_argument("--jsonl", action="store_true")
    parser.add_argument("--name", action="append", default=[])


def run(args: argparse.Namespace) -> int:
    context = Context()
    for name in args.name:
        context.add_name(name)
    sys.stdout.write(anonymize(sys.stdin.read(), context).text)
    return 0
