"""The non-equivalent survivors of the anonymizer's fresh sample of the nineteenth session (seed 2508,
docs/testing.md), each with sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context


def _text(text: str) -> str:
    return default_anonymizer().anonymize(text, Context()).text


def _doubts(text: str) -> list[str]:
    result = default_anonymizer().anonymize(text, Context())
    return [text[d.start : d.end] for d in result.doubts]


def test_a_second_age_range_in_the_text_is_masked_too() -> None:
    # `_age_frames` 183: after one range of years the frame reads the next
    text = "Das Gutachten sagt entsprechend 16–17 Jahren, der Bruder entsprechend 12–13 Jahren."
    assert (
        _text(text) == "Das Gutachten sagt entsprechend [Alter 10–19], der Bruder entsprechend [Alter 10–19]."
    )


def test_a_register_letter_glued_before_a_number_is_masked_with_it() -> None:
    # `_whole_code` 53: only ".", "-" and "/" are cut from the code's start, not its letters ("X-…")
    assert _text("Die Akte X-47112023 liegt vor.") == "Die Akte [Nummer] liegt vor."
    assert _text("Er hat X-123456789 angerufen.") == "Er hat [Nummer] angerufen."


def test_a_noun_after_in_behind_a_dictated_address_and_its_town_stays_readable() -> None:
    # `_widened` 273: a dictated address ends in its town; "in Zukunft" after it names no second town
    assert (
        _text("Post bitte an Lindenweg 12 3 4 5 6 7 Hainau in Zukunft.")
        == "Post bitte an [Adresse] in Zukunft."
    )


def test_the_age_after_a_small_name_ending_in_es_and_wird_is_masked() -> None:
    # `GermanAnonymizer._detect` 682: "wird" lets the small name's age rule run; the "wird" frame reads "ines wird"
    # as "es wird" (no person) and leaves the age to that rule
    assert _text("ines wird 16 🙄") == "[Person A] wird [Alter 10–19] 🙄"


def test_initials_after_a_preposition_opening_the_text_are_a_doubt() -> None:
    # `GermanAnonymizer._doubts` 165: the preposition may be the text's first word ("Mit JB.")
    assert "JB" in _doubts("Mit JB.")
    assert "TM" in _doubts("Von TM, heute.")


def test_a_lowercase_word_signing_a_chat_on_its_own_line_is_a_doubt() -> None:
    # `GermanAnonymizer._doubts` 351: a line break before the last word, as an emoji, makes it a signature
    assert "sigi" in _doubts("alles klar, bis morgen\nsigi")
