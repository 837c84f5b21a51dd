"""What the anonymizer did to one word of a text, as the round tests ask it (each text in a fresh session)."""

from __future__ import annotations

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context


def masked(text: str, word: str) -> bool:
    """The first `word` of `text` lies whole inside one replaced span."""
    result = default_anonymizer().anonymize(text)
    at = text.index(word)
    return any(e.start <= at and at + len(word) <= e.end for e in result.entities)


def kept(text: str, word: str) -> bool:
    """No replaced span touches the first `word` of `text`."""
    result = default_anonymizer().anonymize(text)
    at = text.index(word)
    return not any(e.start < at + len(word) and at < e.end for e in result.entities)


def unchanged(text: str) -> bool:
    return default_anonymizer().anonymize(text).text == text


def anonymized(text: str) -> str:
    """The text as stored, anonymized in a fresh session."""
    return default_anonymizer().anonymize(text, Context()).text


def doubts_of(text: str) -> list[str]:
    """The words of `text` shown to the reviewer as doubts, in a fresh session."""
    result = default_anonymizer().anonymize(text, Context())
    return [text[d.start : d.end] for d in result.doubts]
