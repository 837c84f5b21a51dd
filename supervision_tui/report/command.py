"""`supervision-tui report`: read the coordinator's files, suppress, check, render, write.

A light command: no Textual. Files the store refuses (broken, unfinished, unknown version) are
named on stderr, never skipped silently; files migrated from version 1 are marked in the report.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterable
from pathlib import Path

from ..anonymize import Anonymizer, default_anonymizer
from ..defaults import DEFAULT_SESSIONS
from ..record import SessionRecord
from ..store import Store, atomic_write
from ..words import stored_error
from .check import ReportRefused, ensure_clean
from .document import Report, period_report
from .render import PdfUnavailable, to_csv, to_html, to_markdown, to_pdf
from .suppression import publish_period

FORMATS = ("md", "html", "csv", "pdf")
PDF_MISSING = "PDF braucht das Zusatzpaket weasyprint: pip install -e '.[pdf]' (und Pango: apt-get install libpango-1.0-0)."


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"„{text}“ ist kein Datum (JJJJ-MM-TT)") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "dirs", nargs="*", type=Path, metavar="DIR", help="Ablagen der Sitzungen (Standard: sessions)"
    )
    # as `run` and `beamer` name the folder: a coordinator who copies the supervisor's command line is not refused
    parser.add_argument(
        "--sessions-dir",
        type=Path,
        action="append",
        default=[],
        dest="sessions_dirs",
        metavar="DIR",
        help="eine Ablage der Sitzungen, wie bei run und beamer (wiederholbar)",
    )
    parser.add_argument("--format", choices=FORMATS, default="md", help="Ausgabeformat (Standard: md)")
    parser.add_argument("--out", type=Path, default=None, help="Datei; ohne: Standardausgabe")
    parser.add_argument(
        "--since", type=_date, default=None, metavar="DATUM", help="ab diesem Tag (JJJJ-MM-TT)"
    )
    parser.add_argument(
        "--until", type=_date, default=None, metavar="DATUM", help="bis zu diesem Tag (JJJJ-MM-TT)"
    )


def read_records(dirs: Iterable[Path], warn: list[str]) -> tuple[list[SessionRecord], list[str]]:
    """The records in `dirs`; every refused file becomes a German warning, every migrated one a note."""
    records: list[SessionRecord] = []
    notes: list[str] = []
    for directory in dirs:
        if not directory.is_dir():
            warn.append(f"Warnung: {directory}: kein Ordner mit Sitzungen.")
            continue
        for stored in Store(directory).sessions():
            if stored.record is None:
                warn.append(
                    f"Warnung: {stored_error(stored.error) if stored.error else ''} Nicht im Bericht."
                )
                continue
            if stored.migrated:
                r = stored.record
                note = f"Sitzung am {r.date.strftime('%d.%m.%Y')} ({r.id}) aus Version 1 übernommen."
                notes.append(note)
                warn.append(f"Hinweis: {stored.path.name}: {note}")
            records.append(stored.record)
    return records, notes


def build(
    records: Iterable[SessionRecord],
    since: dt.date | None = None,
    until: dt.date | None = None,
    notes: tuple[str, ...] = (),
) -> Report:
    """The report over a period, from records: read model → suppression → document."""
    return period_report(publish_period(records, since, until), notes=notes)


def render(report: Report, fmt: str) -> bytes:
    """`report` in one of FORMATS, as bytes to write."""
    if fmt == "html":
        return to_html(report).encode("utf-8")
    if fmt == "csv":
        return to_csv(report)
    if fmt == "pdf":
        return to_pdf(report)
    return to_markdown(report).encode("utf-8")


def run(args: argparse.Namespace, anonymizer: Anonymizer | None = None) -> int:
    """The command; 0 written, 1 refused (fail closed) or PDF unavailable, 2 bad period."""
    if args.since and args.until and args.since > args.until:
        print("Fehler: --since liegt nach --until.", file=sys.stderr)
        return 2
    warnings: list[str] = []
    records, notes = read_records([*args.dirs, *args.sessions_dirs] or [DEFAULT_SESSIONS], warnings)
    for line in warnings:
        print(line, file=sys.stderr)
    report = build(records, args.since, args.until, tuple(notes))
    try:
        ensure_clean(report, anonymizer or default_anonymizer())
        data = render(report, args.format)
    except ReportRefused as exc:
        print(exc, file=sys.stderr)
        return 1
    except PdfUnavailable:
        print(PDF_MISSING, file=sys.stderr)
        return 1
    if args.out is None:
        stream = getattr(sys.stdout, "buffer", None)
        if stream is None:  # a text-only stdout (redirected in-process): text formats only
            sys.stdout.write(data.decode("utf-8-sig"))
        else:
            stream.write(data)
        sys.stdout.flush()
    else:
        atomic_write(args.out, data)  # 0600: pseudonymised data stays protected on the desk too
        print(f"Bericht geschrieben: {args.out}", file=sys.stderr)
    return 0
