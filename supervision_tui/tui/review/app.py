"""The coordinator's app: `supervision-tui review [DIR]`."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.binding import Binding, BindingType

from ...anonymize import Anonymizer, default_anonymizer
from ...report.check import ReportRefused, ensure_clean
from ...report.command import build, read_records, render
from ...report.document import Report
from ...report.suppression import PublishedSession
from ...retention import exports_dir, period_export_name, session_export_name
from ...store import atomic_write
from ..base import BaseApp
from .data import Entry, load_entries
from .export import ExportDialog
from .screens import ReviewScreen, SessionList


class ReviewApp(BaseApp):
    """Stored sessions for the coordinator: list, summaries, trends, export. Read-only but for exports."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("ctrl+q", "quit", "key.quit", priority=True)]

    def __init__(
        self,
        sessions_dir: Path,
        *,
        lang: str = "de",
        theme: str | None = None,
        today: dt.date | None = None,
        anonymizer: Anonymizer | None = None,
    ) -> None:
        super().__init__(lang, theme)
        self.sessions_dir = Path(sessions_dir)
        self.today = today or dt.date.today()
        self._anonymizer = anonymizer
        self.entries: list[Entry] = load_entries(self.sessions_dir) if self.sessions_dir.is_dir() else []
        self.last_export: Path | None = None
        self.title = "supervision-tui review"

    def on_mount(self) -> None:
        self.use_themes()
        self.push_screen(SessionList())

    @property
    def sessions_oldest_first(self) -> list[PublishedSession]:
        held = [e.published for e in self.entries if e.published is not None]
        return sorted(held, key=lambda s: (s.date, s.id))

    @property
    def anonymizer(self) -> Anonymizer:
        if self._anonymizer is None:
            self._anonymizer = default_anonymizer()
        return self._anonymizer

    # --- export ----------------------------------------------------------------------------------

    def export_period(self, screen: ReviewScreen) -> None:
        """Every readable session as one report (the funder pack first), like `supervision-tui report`."""
        records, notes = read_records([self.sessions_dir], [])
        if not records:
            screen.notify(self.texts("coord.nothing_to_export"), severity="warning")
            return
        first, last = min(r.date for r in records), max(r.date for r in records)
        default = exports_dir(self.sessions_dir) / period_export_name(first, last, "md")
        self._ask_export(screen, self.texts("coord.export_all"), default, build(records, notes=tuple(notes)))

    def export_session(self, screen: ReviewScreen, session: PublishedSession) -> None:
        entry = next(e for e in self.entries if e.record is not None and e.record.id == session.id)
        assert entry.record is not None
        default = exports_dir(self.sessions_dir) / session_export_name(entry.record, "md")
        self._ask_export(screen, session.label, default, build([entry.record]))

    def _ask_export(self, screen: ReviewScreen, what: str, default: Path, report: Report) -> None:
        def chosen(answer: tuple[str, Path] | None) -> None:
            if answer is not None:
                fmt, path = answer
                screen.show_status(self.texts("coord.exporting", path=path))
                self._export(screen, report, fmt, path)

        self.push_screen(ExportDialog(what, default), chosen)

    @work(thread=True, exclusive=True, group="export")
    def _export(self, screen: ReviewScreen, report: Report, fmt: str, path: Path) -> None:
        # The same gate as `supervision-tui report`: checked by the anonymizer once more (fail
        # closed), rendered from the one document model, written 0600.
        try:
            ensure_clean(report, self.anonymizer)
            data = render(report, fmt)
            if path.parent == exports_dir(self.sessions_dir):
                path.parent.mkdir(mode=0o700, exist_ok=True)
            atomic_write(path, data)
        except ReportRefused as exc:
            self.call_from_thread(self._exported, screen, None, str(exc))
        except OSError as exc:
            self.call_from_thread(
                self._exported,
                screen,
                None,
                self.texts("coord.export_failed", error=self.texts.os_error(exc)),
            )
        else:
            self.call_from_thread(self._exported, screen, path, None)

    def _exported(self, screen: ReviewScreen, path: Path | None, error: str | None) -> None:
        if path is None:
            screen.show_status(error or "")
            self.notify(error or "", severity="error", timeout=15)
            return
        self.last_export = path
        message = self.texts("coord.exported", path=path)
        screen.show_status(message)
        self.notify(message, timeout=8)


def main(args: argparse.Namespace) -> int:
    """Entry from the CLI (`supervision-tui review [DIR]`)."""
    app = ReviewApp(args.dir, lang=args.lang, theme=args.theme)
    return app.run() or 0
