"""General forms of the twenty-third session's fourth round (blind corpora 96 and 97, scored on the session's final
rules before anyone read them, then read).

A period's first day without its month is the period's start ("war vom 3. bis 6. November im Krankenhaus"), its
words read before that day; an office's hours over a period stay ("ist vom 24. bis 31. Dezember geschlossen"). The
simple past of what went or lay somewhere before a day ("Einschreiben ging am 14. November raus"). The flight's year
("auf der Flucht 2015"). A file number after its office in several words ("Az. bei der Ausländerbehörde: …").
"""

from __future__ import annotations

import pytest

from .spans import anonymized, kept, masked


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Adaeze war vom 3. bis 6. November im Kreiskrankenhaus wegen nem Asthmaanfall.",
            "3. bis 6. November",
        ),
        ("Herr Al-Hassan lag vom 14.11. bis 21.11. im Klinikum, den Brief hat er mir gegeben.", "14.11."),
    ],
)
def test_a_passed_periods_first_day_is_masked_with_its_last(text: str, period: str) -> None:
    assert masked(text, period)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Die Praxis ist vom 24. bis 31. Dezember geschlossen.", "24."),  # an office's hours
        ("Der Kurs geht vom 3.–6. Januar.", "3."),  # a plan
    ],
)
def test_a_periods_first_day_in_a_plan_or_an_offices_hours_stays(text: str, day: str) -> None:
    assert kept(text, day)


def test_a_door_closed_on_a_day_is_still_an_event() -> None:
    assert masked("Sie hat am 3.12. die Tür geschlossen und ist gegangen.", "3.12")


def test_what_went_out_on_a_day_dates_an_event() -> None:
    assert masked("Mietminderung angekündigt, Einschreiben ging am 14. November raus", "14. November")


def test_the_flights_year_is_masked() -> None:
    assert masked("Die Familie hat auf der Flucht 2015 ein Kind verloren, im Meer", "2015")


def test_a_file_number_after_its_office_in_several_words() -> None:
    text = "Az. bei der Ausländerbehörde: 32.1-3011/24-Ber – bitte immer mit angeben"
    assert masked(text, "32.1-3011/24-Ber")


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        ("SAALE-ORLA-KLINIKUM · Standort Schleiz", "SAALE-ORLA-KLINIKUM"),
        ("Sie liegt im Saale-Orla-Klinikum in Pößneck.", "Saale-Orla-Klinikum"),
    ],
)
def test_a_facility_named_by_its_landscape_is_masked(text: str, facility: str) -> None:
    # a landscape alone is context since the twenty-third session; the hospital it names is not
    assert masked(text, facility)


def test_a_landscape_after_a_bank_stays_context() -> None:
    assert kept("Die Sparkasse Saale-Orla hat angerufen.", "Saale-Orla")


def test_the_jobcenter_is_no_word_of_work() -> None:
    # "Jobcenter" had made a sentence one about work, and the name after "im Pass" an employer ("[Einrichtung]")
    text = "Im Pass Tetiana Kravchenko, beim Jobcenter Tatjana Krawtschenko."
    assert anonymized(text) == "Im Pass [Person A], beim Jobcenter [Person A]."


def test_a_job_still_names_its_employer() -> None:
    assert (
        anonymized("Er hat einen Job bei Hermle in Gosheim.")
        == "Er hat einen Job bei [Einrichtung] in [Ort]."
    )
