"""A learned pass after the rules: a CRF token tagger masks what the rules left readable (issue #16).

The rules catch a name by a lexicon, a cue or its make-up; the long tail (a lowercase given name nobody lists, a
village that is a noun, a clinic's name after its town) needs the context of many notes. A linear-chain CRF
(python-crfsuite, a C library; no weights from any hub) is trained by ``scripts/train_tagger.py`` on the annotated
corpora (tests/anonymize/corpus), each token described by its word, its shape and affixes, what the lexicons and
the name finder say of it and its neighbours (the rules' verdict on it only with ``RULE_FEATURES``). At run time a
token the rules left readable is masked when the model's marginal probability that it is part of an identifier
reaches ``THRESHOLD`` and no lexicon knows it as a word (`known`); it is a doubt for the reviewer from
``DOUBT_THRESHOLD``, a known word from ``KNOWN_DOUBT``; words of a text's make-up ("z. B.", "Dipl.-Ing.") and
tokens with digits and letters are never asked about (`Asker.unread`); a number is asked where its context leaves
it open (`counted`) and is at most a doubt, from ``NUMBER_DOUBT``.

Measured leave-one-corpus-out (docs/anonymizer.md, ninth and tenth sessions). Without
python-crfsuite, or without the model file, the anonymizer runs on its rules alone (`tagger` returns None).
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
import struct
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final, NamedTuple

from .names import (
    _DEGREE_PARTS,
    _TITLE_PARTS,
    FUNCTION_WORDS,
    MONTHS,
    NOT_NAMES,
    ROLES,
    TITLES,
    NameFinder,
    dialect_form,
)
from .patterns import _MONTH_ANY, DOSE_UNITS, PLACEHOLDER, _appointment
from .types import Doubt

MODEL = Path(__file__).with_name("tagger.crf")
# On by default since the tenth session, in two tiers (`GermanAnonymizer._with_learned`): it masks only tokens no
# lexicon knows as a word and no rule kept on purpose, and doubts the rest it reads as an identifier, so what it is
# unsure of reaches the reviewer instead of being hidden (docs/anonymizer.md). `GermanAnonymizer(learned=False)`
# runs the rules alone.
ENABLED = True
# Whether the model reads the rules' verdict on a token (masked, doubted) as features: the committed model does not
# (`scripts/train_tagger.py --no-rule-features`). With it the model learned the rules' residue (a token the rules
# left readable is nearly always ordinary in corpora they were written from) and did worse, most of all on corpus 32,
# the one the rules never saw (docs/anonymizer.md, ninth session). Retrain when this changes.
RULE_FEATURES = False
# the words the name finder never reads as a name (titles, roles, months, parts of a degree)
_KNOWN_SHORT = TITLES | ROLES | MONTHS | NOT_NAMES | _DEGREE_PARTS | _TITLE_PARTS
THRESHOLD = 0.9  # marginal probability of "not O" from which a readable token is masked (measured: docs/anonymizer.md)
# the mask threshold of a type where it is not THRESHOLD, for a token with a capital (`mask_threshold`): a place from
# 0.7 (leave-one-corpus-out over 27 corpora, docs/anonymizer.md, eleventh session)
MASK_THRESHOLDS: dict[str, float] = {"PLACE": 0.7}
DOUBT_THRESHOLD = 0.5  # from which a readable token the model reads as an identifier is at least a doubt
# from which a word the lexicons know, or one a rule kept on purpose, is a doubt (never masked by the pass)
KNOWN_DOUBT = 0.9
# Numbers of digits ("34", "19.3") are asked too, but never masked: the rules' patterns read numbers, and their
# tests keep appointments, rooms and doses readable. One the model reads as an identifier from NUMBER_DOUBT is a
# doubt; one its context makes a time, a measure, a count, a numbered thing or an appointment's day is not asked
# (`counted`). Measured leave-one-corpus-out (docs/anonymizer.md, eleventh session).
NUMBERS = True
NUMBER_DOUBT = 0.5
# what goes to the model around each token worth asking about (`Tagger.read`): this many tokens before and after
# it, within its sentence; 0 for its whole sentence, None for the whole text
WINDOW: int | None = 0
TOKEN = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*|[^\w\s]")
_SENTENCE_END: Final = frozenset(".!?:;")
_DIGIT: Final = re.compile(r"\d")
_CACHE_LIMIT: Final = 50_000
# the replacement of a span the tagger found, by the type it gives the span (a person gets a pseudonym)
REPLACEMENTS = {"PLACE": "[Ort]", "AGE": "[Alter]", "DATE": "[Datum]", "OTH": "[Kennung]"}
LABELS = {"PER": "PERSON", "PLACE": "PLACE", "AGE": "AGE", "DATE": "DATE", "OTH": "ID"}
TYPES = ("PER", "PLACE", "AGE", "DATE", "OTH")  # the corpus labels the tagger learns; the rest are OTH

Token = tuple[int, int, str]
# a feature as handed to crfsuite: a string, or its UTF-8 bytes, which python-crfsuite takes without encoding it
Feature = str | bytes


def mask_threshold(kind: str, surface: str) -> float:
    """From which probability a token the model reads as `kind` is masked: `MASK_THRESHOLDS` for one that begins
    with a capital, THRESHOLD otherwise (in lowercase an unknown compound is as often a word: "er holt in der
    bäckerei sauerteigbrot" read "sauerteigbrot" as a place with 0.75)."""
    if surface[:1].isupper():
        return MASK_THRESHOLDS.get(kind, THRESHOLD)
    return THRESHOLD


def tokens(text: str) -> list[Token]:
    """The tokens of `text` with their offsets: `TOKEN`'s matches, found by `findall` (no match object per token)
    and placed by `str.find` from the end of the one before: only spaces and underscores lie between two
    tokens, and a token begins with neither, so its first occurrence from there is where it was matched."""
    out: list[Token] = []
    end = 0
    for word in TOKEN.findall(text):
        start = text.find(word, end)
        end = start + len(word)
        out.append((start, end, word))
    return out


_UPPER = re.compile(r"[A-ZÄÖÜ]")
_LOWER = re.compile(r"[a-zäöüß]")
_OTHER_LETTER = re.compile(r"[^\W\d_]")
_REPEATED = re.compile(r"(.)\1+")


def _shape(word: str) -> str:
    s = _UPPER.sub("X", word)
    s = _LOWER.sub("x", s)
    s = _DIGIT.sub("d", s)
    s = _OTHER_LETTER.sub("u", s)
    return _REPEATED.sub(r"\1\1", s)


class Features:
    """The features of a text's tokens; a word's own ones are remembered (the same words come again and again)."""

    def __init__(
        self, finder: NameFinder, verdict: bool | None = None, attributes: frozenset[str] | None = None
    ) -> None:
        self.finder = finder
        # the rules' verdict (masked, with which label, doubted) as features: as the model was trained
        self.verdict = RULE_FEATURES if verdict is None else verdict
        # the features the model knows (`attributes`), None for all: crfsuite skips every other one, so leaving
        # them out changes no score and saves handing them over (a sixth of them: "w=" of an unseen word). With
        # them, the features are kept as UTF-8 bytes: python-crfsuite would encode every string on every call.
        self.attributes = attributes
        self._words: dict[str, tuple[list[Feature], str, tuple[list[Feature], ...]]] = {}
        self._positions = [self.for_model([p]) for p in _POS]
        self._edges = [self.for_model([e]) for e in _EDGE]
        self._rmasks = [self.for_model([r]) for r in _RMASK]

    def for_model(self, features: list[str]) -> list[Feature]:
        """`features` as the model gets them: with `attributes`, only those it knows, encoded; else as they are."""
        attributes = self.attributes
        if attributes is None:
            kept: list[Feature] = [*features]
            return kept
        return [a.encode() for a in features if a in attributes]

    def word(self, w: str) -> tuple[list[Feature], str, tuple[list[Feature], ...]]:
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
        known = (self.for_model(out), lo, tuple(self.for_model(near) for near in seen))
        if len(self._words) >= _CACHE_LIMIT:
            self._words.clear()
        self._words[w] = known
        return known

    def sequence(
        self, toks: Sequence[Token], spans: Sequence[tuple[int, int, str, str]], doubts: Sequence[Doubt]
    ) -> tuple[list[list[Feature]], list[str]]:
        """Every token's features, and the label of the rules' span over each token ("" for none); `spans` are
        the rules' replaced spans, `doubts` their doubts (read only with `verdict`)."""
        masked = _first_over(toks, [(s, e, label) for s, e, label, _ in spans])
        return self.rows(toks, masked, doubts, range(len(toks))), masked

    def rows(
        self, toks: Sequence[Token], masked: list[str], doubts: Sequence[Doubt], which: Sequence[int]
    ) -> list[list[Feature]]:
        """The features of the tokens `which` (indices into `toks`, ascending), each read with its neighbours in
        all of `toks`: the same features `sequence` gives them."""
        n = len(toks)
        word = self.word
        texts = [w for _, _, w in toks]
        # each token's own features, its casefolded word and how its neighbours two and one before and after see
        # it (`word`), in lists of their own: compiled with mypyc, each read of a word's tuple from a list would
        # check and unpack all of it again
        none: list[Feature] = []
        own = [none] * n
        low = [""] * n
        as_before2 = [none] * n
        as_before1 = [none] * n
        as_after1 = [none] * n
        as_after2 = [none] * n
        if len(which) == n:
            needed: Sequence[int] = range(n)
        else:  # only the tokens asked about and their neighbours two either side
            near = [False] * n
            for i in which:
                for j in range(max(0, i - 2), min(n, i + 3)):
                    near[j] = True
            needed = [j for j in range(n) if near[j]]
        for j in needed:
            features, folded, seen = word(texts[j])
            own[j] = features
            low[j] = folded
            as_before2[j] = seen[0]
            as_before1[j] = seen[1]
            as_after1[j] = seen[2]
            as_after2[j] = seen[3]
        views = (as_before2, as_before1, as_after1, as_after2)
        verdict = self.verdict
        doubted = _first_over(toks, [(s, e, "doubt") for s, e in doubts]) if verdict else []
        attributes = self.attributes
        ends = _SENTENCE_END
        positions, edges, rmasks = self._positions, self._edges, self._rmasks
        out: list[list[Feature]] = []
        last = n - 1
        for i in which:
            # the position in the sentence, counted up to 3 from the last sentence end before the token
            pos = 0
            while pos < 3 and i - pos > 0 and texts[i - pos - 1] not in ends:
                pos += 1
            f = own[i] + positions[pos]
            if not verdict and 2 <= i <= last - 2:
                # the common case: no edge near and no verdict, each neighbour's view of itself as one list
                f += as_before2[i - 2]
                f += as_before1[i - 1]
                f += as_after1[i + 1]
                f += as_after2[i + 2]
            else:
                for k, d in enumerate((-2, -1, 1, 2)):
                    j = i + d
                    if 0 <= j < n:
                        f += views[k][j]
                        if verdict and masked[j]:
                            f += rmasks[k]
                    else:
                        f += edges[k]
            if 0 < i < last:
                pair = f"-1|1={low[i - 1]}|{low[i + 1]}"
                if attributes is None:
                    f.append(pair)
                elif pair in attributes:
                    f.append(pair.encode())
            if verdict:
                label = masked[i]
                f += self.for_model(["rmask", f"rlab={label}"] if label else [f"rlab={label}"])
                if doubted[i]:
                    f += self.for_model(["rdoubt"])
            out.append(f)
        return out


_POS: Final = ("pos=0", "pos=1", "pos=2", "pos=3")
_RMASK: Final = ("-2:rmask", "-1:rmask", "1:rmask", "2:rmask")
_EDGE: Final = ("-2:w=<B>", "-1:w=<B>", "1:w=<E>", "2:w=<E>")


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


class Reading(NamedTuple):
    """A readable token (or the readable rest of one the rules masked in part) the model reads as part of an
    identifier: its offsets, the type it gives it (as in TYPES), the probability that it is no ordinary word, and
    whether it is a number (begins with a digit: only ever a doubt)."""

    start: int
    end: int
    kind: str
    p: float
    number: bool = False


class Asked(NamedTuple):
    """A text's tokens, the label of the rules' span over each ("" for none) and the indices of the tokens worth
    asking the model about (`Asker.asked`)."""

    toks: list[Token]
    masked: list[str]
    asked: list[int]


class Asker:
    """Which tokens of a text the model is asked about: read before the model is loaded, so a text with none
    never loads it (`GermanAnonymizer._with_learned`)."""

    def __init__(self, finder: NameFinder) -> None:
        lex = finder.lex
        self._frequent = lex.frequent
        self._names = lex.names
        self._toponyms = lex.toponyms
        self._unread: dict[str, bool] = {}

    def unread(self, word: str) -> bool:
        """A token the model is not asked about, whatever it would say: no letter or digit first; a digit in a
        word, or a letter in a number (the rules' patterns read codes; a number of digits is asked, `NUMBERS`); a link's or an address's parts ("www.beratung.de"); a
        frequent word that is no name and no place ("und", "Heute", "also"); or a word of the text's make-up
        (`structural`: "z. B.", "Dipl.-Ing.", "BAMF"). A short word the name finder takes for an abbreviation
        before its full stop (`Kind.ABBREVIATION`) is asked, but only doubted (`engine._kept_by_rules`).
        Remembered per word."""
        known = self._unread.get(word)
        if known is None:
            known = self._unread_word(word)
            if len(self._unread) >= _CACHE_LIMIT:
                self._unread.clear()
            self._unread[word] = known
        return known

    def _unread_word(self, word: str) -> bool:
        if NUMBERS and word[0].isdigit():
            # a number of digits (and dots: "19.3"), asked, at most a doubt (`NUMBER_DOUBT`); not a code or a
            # grade with letters ("3b", "50-SB-0344"), the patterns' part
            return not word.replace(".", "").isdigit()
        if not word[0].isalpha() or "." in word or "@" in word or _DIGIT.search(word) is not None:
            return True
        folded = word.casefold()
        if word[0].isupper() and folded in FUNCTION_WORDS:
            # a function word that is also a name, capitalised: the rules mask it as a name wherever it stands as
            # one ("mit Nur beim Amt", "Nur war heute da"); what they leave is the word at a sentence's start ("Nur
            # für Sie gedacht"), where a doubt would be noise
            return True
        # frequent forms are lowercase, not casefolded ("groß", not "gross"); a frequent word that is also a name
        # is asked about in lowercase too: "fatumata ba", "alpha oumar" (leave-one-corpus-out, skipping them left
        # two more leaks of 2,102 identifiers unflagged)
        if (folded in self._frequent or word.lower() in self._frequent) and (
            folded not in self._names and folded not in self._toponyms
        ):
            return True
        return structural(word)

    def asked(
        self, text: str, spans: Sequence[tuple[int, int, str, str]], today: dt.date | None = None
    ) -> Asked:
        """The tokens of `text` neither `unread` nor wholly inside one of the rules' `spans`, nor a number its
        context makes a time, a measure, a count or a numbered thing (`counted`, its dates read against `today`,
        the session's day) or a placeholder holds."""
        toks = tokens(text)
        masked = _first_over(toks, [(s, e, label) for s, e, label, _ in spans])
        asked = []
        unread = self.unread
        # a placeholder's band ("[Alter 10–19]" in a text stored before) is no number of the text's
        held = [m.span() for m in PLACEHOLDER.finditer(text)] if "[" in text else []
        for i, (s, e, w) in enumerate(toks):
            if unread(w):
                continue
            if masked[i] and any(a <= s and e <= b for a, b, _, _ in spans):
                continue  # wholly inside one of the rules' spans (before `counted`: most numbers are, a phone's)
            if w[0].isdigit() and (counted(text, s, e, today) or any(a <= s and e <= b for a, b in held)):
                continue
            asked.append(i)
        return Asked(toks, masked, asked)


class Tagger:
    """The trained model: what it reads as identifiers among the tokens the rules left readable."""

    def __init__(self, model: Any, finder: NameFinder, attributes: frozenset[str] | None = None) -> None:
        self._model = model
        self._labels = [label for label in model.labels() if label != "O"]
        self.features = Features(finder, attributes=attributes)
        self.asker = Asker(finder)
        self._lock = threading.Lock()  # one crfsuite tagger holds one sequence at a time

    def read(
        self,
        text: str,
        spans: Sequence[tuple[int, int, str, str]],
        doubts: Sequence[Doubt],
        floor: float = DOUBT_THRESHOLD,
        prepared: Asked | None = None,
    ) -> list[Reading]:
        """The readable tokens the model gives at least `floor` of being part of an identifier, in text order.

        Only the sentences that hold a token worth asking about (`Asker`; `prepared` if the caller has read them)
        go to the model, and none when no token is; each token read with its neighbours in the whole text, as
        in training."""
        toks, masked, asked = prepared if prepared is not None else self.asker.asked(text, spans)
        if not asked:
            return []
        which = range(len(toks)) if WINDOW is None else _sentences_of(toks, asked, WINDOW)
        xseq = self.features.rows(toks, masked, doubts, which)
        at = {i: k for k, i in enumerate(which)}
        found: list[Reading] = []
        model = self._model
        labels = self._labels
        with self._lock:
            model.set(xseq)
            for i in asked:
                k = at[i]
                p = 1.0 - model.marginal("O", k)
                if p < floor:
                    continue
                best = max(labels, key=lambda label: model.marginal(label, k))
                kind = best[2:]
                s, e, w = toks[i]
                if w[0].isdigit():
                    if not masked[i]:  # a number the rules read in part is theirs ("16-jährig")
                        found.append(Reading(s, e, kind, p, True))
                elif masked[i]:
                    # of a token the rules masked in part, the rest ("Meschede" of "St.-Walburga-Krankenhaus
                    # Meschede")
                    over = [(a, b) for a, b, _, _ in spans if a < e and s < b]
                    found.extend(Reading(a, b, kind, p) for a, b in _uncovered(text, s, e, over))
                else:
                    found.append(Reading(s, e, kind, p))
        return found


def _sentences_of(toks: Sequence[Token], asked: list[int], around: int = 0) -> list[int]:
    """The indices of the tokens of every sentence that holds one of `asked` (ascending); with `around`, only the
    tokens of that sentence at most `around` before or after one of them."""
    out: list[int] = []
    start = 0
    k = 0
    n = len(toks)
    for i in range(n):
        if toks[i][2] in _SENTENCE_END or i == n - 1:
            # the sentence toks[start : i + 1]
            while k < len(asked) and asked[k] < start:
                k += 1
            if k < len(asked) and asked[k] <= i:
                if not around:
                    out.extend(range(start, i + 1))
                else:
                    while k < len(asked) and asked[k] <= i:
                        lo = max(start, asked[k] - around, out[-1] + 1 if out else 0)
                        out.extend(range(lo, min(i, asked[k] + around) + 1))
                        k += 1
            start = i + 1
    return out


# What makes a number no identifier, whatever the learned pass reads in it (`counted`): a unit, a time or a counted
# noun after it ("1000 mg", "18 Uhr", "18:30", "3 Kinder"; not "Jahre": that is an age), or a word before it that
# numbers a time, a room, a page, a bus, a grade, a paragraph ("um 18", "Raum 12", "S. 4", "Linie 5", "§ 60")
_COUNTED_AFTER: Final = re.compile(
    rf"(?:[:,/][\w]|\s?(?:Uhr|h|{DOSE_UNITS}|%|€|Euro|EUR|Cent|ct|km|m|cm|mm|qm|m²"
    r"|Min|min|Minuten|Std|Stunden|Tag|Tage|Tagen|Woche|Wochen|Monat|Monate|Monaten|Mal|mal|x|Kinder|Personen|Leute"
    r"|Termine|Seiten|Stück|Punkte|Grad|°|Tabletten|Tbl|Hübe|Tropfen|Einheiten|Plätze|Betten|Zimmer)(?![\w-])"
    # a counted noun in any case, or a compound of one: "3 termine", "17 Fehltage"
    r"|\s(?i:\w*(?:tage|tagen|wochen|monate|monaten|stunden|minuten|termine|kinder|personen|euro|mal))\b)"
)
_COUNTED_BEFORE: Final = frozenset({
    "um", "ab", "gegen", "bis", "raum", "zimmer", "zi", "seite", "s", "nr", "no", "nummer", "haus", "station",
    "bus", "linie", "gleis", "tram", "klasse", "stufe", "pflegegrad", "pg", "grad", "gdb", "§", "abs", "art",
    "kapitel", "punkt", "platz", "stock", "etage", "ebene", "modul", "block", "termin", "tel", "top", "gruppe",
    "je", "pro", "gr", "größe", "perzentile", "gold", "stadium", "libre", "level",
})  # fmt: skip
# the word before a number ("ab dem 1.", "um ca. 18"), or before the list of numbers it ends ("Zimmer 12, 14, 16")
_WORD_BEFORE: Final = re.compile(
    r"(?<![\w§])([^\W\d]+|§)\.?\s*(?:(?:dem|den|der|zum|zur|ca\.|etwa)\s+)?"
    r"(?:\d+[a-z]?\s*(?:,|und|oder|bis|-|–|/)\s*)*$"
)


# a day told as an appointment's or a deadline's: "Termin … am 3. März", "am 11. Februar um 9:30 Uhr", "ab dem …"
_SCHEDULED_BEFORE: Final = re.compile(
    r"\b(?:termin\w*|frist|verhandlung|anhörung|läuft|endet|gültig|bis|ab|nächste\w*)\b[^.!?\n]{0,50}$",
    re.IGNORECASE,
)
_SCHEDULED_AFTER: Final = re.compile(r"[^.!?\n]{0,12}?\b(?:um \d|uhr\b)", re.IGNORECASE)
# an enumeration's number: "(1) Die nächtlichen Anrufe …" at a text's or a sentence's start
_ENUMERATION: Final = re.compile(r"(?:^|[.:!?]\s*)\($")


def counted(text: str, start: int, end: int, today: dt.date | None = None) -> bool:
    """Whether the number at text[start:end] is a time, a measure, an amount, a count or a numbered thing by its
    context ("18:30", "6,40 Euro"), or a date that is an appointment's (no year, or a day still to come against
    `today`, the session's day, `types.reading_day()` if not given: `patterns._appointment`), never a person's age
    or birth date."""
    value = text[start:end]
    if ("." in value or "/" in value) and _appointment(value + ".", today) is True:
        return True
    if start > 1 and text[start - 1] in ",./:" and text[start - 2].isdigit():
        return True  # the rest of a decimal, a ratio or a time: "1,4", "L4/5", "100/6", "8:30"
    if _COUNTED_AFTER.match(text, end) is not None:
        return True
    if text[end : end + 1] == ")" and _ENUMERATION.search(text, max(0, start - 4), start) is not None:
        return True
    first, last = date_around(text, start, end)
    if (first, last) != (start, end) or "." in value:  # a date: with a month's name, or in digits
        if _appointment(text[first:last], today) is True and re.search(r"\d{4}", text[first:last]):
            return True  # a day still to come: "am 3. März 2027"
        if (
            _SCHEDULED_BEFORE.search(text, max(0, first - 60), first) is not None
            or _SCHEDULED_AFTER.match(text, last) is not None
        ):
            return True
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and m.group(1).casefold() in _COUNTED_BEFORE


# a month's name (and a year) after a day's number, or a month's name before a year: "3. Oktober", "August 2014"
_MONTH_AFTER: Final = re.compile(rf"\.?\s(?:{_MONTH_ANY})\b\.?(?:\s(?:19|20)\d\d\b)?")
_MONTH_BEFORE: Final = re.compile(rf"\b(?:{_MONTH_ANY})\.?\s$")


def date_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of the number at text[start:end] with the month's name (and year) it is the day or the year
    of ("am 3. Oktober", "August 2014"): a doubt on the number alone would leave the month readable."""
    m = _MONTH_AFTER.match(text, end)
    if m is not None:
        end = m.end()
    m = _MONTH_BEFORE.search(text, max(0, start - 12), start)
    if m is not None:
        start = m.start()
    return start, end


def structural(word: str) -> bool:
    """A word of a text's make-up, never a name on its own: a letter ("z. B."), a title, a role, a month, a part of
    an academic degree ("Dipl.-Ing."), an acronym or a Roman numeral in capitals ("BAMF", "CIAO", "III"), a
    number's name ("Telnr") or an abbreviation in mixed case ("AsylbLG"); a word with a hyphen when each part is."""
    if len(word) <= 1:
        return True
    if "-" in word:
        parts = [p for p in word.split("-") if p]
        return bool(parts) and all(structural(p) for p in parts)
    if word.casefold() in _KNOWN_SHORT:
        return True
    if word.isupper() and len(word) <= 5:
        return True
    if len(word) > 3 and word.endswith("nr"):
        return True  # a number's name: "Telnr", "Kundennr"
    return len(word) > 2 and not word.isupper() and (word[1].isupper() or word[-1].isupper())


def known(finder: NameFinder, word: str) -> bool:
    """Whether the lexicons know `word` as a word, which the learned pass never masks on its own (it may doubt
    it): a German word form or noun (inflected: "Kindern"), a medical term, a language, a country, a city kept
    as context, a dialect's spelling of an everyday word ("Dahoam"), a frequent word of another script in
    lowercase (a capital marks a name there: "Микола"); a word with a hyphen or an apostrophe when each part is.
    A compound only `Lexicon.is_known_form` reads as one ("Rost|ami", "Obst|hof") is no known word here: most
    names split so."""
    if "-" in word or "'" in word or "’" in word:
        parts = [p for p in re.split(r"[-'’]", word) if p]
        return bool(parts) and all(known(finder, p) for p in parts)
    lex = finder.lex
    folded = word.casefold()
    if (
        folded in lex.frequent
        or folded in lex.words
        or folded in lex.technical
        or folded in lex.languages
        or folded in lex.countries
        or folded in lex.cities
        or (folded in lex.foreign and not word[:1].isupper())
        # a dialect's spelling of an everyday word: "Dahoam", "Guat", "Gfühl"
        or dialect_form(lex, folded)
    ):
        return True
    return lex.is_noun(word) or lex.is_noun(word[:1].upper() + word[1:])


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
        # not `import pycrfsuite`: compiled with mypyc, a module imported once is never looked up again, and a
        # test (or an install without it) that makes the import fail would go unnoticed
        pycrfsuite = importlib.import_module("pycrfsuite")
    except ImportError:
        return None
    model = pycrfsuite.Tagger()
    model.open(str(path))
    return Tagger(model, finder, attributes(path))


_ATTRIBUTES: dict[tuple[str, int, int], frozenset[str] | None] = {}


def attributes(path: Path) -> frozenset[str] | None:
    """The features (crfsuite's attributes) the model file at `path` knows, read from its attribute database (a
    CQDB chunk: its backward array holds each attribute's record, an id, a length and the name ending in NUL);
    None where the file is not laid out so. Remembered per file (20 ms; `Tagger.info()` takes 250 ms)."""
    stat = path.stat()
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if key not in _ATTRIBUTES:
        _ATTRIBUTES[key] = _read_attributes(path.read_bytes())
    return _ATTRIBUTES[key]


def _read_attributes(data: bytes) -> frozenset[str] | None:
    try:
        # the model's header: magic, size, type, version, features, labels, attributes and the chunks' offsets
        header = struct.unpack_from("<4sI4sIIIIIIIII", data, 0)
        if header[0] != b"lCRF":
            return None
        count = int(header[6])
        base = int(header[9])  # off_attrs: the attributes' CQDB
        chunk, _, _, _, size, offset = struct.unpack_from("<4sIIIII", data, base)
        if chunk != b"CQDB" or size != count:
            return None
        names = set()
        for record in struct.unpack_from(f"<{size}I", data, base + int(offset)):
            length = int(struct.unpack_from("<I", data, base + int(record) + 4)[0])
            start = base + int(record) + 8
            names.add(data[start : start + length - 1].decode("utf-8"))
    except (struct.error, UnicodeDecodeError):
        return None
    return frozenset(names) if len(names) == count else None
