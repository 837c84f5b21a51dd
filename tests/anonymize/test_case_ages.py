"""A case's facts after its person's name and a colon: the age first (twenty-fourth session, read off blind corpora
85, 89 and 90, where three writers each noted cases so: "Fall Selam: 24, aus Keren", "Farid: 27, aus Ghazni").

The age is masked where the words after it tell a person's facts (where they come from, live or work, their
status), or where "Fall" names the case; a check-in's score after a volunteer's name stays ("Birgit: 7, müde").
And a case's letter dictated by speech recognition: its "Punkt" is no part of the name before it (corpus 95).
"""

from __future__ import annotations

import pytest

from .spans import anonymized, kept, masked


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Fall Ahmad Sultani: 34, aus Herat, Duldung seit 2023.", "34"),
        ("Tesfay: 19, ledig, wohnt in der GU am Bahnhof.", "19"),
        ("Fall Dilan: 15, will unbedingt aufs Gymnasium.", "15"),
        ("Fall 3: Nour Haddad: 41, geschieden, zwei Kinder.", "41"),
        ("Mariam: 22, seit 2021 in Deutschland, Gestattung.", "22"),
    ],
)
def test_a_cases_age_after_its_persons_name_and_a_colon_is_masked(text: str, age: str) -> None:
    assert masked(text, age)


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("Birgit: 7, müde aber zufrieden.", "7"),
        ("Amal: 3, seit gestern krank, sorry.", "3"),
        ("Jonas: 8, war ein guter Monat.", "8"),
    ],
)
def test_a_check_in_score_after_a_volunteers_name_stays(text: str, score: str) -> None:
    assert kept(text, score)


def test_a_dictated_full_stop_is_no_part_of_the_name() -> None:
    # speech recognition writes punctuation as words: "Punkt" after a surname closes the sentence, and the surname
    # keeps the pseudonym of the full name before it
    out = anonymized(
        "Pat.: Serhii Melnychuk geb 3.4.1972. ich überweise ihnen den herrn Melnychuk Punkt er klagt"
    )
    assert out.count("[Person A]") == 2 and "Punkt er klagt" in out
