"""The non-equivalent survivors of the anonymizer's second fresh sample of the twenty-first session (seed 2902,
docs/testing.md), each with sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context


def test_a_given_name_of_two_letters_alone_is_the_person_named_in_full_before() -> None:
    # `GermanAnonymizer._pseudonym` 344 (`len(key) >= 3` for `>= 2`): a name part of two letters was not kept as a key
    # of the person, so "Jo" after "Jo Weber" became another person
    result = default_anonymizer().anonymize("Jo Weber war da. Später rief Jo an.", Context())
    assert result.text == "[Person A] war da. Später rief [Person A] an."
