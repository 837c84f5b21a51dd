"""The survivors of names.py's fresh sample of the twenty-second session (seed 3101, docs/testing.md), each
with sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

from .spans import anonymized


def test_a_clubs_noun_before_an_exclamation_mark_is_the_clubs_name() -> None:
    # `NameFinder._club_noun` 28: "!" after the noun ends the club's name as "." and "?" do, where the text goes on
    assert (
        anonymized("Sie schwimmt im Schwimmverein Delphin! Das macht Spaß.")
        == "Sie schwimmt im Schwimmverein [Einrichtung]! Das macht Spaß."
    )
    assert (
        anonymized("Er spielt im Tennisverein Falke! Toll.")
        == "Er spielt im Tennisverein [Einrichtung]! Toll."
    )


def test_a_clubs_saint_after_st_with_a_full_stop_is_one_name_with_the_club() -> None:
    # `NameFinder.clubs` 153: "St." before the saint's name, not only "St" with a space, takes the name into the club
    assert anonymized("Der SV St. Georgen hat gewonnen.") == "Der SV [Einrichtung] hat gewonnen."
    assert anonymized("Er spielt beim SC St. Tönis.") == "Er spielt beim SC [Einrichtung]."
