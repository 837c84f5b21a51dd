"""General forms of the twenty-third session's third round (blind corpora 91 and 92, read after their first runs).

An initial after a relative is a person's ("Tochter M. (19)"), and so is its bracketed age; an initial opening a
quote before any third person's verb ('"P. zeigt Schwierigkeiten …"'); a small child's age in months after its label
("Alter 22 Monate").
"""

from __future__ import annotations

import pytest

from .spans import anonymized, kept, masked


def test_an_initial_after_a_relative_and_its_bracketed_age() -> None:
    text = "Fall: Familie Rahimi, 6 Personen. Tochter M. (19) heiratet im Mai."
    assert anonymized(text) == (
        "Fall: Familie [Person A], 6 Personen. Tochter [Person B]. ([Alter 10–19]) heiratet im Mai."
    )


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Der Sohn z. B. mag Fußball.", "z"),  # an abbreviation after a relative
        ("Siehe S. (12) im Anhang.", "12"),  # a page, no one's age
    ],
)
def test_an_abbreviation_after_a_relative_or_a_page_stays(text: str, word: str) -> None:
    assert kept(text, word)


@pytest.mark.parametrize(
    ("text", "initial"),
    [
        ('aus dem Gutachten: "P. zeigt Schwierigkeiten in der phonologischen Bewusstheit"', "P"),
        ("Thema Ohnmacht. A. fühlt sich von der ABH vorgeführt.", "A"),
    ],
)
def test_an_initial_opening_a_sentence_before_a_verb_is_a_person(text: str, initial: str) -> None:
    assert masked(text, initial)  # the letter; its full stop stays beside the pseudonym


def test_an_abbreviation_opening_a_sentence_before_no_verb_stays() -> None:
    assert kept("S. unten im Anhang.", "S")


def test_a_small_childs_age_in_months_after_its_label() -> None:
    text = "Aus dem gelben Heft: U7 am 24.11.2026, Alter 22 Monate, Gewicht 10,2 kg (P10)."
    assert masked(text, "22 Monate")
    assert kept("Mindestalter 6 Monate für die Impfung.", "6")
