"""What the mutation run of `anonymize/patterns.py` on 5 Dec found unguarded in `find_structured`, `find_phones`
and their helpers (issue #15).

Each test holds one promise a broken line gave up: a phone after a date that is kept readable is still
masked at its own place, an age beside an age keyword is still banded, children's ages end at the
bracket, the fast phone path takes only what the full matcher would take. docs/testing.md lists the
mutants each one kills.
"""

from __future__ import annotations

import datetime as dt

import pytest

from supervision_tui.anonymize import anonymize, patterns
from supervision_tui.anonymize.patterns import (
    _phone_matches,
    _plain_phone,
    digit_runs,
    digit_windows,
    find_structured,
)


def labels(text: str) -> list[tuple[str, str]]:
    result = anonymize(text)
    return [(text[e.start : e.end], e.label) for e in result.entities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date is blanked before the phone search; unblanked, the number is read with it and found by no one
        ("Frist bis 31.03. 0176 12345678", "Frist bis 31.03. [Telefon]"),
        # an ID found twice (after its keyword and by its form): the second span lies inside the first, and
        # the blanking must go on to the date after it
        (
            "Aktenzeichen 12/2023/4567, Frist bis 31.03. 0176 12345678",
            "Aktenzeichen [Kennung], Frist bis 31.03. [Telefon]",
        ),
        # blanking keeps every offset: the phone is replaced where it stands, whole
        ("Am 03.05. rief 0176 12345678 an.", "Am 03.05. rief [Telefon] an."),
        ("Geboren am 03.05.1990, Handy 0176 12345678.", "Geboren am [Datum], Handy [Telefon]."),
        ("IBAN DE89 3704 0044 0532 0130 00, Tel 030 1234567", "IBAN [IBAN], Tel [Telefon]"),
    ],
)
def test_a_phone_after_a_date_or_an_id_is_masked_whole_at_its_place(text: str, expected: str) -> None:
    assert anonymize(text).text == expected


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        # a keyword age and an age elsewhere in the text: both, in text order
        ("Alter: 34. Ihr Sohn ist 12 Jahre alt.", [("34", "AGE"), ("12 Jahre alt", "AGE")]),
        ("Im Alter von 34 Jahren kam sie, der Sohn (5) mit.", [("34 Jahren", "AGE"), ("5", "AGE")]),
        # an age that begins right where a keyword match ends (typed without a space) is not inside it
        ("Alter: 34 J.5-jährig", [("34 J.", "AGE"), ("5-jährig", "AGE")]),
    ],
)
def test_an_age_beside_an_age_keyword_is_banded_too(text: str, ages: list[tuple[str, str]]) -> None:
    assert [(span, label) for span, label in labels(text) if label == "AGE"] == ages


def test_children_s_ages_end_at_their_bracket() -> None:
    result = anonymize("Zwei Kinder (3 und 5), Zimmer 12.")
    assert result.text == "Zwei Kinder ([0–9] und [0–9]), Zimmer 12."


def test_a_number_of_four_digits_and_one_at_the_end_of_the_text_is_masked() -> None:
    assert anonymize("Sie schrieb 1234 5").text == "Sie schrieb [Nummer]"


# (character before, candidate, character after): the edges `_plain_phone` checks before it trusts a parse
_EDGES = [
    (before, candidate, after)
    for candidate in ("0176 12345678", "+49 176 12345678")
    for before in ("", " ", "a", "€", "$", "%", "+", "(", "-")
    for after in ("", " ", "€", "$", "%", "x", ".")
]


@pytest.mark.parametrize(("before", "candidate", "after"), _EDGES)
def test_the_plain_phone_shortcut_agrees_with_the_matcher_at_every_edge(
    before: str, candidate: str, after: str
) -> None:
    """The shortcut says "a whole number" exactly where the matcher (Leniency.VALID) returns the candidate
    whole: never where a letter, "%", a currency sign or a second "+" stands beside it (the matcher would
    not take it, or would take more), and always for a "+" number, whatever stands before its "+"."""
    whole = _phone_matches(before + candidate + after) == ((len(before), len(before) + len(candidate)),)
    assert _plain_phone(candidate, before, after) == whole


@pytest.mark.parametrize(
    "text",
    ["Tel. 0176 12345678, geb. 03.05.1990, Hauptstr. 5, 10115 Berlin", "Alter: 34", "ohne Ziffern"],
)
def test_find_structured_reads_the_digit_runs_itself_when_not_given_them(text: str) -> None:
    assert list(find_structured(text)) == list(find_structured(text, digit_runs(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "İ" matches "i" in the case-insensitive URL pattern but not in the lowercased gate
        ("Mehr unter beratung.İNFO bitte.", "Mehr unter [URL] bitte."),
        # only punctuation is cut from a link's end, not a letter
        ("Video: https://youtu.be/a1B2c3X", "Video: [URL]"),
        # a link with an "@" is left to the handle (and e-mail) rules: the site stays, the handle goes
        ("Seite www.beratung-koeln.de/@team bitte", "Seite www.beratung-koeln.de/[Handle] bitte"),
    ],
)
def test_links_are_masked_to_their_last_letter_and_a_handle_in_one_keeps_its_label(
    text: str, expected: str
) -> None:
    assert anonymize(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Schreib an kerim{at}web.de bitte", "Schreib an [E-Mail] bitte"),  # "{at}" as well as "(at)", "[at]"
        # a user name with "_" in a text without a full stop, one with "." in a text without "_"
        ("Auf Insta ist er kerim_88 und so", "Auf Insta ist er [Handle] und so"),
        ("Auf Insta ist er ali.88 und so", "Auf Insta ist er [Handle] und so"),  # three letters are enough
        # with "_" a name needs no digit and no three letters before it
        ("Er heißt dort mo_bo und so", "Er heißt dort [Handle] und so"),
    ],
)
def test_written_out_addresses_and_user_names_are_masked_whatever_else_the_text_holds(
    text: str, expected: str
) -> None:
    assert anonymize(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DE89 3704 0044 0532 0130 00 ist meine IBAN.", "[IBAN] ist meine IBAN."),  # at the very start
        (
            "Die IBAN „DE89 3704 0044 0532 0130 00“ stimmt.",
            "Die IBAN „[IBAN]“ stimmt.",
        ),  # after a German quote
        # 31 characters, 38 with its spaces: the length limit counts without them
        ("Konto MT84 MALT 0110 0001 2345 MTLC AST0 01S bitte", "Konto [IBAN] bitte"),
        (
            "Konto FR76 3000 6000 0112 3456 7890 1891 2345 67 bitte",
            "Konto [IBAN] bitte",
        ),  # 34: the longest there is
        # a digit right after the check digits is enough (letters only there would be words, not an account)
        ("Konto XK05 1ABC DEFG HIJK bitte", "Konto [IBAN] bitte"),
    ],
)
def test_an_iban_is_masked_whole_at_the_start_of_a_text_and_after_a_quote(text: str, expected: str) -> None:
    assert anonymize(text).text == expected


def test_thirty_five_characters_are_no_iban() -> None:
    text = "Konto FR76 3000 6000 0112 3456 7890 1891 2345 678 bitte"
    assert "IBAN" not in [label for _, label in labels(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a birth cue at the very start of the text makes a date without a year a birth date
        ("Geburtstag am 12.03. war schön.", "Geburtstag am [Datum] war schön."),
        # a deadline stays readable: the birthday comes much later in the sentence, about something else
        (
            "Die Frist beim Jobcenter endet am 31.03., sagt sie, und danach feiert sie ihren Geburtstag",
            "Die Frist beim Jobcenter endet am 31.03., sagt sie, und danach feiert sie ihren Geburtstag",
        ),
    ],
)
def test_a_date_is_a_birth_date_only_near_its_cue(text: str, expected: str) -> None:
    assert anonymize(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plate written with spaces is found after its keyword, in a text with no odd case-folding letter
        ("Sein Kennzeichen ist B AB 1234.", "Sein Kennzeichen ist [Kennzeichen]."),
        # a house number's letter is part of the address, only a trailing space is cut
        ("Sie wohnt in der Hauptstraße 5X bei ihm.", "Sie wohnt in der [Adresse] bei ihm."),
        # a long number with its "+" (no valid phone number): the "+" goes with it
        ("Die Nummer +12345 6789 stimmt nicht.", "Die Nummer [Nummer] stimmt nicht."),
    ],
)
def test_more_identifiers_are_masked(text: str, expected: str) -> None:
    assert anonymize(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a number inside a keyword's match the search goes on: the second number is a phone too
        ("Tel. 0176 12345678, sonst 030 1234567 bitte", "Tel. [Telefon], sonst [Telefon] bitte"),
        # the character before a candidate is checked: a second "+" goes with the number
        ("Ruf an: ++49 176 12345678 bitte.", "Ruf an: [Telefon] bitte."),
        # after a plain number the search goes on too
        ("Ruf 0176 12345678 oder 030 1234567 an.", "Ruf [Telefon] oder [Telefon] an."),
        # a number in brackets at the very start of the text: the matcher sees it from its first character
        ("(0176) 1234567 ist seine Nummer.", "[Telefon] ist seine Nummer."),
    ],
)
def test_phones_are_masked_whole_one_after_the_other(text: str, expected: str) -> None:
    assert anonymize(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "İ" lowercases to two characters: the lowercased text the keyword patterns read keeps the offsets
        ("Ort: İzmir. Kundennummer: 12345678.", "Ort: İzmir. Kundennummer: [Kennung]."),
        ("İ. Insta: kerim88 bitte", "İ. Insta: [Handle] bitte"),
    ],
)
def test_identifiers_after_a_letter_that_lowercases_to_two_are_masked_in_place(
    text: str, expected: str
) -> None:
    assert anonymize(text).text == expected


@pytest.mark.parametrize(
    "text", ["Tel. 0176 12345678, geb. 03.05.1990", "ohne Ziffern", "1" + " " * 200 + "2"]
)
def test_digit_windows_read_the_digit_runs_themselves_when_not_given_them(text: str) -> None:
    assert digit_windows(text) == digit_windows(text, runs=digit_runs(text))


# -- which dates stay readable (`_appointment`), on a fixed day ------------------------------------------------


@pytest.mark.parametrize(
    ("value", "kept"),
    [
        # an ISO date of this year that has passed: masked unless deadline words are around it
        # (`_appointment` 40, 47: not read as ISO; 45: its day read as the month)
        ("2026-03-20", None),
        ("03.12.2026", None),  # a day of this month that has passed (49: the month read as the day)
        # a month by its name (52, 57, 59, 61, 65: no month; 70: the year as the day)
        ("14. November 2026", None),
        ("14ten November 2026", None),  # the ordinal's "ten" is no month (it was read as one: kept)
        ("05.12.2026", True),  # today: an appointment still (78)
        ("31.02.2026", True),  # no day of the calendar: no date to mask (79)
        ("14. März 2024", False),  # older than last year
    ],
)
def test_which_dates_are_appointments_on_a_fixed_day(value: str, kept: bool | None) -> None:
    """True: kept (an appointment, a day to come); None: kept only where deadline words say so; False: masked."""
    assert patterns._appointment(value, today=dt.date(2026, 12, 5)) is kept
