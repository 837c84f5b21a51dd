"""What the anonymizer itself decides (`anonymize/engine.py`), through the public interface: which of two
overlapping finds wins, what is widened around a find, which pseudonym a mention gets, which Art. 9 words are
flagged. Written for the survivors of its mutation run (docs/testing.md); every example is made up here."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import Context, Result, anonymize


def _clean(text: str, *names: str, context: Context | None = None) -> Result:
    context = context if context is not None else Context()
    for name in names:
        context.add_name(name)
    return anonymize(text, context)


# -- what the layers found, and which of two overlapping finds wins ----------------------------------------------


def test_the_anonymizer_s_own_placeholders_stay_as_they_are() -> None:
    # a text anonymized before (a stored answer shown again): its placeholders are no finds and stay whole
    text = "Frau [Person A] kam mit [Person B] aus [Ort], Tel. [Telefon], [Alter 30–39]."
    result = _clean(text)
    assert result.text == text
    assert result.entities == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the phone search runs beside the date, IBAN and e-mail found before: digits of theirs never start a phone
        ("Termin 12.03.2024 0176 1234567", "Termin [Datum] [Telefon]"),
        ("am 2024-03-12 030 1234567", "am [Datum] [Telefon]"),
        ("IBAN DE89 3704 0044 0532 0130 00 0176 1234567", "IBAN [IBAN] [Telefon]"),
        ("0176 1234567 12345@web.de", "[Telefon] [E-Mail]"),
    ],
)
def test_a_phone_beside_a_date_an_iban_or_an_address_is_masked_too(text: str, expected: str) -> None:
    assert _clean(text).text == expected


def test_a_session_name_is_one_person_whole_not_its_parts() -> None:
    # words no list knows, in lowercase: only the session's names find them, the full name before its parts
    result = _clean("heute kam zorbo quaxi, zorbo lachte.", "Zorbo Quaxi")
    assert result.text == "heute kam [Person A], [Person A] lachte."


@pytest.mark.parametrize("gap", [" ", "\n", "\t", "  "])
def test_a_postal_code_before_a_town_of_two_words_is_one_place_whatever_the_space(gap: str) -> None:
    # with a line break the town's first word stayed readable ("[Nummer]\nBad [Person A]")
    assert _clean(f"Post an 29549{gap}Bad Bevensen").text == "Post an [Ort]"
