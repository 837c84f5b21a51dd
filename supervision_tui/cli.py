"""The command line. Light commands (`anonymize`, `report`, `templates`, `purge`, `--help`) never import Textual."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from .defaults import DEFAULT_PORT, DEFAULT_SESSIONS


def _add_server_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--template", default=None, help="Vorlage (Name oder Pfad); ohne: Startbildschirm")
    parser.add_argument("--title", default="", help="Titel der Sitzung (ohne Personennamen)")
    parser.add_argument("--sessions-dir", type=Path, default=DEFAULT_SESSIONS, help="Ablage der Sitzungen")
    parser.add_argument("--host", default="0.0.0.0", help="Adresse des Formular-Servers (Standard: alle)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="Port des Formular-Servers")
    parser.add_argument(
        "--public-url", default=None, help=f"Basis-URL für den QR-Code, z. B. http://10.0.0.2:{DEFAULT_PORT}"
    )
    parser.add_argument("--lang", choices=["de", "en"], default="de", help="Sprache der Oberfläche")
    parser.add_argument("--theme", default=None, help="Farbschema: projektor, hell, dunkel")
    parser.add_argument(
        "--no-auto-resume",
        action="store_true",
        help="nach einem Absturz nicht von selbst fortsetzen, sondern fragen",
    )


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with `command`, the options of the other commands that need imports
    of their own (the anonymizer's and the reports') are left out: the TUI starts without them."""
    parser = argparse.ArgumentParser(
        prog="supervision-tui",
        description="Gruppensupervision live: projizierte Oberfläche, Handy-Formular im WLAN, "
        "Anonymisierung offline.",
    )
    sub = parser.add_subparsers(dest="command")

    run = sub.add_parser("run", help="die Oberfläche der Supervisor·in (Standard)")
    _add_server_options(run)

    demo = sub.add_parser("demo", help="die Oberfläche mit simulierten Handys zum Ausprobieren")
    _add_server_options(demo)
    demo.add_argument("--participants", type=int, default=8, help="Anzahl simulierter Handys")

    simulate = sub.add_parser("simulate", help="eine ganze Sitzung ohne Oberfläche, Handys simuliert")
    simulate.add_argument("--participants", type=int, default=12)
    simulate.add_argument("--sessions-dir", type=Path, default=DEFAULT_SESSIONS)
    simulate.add_argument("--template", default=None)
    simulate.add_argument("--port", type=int, default=0)

    beamer = sub.add_parser("beamer", help="die Projektion: nur was der Raum sehen darf, für den Beamer")
    beamer.add_argument("--sessions-dir", type=Path, default=DEFAULT_SESSIONS, help="Ablage der Sitzungen")
    beamer.add_argument("--lang", choices=["de", "en"], default="de", help="Sprache der Oberfläche")
    beamer.add_argument("--theme", default=None, help="Farbschema: projektor, hell, dunkel")

    anonymize = sub.add_parser("anonymize", help="Text anonymisieren: stdin → stdout")
    if command in (None, "anonymize"):
        from .anonymize.cli import add_arguments

        add_arguments(anonymize)

    report = sub.add_parser("report", help="Berichte für die Koordination und den Nachweis für den Geldgeber")
    if command in (None, "report"):
        from .report.command import add_arguments as add_report_arguments

        add_report_arguments(report)

    review = sub.add_parser("review", help="die Oberfläche der Koordination über gespeicherte Sitzungen")
    review.add_argument(
        "dir", nargs="?", type=Path, default=DEFAULT_SESSIONS, metavar="DIR", help="Ablage der Sitzungen"
    )
    review.add_argument(
        "--sessions-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="Ablage der Sitzungen, wie bei run und beamer",
    )
    review.add_argument("--lang", choices=["de", "en"], default="de", help="Sprache der Oberfläche")
    review.add_argument("--theme", default=None, help="Farbschema: projektor, hell, dunkel")

    purge = sub.add_parser("purge", help="alte Sitzungsdateien löschen, mit Löschprotokoll")
    purge.add_argument(
        "--older-than",
        type=_days,
        default=None,
        metavar="TAGE",
        help="Sitzungen löschen, die älter sind als so viele Tage (ohne: nur die Fristen der Vorlagen)",
    )
    purge.add_argument("--dry-run", action="store_true", help="nur auflisten, nichts löschen")
    purge.add_argument("--yes", action="store_true", help="ohne Rückfrage löschen (für Skripte)")
    purge.add_argument("--sessions-dir", type=Path, default=DEFAULT_SESSIONS)

    templates = sub.add_parser("templates", help="Vorlagen auflisten oder prüfen")
    templates.add_argument("--validate", type=Path, metavar="PATH", help="eine Vorlagendatei prüfen")
    return parser


def _days(value: str) -> int:
    try:
        days = int(value)
    except ValueError:
        days = -1
    if days < 0:
        raise argparse.ArgumentTypeError(f"keine Anzahl Tage: {value!r}")
    return days


def _purge(args: argparse.Namespace) -> int:
    import datetime as dt

    from .retention import due_files, purge
    from .store import Store

    root: Path = args.sessions_dir
    if not root.is_dir():
        print(f"Ordner nicht gefunden: {root}", file=sys.stderr)
        return 2
    store = Store(root)
    due = due_files(store, dt.date.today(), args.older_than)
    if not due:
        print("Nichts fällig: keine Sitzungsdatei ist zu löschen.")
        return 0
    files = sum(1 + len(item.derived) for item in due)
    print(f"Fällig zur Löschung: {len(due)} Sitzungen, {files} Dateien")
    for item in due:
        print(f"  {item.path.name}  (Sitzung vom {item.date:%d.%m.%Y}; {item.rule})")
        for path in item.derived:
            print(f"    + {path.relative_to(root)}  (abgeleitet)")
    if args.dry_run:
        print("Probelauf: nichts gelöscht.")
        return 0
    if not args.yes:
        try:
            answer = input(f"Diese {files} Dateien endgültig löschen? [j/N] ")
        except EOFError:
            answer = ""
        if answer.strip().lower() not in ("j", "ja", "y", "yes"):
            print("Abgebrochen: nichts gelöscht.")
            return 1
    result = purge(store, due, dt.datetime.now(dt.UTC))
    print(f"{len(result.deleted)} Dateien gelöscht. Löschprotokoll: {result.log}")
    return 0


def _templates(args: argparse.Namespace) -> int:
    from .prompts import TemplateError, list_templates, load_template

    if args.validate:
        try:
            agenda = load_template(args.validate)
        except TemplateError as exc:
            print(f"Vorlage fehlerhaft: {args.validate}", file=sys.stderr)
            for problem in exc.problems:
                print(f"  {args.validate}: {problem}", file=sys.stderr)
            return 2  # bad input, as for `run --template FILE`
        print(
            f"{args.validate}: in Ordnung – „{agenda.title}“, {len(agenda.steps)} Schritte, {agenda.minutes} Min."
        )
        return 0
    status = 0
    for info in list_templates():
        if info.agenda is not None:
            print(f"{info.name:40} {info.agenda.minutes:4} Min.  {info.agenda.title}")
        else:
            status = 1
            print(f"{info.name:40}  FEHLER  {info.error}", file=sys.stderr)
    return status


def _command(argv: list[str]) -> str | None:
    """The command named on the command line (its first word), or None (`--help`, or none given)."""
    first = next((arg for arg in argv if not arg.startswith("-")), None)
    return first if first in _COMMANDS else None


_COMMANDS = ("run", "demo", "simulate", "beamer", "anonymize", "report", "review", "purge", "templates")


def main(argv: list[str] | None = None) -> int:
    words = argv if argv is not None else sys.argv[1:]
    # Only what the command needs is imported: the TUI's first frame does not wait for the reports.
    args = build_parser(_command(words) or "run").parse_args(words)
    command = args.command or "run"
    if args.command is None:
        args = build_parser("run").parse_args(["run", *words])
    return _entry(command)(args)


def _entry(command: str) -> Callable[[argparse.Namespace], int]:
    """The function that runs `command`, imported only now (the anonymizer's rules, the reports and
    Textual each take a noticeable part of a second to import)."""
    match command:
        case "anonymize":
            from .anonymize.cli import run as entry
        case "templates":
            entry = _templates
        case "purge":
            entry = _purge
        case "review":
            entry = _review
        case "report":
            from .report.command import run as entry
        case "simulate":
            from .live.simulate import main as entry
        case "beamer":
            from .tui.beamer import main as entry
        case "demo":
            from .tui.app import run_demo as entry
        case _:
            from .tui.app import main as entry
    return entry


def _review(args: argparse.Namespace) -> int:
    if args.sessions_dir is not None:
        args.dir = args.sessions_dir
    if not args.dir.is_dir():  # said before Textual is imported
        print(f"Ordner nicht gefunden: {args.dir}", file=sys.stderr)
        return 2
    from .tui.review.app import main as review

    return review(args)


if __name__ == "__main__":
    raise SystemExit(main())
