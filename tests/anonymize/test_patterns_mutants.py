"""Identifiers the mutation run of `anonymize/patterns.py` found unguarded (issue #15).

Each test goes through the public `anonymize`: a line of the pattern code broken (a bound off by one, a
branch dropped) lets an identifier through, or masks ordinary words; docs/testing.md lists which
mutants each one kills.
"""

from __future__ import annotations

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
