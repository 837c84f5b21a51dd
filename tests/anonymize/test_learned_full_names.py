"""A given name only the learned pass finds, beside a surname the rules masked, is one person with it: one
pseudonym for the full name, and the same one where the given name or the surname comes alone (issue #16: one
person, one pseudonym). The sentences are written for this test."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize.engine import GermanAnonymizer
from supervision_tui.anonymize.types import Context


@pytest.fixture(scope="module")
def full() -> GermanAnonymizer:
    return GermanAnonymizer(learned=True)


def test_a_full_name_masked_in_two_passes_is_one_person(full: GermanAnonymizer) -> None:
    rules = GermanAnonymizer(learned=False).anonymize("Nasreen Haydari war da.", Context())
    assert rules.text == "Nasreen [Person A] war da.", "the rules mask the surname only"
    context = Context()
    first = full.anonymize("Nasreen Haydari war da.", context)
    assert first.text == "[Person A] war da."
    assert [e.replacement for e in first.entities] == ["[Person A]"]
    assert full.anonymize("Später rief Nasreen an.", context).text == "Später rief [Person A] an."
    assert full.anonymize("Herr Haydari kam auch.", context).text == "Herr [Person A] kam auch."


def test_two_people_side_by_side_stay_two(full: GermanAnonymizer) -> None:
    context = Context()
    result = full.anonymize("Mit Frau Sommer und Nasreen Haydari beim Amt.", context)
    assert result.text == "Mit Frau [Person A] und [Person B] beim Amt."
