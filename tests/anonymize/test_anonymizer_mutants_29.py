"""The non-equivalent survivors of the anonymizer's fresh sample of the twenty-third session (seed 3202,
docs/testing.md), each with sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context


def _anonymized(text: str) -> str:
    return default_anonymizer().anonymize(text, Context()).text


def test_a_lone_initial_is_the_person_with_a_name_of_two_letters() -> None:
    # `_by_initial` 24 (`len(name) > 2` for `> 1`): a lone initial stands for the one person of the session whose
    # name begins with it; the mutant left out the names of two letters ("Li", "Bo", "Yu"), so "L." became a
    # person of its own
    assert _anonymized("Li kam heute. Danach fährt Jörg mit L. zur Behörde.") == (
        "[Person A] kam heute. Danach fährt [Person B] mit [Person A]. zur Behörde."
    )
    assert _anonymized("Bo kam zur Beratung. Danach fährt Jörg mit B. zur Behörde.") == (
        "[Person A] kam zur Beratung. Danach fährt [Person B] mit [Person A]. zur Behörde."
    )


def test_a_surname_written_with_its_marks_is_the_surname_typed_without_them() -> None:
    # `GermanAnonymizer._pseudonym` 134 (`pseudonyms.get(None)` for `pseudonyms.get(_plain(surname))`): a full name
    # whose surname has marks ("Ali Gül") after the surname typed without them ("Herr Gul") was another person; a
    # short surname shares too few spelling keys to be linked by its spelling instead
    assert (
        _anonymized("Herr Gul war da. Später kam Ali Gül.")
        == "Herr [Person A] war da. Später kam [Person A]."
    )
    assert _anonymized("Frau Gul war heute da. Später kam Ayşe Gül.") == (
        "Frau [Person A] war heute da. Später kam [Person A]."
    )


def test_an_age_after_a_name_and_a_comma_is_masked_where_it_ends_the_text() -> None:
    # `_widened` 533 (`m.end() < following` for `<=`): a name, a comma and an age with its unit at the very end of
    # the text (no full stop, as in chat; the last span's `following` is `len(text)`): the age stayed readable
    assert _anonymized("Heute kam Omar, 7 Jahre") == "Heute kam [Person A], [Alter 0–9]"
    assert _anonymized("Mein Sohn Luka, 12 Jahre") == "Mein Sohn [Person A], [Alter 10–19]"
    assert (
        _anonymized("Neu in der Gruppe: Omar, sieben Jahre") == "Neu in der Gruppe: [Person A], [Alter 0–9]"
    )


def test_the_town_after_a_facility_is_reported_as_a_place() -> None:
    # `GermanAnonymizer._detect` 623 (`"XXPLACEXX"` for `"PLACE"` where the town after a facility's name is added):
    # the text was the same, but the town's entity carried another label, which the command line's JSON prints and
    # a refused report names ("eine Angabe der Art XXPLACEXX" instead of "ein Ort")
    for text in ("Die Kita Wichtelburg, Schotten.", "Sie wohnt im Seniorenheim Mariengarten, Schotten."):
        result = default_anonymizer().anonymize(text, Context())
        assert result.text.endswith(" [Einrichtung], [Ort].")
        town = result.entities[-1]
        assert (text[town.start : town.end], town.label) == ("Schotten", "PLACE")
        assert [e.label for e in result.entities] == ["PLACE", "PLACE"]


def test_every_birthday_by_its_number_in_a_text_is_an_age() -> None:
    # `_age_frames` 145 (`break` for `continue` after a birthday by its number): the frame's search stopped at the
    # first birthday of the text, and the second one's number stayed readable
    assert _anonymized("Mia feiert ihren neunten Geburtstag und Ben seinen fünften Geburtstag.") == (
        "[Person A] feiert ihren [Alter 0–9] Geburtstag und [Person B] seinen [Alter 0–9] Geburtstag."
    )
    assert _anonymized("Zum 5. Geburtstag von Mia kam Ben, zum 7. Geburtstag von Ben kam Mia.") == (
        "Zum [Alter 0–9] Geburtstag von [Person A] kam [Person B], zum [Alter 0–9] Geburtstag von [Person B] kam "
        "[Person A]."
    )
