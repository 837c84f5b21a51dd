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
from itertools import accumulate, chain

from . import data
from .lexicon import Lexicon

TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?(?:-[^\W\d_]+)*")

TITLES = frozenset(data.TITLES.split())
ROLES = frozenset(data.ROLES.split())
PARTICLES = frozenset(data.NAME_PARTICLES.split())
NOT_NAMES = frozenset(w.casefold() for w in data.NOT_NAMES.split())
LOWER_STOP = frozenset(data.LOWER_STOP.split())
# Words after which a capitalised ambiguous token is the ordinary word ("im Sommer", "ein Engel").
DETERMINERS = frozenset(data.ARTICLES.split()) | frozenset(
    [
        "einem",
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
    ]
)
# Articles and possessives: after one, "Frau" is the noun ("die Frau sagt"); after "ist" it is a salutation
# ("Vermieter ist Herr Graf")
ARTICLES = DETERMINERS - {"sehr", "so", "zu", "ganz", "ist", "war", "wird", "wurde", "sind", "bin", "nicht"}
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


MONTH_ABBREVIATIONS = frozenset(data.MONTH_ABBREVIATIONS.split())
_MONTH_ABBREVIATION_CUES = frozenset(data.MONTH_ABBREVIATION_CUES.split())
SALUTATIONS = frozenset(data.SALUTATIONS.split())
ADDRESS_NOUNS = frozenset(data.ADDRESS_NOUNS.split())
FUNCTION_WORDS = frozenset(data.FUNCTION_WORDS.split())
FACILITIES = frozenset(w.casefold() for w in data.FACILITIES.split())
_FACILITY_LINKS = PARTICLES | {"am", "an", "zum", "zur", "im", "auf"}  # "Sekundarschule Am Gröpertor"
# compounds that end in a facility are facilities too ("Harzklinikum"); short kinds ("Hort", "Heim") are
# left out, as they end ordinary words ("Wohnheim" is in the list, "Geheim" is no facility)
_STREET_WORDS = frozenset(
    [
        "weg",
        "platz",
        "ring",
        "markt",
        "berg",
        "tor",
        "hof",
        "graben",
        "wall",
        "anger",
        "garten",
        "feld",
        "park",
        "bogen",
        "grund",
        "ufer",
    ]
)
_FACILITY_ENDINGS = tuple(sorted(f for f in FACILITIES if len(f) >= 6))
CUES = TITLES | ROLES
KINDS_NAMED = ("strong", "weak", "unknown")
_GENITIVE_ENDS = ("s", "'", "’")
_TOWN_PREPOSITIONS = frozenset(["in", "aus", "nach", "bei", "von", "bis", "nahe", "richtung"])
_TOWN_ENDINGS = (
    "leben", "stedt", "städt", "rode", "roda", "hausen", "dorf", "felde", "hagen", "heim", "ingen", "stadt",
    "burg", "walde", "werder", "witz", "berg", "bach", "born", "brück", "münde", "see", "thal",
)  # fmt: skip
_FUNCTION_BEFORE_NAME = frozenset(
    ["in", "an", "auf", "aus", "nach", "vor", "bis", "seit", "für", "mit", "bei", "von"]
)
# after one of these a capitalised word is the word, not a name beside another ("im Sommer Anna")
_BEFORE_WORD = DETERMINERS | _FUNCTION_BEFORE_NAME
_QUANTIFIERS = frozenset(["viel", "viele", "wenig", "mehr", "weniger", "etwas", "genug", "soviel", "voller"])
_GREETINGS = frozenset(
    (feast, wish)
    for feast in ("ramadan", "eid", "bayram", "newroz", "nowruz")
    for wish in ("kareem", "karim", "mubarak", "pîroz", "piroz")
)
_SPLIT = re.compile(f"({TOKEN.pattern})")
MARK_PLACE, MARK_FACILITY = 1, 2  # what a token is besides its kind: a town to mask, a facility's kind
_CACHE_LIMIT = 50_000  # distinct token texts; the cache is emptied when it is full


class Tokens:
    """The word tokens of a text as parallel lists, cheaper than one object per token.

    `gaps[i]` is the text before token i, `gaps[i + 1]` the text after it. The per-token lists (`kinds`,
    `folded`, `caps`, `places`) are filled by `NameFinder.annotate`.
    """

    __slots__ = ("caps", "doubtful", "ends", "folded", "gaps", "kinds", "marks", "starts", "words")

    def __init__(self, text: str, protected: list[tuple[int, int]] | None = None) -> None:
        parts = _SPLIT.split(text)  # gap, token, gap, token, …, gap
        offsets = list(accumulate(map(len, parts), initial=0))
        self.words: list[str] = parts[1::2]
        self.starts: list[int] = offsets[1:-2:2]
        self.ends: list[int] = offsets[2:-1:2]
        self.gaps: list[str] = parts[0::2]
        if protected:  # drop tokens inside our own labels; the gaps then run over the labels
            keep = [
                i
                for i in range(len(self.words))
                if not any(s < self.ends[i] and self.starts[i] < e for s, e in protected)
            ]
            if len(keep) < len(self.words):
                self.words = [self.words[i] for i in keep]
                self.starts = [self.starts[i] for i in keep]
                self.ends = [self.ends[i] for i in keep]
                cuts = [0, *chain.from_iterable(zip(self.starts, self.ends, strict=True)), len(text)]
                self.gaps = [text[cuts[k] : cuts[k + 1]] for k in range(0, len(cuts), 2)]
        self.kinds: list[str] = []
        self.folded: list[str] = []
        self.caps: list[bool] = []
        self.marks: list[int] = []  # MARK_PLACE, MARK_FACILITY or 0
        # neither a known word nor a known name, by its text alone (`NameFinder.doubts` adds the context)
        self.doubtful: list[bool] = []

    def __len__(self) -> int:
        return len(self.words)


GENITIVE_SUFFIXES = ("'s", "’s", "s", "'", "’")


def genitive_stem(folded: str) -> str | None:
    for suffix in GENITIVE_SUFFIXES:
        if folded.endswith(suffix) and len(folded) - len(suffix) >= 3:
            return folded[: -len(suffix)]
    return None


# Module functions and a small class instead of closures inside `find` and `facilities`: compiled with
# mypyc, each closure is an environment object in a reference cycle, garbage for the cycle collector on
# every call (16 objects per phone answer, seen with gc.DEBUG_SAVEALL in the live server).


def _initial(toks: Tokens, i: int) -> bool:
    """Token i is an initial: one capital letter and a full stop ("P.")."""
    word = toks.words[i]
    return len(word) == 1 and toks.caps[i] and word.isalpha() and toks.gaps[i + 1][:1] == "."


def _gap_ok(gaps: list[str], i: int) -> bool:
    """Tokens i and i+1 are adjacent (only spaces between)."""
    between = gaps[i + 1]
    return between.strip() == "" and "\n" not in between


def _adjacent(toks: Tokens, j: int) -> bool:
    """Token j exists, is capitalised and follows the one before on the same line."""
    return j < len(toks) and toks.caps[j] and _gap_ok(toks.gaps, j - 1)


def _plain(toks: Tokens, j: int) -> bool:
    """Token j can be part of a facility's proper name after a link word ("Am Hohen Weg")."""
    fold = toks.folded[j]
    return not (
        fold in NOT_NAMES
        or fold in FACILITIES
        or fold in MONTHS
        or toks.words[j].isupper()
        or toks.kinds[j] == "abbreviation"
    )


def _proper(toks: Tokens, lex: Lexicon, j: int) -> bool:
    """Token j can be a facility's proper name right after its kind ("Kita Pusteblume")."""
    fold = toks.folded[j]
    return (
        _plain(toks, j) and fold not in lex.frequent and not (fold in lex.toponyms and fold not in lex.places)
    )


class _Found:
    """The person spans `NameFinder.find` has taken so far; each is widened to the whole name."""

    def __init__(self, toks: Tokens, lex: Lexicon) -> None:
        self.toks = toks
        self.lex = lex
        self.n = len(toks)
        self.taken = [False] * self.n
        self.spans: list[tuple[int, int]] = []

    def add(self, i: int, j: int) -> None:
        i, j = self.extend(i, j)
        for x in range(i, j):
            self.taken[x] = True
        self.spans.append((i, j))

    def extend(self, i: int, j: int) -> tuple[int, int]:
        """The whole name around the tokens [i, j)."""
        toks, lex, n = self.toks, self.lex, self.n
        words, gaps, kinds, folded, caps = toks.words, toks.gaps, toks.kinds, toks.folded, toks.caps
        # rightwards: names, unknown capitalised tokens and particles followed by a name
        while j < n and j - i < 5 and _gap_ok(gaps, j - 1):
            k = kinds[j]
            word, fold = words[j], folded[j]
            if (
                (k in KINDS_NAMED and caps[j])
                or (k == "lower" and not caps[i])
                # scripts without capitals: a name goes on over the next word of that script ("حيدر جاسم محمد")
                or (k == "strong" and not caps[j] and not _latin(word) and not _latin(words[j - 1]))
            ):
                j += 1
            elif (
                k == "word"
                and caps[j]
                and j == i + 1
                and kinds[i] == "strong"
                and lex.is_name(folded[i])  # not after a genitive: "Ducs Kindern"
                and word not in lex.nouns
                and lex.is_noun(word)
                and len(word) >= 4
                and fold not in lex.frequent
                and fold not in NOT_NAMES
                and fold not in TITLES
                and fold not in ROLES
                and fold not in lex.toponyms
            ):
                j += 1  # a surname that is also an inflected word form: "Heike Brandes"
            elif (
                caps[j]
                and j == i + 1
                and kinds[i] == "strong"
                and fold in lex.ambiguous
                and lex.is_name(fold)
                and lex.is_name(folded[i])  # not after a genitive: "Jamals Bruder"
                and gaps[j + 1][:1] in ("", " ", ",", ".", ";", ":", ")", "!", "?")
            ):
                j += 1  # a surname that is also a word, right after a first name: "Gerlinde Freund"
            elif (
                fold in PARTICLES
                and j + 1 < n
                and _gap_ok(gaps, j)
                and caps[j + 1]
                and kinds[j + 1] in KINDS_NAMED
            ):
                j += 2
            elif _initial(toks, j):
                j += 1  # "Oksana P."
                break
            else:
                break
        # leftwards: lexicon names and particles ("Abdul Rahman", "El Amin")
        while i > 0 and _gap_ok(gaps, i - 1) and j - i < 5:
            k = kinds[i - 1]
            if (
                (caps[i - 1] and k in ("strong", "unknown"))
                or (caps[i - 1] and folded[i - 1] in PARTICLES and i - 2 >= 0 and kinds[i - 2] == "strong")
                # a name that is also a word, before a name: "Tran Van Duc"; not "im Sommer Anna"
                or (caps[i - 1] and k == "weak" and (i - 1 == 0 or folded[i - 2] not in _BEFORE_WORD))
            ):
                i -= 1
            else:
                break
        return i, j


_KEEP_PLACES = frozenset(c.casefold() for c in data.KEEP_PLACES.split())


def _latin(text: str) -> bool:
    """Whether a word is written in Latin letters (accents and Turkish, Polish … letters included)."""
    return any(ch < "\u0250" or "\u1e00" <= ch <= "\u1eff" for ch in text)


# German endings on a medical term: Endokrinolog|in, Diabetiker|innen, Sectio|s
# How medical terms and drug names end, where no dictionary lists the word: Greek and Latin endings of
# German medical words (Gastroenterologie, Tenolyse, Retikulozyten, Bandscheibenprotrusion) and the WHO's
# stems of international nonproprietary names (Empagliflozin, Pantoprazol, Ramipril, Atorvastatin). No
# given name or surname of seven letters or more ends so.
_MEDICAL_ENDINGS = tuple(data.MEDICAL_ENDINGS.split())
_DOSE = re.compile(
    r"\s?(?:\(?\d+(?:[.,]\d+)?\s?(?:mg|µg|mcg|g|ml|IE|I\.E\.|mmol|Hub|Tbl|Tabl|Supp|Amp)\b|\d-\d-\d)"
)
_TECHNICAL_ENDINGS = (
    ("innen", "e"),
    ("innen", ""),
    ("in", "e"),
    ("in", ""),
    ("en", ""),
    ("s", ""),
    ("e", ""),
)


def _technical(lex: Lexicon, folded: str) -> bool:
    """A medical term or drug name (Metamizol, Sectio, Endokrinologin). Short ones are left out: the
    dictionaries hold symbols and proteins (Mo, Lamin) that are also given names."""
    terms = lex.technical
    if len(folded) < 6:
        return False
    if folded in terms:
        return True
    return any(
        folded.endswith(ending) and folded[: -len(ending)] + stem in terms
        for ending, stem in _TECHNICAL_ENDINGS
        if len(folded) - len(ending) >= 5
    )


# finite verbs that follow a subject at the start of a sentence, and the pronouns that are a subject after one
_SUBJECT_VERBS = frozenset(data.SUBJECT_VERBS.split())
_SUBJECT_PRONOUNS = frozenset(data.SUBJECT_PRONOUNS.split())


_WORK_STEMS = (
    "arbeit",
    "job",
    "ausbildung",
    "praktikum",
    "aushilf",
    "angestellt",
    "beschäftigt",
    "minijob",
    "pflegehelfer",
    "staplerfahrer",
    "reinigungskraft",
    "lohn",
    "stelle",
)
_WORK_WORDS = frozenset(["chef", "chefin", "arbeitgeber", "schicht", "azubi"])
_NAMED_FACILITY_ENDINGS = (
    "schule",
    "bäckerei",
    "grill",
    "werft",
    "wäscherei",
    "klinik",
    "kita",
    "imbiss",
    "kindergarten",
    "restaurant",
    "gymnasium",
)
_AUTHORITIES = (
    "jobcenter",
    "sozialamt",
    "ausländerbehörde",
    "landratsamt",
    "rathaus",
    "bamf",
    "agentur",
    "kreisverwaltung",
    "bezirksamt",
    "stadtverwaltung",
    "jugendamt",
    "arbeitsagentur",
)
_EMPLOYER_PREPOSITIONS = frozenset(["bei", "beim", "im", "in"])
# words that end an employer's name: links, time and place words, verbs of the sentence
_EMPLOYER_STOPS = frozenset(
    ["im", "in", "am", "an", "als", "und", "oder", "seit", "ab", "bis", "für", "mit", "zum", "zur", "auf", "aus",
     "nach", "von", "vom", "bei", "beim", "der", "die", "das", "den", "dem", "des", "ist", "hat", "war", "wird",
     "gefunden", "angefangen", "gearbeitet", "gemacht", "bekommen", "lager", "küche", "büro", "homeoffice"]
)  # fmt: skip
_RESIDENCE_PREPOSITIONS = frozenset(["aus", "in", "nach"])
_RESIDENCE_STEMS = (
    "wohn",
    "leb",
    "gezogen",
    "umgezogen",
    "zuweisung",
    "zugewiesen",
    "untergebracht",
    "stamm",
)
_PLACE_LINKS = frozenset(["am", "an", "auf", "in", "im", "ob", "bei"])
_CAR_MAKES = frozenset(data.CAR_MAKES.casefold().split())
_FOOD_VERBS = frozenset(data.FOOD_VERBS.split())
_CHAT_VERBS = frozenset(
    ["lässt", "spricht", "ruft", "schläft", "freut", "kocht", "spielt", "braucht", "hatte"]
)
_BEFORE_CHAT_SUBJECT = frozenset(["und", "aber", "weil", "dass", "denn", "heute", "gestern", "jetzt", "auch"])
_WEEKDAYS = frozenset(["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"])
# small nouns that follow "frau"/"herr" in chat as the noun's own phrase, not as a surname
NOT_NAMES_CHAT = ADDRESS_NOUNS | ROLES | TITLES | frozenset(["und", "oder", "mit", "von"])


_NOT_SIGNATURES = frozenset(data.NOT_SIGNATURES.split())


def _things(toks: Tokens) -> set[int]:
    """Tokens that name a thing, not a person, by the word before them: a car's model after its make ("Opel
    Astra", "VW Passat", "Dacia Logan") and the make itself; a dish or a drink right after a verb of eating,
    drinking, cooking or bringing ("es gab Dolma", "tranken Tschai", "bringt Baklava mit") and the unknown
    words listed with it ("Dolma, Kubba und Mămăligă"). Such a word stays readable; if no list knows it, it
    is still shown to the reviewer as a doubt."""
    folded, caps, gaps, kinds = toks.folded, toks.caps, toks.gaps, toks.kinds
    n = len(toks)
    out: set[int] = set()
    for i in range(n - 1):
        if folded[i] in _CAR_MAKES and caps[i] and caps[i + 1] and gaps[i + 1] == " ":
            out.update((i, i + 1))
            if i + 2 < n and caps[i + 2] and gaps[i + 2] == " " and kinds[i + 2] == "unknown":
                out.add(i + 2)
        elif folded[i] in _FOOD_VERBS:
            j = i + 1
            if j < n and folded[j] in ("es", "wir", "sie", "alle", "jemand") and gaps[j] == " ":
                j += 1  # "gab es Dolma", "tranken wir Tschai"
            while j < n and caps[j] and kinds[j] == "unknown" and gaps[j] in (" ", ", ", " und ", " oder "):
                out.add(j)
                j += 1
                if j < n and folded[j] in ("und", "oder") and gaps[j] == " ":
                    j += 1
    return out


def _signature(toks: Tokens, lex: Lexicon) -> bool:
    """A phone answer that opens with its writer's name, the way chats sign: "sommer hier 🙋", "Jan hier!",
    "heike hier, …". The first word, then "hier", then no further word on it (an emoji, a comma, the end):
    "alles hier ist neu" or "ich hier" are no signature."""
    if len(toks) < 2 or toks.folded[1] != "hier" or toks.gaps[1] != " " or toks.gaps[0].strip():
        return False
    after = toks.gaps[2] if len(toks) > 2 else ""
    first = toks.folded[0]
    return (
        (after.strip() != "" or len(toks) == 2)
        and len(first) >= 2
        and first not in _NOT_SIGNATURES
        and first not in FUNCTION_WORDS
        and first not in DETERMINERS
        and not (
            first in lex.frequent and not lex.is_name(first) and not lex.is_noun(toks.words[0].capitalize())
        )
    )


def _sentence_start(toks: Tokens, i: int) -> bool:
    """Token i begins a sentence, a line or an answer, where every word is capitalised."""
    before = toks.gaps[i].rstrip(" \t\"'„“”‚‘»«–-(")
    return (
        i == 0
        or "\n" in toks.gaps[i]
        or (before[-1:] in (".", "!", "?", ":") and toks.kinds[i - 1] != "abbreviation")
    )


def _recalled(toks: Tokens, lex: Lexicon, i: int, key: str) -> bool:
    """Token i is a name the session learned (`key`), used as a name here.

    A learned name keeps the care of the rule that found it. A name that is no ordinary word (Haile, Kerim,
    anna) is masked in any case and place. One that is also an ordinary word ("Frau Froh", "Herr Kurz",
    "Familie Sommer") is the word wherever its case and place say so: in lowercase ("ich bin froh"), after
    an article or a quantifier ("im Sommer", "wie viel Kraft"), and, unless it is a noun, capitalised at
    the start of a sentence ("Kurz und ohne Vorwürfe …")."""
    ordinary = key in lex.ambiguous or (
        not lex.is_name(key) and (lex.is_word(key) or key in lex.words or lex.is_known_form(key))
    )
    if not ordinary:
        return True
    if not toks.caps[i]:
        return False
    folded, caps = toks.folded, toks.caps
    prev = folded[i - 1] if i > 0 else None
    after_article = prev is not None and (
        prev in DETERMINERS
        or prev in _QUANTIFIERS
        or (i >= 2 and not caps[i - 1] and folded[i - 2] in DETERMINERS)
    )
    if after_article:
        return False
    if lex.is_noun(key[:1].upper() + key[1:]) or not _sentence_start(toks, i):
        return True
    # at the start of a sentence the subject of a verb is the person ("Jung hat gesagt …"), while an adverb
    # there has its subject after the verb ("Kurz hat es geregnet", "Froh war sie nicht")
    n = len(toks)
    return (
        i + 1 < n
        and folded[i + 1] in _SUBJECT_VERBS
        and toks.gaps[i + 1] == " "
        and (i + 2 >= n or toks.gaps[i + 2] != " " or folded[i + 2] not in _SUBJECT_PRONOUNS)
    )


class NameFinder:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        # token text -> (kind, casefolded, capitalised, mark, doubtful); public word decisions, no offsets
        self._cache: dict[str, tuple[str, str, bool, int, bool]] = {}
        # first word of a town name of several words -> the most words such a name has
        self._phrase_starts: dict[str, int] = {}
        for phrase in lex.place_phrases:
            words = phrase.split()
            self._phrase_starts[words[0]] = max(len(words), self._phrase_starts.get(words[0], 0))

    # -- classification -------------------------------------------------------------------------------------

    def _info(self, text: str) -> tuple[str, str, bool, int, bool]:
        info = self._cache.get(text)
        if info is None:
            folded = text.casefold()
            cap = text[:1].isupper()
            lex = self.lex
            place = (
                folded in lex.places
                and not lex.is_name(folded)
                # chat style "in wernigerode", but never a lowercase word ("halle", "burg")
                and (cap or (len(folded) >= 5 and not lex.is_word(folded)))
            ) or (
                cap and "-" in folded and folded.partition("-")[0] in lex.places
            )  # a district: "Pirna-Copitz"
            facility = cap and (
                folded in FACILITIES or (len(folded) > 8 and folded.endswith(_FACILITY_ENDINGS))
            )
            mark = MARK_PLACE if place else MARK_FACILITY if facility else 0
            kind = self._classify(text, folded)
            info = (kind, folded, cap, mark, self._doubtful(text, folded, kind, cap))
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[text] = info
        return info

    def annotate(self, toks: Tokens) -> None:
        """Fill the per-token lists of `toks` from the per-text cache."""
        if not toks.words:
            return
        get = self._cache.get
        infos = [get(w) or self._info(w) for w in toks.words]
        kinds, folded, caps, marks, doubtful = zip(*infos, strict=True)
        toks.kinds, toks.folded, toks.caps, toks.marks = list(kinds), list(folded), list(caps), list(marks)
        toks.doubtful = list(doubtful)
        # abbreviations (Az., Str., Tel.) are no names, whatever a lexicon says
        gaps, words = toks.gaps, toks.words
        for idx in [i for i, gap in enumerate(gaps[1:]) if gap[:1] == "."]:
            if (
                len(words[idx]) <= 4
                and not self.lex.is_name(folded[idx])
                and _latin(words[idx])
                # "aus Labé." ends a sentence with a town
                and not (toks.kinds[idx] == "unknown" and idx > 0 and folded[idx - 1] in _TOWN_PREPOSITIONS)
            ):
                toks.kinds[idx] = "abbreviation"
            elif folded[idx] in MONTH_ABBREVIATIONS and (
                any(c.isdigit() for c in gaps[idx])
                or (idx > 0 and folded[idx - 1] in _MONTH_ABBREVIATION_CUES)
            ):
                toks.kinds[idx] = "abbreviation"  # "seit Jan.", "3. Jan." (but "mit Jan." is a person)

    def _doubtful(self, text: str, folded: str, kind: str, cap: bool) -> bool:
        """Neither a known word nor a known name (Tesfamichael, ahmo, schiri): a capitalised unknown token, or
        a lowercase one of three letters or more in no word list. Decided once per token text, so that the
        doubts cost one pass over a flag list per call."""
        if kind == "unknown":
            return True
        lex = self.lex
        return (
            kind == "word"
            and not cap
            and len(text) >= 3
            and folded not in lex.frequent
            and folded not in lex.words
            and not lex.is_known_form(text)
            and folded not in lex.technical
        )

    def doubts(self, toks: Tokens) -> list[int]:
        """Indices of the doubtful tokens (an abbreviation such as "Bzw." is none)."""
        kinds = toks.kinds
        return [i for i, d in enumerate(toks.doubtful) if d and kinds[i] != "abbreviation"]

    def _classify(self, text: str, folded: str) -> str:
        lex = self.lex
        if folded in NOT_NAMES or folded in TITLES or folded in ROLES or folded in MONTHS:
            return "word"
        if not _latin(text):
            # in a German note, a word in another script is a name unless that language uses it
            # very often (روزا, გიორგი, ማርያም; but "و", "در", "борщ"); Cyrillic capitals mark a name (Олена)
            return "word" if folded in lex.foreign and not text[:1].isupper() else "strong"
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
        if len(text) > 2 and (text[-1].isupper() or text[1].isupper()):
            return "word"  # abbreviations in mixed case: AsylbLG, AufenthG, KiZ, QTc, VASc; no name ends so
        if folded in lex.toponyms:
            # a place that is also a name ("Roth", "Medina") is a name only beside another ("Birgit Roth")
            return "weak" if lex.is_name(folded) else "word"
        if lex.is_name(folded):
            return "weak" if folded in lex.ambiguous else "strong"
        stem = genitive_stem(folded)
        if stem and lex.is_name(stem) and stem not in lex.ambiguous and not lex.is_word(text):
            return "strong"
        if (
            folded in lex.places
            or lex.is_known_form(text)
            or _technical(lex, folded)
            or (len(folded) >= 7 and folded.endswith(_MEDICAL_ENDINGS))
        ):
            return "word"
        return "unknown"

    # -- detection ------------------------------------------------------------------------------------------

    def facilities(self, toks: Tokens) -> list[tuple[int, int]]:
        """Token ranges [i, j) of a named facility: its kind ("Kita", "Harzklinikum") and a proper name of
        up to three words after it ("Pusteblume", "Am Hohen Weg", "Thomas Müntzer"); "in der Schule Deutsch"
        or "im Hotel Zimmer" are no names."""
        if not toks.kinds:
            self.annotate(toks)
        n = len(toks)
        gaps, folded = toks.gaps, toks.folded
        lex = self.lex
        found = []
        for i in [i for i, mark in enumerate(toks.marks) if mark == MARK_FACILITY]:
            j = i + 1
            saint = (
                j + 1 < n and folded[j] in ("st", "sankt") and gaps[j] == " " and gaps[j + 1] in (". ", " ")
            )
            if saint and toks.caps[j + 1]:
                # "Kita St. Martin", "Gemeindehaus St. Nicolai": a saint's name and what follows it
                end = j + 2
                while end < n and end - j < 4 and _adjacent(toks, end) and _proper(toks, lex, end):
                    end += 1
                found.append((i, end))
                continue
            linked = j < n and folded[j] in _FACILITY_LINKS and gaps[j].strip() == ""
            if linked:
                j += 1  # "Sekundarschule Am Gröpertor"; after "Am" a capitalised word is a name ("Am Hohen Weg")
            if not _adjacent(toks, j) or not (_plain(toks, j) if linked else _proper(toks, lex, j)):
                continue
            end = j + 1
            while (
                end - j < 3
                and _adjacent(toks, end)
                and (
                    (_plain(toks, end) or folded[end] in _STREET_WORDS) if linked else _proper(toks, lex, end)
                )
            ):
                end += 1
            found.append((i, end))
        return found

    def place_phrases(self, toks: Tokens) -> list[tuple[int, int]]:
        """Token ranges [i, j) of a town name of several words: "Bad Harzburg", "Osterode am Harz"."""
        n = len(toks)
        folded, gaps, starts = toks.folded, toks.gaps, self._phrase_starts
        found = []
        for i in [i for i, f in enumerate(folded) if f in starts and toks.caps[i]]:
            for j in range(min(n, i + starts[folded[i]]), i + 1, -1):
                if (
                    all(gaps[k] == " " for k in range(i + 1, j))
                    and " ".join(folded[i:j]) in self.lex.place_phrases
                ):
                    found.append((i, j))
                    break
        return found

    def towns(self, toks: Tokens) -> list[int]:
        """Tokens that name a town or village no list knows, by the ending German place names have, right
        after "in", "aus", "nach" …: "aus Kuhfelde", "nach Eilsleben", "in althaldensleben"."""
        n = len(toks)
        folded, caps, gaps, marks = toks.folded, toks.caps, toks.gaps, toks.marks
        lex = self.lex
        found = []
        for i in [i + 1 for i, f in enumerate(folded[:-1]) if f in _TOWN_PREPOSITIONS]:
            fold = folded[i]
            if (
                i < n
                and marks[i] == 0
                and gaps[i] == " "
                and (
                    # a town that is also a surname ("nach Goslar")
                    (caps[i] and fold in lex.places)
                    # a town that is also an ordinary word, capitalised where the word would not be
                    # ("in Enger", but "in enger Abstimmung"; nouns stay: "in Halle" is kept as a hall)
                    or (
                        caps[i]
                        and fold in lex.toponyms
                        and fold not in _KEEP_PLACES
                        and not lex.is_noun(toks.words[i])
                    )
                    or (
                        len(fold) >= 6
                        and fold.endswith(_TOWN_ENDINGS)
                        and fold not in lex.frequent
                        and fold not in FACILITIES
                        and (caps[i] or not lex.is_word(fold))
                    )
                )
            ):
                found.append(i)
        return found

    def residences(self, toks: Tokens) -> list[tuple[int, int]]:
        """Token ranges [i, j) of the town where someone lives or comes from, known to no list: after "aus",
        or after "in"/"nach" with a word of living or moving before it in the sentence ("lebt in Wadgassen",
        "wohnt seit April in Malente", "aus Kindia"), with what follows the name ("Losheim am See", "Wyk auf
        Föhr", "Mazar-e Sharif"). A noun, a frequent word or a country stays ("aus Angst", "aus Syrien")."""
        n = len(toks)
        folded, caps, gaps, words = toks.folded, toks.caps, toks.gaps, toks.words
        lex = self.lex
        found: list[tuple[int, int]] = []
        for p in [p for p, f in enumerate(folded[:-1]) if f in _RESIDENCE_PREPOSITIONS]:
            i = p + 1
            if not (caps[i] and gaps[i] == " "):
                continue
            # a town named by a common word goes on with more of its name: "Burg auf Fehmarn", "Bad Langensalza"
            named_on = (
                i + 1 < n
                and gaps[i + 1] == " "
                and (
                    (caps[i + 1] and self._unlisted_town(toks, i + 1))
                    or (
                        folded[i + 1] in _PLACE_LINKS
                        and i + 2 < n
                        and gaps[i + 2] == " "
                        and caps[i + 2]
                        and not lex.is_noun(words[i + 2])  # "in Untermiete bei Freunden"
                    )
                )
            )
            if not (
                self._unlisted_town(toks, i)
                or (named_on and toks.kinds[i] == "word" and lex.is_noun(words[i]))
            ):
                continue
            if folded[p] != "aus":
                k, cued = p - 1, False
                while k >= 0 and p - k <= 5 and not any(c in gaps[k + 1] for c in ".!?;"):
                    if folded[k].startswith(_RESIDENCE_STEMS):
                        cued = True
                        break
                    k -= 1
                if not cued:
                    continue
            j = i + 1
            while j < n and gaps[j] == " " and j - i < 4:
                if (caps[j] and self._unlisted_town(toks, j)) or words[j].rpartition("-")[2][:1].isupper():
                    j += 1  # "Mazar-e Sharif", "Deir ez-Zor"
                elif (
                    folded[j] in _PLACE_LINKS
                    and j + 1 < n
                    and gaps[j + 1] == " "
                    and caps[j + 1]
                    and not lex.is_noun(words[j + 1])
                ):
                    j += 2  # "Losheim am See", "Wyk auf Föhr", "Neustadt in Holstein"
                else:
                    break
            found.append((i, j))
        return found

    def named_facilities(self, toks: Tokens) -> list[int]:
        """Tokens that name one facility by a compound no dictionary lists: a kind of facility at the end
        after a proper part ("haffschule", "Deichgrafenschule", "Veldenz-Grundschule", "ostseegrill");
        "Grundschule", "Sprachschule" or "Kfz-Werkstatt" are common nouns and stay."""
        lex = self.lex
        found = []
        for i, fold in enumerate(toks.folded):
            if len(fold) < 9 or not fold.endswith(_NAMED_FACILITY_ENDINGS) or fold in lex.frequent:
                continue
            word = toks.words[i]
            if "-" in word:
                parts = [p for p in word.split("-") if p]
                heads = parts[:-1]
                if (
                    parts[-1].casefold().endswith(_NAMED_FACILITY_ENDINGS)
                    and heads
                    and not any(
                        lex.is_noun(p[:1].upper() + p[1:]) or p.isupper() or len(p) <= 3 for p in heads
                    )
                ):
                    found.append(i)
            elif not lex.is_noun(word[:1].upper() + word[1:]) and not _technical(lex, fold):
                ending = next(e for e in _NAMED_FACILITY_ENDINGS if fold.endswith(e))
                head = fold[: -len(ending)]
                # a rare first part names one place ("Haff|schule"); a common one makes a kind ("Pflege|schule")
                if head not in lex.words and head.rstrip("s") not in lex.words:
                    found.append(i)
        return found

    def employers(self, toks: Tokens) -> list[tuple[int, int]]:
        """Token ranges [i, j) of a named employer or workplace, in a sentence about work ("arbeitet seit
        kurzem bei greifenfrost im Lager", "Ausbildung bei Medizintechnik Hermle GmbH", "Pflegehelferin im
        Seniorenhaus St. Anna", "Arbeitsunfall im Sägewerk Ruppenthal"): the words after bei/beim/im/in der up
        to the next link word or punctuation, if one of them is a proper name, not only common nouns
        ("im Lager", "bei der Tafel" stay)."""
        n = len(toks)
        folded, gaps, words = toks.folded, toks.gaps, toks.words
        lex = self.lex
        found: list[tuple[int, int]] = []
        work = [k for k, f in enumerate(folded) if f.startswith(_WORK_STEMS) or f in _WORK_WORDS]
        if not work:
            return found
        for p in [p for p, f in enumerate(folded[:-1]) if f in _EMPLOYER_PREPOSITIONS]:
            i = p + 1
            if folded[p] in ("in", "bei") and i < n and folded[i] == "der" and gaps[i] == " ":
                i += 1  # "in der Randow-Wäscherei", "bei der Peene-Werft"
            if (
                i >= n
                or gaps[i] != " "
                or folded[i] in DETERMINERS
                or folded[i] in FUNCTION_WORDS
                or folded[i] in MONTHS
                or folded[i] in _WEEKDAYS
                or folded[i].startswith(
                    _AUTHORITIES
                )  # "beim Jobcenter Husum": an authority's town names no one
                or folded[i].endswith(("amt", "behörde", "gericht"))
            ):
                continue
            # a word of work in the same sentence, before or after
            if not any(
                not any(c in "".join(gaps[min(k, p) + 1 : max(k, p) + 1]) for c in ".!?;") for k in work
            ):
                continue
            j = i
            while (
                j < n
                and j - i < 4
                and (j == i or gaps[j] in (" ", ". "))
                and folded[j] not in _EMPLOYER_STOPS
                and folded[j] not in DETERMINERS
                and not (j > i and gaps[j] == ". " and len(words[j - 1]) > 3)  # a sentence ends
                # capitalised words, or in chat every small word ("beim fehmarner hofladen")
                and (
                    toks.caps[j]
                    or j == i
                    or (not toks.caps[i] and folded[j] not in lex.frequent)
                    or not lex.is_word(folded[j])
                )
            ):
                j += 1
            # a name that is also a word counts after a first word: "Schuhfabrik Kölsch", not "im Herbst"
            if any(self._proper_part(toks, x) or (x > i and toks.kinds[x] == "weak") for x in range(i, j)):
                found.append((i, j))
        return found

    def _proper_part(self, toks: Tokens, x: int) -> bool:
        """Token x is a proper name's part, not a common noun or word ("Hermle", "greifenfrost", "Randow-")."""
        word, fold, lex = toks.words[x], toks.folded[x], self.lex
        if toks.kinds[x] in ("strong", "unknown") or toks.marks[x] == MARK_PLACE:
            return True  # not "weak": "Im Herbst beginnt die Ausbildung"
        if fold in lex.frequent or fold in FACILITIES or fold in _EMPLOYER_STOPS or fold in MONTHS:
            return False
        if "-" in word:  # "Randow-Wäscherei", not "Kfz-Werkstatt"
            parts = [p for p in word.split("-") if p]
            return not all(lex.is_noun(p[:1].upper() + p[1:]) or p.isupper() or len(p) <= 3 for p in parts)
        return not lex.is_noun(word[:1].upper() + word[1:]) and (word[:1].isupper() or not lex.is_word(fold))

    def _unlisted_town(self, toks: Tokens, i: int) -> bool:
        fold, word, lex = toks.folded[i], toks.words[i], self.lex
        return (
            toks.kinds[i] in ("word", "unknown", "weak")
            and len(fold) >= 3
            and fold not in lex.frequent
            and fold not in lex.words  # "in Untermiete": a word in use, though no dictionary's lemma
            and fold not in NOT_NAMES
            and fold not in MONTHS
            and fold not in FACILITIES
            and not lex.is_noun(word)
            and not (fold in lex.toponyms and fold not in lex.places)  # a country or a region is kept
            and not word.isupper()
        )

    def find(self, toks: Tokens, known: Container[str]) -> list[tuple[int, int]]:
        """Token index ranges [i, j) that name persons; `known` holds the casefolded names of the session."""
        if not toks.kinds:
            self.annotate(toks)
        n = len(toks)
        lex = self.lex
        words, gaps, kinds, folded, caps = toks.words, toks.gaps, toks.kinds, toks.folded, toks.caps
        found = _Found(toks, lex)
        taken, spans = found.taken, found.spans
        # Only these tokens can start a name: not an ordinary word, after a cue word, or in the session memory.
        # Every other token would fall through all the rules below.
        visit = {i for i, k in enumerate(kinds) if k != "word"}
        visit.update(i for i, d in enumerate(toks.doubtful) if d)  # a chat name no list knows ("mebi hat …")
        visit.update(i + 1 for i, f in enumerate(folded) if f in CUES)
        if known:
            visit.update(
                i
                for i, f in enumerate(folded)
                if f in known or (f[-1:] in _GENITIVE_ENDS and genitive_stem(f) in known)
            )
        if _signature(toks, lex):
            found.add(0, 1)
        things = _things(toks)
        for i in sorted(visit):
            if i >= n or taken[i] or i in things:
                continue
            k = kinds[i]
            fold = folded[i]
            prev = folded[i - 1] if i > 0 else None
            word, cap = words[i], caps[i]
            prev_adjacent = prev is not None and gaps[i].strip(" .") == ""
            if prev is not None and (prev, fold) in _GREETINGS:
                continue  # "Ramadan Kareem" wishes a blessed month, it names nobody
            if (
                k in ("unknown", "strong")
                and cap
                and _DOSE.match(gaps[i + 1] + (words[i + 1] if i + 1 < n else ""))
            ):
                continue  # a word before a dose is a drug: "Vomex 150 mg", "Sertralin 100 mg 1-0-0"
            if (
                prev in SALUTATIONS
                and gaps[i].strip() == ""
                and len(word) == 1
                and word.isalpha()
                and i + 1 < len(gaps)
                and gaps[i + 1].startswith(".")
            ):
                found.add(i, i + 1)  # an initial is still a person: "Frau K. vom Sozialamt"
                continue
            if (
                i > 0
                and cap
                and k in ("strong", "weak", "unknown")
                and _initial(toks, i - 1)
                and gaps[i] == ". "
                and not (i > 1 and len(words[i - 2]) == 1 and gaps[i - 1][:1] == ".")  # "z. B. Glück"
            ):
                found.add(i - 1, i + 1)  # "M. Weiß", "A. Haile"
                continue
            cue = prev_adjacent and (prev in TITLES or prev in ROLES)
            # a title two tokens back ("Frau Dr. Klein")
            if not cue and i >= 2 and prev in TITLES:
                cue = folded[i - 2] in TITLES
            if cue and prev is not None:
                title = prev in TITLES
                if cap and k in KINDS_NAMED:
                    found.add(i, i + 1)
                    continue
                # "die Frau sagt" is the noun, "Frau Frühling", "herr busch" are people
                salutation = (
                    prev in SALUTATIONS
                    and prev_adjacent
                    and not (i >= 2 and folded[i - 2] in ARTICLES and gaps[i - 1].strip() == "")
                )
                # a capitalised ordinary word that could be a surname after a title; "Herrn Froh." ends a
                # sentence, "Frau Tel." is no name
                plain = (
                    cap
                    and (k == "word" or (k == "abbreviation" and fold in lex.frequent))
                    and fold not in NOT_NAMES
                    and fold not in TITLES
                    and fold not in ROLES
                    and fold not in MONTHS
                )
                if cap and salutation and (fold in _WEEKDAYS or fold in MONTHS) and gaps[i] == " ":
                    found.add(
                        i, i + 1
                    )  # right after the salutation a day or a month is a surname: "Herr Freitag"
                    continue
                if (
                    salutation
                    and plain
                    and fold not in ADDRESS_NOUNS
                    and not (fold.endswith("in") and lex.is_noun(word[:-2]))  # Frau Kollegin
                ):
                    found.add(i, i + 1)
                    continue
                if (
                    salutation
                    and not cap
                    and not caps[i - 1]
                    # a name, or a noun written small as chat does ("frau gans", "herr freitag")
                    and (
                        lex.is_name(fold)
                        or (lex.is_noun(word[:1].upper() + word[1:]) and fold not in NOT_NAMES_CHAT)
                    )
                    and fold not in FUNCTION_WORDS
                    and fold not in DETERMINERS
                    and len(word) >= 2
                ):
                    # chat style with a name that is also a word: "herr busch", "frau frei"
                    found.add(i, i + 1)
                    continue
                if (
                    title
                    and plain
                    and (lex.is_name(fold) or (word not in lex.nouns and fold not in lex.frequent))
                ):
                    found.add(i, i + 1)
                    continue
                if not cap and k == "lower":
                    found.add(i, i + 1)
                    continue
                if (
                    title
                    and not cap
                    and not caps[i - 1]
                    and fold not in LOWER_STOP
                    and not lex.is_word(word)
                    and len(word) >= 3
                ):
                    found.add(i, i + 1)  # chat style: "frau haile"
                    continue
            if k == "strong" or k == "lower":
                found.add(i, i + 1)
                continue
            if (
                not cap
                and toks.doubtful[i]
                and i + 1 < n
                and gaps[i + 1] == " "
                and (folded[i + 1] in _SUBJECT_VERBS or folded[i + 1] in _CHAT_VERBS)
                and (i == 0 or prev in _BEFORE_CHAT_SUBJECT or gaps[i].strip(" ") != "")
            ):
                # a small word no list knows, as the subject of a verb, is a chat name: "mebi hat uns eingeladen",
                # "faadu lässt grüßen"
                found.add(i, i + 1)
                continue
            key = fold if fold in known else None
            if key is None and known and fold[-1:] in _GENITIVE_ENDS:
                stem = genitive_stem(fold)
                key = stem if stem in known else None
            if key is not None and _recalled(toks, lex, i, key):
                found.add(i, i + 1)
                continue
            if k == "unknown" and cap and len(word) >= 3:
                # neither a lexicon name nor any German word form or compound: most likely a name
                found.add(i, i + 1)
                continue
            # an ambiguous surname next to a strong name: "Anna Sommer"
            if (
                k == "weak"
                and cap
                and (
                    (i > 0 and taken[i - 1] and _gap_ok(gaps, i - 1))
                    or (
                        i + 1 < n
                        and _gap_ok(gaps, i)
                        and caps[i + 1]
                        and kinds[i + 1] in ("strong", "unknown")
                        and not (i > 0 and folded[i - 1] in _BEFORE_WORD)  # "im Sommer Anna"
                    )
                )
            ):
                found.add(i, i + 1)
                continue
        # "war mit zahra beim amt … zahras kleine": the genitive of a name found in this very document
        if spans:
            forms = {
                folded[x] + end
                for i, j in spans
                for x in range(i, j)
                if len(folded[x]) >= 3 and folded[x] not in lex.ambiguous
                for end in GENITIVE_SUFFIXES
            }
            for i in [i for i, f in enumerate(folded) if f in forms]:
                if not taken[i] and kinds[i] != "strong":
                    taken[i] = True
                    spans.append((i, i + 1))
        spans.sort()
        merged: list[tuple[int, int]] = []
        for i, j in spans:
            if merged and i <= merged[-1][1] - 1:
                merged[-1] = (merged[-1][0], max(j, merged[-1][1]))
            else:
                merged.append((i, j))
        return merged
