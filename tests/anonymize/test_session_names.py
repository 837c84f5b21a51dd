"""A name the session learned is masked in later texts with the care of the rule that found it (issue #16, session
memory): one that is an ordinary word stays the word where its case and place say so, and a name no word list
holds is masked in any case and place, even where a compound's split would make a word of it ("Nas|reen")."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import Context, default_anonymizer


@pytest.mark.parametrize(
    "later",
    ["mit nasreen beim amt", "Nasreen und ich waren da", "nasreen und yonas sind froh", "danach kam NASREEN"],
)
def test_a_learned_name_a_compound_split_makes_a_word_is_masked_everywhere(later: str) -> None:
    context = Context()
    anonymizer = default_anonymizer()
    assert (
        anonymizer.anonymize("Frau Nasreen Haydari war beim Amt.", context).text
        == "Frau [Person A] war beim Amt."
    )
    assert "nasreen" not in anonymizer.anonymize(later, context).text.lower()


def test_a_learned_name_that_is_a_word_stays_the_word_in_its_own_sense() -> None:
    context = Context()
    anonymizer = default_anonymizer()
    anonymizer.anonymize("Frau Sommer hat angerufen.", context)
    assert anonymizer.anonymize("im sommer fahren wir weg", context).text == "im sommer fahren wir weg"
