"""The non-equivalent survivors of the anonymizer's second sample of the twenty-third session (seed 3204,
docs/testing.md), each with sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context


def _anonymized(text: str) -> str:
    return default_anonymizer().anonymize(text, Context()).text


def test_the_age_of_a_small_name_that_is_a_word_the_rules_masked_as_a_person() -> None:
    # `_ages_after_small_names` 19 (`label == "XXPERSONXX"` for `"PERSON"`): a name typed small that is also a word
    # form ("hannes", "mark", "franz") is a person where the rules masked it as one; the mutant skipped every word
    # form, so the age after an adverb the name's own age rule does not read ("inzwischen", "knapp", "auch")
    # stayed readable
    assert _anonymized("hannes ist inzwischen 12.") == "[Person A] ist inzwischen [Alter 10–19]."
    assert _anonymized("mark ist knapp 16.") == "[Person A] ist knapp [Alter 10–19]."
    assert _anonymized("franz wird auch 12!") == "[Person A] wird auch [Alter 10–19]!"


def test_an_age_in_words_in_brackets_after_a_name_is_masked_where_it_ends_the_text() -> None:
    # `_widened` 499 (`m.end() < following` for `<=`): a name and its age in words with its unit in brackets at the
    # very end of the text (chat, no full stop; the last span's `following` is `len(text)`): the age stayed readable
    assert _anonymized("Heute kam Omar (sieben Jahre)") == "Heute kam [Person A] ([Alter 0–9])"
    assert (
        _anonymized("Neu in der Gruppe: Luka (zwölf Jahre)")
        == "Neu in der Gruppe: [Person A] ([Alter 10–19])"
    )
    assert _anonymized("Mein Sohn Luka (ca. zwölf J.)") == "Mein Sohn [Person A] (ca. [Alter 10–19])"


def test_initials_before_a_bracketed_so_that_ends_the_text_are_read_without_an_error() -> None:
    # `_doubts` 182 (`i + 2 <= n` for `i + 2 < n`): the test for initials before "(so nennen ihn alle)" read the
    # token after "so" where "(so" ends the text: the anonymizer raised an IndexError, and the note could not be
    # stored. The name before the initials is masked, the text otherwise kept as written (whether "JB" itself should
    # be masked there is another question: it is not, and not pinned here)
    for text in ("Frau Haile kam mit JB (so)", "Heute hat Frau Haile angerufen, danach MK (so)."):
        result = default_anonymizer().anonymize(text, Context())
        assert "Haile" not in result.text
        assert result.text.startswith(
            ("Frau [Person A] kam mit ", "Heute hat Frau [Person A] angerufen, danach ")
        )
        assert result.text.endswith(" (so)") or result.text.endswith(" (so).")


def test_only_a_saints_abbreviation_before_the_hyphen_joins_a_named_facility() -> None:
    # `GermanAnonymizer._detect` 593 (`folded[i - 1] in SAINTS or toks.gaps[i] in (".-", "-")` for `and`): any word
    # before ".-" was taken into a named facility's span, so the owner's abbreviation ("Städt.", "Priv."), which
    # names no one, was masked with the name; a saint's is part of the name ("St.-Marien-Klinik Daun")
    assert _anonymized("Er geht in die Städt.-Marienschule Haren.") == "Er geht in die Städt.-[Einrichtung]."
    assert (
        _anonymized("Er geht in die Priv.-Deichgrafenschule Haren.") == "Er geht in die Priv.-[Einrichtung]."
    )
    assert _anonymized("Sie ist in der St.-Marien-Klinik Daun.") == "Sie ist in der [Einrichtung]."
