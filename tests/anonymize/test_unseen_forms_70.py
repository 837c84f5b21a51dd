"""General forms of the twentieth session: the doubts on text in another script. An everyday word of Ukrainian,
Russian, Arabic or Persian is a word, no doubt; a pet name the lists hold as a word, written small in Cyrillic, and
an everyday word right beside a masked name stay doubts."""

from __future__ import annotations

import re

import pytest

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context

from .spans import doubts_of


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Олена написала: дякую за допомогу!", ["написала", "дякую", "допомогу"]),
        ("Максим прийшов сьогодні.", ["прийшов", "сьогодні"]),
        (
            "Antwort auf Russisch: всё хорошо, спасибо, завтра приду.",
            ["хорошо", "спасибо", "завтра", "приду"],
        ),
        ("شكرا يا أخي، اليوم كان جيد", ["شكرا", "أخي", "اليوم"]),
        ("من خیلی خسته‌ام", ["خیلی", "خسته\u200cام"]),
    ],
)
def test_an_everyday_word_of_another_script_is_no_doubt(text: str, words: list[str]) -> None:
    doubts = doubts_of(text)
    assert not set(words) & set(doubts), doubts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # written small, a pet name is a word of the lists, but German and English write it as a given name
        ("наталка каже що все добре, саша теж", "саша"),
        ("вчора був коля і його мама", "коля"),
    ],
)
def test_a_pet_name_written_small_in_cyrillic_stays_a_doubt(text: str, name: str) -> None:
    assert name in doubts_of(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an everyday word ("gift") beside a masked surname is the given name as often
        ("Im irakischen Ausweis steht هدية خديدة, im deutschen etwas anderes.", "هدية"),
    ],
)
def test_an_everyday_word_beside_a_masked_name_is_a_doubt(text: str, word: str) -> None:
    result = default_anonymizer().anonymize(text, Context())
    assert "[Person" in result.text, result.text
    assert word in [text[d.start : d.end] for d in result.doubts] or word not in result.text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "Thars|han" had read as a compound of the desert "Thar" and the noun "Han": a word, no doubt
        ("check-in: gut. bin stolz auf tharshan, der hat durchgezogen", "tharshan"),
    ],
)
def test_a_short_name_that_splits_into_a_rare_word_and_a_short_noun_is_a_doubt(text: str, name: str) -> None:
    result = default_anonymizer().anonymize(text, Context())
    assert name in [text[d.start : d.end] for d in result.doubts] or name not in result.text


@pytest.mark.parametrize(
    "text",
    [
        # a common first part before a short noun is still a compound
        "Dazu Apfelmus und Salbeitee, danach ein Bodesee-Ausflug.",
        "Die Dorfkur tat gut, der Gerüstbau ist laut.",
    ],
)
def test_a_common_first_part_before_a_short_noun_stays_a_word(text: str) -> None:
    result = default_anonymizer().anonymize(text, Context())
    assert result.text == text
    assert not result.doubts


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        # a compound whose last part is a job or an office cues the surname after it, as the job alone does
        ("Eilantrag abgelehnt, Einzelrichter Hahn. Seitdem Duldung.", "Hahn"),
        ("Die Familienrichterin Vogel hat entschieden.", "Vogel"),
        ("Oberärztin Koch sagt, alles gut.", "Koch"),
        ("Laut Amtsrichter Fuchs ist das so.", "Fuchs"),
        ("Laut Schulsozialarbeiterin Busch ist das so.", "Busch"),
    ],
)
def test_a_job_compound_before_a_surname_that_is_a_word_cues_it(text: str, surname: str) -> None:
    result = default_anonymizer().anonymize(text, Context())
    assert surname not in result.text, result.text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a job ending its sentence cues nothing in the next
        ("Fallvorstellung: Eka, Pflegehelferin. Will einen Mietvertrag unterschreiben.", "Will"),
        # after "heißt" the title stays, the name after it is masked
        ("Die Ärztin heißt Dr. Zahn, kein Witz.", "Dr. "),
        ("Die Zahnärztin heißt Dr. Zahn, kein Witz.", "Dr. "),
    ],
)
def test_a_job_cues_no_word_after_a_full_stop_and_no_title(text: str, kept: str) -> None:
    result = default_anonymizer().anonymize(text, Context())
    assert kept in result.text, result.text
    assert "Zahn," not in result.text


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        # a clinic's short form of a doctor's rank stands before the surname as "Dr." does
        ("Genehmigung nur nach § 4 AsylbLG. gez. ZÄ Fröhlich", "Fröhlich"),
        ("OA Winter hat sie entlassen.", "Winter"),
        ("FÄ Busch sieht keinen Bedarf.", "Busch"),
    ],
)
def test_a_doctors_rank_in_capitals_cues_the_surname(text: str, surname: str) -> None:
    result = default_anonymizer().anonymize(text, Context())
    assert surname not in result.text, result.text


def test_circa_in_small_letters_cues_no_surname() -> None:
    text = "Das wird ca. Winter 2027, sagt sie."  # (a passed winter is a past event's: test_months_passed)
    assert default_anonymizer().anonymize(text, Context()).text == text


@pytest.mark.parametrize(
    ("text", "identifier"),
    [
        # a paediatric letter's years and months between commas
        ("Fallvorstellung: Aram, 3;4 Jahre, spricht laut Kita etwa 20 Wörter.", "3;4"),
        # three numbers joined by "/", the last of five digits or more
        ("Aktenzeichen LASV: 45/26/0471902", "45/26"),
        ("Steuernummer 123/456/78901 beim Finanzamt.", "123/456"),
        # a Bavarian administrative court's file, the year after a point
        ("Az. RN 7 K 26.31458 bzw. RN 7 S 26.31459.", "RN 7"),
        ("Klage beim VG München, M 24 K 26.30112, läuft.", "M 24"),
    ],
)
def test_ages_and_file_numbers_of_letters(text: str, identifier: str) -> None:
    result = default_anonymizer().anonymize(text, Context())
    assert identifier not in result.text, result.text


@pytest.mark.parametrize(
    "text",
    [
        "Am 12/03/2024 kam sie, am 3/4/2025 auch.",  # dates, no file numbers
        "Er hat 3 K 12.5 kg abgenommen.",
    ],
)
def test_dates_and_measures_are_no_file_numbers(text: str) -> None:
    result = default_anonymizer().anonymize(text, Context())
    assert "[Kennung]" not in result.text, result.text


@pytest.mark.parametrize(
    "text",
    [
        # a letter's "Zustand nach" and an operation's names tell the day of what happened
        "Herr H., 71 J., Z. n. Hüft-TEP rechts am 02.09., AHB beantragt.",
        "Zustand nach Sectio am 12.03.2024, jetzt stabil.",
    ],
)
def test_the_day_after_zustand_nach_is_masked(text: str) -> None:
    assert "[Datum]" in default_anonymizer().anonymize(text, Context()).text


@pytest.mark.parametrize(
    "text",
    [
        # an event's noun as a compound's first part names a meeting, not the event
        "Die OP-Vorbesprechung ist am 14.1. um 10 Uhr.",
        "Knie-TEP ist für den 3.2. geplant.",
    ],
)
def test_a_meeting_about_an_operation_keeps_its_day(text: str) -> None:
    assert default_anonymizer().anonymize(text, Context()).text == text


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # a shop named by its goods and its owner, the owner a word too
        ("er arbeitet beim Getränke Kupfer in Zehdenick, der chef ist nett", "Kupfer"),
        ("Praktikum bei Fliesen Vogel, ab Montag.", "Vogel"),
        ("Sein Onkel arbeitet bei Sanitär Fuchs.", "Fuchs"),
    ],
)
def test_a_shop_by_its_goods_and_its_owner_is_masked(text: str, owner: str) -> None:
    assert owner not in default_anonymizer().anonymize(text, Context()).text


@pytest.mark.parametrize("text", ["Wir haben Getränke, Wasser und Saft.", "Er kauft Getränke Samstag früh."])
def test_goods_before_ordinary_words_stay(text: str) -> None:
    assert default_anonymizer().anonymize(text, Context()).text == text


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # an authority's town names the authority, no one's home
        ("Die Staatsanwaltschaft Neuruppin ermittelt.", "Neuruppin"),
        ("Die Polizeiinspektion Passau hat angerufen.", "Passau"),
    ],
)
def test_the_town_of_a_prosecution_or_the_police_stays(text: str, town: str) -> None:
    assert town in default_anonymizer().anonymize(text, Context()).text


@pytest.mark.parametrize(
    ("text", "identifier"),
    [
        # a prosecutor's file with a department of four digits
        ("Die Staatsanwaltschaft hat das Verfahren unter 3413 Js 18825/26 eingetragen.", "3413"),
        # a pregnancy's due date is the child's birth day as near as anyone knows it
        ("Aus dem Mutterpass: ET 11.03.2027, Blutgruppe 0 Rh negativ.", "11.03.2027"),
        ("Der Geburtstermin ist am 3.4.2027.", "3.4.2027"),
    ],
)
def test_a_prosecutors_file_and_a_due_date_are_masked(text: str, identifier: str) -> None:
    assert identifier not in default_anonymizer().anonymize(text, Context()).text


def test_a_check_ups_day_stays() -> None:
    text = "Termin zur Vorsorge am 3.4.2027."
    assert default_anonymizer().anonymize(text, Context()).text == text


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # chat writes a route's towns small: one masked end makes the other a town where no word list knows it
        ("der bus von nuttlar nach niebüll fährt um 7", "nuttlar"),
        ("der bus von niebüll nach nuttlar fährt um 7", "nuttlar"),
    ],
)
def test_a_routes_other_end_written_small_is_a_town(text: str, town: str) -> None:
    assert town not in default_anonymizer().anonymize(text, Context()).text


@pytest.mark.parametrize(
    ("text", "word"),
    [("von hier nach niebüll sind es 3 km", "hier"), ("von mama nach niebüll", "mama")],
)
def test_a_word_at_a_routes_end_stays(text: str, word: str) -> None:
    assert word in default_anonymizer().anonymize(text, Context()).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Turkish joins a case ending to a proper noun behind an apostrophe
        ("Emre'nin annesi beni aradı, çok ağladı.", "Emre"),
        ("Dün Zeynep’le konuştum, iyi.", "Zeynep"),
    ],
)
def test_a_name_with_a_turkish_case_ending_is_masked(text: str, name: str) -> None:
    assert name not in default_anonymizer().anonymize(text, Context()).text


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # a modal particle between the verb and the age
        ("Sie fragt nach Arbeit. Sie ist aber erst fünfzehn, das geht nur als Ferienjob.", "fünfzehn"),
        ("Der Sohn ist doch schon achtzehn.", "achtzehn"),
        ("Er ist halt erst 15.", "15"),
    ],
)
def test_an_age_after_a_modal_particle_is_masked(text: str, age: str) -> None:
    assert age not in default_anonymizer().anonymize(text, Context()).text


def test_a_number_after_a_modal_particle_of_a_thing_stays() -> None:
    text = "Das Problem ist aber eins, nicht zwei."
    assert default_anonymizer().anonymize(text, Context()).text == text


def test_a_register_number_with_the_year_first_is_masked() -> None:
    result = default_anonymizer().anonymize(
        "Eingetragen in die Lehrlingsrolle, Nr. 2025-BK-07731.", Context()
    )
    assert "2025" not in result.text, result.text


def _pseudonyms(*texts: str) -> list[list[str]]:
    context = Context()
    anonymizer = default_anonymizer()
    return [re.findall(r"\[Person [A-Z]+\]", anonymizer.anonymize(text, context).text) for text in texts]


@pytest.mark.parametrize(
    ("first", "later"),
    [
        # a surname before its given name's initial, as Cyrillic letters write it (Ukrainian "Г" is "H")
        ("Halyna Petrenko war heute da.", "Im Brief steht Петренко Г. als Antragstellerin."),
        ("Halyna Petrenko war heute da.", "Im Brief steht Petrenko H. als Antragstellerin."),
        # the Arabic article joined by a hyphen is no part of the name's sound
        ("Familie Al-Khatib wohnt jetzt in der Gartenstraße.", "Frau Chatib hat angerufen."),
    ],
)
def test_one_person_with_the_initial_after_or_the_article_joined(first: str, later: str) -> None:
    one, two = _pseudonyms(first, later)
    assert one and two and one[0] == two[0], (one, two)


def test_another_initial_after_the_surname_is_another_person() -> None:
    one, two = _pseudonyms("Halyna Petrenko war heute da.", "Im Brief steht Petrenko O. als Antragsteller.")
    assert one and two and one[0] != two[0], (one, two)


def test_a_job_compound_before_a_masked_name_is_no_doubt() -> None:
    text = "Eilantrag abgelehnt, Einzelrichter Hahn. Seitdem Duldung."
    result = default_anonymizer().anonymize(text, Context())
    assert "Einzelrichter" not in [text[d.start : d.end] for d in result.doubts], result.doubts


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # an age between commas after any word for a person, a hedge or an adverb before it
        ("Der Junge, 16, will eine Ausbildung machen.", " 16,"),
        ("Der Junge, jetzt 16, will eine Ausbildung machen.", "jetzt 16"),
        ("Sein Sohn, inzwischen 16, will eine Ausbildung machen.", "inzwischen 16"),
        ("Der Mann, ca. 40, kam allein.", "ca. 40"),
        ("Nour, rund 7 Monate, war beim Kinderarzt.", "rund 7"),
    ],
)
def test_an_age_in_apposition_after_a_word_for_a_person(text: str, age: str) -> None:
    assert age not in default_anonymizer().anonymize(text, Context()).text


def test_minutes_after_a_word_for_a_person_stay() -> None:
    text = "Die Frau, 5 Minuten zu spät, setzte sich."
    assert default_anonymizer().anonymize(text, Context()).text == text


def test_half_a_year_old_is_an_age() -> None:
    result = default_anonymizer().anonymize("Das Baby ist jetzt ein halbes Jahr alt.", Context())
    assert "halbes" not in result.text, result.text


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # an age in a sentence of another language the volunteers answer in
        ("Oğlu 23 yaşında ama annesi için hâlâ bebek.", "23"),
        ("Il a 23 ans et il cherche du travail.", "23"),
        ("Моему сыну 14 лет.", "14"),
    ],
)
def test_an_age_in_turkish_french_or_russian_is_masked(text: str, age: str) -> None:
    assert f" {age} " not in default_anonymizer().anonymize(text, Context()).text


@pytest.mark.parametrize("text", ["Il y a 2 ans, nous sommes arrivés.", "5 лет назад мы приехали."])
def test_years_ago_in_french_or_russian_stay(text: str) -> None:
    assert "[Alter" not in default_anonymizer().anonymize(text, Context()).text


def test_a_haulier_by_its_familys_name_is_masked() -> None:
    result = default_anonymizer().anonymize("Seine Familie hat eine Spedition, Transport Wróbel.", Context())
    assert "Wróbel" not in result.text and "[Einrichtung]" in result.text, result.text


@pytest.mark.parametrize("text", ["Annem iyi, ama çok yorgun.", "Babam ile konuştum, iyi geçti."])
def test_a_turkish_conjunction_that_is_a_name_stays_a_word(text: str) -> None:
    assert "[Person" not in default_anonymizer().anonymize(text, Context()).text


def test_the_name_ama_in_a_german_sentence_is_masked() -> None:
    assert "Ama" not in default_anonymizer().anonymize("Heute kam Ama, sie ist müde.", Context()).text


@pytest.mark.parametrize(
    "text", ["emre meinte der chef vom Da Salvo sagt er kann helfen", "Er jobbt im Da Toni am Bahnhof."]
)
def test_a_restaurant_by_its_hosts_name_is_masked_whole(text: str) -> None:
    result = default_anonymizer().anonymize(text, Context())
    assert "Da " not in result.text and "[Einrichtung]" in result.text, result.text


def test_a_short_turkish_sentence_beside_a_turkish_one_keeps_its_words() -> None:
    text = "Bugünkü parlak anım: Barış ilk maaşını aldı ve bana çay getirdi."
    result = default_anonymizer().anonymize(text, Context())
    assert "Bugünkü parlak" in result.text, result.text


def test_turkish_dotted_capital_folds_to_its_word() -> None:
    # "İ" casefolds to "i" with a combining dot, which no word list writes
    text = "İyi misin? İlk gün iyi geçti, annem de iyi."
    assert default_anonymizer().anonymize(text, Context()).text == text


def test_a_firm_named_by_a_small_towns_word_is_remembered() -> None:
    context = Context()
    text = "Er arbeitet bei Igel Logistik in der Halle. Igel zahlt sofort."
    assert "Igel" not in default_anonymizer().anonymize(text, context).text
    assert "Igel" not in default_anonymizer().anonymize("Bei Igel ist alles gut.", context).text


@pytest.mark.parametrize("text", ["P. Winter kommt morgen.", "S. Koch war da.", "M. Weiß hat angerufen."])
def test_an_initial_and_a_surname_opening_the_text_are_one_name(text: str) -> None:
    result = default_anonymizer().anonymize(text, Context()).text
    assert result.startswith("[Person A]"), result


@pytest.mark.parametrize(
    "text",
    ["Zwischen Hainau und Wurzelbach pendelt sie jeden Tag.", "Von Hainau nach Wurzelbach fährt kein Bus."],
)
def test_a_route_opening_the_sentence_masks_both_ends(text: str) -> None:
    result = default_anonymizer().anonymize(text, Context()).text
    assert "Wurzelbach" not in result and "Hainau" not in result, result


@pytest.mark.parametrize(
    ("text", "name"), [("Er lernt bei Fink Glaserei.", "Fink"), ("Die Polsterei Vogel sucht Leute.", "Vogel")]
)
def test_a_workshop_the_lists_lack_is_a_trade(text: str, name: str) -> None:
    result = default_anonymizer().anonymize(text, Context()).text
    assert name not in result and "[Person" not in result, result


def test_an_abbreviation_before_a_masked_file_number_is_no_doubt() -> None:
    # the learned pass had raised "Az" after "ok.", seen in the walk's queue
    assert "Az" not in doubts_of("ok. Az. RN 7 S 26.31459, Aktenzeichen LASV: 45/26/0471902.")


def test_a_name_before_its_full_stop_stays_a_doubt() -> None:
    assert "ahmo" in doubts_of("bis dann, gruß an ahmo. Tel. 0176 1234567")
