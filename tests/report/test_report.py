"""`supervision-tui report` over real session files: suppression in every format, nothing private,
consent, fail closed, refused files named, byte-identical reruns, a German spreadsheet's CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from supervision_tui.cli import main
from supervision_tui.store import Store

from .conftest import agreement_text, hidden_quote, hold, private_text, quote_text
from .helpers import FORMATS, plain, report

DAY = dt.date(2026, 3, 5)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("n", [2, 4, 6])
def test_suppression_in_every_format(n: int, fmt: str, store: Store, sessions_dir: Path, tmp_path: Path):
    sid = f"grp{n}abc"
    hold(store, n, DAY, sid)
    out = tmp_path / f"bericht.{fmt}"
    assert report([sessions_dir], out, fmt) == 0
    text = plain(out, fmt)

    assert f"Anwesende {n if n >= 3 else '.'}" in text, "Anwesende unter 3 als „.“"
    assert "Wunsch nach Einzelgespräch ." in text, "eine Anfrage: nur „.“"
    quotable = [quote_text(sid, i) for i in range(1, n - 1, 2)]
    if n < 5:
        assert text.count("weniger als 5 Antworten") >= 2 + 2, "Stimmung und Zitate, je Sitzung und Zeitraum"
        assert not re.search(r"Median \d", text)
        for quote in quotable:
            assert quote not in text
    else:
        # moods 1, 4, 2, 5, 2, 5: bands 3 / 0 / 3, median 3 — shown, but never a single value
        assert re.search(r"Median 3 (· 6 Antworten|Antworten gesamt 6)", text)
        assert "1–2 3 3 4–5 3" in text, "Bereiche: 3, keine, 3"
        for quote in quotable:
            assert quote in text, "zitierbar, freigegeben, ab 5 Antworten"
    assert hidden_quote(sid, n) not in text, "von der Supervisorin verborgen"
    for i in range(n):
        assert private_text(sid, i) not in text, "privat bleibt privat"
        assert f"Anliegen{sid}x{i}" not in text, "private Anliegen nur als Zahl"
    assert not re.search(r"\bT\d+\b", text), "kein Kürzel einer Person"
    # concerns (hoch, mittel, niedrig) at 6: 2 / 3 / 1 of 6 — two hidden, so neither is recoverable
    if n == 6:
        assert "hoch . mittel 3 niedrig . Anliegen gesamt 6" in text
        assert "Behörden . Wohnen . Fälle gesamt 3" in text, "ein verborgener Teil zieht einen zweiten mit"
    if n == 4:  # 2 high, 1 medium, 1 low: all three hidden, the total 4 shown
        assert "hoch . mittel . niedrig . Anliegen gesamt 4" in text
    if n == 2:
        assert "Anliegen gesamt ." in text


def _csv_tables(path: Path) -> dict[tuple[str, str], dict[str, list[str]]]:
    """The CSV's tables: (section, table) → {first cell of a row: the row's other cells}."""
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig")), delimiter=";"))
    tables: dict[tuple[str, str], dict[str, list[str]]] = {}
    current: dict[str, list[str]] | None = None
    for row in rows:
        if not row:
            current = None
        elif current is None and len(row) == 2:
            current = tables.setdefault((row[0].split(" ")[0], row[1]), {})
        elif current is not None:
            current[row[0]] = row[1:]
    return tables


def _value(cell: str) -> int:
    return 0 if cell in ("", ".") else int(cell)


def _funder(tables) -> dict[str, int]:
    """The funder pack's counts, by row label."""
    found = {}
    for (section, title), rows in tables.items():
        if section != "Nachweis":
            continue
        for label, cells in rows.items():
            if title == "Gehaltene Sitzungen" and label == "gesamt":
                found["Anwesende gesamt"] = _value(cells[2])
            elif title in ("Themen nach Lebensbereich", "Anliegen nach Dringlichkeit") and label not in (
                "Lebensbereich",
                "Dringlichkeit",
            ):
                found[label] = _value(cells[0])
    return found


@pytest.mark.parametrize("n_extra", [2, 4, 6])
def test_two_periods_one_session_apart_differ_by_what_that_session_shows(
    n_extra: int, store: Store, sessions_dir: Path, tmp_path: Path
):
    """Subtracting the report up to day 1 from the report up to day 2 gives exactly the figures
    day 2's session publishes on its own: nothing it hides comes out of the difference."""
    hold(store, 6, DAY, "erste01")
    hold(store, n_extra, DAY + dt.timedelta(days=1), "zweite01")
    shorter, longer, alone = tmp_path / "a.csv", tmp_path / "b.csv", tmp_path / "c.csv"
    assert report([sessions_dir], shorter, "csv", "--until", DAY.isoformat()) == 0
    assert report([sessions_dir], longer, "csv") == 0
    day2 = (DAY + dt.timedelta(days=1)).isoformat()
    assert report([sessions_dir], alone, "csv", "--since", day2) == 0
    a, b, c = (_funder(_csv_tables(p)) for p in (shorter, longer, alone))
    keys = a.keys() | b.keys() | c.keys()
    assert {"Anwesende gesamt", "Anliegen gesamt", "Fälle gesamt", "hoch"} <= keys
    difference = {key: b.get(key, 0) - a.get(key, 0) for key in keys}
    assert difference == {key: c.get(key, 0) for key in keys}
    # and what the second session hides stays hidden in its own report
    own = _csv_tables(alone)[("Sitzung", "Anliegen nach Dringlichkeit")]
    if n_extra == 2:
        assert own["Anliegen gesamt"] == ["."] and difference["Anliegen gesamt"] == 0
        assert difference["Anwesende gesamt"] == 0, "2 Anwesende zählen in keiner Summe"
    else:
        assert difference["Anwesende gesamt"] == n_extra


def test_a_period_pools_only_distributions_a_session_shows(store: Store, sessions_dir: Path, tmp_path: Path):
    hold(store, 6, DAY, "erste01")
    hold(store, 4, DAY + dt.timedelta(days=1), "zweite01", moods=[1, 1, 1, 1])
    out = tmp_path / "r.md"
    assert report([sessions_dir], out) == 0
    funder = plain(out, "md").split("Sitzung am")[0]
    assert "Median 3 · 6 Antworten" in funder, "die vier Antworten der zweiten Sitzung zählen nicht mit"


def test_fail_closed_a_name_in_a_record_stops_every_format(
    store: Store, sessions_dir: Path, tmp_path: Path, capsys
):
    path = hold(store, 6, DAY, "planted1")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["agreements"][0]["text"] = "Frau Okonkwo-Brandt ruft beim Jobcenter an"
    path.write_text(json.dumps(data), encoding="utf-8")
    for fmt in FORMATS:
        out = tmp_path / f"r.{fmt}"
        assert report([sessions_dir], out, fmt) == 1
        assert not out.exists(), "nichts geschrieben"
        err = capsys.readouterr().err
        assert "Bericht nicht geschrieben" in err
        assert "05.03.2026 (planted1), Abschnitt „Vereinbarungen“: ein Name (PERSON)" in err
        assert "Okonkwo" not in err and "Brandt" not in err, "die Meldung wiederholt den Namen nicht"


def test_the_untouched_report_passes_the_check(store: Store, sessions_dir: Path, tmp_path: Path):
    hold(store, 6, DAY, "sauber01")
    out = tmp_path / "r.md"
    assert report([sessions_dir], out) == 0
    assert agreement_text("sauber01") in out.read_text(encoding="utf-8")


def test_the_folder_named_as_run_and_beamer_name_it_is_read(store: Store, sessions_dir: Path, tmp_path: Path):
    """`report --sessions-dir D`, as the supervisor's `run --sessions-dir D`: the same report as `report D`,
    and several folders add up (in a walk the coordinator copied the option and argparse refused it)."""
    hold(store, 6, DAY, "ordner01")
    other = Store(tmp_path / "andere")
    hold(other, 6, DAY + dt.timedelta(days=7), "ordner02")
    positional, named = tmp_path / "p.md", tmp_path / "n.md"
    assert report([sessions_dir], positional) == 0
    assert main(["report", "--sessions-dir", str(sessions_dir), "--out", str(named)]) == 0
    assert named.read_bytes() == positional.read_bytes()
    both = tmp_path / "b.md"
    assert (
        main(["report", str(sessions_dir), "--sessions-dir", str(tmp_path / "andere"), "--out", str(both)])
        == 0
    )
    assert agreement_text("ordner01") in both.read_text(encoding="utf-8")
    assert agreement_text("ordner02") in both.read_text(encoding="utf-8")


def test_reruns_are_byte_identical(store: Store, sessions_dir: Path, tmp_path: Path):
    hold(store, 6, DAY, "gleich01")
    hold(store, 4, DAY + dt.timedelta(days=7), "gleich02")
    for fmt in ("html", "csv", "md"):
        first, second = tmp_path / f"1.{fmt}", tmp_path / f"2.{fmt}"
        assert report([sessions_dir], first, fmt) == 0
        assert report([sessions_dir], second, fmt) == 0
        assert first.read_bytes() == second.read_bytes(), fmt


def test_csv_opens_in_a_german_spreadsheet(store: Store, sessions_dir: Path, tmp_path: Path):
    hold(store, 6, DAY, "tabelle1")
    out = tmp_path / "r.csv"
    assert report([sessions_dir], out, "csv") == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 mit BOM: Umlaute richtig"
    assert b"\r\n" in raw
    tables = _csv_tables(out)
    held = tables[("Nachweis", "Gehaltene Sitzungen")]
    assert held["Datum"] == ["Format", "Dauer (Min.)", "Anwesende", "Methoden"]
    minutes = held["05.03.2026"][1]
    assert re.fullmatch(r"\d+,\d", minutes), f"Dezimalkomma: {minutes!r}"
    assert "Fälle gesamt" in tables[("Nachweis", "Themen nach Lebensbereich")]
    assert all(";" not in cell for rows in tables.values() for row in rows.values() for cell in row)


def test_html_is_self_contained(store: Store, sessions_dir: Path, tmp_path: Path):
    hold(store, 6, DAY, "eigen001")
    out = tmp_path / "r.html"
    assert report([sessions_dir], out, "html") == 0
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page.lower()
    assert re.findall(r"https?://[^\s\"'<>)]+", page) == ["http://www.w3.org/2000/svg"] * page.count("<svg")
    assert page.count("<svg") >= 2 and '<html lang="de">' in page


def test_refused_files_are_named_and_migrated_ones_marked(
    store: Store, sessions_dir: Path, tmp_path: Path, capsys
):
    from domain._support import FakeNow, IdentityAnonymizer

    from supervision_tui.engine import Engine
    from supervision_tui.prompts import DEFAULT_TEMPLATE, find_template

    hold(store, 6, DAY, "gut00001")
    (sessions_dir / "2026-03-06-kaputt-aaaaaaaa.json").write_text("{nicht json", encoding="utf-8")
    (sessions_dir / "2026-03-07-neu-bbbbbbbb.json").write_text('{"schema_version": 9}', encoding="utf-8")
    old = Engine.start(
        find_template(DEFAULT_TEMPLATE),
        title="Alt",
        date=DAY - dt.timedelta(days=30),
        store=None,
        session_id="alt00001",
        anonymizer=IdentityAnonymizer(),
        now=FakeNow(),
    )
    # files as version 1 wrote them: the whole session (schema_version 1)
    running = old.session.model_copy(update={"schema_version": 1}).model_dump_json()
    (sessions_dir / "2026-02-01-laeuft-cccccccc.json").write_text(running, encoding="utf-8")
    old.end()
    (sessions_dir / "2026-02-03-alt-alt00001.json").write_text(
        old.session.model_copy(update={"schema_version": 1}).model_dump_json(), encoding="utf-8"
    )
    out = tmp_path / "r.md"
    assert report([sessions_dir], out) == 0
    err = capsys.readouterr().err
    for name in ("kaputt-aaaaaaaa", "neu-bbbbbbbb", "laeuft-cccccccc"):
        assert re.search(rf"Warnung: [^\n]*{name}[^\n]*Nicht im Bericht", err), (name, err)
    assert "Hinweis: 2026-02-03-alt-alt00001.json" in err
    text = out.read_text(encoding="utf-8")
    assert "(alt00001) aus Version 1 übernommen" in text and "2 Sitzungen" in text


def test_report_over_sessions_from_simulate(tmp_path: Path):
    sessions = tmp_path / "sessions"
    for n in (6, 3):
        subprocess.run(
            [
                sys.executable,
                "-m",
                "supervision_tui",
                "simulate",
                "--participants",
                str(n),
                "--sessions-dir",
                str(sessions),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    records = [s.record for s in Store(sessions).sessions()]
    assert len(records) == 2 and all(records)
    out = tmp_path / "r.html"
    assert report([sessions], out, "html") == 0
    text = plain(out, "html")
    assert "2 Sitzungen" in text and not re.search(r"\bT\d+\b", text)
    small = next(r for r in records if r.participants == 3)
    big = next(r for r in records if r.participants == 6)
    shown = {q.text for s in big.steps if s.highlights for q in s.quotes}
    assert shown and all(q in text for q in shown), "ab 5 Antworten zitiert"
    hidden = {q.text for s in small.steps for q in s.quotes if q.text} - shown
    assert hidden and not any(q in text for q in hidden), "unter 5 Antworten wird nicht zitiert"


def test_pdf_without_weasyprint_fails_with_one_german_line(store: Store, sessions_dir: Path, tmp_path: Path):
    hold(store, 6, DAY, "ohnepdf1")
    out = tmp_path / "r.pdf"
    code = (
        "import sys; sys.modules['weasyprint'] = None\n"
        "from supervision_tui.cli import main\n"
        f"sys.exit(main(['report', {str(sessions_dir)!r}, '--format', 'pdf', '--out', {str(out)!r}]))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "weasyprint" in result.stderr and "PDF braucht" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_hidden_part_takes_a_second_one_with_it(
    fmt: str, store: Store, sessions_dir: Path, tmp_path: Path
):
    """Seven concerns: 3 high, 3 medium, 1 low. Hiding only "low" would leave it as 7 − 3 − 3."""
    hold(store, 7, DAY, "zweit001")
    out = tmp_path / f"r.{fmt}"
    assert report([sessions_dir], out, fmt) == 0
    text = plain(out, fmt)
    found = re.search(r"hoch (\S+) mittel (\S+) niedrig (\S+) Anliegen gesamt 7", text)
    assert found is not None
    assert sorted(found.groups()) == [".", ".", "3"], found.groups()


def test_agreements_followed_up_are_counted(store: Store, sessions_dir: Path, tmp_path: Path):
    """The next session of a series carries the last agreements with their state (filled by the
    engine when the supervisor marks them); the report counts done, ongoing and dropped as followed up."""
    from supervision_tui.models import FollowUpState
    from supervision_tui.record import FollowUpRecord
    from supervision_tui.store import atomic_write

    hold(store, 6, DAY, "serie001")
    path = hold(store, 6, DAY + dt.timedelta(days=90), "serie002")
    record = store.load(path)
    states = [
        FollowUpState.DONE,
        FollowUpState.DONE,
        FollowUpState.ONGOING,
        FollowUpState.DROPPED,
        FollowUpState.OPEN,
    ]
    follow_ups = [
        FollowUpRecord(
            agreement_id=f"v{i}", text=agreement_text("serie001"), from_session="serie001", state=state
        )
        for i, state in enumerate(states)
    ]
    atomic_write(path, record.model_copy(update={"follow_ups": follow_ups}).model_dump_json().encode())
    out = tmp_path / "r.csv"
    assert report([sessions_dir], out, "csv") == 0
    table = _csv_tables(out)[("Nachweis", "Vereinbarungen und Nachverfolgung")]
    assert table["Vereinbarungen getroffen"] == ["2"]
    assert table["aus früheren Sitzungen nachverfolgt"] == ["4"]
    assert table["  davon erledigt"] == ["2"] and table["  davon laufend"] == ["1"]
    assert table["  davon verworfen"] == ["1"] and table["noch nicht besprochen"] == ["1"]


@pytest.mark.parametrize("present", [4, 6])
def test_ideas_taken_along_are_quoted_only_where_five_were_present(
    present: int, store: Store, tmp_path: Path
) -> None:
    import dataclasses

    from supervision_tui.record import parse_record
    from supervision_tui.report.document import session_section
    from supervision_tui.report.summary import summarize
    from supervision_tui.report.suppression import publish_summary

    summary = summarize(parse_record(hold(store, 6, DAY, "grpidea").read_bytes())[0])
    summary = dataclasses.replace(summary, participants=present, taken_along=("Zu zweit zum Amt gehen",))
    published = publish_summary(summary)
    shown = str(session_section(published))
    if present >= 5:
        assert published.taken_along == ("Zu zweit zum Amt gehen",) and "Zu zweit zum Amt gehen" in shown
    else:
        assert published.taken_along == () and published.taken_along_note == "weniger als 5 Antworten"
        assert "Zu zweit zum Amt gehen" not in shown and "mitgenommen" in shown
