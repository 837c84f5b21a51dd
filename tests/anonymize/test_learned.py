"""The learned pass after the rules (anonymize/learned.py, ninth session): the CRF masks what the rules left
readable, keeps ordinary words, and the anonymizer falls back to its rules alone without python-crfsuite or without
the model file. Every sentence is made up here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from supervision_tui.anonymize import learned
from supervision_tui.anonymize.engine import GermanAnonymizer
from supervision_tui.anonymize.types import Context

# sentences whose identifier the rules leave readable and the learned pass masks (checked on the rules alone too)
# care homes named by a word, after no facility word the rules know
MISSED = [
    ("Die Oma lebt im Haus Morgenrot.", "Morgenrot"),
    ("Sie ist im Haus Sonnenschein untergebracht.", "Sonnenschein"),
    ("Ihr Vater lebt jetzt im Haus Morgenrot in der Pflege.", "Morgenrot"),
]
ORDINARY = [
    "Heute war die Gruppe klein, aber wir haben lange über die Erschöpfung nach den Terminen gesprochen.",
    "ich bin echt müde, die woche war voll mit anrufen beim amt und der schule",
    "Der Sprachkurs ist wieder voll, und die Hausaufgabenhilfe findet jeden Dienstag statt.",
    "Was gut läuft: die Zusammenarbeit mit dem Sozialamt wird langsam besser.",
]


@pytest.fixture(scope="module")
def rules() -> GermanAnonymizer:
    return GermanAnonymizer(learned=False)


@pytest.fixture(scope="module")
def full() -> GermanAnonymizer:
    return GermanAnonymizer(learned=True)


def _readable(anonymizer: GermanAnonymizer, text: str, word: str) -> bool:
    result = anonymizer.anonymize(text, Context())
    at = text.index(word)
    return not any(e.start < at + len(word) and at < e.end for e in result.entities)


def test_the_model_ships_with_the_package() -> None:
    assert learned.MODEL.is_file()
    assert learned.MODEL.stat().st_size < 2_000_000


@pytest.mark.parametrize(("text", "word"), MISSED)
def test_the_learned_pass_masks_what_the_rules_leave_readable(
    rules: GermanAnonymizer, full: GermanAnonymizer, text: str, word: str
) -> None:
    assert _readable(rules, text, word)
    assert not _readable(full, text, word)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_words_stay(full: GermanAnonymizer, text: str) -> None:
    assert full.anonymize(text, Context()).text == text


def test_a_masked_token_is_no_doubt_any_more(full: GermanAnonymizer) -> None:
    text, word = MISSED[0]
    result = full.anonymize(text, Context())
    at = text.index(word)
    assert not any(d.start < at + len(word) and at < d.end for d in result.doubts)


def test_without_the_model_file_the_rules_alone(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, rules: GermanAnonymizer
) -> None:
    monkeypatch.setattr(learned, "MODEL", tmp_path / "missing.crf")
    anonymizer = GermanAnonymizer(learned=True)
    for text, _ in MISSED:
        assert anonymizer.anonymize(text, Context()) == rules.anonymize(text, Context())


def test_without_python_crfsuite_the_rules_alone(
    monkeypatch: pytest.MonkeyPatch, rules: GermanAnonymizer
) -> None:
    monkeypatch.setitem(sys.modules, "pycrfsuite", None)  # import pycrfsuite raises ImportError
    anonymizer = GermanAnonymizer(learned=True)
    for text, _ in MISSED:
        assert anonymizer.anonymize(text, Context()) == rules.anonymize(text, Context())
    assert learned.tagger(anonymizer.finder) is None


def test_off_unless_switched_on(rules: GermanAnonymizer) -> None:
    text = MISSED[0][0]
    assert learned.ENABLED or GermanAnonymizer().anonymize(text, Context()) == rules.anonymize(
        text, Context()
    )
