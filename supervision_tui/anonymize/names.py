"""Layer 2: person names, from cues (Herr/Frau, kinship and role words), lexicons and session memory.

A capitalised token is classified as

* ``strong``: a lexicon name that is no German word (Haile, Kerim, Oksana) → masked on its own;
* ``weak``: a lexicon name that is also an ordinary word (Sommer, Klein, Ernst) → masked only with a cue;
* ``unknown``: neither a lexicon name nor a German word (Tesfamichael) → masked after a cue or next to a name;
* ``word``: anything else.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass

from . import data
from .lexicon import Lexicon

TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?(?:-[^\W\d_]+)*")

TITLES = frozenset(data.TITLES.split())
ROLES = frozenset(data.ROLES.split())
PARTICLES = frozenset(data.NAME_PARTICLES.split())
NOT_NAMES = frozenset(w.casefold() for w in data.NOT_NAMES.split())
LOWER_STOP = frozenset(data.LOWER_STOP.split())
# Words after which a capitalised ambiguous token is the ordinary word ("im Sommer", "ein Engel").
DETERMINERS = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "eines",
        "im",
        "am",
        "vom",
        "zum",
        "zur",
        "ins",
        "beim",
        "kein",
        "keine",
        "keinen",
        "keinem",
        "diesen",
        "dieser",
        "dieses",
        "diesem",
        "jeden",
        "jeder",
        "jedes",
        "sehr",
        "so",
        "zu",
        "ganz",
        "ist",
        "war",
        "wird",
        "wurde",
        "sind",
        "bin",
        "nicht",
        "mein",
        "meine",
        "meinen",
        "sein",
        "seine",
        "ihr",
        "ihre",
        "unser",
        "unsere",
    ]
)
MONTHS = frozenset(
    [
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ]
)


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    folded: str

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str) -> list[Tok]:
    return [Tok(m.start(), m.end(), m.group(), m.group().casefold()) for m in TOKEN.finditer(text)]


def genitive_stem(folded: str) -> str | None:
    for suffix in ("'s", "’s", "s", "'", "’"):
        if folded.endswith(suffix) and len(folded) - len(suffix) >= 3:
            return folded[: -len(suffix)]
    return None


class NameFinder:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self._cache: dict[str, str] = {}

    # -- classification -------------------------------------------------------------------------------------

    def kind(self, tok: Tok) -> str:
        key = tok.text
        cached = self._cache.get(key)
        if cached is None:
            cached = self._classify(tok.text, tok.folded)
            if len(self._cache) < 200_000:
                self._cache[key] = cached
        return cached

    def _classify(self, text: str, folded: str) -> str:
        lex = self.lex
        if folded in NOT_NAMES or folded in TITLES or folded in ROLES or folded in MONTHS:
            return "word"
        if "-" in text:
            parts = [p for p in text.split("-") if p]
            kinds = [self._classify(p, p.casefold()) for p in parts]
            named = [k for k, p in zip(kinds, parts, strict=True) if k in ("strong", "weak")]
            if named and all(
                k != "word" or p.casefold() in PARTICLES for k, p in zip(kinds, parts, strict=True)
            ):
                return "strong" if text[:1].isupper() else "lower"
            if all(k == "unknown" or p.casefold() in PARTICLES for k, p in zip(kinds, parts, strict=True)):
                return "unknown" if text[:1].isupper() else "word"
            return "word"
        if not text[:1].isupper():
            if text.isupper():
                return "word"
            if (
                lex.is_name(folded)
                and folded not in lex.name_words
                and folded not in LOWER_STOP
                and folded not in lex.ambiguous
                and folded not in lex.frequent
                and len(folded) >= 3
            ):
                return "lower"
            return "word"
        if text.isupper() and len(text) > 1:
            return "word"  # acronyms: BAMF, AZR, WG
        if folded in lex.toponyms:
            return "word"
        if lex.is_name(folded):
            return "weak" if folded in lex.ambiguous else "strong"
        stem = genitive_stem(folded)
        if stem and lex.is_name(stem) and stem not in lex.ambiguous and not lex.is_word(text):
            return "strong"
        if folded in lex.places or lex.is_known_form(text):
            return "word"
        return "unknown"

    # -- detection ------------------------------------------------------------------------------------------

    def find(self, text: str, toks: list[Tok], known: Container[str]) -> list[tuple[int, int]]:
        """Token index ranges [i, j) that name persons; `known` holds the casefolded names of the session."""
        n = len(toks)
        taken = [False] * n
        spans: list[tuple[int, int]] = []
        kinds = [self.kind(t) for t in toks]
        for idx, t in enumerate(toks):
            # abbreviations (Az., Str., Tel.) are no names, whatever a lexicon says
            if len(t.text) <= 4 and text[t.end : t.end + 1] == "." and not self.lex.is_name(t.folded):
                kinds[idx] = "abbreviation"

        def gap_ok(i: int) -> bool:
            """Tokens i and i+1 are adjacent (only spaces between)."""
            between = text[toks[i].end : toks[i + 1].start]
            return between.strip() == "" and "\n" not in between

        def extend(i: int, j: int) -> tuple[int, int]:
            # rightwards: names, unknown capitalised tokens and particles followed by a name
            while j < n and j - i < 5 and gap_ok(j - 1):
                t = toks[j]
                k = kinds[j]
                if (k in ("strong", "weak", "unknown") and t.cap) or (k == "lower" and not toks[i].cap):
                    j += 1
                elif (
                    k == "word"
                    and t.cap
                    and j == i + 1
                    and kinds[i] == "strong"
                    and t.text not in self.lex.nouns
                    and self.lex.is_noun(t.text)
                    and len(t.text) >= 4
                    and t.folded not in self.lex.frequent
                    and t.folded not in NOT_NAMES
                    and t.folded not in TITLES
                    and t.folded not in ROLES
                    and t.folded not in self.lex.toponyms
                ):
                    j += 1  # a surname that is also an inflected word form: "Heike Brandes"
                elif (
                    t.folded in PARTICLES
                    and j + 1 < n
                    and gap_ok(j)
                    and toks[j + 1].cap
                    and kinds[j + 1] in ("strong", "weak", "unknown")
                ):
                    j += 2
                else:
                    break
            # leftwards: lexicon names and particles ("Abdul Rahman", "El Amin")
            while i > 0 and gap_ok(i - 1) and j - i < 5:
                t = toks[i - 1]
                k = kinds[i - 1]
                if (t.cap and k in ("strong", "unknown")) or (
                    t.cap and t.folded in PARTICLES and i - 2 >= 0 and kinds[i - 2] == "strong"
                ):
                    i -= 1
                else:
                    break
            return i, j

        def add(i: int, j: int) -> None:
            i, j = extend(i, j)
            for x in range(i, j):
                taken[x] = True
            spans.append((i, j))

        for i in range(n):
            if taken[i]:
                continue
            t = toks[i]
            k = kinds[i]
            prev = toks[i - 1] if i > 0 else None
            prev_adjacent = prev is not None and text[prev.end : t.start].strip(" .") == ""
            cue = prev_adjacent and prev is not None and (prev.folded in TITLES or prev.folded in ROLES)
            # a title two tokens back ("Frau Dr. Klein")
            if not cue and i >= 2 and prev is not None and prev.folded in TITLES:
                cue = toks[i - 2].folded in TITLES
            if cue and prev is not None:
                title = prev.folded in TITLES
                if t.cap and k in ("strong", "weak", "unknown"):
                    add(i, i + 1)
                    continue
                if (
                    title
                    and t.cap
                    and k == "word"
                    and t.folded not in NOT_NAMES
                    and (
                        self.lex.is_name(t.folded)
                        or (t.text not in self.lex.nouns and t.folded not in self.lex.frequent)
                    )
                    and t.folded not in TITLES
                    and t.folded not in ROLES
                    and t.folded not in MONTHS
                ):
                    add(i, i + 1)
                    continue
                if not t.cap and k == "lower":
                    add(i, i + 1)
                    continue
                if (
                    title
                    and not t.cap
                    and not prev.cap
                    and t.folded not in LOWER_STOP
                    and not self.lex.is_word(t.text)
                    and len(t.text) >= 3
                ):
                    add(i, i + 1)  # chat style: "frau haile"
                    continue
            if k == "strong" or k == "lower":
                add(i, i + 1)
                continue
            key = t.folded if t.folded in known else None
            if key is None and known and t.folded[-1:] in ("s", "'", "’"):
                stem = genitive_stem(t.folded)
                key = stem if stem in known else None
            if key is not None:
                ambiguous = key in self.lex.ambiguous
                if not ambiguous or (t.cap and not (prev is not None and prev.folded in DETERMINERS)):
                    add(i, i + 1)
                    continue
            if k == "unknown" and t.cap and len(t.text) >= 3:
                # neither a lexicon name nor any German word form or compound: most likely a name
                add(i, i + 1)
                continue
            if k == "weak" and t.cap:
                # an ambiguous surname next to a strong name: "Anna Sommer"
                nxt = toks[i + 1] if i + 1 < n else None
                if (prev is not None and taken[i - 1] and gap_ok(i - 1)) or (
                    nxt is not None and gap_ok(i) and nxt.cap and kinds[i + 1] == "strong"
                ):
                    add(i, i + 1)
                    continue
        spans.sort()
        merged: list[tuple[int, int]] = []
        for i, j in spans:
            if merged and i <= merged[-1][1] - 1:
                merged[-1] = (merged[-1][0], max(j, merged[-1][1]))
            else:
                merged.append((i, j))
        return merged
