"""The non-equivalent survivor of the anonymizer's fresh sample of the twentieth session (seed 2602,
docs/testing.md), with sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context


def _session(*texts: str) -> list[str]:
    anonymizer, context = default_anonymizer(), Context()
    return [anonymizer.anonymize(text, context).text for text in texts]


def test_a_firm_named_by_a_four_letter_word_is_masked_by_that_word_alone_later() -> None:
    # `GermanAnonymizer._remember_facilities` 39 (`len(fold) > 4` for `>= 4`): a word of four letters in a masked
    # firm's name was not kept for the session, and the firm named by it alone later was readable
    out = _session("Er arbeitet bei Elch Logistik in der Halle.", "Elch zahlt sofort.")
    assert out == ["Er arbeitet bei [Einrichtung] in der Halle.", "[Einrichtung] zahlt sofort."]
