"""The non-equivalent survivors of the anonymizer's second fresh sample of the nineteenth session (seed 2510,
docs/testing.md), each with sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context


def _session(*texts: str) -> list[str]:
    anonymizer, context = default_anonymizer(), Context()
    return [anonymizer.anonymize(text, context).text for text in texts]


def test_a_title_and_an_initial_point_to_the_surname_not_to_a_corrected_given_name() -> None:
    # `GermanAnonymizer._pseudonym` 2 (`titled=True` by default): a given name named in a correction ("Sahar, äh,
    # Samira") was kept as seen after a title, and "Frau S." matched it as well as Frau Sultani: a new person
    out = _session(
        "Heute kam Sahar, äh, Samira zu spät.",
        "Parwana Sultani rief an.",
        "Frau S. hat sich entschuldigt.",
    )
    assert out[1] == "[Person B] rief an."
    assert out[2] == "Frau [Person B]. hat sich entschuldigt."


def test_a_surname_with_its_article_apart_is_the_surname_with_the_article_joined() -> None:
    # `GermanAnonymizer._pseudonym` 154 (`get(None)` for the joined form): "Mahmoud al Hassan" after "Herr
    # Alhassan" became a second person
    out = _session("Herr Alhassan rief an.", "Mahmoud al Hassan kam später.")
    assert out == ["Herr [Person A] rief an.", "[Person A] kam später."]


def test_a_user_name_without_at_opening_the_text_is_a_doubt() -> None:
    # `GermanAnonymizer._span_doubts` 10 (`at > 1` for `at > 0`): the walk back to the user name's start stopped
    # one short of the text's first character, where the name's pattern cannot begin
    text = "sonnenkind.vogtland schrieb im Forum."
    result = default_anonymizer().anonymize(text, Context())
    assert result.text == text
    assert [text[d.start : d.end] for d in result.doubts] == ["sonnenkind.vogtland"]


def test_a_facility_named_by_a_trades_word_at_the_texts_end_is_masked_and_the_word_stays_a_word() -> None:
    # `GermanAnonymizer._remember_facilities` 50 (`trade(fold, None)`): the word is asked whether it names a trade
    # without its spelling; the finder's cache answers for the words its own pass judged, not for the text's last
    # one ("Gutshof" here, in no other test), and the anonymizer raised a TypeError
    out = _session("Die Kinder gehen in die Kita Gutshof.", "Der Gutshof war groß.")
    assert out == ["Die Kinder gehen in die Kita [Einrichtung].", "Der Gutshof war groß."]
