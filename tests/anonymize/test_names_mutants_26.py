"""The non-equivalent survivors of names.py's fresh sample of the twentieth session (seed 2601,
docs/testing.md), each with sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

from .spans import anonymized


def test_a_double_surname_ending_in_a_noun_is_a_name_at_the_sentence_start() -> None:
    # `NameFinder._classify` 39: only a compound after a word no list knows ("Trovasil-Schuh") is a noun by
    # its head; two names joined are a name though the second is a noun too ("Koch")
    assert anonymized("Schmidt-Koch kam heute.") == "[Person A] kam heute."
    assert anonymized("Yilmaz-Koch kam heute.") == "[Person A] kam heute."


def test_a_facility_named_by_a_word_before_a_colon_is_masked() -> None:
    # `NameFinder._owner_name` 50: a colon ends the name as a comma or a full stop does
    assert (
        anonymized("Die Fahrschule Kurz: Termin am Montag.")
        == "Die Fahrschule [Einrichtung]: Termin am Montag."
    )
    assert anonymized("Klinikum Leer: Aufnahme am Montag.") == "Klinikum [Einrichtung]: Aufnahme am Montag."


def test_a_firm_by_its_owners_name_before_a_towns_district_is_masked() -> None:
    # `NameFinder._town_follows` 24: a district ("Pirna-Copitz") is no town of the lists, only marked as a place
    assert (
        anonymized("Er macht eine Ausbildung bei Fuchs in Pirna-Copitz.")
        == "Er macht eine Ausbildung bei [Einrichtung] in [Ort]."
    )
    assert (
        anonymized("Sie arbeitet bei Vogel in Dresden-Neustadt.")
        == "Sie arbeitet bei [Einrichtung] in [Ort]."
    )


def test_a_facility_named_an_der_street_takes_the_street_into_its_name() -> None:
    # `_street_after` 34: after "an der" the street is the next token, not the one after it
    assert (
        anonymized("Er ist in der Grundschule an der Lindenallee in Husum.")
        == "Er ist in der Grundschule [Einrichtung] in [Ort]."
    )
    assert anonymized("Die Kita Zwergenland an der Süderstraße hat zu.") == "Die Kita [Einrichtung] hat zu."


def test_a_pharmacy_or_mosque_named_by_a_word_of_four_letters_is_masked() -> None:
    # `NameFinder.named_facilities` 174: only a head of three letters or fewer is an abbreviation ("DRK-Kita")
    assert anonymized("Das Rezept liegt in der Rose-Apotheke.") == "Das Rezept liegt in der [Einrichtung]."
    assert anonymized("Er betet in der Nord-Moschee.") == "Er betet in der [Einrichtung]."


def test_a_topic_before_a_full_stop_and_a_colon_is_no_writer() -> None:
    # `NameScan.writers` 108: before ".:" only an initial is a writer ("Anliegen von G.:"), not a heading's topic
    assert anonymized("Anliegen Wohnung.: noch offen") == "Anliegen Wohnung.: noch offen"
    assert anonymized("Frage Umzug.: geht klar") == "Frage Umzug.: geht klar"
