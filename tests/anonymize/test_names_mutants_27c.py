"""The non-equivalent survivors of names.py's third fresh sample of the twenty-first session (seed 3001,
docs/testing.md), each with sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

from .spans import anonymized, doubts_of


def test_a_lowercase_name_of_four_letters_shaped_as_a_misinflected_noun_is_a_name() -> None:
    # `NameFinder._misinflected_lower` 5: "reen" reads as "Ree" + "-en", an ending no noun in "-e" takes; four
    # letters are enough
    assert anonymized("heute kam reen vorbei") == "heute kam [Person A] vorbei"
    assert doubts_of("gestern war reen bei uns") == ["reen"]


def test_a_facilitys_name_that_is_a_word_ends_before_am() -> None:
    # `NameFinder._owner_name` 66: "am" after the name ends it as "in", "an", "bei" do
    assert (
        anonymized("Die Fahrschule Kurz am Markt ist gut.")
        == "Die Fahrschule [Einrichtung] am Markt ist gut."
    )
    assert anonymized("Das Klinikum Leer am Hafen ist neu.") == "Das Klinikum [Einrichtung] am Hafen ist neu."


def test_a_short_medical_word_two_words_before_a_number_ending_the_text_is_kept() -> None:
    # `NameScan.short_term` 32: the number after the word that follows it may stand after the text's last word
    assert anonymized("Kontrolle heute, Visus rechts 0,3") == "Kontrolle heute, Visus rechts 0,3"
    assert anonymized("Heute Gpt rechts 1,9") == "Heute Gpt rechts 1,9"


def test_an_everyday_word_in_cyrillic_opening_a_sentence_after_a_full_stop_is_kept() -> None:
    # `NameScan.quoted_foreign_word` 28: a full stop before the word opens a sentence of that language as "„" does
    assert anonymized("Das war schön. Дякую за все!") == "Das war schön. Дякую за все!"
    assert anonymized("Sie sagte nur. Спасибо за всё.") == "Sie sagte nur. Спасибо за всё."
