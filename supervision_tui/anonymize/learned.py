"""A learned pass after the rules: a CRF token tagger masks what the rules left readable (issue #16).

The rules catch a name by a lexicon, a cue or its make-up; the long tail (a lowercase given name nobody lists, a
village that is a noun, a clinic's name after its town) needs the context of many notes. A linear-chain CRF
(python-crfsuite, a C library; no weights from any hub) is trained by ``scripts/train_tagger.py`` on the annotated
corpora (tests/anonymize/corpus), each token described by its word, its shape and affixes, what the lexicons and
the name finder say of it and its neighbours (the rules' verdict on it only with ``RULE_FEATURES``). At run time a
token the rules left readable is masked when the model's marginal probability that it is part of an identifier
reaches ``THRESHOLD``.

Measured leave-one-corpus-out (docs/anonymizer.md, ninth session) before it was switched on. Without
python-crfsuite, or without the model file, the anonymizer runs on its rules alone (`tagger` returns None).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .names import NameFinder
from .types import Doubt

MODEL = Path(__file__).with_name("tagger.crf")
# Off by default for now (ninth session): leave-one-corpus-out it cut the identifiers left readable by a quarter,
# but it doubles the anonymizer's time per note, adds about 0.06-0.18 s to the CLI's first answer, and masks
# ordinary words some rule tests keep (docs/anonymizer.md). `GermanAnonymizer(learned=True)` switches it on.
ENABLED = False
# Whether the model reads the rules' verdict on a token (masked, doubted) as features: the committed model does not
# (`scripts/train_tagger.py --no-rule-features`). With it the model learned the rules' residue (a token the rules
# left readable is nearly always ordinary in corpora they were written from) and did worse, most of all on corpus 32,
# the one the rules never saw (docs/anonymizer.md, ninth session). Retrain when this changes.
RULE_FEATURES = False
THRESHOLD = 0.9  # marginal probability of "not O" from which a readable token is masked (measured: docs/anonymizer.md)
TOKEN = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*|[^\w\s]")
_SENTENCE_END = frozenset(".!?:;")
_CACHE_LIMIT = 50_000
# the replacement of a span the tagger found, by the type it gives the span (a person gets a pseudonym)
REPLACEMENTS = {"PLACE": "[Ort]", "AGE": "[Alter]", "DATE": "[Datum]", "OTH": "[Kennung]"}
LABELS = {"PER": "PERSON", "PLACE": "PLACE", "AGE": "AGE", "DATE": "DATE", "OTH": "ID"}
TYPES = ("PER", "PLACE", "AGE", "DATE", "OTH")  # the corpus labels the tagger learns; the rest are OTH

Token = tuple[int, int, str]


def tokens(text: str) -> list[Token]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def _shape(word: str) -> str:
    s = re.sub(r"[A-ZÄÖÜ]", "X", word)
    s = re.sub(r"[a-zäöüß]", "x", s)
    s = re.sub(r"\d", "d", s)
    s = re.sub(r"[^\W\d_]", "u", s)
    return re.sub(r"(.)\1+", r"\1\1", s)


class Features:
    """The features of a text's tokens; a word's own ones are remembered (the same words come again and again)."""

    def __init__(self, finder: NameFinder, verdict: bool | None = None) -> None:
        self.finder = finder
        # the rules' verdict (masked, with which label, doubted) as features: as the model was trained
        self.verdict = RULE_FEATURES if verdict is None else verdict
        self._words: dict[str, tuple[list[str], str, tuple[list[str], ...]]] = {}

    def word(self, w: str) -> tuple[list[str], str, tuple[list[str], ...]]:
        """A word's own features, casefolded, and what its neighbours two and one before and after see of it."""
        known = self._words.get(w)
        if known is not None:
            return known
        lo = w.casefold()
        out = [f"w={lo}", f"sh={_shape(w)}"]
        for k in (2, 3, 4):
            out.append(f"p{k}={lo[:k]}")
            out.append(f"s{k}={lo[-k:]}")
        title = w[:1].isupper()
        if title:
            out.append("title")
        if w.isupper() and len(w) > 1:
            out.append("upper")
        if w.isdigit():
            out.append("digit")
        out.append(f"len={min(len(w), 12)}")
        kind: str | None = None
        if w[:1].isalpha():
            finder = self.finder
            lex = finder.lex
            info = finder._info(w)
            kind = str(info[0])
            out.append(f"kind={kind}")
            out.append(f"mark={info[3]}")
            flags = (
                ("doubtful", info[4]),
                ("name", lex.is_name(lo)),
                ("noun", lex.is_noun(w)),
                ("known", lex.is_known_form(lo)),
                ("freq", lo in lex.frequent),
                ("namew", lo in lex.name_words),
                ("place", lo in lex.places),
                ("topo", lo in lex.toponyms),
                ("city", lo in lex.cities),
                ("country", lo in lex.countries),
                ("surn", lo in lex.surnames_only),
            )
            out.extend(name for name, on in flags if on)
        seen = []
        for d in (-2, -1, 1, 2):
            near = [f"{d}:w={lo}"]
            if title:
                near.append(f"{d}:title")
            if kind is not None:
                near.append(f"{d}:kind={kind}")
            seen.append(near)
        known = (out, lo, tuple(seen))
        if len(self._words) >= _CACHE_LIMIT:
            self._words.clear()
        self._words[w] = known
        return known

    def sequence(
        self, toks: Sequence[Token], spans: Sequence[tuple[int, int, str, str]], doubts: Sequence[Doubt]
    ) -> tuple[list[list[str]], list[str]]:
        """Every token's features, and the label of the rules' span over each token ("" for none); `spans` are
        the rules' replaced spans, `doubts` their doubts."""
        n = len(toks)
        words = [self.word(w) for _, _, w in toks]
        masked = _first_over(toks, [(s, e, label) for s, e, label, _ in spans])
        doubted = _first_over(toks, [(s, e, "doubt") for s, e in doubts])
        out: list[list[str]] = []
        pos = 0
        verdict = self.verdict
        for i in range(n):
            f = list(words[i][0])
            f.append(_POS[min(pos, 3)])
            pos = 0 if toks[i][2] in _SENTENCE_END else pos + 1
            for k, d in enumerate((-2, -1, 1, 2)):
                j = i + d
                if 0 <= j < n:
                    f += words[j][2][k]
                    if verdict and masked[j]:
                        f.append(_RMASK[k])
                else:
                    f.append(_EDGE[k])
            if 0 < i < n - 1:
                f.append(f"-1|1={words[i - 1][1]}|{words[i + 1][1]}")
            if verdict:
                label = masked[i]
                if label:
                    f.append("rmask")
                f.append(f"rlab={label}")
                if doubted[i]:
                    f.append("rdoubt")
            out.append(f)
        return out, masked


_POS = ("pos=0", "pos=1", "pos=2", "pos=3")
_RMASK = ("-2:rmask", "-1:rmask", "1:rmask", "2:rmask")
_EDGE = ("-2:w=<B>", "-1:w=<B>", "1:w=<E>", "2:w=<E>")


def _first_over(toks: Sequence[Token], ranges: list[tuple[int, int, str]]) -> list[str]:
    """Per token, the label of the first range that overlaps it, or ""."""
    out = [""] * len(toks)
    if not ranges:
        return out
    ranges.sort()
    k = 0
    for i, (s, e, _) in enumerate(toks):
        while k < len(ranges) and ranges[k][1] <= s:
            k += 1
        j = k
        while j < len(ranges) and ranges[j][0] < e:
            if ranges[j][1] > s:
                out[i] = ranges[j][2]
                break
            j += 1
    return out


def labels(toks: Sequence[Token], items: Sequence[tuple[int, int, str]]) -> list[str]:
    """BIO labels of the tokens from annotated (start, end, label) items, for training."""
    out: list[str] = []
    prev: tuple[int, int, str] | None = None
    for s, e, _ in toks:
        item = next((it for it in items if it[0] < e and s < it[1]), None)
        if item is None:
            out.append("O")
            prev = None
            continue
        kind = item[2] if item[2] in TYPES else "OTH"
        out.append(("I-" if prev is item else "B-") + kind)
        prev = item
    return out


class Tagger:
    """The trained model: the spans it finds among the tokens the rules left readable."""

    def __init__(self, model: Any, finder: NameFinder) -> None:
        self._model = model
        self._labels = [label for label in model.labels() if label != "O"]
        self.features = Features(finder)
        self._lock = threading.Lock()  # one crfsuite tagger holds one sequence at a time

    def spans(
        self,
        text: str,
        spans: Sequence[tuple[int, int, str, str]],
        doubts: Sequence[Doubt],
        threshold: float = THRESHOLD,
    ) -> list[tuple[int, int, str]]:
        """(start, end, type) of the runs of readable tokens the model reads as an identifier; type as in TYPES."""
        toks = tokens(text)
        if not toks:
            return []
        xseq, masked = self.features.sequence(toks, spans, doubts)
        found: list[tuple[int, int, str]] = []
        model = self._model
        with self._lock:
            model.set(xseq)
            for i, (s, e, w) in enumerate(toks):
                if not w[0].isalnum():
                    continue
                over = [(a, b) for a, b, _, _ in spans if a < e and s < b] if masked[i] else []
                if any(a <= s and e <= b for a, b in over) or 1.0 - model.marginal("O", i) < threshold:
                    continue
                best = max(self._labels, key=lambda label: model.marginal(label, i))
                kind = best[2:]
                # of a token the rules masked in part, the rest ("Meschede" of "St.-Walburga-Krankenhaus Meschede")
                if over:
                    found.extend((a, b, kind) for a, b in _uncovered(text, s, e, over))
                elif found and found[-1][2] == kind and not text[found[-1][1] : s].strip():
                    found[-1] = (found[-1][0], e, kind)
                else:
                    found.append((s, e, kind))
        return found


def _uncovered(text: str, start: int, end: int, over: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The runs of `text[start:end]` outside the spans `over` that hold a letter or a digit."""
    out: list[tuple[int, int]] = []
    run = -1
    for k in range(start, end + 1):
        free = k < end and not any(a <= k < b for a, b in over)
        if free and run < 0:
            run = k
        elif not free and run >= 0:
            if any(c.isalnum() for c in text[run:k]):
                out.append((run, k))
            run = -1
    return out


def tagger(finder: NameFinder, path: Path | None = None) -> Tagger | None:
    """The tagger of the model file (`MODEL`), or None without python-crfsuite or without the file (rules only)."""
    path = path if path is not None else MODEL
    if not path.is_file():
        return None
    try:
        import pycrfsuite  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError:
        return None
    model = pycrfsuite.Tagger()
    model.open(str(path))
    return Tagger(model, finder)
