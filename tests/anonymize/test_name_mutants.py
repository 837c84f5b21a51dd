"""What the first mutation run of `anonymize/names.py` (5 Dec, the session memory: `_recalled`,
`NameScan.recalled`, `candidates`, `token`) found unguarded (issue #15).

Each test runs a short session through one `Context`, as the live form does: a name learned in one text,
then a use of the same word that the code decides by its case and place. docs/testing.md lists the
mutants each one kills.
"""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import Context, anonymize


def _session(*texts: str) -> list[str]:
    context = Context()
    return [anonymize(text, context).text for text in texts]


@pytest.mark.parametrize(
    ("learned", "later", "expected"),
    [
        # a surname that is an ordinary word and no name in the lexicons: in lowercase the word
        ("Frau Klee hat angerufen.", "der klee blüht schon", "der klee blüht schon"),
        # a surname that is a name in the lexicons (and only a word form): masked in lowercase too
        ("Herr Neumann kam vorbei.", "war heute mit neumann beim amt", "war heute mit [Person A] beim amt"),
        # at a text's start there is no word before it: the last word of the text ("viel") is not that word
        (
            "Herr Kurz war wieder da.",
            "Kurz hat gesagt, er braucht nicht viel",
            "[Person A] hat gesagt, er braucht nicht viel",
        ),
        # an article two words before, an adjective between: the noun, also as the text's third word
        ("Familie Sommer zieht um.", "Ein langer Sommer war das.", "Ein langer Sommer war das."),
        # … and with only its verb after it: the subject, the person, also with a space after the verb
        ("Herr Kurz war wieder da.", "Kurz kommt.", "[Person A] kommt."),
        ("Frau Froh hat heute angerufen.", "Froh hat ", "[Person A] hat "),
        # the verb and then its subject pronoun, at the text's end: the adverb, the word
        ("Frau Froh hat heute angerufen.", "Froh war sie.", "Froh war sie."),
    ],
)
def test_a_learned_name_is_decided_by_its_case_and_place_at_the_edges_of_a_text(
    learned: str, later: str, expected: str
) -> None:
    first, second = _session(learned, later)
    assert "[Person A]" in first, first
    assert second == expected
