"""The non-equivalent survivors of names.py's fresh sample of the eighteenth session (seed 2424, docs/testing.md),
each with sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context

from .spans import kept, masked


def test_a_short_name_after_heisst_ends_its_sentence_before_a_line_break() -> None:
    # `_ends_sentence` 20: "\n" after the full stop ends the sentence as a space and a capital do
    assert masked("Der Junge heißt Momo.\nEr ist acht.", "Momo")


def test_a_firms_name_of_three_capitalised_words_keeps_the_kind_before_it() -> None:
    # `NameFinder.organisations` 47: a fourth capitalised word before the legal form is the kind, not the name
    result = default_anonymizer().anonymize("Die Beratung Neue Wege Nordheide GmbH zahlt.", Context())
    assert result.text == "Die Beratung [Einrichtung] zahlt."


def test_a_word_chat_never_writes_as_a_name_stays_after_und() -> None:
    # `NameScan._name_like` 3: a word of either stop list is no name joined by "und" ("mme", madame)
    assert kept("ich war mit kerim und mme beim amt", "mme")
    assert masked("ich war mit kerim und mme beim amt", "kerim")


def test_a_told_name_of_two_words_at_the_texts_end_is_masked_whole() -> None:
    # `NameScan.told_names` 169: the span grows by one word, not two, past the text's last token
    result = default_anonymizer().anonymize("Ihr Name ist Rose Haile.", Context())
    assert result.text == "Ihr Name ist [Person A]."


# -- the survivors of the second sample of the session (seed 0724, on 75b38d2) ---------------------------------


def test_a_compound_with_a_six_letter_noun_before_its_capital_is_no_brand() -> None:
    # `_german_head` 10: "Kinder", six letters, is a German noun's head ("KinderOase" is typed so, no firm)
    assert kept("Die KinderOase hat heute zu.", "KinderOase")


def test_a_town_named_by_a_noun_at_the_texts_end_before_a_space_is_read() -> None:
    # `NameFinder._phrase_verb_after` 13: no token after the noun (the text ends in a space) is no verb
    assert masked("Der Sprachkurs ist jetzt in Lage ", "Lage")


def test_a_second_club_after_a_club_of_several_words_is_masked_whole() -> None:
    # `NameFinder.clubs` 51: a club's kind inside the club found before is skipped, the next club still read
    result = default_anonymizer().anonymize(
        "Er spielt beim SV Eintracht Groß Pankow und sein Bruder beim TSV Malente.", Context()
    )
    assert result.text == "Er spielt beim SV [Einrichtung] und sein Bruder beim TSV [Einrichtung]."


def test_a_saints_facility_opening_the_text_is_masked_whole() -> None:
    # `NameFinder.named_facilities` 179: the saint's "St." as the text's first token names the facility too
    result = default_anonymizer().anonymize("St.-Marien-Klinik Daun hat angerufen.", Context())
    assert result.text == "[Einrichtung] hat angerufen."


def test_a_learned_surname_whose_plural_has_its_form_stays_a_plural_after_die() -> None:
    # `_plural_alike` 5: "Engel", like "-er" and "-en" nouns, is its own plural ("die engel vom kirchenchor" are
    # angels); "die vogel vom kirchenchor" is Frau Vogel (the plural is "Vögel")
    anonymizer = default_anonymizer()
    context = Context()
    anonymizer.anonymize("Frau Engel hat angerufen.", context)
    result = anonymizer.anonymize("die engel vom kirchenchor haben schön gesungen", context)
    assert result.text == "die engel vom kirchenchor haben schön gesungen"
