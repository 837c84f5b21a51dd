"""The non-equivalent survivors of the anonymizer's second fresh sample of the twentieth session (seed 2702,
docs/testing.md), each with sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context


def test_the_other_end_of_a_route_from_a_known_town_is_a_place_placeholder() -> None:
    # `_route_ends` 39 (`"[ort]"` for `"[Ort]"`): the end of a route the lists do not know was replaced by a text
    # that is none of the anonymizer's placeholders (`PLACEHOLDER` knows "[Ort]" only)
    result = default_anonymizer().anonymize("Sie pendelt zwischen Hainau und Wurzelbach.", Context())
    assert result.text == "Sie pendelt zwischen [Ort] und [Ort]."


def test_a_route_between_two_towns_without_von_is_read_as_a_route() -> None:
    # `GermanAnonymizer._detect` 670 (`"zwischen " not in text` in the gate of `_route_ends`): a text with "zwischen"
    # and no "von" never reached the routes' rule, and the town the lists do not know stayed readable, no doubt
    result = default_anonymizer().anonymize("Die Fähre pendelt zwischen Hainau und Moorbeck.", Context())
    assert result.text == "Die Fähre pendelt zwischen [Ort] und [Ort]."


def test_a_listed_surname_after_a_trade_outside_every_facility_is_no_owner() -> None:
    # `GermanAnonymizer._owner` 12 (`or` for `and` in the test that the surname lies inside a masked facility): "Mai"
    # after "Sägewerk", a month here and no facility, was taken for the owner of another text's facility and given
    # the session's first pseudonym, a doubt, and Herr Wagner became "[Person B]"
    text = "Herr Wagner arbeitete in der Kita Pusteblume, dann im Sägewerk Mai bis Juli."
    result = default_anonymizer().anonymize(text, Context())
    assert (
        result.text == "Herr [Person A] arbeitete in der Kita [Einrichtung], dann im Sägewerk Mai bis Juli."
    )
    assert result.doubts == ()


def test_an_age_range_after_a_duration_range_is_masked() -> None:
    # `_age_frames` 157 (`break` for `continue` after a range read as a duration, "seit 2–3 Jahren"): the frame stopped
    # there, and the age range after it was left to the other rules, which took only its second number
    text = "Sie ist seit 2–3 Jahren in Beratung, laut Gutachten ist der Sohn 16–17 Jahre alt."
    result = default_anonymizer().anonymize(text, Context())
    assert result.text == "Sie ist seit 2–3 Jahren in Beratung, laut Gutachten ist der Sohn [Alter 10–19]."
    assert result.doubts == ()
