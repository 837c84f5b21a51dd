"""The survivors of names.py's second sample of the twenty-sixth session (seed 3503, docs/testing.md), each with
sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

import pytest

from .spans import anonymized, doubts_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In St. Martin war die Taufe.", "In [Einrichtung] war die Taufe."),
        (
            "In St. Peter war der Gottesdienst gut besucht.",
            "In [Einrichtung] war der Gottesdienst gut besucht.",
        ),
    ],
)
def test_a_saint_after_a_preposition_opening_the_text_is_a_church_in_church_life(
    text: str, expected: str
) -> None:
    # `NameFinder.churches` 7: a saint's name after a preposition, where the sentence speaks of church life, is the
    # church or the parish also where the preposition is the text's first word (as "Bei St. Martin ist die Taufe")
    assert anonymized(text) == expected
    assert doubts_of(text) == []


def test_what_they_say_to_someone_at_the_text_s_end_without_a_pronoun() -> None:
    # `NameScan.called` 42: "sagen sie nur … zu ihr" names what one says to someone; where "zu" is the text's last
    # word there is no pronoun after it to read, and the text is anonymized as any other (the name found by
    # another step)
    text = "Die Kleine heißt Amira, zu Hause sagen sie nur Mimi zu"
    assert anonymized(text) == "Die Kleine heißt [Person A], zu Hause sagen sie nur [Person B] zu"


def test_a_town_after_the_area_around_it_opening_the_text_is_masked() -> None:
    # `_in_region` 8: "Umgebung von", "Nähe von", "Gegend um" before a town name the area around it, also where
    # they open the text (a note's line "Umgebung von Kumasi."); "Kumasi" is read nowhere else as a town
    text = "Umgebung von Kumasi."
    assert anonymized(text) == "Umgebung von [Ort]."
    assert doubts_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Entweder Meschede oder Soest.", "Entweder [Ort] oder [Ort]."),
        ("Meschede oder Soest, das ist noch offen.", "[Ort] oder [Ort], das ist noch offen."),
        ("Umzug: Meschede oder Soest", "Umzug: [Ort] oder [Ort]"),
    ],
)
def test_a_town_joined_by_oder_to_a_town_of_the_lists_is_masked_without_a_preposition(
    text: str, expected: str
) -> None:
    # `NameFinder.towns` 450: a town joined by "oder"/"und" to a town is a town too; the town before the joiner may
    # be one the place lists mark, where no step of the finder found one (no "in", "aus", "nach" before it)
    assert anonymized(text) == expected
    assert doubts_of(text) == []
