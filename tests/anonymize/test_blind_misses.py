"""Rules added after the blind corpus (heldout2.txt), each with the ordinary use that must survive."""

from __future__ import annotations

import re

import pytest

from supervision_tui.anonymize import anonymize, patterns

from .test_patterns import masked


@pytest.mark.parametrize(
    ("text", "secret", "label"),
    [
        # a salutation turns a noun or adjective into a surname
        ("Danke an Frau Frühling von der Genossenschaft.", "Frühling", "PERSON"),
        ("Gute Besserung an Herrn Froh.", "Froh", "PERSON"),
        ("der vermieter, herr busch, meldet sich nie", "busch", "PERSON"),
        ("die chefin frau frei wartet schon", "frei", "PERSON"),
        ("termin bei dr. jung in der praxis", "jung", "PERSON"),
        # foreign given names that are no German word need no cue
        ("Dilan hat die B1-Prüfung bestanden.", "Dilan", "PERSON"),
        ("Iman sagt immer sabr.", "Iman", "PERSON"),
        ("kurz: dunya hat ne neue nummer", "dunya", "PERSON"),
        # an ambiguous first name beside an unknown surname
        ("Rose Mbarga hat mir eine Rose gebastelt.", "Rose Mbarga", "PERSON"),
        # named facilities: the kind stays, the name goes
        ("Die Kita Pusteblume hat erst im August Platz.", "Pusteblume", "PLACE"),
        ("Ausbildung im Hotel Brockenblick.", "Brockenblick", "PLACE"),
        ("Er geht in die Sekundarschule Am Gröpertor.", "Gröpertor", "PLACE"),
        # small towns, also in chat style
        ("in der unterkunft in harsleben wars kalt", "harsleben", "PLACE"),
        ("termin in wernigerode", "wernigerode", "PLACE"),
        # file numbers
        ("Az. der Ausländerbehörde: 32.1-4711/23.", "32.1-4711/23", "ID"),
        ("beim Verwaltungsgericht: 7 A 318/24 MD.", "7 A 318/24 MD", "ID"),
        # handles named after the network
        ("Fotos gibt's bei ihr, Insta: dilan_b_123", "dilan_b_123", "HANDLE"),
        ("Telegram: @hassan_92 schreibt nachts", "hassan_92", "HANDLE"),
        # ages
        ("Frau Arslan, 38 Jahre, Kurdin aus der Türkei", "38", "AGE"),
        ("sein sohn ist 5 jahre alt", "5 jahre", "AGE"),
        ("Halberstädter Str. 41, alle sind eingeladen", "Halberstädter Str. 41", "ADDRESS"),
    ],
)
def test_identifier_is_masked(text: str, secret: str, label: str) -> None:
    masked(text, secret, label)


def test_children_ages_in_brackets_each_become_a_band() -> None:
    result = anonymize("drei Kinder (4, 9 und 15), Duldung")
    assert result.text == "drei Kinder ([0–9], [0–9] und [10–19]), Duldung"


def test_facility_keeps_its_kind() -> None:
    assert anonymize("die Kita Pusteblume in Derenburg").text == "die Kita [Einrichtung] in [Ort]"


@pytest.mark.parametrize(
    "text",
    [
        "Weil die Frau Angst vor dem Termin hat, kommt sie nicht.",  # a determiner: the noun "Frau"
        "In der Schule Deutsch zu lernen ist schwer.",
        "Im Hotel Zimmer zu putzen ist anstrengend.",
        "Frau Doktor hat uns gut beraten.",
        "seit Jan. die Familie hier wohnt, geht es besser",
        "Die Familie spricht Farsi und Kurmanci.",
        "Er kommt aus Mauretanien.",
        "Sie ist seit 3 Jahren hier, 2 Jahre davon in der Unterkunft.",
        "bei Telegram schreiben wir uns",
        "Die Kinder (Zwillinge) sind süß.",
    ],
)
def test_ordinary_text_is_unchanged(text: str) -> None:
    assert anonymize(text).text == text


def test_new_hints_are_in_every_keyword() -> None:
    """The new patterns are skipped when no hint is in the text: every alternative must contain one."""
    networks = re.search(r"\(\?:([a-z|]+)\)", patterns.SOCIAL_HANDLE.pattern)
    assert networks
    for network in networks.group(1).split("|"):
        assert any(hint in network for hint in patterns._SOCIAL_HINTS), network
    kin = re.search(r"\(\?i:([a-zäöü|]+)\)", patterns.CHILD_AGES.pattern)
    assert kin
    for word in kin.group(1).split("|"):
        assert any(hint in word for hint in patterns._CHILD_AGE_HINTS), word
