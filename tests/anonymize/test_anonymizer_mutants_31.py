"""The non-equivalent survivors of the anonymizer's sample of the twenty-fifth session (seed 3402,
docs/testing.md), each with sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context


def _session(*texts: str) -> list[tuple[str, list[str]]]:
    """The texts anonymized in order in one session, each with the words shown to the reviewer as doubts."""
    context = Context()
    anonymizer = default_anonymizer()
    out = []
    for text in texts:
        result = anonymizer.anonymize(text, context)
        out.append((result.text, [text[d.start : d.end] for d in result.doubts]))
    return out


def test_a_session_name_heard_again_in_a_spelling_no_word_list_holds_is_masked() -> None:
    # `_heard_again` 22 (`lex.is_word(…)` for `not lex.is_word(…)`): a lowercase known form that is no word and
    # sounds like a name the session knows ("nasreen" after "Nasrin Rahimi") is that person again, in a text with
    # a word the finder doubts ("antrg", "jobcentr"). The mutant took only words there, and the name stayed
    # readable (as a doubt, or not even that)
    first = ("Frau [Person A] war heute da.", [])
    assert _session(
        "Frau Nasrin Rahimi war heute da.",
        "heute hat nasreen angerufen wegen dem antrg",
        "nasreen kommt morgen wegen dem antrg",
        "nasreen war heute beim jobcentr",
    ) == [
        first,
        ("heute hat [Person A] angerufen wegen dem antrg", ["antrg"]),
        ("[Person A] kommt morgen wegen dem antrg", ["antrg"]),
        ("[Person A] war heute beim [Einrichtung]", []),
    ]


def test_a_birthday_s_number_in_digits_of_another_script_is_masked_with_its_band() -> None:
    # `_age_frames` 135 (`int(stem) if stem.isdigit() and False else _ordinal_value(stem)`): the number of a
    # birthday ("ihren 5. Geburtstag") is read with `int`, which reads the digits of every script: Arabic-Indic
    # ("٥٠"), Persian ("۵"), a phone's full-width ones ("５"). The mutant read it as a spelled ordinal, whose value
    # knows only ASCII digits: 0, and the age stayed readable
    assert _session(
        "Sie feiert morgen ihren ٥٠. Geburtstag.",
        "Sie feiert morgen ihren ۵. Geburtstag.",
        "Sie feiert morgen ihren ５. Geburtstag.",
        "Sie feiert morgen ihren 5. Geburtstag.",
    ) == [
        ("Sie feiert morgen ihren [Alter 50–59] Geburtstag.", []),
        ("Sie feiert morgen ihren [Alter 0–9] Geburtstag.", []),
        ("Sie feiert morgen ihren [Alter 0–9] Geburtstag.", []),
        ("Sie feiert morgen ihren [Alter 0–9] Geburtstag.", []),
    ]
