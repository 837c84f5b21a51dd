"""A town's whole name after "aus" ("aus Losheim am See"), and a second town no list knows joined to a masked one
after the same preposition ("Wohnungssuche in Bergneustadt oder Derschlag"); twenty-fourth session, read off blind
corpus 96 and the helpers' "leaks seen". A noun, a big city or a country joined so stays ("in Lindlar und
Umgebung", "und Köln", "und Syrien")."""

from __future__ import annotations

import pytest

from .spans import kept, masked


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Sie kommt aus Losheim am See, seit zwei Jahren hier.", "Losheim am See"),
        ("Wohnungssuche in Bergneustadt oder Derschlag, Hauptsache nah an der Schule.", "Derschlag"),
        ("Sie suchen eine Wohnung in Gummersbach und Derschlag.", "Derschlag"),
        ("Er kommt aus Rengershausen und Kückelheim.", "Kückelheim"),  # a doubt before
    ],
)
def test_a_towns_whole_name_and_a_town_joined_to_it_are_masked(text: str, town: str) -> None:
    assert masked(text, town)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Er wohnt in Lindlar und Umgebung.", "Umgebung"),
        ("Er pendelt, wohnt in Lindlar und arbeitet in Köln.", "arbeitet"),
        ("Sie fährt nach Lindlar und Syrien ruft sie jeden Tag an.", "Syrien"),
    ],
)
def test_a_noun_a_verb_or_a_country_after_a_town_stays(text: str, word: str) -> None:
    assert kept(text, word)
