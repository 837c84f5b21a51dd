"""Lexicons, built once per process from installed packages (nothing is downloaded, nothing committed).

Sources (see docs/anonymizer.md for licences):

* ``german_nouns`` (Wiktionary DE, CC BY-SA 4.0): common-noun lemmas, and the entries Wiktionary tags as
  *Vorname*, *Nachname* or *Toponym*. It tells "Sommer" (a noun, also a surname) from "Haile".
* ``spellchecker`` (pyspellchecker, MIT; OpenSubtitles frequencies): lowercase German word forms with
  counts; a frequent lowercase form (klein, ernst, frei) makes a name ambiguous, any form makes a
  lowercase chat token an ordinary word.
* ``faker`` (MIT): first and last names of the Latin-script locales that matter here.
* ``data.py``: the curated supplement (refugee-origin names, places, trigger words).
"""

from __future__ import annotations

import gzip
import hashlib
import importlib
import importlib.util
import marshal
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from . import data

# A lowercase form at least this frequent in the subtitle list is an ordinary German word.
FREQUENT = 500

_FAKER_LOCALES = (
    "de_DE", "de_AT", "de_CH", "tr_TR", "az_AZ", "uz_UZ", "en_PK", "hr_HR", "sl_SI", "cs_CZ", "sk_SK",
    "pl_PL", "ro_RO", "hu_HU", "vi_VN", "fr_FR", "en_US", "en_GB", "it_IT", "es_ES", "pt_PT", "nl_NL",
    "yo_NG", "ha_NG", "ig_NG", "en_NG", "tw_GH", "en_KE", "sw", "zu_ZA", "fi_FI", "sv_SE", "lt_LT",
)  # fmt: skip

_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
        [
            "a",
            "b",
            "w",
            "g",
            "d",
            "e",
            "jo",
            "sch",
            "s",
            "i",
            "j",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "ch",
            "z",
            "tsch",
            "sch",
            "schtsch",
            "",
            "y",
            "",
            "e",
            "ju",
            "ja",
            "i",
            "ji",
            "je",
            "g",
        ],
        strict=True,
    )
)
_CYRILLIC_EN = {**_CYRILLIC, "в": "v", "ж": "zh", "з": "z", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
                "щ": "shch", "ю": "yu", "я": "ya", "й": "y", "е": "e", "ё": "yo", "ї": "yi", "є": "ye"}  # fmt: skip


def transliterate(word: str, table: dict[str, str]) -> str:
    out = "".join(table.get(ch, ch) for ch in word.lower())
    return out[:1].upper() + out[1:]


@dataclass
class Lexicon:
    first: set[str] = field(default_factory=set)  # casefolded
    last: set[str] = field(default_factory=set)  # casefolded
    nouns: set[str] = field(default_factory=set)  # plain common-noun lemmas, case kept
    nouns_lower: set[str] = field(default_factory=set)
    frequent: set[str] = field(default_factory=set)  # lowercase forms with count >= FREQUENT
    words: set[str] = field(default_factory=set)  # every lowercase form in the word list
    name_words: set[str] = field(default_factory=set)  # casefolded names that are also some German word form
    places: set[str] = field(default_factory=set)  # casefolded town/city names to mask
    toponyms: set[str] = field(default_factory=set)  # every casefolded place name (kept or masked)
    ambiguous: set[str] = field(default_factory=set)  # casefolded names that are also ordinary words

    def is_name(self, folded: str) -> bool:
        return folded in self.first or folded in self.last

    def is_noun(self, token: str) -> bool:
        """A German common noun, inflected forms included (Vögel, Kindern, Jobcenters)."""
        if token in self.nouns:
            return True
        return any(
            token.endswith(suffix) and token[: -len(suffix)] in self.nouns for suffix in _NOUN_SUFFIXES
        )

    def is_word(self, token: str) -> bool:
        """An ordinary German word in any case."""
        low = token.lower()
        return low in self.frequent or self.is_noun(token) or self.is_noun(token[:1].upper() + token[1:])

    def is_known_form(self, token: str) -> bool:
        """Any German word form, compounds of known nouns included (Glitzermoment, Schwimmkurs)."""
        if self.is_word(token) or token.lower() in self.words:
            return True
        for cut in range(3, len(token) - 2):
            tail = token[cut].upper() + token[cut + 1 :]
            if self.is_noun(tail):
                return True
        return False


_NOUN_SUFFIXES = ("s", "es", "n", "en", "e", "er", "ern", "nen", "innen", "in")


def _package_file(package: str, *parts: str) -> Path | None:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)
    return path if path.exists() else None


def _load_german_nouns(lex: Lexicon) -> None:
    path = _package_file("german_nouns", "nouns.csv")
    if path is None:
        return
    plain: list[bytes] = []
    names: list[bytes] = []
    places: list[bytes] = []
    for line in path.read_bytes().split(b"\n"):
        i = line.find(b",")
        if line[i + 1 : i + 12] == b"Substantiv,":
            plain.append(line[:i])
        elif line[i + 1 : i + 2] == b'"':
            pos = line[i + 2 : line.find(b'"', i + 2)]
            if b"Vorname" in pos or b"Nachname" in pos:
                names.append(line[:i])
            elif b"Toponym" in pos:
                places.append(line[:i])
    lex.nouns = set(b"\n".join(plain).decode("utf-8", "replace").split("\n"))
    lex.nouns_lower = {w.lower() for w in lex.nouns}
    lex.first.update(
        w for w in b"\n".join(names).decode("utf-8", "replace").casefold().split("\n") if len(w) > 1
    )
    lex.places.update(b"\n".join(places).decode("utf-8", "replace").casefold().split("\n"))


def _load_word_list(lex: Lexicon) -> set[bytes]:
    """All lowercase word forms (as UTF-8 bytes); fills `lex.frequent`."""
    path = _package_file("spellchecker", "resources", "de.json.gz")
    if path is None:
        return set()
    parts = gzip.decompress(path.read_bytes()).split(b'"')
    words, counts = parts[1::2], parts[2::2]
    # a count part looks like b": 50,\n"; only the few longer ones (>= 100) need parsing
    lex.words = set(b"\n".join(words).decode("utf-8", "replace").split("\n"))
    lex.frequent = {
        w.decode("utf-8", "replace")
        for w, c in zip(words, counts, strict=False)
        if len(c) > 6 and int(c.strip(b":,\n} ") or 0) >= FREQUENT
    }
    return set(words)


def _names_of(provider: type, attr: str) -> list[str]:
    value = getattr(provider, attr, None) or ()
    return list(value.keys() if isinstance(value, dict) else value)


def _load_faker(lex: Lexicon) -> None:
    for locale in _FAKER_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except Exception:  # an absent locale just contributes nothing
            continue
        for attr, target in (
            ("first_names", lex.first), ("first_names_male", lex.first), ("first_names_female", lex.first),
            ("last_names", lex.last),
        ):  # fmt: skip
            for name in _names_of(provider, attr):
                for part in name.replace("-", " ").split():
                    if part.isalpha() and len(part) > 1:
                        target.add(part.casefold())
    for locale in ("uk_UA", "ru_RU"):
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except Exception:
            continue
        for attr, target in (("first_names", lex.first), ("last_names", lex.last)):
            for name in _names_of(provider, attr):
                if name.isalpha():
                    target.add(transliterate(name, _CYRILLIC).casefold())
                    target.add(transliterate(name, _CYRILLIC_EN).casefold())


def build() -> Lexicon:
    lex = Lexicon()
    _load_faker(lex)
    given = set(lex.first)
    _load_german_nouns(lex)
    all_words = _load_word_list(lex)
    given |= {name.casefold() for name in data.FIRST_NAMES.split()}
    for name in data.FIRST_NAMES.split():
        lex.first.add(name.casefold())
    for name in data.LAST_NAMES.split():
        lex.last.add(name.casefold())
    lex.places.update(p.strip().casefold() for p in data.PLACES.split(";") if p.strip())
    keep = {c.casefold() for c in data.KEEP_PLACES.split()}
    lex.toponyms = (lex.places | keep) - given - {w.casefold() for w in lex.nouns}
    lex.places -= keep
    lex.places -= {w.casefold() for w in lex.nouns}
    lex.places = {p for p in lex.places if p not in lex.frequent and len(p) > 2 and " " not in p}
    not_names = {w.casefold() for w in data.NOT_NAMES.split()}
    lex.first -= not_names
    lex.last -= not_names
    force = {w.casefold() for w in data.FORCE_NAMES.split()}
    ambiguous = {w.casefold() for w in data.AMBIGUOUS_NAMES.split()}
    for folded in lex.first | lex.last:
        if folded.encode() in all_words:
            lex.name_words.add(folded)
        if folded in force:
            continue
        # a noun lemma makes a surname ambiguous (Sommer, Fuchs); a given name from Faker or the supplement
        # stays a name unless its lowercase form is a frequent word (Anna yes, Klein/Ernst no)
        if folded in lex.frequent or (folded in lex.nouns_lower and folded not in given):
            ambiguous.add(folded)
    lex.ambiguous = ambiguous - force
    return lex


# --- a per-user cache of the derived sets, so that a fresh process starts fast -------------------------------

_FIELDS = (
    "first", "last", "nouns", "nouns_lower", "frequent", "words", "name_words", "places", "toponyms", "ambiguous",
)  # fmt: skip


def _cache_key() -> str:
    parts = [str(CACHE_VERSION)]
    for path in (
        _package_file("german_nouns", "nouns.csv"),
        _package_file("spellchecker", "resources", "de.json.gz"),
        _package_file("faker", "providers", "person", "de_DE", "__init__.py"),
        Path(data.__file__),
        Path(__file__),
    ):
        if path is not None:
            st = path.stat()
            parts.append(f"{path}:{st.st_size}:{st.st_mtime_ns}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "supervision-tui"


def load_or_build() -> Lexicon:
    """Build the lexicon, or load the sets derived earlier from the same package files.

    The cache holds only public word lists (no text, no names from a session); it is an optimisation, and
    any failure to read or write it falls back to building in memory. Set SUPERVISION_TUI_LEXICON_CACHE=0
    to disable it.
    """
    if os.environ.get("SUPERVISION_TUI_LEXICON_CACHE", "1") == "0":
        return build()
    try:
        path = _cache_dir() / f"lexicon-{_cache_key()}.marshal"
        values = marshal.loads(path.read_bytes())
        return Lexicon(**dict(zip(_FIELDS, values, strict=True)))
    except Exception:
        pass
    lex = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(tuple(getattr(lex, f) for f in _FIELDS)))
        os.replace(tmp, path)
    except Exception:
        pass
    return lex


CACHE_VERSION = 3
_lock = threading.Lock()
_lexicon: Lexicon | None = None


def get() -> Lexicon:
    global _lexicon
    if _lexicon is None:
        with _lock:
            if _lexicon is None:
                _lexicon = load_or_build()
    return _lexicon
