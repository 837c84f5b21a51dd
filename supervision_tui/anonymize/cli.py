"""`supervision-tui anonymize`: stdin → stdout, without importing the TUI or the web server."""

from __future__ import annotations

import argparse
import atexit
import datetime as dt
import gc
import json
import sys

from .types import Context, Result


def add_arguments(parser: argparse.ArgumentParser) -> None:
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="ganze Eingabe als ein Dokument, Ausgabe als JSON")
    mode.add_argument(
        "--jsonl", action="store_true", help='je Zeile ein {"text": ...}-Objekt, je Zeile ein Dokument'
    )
    parser.add_argument(
        "--name",
        action="append",
        default=[],
        metavar="NAME",
        help="Name, der immer maskiert wird (mehrfach möglich)",
    )
    parser.add_argument(
        "--day",
        type=_day,
        default=None,
        metavar="JJJJ-MM-TT",
        help="Tag, an dem die Texte geschrieben wurden (Standard: heute); danach richtet sich, ob ein Datum "
        "vergangen ist (maskiert) oder noch kommt (Termin, bleibt lesbar)",
    )


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"kein Datum im Format JJJJ-MM-TT: {value!r}") from None


def _context(names: list[str], day: dt.date | None = None) -> Context:
    context = Context() if day is None else Context(today=day)
    for name in names:
        context.add_name(name)
    return context


def _payload(result: Result, with_flags: bool) -> dict[str, object]:
    payload: dict[str, object] = {
        "text": result.text,
        "entities": [
            {"start": e.start, "end": e.end, "label": e.label, "replacement": e.replacement}
            for e in result.entities
        ],
        # readable tokens that are neither a known word nor a known name: for a human to look at
        "doubts": [{"start": d.start, "end": d.end} for d in result.doubts],
    }
    if with_flags:
        payload["flags"] = [{"start": f.start, "end": f.end, "category": f.category} for f in result.flags]
    return payload


def run(args: argparse.Namespace) -> int:
    from . import default_anonymizer

    # The command ends with its process: the interpreter's collections at exit would only walk the objects
    # of the rules and the lexicon, none of them garbage (a sixth of a warm start answering one line).
    atexit.register(gc.freeze)
    anonymizer = default_anonymizer()
    names: list[str] = list(getattr(args, "name", None) or [])
    day: dt.date | None = getattr(args, "day", None)
    out = sys.stdout
    if not getattr(args, "jsonl", False):
        text = sys.stdin.read()
        result = anonymizer.anonymize(text, _context(names, day))
        if getattr(args, "json", False):
            out.write(json.dumps(_payload(result, with_flags=True), ensure_ascii=False) + "\n")
        else:
            out.write(result.text)
        out.flush()
        return 0
    status = 0
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise ValueError('erwartet wird ein Objekt mit dem Feld "text" (Zeichenkette)')
        except ValueError as exc:
            message = f"Zeile {number}: ungültiges JSON ({exc})"
            print(f"Fehler: {message}", file=sys.stderr)
            out.write(json.dumps({"error": message}, ensure_ascii=False) + "\n")
            status = 1
            continue
        result = anonymizer.anonymize(item["text"], _context(names, day))
        out.write(json.dumps(_payload(result, with_flags=False), ensure_ascii=False) + "\n")
    out.flush()
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="supervision-tui anonymize", description="Text von stdin anonymisieren und auf stdout ausgeben."
    )
    add_arguments(parser)
    return run(parser.parse_args(argv))
