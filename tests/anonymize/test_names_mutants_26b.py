"""The non-equivalent survivors of names.py's second fresh sample of the twentieth session (seed 2701,
docs/testing.md), each with sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context


def _text(text: str) -> str:
    return default_anonymizer().anonymize(text, Context()).text


def _doubts(text: str) -> list[str]:
    result = default_anonymizer().anonymize(text, Context())
    return [text[d.start : d.end] for d in result.doubts]


def test_a_church_named_by_a_given_name_of_four_letters_is_masked() -> None:
    # `NameFinder._saint_church` 9: a saint's name of four letters before "kirche", "kapelle" names the church
    assert _text("Die Taufe ist in der Annakirche.") == "Die Taufe ist in der [Einrichtung]."
    assert _text("Wir treffen uns an der Ottokapelle.") == "Wir treffen uns an der [Einrichtung]."


def test_a_compound_written_in_capitals_is_no_doubt() -> None:
    # `NameFinder._capitals_name` 18: a word in capitals is judged as the word written small ("Elternabend")
    assert _doubts("Morgen ist ELTERNABEND in der Schule.") == []
    assert _doubts("Der SCHWIMMKURS fällt aus.") == []


def test_a_short_weekday_with_a_joining_word_closing_the_text_is_read() -> None:
    # `NameScan._in_day_list` 31: a joining word as the text's last token has no day after it to look at
    assert _text("Termin am Mo und") == "Termin am Mo und"
    assert _text("Sprechstunde Di bis") == "Sprechstunde Di bis"


def test_a_name_said_to_them_is_masked() -> None:
    # `NameScan.called` 56: "zu ihnen" as "zu ihr", "zu ihm": what one says to them is their name
    assert _text("Wir sagen nur mimi zu ihnen.") == "Wir sagen nur [Person A] zu ihnen."


def test_a_given_name_that_is_a_noun_after_im_is_the_noun_whatever_stands_before() -> None:
    # `NameFinder.noun_after_article` 47: the space that counts is the one after "im", not the one before it
    assert _text("Im Dom war es kalt.") == "Im Dom war es kalt."
    assert _text("Gestern, im Dom hat sie gesungen.") == "Gestern, im Dom hat sie gesungen."


def test_a_small_name_before_hatte_and_a_participle_of_calling_is_masked() -> None:
    # `NameScan.named_callers` 24: "hatte" as "hat": "sommer hatte gestern angerufen" names the caller
    assert _text("sommer hatte gestern angerufen") == "[Person A] hatte gestern angerufen"
    assert _text("winter hatte uns besucht.") == "[Person A] hatte uns besucht."
