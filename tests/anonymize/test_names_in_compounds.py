"""A name that opens a compound about its person is masked, the compound's word kept: "der [Person A]-Papa", "die
[Person B]-Schreibweise". Only before a word of kin or of a person's things, only a name no word list holds as a
word, and never an office's letters, a place or a paper's kind ("Tazkira-Nummer", "Dublin-Verfahren")."""

from __future__ import annotations

import pytest

from .spans import anonymized, kept, masked


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der Tesfay-Papa hat Angst, dass er die Aufenthaltserlaubnis verliert.", "Tesfay"),
        ("der Ibrahimi-Papa will Führerschein machen", "Ibrahimi"),
        ("Die Moustafa-Schreibweise aus dem Pass hat für zwei Akten gesorgt.", "Moustafa"),
        ("Henning bringt die Lotta-Fotos nächstes Mal mit.", "Lotta"),
        ("Die Yusuf-Familie kommt am Sonntag.", "Yusuf"),
    ],
)
def test_a_name_before_its_person_s_word_is_masked_and_the_word_kept(text: str, name: str) -> None:
    tail = text[text.index(name) + len(name) + 1 :].split()[0]
    assert masked(text, name) and kept(text, tail), anonymized(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Wir waren im Robert-Koch-Institut.", "Robert"),
        ("Der Dublin-Fall ist schwierig.", "Dublin"),
        ("Die Syrien-Familie kommt.", "Syrien"),
        ("Die Tazkira-Nummer steht im Antrag.", "Tazkira"),
        ("Notfallplan: SpDi-Nummer an alle.", "SpDi"),
        ("Die BAMF-Akte ist unvollständig.", "BAMF"),
        ("Die LaGeSo-Akte fehlt noch.", "LaGeSo"),
        ("Die Kabul-Fotos hängen im Flur.", "Kabul"),
        ("Die Marien-Kinder singen im Chor.", "Marien"),
    ],
)
def test_a_place_an_office_a_paper_s_kind_or_a_word_stays(text: str, word: str) -> None:
    assert kept(text, word), anonymized(text)
