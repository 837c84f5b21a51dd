"""General forms of the twenty-third session's second round (blind corpora 87 and 88, read after their first runs).

A Cyrillic pet name opening a quote stays a name though a word list holds it. A child's months without "alt", in
chat's "is" too. A document's month ("Strafbefehl vom März 2023") and a feast's year ("getauft am Ostersonntag
2025") date an event. The age one came at ("mit 17 als UMF", "das erste Mal Patin, mit 67!"). A birth cheered before
its day. The simple past right after a day. A decision's year. A register's letter after a file's numbers. A club's
"HSG". A case's facts opening with the age.
"""

from __future__ import annotations

import pytest

from .spans import anonymized, doubts_of, kept, masked


def test_a_cyrillic_pet_name_opening_a_quote_is_a_name() -> None:
    assert masked('"Коля сказав, що не піде до лікаря" – das hat sie mir geschickt', "Коля")


def test_an_everyday_word_opening_a_quote_in_its_script_stays() -> None:
    assert kept("„Дякую за все!“ schrieb sie.", "Дякую")


@pytest.mark.parametrize(
    "text",
    [
        "blessing hat drei kinder, der kleine Chidi is acht Monate",
        "Ihre Tochter ist acht Monate und krank.",
        "das baby ist erst acht monate",
    ],
)
def test_a_childs_months_are_an_age(text: str) -> None:
    assert masked(text, "acht")


@pytest.mark.parametrize("text", ["Die Wartezeit ist acht Monate.", "Der Termin ist acht Monate her."])
def test_months_of_a_wait_are_no_age(text: str) -> None:
    assert kept(text, "acht")


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Kein Antrag möglich, wegen dem Strafbefehl vom März 2023, Fahren ohne Fahrerlaubnis", "März 2023"),
        ("Der Bescheid vom Oktober 2025 liegt vor.", "Oktober 2025"),
        ("Sie ist Christin geworden, getauft am Ostersonntag 2025", "Ostersonntag 2025"),
        ("Er ist Weihnachten 2015 geflohen.", "Weihnachten 2015"),
        ("Fall Behnam: Asylantrag abgelehnt im Juli 2024, Klage beim VG Potsdam", "Juli 2024"),
    ],
)
def test_a_documents_a_feasts_or_a_decisions_month_is_masked(text: str, when: str) -> None:
    assert masked(text, when)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Das Treffen vom März 2025 war gut.", "März"),  # a meeting's month
        ("Wir feiern Weihnachten 2026 zusammen.", "Weihnachten"),  # no event told
    ],
)
def test_a_meetings_month_or_a_feast_without_an_event_stays(text: str, word: str) -> None:
    assert kept(text, word)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Yonas ist 24, aus Eritrea, kam mit 17 als UMF nach Stade in die Jugendhilfe.", "17"),
        ("Elke: das erste Mal Patin, mit 67! Was für ein Leben.", "67"),
    ],
)
def test_the_age_one_came_or_first_did_something_at(text: str, age: str) -> None:
    assert masked(text, age)


def test_a_number_with_what_a_group_is_stays() -> None:
    assert kept("Wir treffen uns mit 3 als Team.", "3")


def test_a_birth_cheered_before_its_day_dates_it() -> None:
    text = "Nour hat ihr Baby bekommen!!! Am 1. Dezember im Krankenhaus in Bad Pyrmont, ein Mädchen 💗"
    assert masked(text, "1. Dezember")


def test_a_question_about_a_birth_ends_before_the_day() -> None:
    assert kept("Hat sie ihr Baby bekommen? Am 1. Dezember ist der Termin.", "1. Dezember")


def test_the_simple_past_after_a_day_tells_an_event() -> None:
    text = "Am 12. November stand er einfach in der Wohnung, mit eigenem Schlüssel."
    assert masked(text, "12. November")


def test_the_present_after_a_day_tells_a_plan() -> None:
    assert kept("Am 12. Dezember steht er vor der Tür.", "12. Dezember")


def test_a_register_letter_ends_the_file_number() -> None:
    text = "Die BG hat ein Aktenzeichen: 4 23 118774 B, Unfallanzeige kam erst nach ner Woche!"
    assert masked(text, "118774 B")


def test_a_word_after_a_file_number_stays() -> None:
    assert kept("Aktenzeichen: 4 23 118774 bitte notieren", "bitte")


def test_a_handball_clubs_name_is_masked() -> None:
    assert masked("Artem hat sein erstes Tor für die C-Jugend der HSG Sieg-Agger geworfen.", "Sieg-Agger")


def test_a_cases_facts_opening_with_the_age() -> None:
    assert masked("Fall Behnam – Fakten: 31, aus Schiras, Klage beim VG Potsdam", "31")
    assert kept("Fakten: 2 Anträge offen, 1 abgelehnt.", "2")


def test_a_number_said_in_digits_then_in_pairs_is_one_phone() -> None:
    text = "Yonas Nummer: null eins sechs null, neun vier vier, zwölf, dreiundachtzig, null fünf"
    assert masked(text, "null eins sechs null, neun vier vier, zwölf, dreiundachtzig, null fünf")


def test_counting_stays_no_phone() -> None:
    assert kept("Wir zählen: eins, zwei, drei, vier, fünf, sechs, sieben", "sieben")


def test_a_call_on_a_day_is_no_event() -> None:
    assert kept("Am 03.05. rief sie beim Amt an.", "03.05")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("war eine Woche an der Ostsee, hab richtig Kraft getankt.", "Ostsee"),
        ("Wetter: nass, grau, typisch Münsterland", "Münsterland"),
        ("Glitzermoment: Sonne auf der Saale heut früh", "Saale"),
        ("Wir waren im Schwarzwald wandern.", "Schwarzwald"),
    ],
)
def test_a_sea_a_river_or_a_landscape_is_context(text: str, word: str) -> None:
    # Wiktionary gives these a gender ("die Ostsee"), a town none ("in Detmold")
    assert kept(text, word)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Sie wohnt in Hameln.", "Hameln"),  # a town: no gender in Wiktionary
        ("Er wohnt in Dill.", "Dill"),  # a river's name that a municipality has too
    ],
)
def test_a_town_named_like_no_landscape_is_still_masked(text: str, town: str) -> None:
    assert masked(text, town)


def test_a_school_named_by_its_river_is_masked() -> None:
    assert masked("Seitdem geht Amir nicht mehr in die Mittelschule an der Iller.", "Iller")


@pytest.mark.parametrize(
    "text",
    [
        "Er ist in Deutschland und arbeitet.",
        "Herr Al-Khatib ist seit August 2018 in Deutschland und arbeitet als Pflegehelfer.",
        "Sie lebt in Frankreich und arbeitet dort.",
    ],
)
def test_a_country_in_a_sentence_about_work_is_no_employer(text: str) -> None:
    country = next(w for w in ("Deutschland", "Frankreich") if w in text)
    assert kept(text, country)


def test_a_city_where_someone_trains_is_still_masked() -> None:
    text = "Mariam hat ihre Ausbildung angefangen, im Herz-Jesu-Krankenhaus in Fulda."
    assert masked(text, "Fulda")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Wie geht's? Guat, gell. A bissl verkältet.", "Guat"),  # gut
        ("Dahoam is am schönsten, sagt sie.", "Dahoam"),  # daheim
        ("Schlussrunde: i geh hoam mit am guadn Gfühl.", "Gfühl"),  # Gefühl
        ("Getz mal ehrlich, ich bin am Limit.", "Getz"),  # jetzt
        ("War n langer Tach heute.", "Tach"),  # Tag
        ("Obend is ruhig gewesen.", "Obend"),  # Abend
        ("Mei Nachbarin hod ma gsagt, dass sie kommt.", "Mei"),  # mein
    ],
)
def test_a_dialects_everyday_word_is_no_person(text: str, word: str) -> None:
    assert kept(text, word)
    assert word in doubts_of(text)  # still shown to the reviewer


@pytest.mark.parametrize(
    ("text", "name"),
    [("Tesfamichael ruft morgen an.", "Tesfamichael"), ("Ahmo war heute da.", "Ahmo")],
)
def test_an_unknown_name_that_is_no_dialect_word_is_masked(text: str, name: str) -> None:
    assert masked(text, name)


def test_a_nickname_that_a_dark_a_would_turn_into_a_word_is_still_masked() -> None:
    # "Hotte" (Horst) is no "hatte": the dark "a" is undone at a word's start only ("Obend")
    assert masked("Glitzermoment: Hotte war mit Nawaf auf Schalke, Stadiontour.", "Hotte")


@pytest.mark.parametrize(
    ("text", "dish"),
    [
        ("Glitzermoment: Hamid hat mir gezeigt wie man Bolani macht, im Sitzen", "Bolani"),
        ("Die Pîrê hat mir gezeigt, wie man Kutilk macht.", "Kutilk"),
    ],
)
def test_a_recipe_shown_names_a_dish(text: str, dish: str) -> None:
    assert kept(text, dish)
    assert dish in doubts_of(text)


def test_how_to_reach_someone_is_no_recipe() -> None:
    assert masked("Ich frag mal, wie man Tesfay erreicht.", "Tesfay")


def test_a_family_in_a_sentence_with_a_word_of_work_is_people_not_a_workplace() -> None:
    from supervision_tui.anonymize import Context, default_anonymizer

    context = Context()
    anonymizer = default_anonymizer()
    first = anonymizer.anonymize(
        "Was mich beschäftigt: Gasrechnung bei Familie Kovalenko, 1.480 Euro!!!", context
    )
    second = anonymizer.anonymize("Familie Kovalenko hat angerufen.", context)
    # one family, one pseudonym: not "[Einrichtung]" the first time
    assert first.text == "Was mich beschäftigt: Gasrechnung bei Familie [Person A], 1.480 Euro!!!"
    assert second.text == "Familie [Person A] hat angerufen."


def test_what_occupies_ones_mind_is_no_employment() -> None:
    # the check-in's own question: "Was beschäftigt Sie?"; the one named after "bei" is a person there
    text = "Was mich beschäftigt: die Waschmaschine bei Olena is kaputt"
    assert anonymized(text) == "Was mich beschäftigt: die Waschmaschine bei [Person A] is kaputt"


def test_employment_still_names_its_employer() -> None:
    assert (
        anonymized("Er ist bei Hermle in Gosheim beschäftigt.")
        == "Er ist bei [Einrichtung] in [Ort] beschäftigt."
    )
