"""The non-equivalent survivors of the anonymizer's sample of the twenty-sixth session (seed 3502,
docs/testing.md), each with sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

from .spans import anonymized, doubts_of


def test_a_towns_bracketed_region_at_the_texts_end_is_masked_with_the_town() -> None:
    # `_widened` 140 (`m.end() < following` for `<=`): the river's or region's name in brackets after a town
    # ("Frankfurt (Oder)") is taken into the town's span where it ends no later than the next span, or than the
    # text's end where no span follows. The mutant asked it to end before that, so where the bracket closes the text
    # the region stayed readable beside "[Ort]", and told which of the towns of that name it was
    for text, stored in [
        ("Sie wohnt in Frankfurt (Oder)", "Sie wohnt in [Ort]"),
        ("Umzug nach Winsen (Aller)", "Umzug nach [Ort]"),
        ("Geboren in Weiden (Opf.)", "Geboren in [Ort]"),
        ("Sie wohnt in Frankfurt (Oder).", "Sie wohnt in [Ort]."),
    ]:
        assert anonymized(text) == stored, text


def test_every_age_of_a_list_before_a_found_one_is_masked() -> None:
    # `_widened` 1036 (`break` for `continue` after an age inserted before a found one): the ages of a list before
    # the one a frame found ("11 und 14 Jahre alt") are taken one by one from the end, each inserted age asked
    # again for one before it. The mutant stopped after the first, so the list's first ages stayed readable (and
    # only doubted): "Kinder: 4, 7, [Alter 10–19] und [Alter 10–19]."
    text = "Kinder: 4, 7, 11 und 14 Jahre alt."
    assert anonymized(text) == "Kinder: [Alter 0–9], [Alter 0–9], [Alter 10–19] und [Alter 10–19]."
    assert doubts_of(text) == []


def test_initials_after_a_preposition_at_the_texts_last_word_are_a_doubt_whatever_follows() -> None:
    # `_doubts` 205 (`i - 1 == n` for `i + 1 == n`): two or three capitals no word list knows after "an", "mit",
    # "für" … are a person's initials where a sign follows them or they are the text's last word ("Nummer an FJ.").
    # The mutant's test is never true, and the gap after the last word is read instead: empty, it passes; a
    # space, an emoji or a smiley after the initials ("an FJ 👍", "an FJ :)") made them readable without a doubt
    for text in [
        "Gib die Nummer an FJ",
        "Gib die Nummer an FJ ",
        "Gib die Nummer an FJ 👍",
        "Gib die Nummer an FJ :)",
    ]:
        assert anonymized(text) == text
        assert doubts_of(text) == ["FJ"], text
