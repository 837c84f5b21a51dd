"""The lines and branches of names.py that no test of the mutation runs' selection executed (coverage with branches,
7 Dec 2026, twenty-fourth session): a mutant there always survives. Each test reaches its branch through the
anonymizer and fails when the branch is broken by hand. Sentences written for the test."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context


def _anonymized(text: str, context: Context | None = None) -> str:
    return default_anonymizer().anonymize(text, context or Context()).text


def test_a_pet_name_that_fits_two_names_of_the_session_is_neither_person() -> None:
    # short_form_of: "Wolfi" shortens "Wolfgang" and "Wolfram" alike; taking either would tie the note to a person
    # it may not be about
    context = Context()
    assert _anonymized("Wolfgang und Wolfram kamen zur Beratung.", context) == (
        "[Person A] und [Person B] kamen zur Beratung."
    )
    assert _anonymized("Wolfi war krank.", context) == "[Person C] war krank."


@pytest.mark.parametrize(
    "text",
    ["Das Team heißt Eltern für Eltern.", "Die Gruppe heißt Hier und Jetzt."],
)
def test_a_facility_called_by_ordinary_words_after_heisst_keeps_them(text: str) -> None:
    # facility_called: a role or a function word right after "heißt" opens no name
    assert _anonymized(text) == text


def test_a_club_s_name_that_ends_the_text_is_masked() -> None:
    # _club_noun: the last token of the text ends the club's name as a full stop would
    text = "Ihr Sohn trainiert jetzt im Schwimmverein Delphin"
    assert _anonymized(text) == "Ihr Sohn trainiert jetzt im Schwimmverein [Einrichtung]"


def test_what_one_does_in_a_club_is_no_name() -> None:
    # _club_noun: a noun the name lists hold too ("Schach") after the club's compound is the game played there
    text = "Der Junge spielt im Sportverein Schach."
    assert _anonymized(text) == text


def test_the_town_after_a_facility_known_by_its_head_is_part_of_its_name() -> None:
    # headed_facilities: the town right after the name
    text = "Die Frühförderstelle Lahnkiesel Eschwege hat geschrieben."
    assert _anonymized(text) == "Die Frühförderstelle [Einrichtung] hat geschrieben."


@pytest.mark.parametrize(
    "text",
    [
        "Schon in der GS Afghanistan konnte er gut lesen.",
        # "Weil" capitalised as a phone's keyboard writes it: a town's name, and a word no school is named by
        "Er geht in die IGS Weil er dort Freunde hat.",
    ],
)
def test_a_country_or_a_function_word_after_a_school_s_abbreviation_stays(text: str) -> None:
    # _school_town: a country or a word of the stop lists names no school
    assert _anonymized(text) == text


def test_a_quote_that_begins_with_haus_and_goes_on_is_no_house_s_name() -> None:
    # houses: the quote does not close after the word after "Haus"; a learner writes "Hausaufgaben" apart
    text = "Auf dem Plakat der Kinder steht „Haus Aufgaben machen wir zusammen“."
    assert _anonymized(text) == text


def test_a_saint_s_name_of_two_words_after_a_church_word_is_the_church() -> None:
    # churches: "Baptist" after "St. Johannes" belongs to the church's name
    out = _anonymized("Die Taufe ihres Babys ist in St. Johannes Baptist.")
    assert out == "Die Taufe ihres Babys ist in [Einrichtung]."


def test_a_church_word_after_the_saint_names_the_church() -> None:
    # _sentence_has: the word of church life may follow the saint's name
    out = _anonymized("Die Familie war in St. Bonifatius zur Taufe.")
    assert out == "Die Familie war in [Einrichtung] zur Taufe."


def test_a_church_word_in_the_next_sentence_names_no_church() -> None:
    # _sentence_has: the sentence ends at "!"; "St. Nikolaus" is the feast here
    text = "Zu St. Nikolaus gab es Schokolade! Morgen ist Messe."
    assert _anonymized(text) == text


def test_a_country_after_a_facility_s_kind_stays() -> None:
    # _region_name: a country is no region a facility is named by
    text = "Die Beratungsstelle Eritrea hilft bei Anträgen."
    assert _anonymized(text) == text


def test_a_region_after_a_facility_s_kind_that_ends_the_text_is_masked() -> None:
    # _region_name: the end of the text ends the name
    text = "Sie macht ihre Ausbildung in der Pflegeschule Uckermark"
    assert _anonymized(text) == "Sie macht ihre Ausbildung in der Pflegeschule [Einrichtung]"


def test_tv_written_small_before_a_town_is_no_club() -> None:
    # clubs: "Tv" as chat writes the television is no club's kind ("TV", "tv" are)
    text = "Sie haben im Tv Aleppo gesehen und geweint."
    assert _anonymized(text) == text


def test_two_clubs_with_towns_of_two_words_in_one_text_are_both_masked() -> None:
    # clubs: the towns' phrases are read once per text, for the second club too
    out = _anonymized("Er spielt beim TSV Bad Sooden, sein Bruder beim SV Groß Pankow.")
    assert out == "Er spielt beim TSV [Einrichtung], sein Bruder beim SV [Einrichtung]."


@pytest.mark.parametrize(
    "text",
    [
        # a partner written small is no firm's ("Engel & Partner" is)
        "Zum Elternabend sind alle Eltern & partner eingeladen.",
        # a word in lowercase before "&" begins no firm's name
        "Zum Fest kommen ich & Partner.",
    ],
)
def test_a_partner_after_an_ampersand_is_no_firm_of_ordinary_words(text: str) -> None:
    # organisations
    assert _anonymized(text) == text


def test_a_country_after_a_facility_and_a_comma_stays() -> None:
    # town_after_facility: the facility's name is masked, its country is no town
    out = _anonymized("Der Befund kommt aus der Klinik Sonnenhof, Syrien.")
    assert out == "Der Befund kommt aus der Klinik [Einrichtung], Syrien."


def test_a_rare_word_placed_in_a_country_with_its_article_is_a_town() -> None:
    # _country_follows: "in der Ukraine" places the town as "in Guinea" does
    out = _anonymized("Sie stammt aus Pita in der Ukraine.")
    assert out == "Sie stammt aus [Ort] in der Ukraine."


def test_a_church_of_a_short_word_is_a_kind() -> None:
    # _saint_church: "Dom" is too short a head to be a saint's or a person's name
    text = "Das Konzert für die Familien war in der Domkirche."
    assert _anonymized(text) == text


def test_a_church_named_by_a_saint_s_genitive_is_masked() -> None:
    # _saint_church: "Michaelis" is "Michael" with its Latin genitive's ending
    assert _anonymized("Die Trauung war in der Michaeliskirche.") == "Die Trauung war in der [Einrichtung]."


def test_a_woman_named_by_her_trade_in_chat_stays() -> None:
    # chat_titled_subjects: "schneiderin" is the job of "frau", not her name
    text = "die frau schneiderin hat gestern angerufen"
    assert _anonymized(text) == text


def test_a_school_subject_after_a_teacher_in_chat_stays() -> None:
    # chat_titled_subjects: after a job without its article, only a name of the lists is the person's
    text = "lehrerin mathe hat heute gesagt dass er besser wird"
    assert _anonymized(text) == text


def test_a_name_said_as_a_correction_is_the_same_person() -> None:
    # corrected: after "bzw." the name is the one found before it, corrected
    assert (
        _anonymized("Frau Tesfay bzw. Rose kommt morgen.") == "Frau [Person A] bzw. [Person A] kommt morgen."
    )
