"""The non-equivalent survivors of the anonymizer's sample of the twenty-fourth session (seed 3302,
docs/testing.md), each with sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context

from .spans import masked


def _anonymized(text: str) -> str:
    return default_anonymizer().anonymize(text, Context()).text


def _doubts(text: str) -> list[str]:
    result = default_anonymizer().anonymize(text, Context())
    return [text[d.start : d.end] for d in result.doubts]


def test_a_given_name_of_three_letters_is_the_person_whose_compound_name_it_shortens() -> None:
    # `_by_short_form` 2 (`len(key) <= 3` for `< 3`): a given name of three letters that begins a compound with
    # "-ullah" ("Nur" of "Nurullah", "Zia" of "Ziaullah") is the person of the session who bears the compound,
    # alone after the full name and as the given name of a full name after the compound alone; the mutant made
    # every name of three letters another person
    assert _anonymized("Nurullah Yilmaz kam. Später kam Nur.") == "[Person A] kam. Später kam [Person A]."
    assert _anonymized("Ziaullah Karimi kam. Später kam Zia.") == "[Person A] kam. Später kam [Person A]."
    assert _anonymized("Nurullah kam. Später kam Nur Yilmaz.") == "[Person A] kam. Später kam [Person A]."


def test_a_capitalised_word_after_and_between_two_names_of_an_english_sentence_is_a_name() -> None:
    # `_english_word_names` 20 (`i - 2 in foreign` for `i - 1`): the English word before the name ("and") must be
    # a word of the English sentence; the mutant asked the one before it, here a name (no word of the sentence),
    # so "Rose" after "Ahmed and" stayed readable
    assert (
        _anonymized("I met Ahmed and Rose at the station.")
        == "I met [Person A] and [Person B] at the station."
    )
    assert (
        _anonymized("We talked with Said and Rose about the exam.")
        == "We talked with [Person A] and [Person B] about the exam."
    )


def test_a_token_of_the_learned_pass_only_half_in_an_english_sentence_is_still_read() -> None:
    # `_in_foreign` 19 (`k += 2` for `k += 1`): a token the learned pass reads may hold two of the name finder's
    # tokens (two apostrophes: "father's'Praxis" is "father's" and "Praxis" to the finder); it is an English word
    # only where all of them are words of the English sentence. The mutant asked every second one, so the German
    # word after the English one was passed over as English, and the token the model reads as a name was no doubt
    assert _doubts("we were at my father's'Praxis yesterday and it was good") == ["father's'Praxis"]
    assert _doubts("we were at my father's'Haus yesterday and it was good") == ["father's'Haus"]


def test_a_word_taken_for_an_abbreviation_before_a_masked_name_stays_a_doubt() -> None:
    # `_labels_masked` 24 (`"XXPERSONXX"` for `"PERSON"`): a word the finder takes for an abbreviation only for
    # its full stop ("ahmo.") is no doubt where it labels a masked number or code ("Az. [Kennung]"); a masked
    # person after it is no such label, and "ahmo" may be a name typed small. The mutant counted the person as
    # a label, and the doubt was gone
    assert _doubts("Heute war ich mit ahmo. Yilmaz kam später.") == ["ahmo"]
    assert _doubts("Ich war heute mit ahmo. Tesfaye hat angerufen.") == ["ahmo"]
    assert _anonymized("Heute war ich mit ahmo. Yilmaz kam später.") == (
        "Heute war ich mit ahmo. [Person A] kam später."
    )


def test_a_correction_after_a_name_the_session_knows_lends_it_its_pseudonym() -> None:
    # `GermanAnonymizer._corrections` 23 (`self._full_key(None)` for `self._full_key(second)`): where the first name
    # of a correction ("Resa, also Reza Mirzaei") is known from an earlier text of the session, the second one's
    # key was asked of `None`: a TypeError, and the note could not be stored. The known name lends its pseudonym
    context = Context()
    anonymizer = default_anonymizer()
    assert anonymizer.anonymize("Herr Resa kam gestern.", context).text == "Herr [Person A] kam gestern."
    assert (
        anonymizer.anonymize("Heute hat Herr Resa, also Reza Mirzaei, angerufen.", context).text
        == "Heute hat Herr [Person A], also [Person A], angerufen."
    )
    context = Context()
    assert anonymizer.anonymize("Frau Wien war da.", context).text == "Frau [Person A] war da."
    assert (
        anonymizer.anonymize("Später rief Frau Wien, äh, Nguyen an.", context).text
        == "Später rief Frau [Person A], äh, [Person A] an."
    )


def test_a_word_of_another_script_opening_the_text_is_no_doubt_for_a_name_ending_it() -> None:
    # `GermanAnonymizer._doubts` 94 (`i >= 0` for `i > 0`): a word of another script right after a masked name is a
    # doubt ("[Person A] هدية"); for the text's first token the mutant read the token before it as the last one of
    # the text, so where a text begins with a space and ends with a masked name, its first word became a doubt
    assert _doubts(" شكرا für alles, Frau Haddad") == []
    assert _anonymized(" شكرا für alles, Frau Haddad") == " شكرا für alles, Frau [Person A]"
    assert _doubts(" شكرا Frau Haddad") == []


def test_a_town_of_two_words_someone_comes_from_wins_over_a_facility_word_inside_it() -> None:
    # `GermanAnonymizer._detect` 481 (`ends[j - 2]` for `ends[j - 1]` in the length a residence is sorted by): a town
    # someone lives in or comes from, of two words no list holds ("Klein Marienschule", invented), was as long as its
    # first word, so the one-word facility inside it ("Marienschule", a compound that names one facility) was as
    # long and ended first, won, and the town's first word stayed readable: "aus Klein [Einrichtung]"
    assert _anonymized("Er kommt aus Klein Marienschule.") == "Er kommt aus [Ort]."
    assert _anonymized("Sie wohnt seit April in Klein Marienschule.") == "Sie wohnt seit April in [Ort]."
    assert _anonymized("Sie ist nach Bad Marienschule gezogen.") == "Sie ist nach [Ort] gezogen."


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Der Junge, 12 oder \n13 Jahre alt, kam heute.", "12"),
        ("Ihre Kinder, 14, 11 oder \n12 Jahre alt.", "11"),
        ("Der Junge, 12 oder\n13 Jahre alt", "12"),
    ],
)
def test_an_age_listed_before_a_line_break_is_masked(text: str, age: str) -> None:
    # `_widened` 887 of seed 3302: `$` also ends before a newline, so the age before " oder " and a line break lay
    # one character outside the window and stayed readable; the mutant (a window one longer) was right, and mended so
    assert masked(text, age)
