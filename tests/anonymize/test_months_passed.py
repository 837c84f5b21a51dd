"""A month and its year before the month the session is held in tell when something happened ("Z.n. Apoplex im März
2026", "im Januar 2023 gestorben", "im Frühjahr 2023 Verträge abgeschlossen"): masked. The month still running, one
ahead, and a meeting's, a plan's or a deadline's month stay readable."""

from __future__ import annotations

import datetime as dt

import pytest

from supervision_tui.anonymize import Context, default_anonymizer

DAY = dt.date(2026, 12, 7)


def _text(text: str, today: dt.date = DAY) -> str:
    return default_anonymizer().anonymize(text, Context(today=today)).text


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Mykola: Z.n. Apoplex (I63.5) im März 2026, Hemiparese links.", "März 2026"),
        ("Das Clearingverfahren ist abgeschlossen, im Juni 2026.", "Juni 2026"),
        ("Seine Frau ist im Januar 2023 gestorben.", "Januar 2023"),
        ("Er hat im Frühjahr 2023 im Handyladen zwei Verträge abgeschlossen.", "Frühjahr 2023"),
        ("Die Waschmaschine ist kaputt seit Ende Oktober 2026.", "Oktober 2026"),
        ("Zwischen Mai 2014–2016 war sie in Gefangenschaft.", "Mai 2014"),
    ],
)
def test_a_month_before_the_session_s_is_masked(text: str, month: str) -> None:
    assert month not in _text(text) and "[Datum]" in _text(text), _text(text)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Das Treffen vom März 2025 war gut.", "März 2025"),
        ("Der Pass ist gültig bis März 2026.", "März 2026"),
        ("Der Kurs beginnt im Januar 2027.", "Januar 2027"),
        ("Im Dezember 2026 ist die Weihnachtsfeier.", "Dezember 2026"),
        ("Wir haben im Mai 2025 mit der Gruppe angefangen.", "Mai 2025"),
        ("Die Ausbildung soll im August 2026 beginnen.", "August 2026"),
        ("Im Oktober 2026 Termin beim Amt gehabt.", "Oktober 2026"),
    ],
)
def test_a_month_running_ahead_or_a_meeting_s_stays(text: str, month: str) -> None:
    assert month in _text(text), _text(text)


def test_the_same_month_is_ahead_of_a_session_held_before_it() -> None:
    assert "März 2026" in _text("Z.n. Apoplex im März 2026.", dt.date(2026, 2, 1))
