"""The non-equivalent survivors of the anonymizer's fresh sample of the twenty-second session (seed 3102,
docs/testing.md), each with sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context

_HAJO_LEAD = (
    "Hans-Jürgen Kurz, der seit vielen Jahren in unserer Gruppe ist und jeden {day} mit {ride} kommt, "
)
_HAJO_TAIL = "hat heute sehr lange von seiner Arbeit auf dem Bau erzählt, alle sagen Hajo."


def test_a_name_called_more_than_160_characters_after_the_person_is_another_person() -> None:
    # `_alias` 4 (`> 161` for `> 160`): "alle sagen Hajo" 161 characters after the end of the name named last still
    # made Hajo that person's alias; 160 characters away it is his alias, one more and it is someone else
    near = _HAJO_LEAD.format(day="Dienstag", ride="dem Fahrrad") + _HAJO_TAIL
    far = _HAJO_LEAD.format(day="Donnerstag", ride="seinem Rad") + _HAJO_TAIL
    assert near.index("Hajo") - len("Hans-Jürgen Kurz") == 160
    assert far.index("Hajo") - len("Hans-Jürgen Kurz") == 161
    assert default_anonymizer().anonymize(near, Context()).text.endswith("alle sagen [Person A].")
    assert default_anonymizer().anonymize(far, Context()).text.endswith("alle sagen [Person B].")


def test_a_word_typed_with_caps_lock_at_a_routes_end_is_no_town() -> None:
    # `_route_ends` 37 (`[:2].islower()` for `[:1]`): a word written small is a town only where no word list knows
    # it; the mutant read "sCHULE" (small first letter, capitals after) as no small word and masked it as a town
    result = default_anonymizer().anonymize("Der Bus von Niebüll nach sCHULE fährt nicht.", Context())
    assert result.text == "Der Bus von [Ort] nach sCHULE fährt nicht."


def test_a_house_number_that_ends_the_text_goes_with_the_street() -> None:
    # `_widened` 174 (`m.end() < following` for `<=`): where the house number is the text's last characters (no full
    # stop, as in chat) it was not taken into the address: the street became a person and the number stayed readable
    result = default_anonymizer().anonymize("Bei Familie Sahak in der Gröpern 12a", Context())
    assert result.text == "Bei Familie [Person A] in der [Adresse]"


def test_an_age_after_a_name_in_brackets_is_masked_before_the_closing_bracket() -> None:
    # `_widened` 421 (`"XX)XX"` for `")"` among the signs after the number that show the sentence goes on): a small
    # number right before ")" was read as a list's number at the sentence's end, and the age stayed readable
    result = default_anonymizer().anonymize("Der Junge (Omar, 7) spielt.", Context())
    assert result.text == "Der Junge ([Person A], [Alter 0–9]) spielt."


def test_a_saints_name_after_a_capital_st_is_no_person() -> None:
    # `GermanAnonymizer._detect` 152 (`toks.caps[i - 2]` for `[i - 1]`): whether "St." is written with a capital was
    # read from the word before it ("in"), so "Pauli" after "St." became a person instead of a place
    result = default_anonymizer().anonymize("Wir waren gestern in St. Pauli.", Context())
    assert result.text == "Wir waren gestern in St. [Ort]."


def test_a_turkish_case_ending_after_a_typographic_apostrophe_is_cut_off_the_name() -> None:
    # `GermanAnonymizer._detect` 870 (`"’" not in surface` for `in`): a name with the case ending after "’" (not
    # "'") was masked ending and all, so the ending was lost and the name alone later became another person
    result = default_anonymizer().anonymize("Heute war Rasha’nın annesi da. Rasha kommt morgen.", Context())
    assert result.text == "Heute war [Person A]’nın annesi da. [Person A] kommt morgen."
