"""The fast paths give exactly what the plain patterns give, and the compact lexicon and its cache hold up."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from supervision_tui.anonymize import Context, anonymize, data, engine, lexicon, names, patterns
from supervision_tui.anonymize.engine import GermanAnonymizer

# --- anchored scans == finditer -------------------------------------------------------------------------------

PIECES = [
    "0176 1234567", "+49 (0)30 123456", "(0391) 123456", "030/12345-67", "12.3.", "3. März 1985", "2024-03-05",
    "5-3-2024", "12.03.85", "3ten März", "D-06108 Halle", "06108 Halle (Saale)", "12345", "1234", "٣٣٣٣٣",
    "DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "AB12", "QLB-T 88", "HZ-AB 123", "T220001293",
    "5 A 1234/23", "K 123/24", "31-22/2024", "(34)", "8-jährige", "41 J.", "99 Jahre alt", "Alter: 41",
    "mit ihren 3 Jahren", "im Alter von 7 Jahren", "a@b.de", "x.y+z@web.de", "a@b.c@d.de", "@kerim_99", "@a@b",
    "ab@cd", "www.example.org/x", "web.de", "x.y.com/a", "Ab-c.DE", ".de", "-", "https://a.de", "ſ.de", "Kirchgasse 4", "Marktstr. 19", "Am Alten Markt 11b", "Straße der Jugend 4",
    "Hauptstraße5", "Tel.", "x", "+", "(", "-", "/", ".", " ", "  ", "\n", "D-", "Frau", "Haile", "İlker",
    "max.mustermann", "kerim_99", "a1.b", "x_", "_y", "ab", "Az. ", "In der Aue 5", "Str", "Weg", "4", "A", "Ü",
    "ä", "_", "\t", "٣", "AB-12", "A 0815447132",
]  # fmt: skip


def joined(pieces: list[str], glued: int, spaced: int) -> st.SearchStrategy[str]:
    """Texts of up to `glued` pieces run together, or of up to `spaced` pieces with spaces between."""
    return st.lists(st.sampled_from(pieces), max_size=glued).map("".join) | st.lists(
        st.sampled_from(pieces), max_size=spaced
    ).map(" ".join)


texts = joined(PIECES, 14, 10)
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


ID_FORMS_LEAD = r"(?=[A-Z][A-Z\d\s-]|\d)(?:"
assert patterns.ID_FORMS.pattern.startswith(ID_FORMS_LEAD) and patterns.ID_FORMS.pattern.endswith(")")
ID_FORMS_PLAIN = re.compile(patterns.ID_FORMS.pattern[len(ID_FORMS_LEAD) : -1])
ADDRESS_LEAD = patterns.ADDRESS.pattern[: patterns.ADDRESS.pattern.index(")(?:") + 4]
assert ADDRESS_LEAD.startswith("(?=[A-ZÄÖÜ]") and patterns.ADDRESS.pattern.endswith(")")
ADDRESS_PLAIN = re.compile(patterns.ADDRESS.pattern[len(ADDRESS_LEAD) : -1])


def spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@FAST
@given(texts)
@example("am 3 März, 12 /03/2024, 5\t. 6., 3ten Mai, 1ter Juni, 3.Okt, 1999-01-02 und 7\u2009Dez 2024")
@example(
    "Westliche Karl-Friedrich-Str. 56, Obere Str. 3, Alte Gasse 5a, Hauptstraße5, Breite Straße 5, Große str 7"
)
@example(
    "Kirchhuchtinger Landstr. 102, Unter den Linden 3, Beim Alten Markt 2, Über der Aue 5, Ufer am See 3"
)
def test_anchored_patterns_find_what_finditer_finds(text: str) -> None:
    runs = patterns.digit_runs(text)
    windows = patterns.digit_windows(text, runs=runs)
    starts = [s for s, _ in runs]
    # a date begins with a run of one, two or four digits that something a date needs follows
    days = [s for s, e in runs if (e - s <= 2 or e - s == 4) and patterns._date_may_follow(text, e)]
    assert spans(patterns._anchored(patterns.DATE, text, windows, days)) == spans(
        patterns._scan(patterns.DATE, text, windows)
    )
    for rx, lead in (
        (patterns.DATE, ""),
        (patterns.DIGITS, "+"),
        (patterns.POSTAL, "D-"),
        (patterns.AGE_PARTS, ""),
    ):
        assert spans(patterns._anchored(rx, text, windows, starts, lead)) == spans(
            patterns._scan(rx, text, windows)
        ), rx.pattern[:40]
    assert spans(
        patterns._anchored(patterns.DIGITS, text, windows, patterns.number_starts(text, runs), "+")
    ) == (spans(patterns._scan(patterns.DIGITS, text, windows)))
    iban = [s - 2 for s in starts if s >= 2]
    assert spans(patterns._anchored(patterns.IBAN, text, windows, iban)) == spans(
        patterns._scan(patterns.IBAN, text, windows)
    )
    assert spans(patterns._emails(text)) == spans(patterns.EMAIL.finditer(text))
    assert spans(patterns._handles(text)) == spans(patterns.HANDLE.finditer(text))
    assert spans(patterns._urls(text, patterns.lowered(text))) == spans(patterns.URL.finditer(text))
    assert spans(patterns._phone_candidates(text)) == spans(patterns.PHONE_CANDIDATE.finditer(text))
    assert spans(patterns._usernames(text)) == spans(patterns.USERNAME.finditer(text))
    # ADDRESS runs only in the windows with a number after a capitalised word
    assert spans(
        patterns._scan(patterns.ADDRESS, text, patterns._address_windows(text, windows, runs))
    ) == spans(patterns._scan(patterns.ADDRESS, text, windows))
    assert bool(patterns._ID_GATE.search(text)) == bool(re.search(r"[A-Z][- ]?\d|\d[A-Z]", text))
    assert runs == spans(re.finditer(r"\d+", text))
    # ID_FORMS's leading lookahead (a capital or a digit) lets no branch's match go
    assert spans(patterns.ID_FORMS.finditer(text)) == spans(ID_FORMS_PLAIN.finditer(text))
    # nor does ADDRESS's (a digit within two words, or a word a branch begins with)
    assert spans(patterns.ADDRESS.finditer(text)) == spans(ADDRESS_PLAIN.finditer(text))
    # the narrower windows for ID forms and plates lose nothing
    assert spans(
        patterns._scan(patterns.ID_FORMS, text, patterns.digit_windows(text, before=12, runs=runs))
    ) == (spans(patterns._scan(patterns.ID_FORMS, text, windows)))
    assert spans(patterns._scan(patterns.PLATE, text, patterns.digit_windows(text, before=8, runs=runs))) == (
        spans(patterns._scan(patterns.PLATE, text, windows))
    )


WORD_PIECES = [
    "a",
    "Ü",
    "ß",
    "ı",
    "'",
    "’",
    "-",
    "--",
    "_",
    "1",
    "²",
    " ",
    ".",
    "\n",
    "O'Brien",
    "Karl-Marx",
    "ab",
    "?",
    "ª",
    "Жук",
    "x²",
    "a\u0301",
    "①",
    "Ⅻ",
    "ٹ",
    "\u200c",
    "\U0001f600",
    "சிவ",  # a Tamil letter with its vowel sign: a combining mark, no letter to `re`
    "\u0bcd",
    "\u064e",
]
SPLIT = re.compile(f"({names.TOKEN.pattern})")


@FAST
@given(st.lists(st.sampled_from(WORD_PIECES), max_size=16).map("".join))
def test_the_token_pattern_splits_as_its_plain_form(text: str) -> None:
    """TOKEN's optional part as a branch and its possessive repeats give the plain pattern's tokens."""
    part = rf"[^\W\d_]+(?:[{names._MARKS}]+[^\W\d_]*)*"
    plain = re.compile(rf"({part}(?:['’]{part})?(?:-{part})*)")
    assert SPLIT.split(text) == plain.split(text)
    assert names.TOKEN.findall(text) == re.findall(plain.pattern[1:-1], text)


@FAST
@given(
    st.text(alphabet=st.characters(max_codepoint=255), max_size=40)
    | st.text(max_size=30)
    | st.lists(st.sampled_from(WORD_PIECES), max_size=16).map("".join)
    | st.lists(st.sampled_from(WORD_PIECES), max_size=12).map(" ".join)
)
@example("a²b µ ª-º ¼x 0_ß ÷× O'Brien's Karl-Marx-Str. ı’ı Жук? x?y")
def test_tokens_are_what_the_token_pattern_splits(text: str) -> None:
    """The tokenizer's pieces of letters and its `TOKEN` runs on the other pieces give the tokens and the gaps
    that splitting the whole text with `TOKEN` gives."""
    parts = SPLIT.split(text)
    toks = names.Tokens(text)
    assert toks.words == parts[1::2]
    assert toks.gaps == parts[0::2]
    assert [text[s:e] for s, e in zip(toks.starts, toks.ends, strict=True)] == toks.words


# libphonenumber's matcher allows at most four separators between two groups of digits; a number typed or
# dictated with a longer gap ("0176     1234567") is still one person's number, and the shortcut keeps it whole
LONG_GAP = re.compile(r"[ \-–]{5}")
PHONE_PIECES = ["0", "+", "49", "176", "1234567", "30", "3941", "12", "2024", "01", "05", " ", "-", "–", "7"]
PHONE_EDGES = ["", " ", "x", "%", "€", "ü", "(", ".", "1"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PHONE_PIECES), min_size=2, max_size=9).map("".join),
       st.sampled_from(PHONE_EDGES), st.sampled_from(PHONE_EDGES))  # fmt: skip
def test_the_plain_phone_shortcut_accepts_only_what_the_matcher_finds_whole(
    body: str, before: str, after: str
) -> None:
    window = before + body + after
    for cand in patterns._phone_candidates(window):
        start, end = cand.span()
        if LONG_GAP.search(cand.group()):
            continue  # the shortcut masks more there, on purpose (the test below)
        if patterns._plain_phone(cand.group(), window[start - 1 : start], window[end : end + 1]):
            lo = max(0, start - 1)
            found = patterns._phone_matches(window[lo : end + 1])
            assert [(lo + s, lo + e) for s, e in found] == [(start, end)]


@pytest.mark.parametrize(
    "text", ["Tel 0176     1234567 bitte", "ruf an: 03941     49 12 34", "030 -  - 12345678"]
)
def test_a_number_with_a_gap_the_matcher_gives_up_on_is_still_masked_whole_as_a_phone(text: str) -> None:
    assert not patterns._phone_matches(text)  # libphonenumber's matcher finds nothing here
    out = GermanAnonymizer(learned=False).anonymize(text).text
    assert "[Telefon]" in out and not any(ch.isdigit() for ch in out), out


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from([*PHONE_PIECES, "+49", "+4", "00", "0049", "9"]), min_size=1, max_size=9).map(
        "".join
    )
)
@example("+49 0176 1234567")  # the national prefix after the country code
@example("+4 9 3941 1234567")
def test_the_german_shortcut_says_what_parse_and_is_valid_number_say(candidate: str) -> None:
    import phonenumbers

    valid = patterns._german_valid(candidate)
    if valid is not None:
        try:
            expected = phonenumbers.is_valid_number(phonenumbers.parse(candidate, "DE"))
        except phonenumbers.NumberParseException:
            expected = False
        assert valid == expected


def test_the_german_shortcut_decides_the_usual_numbers() -> None:
    # without these the test above would pass vacuously
    for number in ("+49 3941 1234567", "0176 1234567", "0391-1234567", "+49 176 12345678", "030 123456"):
        assert patterns._german_valid(number) is True, number
    for number in ("0176 12", "+49 99", "0123 45678"):
        assert patterns._german_valid(number) is False, number
    for number in (
        "+90 532 123 45 67",
        "0049 176 1234567",
        "00 12",
        "0176–1234567",
        "+49 (0)30 123456",
        "01",
    ):
        assert patterns._german_valid(number) is None, number


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["Tel. ", "Handy: ", "tel ", "WhatsApp ", "mobil: (", "Fax "]),
       st.lists(st.sampled_from([*PHONE_PIECES, "(", ")", "/", "."]), min_size=2, max_size=9).map("".join),
       st.sampled_from(PHONE_EDGES))  # fmt: skip
@example("Tel. ", "030 1234–5678 9", "")  # the keyword match stops at the dash, the candidate does not
def test_a_number_inside_a_phone_keyword_match_needs_no_parse(keyword: str, body: str, after: str) -> None:
    """find_phones skips parsing a candidate inside a keyword match: the characters it marks as a phone are
    those that keyword matches plus the matcher run on every candidate would mark."""
    text = keyword + body + after
    reference = [m.span(1) for m in patterns.PHONE_KEYWORD.finditer(patterns.lowered(text))]
    reference = [(s, e) for s, e in reference if sum(map(str.isdigit, text[s:e])) >= 5]
    for cand in patterns._phone_candidates(text):
        lo = max(0, cand.start() - 1)
        window = text[lo : cand.end() + 1]
        # as find_phones does: a bracket before the number that the span does not close is left outside
        reference += [
            (lo + patterns._past_open_bracket(window, s, e), lo + e)
            for s, e in patterns._phone_matches(window)
        ]

    def covered(found: list[tuple[int, int]]) -> set[int]:
        return {i for s, e in found for i in range(s, e)}

    assert covered([span[:2] for span in patterns.find_phones(text, [])]) == covered(reference)


def test_the_plain_phone_shortcut_takes_the_usual_numbers() -> None:
    # without these the shortcut would do nothing and the test above would pass vacuously
    for number in ("0176 1234567", "+49 3941 1234567", "0391-1234567", "+90 532 123 45 67"):
        assert patterns._plain_phone(number, " ", ".")
    assert not patterns._plain_phone("0176 1234567", " ", "a")
    assert not patterns._plain_phone("(0391) 123456", " ", " ")
    assert anonymize("Ruf 0176 1234567 an.", Context()).text == "Ruf [Telefon] an."


def test_hints_are_in_every_keyword() -> None:
    """A pattern is skipped when none of its hints is in the text: every keyword must contain one."""
    for keyword in [k.replace("-?", "-").replace("\\.?", ".").replace("\\.", ".") for k in
                    patterns._ID_KEYWORDS.split("|")]:  # fmt: skip
        keyword = re.sub(r"\(\?:[^)]*\)\?", "", keyword)
        assert any(hint in keyword for hint in patterns._ID_HINTS), keyword
    for keyword in ("tel", "tel.", "telefon", "handy", "mobil", "festnetz", "fax", "whatsapp", "signal",
                    "telegram", "rufnummer", "telefonnummer", "handynummer", "erreichbar unter", "anrufen unter"):  # fmt: skip
        assert re.search(r"\b(?:" + keyword.replace(".", r"\.") + ")", keyword)
        assert any(keyword.startswith(hint) for hint in patterns._PHONE_HINTS), keyword


def test_special_category_trie_finds_what_the_alternation_finds() -> None:
    groups = []
    for category, stems in data.SPECIAL_CATEGORIES.items():
        alts = "|".join(
            sorted((re.escape(s).replace(r"\ ", r"\s+") for s in stems.split()), key=len, reverse=True)
        )
        groups.append(f"(?P<{re.sub(r'[^a-z]', '_', category)}>{alts})")
    plain = re.compile(r"(?<!\w)(?:" + "|".join(groups) + r")\w*")
    names = {re.sub(r"[^a-z]", "_", c): c for c in data.SPECIAL_CATEGORIES}
    stems = [s for group in data.SPECIAL_CATEGORIES.values() for s in group.split()]
    words = (
        stems + [s + "en" for s in stems] + ["x" + s for s in stems] + ["sexuelle  orientierung", "und", "-"]
    )
    anonymizer = engine.GermanAnonymizer(lexicon.Lexicon())
    for i in range(0, len(words), 3):
        text = " ".join(words[i : i + 7])
        expected = [(m.start(), m.end(), names[m.lastgroup or ""]) for m in plain.finditer(text)]
        assert [(f.start, f.end, f.category) for f in anonymizer.flags(text)] == expected, text


def test_an_id_after_its_keyword_is_found_in_a_document_with_a_date() -> None:
    # a date and an id in one document: each scan runs whatever the other found
    result = anonymize("Eingang am 03.05.2015, Kundennummer AB-12 liegt vor.", Context())
    assert "AB-12" not in result.text
    assert result.text == "Eingang am [Datum], Kundennummer [Kennung] liegt vor."


# --- gates and patterns begun with a character (`re` scans for it fast) ------------------------------------------

# the patterns as they were written before
STREET_NAME_PLAIN = re.compile(
    r"\b[A-ZÄÖÜ][\wäöüß-]+(?:straße|strasse|str\.|gasse|allee|chaussee|-Straße|-Allee)(?!\w)"
)
PLATE_HINT_PLAIN = re.compile(r"[A-ZÄÖÜ]-[A-Z]")
PLATE_LOWER_HINT_PLAIN = re.compile(r"[a-zäöü]-[a-z]{1,2} \d")

GATE_PIECES = [
    "O.K.", "M. R.", "H.W.", "A.", "Ä.", "B. ", "3 ", "12", "0", "+", "ı", "İ", "ſ", "\u212a", "K", "k",
    "Kirchstraße", "Haupt-Straße", "Einbahnstraße", "x", "AB-C", "A-B", "hb-kr 612", "ö-x 1", "x-y 1", "Az. ",
    "az.", "Kundennr. ", "konto ", "idnr", "Steuer-ID: ", "Ref. ", "fünf Jahre alt", "Zwölfjährig", "FÜNF",
    "elf geworden", "ist ", "also 17", "ist also 18", "3 Monate", "Wochen", "kfz ", "KFZ", "Kennzeichen ",
    "Auto ", "HB KR 612", "Kennzeıchen", "ſechs", "Ö-X", "Tel. ", "tel", "Handynummer: ", "0176 1234567",
    "erreichbar unter ", "Fahrzeug ", "Kennzeichen: HB KR 612", "Große str 5", "Am Alten Markt 11b", "Bei der",
    "Platz des Friedens 1", "Mühlenwg. 3", "Kasseler Alle 9", "Hauptstr.", "web.de", "www.", ".ıo", "httpſ://", "x.de/y", "Am", "Auf", "Alte", "Straße", "Ring ", " ", ".", ",", "-", "\n", "ä", "ß",
]  # fmt: skip
gate_texts = joined(GATE_PIECES, 12, 12)


@FAST
@given(gate_texts)
@example("3 M. R. und Ö-X")
@example("O.K.")
def test_patterns_begun_with_a_character_find_what_they_found(text: str) -> None:
    assert spans(patterns.STREET_NAME.finditer(text)) == spans(STREET_NAME_PLAIN.finditer(text))
    assert bool(patterns._PLATE_HINT.search(text)) == bool(PLATE_HINT_PLAIN.search(text))
    assert bool(patterns._PLATE_LOWER_HINT.search(text)) == bool(PLATE_LOWER_HINT_PLAIN.search(text))


@FAST
@given(gate_texts)
@example("Kennzeıchen, FÜNF, ſechs, zwölf, KFZ, İlk")
@example("ſee www.xı.de, ıo.de/x httpſ://a.b Wİ-fi.CH")
@example("a.b_c ._x 0.0 +0 x0 _0 ä0 ²0 .0 (0 a_ max.muster_99")
def test_gates_read_off_runs_and_substrings_say_what_the_patterns_say(text: str) -> None:
    runs = patterns.digit_runs(text)
    assert patterns._id_gate(text, runs) == bool(patterns._ID_GATE.search(text))
    assert patterns._case_folds(text) == bool(patterns._CASE_FOLDS.search(text))
    # with the case-folding letters folded, the lowercased text holds a keyword where `(?i)` finds it
    flow = patterns._folded(patterns.lowered(text))
    assert spans(patterns._urls(text, flow, False)) == spans(patterns.URL.finditer(text))
    assert patterns._may_hold_url(flow) >= bool(patterns.URL.search(text))
    assert patterns._may_hold_url(flow) == bool(re.search(r"://|www\.|" + patterns._URL_TLD.pattern, flow))
    # the "." or "_" inside a user name, a "+" or a "0" that begins a phone candidate: found with str.find
    assert patterns._username_joins(text) == [
        m.start() for m in re.finditer(r"[._](?<=[a-z0-9][._])[a-z0-9]", text)
    ]
    assert patterns._phone_leads(text) == [m.start() for m in re.finditer(r"[+0](?<!\w0)", text)]
    for keyword in (*patterns._PLATE_CONTEXT_HINTS, "fünf", "zwölf", "elf", "sechs"):
        assert bool(re.search(f"(?i:{keyword})", text)) == (keyword in flow), keyword


@FAST
@given(gate_texts)
@example("(az. 12 und kundennr. 34,konto 5")
def test_keyword_ids_are_found_from_their_hint_on(text: str) -> None:
    low = patterns.lowered(text)
    windows = patterns.digit_windows(text, runs=patterns.digit_runs(text))
    hinted = patterns._hinted(low, windows, patterns._ID_HINTS, patterns._ID_KEYWORD_REACH)
    assert spans(patterns._scan(patterns.ID_AFTER_KEYWORD, low, hinted)) == spans(
        patterns._scan(patterns.ID_AFTER_KEYWORD, low, windows)
    )
    # and in those windows, found after the character before the keyword
    found = patterns._word_matches(patterns._ID_AFTER_KEYWORD_AFTER, patterns.ID_AFTER_KEYWORD, low, hinted)
    assert [m.span(1) for m in found] == [
        m.span(1) for m in patterns._scan(patterns.ID_AFTER_KEYWORD, low, windows)
    ]


@FAST
@given(texts | gate_texts)
@example("Kirchgasse 4 Am Markt 5")  # the first match ends after the space before the second
@example(
    "Große str 5, Alten Markt 11b, Unter den\tLinden 3, Platz des Friedens 1, Mühlenwg. 3, Bahnhofsrt. 3"
)
@example("Kasseler Alle 9, Westliche Karl-Friedrich-Str. 56, Kirchhuchtinger Landstr. 102, An der Aue 5")
@example("HZ-AB 123")
def test_patterns_found_after_the_character_before_a_word_find_what_finditer_finds(text: str) -> None:
    runs = patterns.digit_runs(text)
    windows = [(0, len(text)), *patterns.digit_windows(text, runs=runs)]
    windows += patterns.digit_windows(text, before=12, runs=runs)
    # ADDRESS runs only in the windows with a number after a capitalised word and a street's word
    around = patterns.digit_windows(text, runs=runs)
    assert spans(
        patterns._scan(patterns.ADDRESS, text, patterns._address_windows(text, around, runs))
    ) == spans(patterns._scan(patterns.ADDRESS, text, around))
    for after, rx in (
        (patterns._ADDRESS_AFTER, patterns.ADDRESS),
        (patterns._ID_FORMS_AFTER, patterns.ID_FORMS),
        (patterns._PLATE_AFTER, patterns.PLATE),
    ):
        for window in windows:
            assert list(patterns._word_scan(after, rx, text, [window])) == spans(
                patterns._scan(rx, text, [window])
            ), (rx.pattern[:30], window)


@FAST
@given(gate_texts)
@example("Tel. 0176 1234567, Kennzeichen HB KR 612")
def test_keyword_patterns_tried_only_at_their_hints_find_what_finditer_finds(text: str) -> None:
    low = patterns.lowered(text)
    assert spans(patterns._at_hints(patterns.PHONE_KEYWORD, low, low, patterns._PHONE_HINTS)) == spans(
        patterns.PHONE_KEYWORD.finditer(low)
    )
    flow = patterns._folded(low)
    for lo, hi in patterns.digit_windows(text, runs=patterns.digit_runs(text)):
        found = patterns._at_hints(patterns.PLATE_CONTEXT, text, flow, patterns._PLATE_CONTEXT_HINTS, lo, hi)
        assert spans(found) == spans(patterns.PLATE_CONTEXT.finditer(text, lo, hi))


@FAST
@given(gate_texts)
def test_a_window_without_a_number_word_holds_no_spelled_age(text: str) -> None:
    flow = patterns._folded(patterns.lowered(text))
    for lo in range(0, len(text) + 1, 2):
        for hi in range(lo, len(text) + 1, 3):
            if patterns.SPELLED_AGE.search(text, lo, hi) is not None:
                assert patterns._spelled_window(flow, lo, hi), (lo, hi)


AGE_PIECES = [
    "er", "Er", "sie", "Sie", "die", "Der", "ist", " ist ", "ist ", " ", "5", "12", "123", "elf", "Elf", "noch ",
    "erst ", ".", ",", ";", " und", "x", "(", ")", "neunzehn", "Abi ", "]", "ı", "\n",
]  # fmt: skip
age_texts = joined(AGE_PIECES, 14, 12)


@FAST
@given(age_texts)
@example("der ist 5, er ist elf. Sie ist noch 12 und die ist 3")
@example("Abi (neunzehn) x (Elf)(elf) ] (zwölf)")
def test_ages_tried_at_their_literal_find_what_finditer_finds(text: str) -> None:
    assert spans(patterns._pronoun_ages(text)) == spans(patterns.PRONOUN_AGE.finditer(text))
    assert spans(patterns._paren_spelled_ages(text)) == spans(patterns.PAREN_SPELLED_AGE.finditer(text))


INITIAL_PIECES = [
    "A.",
    "Ж.",
    "Ö.",
    "M. R.",
    "O.K.",
    "H.W.",
    " ",
    ".",
    "x",
    "3 ",
    "B",
    "ä.",
    ",",
    "\n",
    "A. B. C. D.",
]
initial_texts = joined(INITIAL_PIECES, 12, 12)


@FAST
@given(initial_texts | gate_texts)
@example("M. R. und A.B.C.D. mit 3 H. W. O.K. Ж. К.")
def test_initials_tried_at_their_full_stop_find_what_finditer_finds(text: str) -> None:
    assert engine._initials(text) == spans(engine._INITIALS.finditer(text))


@FAST
@given(
    st.lists(
        st.sampled_from(["1", "12", "0", "?", "ı", "٣", "²", "a", " ", "-", "–", "١٢", "\n", "x9"]),
        max_size=14,
    ).map("".join)
    | st.text(max_size=30)
)
@example("12?3 ı45 ²6 x9–0")
@example("ab ٣٣ 12")
def test_digit_runs_are_the_runs_of_decimal_digits(text: str) -> None:
    assert patterns.digit_runs(text) == spans(re.finditer(r"\d+", text))
    assert patterns._split_digit_runs(text) == spans(re.finditer(r"\d+", text))


# --- numbers read off the digit runs instead of a scan that stops at every space ------------------------------

PRONOUN_GATE_PLAIN = re.compile(r"(?:r|ie) \d")  # the gate of the pronoun frame, as it was written before
RUN_PIECES = [
    "er", "Er", "sie", "ie", "r", "i", "e", " ", "  ", "12", "3", "123", "٣", "٣٣", ",", ";", ")", ".", "]",
    " und", " und.", " undx", "und", "\n", "1.5", "2,4", "Layla", "(", "x", "[Person A]", "_", " (",
    "neunzehn", "ein", "eins", "einundsiebzig", "Elf", "zwanzigste", "elfen", "ß",
]  # fmt: skip
run_texts = joined(RUN_PIECES, 14, 12)


@FAST
@given(run_texts)
@example("Ehepaar X, er 52, sie 47, ihr 3 und die 5")
@example("sie ٣ und ie 12")
def test_the_pronoun_gate_read_off_the_runs_says_what_its_pattern_says(text: str) -> None:
    runs = patterns.digit_runs(text)
    assert engine._pronoun_before_digit(text, runs) == bool(PRONOUN_GATE_PLAIN.search(text))


@FAST
@given(run_texts)
@example("Layla 14, Jihan 12 und Mahad, der Große, 15, will 3 Kinder, 1,5 und 2.400 und [Person A] 7")
@example("x ٣, ab 12\n 4")
@example("aus dem Jemen, neunzehn, kam mit Tim 4 (ja) und einundsiebzig.")
def test_numbers_that_may_be_ages_read_off_the_runs_are_what_finditer_finds(text: str) -> None:
    runs = patterns.digit_runs(text)
    found = engine._age_like(text, runs, engine._number_word_starts(names.Tokens(text)))
    assert found == [m.span(1) for m in engine._AGE_LIKE.finditer(text)]


DIGIT_RANGE = re.compile(r"\d[–-]\d")  # what every range of years (the "Jahre" frame) holds


@FAST
@given(joined([*RUN_PIECES, "-", "–", "16-17", "2–3", "٣-٣", " Jahre", "x-1"], 14, 12))
@example("entsprechend 16–17 Jahren")
def test_the_range_gate_read_off_the_runs_says_what_its_pattern_says(text: str) -> None:
    runs = patterns.digit_runs(text)
    assert engine._digit_range(text, runs) == bool(DIGIT_RANGE.search(text))
    (rx,) = [rx for hint, rx in engine._AGE_FRAMES if hint == "Jahre"]
    if rx.search(text):
        assert DIGIT_RANGE.search(text)


DOSE_GAPS = [" ", "(", "20", "5", " 1-0-0", "\t", "٣", ",", "x", "  ", "\n", ".", "-", "mg", "2,5"]


@FAST
@given(
    st.lists(st.sampled_from(DOSE_GAPS), max_size=6).map("".join),
    st.sampled_from(["", "mg", "Tbl", "IE", "morgens", "µg"]),
)
@example(" (20", "mg")
@example("\t٣", "mg")
def test_a_dose_after_a_word_has_a_digit_where_its_lead_looks(gap: str, word: str) -> None:
    if names._DOSE.match(gap + word):  # the next word is letters: a dose's digit is in the gap
        assert names._dose_lead(gap)


GENITIVE_PIECES = ["zahra", "s", "'", "’", "'s", "ali", "a", "x", "’s", "ss", "ahmed"]


@FAST
@given(
    st.lists(st.sampled_from(GENITIVE_PIECES), max_size=5).map("".join),
    st.sets(st.sampled_from(["zahra", "ali", "ahmed", "zahras", "zahra'", "ss", "x's"]), max_size=4),
)
@example("zahra's", {"zahra"})
@example("zahra’", {"zahra"})
def test_a_genitive_read_off_its_ending_is_one_of_the_written_out_forms(word: str, found: set[str]) -> None:
    forms = {name + end for name in found for end in names.GENITIVE_SUFFIXES}  # as `genitives` wrote them
    assert names._genitive_of(word, found) == (word in forms)


def test_a_genitive_of_a_name_found_in_the_text_is_masked() -> None:
    # the property above holds for `genitives`' own step: the name and its genitive are masked
    result = anonymize("war mit zahra beim amt, zahras kleine kam mit", Context())
    assert result.text == "war mit [Person A] beim amt, [Person A] kleine kam mit"


LOWER_PIECES = [
    "İ",
    "Σ",
    "ΟΔΟΣ",
    "ẞ",
    "ß",
    "Ab",
    "x",
    "0176 1234567",
    "Tel. ",
    "12.03.2024",
    " ",
    "Ǆ",
    "ﬁ",
    "K",
]


@FAST
@given(
    st.lists(st.sampled_from(LOWER_PIECES), max_size=8).map("".join),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8)), max_size=3),
)
@example("ΑΣΑ", [(2, 1)])
def test_blanking_and_lowering_commute_where_no_capital_sigma_stands(text: str, cuts: list) -> None:
    blocked = [(start, start + size) for start, size in cuts]
    shared = patterns._blank(patterns.lowered(text), blocked)  # what `find_phones` reads when given `low`
    if patterns._lowers_alone(text):
        assert shared == patterns.lowered(patterns._blank(text, blocked))


def test_a_capital_sigma_lowers_by_its_context() -> None:
    # why `_lowers_alone` asks for it: `str.lower` makes a sigma before a blank a final one (mypyc's compiled
    # `lower` does not, so the compiled `lowered` is no witness)
    assert "ΑΣ ".lower() == "ας " and "ΑΣΑ".lower() == "ασα"
    assert not patterns._lowers_alone("ΑΣΑ") and patterns._lowers_alone("ΑΑ ΟΔΟ")


@FAST
@given(texts | gate_texts)
@example("Tel. 0176 1234567 am 12.03.2024, İlker +49 30 123456")
def test_phones_found_with_the_lowered_text_given_are_those_found_without(text: str) -> None:
    runs = patterns.digit_runs(text)
    low = patterns.lowered(text)
    blocked = [
        (s, e) for s, e, label, _ in patterns.find_structured(text, runs, low) if label in ("DATE", "ID")
    ]
    assert list(patterns.find_phones(text, blocked, runs, low)) == list(
        patterns.find_phones(text, blocked, runs)
    )
    assert list(patterns.find_structured(text, runs, low)) == list(patterns.find_structured(text, runs))


def test_the_numbers_read_off_the_runs_are_found() -> None:
    # without these the properties above could hold because nothing ever matched
    text = "Ehepaar X, er 52, sie 47,"
    assert engine._pronoun_before_digit(text, patterns.digit_runs(text))
    text = "16-17 Jahre alt"
    assert engine._digit_range(text, patterns.digit_runs(text))
    assert [f[3] for f in engine._age_frames(text)] == ["[Alter 10–19]"]
    text = "Layla 14, Jihan 12 und Tim 4 (so), Sara, neunzehn, und"
    words = engine._number_word_starts(names.Tokens(text))
    assert engine._age_like(text, patterns.digit_runs(text), words) == [(6, 8), (16, 18), (27, 28), (41, 49)]
    assert names._DOSE.match(" (20 mg") and names._dose_lead(" (20 ")


AGE_FRAME_PIECES = [
    "acht",
    "drei",
    " ",
    "Monate",
    "Wochen",
    " alt",
    "alt",
    ",",
    "12",
    "Jahre",
    "zwei Monate alt",
]


@FAST
@given(st.lists(st.sampled_from(AGE_FRAME_PIECES), max_size=10).map("".join))
@example("drei Wochen alt")
def test_a_text_with_an_age_in_months_holds_what_its_gate_asks(text: str) -> None:
    (rx,) = [rx for hint, rx in engine._AGE_FRAMES if hint == " alt"]
    if rx.search(text):
        assert any(gate in text for gate in engine._MONTHS_OLD_GATE)


def test_the_months_frame_is_found() -> None:
    # without this the property above could hold because nothing ever matched
    assert [f[3] for f in engine._age_frames("Baby Aarav, acht Monate alt.")] == ["[Alter 0–9]"]


EDGE_PIECES = [
    "Herr Klein", " 12", " 4a", ", Haus 4", ", Hinterhaus", ", 34,", " (34)", " (die älteste, 15)", " (14, x",
    " aus Kabul, 33,", " ist 12", " ist elf;", ")", ".", ",", " ", "\n", "ET ", "AKN ", "0176 ", "12 34 ", "Ж", "x",
    "٣", "٣ ", "Jahre", "Tel. ", " (ca. 60)", " (Islam) 39,", " 9", " und ", " 6.", " (", " zwölf.", " elf", " einundzwanzig", " Elf.",
]  # fmt: skip


@FAST
@given(st.lists(st.sampled_from(EDGE_PIECES), max_size=10).map("".join))
@example("Herr Klein, 34, und AKN 12 34 \n0176 1 ٣ (14, x ist 12; Haus 4a, Hinterhaus")
@example("Oksana P., 24, lebt (seit 2020) ist 12, Tarek (Tito) ist 34 und")
def test_what_the_widening_patterns_need_at_their_edge_is_there_when_they_match(text: str) -> None:
    """`_widened` runs a pattern only where its edge holds what every match begins or ends with."""
    for pos in range(len(text) + 1):
        if engine._HOUSE_NUMBER.match(text, pos):
            assert text[pos : pos + 1] == " " and text[pos + 1 : pos + 2].isdecimal()
        if engine._FLAT.match(text, pos):
            assert text.startswith(", ", pos)
        if engine._AGE_AFTER_NAME.match(text, pos):
            assert text.startswith(engine._AGE_AFTER_NAME_LEADS, pos)
        if any(
            rx.match(text, pos) for rx in (engine._AGE_IN_LIST, engine._AGE_ENDING_LIST, engine._GUESSED_AGE)
        ):
            assert engine._listed_age_lead(text, pos)
        for lo in (0, max(0, pos - 6), max(0, pos - 20)):
            if engine._DIGITS_BEFORE.search(text, lo, pos):
                assert engine._spaced_before(text, pos).isdecimal(), (lo, pos)
            if engine._CODE_BEFORE.search(text, lo, pos):
                assert "A" <= engine._spaced_before(text, pos) <= "Z", (lo, pos)


def test_the_widening_patterns_match_at_their_edges() -> None:
    # without these the property above could hold because nothing ever matched
    text = "Herr Klein, 34, AKN 12 34 \n"
    assert engine._AGE_AFTER_NAME.match(text, 10) and engine._spaced_before(text, 23) == "2"
    assert engine._CODE_BEFORE.search(text, 14, 20) and engine._spaced_before(text, 20) == "N"
    assert engine._DIGITS_BEFORE.search(text, 16, 27) and engine._spaced_before(text, 27) == "4"
    for listed in ("Lina 9, Omar 6", "Omar 6.", "Gul Bibi (ca. 60)", "Vater Ислам (Islam) 39,", "Robel elf."):
        end = listed.index(" (") if " (" in listed else listed.index(" ")
        assert engine._listed_age_lead(listed, end)
    # every word `NUMBER_WORD` reads begins with one of the initials the lead looks for
    for word in [*patterns._NUMBER_VALUES, *patterns._TEN_VALUES, "einundzwanzig", "eins"]:
        if re.fullmatch(patterns.NUMBER_WORD, word):
            assert word[0] in engine._NUMBER_WORD_INITIALS, word
    assert engine._AGE_IN_LIST.match("Lina 9, Omar 6", 4) and engine._GUESSED_AGE.match(
        "Gul Bibi (ca. 60)", 8
    )


def test_the_ages_and_initials_tried_at_their_literal_are_found() -> None:
    # without these the properties above could hold because nothing ever matched
    assert [m.group("n") for m in patterns._pronoun_ages("Sie ist 12, der ist elf; er ist 3")] == [
        "12",
        "elf",
        "3",
    ]
    assert [m.group("w3") for m in patterns._paren_spelled_ages("Abi (neunzehn) und Ali (Elf)")] == [
        "neunzehn",
        "Elf",
    ]
    assert engine._initials("mit M. R. und A.B. beim") == [(4, 9), (14, 18)]


def test_every_street_ending_and_lead_keeps_its_window() -> None:
    # the endings of `_SUFFIX` and of the third ADDRESS branch, written out here (not read from the gate)
    endings = [
        "straße", "strasse", "strase", "strße", "strsse", "strse", "str.", "srt.", "str", "pl.", "wg.", "gasse",
        "weg", "allee", "alle", "platz", "ring", "damm", "ufer", "chaussee", "pfad", "steig", "stieg", "markt",
        "berg", "hof", "graben", "wall", "anger", "zeile", "promenade", "kamp", "twiete", "tor", "brücke", "feld",
        "garten", "winkel", "bogen", "grund", "leite", "hain", "höhe", "siedlung", "park", "born", "horst", "aue",
        "au", "-Straße", "-Str.", "-Weg", "-Platz", "-Allee", "-Ring", "-Gasse", "Landstraße", "Landstr.",
    ]  # fmt: skip
    leads = ["Am", "An der", "Im", "In der", "Auf dem", "Unter den", "Hinter der", "Vor dem", "Zum", "Zur", "Beim",
             "Bei der", "Über der"]  # fmt: skip
    adjectives = ["Alte", "Neue", "Große", "Kleine", "Lange", "Breite", "Hohe", "Obere", "Untere"]
    streets = ["Straße", "Str.", "Weg", "Platz", "Allee", "Ring", "Damm", "Ufer"]
    texts = [f"Sie wohnt Linden{ending} 12 seit" for ending in endings]
    texts += [f"Sie wohnt Große {ending.capitalize()} 12 seit" for ending in endings]
    texts += [f"Sie wohnt {lead} Linde 12 seit" for lead in leads]
    texts += [f"Sie wohnt {adjective}n Linde 12 seit" for adjective in adjectives]
    texts += [f"Sie wohnt {street} der Linde 12 seit" for street in streets]
    found = 0
    for text in texts:
        runs = patterns.digit_runs(text)
        around = patterns.digit_windows(text, runs=runs)
        plain = spans(patterns._scan(patterns.ADDRESS, text, around))
        assert (
            spans(patterns._scan(patterns.ADDRESS, text, patterns._address_windows(text, around, runs)))
            == plain
        )
        found += bool(plain)
    assert found > len(texts) * 0.8  # the texts are addresses: the equality above is not empty


def test_the_gates_let_the_usual_cases_through() -> None:
    # without these the properties above could hold because nothing ever matched
    assert patterns._id_gate("AB 12", [(3, 5)]) and patterns._id_gate("12A", [(0, 2)])
    assert spans(engine._INITIALS.finditer("mit M. R. beim")) == [(4, 9)]
    assert not list(engine._INITIALS.finditer("O.K. und 3 M. R."))
    assert patterns._hinted("kundennr. 12 und 34", [(0, 19)], patterns._ID_HINTS, 5) == [(1, 19)]
    assert patterns._hinted("und 34", [(0, 6)], patterns._ID_HINTS, 5) == []
    result = anonymize(
        "Ihr Sohn ist fünf Jahre alt, Kennzeichen HB KR 612, Steuer-ID: 12 345 678 901.", Context()
    )
    assert result.text == "Ihr Sohn ist [Alter 0–9] alt, Kennzeichen [Kennzeichen], Steuer-ID: [Kennung]."
    assert (
        anonymize("Frau Yılmaz ist elf Jahre alt.", Context()).text
        == "Frau [Person A] ist [Alter 10–19] alt."
    )


# --- the compact lexicon -------------------------------------------------------------------------------------


def test_wordset_membership() -> None:
    words = ["abend", "Abend", "über", "ü", "a", "ab", "abc", "zz", "straße", "ver" + "x" * 300]
    words += [f"ver{i:05d}" for i in range(3000)]  # a big range with one prefix
    ws = lexicon.WordSet.of(words)
    assert len(ws) == len(set(words))
    assert sorted(ws) == sorted(set(words))
    probes = [*words, "", "abe", "abendx", "Über", "ver", "ver0", "ver99999", "zzz", "\udcff", "ä", "x\ny"]
    for word in probes:
        assert (word in ws) == (word in set(words)), word
    assert "a" not in lexicon.WordSet()


def test_faker_names_without_importing_faker_match_the_real_import() -> None:
    import importlib

    locales = lexicon._FAKER_LOCALES + lexicon._FAKER_CYRILLIC_LOCALES
    stubbed = lexicon._faker_names(lexicon._faker_providers(locales))
    real = lexicon._faker_names(
        {loc: importlib.import_module(f"faker.providers.person.{loc}").Provider for loc in locales}
    )
    assert stubbed == real
    assert len(stubbed[0]) > 1000 and len(stubbed[1]) > 1000


def test_cache_round_trip_and_corrupt_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("SUPERVISION_TUI_LEXICON_CACHE", raising=False)
    built = lexicon.load_or_build()
    path = lexicon.cache_path()
    assert path.exists() and (path.stat().st_mode & 0o777) == 0o600
    assert (path.parent.stat().st_mode & 0o077) == 0
    loaded = lexicon.load_or_build()
    for name in ("names", "frequent", "name_words", "places", "toponyms", "ambiguous"):
        assert getattr(loaded, name) == getattr(built, name)
    assert loaded.words.blob == built.words.blob and loaded.nouns.blob == built.nouns.blob
    good = path.read_bytes()
    # A real build takes seconds; what is tested here is that a bad file is never loaded but rebuilt and
    # rewritten, so the rebuilds hand back the lexicon built above (one real build in the whole test).
    builds: list[lexicon.Lexicon] = []
    monkeypatch.setattr(lexicon, "build", lambda: builds.append(built) or built)
    for bad in (b"", b"garbage", good[:100], good[:-1], good[:-5] + b"xxxxx", good + b"x"):
        path.write_bytes(bad)
        rebuilt = lexicon.load_or_build()  # silently rebuilt …
        assert rebuilt.names == built.names
        assert path.read_bytes() == good  # … and the file rewritten
    assert len(builds) == 6, "every bad file was rebuilt, none loaded"
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary files left


def test_checkouts_of_the_same_code_share_the_cache_and_others_keep_theirs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two git worktrees of the same code used to key the cache by their paths and delete each other's file
    at every start (a 4 s, 200 MB rebuild each time)."""
    known = lexicon.get()  # from the user's cache, before this test points the cache elsewhere
    key = lexicon._cache_key()
    copy = tmp_path / "elsewhere"
    copy.mkdir()
    for module in (lexicon, lexicon.data):
        moved = copy / Path(module.__file__).name
        moved.write_bytes(Path(module.__file__).read_bytes())
        monkeypatch.setattr(module, "__file__", str(moved))
    assert lexicon._cache_key() == key, "the same code elsewhere: the same cache"
    moved.write_bytes(moved.read_bytes() + b"\n# changed\n")
    assert lexicon._cache_key() != key, "other code: another cache"
    monkeypatch.undo()

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("SUPERVISION_TUI_LEXICON_CACHE", raising=False)
    folder = lexicon.cache_path().parent
    folder.mkdir(parents=True)
    others = [folder / f"lexicon-{n:016x}.bin" for n in range(6)]
    for age, other in enumerate(others):
        other.write_bytes(b"x")
        os.utime(other, (1_000_000 + age, 1_000_000 + age))
    monkeypatch.setattr(lexicon, "build", lambda: known)  # the pruning is tested, not the build (seconds)
    lexicon.load_or_build()
    kept = sorted(p.name for p in folder.iterdir())
    assert kept == sorted([lexicon.cache_path().name, *(o.name for o in others[-3:])])


# --- the real command, with the cache somewhere new --------------------------------------------------------------


def run_cli(cache_home: Path, stdin: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    env.pop("SUPERVISION_TUI_LEXICON_CACHE", None)
    return subprocess.run(
        [sys.executable, "-m", "supervision_tui.anonymize"],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.mark.e2e
def test_cli_cold_start_builds_the_cache_and_rebuilds_a_corrupt_one(tmp_path: Path) -> None:
    text = "Frau Haile, Tel. 0176 12345678, war im Sommer beim Jobcenter.\n"
    proc = run_cli(tmp_path, text)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "Frau [Person A], Tel. [Telefon], war im Sommer beim Jobcenter.\n"
    (cache,) = (tmp_path / "supervision-tui").glob("lexicon-*")
    assert (cache.stat().st_mode & 0o777) == 0o600
    for written in (tmp_path / "supervision-tui").iterdir():  # the lexicon and the compiled patterns
        assert b"0176" not in written.read_bytes() and b"Jobcenter, war" not in written.read_bytes()
    again = run_cli(tmp_path, text)
    assert again.stdout == proc.stdout
    # One cold start less than two tests would take (each builds for seconds): the same cache, now torn.
    good = cache.read_bytes()
    cache.write_bytes(good[: len(good) // 2] + b"\x00" * 64)
    torn = run_cli(tmp_path, "Herr Müller")
    assert torn.returncode == 0 and torn.stderr == ""
    assert torn.stdout == "Herr [Person A]"
    assert cache.read_bytes() == good


def test_threads_that_first_use_one_anonymizer_together_all_get_its_name_finder(monkeypatch) -> None:
    """The TUI warms the name finder in a worker while the first answers arrive on the server's
    thread. Compiled with mypyc, a re-read of the attribute after its `is None` check was typed as
    None and raised TypeError in every thread that waited for the lock (70 of 80 threads)."""
    import time

    from supervision_tui.anonymize import lexicon
    from supervision_tui.anonymize.engine import GermanAnonymizer

    loaded = lexicon.get()

    def cold_load() -> lexicon.Lexicon:
        time.sleep(0.05)  # a cold start reads the word lists: others queue at the lock meanwhile
        return loaded

    monkeypatch.setattr(lexicon, "get", cold_load)
    for _ in range(5):
        found, failed = _first_use_in_eight_threads(GermanAnonymizer())
        assert failed == []
        assert len(found) == 8 and all(f is found[0] for f in found)


def _first_use_in_eight_threads(anonymizer: object) -> tuple[list[object], list[BaseException]]:
    import threading

    start = threading.Barrier(8)
    found: list[object] = []
    failed: list[BaseException] = []

    def use() -> None:
        start.wait()
        try:
            found.append(anonymizer.finder)  # type: ignore[attr-defined]
        except BaseException as error:  # the failure the caller is about
            failed.append(error)

    threads = [threading.Thread(target=use) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return found, failed


@given(st.text(alphabet=st.sampled_from("aZß9_ -'’.\n\t\u00a0,!é李ا١"), max_size=30) | st.text(max_size=30))
@example("a_b c__d  __x x.y.z. _ ’’ ä-ö 9_9 ..a")
def test_learned_tokens_are_the_token_patterns_matches(text: str) -> None:
    """`learned.tokens` places `findall`'s words by `str.find`: the same offsets as the match objects."""
    from supervision_tui.anonymize import learned

    assert learned.tokens(text) == [(m.start(), m.end(), m.group()) for m in learned.TOKEN.finditer(text)]
