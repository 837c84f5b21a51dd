"""A replacement may show a facility's kind beside its placeholder ("Kita [Einrichtung]", "Regionale Schule
[Einrichtung]", "[10–19]-jährige"), never a name: the corpora's scoring counts an identifier caught when a span covers
it, whatever the replacement writes, so a kind that is a name itself ("Theodor-Heuss-Schule [Einrichtung]",
"Walburga-Krankenhaus [Einrichtung]") passed every floor while it stayed readable on the coordinator's desk. Every
word a replacement shows on the annotated corpora must be a word the lexicon knows, a kind's abbreviation ("TuS",
"IGS", "MVZ"), a compound ending in a kind ("dachdeckerei"), or a shop's goods or chain ("Elektro", "Edeka")."""

from __future__ import annotations

import re

import pytest

from supervision_tui.anonymize.engine import GermanAnonymizer
from supervision_tui.anonymize.names import FACILITIES, GOODS_TRADES

from .corpus_runs import corpora, run

_PLACEHOLDER = re.compile(r"\[[^\]]*\]")
_WORD = re.compile(r"[^\W\d_]+")
_TRADES = ("erei", "werk", "bau", "handel", "technik", "laden", "hof", "logistik")


def _shown_names(replacement: str) -> list[str]:
    lex = GermanAnonymizer().finder.lex
    shown = []
    for word in _WORD.findall(_PLACEHOLDER.sub(" ", replacement)):
        fold = word.casefold()
        if (
            len(word) < 3
            or lex.is_known_form(word)
            or lex.is_known_form(word[:1].upper() + word[1:])
            or (
                len(word) <= 4 and word[:1].isupper() == word[-1:].isupper() and not word.islower()
            )  # "TuS", "IGS"
            or (len(word) <= 4 and word.islower() and fold.upper() == word.upper())  # "tsv", "tus" in chat
            or any(fold.endswith(kind) for kind in FACILITIES if len(kind) >= 4)
            or fold.endswith(_TRADES)
            or fold
            in GOODS_TRADES  # a shop's goods or its chain: "Elektro [Einrichtung]", "Edeka [Einrichtung]"
        ):
            continue
        shown.append(word)
    return shown


@pytest.mark.parametrize("name", corpora())
def test_no_replacement_shows_a_name_again(name: str) -> None:
    corpus = run(name)
    shown = [
        (corpus.lines[k], entity.replacement, word)
        for k, result in enumerate(corpus.results)
        for entity in result.entities
        for word in _shown_names(entity.replacement)
    ]
    assert not shown, shown[:5]
