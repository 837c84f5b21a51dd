"""General forms probed in the seventeenth session: the river or region in brackets that tells one town of a name
from another ("Winsen (Aller)"). Each is tested with sentences written for the test and with text of the same
shape that must stay."""

from __future__ import annotations

import pytest

from .spans import kept, masked


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Der Hausarzt in Winsen (Aller) schreibt ein Attest.", "Aller"),
        ("Sie zieht im Mai nach Frankfurt (Oder) zu ihrer Schwester.", "Oder"),
        ("Er wohnt jetzt in Kalbe (Milde) bei einer Gastfamilie.", "Milde"),
        ("Die Praxis in Weiden (Opf.) hat einen Termin frei.", "Opf"),
        ("Er hat Arbeit in Borken (Hessen) gefunden.", "Hessen"),
    ],
)
def test_the_river_or_region_in_brackets_after_a_town_is_masked_with_it(text: str, word: str) -> None:
    assert masked(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a country or a part of one after a town is the note's, not the town's name
        ("Er ist aus Aleppo (Syrien) geflohen.", "Syrien"),
        ("Die Familie kommt aus Herat (Afghanistan).", "Afghanistan"),
        ("Sie stammt aus Kobane (Nordsyrien), sagt sie.", "Nordsyrien"),
        # brackets with more than one word are a remark
        ("Frau Weber aus Hardheim (Lehrerin in Rente) hilft beim Deutschkurs.", "Lehrerin"),
    ],
)
def test_a_country_or_a_remark_in_brackets_after_a_town_stays(text: str, word: str) -> None:
    assert kept(text, word)
