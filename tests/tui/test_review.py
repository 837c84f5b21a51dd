"""`supervision-tui review`: the coordinator's app over real session files, driven by Pilot."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, RadioSet, Static
from textual_plotext import PlotextPlot

from supervision_tui.engine import Engine
from supervision_tui.prompts import find_template
from supervision_tui.report.suppression import FEW_ANSWERS
from supervision_tui.retention import due_files
from supervision_tui.store import Store
from supervision_tui.tui.review.app import ReviewApp
from supervision_tui.tui.review.export import ExportDialog
from supervision_tui.tui.review.screens import SessionList, SessionView, Trends
from supervision_tui.tui.widgets import KeyBar

from .conftest import TEMPLATE
from .helpers import PRIVATE, QUOTE, held_session

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def sessions(tmp_path: Path) -> Path:
    root = tmp_path / "sessions"
    held_session(root, "large001", dt.date(2025, 9, 1), [2, 2, 2, 4, 4, 5], retention_days=365)
    held_session(root, "small001", dt.date(2026, 3, 1), [4, 5])
    held_session(root, "old00001", dt.date(2025, 1, 15), [3, 3, 4, 4, 5], v1=True)
    (root / "2026-06-01-gruppensupervision-integrationslotsen-broken01.json").write_text("{ kaputt")
    # a session still running: its journal (with private answers) is the supervisor's, never listed
    running = Engine.start(
        find_template(TEMPLATE),
        title="Läuft noch",
        date=dt.date(2026, 11, 24),
        store=Store(root),
        session_id="running1",
    )
    running.close()
    assert list((root / "running").glob("*.journal.jsonl"))
    return root


def _table(app: ReviewApp) -> DataTable:
    return app.screen.query_one("#sessions-table", DataTable)


def _row(app: ReviewApp, index: int) -> list[str]:
    return [str(cell) for cell in _table(app).get_row_at(index)]


async def test_the_list_shows_held_refused_migrated_and_due(sessions: Path) -> None:
    app = ReviewApp(sessions, today=TODAY)
    async with app.run_test(size=(140, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SessionList)
        rows = [_row(app, i) for i in range(_table(app).row_count)]
        assert len(rows) == 4
        by_title = {r[1]: r for r in rows}
        broken = by_title["2026-06-01-gruppensupervision-integrationslotsen-broken01.json"]
        assert broken[4].startswith("nicht lesbar:") and "kein gültiges JSON" in broken[4]
        large = by_title["Herbsttreffen"]
        assert large[0] == "01.09.2025" and large[3] == "6"
        assert "Löschung fällig (Frist bis 01.09.2026)" in large[4]
        assert by_title["Frühjahrstreffen"][3] == "."  # two people: a dot, never the number
        assert "aus Version 1 übernommen" in by_title["Wintertreffen"][4]
        info = str(app.screen.query_one("#review-info", Static).visual)
        assert "3 Sitzungen · 1 Dateien nicht lesbar · 1 zur Löschung fällig" in info
        assert "supervision-tui purge" in info


async def test_navigate_and_open_a_session_with_suppression(sessions: Path) -> None:
    app = ReviewApp(sessions, today=TODAY)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await _open(pilot, app, "Frühjahrstreffen")
        assert isinstance(app.screen, SessionView)
        summary = _text(app)
        assert "Sitzung am 01.03.2026" in summary
        # two moods: no distribution, no median; two Glitzermomente: no quotes
        assert f"Stimmung · Runde 1: Wie geht es Ihnen?\n{FEW_ANSWERS} (. Antworten)" in summary
        assert f"Glitzermomente · Runde 2 (. Antworten)\n{FEW_ANSWERS}" in summary
        assert "Median" not in summary
        assert "Anwesende" in summary and PRIVATE not in summary and QUOTE not in summary
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SessionList)

        await _open(pilot, app, "Herbsttreffen")
        summary = _text(app)
        assert "Sitzung am 01.09.2025" in summary
        assert "Median 3 · 6 Antworten" in summary  # moods 2,2,2,4,4,5: bands 3 / 0 / 3
        assert f"„{QUOTE} 0“" in summary  # six answered and agreed to quoting
        assert PRIVATE not in summary
        await pilot.press("escape")

        # a refused file is not opened: its German error is shown
        await _open(pilot, app, "2026-06-01-gruppensupervision-integrationslotsen-broken01.json")
        assert isinstance(app.screen, SessionList)


async def _open(pilot, app: ReviewApp, title: str) -> None:
    """Move the cursor to the row titled `title` with the arrow keys and press Enter."""
    table = _table(app)
    target = [_row(app, i)[1] for i in range(table.row_count)].index(title)
    steps = target - table.cursor_row
    await pilot.press(*(["down"] * steps if steps > 0 else ["up"] * -steps), "enter")
    await pilot.pause()


def _text(app: ReviewApp) -> str:
    """The summary as the terminal shows it (Rich tables rendered to plain text)."""
    from rich.console import Console

    console = Console(width=140, record=True, color_system=None)
    console.print(app.screen.query_one("#coord-summary", Static).content)
    return console.export_text()


async def test_export_from_inside_the_tui(sessions: Path) -> None:
    app = ReviewApp(sessions, today=TODAY)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await pilot.press("x")  # all sessions
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        field = app.screen.query_one("#export-path", Input)
        assert field.value == str(sessions / "exports" / "zeitraum-2025-01-15_2026-03-01.md")
        app.screen.query_one(RadioSet).focus()
        await pilot.press("down", "enter")  # HTML
        await pilot.pause()
        assert field.value.endswith(".html")
        field.focus()
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        exported = sessions / "exports" / "zeitraum-2025-01-15_2026-03-01.html"
        assert app.last_export == exported and exported.is_file()
        assert oct(exported.stat().st_mode & 0o777) == "0o600"
        status = str(app.screen.query_one("#review-status", Static).visual)
        assert f"Exportiert: {exported}" in status
        html = exported.read_text()
        assert "<script" not in html and PRIVATE not in html
        assert "Herbsttreffen" in html and FEW_ANSWERS in html
        assert "aus Version 1 übernommen" in html

        # one session, to a chosen path, as CSV
        await _open(pilot, app, "Frühjahrstreffen")
        await pilot.press("x")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        dialog.query_one(RadioSet).focus()
        await pilot.press("down", "down", "enter")  # CSV
        chosen = sessions.parent / "desk" / "maerz.csv"
        chosen.parent.mkdir()
        field = dialog.query_one("#export-path", Input)
        field.value = str(chosen)
        field.focus()
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert chosen.is_file() and app.last_export == chosen
        data = chosen.read_bytes().decode("utf-8-sig")
        assert "Frühjahrstreffen" in data and "Herbsttreffen" not in data
        assert PRIVATE not in data and FEW_ANSWERS in data
        assert ";.\r\n" in data or ";.;" in data  # attendance 2 is a dot in the CSV too


async def test_an_export_the_anonymizer_objects_to_is_not_written(sessions: Path) -> None:
    class Objecting:
        def anonymize(self, text: str, context: object = None):  # finds a name in every agreement
            from supervision_tui.anonymize import Entity, Result

            if "Notfallnummern" in text:
                return Result(text, entities=(Entity(0, 3, "PERSON", "[Person A]"),))
            return Result(text)

    app = ReviewApp(sessions, today=TODAY, anonymizer=Objecting())  # type: ignore[arg-type]
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.last_export is None
        assert not (sessions / "exports").exists() or not any((sessions / "exports").iterdir())
        status = str(app.screen.query_one("#review-status", Static).visual)
        assert "Bericht nicht geschrieben" in status and "ein Name (PERSON)" in status


async def test_trends_across_sessions(sessions: Path) -> None:
    app = ReviewApp(sessions, today=TODAY)
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, Trends)
        table = str(app.screen.query_one("#trends-table", Static).visual)
        lines = table.splitlines()
        # oldest first; the small session's attendance is a dot and it has no median
        assert [line[:10] for line in lines[1:4]] == ["15.01.2025", "01.09.2025", "01.03.2026"]
        assert lines[3].split()[1] == "."
        assert len(lines[3].split()) == 3
        plots = app.screen.query(PlotextPlot)
        assert len(plots) >= 3
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SessionList)


def test_review_of_a_missing_folder_is_a_german_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from supervision_tui.cli import main

    assert main(["review", str(tmp_path / "nirgends")]) == 2
    assert "Ordner nicht gefunden" in capsys.readouterr().err


def test_review_takes_the_folder_as_run_names_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from supervision_tui.cli import main

    assert main(["review", "--sessions-dir", str(tmp_path / "nirgends")]) == 2
    assert str(tmp_path / "nirgends") in capsys.readouterr().err, "the option's folder, not the default one"


async def test_review_speaks_english_around_the_german_report(sessions: Path) -> None:
    app = ReviewApp(sessions, today=TODAY, lang="en")
    async with app.run_test(size=(140, 30)) as pilot:
        await pilot.pause()
        info = str(app.screen.query_one("#review-info", Static).visual)
        assert "3 sessions · 1 files unreadable · 1 due for deletion" in info
        columns = [str(c.label) for c in _table(app).columns.values()]
        assert columns[:4] == ["Date", "Title", "Duration (min)", "Attendance"]
        descriptions = [d for _k, d in app.screen.query_one(KeyBar).entries()]
        assert {"Open", "Trends", "Export"} <= set(descriptions)


async def test_the_retention_view_lists_what_purge_would_delete(sessions: Path) -> None:
    app = ReviewApp(sessions, today=TODAY)
    async with app.run_test(size=(140, 30)) as pilot:
        await pilot.pause()
        await pilot.press("l")
        await pilot.pause()
        assert [_row(app, i)[1] for i in range(_table(app).row_count)] == ["Herbsttreffen"]
        info = str(app.screen.query_one("#review-info", Static).visual)
        assert "Löschfristen: 1 Sitzungen zur Löschung fällig" in info
        await pilot.press("enter")  # the filtered row opens its own session
        await pilot.pause()
        assert isinstance(app.screen, SessionView) and app.screen.session.id == "large001"
        await pilot.press("escape", "l")
        await pilot.pause()
        assert _table(app).row_count == 4
    # review and purge agree on what is due
    due = due_files(Store(sessions), TODAY)
    assert [d.path.name for d in due] == ["2025-09-01-gruppensupervision-integrationslotsen-large001.json"]


async def test_down_then_enter_typed_fast_opens_the_row_below(sessions: Path) -> None:
    """↓⏎ as a terminal delivers it when typed fast (both keys queued before either is handled): Enter
    opens the row the ↓ moved to, not the one the cursor was on before."""
    from textual import events

    app = ReviewApp(sessions, today=TODAY)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        table = _table(app)
        assert table.cursor_row == 0 and table.row_count > 1
        below = _row(app, 1)[1]
        app.post_message(events.Key("down", None))
        app.post_message(events.Key("enter", "\r"))
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, SessionView)
        assert app.screen.session.title == below
