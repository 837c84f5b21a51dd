"""The name someone is called by (`NameScan.called`): which verb, which words between, which word is the name.

Written from the mutants of the 5 December run (docs/testing.md) that no test noticed."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import default_anonymizer


def _clean(text: str) -> str:
    return default_anonymizer().anonymize(text).text


@pytest.mark.parametrize("text", ["Die Kinder sagen ciao.", "Er sagt tschüssi und geht.", "sagen tschüssi"])
def test_what_someone_says_is_no_name_unless_all_say_it(text: str) -> None:
    assert _clean(text) == text


def test_a_name_after_a_word_said_earlier_is_still_found() -> None:
    out = _clean("Er sagt ja, und die jungs nennen ihn bobo.")
    assert "bobo" not in out and "[Person" in out, out


def test_a_quoted_word_is_what_they_say_and_the_next_calling_still_counts() -> None:
    out = _clean("Sie nennt mich „maman“, die jungs nennen ihn bobo.")
    assert "maman" in out and "bobo" not in out, out


def test_a_name_of_two_letters_is_a_name() -> None:
    out = _clean("die jungs nennen ihn mo")
    assert "mo" not in out.split() and "[Person" in out, out


def test_a_noun_they_call_someone_stays_a_word() -> None:
    assert _clean("Die Jungs nennen ihn Dachs.") == "Die Jungs nennen ihn Dachs."


@pytest.mark.parametrize("text", ["die jungs nennen ihn ", "Wie nennen sie "])
def test_a_calling_verb_at_the_end_of_a_text_names_nobody(text: str) -> None:
    assert _clean(text) == text
