"""General forms of clinical letters (blind corpus 95, read after its first run; another domain).

A passed day that a hospital's stay names is the stay's, though "bis", "ab" or an hour stand beside it ("Aufnahme:
03.12.2026, 17:48 Uhr", "teilstationär bis 27.11.2026"); a patient written surname first after the label
("Patient: Fuchs, Josef"); an age after the birth date with its months ("geb. 19.06.2024, 2 Jahre 5 Monate"); an age
the patient gives ("eigene Altersangabe 15 Jahre"); an illness's first sign dates its month ("Erstsymptom Juni
2025").
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from .spans import kept, masked


def _day(days: int) -> str:
    """A day counted from today (negative: passed), as a letter writes it."""
    return (dt.date.today() + dt.timedelta(days=days)).strftime("%d.%m.%Y")


@pytest.mark.parametrize(
    "text",
    [
        "Frau A., geb. 30.09.1994 \nteilstationär bis {day} \n \nDiagnosen: PTBS",
        "Aufnahme: {day}, 17:48 Uhr, RTW, Triage gelb",
        "über Herrn Haddad, der sich bis zum {day} in unserer Klinik befand.",
        "Entbindung {day} 03:14 Uhr",
        "stationär ab {day} für 10 Tage",
        "Vorstellung {day} 16:35 Uhr",
    ],
)
def test_a_passed_day_of_a_hospital_stay_is_masked(text: str) -> None:
    day = _day(-10)
    assert masked(text.format(day=day), day)


@pytest.mark.parametrize(
    "text",
    [
        "Aufnahme am {day} um 8 Uhr geplant.",  # a stay to come
        "Die Frist läuft bis {day}.",  # no stay
    ],
)
def test_a_stay_to_come_or_a_deadline_keeps_its_day(text: str) -> None:
    day = _day(40) if "Aufnahme" in text else _day(-10)
    assert kept(text.format(day=day), day)


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Patient: Fuchs, Josef, geb. 22.02.1964", "Fuchs"),
        ("Patientin: Vogel, Renate, geb. 29.05.1962, 71540 Murrhardt", "Vogel"),
    ],
)
def test_a_patient_written_surname_first_is_masked(text: str, surname: str) -> None:
    assert masked(text, surname)


def test_a_label_before_no_name_stays() -> None:
    assert kept("Kind: Müde, aber gut gelaunt.", "Müde")


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Kind: Yusuf Sadat, geb. 19.06.2024, 2 Jahre 5 Monate, 13 kg", "2 Jahre 5 Monate"),
        ("Patient: Bohdan Kravets, geb. 12.05.2023, 3 Jahre", "3 Jahre"),
        ("angegebenes Geburtsdatum 15.03.2011, eigene Altersangabe 15 Jahre", "15 Jahre"),
    ],
)
def test_an_age_beside_the_birth_date_or_given_by_the_patient(text: str, age: str) -> None:
    assert masked(text, age)


def test_an_illness_first_sign_dates_its_month() -> None:
    assert masked("Anamnese: Erstsymptom Juni 2025 mit Optikusneuritis links", "Juni 2025")


def test_a_letter_of_several_lines_is_one_document_whose_marks_hold(tmp_path: Path) -> None:
    from supervision_tui.anonymize.evaluation import load

    corpus = tmp_path / "letters.txt"
    corpus.write_text(
        "# a letter\\n\n"
        "Klinikum Passau\\nPatient: [PER:Fuchs|p_f], [PER:Josef|p_f]\\ngeb. [DATE:22.02.1964|d]\n",
        encoding="utf-8",
    )
    (doc,) = load(corpus)
    assert doc.text == "Klinikum Passau \nPatient: Fuchs, Josef \ngeb. 22.02.1964"
    assert [doc.text[i.start : i.end] for i in doc.items] == ["Fuchs", "Josef", "22.02.1964"]
