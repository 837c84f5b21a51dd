"""General forms of the twenty-third session (blind corpora 83 and 84, read after their first runs).

A family or a case named by its initial ("bei Familie K.", "Fall Y.:") is a person's initial as after "Frau". A town
whose name is a word is a journey's end after "nach" or "Richtung" where the sentence travels. A month's year is an
event's where a life's turn is told beside it (school, a diagnosis, what someone lived through), a comma after it
or not. A file number keeps its office between the keyword and the colon; a perfect tense's clause may end at a
colon; a birthday's years may be cheered without "Jahre"; a missed duty's day ("Meldeversäumnis am 14.10.") is an
event's.
"""

from __future__ import annotations

import pytest

from .spans import anonymized, doubts_of, kept, masked


@pytest.mark.parametrize(
    ("text", "initial"),
    [
        ("Glitzermoment: die Rose am Zaun bei Familie K. blüht noch im Dezember", "K."),
        ("Fakten Fall Y.: Yonas Tesfay, 23, Eritrea", "Y."),
        ("Im Fall K. geht es um die Miete.", "K."),
        ("Fam. D. hat heute angerufen.", "D."),
    ],
)
def test_an_initial_after_a_family_or_a_case_is_a_person(text: str, initial: str) -> None:
    assert masked(text, initial[0])


@pytest.mark.parametrize(
    "text",
    [
        "Die Familie kam zu uns.",  # no initial
        "Der Fall ist schwierig.",
        "Im Fall A ist alles klar.",  # an enumeration's letter has no full stop
    ],
)
def test_a_family_or_a_case_without_an_initial_is_left_as_it_is(text: str) -> None:
    assert anonymized(text) == text


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("im Bus nach Schotten hat en Mann sie angepöbelt", "Schotten"),
        ("wer kann ihn mitnehmen richtung Lage?", "Lage"),
        ("Der Zug nach Lage fällt heute aus.", "Lage"),
        ("er fährt morgen nach Wissen.", "Wissen"),
    ],
)
def test_a_town_named_by_a_word_is_masked_at_a_journeys_end(text: str, town: str) -> None:
    assert masked(text, town)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Nach Lage der Dinge fährt er nicht.", "Lage"),  # no journey ends at it
        ("Der Bus nach Hauptbahnhof ist voll.", "Hauptbahnhof"),  # a station, no town
        ("Wir fahren nach Hause.", "Hause"),
        ("Die Fahrt nach Osten war lang.", "Osten"),
        ("Sie liest nach Lage der Akten.", "Lage"),
    ],
)
def test_a_word_after_nach_without_a_journey_or_a_town_stays(text: str, word: str) -> None:
    assert kept(text, word)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Sozdar is sechs, eingeschult im August 2026, kommt jeden Morgen mitm Schulbus", "August 2026"),
        ("Mammakarzinom links, Erstdiagnose Juli 2026, neoadjuvante Chemo", "Juli 2026"),
        ("Leyla hat nach dem was sie 2014 erlebt hat einfach Panik", "2014"),
        ("Er ist im März 2016, nach langer Flucht, eingereist.", "März 2016"),
    ],
)
def test_the_year_of_a_lifes_turn_is_masked(text: str, when: str) -> None:
    assert masked(text, when)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a bare number before a comma may be an amount's euros, beside an event's word or not
        ("Es kam eine Rechnung über 2015,50 Euro.", "2015"),
        ("Die Jahre 2019, 2020 und 2021 waren schwer.", "2019"),
    ],
)
def test_a_bare_year_before_a_comma_is_no_event_without_a_month(text: str, number: str) -> None:
    assert kept(text, number)


def test_a_file_number_keeps_its_office_between_keyword_and_colon() -> None:
    text = "Beschäftigungsduldung nach § 60d beantragt, Az. Kreis: NF-2.34/60d-0872"
    assert masked(text, "NF-2.34/60d-0872")
    assert masked("Az. BAMF: 8765432-439", "8765432-439")


def test_a_number_after_a_word_and_a_colon_is_no_file_without_a_code() -> None:
    assert kept("Az. ist wichtig: 12 Leute warten", "12")


def test_a_perfect_tenses_clause_may_end_at_a_colon() -> None:
    text = 'Blessing hat am 27.11. Post von der ABH bekommen: "Ihre Duldung wird verlängert"'
    assert masked(text, "27.11")


def test_a_meeting_planned_before_a_colon_stays() -> None:
    assert kept("Er hat am 3.12. einen Termin vereinbart: um 10 Uhr.", "3.12")


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Gottfried isch heut Geburtstagskind, 75!! 🎂", "75"),
        ("Er hat heute Geburtstag, 75!", "75"),
        ("hat heute geburtstag, 7 🎂", "7"),
    ],
)
def test_a_birthdays_years_cheered_without_jahre_are_an_age(text: str, age: str) -> None:
    assert masked(text, age)


def test_a_number_after_a_birthday_that_is_not_cheered_stays() -> None:
    assert kept("Geburtstag war toll, 3 Kuchen gab es.", "3")


def test_a_missed_duty_names_its_day() -> None:
    text = "Jobcenter hat 30 Prozent gekürzt wegen Meldeversäumnis am 14.10., dabei lag er im Krankenhaus"
    assert masked(text, "14.10")
    # an appointment for the missed one stays
    assert kept("Neuer Termin wegen Terminversäumnis am 14.12. um 10 Uhr.", "14.12")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fall 2: Mahmoud Al-Khatib, 41, Wasseralfingen. Aufenthaltserlaubnis abgelaufen", "Wasseralfingen"),
        # (joined to a masked town after "aus", it is masked since the twenty-fourth session: `test_towns_joined.py`)
        ("Kückelheim ist klein, da kennt jeder jeden.", "Kückelheim"),
    ],
)
def test_a_word_only_the_splitter_knows_with_a_places_ending_is_a_doubt(text: str, place: str) -> None:
    assert place in doubts_of(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Er wohnt im Übergangswohnheim.", "Übergangswohnheim"),  # an everyday first part
        ("Sie war beim Sportheim.", "Sportheim"),
        ("Er wohnt im Wohnheim.", "Wohnheim"),  # a word the lists hold whole
        ("Sie kam mit Zwillingen zur Gruppe.", "Zwillingen"),
        ("Am Freitag ist Adventsbasteln im Treff.", "Adventsbasteln"),  # no place's ending
        ("Die Arbeitsblätter liegen im Kurs.", "Arbeitsblätter"),
    ],
)
def test_an_everyday_compound_with_a_places_ending_is_no_doubt(text: str, word: str) -> None:
    assert word not in doubts_of(text)
