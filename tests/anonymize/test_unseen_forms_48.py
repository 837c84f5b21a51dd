"""Forms that blind corpora 48 and 49 showed, each tested with sentences written for the test (not taken from a
corpus) and with text of the same shape that must stay."""

from __future__ import annotations

import pytest

from .spans import kept, masked


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Wiktionary lists these short forms and adjectival nouns with a second part of speech beside "Substantiv";
        # they are everyday nouns all the same, never someone's name
        ("Die Bäckerei sucht wieder Azubis.", "Azubis"),
        ("Azubis gesucht, steht am Tor.", "Azubis"),
        ("er ist jetzt Azubi im zweiten Lehrjahr", "Azubi"),
        ("Der Platz in der Kita ist sicher.", "Kita"),
        ("In seiner WG wohnen noch zwei Studenten.", "WG"),
        ("Die Auszubildende hat heute frei.", "Auszubildende"),
    ],
)
def test_an_everyday_noun_the_dictionary_lists_as_a_short_form_stays(text: str, word: str) -> None:
    assert kept(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Die Bäckerei sucht Azubis, sagt Frau Koch.", "Koch"),
        ("Salam ist drei und geht in die Kita.", "Salam"),
    ],
)
def test_a_name_beside_such_a_noun_is_still_masked(text: str, word: str) -> None:
    assert masked(text, word)
