"""The non-equivalent survivors of the anonymizer's fresh sample of the twenty-first session (seed 2802,
docs/testing.md), each with sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context


def test_the_big_city_after_an_address_is_a_place_placeholder() -> None:
    # `_widened` 310 (`"[ort]"` for `"[Ort]"`): a big city after an address, which no other rule masks (a big city
    # is context), got a replacement that is none of the anonymizer's placeholders
    result = default_anonymizer().anonymize("Die neue Adresse ist Lindenweg 12 in Berlin.", Context())
    assert result.text == "Die neue Adresse ist [Adresse] in [Ort]."


def test_a_name_with_a_suffix_of_endearment_is_the_same_person_as_the_name_alone() -> None:
    # `_without_suffix` 5 (`… and False`: the suffix never cut off): "Maryam-joon" keyed the pseudonym as
    # "maryam-joon", and "Maryam" in the same text became another person
    result = default_anonymizer().anonymize("Heute war Maryam-joon bei uns, dann kam Maryam.", Context())
    assert result.text == "Heute war [Person A] bei uns, dann kam [Person A]."


def test_a_babys_age_in_months_after_the_name_is_under_ten_years() -> None:
    # `_widened` 549 (`upper()` for `lower()`: "Monate" never read as months): the age after the name was banded by
    # the number of months, "14 Monate" as ten to nineteen years
    result = default_anonymizer().anonymize("Die kleine Lina, 14 Monate, schläft schlecht.", Context())
    assert result.text == "Die kleine [Person A], [Alter 0–9], schläft schlecht."


def test_a_shops_name_in_camel_case_is_kept_for_the_session() -> None:
    # `GermanAnonymizer._detect` 643 (the label "XXPLACEXX" for a name in camel case, "PhoneStar"): the span was no
    # facility for `_remember_facilities`, so the name written otherwise in the next text stayed readable, no doubt
    context = Context()
    default_anonymizer().anonymize("Sie kauft bei PhoneStar ein.", context)
    assert default_anonymizer().anonymize("Phonestar hat zu.", context).text == "[Einrichtung] hat zu."
