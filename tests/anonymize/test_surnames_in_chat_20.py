"""A surname that is also a word, typed small in chat: after a job in either gender ("anwältin brenner", "der
neurologe krebs"), and after "die" where the word is a masculine noun whose plural differs ("die specht vom
elternbeirat"). Each case is a sentence written for the test (not taken from a corpus), beside text of the same
shape that must stay."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context

from .spans import kept, masked


def _session(*texts: str) -> list[str]:
    """The texts anonymized one after the other in one session; the last one's output."""
    context = Context()
    anonymizer = default_anonymizer()
    out = [anonymizer.anonymize(text, context).text for text in texts]
    return out


@pytest.mark.parametrize(
    ("first", "later", "surname"),
    [
        (
            "Die Rechtsanwältin Frau Brenner hat den Widerspruch geschickt.",
            "anwältin brenner ruft nie zurück",
            "brenner",
        ),
        ("Herr Krebs ist sein Neurologe in der Klinik.", "der neurologe krebs ist echt geduldig", "krebs"),
        ("Der Trainer heißt Herr Specht.", "trainer specht sagt er soll mehr trinken", "specht"),
        ("Frau Hirsch von der Kita hat angerufen.", "die erzieherin hirsch hat heute gelacht", "hirsch"),
    ],
)
def test_a_learned_surname_typed_small_after_a_job_is_masked(first: str, later: str, surname: str) -> None:
    out = _session(first, later)[-1]
    assert surname not in out, out


def test_a_job_named_as_what_someone_works_as_is_no_cue() -> None:
    out = _session("Frau Krebs hat angerufen.", "er arbeitet als pfleger krebs ist da kein thema")[-1]
    # "als pfleger": the job he does, so the word after it keeps its ordinary reading
    assert "krebs" in out, out


@pytest.mark.parametrize(
    ("first", "later", "surname"),
    [
        (
            "Frau Specht vom Elternbeirat hat geschrieben.",
            "ich kenn die specht vom elternbeirat, total nett",
            "specht",
        ),
        (
            "Frau Hirsch aus der Nachbarschaft hilft.",
            "die hirsch aus dem dritten stock bringt suppe",
            "hirsch",
        ),
        ("Frau Morgentau leitet den Kurs.", "die morgentau hat heute gefehlt", "morgentau"),
    ],
)
def test_a_learned_masculine_surname_after_die_is_a_woman(first: str, later: str, surname: str) -> None:
    out = _session(first, later)[-1]
    assert surname not in out, out


@pytest.mark.parametrize(
    ("first", "later", "word"),
    [
        # the plural of "Jäger" is "Jäger": "die Jäger aus dem Dorf" are hunters
        ("Frau Jäger hat angerufen.", "Die Jäger aus dem Wald haben uns Fleisch gebracht.", "Jäger"),
        ("Frau Fischer hat angerufen.", "die fischer aus dem hafen fahren um vier raus", "fischer"),
        # a feminine noun after "die" is the noun: "Frau Sonnenblume" learned, the flower stays
        ("Frau Heiterkeit hat angerufen.", "die heiterkeit aus dem sommer ist weg", "heiterkeit"),
    ],
)
def test_a_plural_or_a_feminine_noun_after_die_stays(first: str, later: str, word: str) -> None:
    out = _session(first, later)[-1]
    assert word in out, out


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("richterin brenner war total freundlich zu ihm", "brenner"),
        ("ok 🙏 trainerin krebs hat ihn aufgestellt", "krebs"),
        ("der arzt specht hat gesagt er darf wieder arbeiten", "specht"),
    ],
)
def test_a_job_typed_small_and_a_listed_surname_before_a_verb_is_a_person(text: str, surname: str) -> None:
    assert masked(text, surname)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("chef sagt nein, heute nicht", "sagt"),
        ("die ärztin heute war nett", "heute"),
        ("herr krebs hat angerufen", "hat"),
        ("lehrerin deutsch ist sie schon lange", "deutsch"),
    ],
)
def test_a_job_before_an_ordinary_word_stays(text: str, word: str) -> None:
    assert kept(text, word)


@pytest.mark.parametrize(
    ("first", "later", "word"),
    [
        (
            "Herr Anton Fischer hat uns geholfen.",
            "Am Sonntag waren alle Kinder im Garten der Fischers.",
            "Fischers",
        ),
        ("Frau Hirsch hat angerufen.", "die hirschs kommen am sonntag zum grillen", "hirschs"),
    ],
)
def test_a_learned_surname_with_an_s_after_a_plural_article_is_the_family(
    first: str, later: str, word: str
) -> None:
    out = _session(first, later)[-1]
    assert word not in out, out


def test_the_noun_s_genitive_of_a_learned_surname_stays() -> None:
    out = _session("Herr Anton Fischer hat uns geholfen.", "Das Boot des Fischers lag am Steg.")[-1]
    assert "des Fischers" in out, out


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        ("Die Kinder Dawit (9, „Mäuschen“) und Hanna kommen mit.", "Mäuschen"),
        ("Ihr Sohn Karim („Adler“) spielt jetzt Fußball.", "Adler"),
    ],
)
def test_a_name_in_quotes_in_brackets_after_a_name_is_what_the_person_is_called(
    text: str, alias: str
) -> None:
    assert masked(text, alias)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Frau Haile (Projekt „Sonne“) kommt am Montag.", "Sonne"),
        ("Herr Demir (35, „Syrien“ steht im Pass) kommt.", "Syrien"),
    ],
)
def test_a_quoted_word_in_brackets_that_names_no_one_stays(text: str, word: str) -> None:
    assert kept(text, word)


def test_a_learned_surname_after_die_before_a_verb_with_es_glued_on_is_a_woman() -> None:
    out = _session("Frau Lange von der Krankenkasse hat angerufen.", "die lange hats wohl geregelt")[-1]
    assert "lange" not in out, out
