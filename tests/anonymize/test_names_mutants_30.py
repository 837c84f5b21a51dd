"""The survivors of names.py's sample of the twenty-fourth session (seed 3301, docs/testing.md), each with
sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize.engine import GermanAnonymizer
from supervision_tui.anonymize.types import Context

from .spans import anonymized, doubts_of


def test_a_list_opening_the_text_is_not_after_the_cue_that_ends_it() -> None:
    # `_listed_things` 88: a list of things at the text's start has no word before it; the cue word ("Oma",
    # "Familie") that ends the text must not be read as the word before the list (index -1)
    text = "Tee, Kworlani und Brot brachte die Oma."
    assert anonymized(text) == text
    assert doubts_of(text) == ["Kworlani"]
    text = "Plomsi, Tarvaki und Brot gab es bei der Familie."
    assert anonymized(text) == text
    assert doubts_of(text) == ["Plomsi", "Tarvaki"]


@pytest.mark.parametrize("text", ["Er kommt aus Pita", "Sie stammt aus Nyala"])
def test_a_space_after_a_rare_town_at_the_end_changes_nothing(text: str) -> None:
    # `NameFinder._country_follows` 12: the last token has no token after it to name its country; a chat
    # message that ends with a space must not make the finder read past the last token
    assert anonymized(text + " ") == anonymized(text) + " "
    assert doubts_of(text + " ") == doubts_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er geht auf die Realschule St. wendel.", "Er geht auf die Realschule [Einrichtung]."),
        ("Sie ist an der IGS St. ingbert.", "Sie ist an der IGS [Einrichtung]."),
        ("Die Kita St. andreasberg hat zu.", "Die Kita [Einrichtung] hat zu."),
    ],
)
def test_a_facility_named_by_a_saints_town_written_small_is_the_facility(text: str, expected: str) -> None:
    # `NameFinder._phrase_at` 15: "St." before a town's name of several words is "Sankt" ("St. Wendel"), also
    # where the town is typed small: the facility's name, as with "Realschule St. Wendel", no doubt on its kind
    assert anonymized(text) == expected
    assert doubts_of(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Neu in der Gruppe: Bambi Tesfamichael.", "Bambi"),
        ("Besuch: Bambi Tesfamichael", "Bambi"),
        ("Danke! Lotus Kowalczyk", "Lotus"),
    ],
)
def test_a_word_opening_a_clause_before_a_masked_name_at_the_end_is_a_doubt(text: str, word: str) -> None:
    # `NameFinder.name_positions` 236: the word that opens a clause right before a masked name stands where a
    # given name stands, also where the masked name is the text's last token
    assert doubts_of(text) == [word]
    assert word in anonymized(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("der heißt koch", "der heißt [Person A]"),
        ("ja der heißt kranich", "ja der heißt [Person A]"),
        ("der heißt mirzayi", "der heißt [Person A]"),
    ],
)
def test_in_chat_a_name_after_der_heisst_is_masked(text: str, expected: str) -> None:
    # `NameScan.chat_named` 103: "der heißt …" names a man as "die heißt …" names a woman ("die heißt koch")
    assert anonymized(text) == expected


def test_a_trades_reading_does_not_depend_on_the_texts_before() -> None:
    # `_trade` 1 of seed 3301: the cache is keyed by the folded word, and the decision was taken on the word as
    # written, so "HOLZBAU" met first made "Holzbau" no trade for every later text of the process ("Die Holzbau
    # [Person A] hat zu."); decided on the folded word, both read the same in any order
    first = GermanAnonymizer()
    first.anonymize("Wir bauen mit HOLZBAU Schmidt.", Context())
    assert first.anonymize("Die Holzbau Krull hat zu.", Context()).text == "Die Holzbau [Einrichtung] hat zu."


@pytest.mark.parametrize(
    ("text", "name"),
    [("der neue heißt kranich", "kranich"), ("die kleine heißt jolanda und ist süß", "jolanda")],
)
def test_a_person_by_an_adjective_after_the_article_is_named_in_chat(text: str, name: str) -> None:
    # seen on the way of the seed 3301 sample: an adjective between the article and "heißt" hid the name
    assert name not in anonymized(text)


def test_a_things_name_after_an_adjective_stays() -> None:
    assert anonymized("die ganze sache heißt nix") == "die ganze sache heißt nix"
