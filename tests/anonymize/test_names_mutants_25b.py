"""The non-equivalent survivors of names.py's second fresh sample of the nineteenth session (seed 2509,
docs/testing.md), each with sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context


def _text(text: str) -> str:
    return default_anonymizer().anonymize(text, Context()).text


def _doubts(text: str) -> list[str]:
    result = default_anonymizer().anonymize(text, Context())
    return [result.text[d.start : d.end] for d in result.doubts]


def test_a_dish_after_a_verb_of_cooking_and_jemand_stays_a_dish() -> None:
    # `_things` 104: "jemand" between the verb and the dish, as "es", "wir": the dish is no person
    text = "Am Abend kochte jemand Dolma."
    assert _text(text) == text
    assert _doubts(text) == ["Dolma"]


def test_a_lawyers_office_by_its_partner_leaves_the_next_facility_found() -> None:
    # `NameFinder.facilities` 270: the partner's name ends only its own office, not the search for the others
    assert (
        _text("Die Kanzlei Eberle vertritt die Mutter, der Sohn geht in die Kita Pusteblume.")
        == "Die Kanzlei [Person A] vertritt die Mutter, der Sohn geht in die Kita [Einrichtung]."
    )


def test_a_name_after_heisst_bei_uns_nur_is_masked() -> None:
    # `NameScan.chat_named` 83: "nur" among the words of how one goes by makes what follows a name, with no
    # person named before "heißt" ("mein cousin", "unser nachbar" are no names)
    assert _text("mein cousin heißt bei uns nur jojo") == "mein cousin heißt bei uns nur [Person A]"
    assert _text("unser nachbar heißt bei allen nur bobo") == "unser nachbar heißt bei allen nur [Person A]"


def test_a_degree_joined_by_a_hyphen_after_a_salutation_is_no_name() -> None:
    # `NameScan.degree_part` 15: a part ending in ".-" is a degree's part as one ending in "."
    assert _text("Termin bei Frau Mag.-Päd. Weber morgen.") == "Termin bei Frau Mag.-Päd. [Person A] morgen."
    assert _text("Herr Mag.-Ing. Sommer hat angerufen.") == "Herr Mag.-Ing. [Person A] hat angerufen."


def test_a_surname_that_is_a_word_before_a_full_stop_is_part_of_the_name() -> None:
    # `_Found.extend` 267: a full stop after "Gerlinde Freund" ends the sentence, not the name's reading
    assert _text("Heute kam Gerlinde Freund.") == "Heute kam [Person A]."
    assert _text("Ich sprach mit Gerlinde Freund. Sie weint.") == "Ich sprach mit [Person A]. Sie weint."
