"""Identifiers the mutation run of `anonymize/patterns.py` found unguarded (issue #15).

Each test goes through the public `anonymize`: a line of the pattern code broken (a bound off by one, a
branch dropped) lets an identifier through, or masks ordinary words; docs/testing.md lists which
mutants each one kills.
"""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import anonymize


def labels(text: str) -> list[tuple[str, str]]:
    result = anonymize(text)
    return [(text[e.start : e.end], e.label) for e in result.entities]


def test_every_address_of_a_list_is_masked_even_when_they_touch() -> None:
    text = "Schreib an a.b@web.de,c-d@gmx.net und x+y@mail.example.org."
    result = anonymize(text)
    for secret in ("a.b@web.de", "c-d@gmx.net", "x+y@mail.example.org"):
        assert secret not in result.text, result.text
    assert [label for _, label in labels(text)].count("EMAIL") == 3


@pytest.mark.parametrize(
    ("text", "age", "replacement"),
    [
        ("Bilal ist 12 und geht zur Schule.", "12", "[Alter 10–19]"),
        ("Die Zwillinge sind 3, der Große nicht.", "3", "[Alter 0–9]"),
        ("Meine Tochter ist 7.", "7", "[Alter 0–9]"),
        ("Seine Kleine ist 4.", "4", "[Alter 0–9]"),
        ("Obwohl er erst 14 ist, arbeitet er.", "14", "[Alter 10–19]"),
        ("Lena, ist 9.", "9", "[Alter 0–9]"),
        ("Sie ist fast 15.", "15", "[Alter 10–19]"),
        ("Der 34-jährige kam.", "34-jährige", "[30–39]-jährige"),  # the ending kept in the replacement
        ("Frau Haile (34) kam.", "34", "[Alter 30–39]"),
        ("Er ist 41 J. alt.", "41 J. alt", "[Alter 40–49]"),
        ("Frau Arslan, 38 Jahre, Kurdin.", "38 Jahre", "[Alter 30–39]"),
        ("Sie kam im Alter von 34 Jahren.", "34 Jahren", "[Alter 30–39]"),
        ("Alter: 34", "34", "[Alter 30–39]"),
        ("Er kam mit 41 J. in die Stadt.", "41 J.", "[Alter 40–49]"),
        ("Sie wurde 120 Jahre alt.", "120 Jahre alt", "[Alter 120–129]"),  # the oldest age there is
        ("Obwohl sie erst 14 ist, arbeitet sie.", "14", "[Alter 10–19]"),
    ],
)
def test_an_age_of_a_person_becomes_its_band(text: str, age: str, replacement: str) -> None:
    result = anonymize(text)
    assert replacement in result.text, result.text
    assert [(span, label) for span, label in labels(text) if label == "AGE"] == [(age, "AGE")]


@pytest.mark.parametrize(
    "text",
    [
        "Es ist 3 und spät.",  # a time
        "Das ist 1.",  # a count
        "Wir sind 5.",
        "Die Wartezeit ist 6.",  # a thing, with its article
        "Die Summe ist 12, nicht mehr.",
        "Das 150-jährige Jubiläum.",  # no one is 150
        "Alter: 150 kann nicht sein.",
        "Raum 12 ist 4 Meter breit.",
        "Das Haus ist 121 Jahre alt.",  # older than anyone
    ],
)
def test_a_number_after_ist_that_is_no_persons_age_stays(text: str) -> None:
    result = anonymize(text)
    assert result.text == text, result.text
    assert [label for _, label in labels(text) if label == "AGE"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Infos auf www.beispiel.de, dann weiter.", "Infos auf [URL], dann weiter."),
        ("Siehe https://a.org/x?y=1).", "Siehe [URL])."),  # the closing bracket and stop are prose
        ("Forum: beratung-hilfe.de hilft, auch hilfe.org.", "hilft, auch [URL]."),
        ("Schreib an kim@web.de oder besuch kim.de!", "Schreib an [E-Mail] oder besuch [URL]!"),
        ("Die Seite ſeite.de", "Die Seite [URL]"),  # a letter that case-folds: the full pattern
        ("Auf WWW.AMT.DE steht es.", "Auf [URL] steht es."),
        # a top-level domain the fast path does not know: found because it starts with "www."
        ("Siehe www.beispiel.xyz für mehr.", "Siehe [URL] für mehr."),
        (
            "Siehe web.de/a.de und hilfe.org.",
            "Siehe [URL] und [URL].",
        ),  # a domain inside a link, then one more
        ("Siehe www.beispiel.berlin/kurs für mehr.", "Siehe [URL] für mehr."),
        ("Folge @kim_99 und @lea.", "Folge [Handle] und [Handle]."),
        ("Ruf 0176 12345678 an.", "Ruf [Telefon] an."),
        ("Ruf +49 176 12345678 an.", "Ruf [Telefon] an."),
        ("Nummer: 0176-1234567.", "Nummer: [Telefon]."),
        ("Tel.0176 12345678", "Tel.[Telefon]"),
        ("Preis: 030 1234567 Euro", "Preis: [Telefon] Euro"),
        ("Am 2024-03-18 10 Uhr.", "Am [Datum] 10 Uhr."),  # a time stamp is no phone number
    ],
)
def test_links_addresses_handles_and_phones_are_masked_whole(text: str, expected: str) -> None:
    assert expected in anonymize(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das 150-jährige Haus, Lena ist 9.", "Haus, [Person A] ist [Alter 0–9]."),  # past a number no one is
        ("Der 34-jährige und die 29-jährige kamen.", "Der [30–39]-jährige und die [20–29]-jährige kamen."),
    ],
)
def test_every_age_of_a_text_is_masked_not_only_the_first(text: str, expected: str) -> None:
    assert expected in anonymize(text).text
