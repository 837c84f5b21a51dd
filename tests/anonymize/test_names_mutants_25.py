"""The non-equivalent survivors of names.py's fresh sample of the nineteenth session (seed 2507, docs/testing.md),
each with sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context


def _text(text: str) -> str:
    return default_anonymizer().anonymize(text, Context()).text


def test_a_common_given_name_after_st_in_lowercase_chat_names_the_facility() -> None:
    # `NameFinder._lower_saint` 18: a saint's name the name lists hold is one, though chat writes it small
    # as an ordinary given name ("johannes", "martin"), not only a lowercase name no word list holds
    assert _text("die kita st johannes hat angerufen") == "die kita [Einrichtung] hat angerufen"
    assert _text("sie liegt im st. martin") == "sie liegt im [Einrichtung]"


def test_a_town_of_seven_letters_with_a_place_names_ending_after_a_noun_in_chat_is_masked() -> None:
    # `NameFinder.stray_place` 31: seven letters and "-feld", "-burg" make a town, not a dialect's word
    assert _text("wir waren auf dem friedhof alsfeld") == "wir waren auf dem friedhof [Ort]"
    assert _text("das schwimmbad bitburg hat zu") == "das schwimmbad [Ort] hat zu"


def test_a_town_that_is_a_word_after_nach_at_the_texts_end_is_masked() -> None:
    # `NameFinder.towns` 80: no token after the town (no "zum", "zur", "ins" to read) is no error
    assert _text("Wir ziehen bald nach Wissen") == "Wir ziehen bald nach [Ort]"


def test_a_name_before_nennen_sie_jetzt_alle_is_masked() -> None:
    # `NameScan._called_before` 65: "jetzt" between the verb of calling and its subject, as "hier", "dort"
    assert _text("Dodo nennen sie jetzt alle.") == "[Person A] nennen sie jetzt alle."
    assert _text("gio nennt ihn jetzt jeder") == "[Person A] nennt ihn jetzt jeder"
