"""A surname that is a word, met after a title earlier in the session ("Herr Vogel"), is the person again where it
stands after "der" or "die" as the subject of a person's verb: "Der Vogel droht aber scho damit", "Der Vogel hat
am Telefon gmeint, …". The animal stays a word: "Ein Vogel saß auf dem Balkon", "Der Vogel singt schön"."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import Context, default_anonymizer

FIRST = "Vermieter Herr Vogel will die Nebenkosten erhöhen."


def _after_first(text: str) -> str:
    context = Context()
    anonymizer = default_anonymizer()
    anonymizer.anonymize(FIRST, context)
    return anonymizer.anonymize(text, context).text


@pytest.mark.parametrize(
    "text",
    ["Der Vogel droht aber scho damit.", "Der Vogel hat am Telefon gmeint, er is ja kein Unmensch."],
)
def test_the_landlord_met_again_is_masked(text: str) -> None:
    assert "Vogel" not in _after_first(text), _after_first(text)


@pytest.mark.parametrize(
    "text", ["Ein Vogel saß auf dem Balkon.", "Der Vogel singt schön.", "Der Vogel hat ein Nest gebaut."]
)
def test_the_animal_stays_a_word(text: str) -> None:
    assert _after_first(text) == text


def test_without_the_title_earlier_the_word_stays() -> None:
    text = "Der Vogel droht aber scho damit."
    assert default_anonymizer().anonymize(text, Context()).text == text
