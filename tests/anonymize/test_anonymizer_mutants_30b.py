"""The non-equivalent survivors of the anonymizer's second sample of the twenty-fourth session (seed 3304,
docs/testing.md), each with sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context


def _session(*texts: str) -> list[str]:
    """The texts anonymized in order in one session."""
    context = Context()
    anonymizer = default_anonymizer()
    return [anonymizer.anonymize(text, context).text for text in texts]


def test_a_firm_known_by_a_word_is_masked_after_a_preposition_ending_like_an_adjective() -> None:
    # `_named_as_facility` 24 (`before not in _PREPOSITIONS` for `before in _PREPOSITIONS`): a word the session
    # knows as a firm's name ("Kranich" of "Kranich Logistik") is the name after "neben", "hinter" (prepositions
    # that end like an adjective), and the bird after an inflected adjective ("ein grauer Kranich"). The mutant
    # turned both round: the firm stayed readable after the preposition, the bird was masked
    assert _session(
        "Er hat ein Angebot von Kranich Logistik bekommen.",
        "Das Lager ist neben Kranich.",
        "Er arbeitet hinter Kranich am Band.",
        "Ein grauer Kranich fliegt.",
    ) == [
        "Er hat ein Angebot von [Einrichtung] bekommen.",
        "Das Lager ist neben [Einrichtung].",
        "Er arbeitet hinter [Einrichtung] am Band.",
        "Ein grauer Kranich fliegt.",
    ]
    assert _session(
        "Das Frauencafé Lichtblick trifft sich dienstags.",
        "Sie sitzt neben Lichtblick im Café.",
    ) == ["Das Frauencafé [Einrichtung] trifft sich dienstags.", "Sie sitzt neben [Einrichtung] im Café."]


def test_a_facility_s_kind_before_a_town_keeps_the_pronoun_before_it_inside_a_text() -> None:
    # `_kinds_before_towns` 76 (`begin = len(word) + 1` for `begin += len(word) + 1`): a pronoun or an article
    # before a facility's kind ("Unsere Stadtkirche [Ort]") is none of the name and stays; the mutant counted its
    # length from the text's start instead of from the match's, so the span began near the text's start and the
    # words before the facility were lost (a text opening with "Unsere" came out the same)
    assert _session(
        "Sie sagt: Unsere Stadtkirche Lauterbach ist voll.",
        "Am Sonntag. Unsere Stadtkirche Lauterbach ist voll.",
    ) == [
        "Sie sagt: Unsere Stadtkirche [Einrichtung] ist voll.",
        "Am Sonntag. Unsere Stadtkirche [Einrichtung] ist voll.",
    ]
