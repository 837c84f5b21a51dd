"""Persons in hurried and dictated text (issue #16, ninth session): phone answers typed all in lowercase or
dictated, where a name has no capital to show it and a misheard name comes back in a second spelling. Each
kind is a general mechanism of German text, not a list of names; the sentences are made up here, with names
of their own, and each kind is tested with text of the same shape that must stay."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import Context, default_anonymizer


def _masked(text: str, word: str) -> bool:
    result = default_anonymizer().anonymize(text)
    at = text.index(word)
    return any(e.start <= at and at + len(word) <= e.end for e in result.entities)


def _kept(text: str, word: str) -> bool:
    result = default_anonymizer().anonymize(text)
    at = text.index(word)
    return not any(e.start < at + len(word) and at < e.end for e in result.entities)


# -- a doctor's title after an article, and its degree, in lowercase --------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "der Dr." is no noun like "die Frau": the article does not make the title a word
        ("sie braucht noch ne überweisung vom dr winter oder so", "winter"),
        ("beim dr. sommer war er schon zweimal", "sommer"),
        # the degree typed small is the degree, the word after it the surname
        ("beim dr. med. hase hat sie am montag nen termin", "hase"),
        ("der dr med kranich sagt das wird wieder", "kranich"),
    ],
)
def test_a_doctor_after_an_article_or_a_degree_in_lowercase(text: str, name: str) -> None:
    assert _masked(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("beim dr. med. hase hat sie am montag nen termin", "med"),
        ("der dr med kranich sagt das wird wieder", "med"),
        ("die frau vom amt war echt nett", "amt"),
    ],
)
def test_the_degree_and_the_words_around_stay(text: str, word: str) -> None:
    assert _kept(text, word)


# -- "heißt" with a person before it -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a surname that is a word, after a pronoun that stands for a person
        ("die vom jugendamt die heißt hase ruf die einfach an", "hase"),
        ("ihr neuer chef heißt kranich und is voll korrekt", "kranich"),
        # after "heißt sie", a name no list holds, with its surname
        ("auf der schule heißt sie jolanda mirzayi", "jolanda mirzayi"),
    ],
)
def test_a_name_after_heisst_in_lowercase(text: str, name: str) -> None:
    assert _masked(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("das heißt hase und igel spielen wir morgen", "hase"),
        ("wie heißt die nochmal", "nochmal"),
        ("er heißt eigentlich anders", "eigentlich"),
        ("die heißt genauso wie ich", "genauso"),
    ],
)
def test_heisst_without_a_name_keeps_its_words(text: str, word: str) -> None:
    assert _kept(text, word)


# -- a word no list holds after a kinship word or a role, or between an article and its verb ---------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("seine tochter jolinde kommt ab märz in die grundschule", "jolinde"),
        ("die nachbarin hawijo passt solange auf die kinder auf", "hawijo"),
        # an article, a word no list knows and its verb: the subject is a person
        ("gestern beim amt, der tarvek hat alles allein ausgefüllt", "tarvek"),
        ("die jolinde war total stolz auf ihr zeugnis", "jolinde"),
    ],
)
def test_an_unlisted_word_after_a_role_or_an_article_in_lowercase(text: str, name: str) -> None:
    assert _masked(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # spoken contractions of a preposition and an article are no names
        ("ihr freund aufm sportplatz hat ihr geholfen", "aufm"),
        ("der nachbar mitm hund is wieder da", "mitm"),
        ("die kinder vonner schule kommen später", "vonner"),
        ("der vater hat die papiere", "papiere"),
    ],
)
def test_contractions_and_words_after_a_role_stay(text: str, word: str) -> None:
    assert _kept(text, word)


def test_contractions_are_recognised() -> None:
    from supervision_tui.anonymize.names import contraction

    assert all(contraction(w) for w in ("aufm", "mitm", "anner", "vonner", "inner", "ausm", "mitter"))
    assert not any(contraction(w) for w in ("umer", "milan", "ida", "aufgabe"))


_ = Context  # the spelling tests below use one context per session
