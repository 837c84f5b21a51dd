"""The non-equivalent survivors of the anonymizer's second sample of the twenty-fifth session (seed 3404,
docs/testing.md), each with sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

from .spans import anonymized, doubts_of


def test_initials_after_a_conjunction_before_a_verb_that_ends_the_clause_are_a_doubt() -> None:
    # `_doubts` 225 (`gaps[i + 2] == " "` for `gaps[i + 1]`): two or three capitals no word list knows right after
    # "dass", "weil", "ob" … and before a word are a person's initials ("dass TM bleibt") and shown as a doubt. The
    # mutant asked for a space after the word that follows them instead, so where that word ends the clause (".",
    # "!", ", ") the initials stayed readable without a doubt
    for text, initials in [
        ("Ich weiß, dass TM bleibt.", "TM"),
        ("Sie hofft, dass JB kommt!", "JB"),
        ("Er sagt, ob MK anruft, weiß er nicht.", "MK"),
        ("Ich weiß, dass TM nicht bleibt.", "TM"),
    ]:
        assert anonymized(text) == text
        assert doubts_of(text) == [initials], text
