"""Names learned in a session apply with the same care as the rule that found them (issue #16).

Each test runs a session of several texts through one `Context`, as the live form and the note review do.
"""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import Context, anonymize


def _session(*texts: str) -> list[str]:
    context = Context()
    return [anonymize(text, context).text for text in texts]


@pytest.mark.parametrize(
    ("learned", "later", "kept"),
    [
        # a surname that is an ordinary word: the word stays the word in lowercase
        ("Frau Froh hat heute angerufen.", "ich bin froh, dass es geklappt hat", "froh"),
        ("Mit Herrn Schnell war ich beim Amt.", "das ging schnell und ohne Streit", "schnell"),
        ("Frau Bald kommt aus Syrien.", "wir sehen uns bald wieder", "bald"),
        # … and an adverb or adjective at the start of a sentence, where every word is capitalised
        ("Herr Kurz war wieder da.", "Kurz und ohne Vorwürfe hat sie es erklärt.", "Kurz"),
        ("Frau Froh hat heute angerufen.", "Froh war ich trotzdem nicht.", "Froh"),
        ("Mit Herrn Schnell war ich beim Amt.", "Danke! Schnell hat es sich geklärt.", "Schnell"),
        # a noun after an article, as before
        ("Familie Sommer zieht um.", "Im Sommer wird es schwierig.", "Sommer"),
    ],
)
def test_a_learned_name_that_is_a_word_stays_the_word_where_case_and_place_say_so(
    learned: str, later: str, kept: str
) -> None:
    first, second = _session(learned, later)
    assert "[Person A]" in first
    assert kept in second and "[Person" not in second, second


@pytest.mark.parametrize(
    ("learned", "later"),
    [
        # capitalised where the word would be lowercase: the person
        ("Frau Froh hat heute angerufen.", "Gestern hat Froh wieder angerufen."),
        ("Herr Kurz war wieder da.", "Dann kam Kurz zu spät."),
        # at the start of a sentence, the subject of a verb: the person
        ("Herr Kurz war wieder da.", "Kurz hat gesagt, er kommt nächste Woche."),
        ("Frau Froh hat heute angerufen.", "Froh meinte, der Bescheid sei falsch."),
        # a learned name that is no word: masked in any case and place
        ("Kerim Yilmaz war beim Amt.", "war heute mit kerim beim jobcenter"),
        ("Familie Haile zieht um.", "Haile und ich waren einkaufen."),
    ],
)
def test_a_learned_name_is_still_masked_where_it_is_a_name(learned: str, later: str) -> None:
    first, second = _session(learned, later)
    assert "[Person A]" in first
    assert "[Person A]" in second, second


def test_a_full_name_after_another_full_name_with_the_same_given_name_is_another_person() -> None:
    texts = _session("Ali Hassan hat den Bescheid bekommen.", "Ali Reza wartet noch auf die Anhörung.")
    assert texts == [
        "[Person A] hat den Bescheid bekommen.",
        "[Person B] wartet noch auf die Anhörung.",
    ]


def test_a_given_name_alone_already_tied_to_a_surname_does_not_merge_with_another_surname() -> None:
    texts = _session(
        "Ali Hassan hat den Bescheid bekommen.",
        "Ali war heute sehr froh.",
        "Ali Reza wartet noch auf die Anhörung.",
    )
    assert texts[1] == "[Person A] war heute sehr froh."  # after the full name: the same person
    assert texts[2] == "[Person B] wartet noch auf die Anhörung."


@pytest.mark.parametrize(
    "texts",
    [
        # a given name alone, later the full name: one person while no other surname is known for it
        ("Rojda hat beim Fest getanzt.", "Rojda Aslan schreibt mir nur noch über WhatsApp."),
        # the full name first, then a part of it
        ("Kerim Yilmaz war beim Amt.", "Kerim hat sich bedankt."),
        ("Tesfaye Haile war beim Amt.", "Frau Haile hat sich bedankt."),
        # an initial gives way to the surname it abbreviates
        ("Oksana P. war beim Amt.", "Oksana Petrenko hat sich bedankt."),
    ],
)
def test_mentions_of_one_person_share_a_pseudonym(texts: tuple[str, str]) -> None:
    first, second = _session(*texts)
    assert "[Person A]" in first and "[Person A]" in second, (first, second)
    assert "[Person B]" not in second


def test_a_genitive_name_does_not_take_the_noun_after_it() -> None:
    texts = _session("Tran Van Duc hat angerufen. Ich war mit Ducs Kindern bis abends da.")
    assert texts == ["[Person A] hat angerufen. Ich war mit [Person A] Kindern bis abends da."]
