"""The survivors of names.py's second sample of the twenty-fifth session (seed 3403, docs/testing.md), each with
sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context

from .spans import anonymized, doubts_of


@pytest.mark.parametrize(
    "text",
    [
        "Geriet in Brand, das ganze Haus.",
        "Gerät in Brand und brennt ab.",
        "Setzte in Brand, was er fand.",
        "geriet in brand das ganze haus",
        "setzte in brand was er fand",
    ],
)
def test_a_light_verb_opening_the_text_makes_in_and_its_noun_a_phrase(text: str) -> None:
    # `NameFinder._phrase_verb_after` 3: a light verb right before "in" makes "in Brand" a phrase, not the town
    # Brand, also where the verb is the text's first word
    assert anonymized(text) == text


def _session(*texts: str) -> list[str]:
    """The texts anonymized in order in one session."""
    context = Context()
    return [default_anonymizer().anonymize(text, context).text for text in texts]


@pytest.mark.parametrize(
    ("first", "later", "expected"),
    [
        (
            "Rechtsanwältin Taube vertritt sie.",
            "Die Taube hat geschrieben, dass es klappt.",
            "Die [Person A] hat geschrieben, dass es klappt.",
        ),
        ("Rechtsanwältin Rose vertritt sie.", "Die Rose hat geschrieben.", "Die [Person A] hat geschrieben."),
    ],
)
def test_a_learned_surname_after_die_before_a_person_s_act_is_masked(
    first: str, later: str, expected: str
) -> None:
    # `NameScan.callers` 19: a surname the session learned, after "die" opening a sentence as after "der", before
    # what only a person does in the perfect tense, is that person; the noun's own sense stays ("hat gefressen")
    assert _session(first, later, "Die Taube hat gefressen.")[1:] == [expected, "Die Taube hat gefressen."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Salam hat angerufen und sagt salam", "[Person A] hat angerufen und sagt salam"),
        ("Moin kam heute zu spät, moin", "[Person A] kam heute zu spät, moin"),
    ],
)
def test_a_name_opening_the_text_is_no_greeting_for_the_same_word_at_its_end(
    text: str, expected: str
) -> None:
    # `_greeting_word` 9: a greeting said twice stands twice in a row; the first token has no token before it, and
    # the text's last word is not that: the person who opens the text with what they did is masked
    assert anonymized(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Schule an der Ecke ist neu, die Kita Pusteblume auch.",
            "Die Schule an der Ecke ist neu, die Kita [Einrichtung] auch.",
        ),
        (
            "Die Mittelschule an der Ecke hat angerufen, die Grundschule Am Hohen Weg auch.",
            "Die Mittelschule an der Ecke hat angerufen, die Grundschule [Einrichtung] auch.",
        ),
        (
            "Sie war in der Klinik an der Ecke, dann im Krankenhaus Sankt Georg.",
            "Sie war in der Klinik an der Ecke, dann im Krankenhaus [Einrichtung].",
        ),
    ],
)
def test_a_facility_named_after_one_by_a_noun_of_its_place_is_masked(text: str, expected: str) -> None:
    # `NameFinder.facilities` 211: "an der Ecke" after a facility's kind is no name; the step goes on to the next
    # facility of the text, whose name is masked
    assert anonymized(text) == expected
    assert doubts_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Wir gehen in die ezidisch-alevitische Gemeinde.",
        "Sie war in der eritreisch-tewahedische Kirche.",
        "Er war in der Aleviten-Cem Gemeinde.",
        "Er war in der Zwölfer-Schia Moschee.",
    ],
)
def test_a_denomination_joined_by_a_hyphen_before_its_house_is_no_name(text: str) -> None:
    # `NameFinder.named_facilities` 60: a hyphenated word before "Kirche", "Moschee", "Gemeinde" is the house's
    # name only where none of its parts is a word or an adjective in "-isch" ("al-nur", "Fatih-Cami"); a
    # denomination ("ezidisch-alevitische", "Aleviten-Cem") names no one house and stays readable
    assert anonymized(text) == text


def test_a_surname_of_three_letters_recurring_as_the_subject_is_the_person() -> None:
    # `NameScan.recurring_subjects` 10: a part of a name found in the text, three letters long, recurring later as
    # a clause's subject before a person's verb is that person again
    text = "Vermieter Herr Ast hat angerufen. Ast sagt, die Miete steigt."
    assert anonymized(text) == "Vermieter Herr [Person A] hat angerufen. [Person A] sagt, die Miete steigt."
    assert doubts_of(text) == []
