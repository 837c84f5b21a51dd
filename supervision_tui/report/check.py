"""Fail closed: every text of a report passes through the anonymizer once more before it is written.

The texts in a record were anonymized when they were typed; this is the second lock. If the
anonymizer still finds anything (a name, a place, a phone number …), nothing is written. The
message says what kind of thing and where (session and section), never the text itself: the
message goes to a terminal and maybe into an e-mail to the supervisor, and must not carry the
identifier it warns about.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..anonymize import Anonymizer
from .document import Chart, Paragraph, Quotes, Report, Table

LABEL_WORDS = {
    "PERSON": "ein Name",
    "PLACE": "ein Ort",
    "ADDRESS": "eine Adresse",
    "DATE": "ein Datum",
    "AGE": "ein Alter",
    "PHONE": "eine Telefonnummer",
    "EMAIL": "eine E-Mail-Adresse",
    "URL": "eine Webadresse",
    "HANDLE": "ein Benutzername",
    "IBAN": "eine IBAN",
    "ID": "eine Kennung",
    "PLATE": "ein Kfz-Kennzeichen",
    "NUMBER": "eine Nummer",
}


@dataclass(frozen=True)
class Finding:
    """Something the anonymizer still found: its label and where, without the text."""

    label: str
    where: str  # "Zeitraum" or the session's date and id
    part: str  # the section's part, named by the report's own words

    @property
    def message(self) -> str:
        what = LABEL_WORDS.get(self.label, f"eine Angabe der Art {self.label}")
        return f"{self.where}, {self.part}: {what} ({self.label})"


class ReportRefused(Exception):
    """The report was not written. `str()` is the German message for the coordinator."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        lines = [
            "Bericht nicht geschrieben: die Anonymisierung erkennt darin noch persönliche Angaben.",
            *(f"  {f.message}" for f in findings),
            "Bitte die Sitzungsdatei von der Supervisor·in prüfen lassen.",
        ]
        super().__init__("\n".join(lines))


def _part(block: Table | Chart | Quotes | Paragraph) -> str:
    # Names only from the report's own vocabulary: a step title could itself hold what was found.
    if isinstance(block, Table):
        return f"Abschnitt „{block.title}“"
    if isinstance(block, Chart):
        return "Abschnitt „Stimmung“"
    if isinstance(block, Quotes):
        return (
            "Abschnitt „Glitzermomente“"
            if block.title.startswith("Glitzer")
            else "Abschnitt „Vereinbarungen“"
        )
    return "Hinweis"


def _texts(report: Report) -> Iterator[tuple[str, str, str]]:
    """(text, where, part) for every text a renderer prints."""
    for text in (report.title, report.subtitle, *report.notes):
        yield text, "Bericht", "Kopf"
    for section in report.sections:
        # a section's title is the report's words, a date and the session's title: check that
        yield section.subject, section.where, "Überschrift"
        for block in section.blocks:
            part = _part(block)
            if isinstance(block, Table):
                yield block.title, section.where, part
                for column in block.columns:
                    yield column, section.where, part
                for row in block.rows:
                    for cell in row:
                        yield cell, section.where, part
            elif isinstance(block, Chart):
                for text in (block.title, block.question, block.note or "", block.remark, *block.labels):
                    yield text, section.where, part
            elif isinstance(block, Quotes):
                for text in (block.title, block.note or "", *block.items):
                    yield text, section.where, part
            else:
                yield block.text, section.where, part


# Cells the report formats itself from counts and minutes ("12", "0,5", "."): too short for any
# identifier the anonymizer knows, so they are not sent through it one by one.
_FIGURE = re.compile(r"(\d{1,6}(,\d)?|\.)?")


def findings(report: Report, anonymizer: Anonymizer) -> list[Finding]:
    """What the anonymizer still finds in the report's texts (dates the report printed itself aside)."""
    found: list[Finding] = []
    verdicts: dict[str, list[str]] = {}  # the same text (a step title in 1,000 sessions) once
    for text, where, part in _texts(report):
        labels = verdicts.get(text)
        if labels is None:
            if text in report.dates or _FIGURE.fullmatch(text):
                labels = []
            else:
                result = anonymizer.anonymize(text)
                labels = [
                    e.label
                    for e in result.entities
                    if not (e.label == "DATE" and text[e.start : e.end] in report.dates)
                ]
            verdicts[text] = labels
        for label in labels:
            finding = Finding(label, where, part)
            if finding not in found:
                found.append(finding)
    return found


def ensure_clean(report: Report, anonymizer: Anonymizer) -> None:
    """Raise `ReportRefused` if the anonymizer still finds anything in the report."""
    found = findings(report, anonymizer)
    if found:
        raise ReportRefused(found)
