"""The survivors of names.py's sample of the twenty-third session (seed 3201, docs/testing.md), each with
sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

from .spans import anonymized, doubts_of


def test_a_surname_after_a_pseudonym_with_an_x_before_a_closing_bang_is_masked() -> None:
    # `_exclamation` 9: only ".", "!" or "?" before the word make it a sentence of its own; the "X" of a
    # pseudonym already in the text ("[Person X]", "[Person AX]": a gap runs over the placeholder) is none
    assert anonymized("Danke an [Person AX] Kowalczyk!") == "Danke an [Person AX] [Person A]!"
    assert anonymized("Am Ende dankte [Person X] Madlobeli!") == "Am Ende dankte [Person X] [Person A]!"


def test_a_word_in_a_sentence_of_its_own_before_hat_is_no_caller() -> None:
    # `NameScan.callers` 51: the name and "hat" must stand in one sentence, a single space between them; after a
    # colon and before a full stop the colour or the animal is the answer to the label, not who told
    assert (
        anonymized("Lieblingsfarbe: Rosa. Hat sie mir erzählt.")
        == "Lieblingsfarbe: Rosa. Hat sie mir erzählt."
    )
    assert anonymized("Wunschtier: Hase. Hat er selbst gesagt.") == "Wunschtier: Hase. Hat er selbst gesagt."
    assert doubts_of("Lieblingsfarbe: Rosa. Hat sie mir erzählt.") == ["Rosa"]


def test_the_name_corrected_at_the_texts_start_is_the_person_too() -> None:
    # `NameScan.corrected` 38: the name before the word of correction may be the text's first token
    assert anonymized("Rose (eigentlich Warda) kam heute.") == "[Person A] (eigentlich [Person A]) kam heute."
    assert anonymized("Engel, also Angela, kommt morgen.") == "[Person A], also [Person A], kommt morgen."


def test_an_initial_before_a_later_doubt_is_no_doubt_where_masked_and_comes_first_where_not() -> None:
    # `NameFinder.doubts` 59: the initials are appended after the doubtful words; two of them out of order let
    # the anonymizer's walk over the spans pass the masked initial ("Frau O.") and show it as a doubt
    assert doubts_of("Frau O. hat sehr geholfen. Madlobeli!") == ["Madlobeli"]
    assert doubts_of("Herr K. hat mitgeholfen. Wir lernten viel. Madlobeli!") == ["Madlobeli"]
    assert doubts_of("Das hat O. sehr beruhigt. Madlobeli!") == ["O", "Madlobeli"]


def test_a_clubs_capitals_before_a_capitalised_region_or_city_are_a_club() -> None:
    # `NameFinder.clubs` 42: the toponym after "MSV", "TSC" must be capitalised itself, whatever the word before
    # the club's capitals ("im", "beim") is
    assert anonymized("Er ist im MSV Duisburg.") == "Er ist im MSV [Einrichtung]."
    assert anonymized("Er spielt beim TSC Eifel.") == "Er spielt beim TSC [Einrichtung]."


def test_a_place_in_der_naehe_von_is_masked_where_only_that_phrase_names_it() -> None:
    # `NameFinder.towns` 403: "in der Nähe von" before a word no list knows names a place
    assert anonymized("Das ist in der Nähe von Mühlbachtal.") == "Das ist in der Nähe von [Ort]."
    assert anonymized("in der nähe von plomsi ist ein see") == "in der nähe von [Ort] ist ein see"


def test_a_short_surname_after_a_salutation_after_an_academic_title_ends_its_sentence_as_a_name() -> None:
    # `NameFinder.annotate` 117: only the salutation right before the word is read ("Frau", "Herr"), not the
    # title before it ("Prof.", "Dr."): "Nöll." there is the surname at the sentence's end, no abbreviation
    assert anonymized("Das sagte Prof. Frau Nöll.") == "Das sagte Prof. Frau [Person A]."
    assert anonymized("Das Gutachten schrieb Dr. Herr Nöll.") == "Das Gutachten schrieb Dr. Herr [Person A]."
