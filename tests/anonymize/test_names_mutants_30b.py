"""The survivors of names.py's second sample of the twenty-fourth session (seed 3303, docs/testing.md), each with
sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

import pytest

from .spans import anonymized, doubts_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sie geht auf die IGS Kworlani.", "Sie geht auf die IGS [Einrichtung]."),
        ("Er geht auf die KGS Plomsi.", "Er geht auf die KGS [Einrichtung]."),
        ("Die IGS Rheinhessen hat zu.", "Die IGS [Einrichtung] hat zu."),
        # a frequent word after the abbreviation names no school: the next sentence begins there
        ("Wir waren an der IGS Damals ging es.", "Wir waren an der IGS Damals ging es."),
    ],
)
def test_a_school_named_by_a_word_no_list_holds_is_the_school(text: str, expected: str) -> None:
    # `NameFinder._school_town` 38: after a school type's abbreviation, a word that is neither a listed town nor a
    # noun is asked whether it can be a proper name (`_proper(toks, lex, j)`); the school is masked as a facility
    assert anonymized(text) == expected
    assert doubts_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "ich war mitner aus syrien einkaufen",
        "das hab ich vonner aus syrien gehört",
        "wir sind mitnem aus afghanistan gekommen",
    ],
)
def test_a_spoken_contraction_before_aus_and_a_country_is_no_person(text: str) -> None:
    # `NameScan.from_town` 29: in lowercase chat a word no list holds before "aus" and a town or a country is a
    # person introduced by where they come from, but not a preposition and an article spoken as one word ("mit
    # einer", "von der"), however long it is
    assert anonymized(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Hinrika Schütte hat angerufen.", "Dr. [Person A] hat angerufen."),
        ("Heute kam Fr. Hinrika Schütte vorbei.", "Heute kam Fr. [Person A] vorbei."),
        ("Fr. Hinrika Schütte kann nicht.", "Fr. [Person A] kann nicht."),
    ],
)
def test_a_surname_that_is_a_word_after_an_abbreviated_title_and_an_unknown_given_name_is_masked(
    text: str, expected: str
) -> None:
    # `_Found.extend` 212: a given name no list knows after a title and a word after it are the full name, also
    # where the title is abbreviated with its full stop ("Dr.", "Fr."), as after "Frau"; the surname "Schütte"
    # is a word too and must not stay readable
    assert anonymized(text) == expected
    assert doubts_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Frau Dr. „Engel“ hat angerufen.", "Frau Dr. „[Person A]“ hat angerufen."),
        ("Frau Dr.-Engel kam.", "Frau Dr.-[Person A] kam."),
        # the same name later in the sentence, as the code reads it anywhere
        ("Heute rief Frau Dr. „Engel“ an.", "Heute rief Frau Dr. „[Person A]“ an."),
    ],
)
def test_a_surname_after_two_titles_opening_the_text_is_masked_behind_a_quote(
    text: str, expected: str
) -> None:
    # `NameScan.cued` 69: a title two tokens back ("Frau Dr.") cues the surname also where a quote or a hyphen
    # stands between; where the two titles open the text the surname is token 2, which must be asked too
    assert anonymized(text) == expected
    assert doubts_of(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der Befund von Dr.med. Kessel kam gestern.", "Kessel"),
        ("Prof. Dr.med. Tisch hat operiert.", "Tisch"),
        ("Dr.rer. nat. Stein hat geschrieben.", "Stein"),
    ],
)
def test_a_title_joined_to_its_faculty_without_a_space_still_names(text: str, name: str) -> None:
    # `_faculty_start` 20 of seed 3303: the mutant was right, the code read a faculty only where a space followed
    # every full stop, so "Dr.med. Kessel" kept the surname readable; mended
    assert name not in anonymized(text)
