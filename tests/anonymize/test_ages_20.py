"""A person's age is a quasi-identifier and is masked as a band (issue #16); a number that is no age (an amount,
a time, a count, a duration, a page, a class, a bus) stays. Each form is tested with sentences written for this
test, and with text of the same shape that must stay: a half in words after a name or "ist" ("zweieinhalb",
"anderthalb")."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import default_anonymizer


def _age(text: str, phrase: str, number: str) -> bool:
    """`number` inside the first `phrase` of `text` lies whole inside a span masked as an age."""
    at = text.index(phrase) + phrase.index(number)
    result = default_anonymizer().anonymize(text)
    return any(e.label == "AGE" and e.start <= at and at + len(number) <= e.end for e in result.entities)


def _kept(text: str, phrase: str, number: str) -> bool:
    """No replaced span touches `number` inside the first `phrase` of `text`."""
    at = text.index(phrase) + phrase.index(number)
    result = default_anonymizer().anonymize(text)
    return not any(e.start < at + len(number) and at < e.end for e in result.entities)


@pytest.mark.parametrize(
    ("text", "phrase", "number"),
    [
        (
            "Für die kleine Tochter, Nasrin, dreieinhalb, fehlt noch der Kitaplatz.",
            "dreieinhalb",
            "dreieinhalb",
        ),
        ("Ihr Enkel Jonas ist eineinhalb und schläft nachts kaum.", "eineinhalb", "eineinhalb"),
        ("der kleine Yunus ist jetzt anderthalb.", "anderthalb", "anderthalb"),
    ],
)
def test_a_half_in_words_is_an_age_where_a_whole_number_is(text: str, phrase: str, number: str) -> None:
    assert _age(text, phrase, number)


@pytest.mark.parametrize(
    ("text", "phrase", "number"),
    [
        ("Die Fahrt hat dreieinhalb Stunden gedauert.", "dreieinhalb", "dreieinhalb"),
        ("Wir warten, Frau Okafor, schon eineinhalb Jahre auf den Bescheid.", "eineinhalb", "eineinhalb"),
        ("Das Gespräch dauerte anderthalb Stunden.", "anderthalb", "anderthalb"),
        ("Die Wartezeit ist zweieinhalb Monate.", "zweieinhalb", "zweieinhalb"),
    ],
)
def test_a_half_in_words_before_its_unit_stays(text: str, phrase: str, number: str) -> None:
    assert _kept(text, phrase, number)
