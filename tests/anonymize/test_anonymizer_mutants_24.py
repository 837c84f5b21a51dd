"""The non-equivalent survivors of the anonymizer's fresh sample of the eighteenth session (seed 2425,
docs/testing.md), each with sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context


def _doubts(text: str) -> list[str]:
    result = default_anonymizer().anonymize(text, Context())
    return [text[d.start : d.end] for d in result.doubts]


def test_a_three_letter_name_in_a_mail_address_is_the_persons_name() -> None:
    # `_with_mail_names` 12: a name part of three letters counts ("tom" of "tom.fink@…")
    result = default_anonymizer().anonymize(
        "tom.fink@web.de schreibt: ich heiße tom und komme morgen", Context()
    )
    assert "heiße tom" not in result.text, result.text


def test_a_word_before_an_age_in_brackets_is_a_doubt() -> None:
    # `_doubts` 54: the age's start is read from the spans labelled "AGE"
    assert "Sonne" in _doubts("Bei uns war Sonne (5) zum ersten Mal im Kurs.")


def test_a_handles_second_part_after_a_masked_name_is_a_doubt() -> None:
    # `_span_doubts` 43: the doubt after a masked part begins one past it
    assert "vogtland" in _doubts("heute kam leyla.vogtland zum termin")


def test_a_released_word_does_not_stop_the_learned_pass_for_the_next_name() -> None:
    # `_with_learned` 40: a released word is skipped, the names after it are still read
    context = Context()
    context.release("Shireen")
    text = "Gestern hat Shireen für uns übersetzt. Am Montag wurde Karwan vom Vorarbeiter geschlagen."
    result = default_anonymizer().anonymize(text, context)
    assert "Karwan" not in result.text and "Shireen" in result.text, result.text
