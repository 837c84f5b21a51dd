"""The non-equivalent survivors of names.py's fresh sample of the twenty-first session (seed 2801,
docs/testing.md), each with sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

from .spans import anonymized


def test_an_arabic_word_written_with_its_vowel_marks_is_a_word() -> None:
    # `_foreign_word` 8: the word lists write Arabic without its vowel marks ("شكرا"), so the marks are dropped
    assert anonymized("Er sagte شكراً und ging.") == "Er sagte شكراً und ging."
    assert anonymized("Die Mutter sagt immer مرحباً zu uns.") == "Die Mutter sagt immer مرحباً zu uns."


def test_a_surname_after_a_womans_job_of_seven_letters_is_masked() -> None:
    # `_office_word` 7: "Malerin", "Leserin" (seven letters, "-erin" after a noun) name the woman after them
    assert anonymized("Die Malerin Koch kommt morgen.") == "Die Malerin [Person A] kommt morgen."
    assert anonymized("Die Leserin Sommer schrieb uns.") == "Die Leserin [Person A] schrieb uns."


def test_a_frequent_word_with_sharp_s_after_a_titled_unknown_given_name_is_no_surname() -> None:
    # `_Found.extend` 219: the frequent words are listed with "ß", which casefolding turns into "ss"
    assert anonymized("Bitte Frau Hinrika Grüße ausrichten.") == "Bitte Frau [Person A] Grüße ausrichten."
    assert anonymized("Ich soll Frau Hinrika Grüße bestellen.") == "Ich soll Frau [Person A] Grüße bestellen."


def test_a_house_before_a_saints_abbreviation_closing_the_text_is_no_facilitys_name() -> None:
    # `NameFinder.facilities` 153: "im Pfarrheim St" is a house named by its saint, here cut off; not a name
    assert (
        anonymized("Wir treffen uns im Repair-Café im Pfarrheim St")
        == "Wir treffen uns im Repair-Café im Pfarrheim St"
    )
    assert anonymized("Die Kita im Gemeindehaus Sankt") == "Die Kita im Gemeindehaus Sankt"


def test_a_town_named_by_a_plural_after_in_and_before_a_facility_is_masked() -> None:
    # `NameFinder.towns` 285: a word town that is no city of the lists ("Kapellen", "Hirten"), before a facility
    assert anonymized("Er geht in Kapellen zur Kita.") == "Er geht in [Ort] zur Kita."
    assert (
        anonymized("Die Kinder gehen in Hirten in die Grundschule.")
        == "Die Kinder gehen in [Ort] in die Grundschule."
    )


def test_a_name_after_a_lowercase_salutation_is_masked_when_the_article_opens_the_text() -> None:
    # `NameScan.chat_someone_titled` 33: the salutation must be written small, the article may open the sentence
    assert anonymized("Eine frau sommer war heute da.") == "Eine frau [Person A] war heute da."
    assert anonymized("Ein herr koch hat angerufen.") == "Ein herr [Person A] hat angerufen."
