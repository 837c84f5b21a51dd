"""Spelling keys that let one person keep one pseudonym across scripts: "Олена" is "Olena", "ნინო" is "Nino",
"شیرین" is "Shirin".

A note names a refugee in Latin letters and quotes the same name in its own script. Transliteration
(`anyascii`) brings both to Latin letters; two keys then compare them:
- alphabets that write vowels (Cyrillic, Georgian, Ethiopic, Greek, Armenian) compare by a mild key: case,
  y/i, doubled letters and apostrophes do not count ("Тетяна" → "tetiana" = "Tetiana");
- Arabic and Persian script mostly leave short vowels unwritten, so they compare by the consonants
  ("زينب" → "znb" = "Zainab"), also without a final silent "h" ("نوری‌زاده" → "nrzd" = "Noori-Zada") and with
  Persian "zh" as the "j" of Latin spellings ("رحیمی‌نژاد" = "Rahiminejad"), and by a loose key where the
  letters Persian pronounces alike are one ("ض", "ز", "ذ", "ظ" and "d", "z"; "ق" and "gh": "صادقی" = "Sadeghi");
  Ethiopic, whose sixth order has no vowel, by both keys ("ትዕግስት" → "tgst" = "Tigist");
- Indic scripts (Devanagari, Bengali, Tamil, Sinhala …) compare by their consonants without voicing and
  aspiration, which their Latin spellings do not keep apart ("முருகன்" → "murukn" = "Murugan", "கவிதா" =
  "Kavitha").
Keys link a Latin spelling with one in another script. Two Latin names link only where they are one name in
German and English transliteration ("Wsewolod" and "Vsevolod": w/v, sch/sh, tsch/ch, kh/ch); never by their
consonants ("Hassan" and "Hussein" share them, and are two people).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from anyascii import anyascii

from . import data
from .lexicon import CYRILLIC

_NOT_LETTER = re.compile(r"[^a-z]+")
_DOUBLE = re.compile(r"(.)\1+")
_VOWELS = str.maketrans("", "", "aeiouw")
MIN_CONSONANTS = 3  # "l" (Ali, Eli, Ole …) would link everybody
_UNVOICED = str.maketrans({"g": "k", "d": "t", "b": "p", "j": "c", "s": "c", "z": "c", "h": None, "w": "v"})


# the Arabic article as Latin spellings join it to a surname with a hyphen ("Al-Hassan", "El-Sayed", "As-Sadr"),
# assimilated to the next consonant or not; the anonymizer's pseudonyms read it too
ARABIC_ARTICLES: Final = frozenset(["al", "el", "ad", "ar", "as", "asch", "ash", "at", "az", "an"])


def _abjad(char: str) -> bool:
    code = ord(char)
    return 0x0600 <= code <= 0x08FF or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF


def _ethiopic(char: str) -> bool:
    code = ord(char)
    return 0x1200 <= code <= 0x139F or 0x2D80 <= code <= 0x2DDF


# the letters Sorani writes its vowels with, after the hamza's seat that opens a word: a, o/u, ê, î/y, e
_SORANI_VOWELS: Final = frozenset("اوێیە")
# the Amharic prepositions written joined to the next word: of, to, by, from
_ETHIOPIC_PREFIXES: Final = frozenset("የለበከ")


def _mild(latin: str) -> str:
    return _DOUBLE.sub(r"\1", _NOT_LETTER.sub("", latin.casefold().replace("y", "i")))


def _transliteration_key(mild: str) -> str:
    """One Latin spelling of a name that German and English transliterate differently from Cyrillic:
    "Wsewolod" and "Vsevolod", "Kowaltschuk" and "Kovalchuk", "Schewtschenko" and "Shevchenko", "Charkiw" and
    "Kharkiv"."""
    # German "j" is English "y" (mild: "i"): "Ljudmila" and "Lyudmyla", "Jewhenija" and "Yevheniya"
    latin = mild.replace("tsch", "ch").replace("sch", "sh").replace("kh", "ch").replace("w", "v")
    return _DOUBLE.sub(r"\1", latin.replace("j", "i"))


def _consonants(mild: str) -> str:
    return _DOUBLE.sub(r"\1", mild.translate(_VOWELS))


_LOOSE = str.maketrans({"q": "g", "z": "d", "t": "d", "s": "d"})


def _loose(consonants: str) -> str:
    """Consonants of an Arabic-script name and of its Latin spellings, with the letters Persian and Arabic
    spellings exchange made one, and no final silent "h"."""
    return _DOUBLE.sub(r"\1", _one_letter(consonants).translate(_LOOSE)).removesuffix("h")


def _one_letter(latin: str) -> str:
    """The two letters Latin spellings write for one Arabic-script letter as one."""
    for pair, one in (("gh", "g"), ("kh", "x"), ("zh", "j"), ("sh", "c"), ("ch", "c")):
        latin = latin.replace(pair, one)
    return latin


# The long vowels Arabic, Persian and Pashto script write (alif, yā' and wāw in their forms), which transliteration
# (`anyascii`) drops or makes consonants: "لانا" is "lana", "داليا" "dalia", "ګلالۍ" "glali" ("Gulalai"). A Latin
# spelling writes the short vowels too, so it meets the script's spelling with some of its vowels left out.
_LONG_VOWELS: Final = str.maketrans(
    {"ا": "a", "آ": "a", "أ": "a", "إ": "i", "ى": "i", "ي": "i", "ی": "i", "ې": "i", "ۍ": "i", "و": "u"}
)
_VOWELS_ALIKE: Final = str.maketrans({"e": "i", "o": "u", "w": "u"})
_VOWELLED_LONGEST = 9  # a Latin name of two consonants and many vowels: 2^vowels keys


def _loose_vowelled(mild: str) -> str:
    """A mild spelling with the loose key's consonants and three vowels (a, i, u), as the script writes them."""
    return _DOUBLE.sub(r"\1", _one_letter(mild).translate(_LOOSE).translate(_VOWELS_ALIKE)).removesuffix("h")


def _told_apart(vowelled: str) -> bool:
    """Whether a spelling of two consonants has enough letters, one of them a written vowel, to tell a name by."""
    return len(vowelled) >= MIN_CONSONANTS and any(ch in "aiu" for ch in vowelled)


def _vowels_dropped(vowelled: str) -> set[str]:
    """The spelling with every choice of its vowels left out, doubled letters made one again."""
    forms = {""}
    for ch in vowelled:
        forms = {form + ch for form in forms} | ({*forms} if ch in "aiu" else set())
    return {_DOUBLE.sub(r"\1", form) for form in forms}


def _brahmic(char: str) -> bool:
    return 0x0900 <= ord(char) <= 0x0DFF


def _unvoiced(consonants: str) -> str:
    return _DOUBLE.sub(r"\1", consonants.translate(_UNVOICED))


# Turkish and Kurmanji letters as German and English spell them ("Şükrü" is "Schükrü", "Dilşad" is "Dilshad" and
# "دلشاد"); anyascii drops their cedilla ("S")
_CEDILLA: Final = str.maketrans({"ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch"})
# the endings of Russian and Ukrainian case forms after a name's stem: "Галины" (Galina's), "Олегом" (with Oleg),
# "Оксано" (vocative); longest first. Not "а", "я": a woman's name ends in them ("Галина"), and so does her
# surname beside her husband's ("Умарова", "Умаров"), another person
_CASE_ENDINGS: Final = ("ой", "ей", "ом", "ем", "ою", "ею", "ы", "и", "у", "ю", "е", "о")


@lru_cache(maxsize=4096)
def spelling_keys(word: str) -> tuple[str, ...]:
    """The keys of one name word, each prefixed with where it comes from ("L" Latin, "S" another script)
    and how it compares ("m" mild, "c" consonants, "r" a stem without its ending). Empty for a word with no letters
    left."""
    if word.isascii() or all(ord(ch) < 0x250 for ch in word):  # Latin, accents included
        keys = list(_latin_keys(word))
        if "ş" in word or "Ş" in word or "ç" in word or "Ç" in word:
            keys += _latin_keys(word.translate(_CEDILLA))
        if len(word) >= 5 and word[-1] == "ê" and word[-2] != "ê":
            # Kurmanji's oblique case ends a woman's name in "-ê": "bi Rojînê re" is with Rojîn
            keys += _latin_keys(word[:-1])
        article, hyphen, rest = word.partition("-")
        if hyphen and article.casefold() in ARABIC_ARTICLES and len(rest) >= 3 and "-" not in rest:
            # the Arabic article joined by a hyphen is no part of the name's sound: "Al-Khatib" is "Chatib"
            keys += _latin_keys(rest)
        return tuple(dict.fromkeys(keys))
    if any(_ethiopic(ch) for ch in word) and word[:1] in _ETHIOPIC_PREFIXES and len(word) >= 3:
        # Amharic joins "of", "to", "by", "from" to the name: "የዳዊት" is Dawit's
        return tuple(dict.fromkeys((*_script_keys(word), *_script_keys(word[1:]))))
    return _script_keys(word)


def _script_keys(word: str) -> tuple[str, ...]:
    """The keys of a name word in another script than Latin (`spelling_keys`)."""
    if word[:1] == "ئ" and word[1:2] in _SORANI_VOWELS:
        # Sorani opens a word that begins with a vowel with a hamza's seat: "ئاراس" is "Aras", "ئازاد" "Azad"
        word = word[1:]
    # Armenian writes "u" with two letters, which anyascii reads "ow": "Սիրանուշ" is "Siranush"
    mild = _mild(anyascii(word.replace("ու", "u").replace("Ու", "U").replace("ՈՒ", "U")))
    if any(_abjad(ch) for ch in word):
        consonants = _consonants(mild)
        if len(consonants) < MIN_CONSONANTS:
            # two consonants link too many names; the long vowels the script writes tell them apart
            vowelled = _loose_vowelled(_mild(anyascii(word.translate(_LONG_VOWELS))))
            return (f"Sv:{vowelled}",) if _told_apart(vowelled) else ()
        keys = [f"Sc:{consonants}"]
        if consonants.endswith("h") and len(consonants) > MIN_CONSONANTS:
            keys.append(f"Sc:{consonants[:-1]}")  # a final silent "h": "زاده" is "zada"
        if len(loose := _loose(consonants)) >= MIN_CONSONANTS:
            keys.append(f"Sx:{loose}")
        return tuple(keys)
    if any(_brahmic(ch) for ch in word):
        unvoiced = _unvoiced(_consonants(mild))
        return (f"Sb:{unvoiced}",) if len(unvoiced) >= MIN_CONSONANTS else ()
    keys = [f"Sm:{mild}"] if len(mild) >= 2 else []
    if "є" in word:
        # Ukrainian "є" is "je" at a name's start, "e" after a consonant as Latin spellings write it: "Лєнка" is "Lenka"
        keys.append(f"Sm:{_mild(anyascii(word.replace('є', 'е')))}")
    if "г" in word or "Г" in word:
        # Ukrainian "г" is an "h" ("Богдан" is "Bohdan", "Галина" is "Halyna"); Russian's is a "g"
        keys.append(f"Sm:{_mild(anyascii(word.replace('г', 'h').replace('Г', 'H')))}")
    low = word.casefold()
    if len(low) >= 5 and (ending := next((e for e in _CASE_ENDINGS if low.endswith(e)), None)):
        # the stem of a case form meets the stem of the Latin name (the "r" keys, `_latin_keys`)
        stem = _mild(anyascii(low[: -len(ending)]))
        keys.append(f"Sr:{stem}")
    if CYRILLIC.search(word) is None:
        # an alphabet's spelling meets a Latin one whose final vowel it leaves out, as Cyrillic's case stems do:
        # "Բրիգիտ" is "Brigitte" (the Latin "r" keys, `_latin_keys`)
        keys.append(f"Sr:{mild}")
    if any(_ethiopic(ch) for ch in word):
        # the sixth order of the Ethiopic syllabary is written without its vowel ("ትዕግስት" reads
        # "tgst" for "Tigist"): the consonants compare too
        consonants = _consonants(mild)
        if len(consonants) >= MIN_CONSONANTS:
            keys.append(f"Sc:{consonants}")
    return tuple(keys)


def _latin_keys(word: str) -> list[str]:
    """The keys of one Latin-script name word (`spelling_keys`)."""
    mild = _mild(anyascii(word))
    keys = [f"Lm:{mild}"] if len(mild) >= 2 else []
    if len(mild) >= 4:
        # its stem, which a Cyrillic case form's meets: "Galina" and "Галины", "Oleg" and "Олегом"
        keys.append(f"Lr:{mild[:-1] if mild[-1] in 'aeiou' else mild}")
    if "x" in mild:
        # "x" is "ks" as Cyrillic writes it ("Oxana" is "Оксана"); only there: Kurmanji's and Somali's "x" is
        # Arabic's "kh" or "h" ("Xelef" is "خلف"), which the consonant keys compare
        keys.append(f"Lm:{mild.replace('x', 'ks')}")
    if len(mild) >= 4:
        keys.append(f"Lt:{_transliteration_key(mild)}")
        if mild[0] == "x" and mild[1] in "aeiou":
            # Kurmanji writes "kh" as "x" at a name's start: "Xate" is "Khate", "Xelil" "Khelil"
            keys.append(f"Lt:{_transliteration_key('kh' + mild[1:])}")
    consonants = _consonants(mild)
    if len(consonants) < MIN_CONSONANTS and len(mild) <= _VOWELLED_LONGEST:
        keys += (f"Lv:{form}" for form in _vowels_dropped(_loose_vowelled(mild)) if _told_apart(form))
    if len(consonants) >= MIN_CONSONANTS:
        keys.append(f"Lc:{consonants}")
        keys.append(f"Lc:{consonants.replace('j', 'zh')}")  # a Persian "ژ"
        if len(unvoiced := _unvoiced(consonants)) >= MIN_CONSONANTS:
            keys.append(f"Lb:{unvoiced}")
        if len(loose := _loose(consonants)) >= MIN_CONSONANTS:
            keys.append(f"Lx:{loose}")
    return keys


def counterparts(keys: tuple[str, ...]) -> tuple[str, ...]:
    """The keys a name in the other kind of script would have registered: Latin looks up other scripts,
    other scripts look up Latin; and a Latin name looks up the other transliteration of the same name
    ("Kovalchuk" after "Kowaltschuk"), the one link between two Latin spellings."""
    return tuple(key if key[:3] == "Lt:" else ("S" if key[0] == "L" else "L") + key[1:] for key in keys)


@lru_cache(maxsize=1)
def _name_forms() -> dict[str, frozenset[int]]:
    """Transliteration key of each listed form of a given name -> the lines (names) it belongs to."""
    forms: dict[str, set[int]] = {}
    for line, names in enumerate(data.NAME_FORMS.strip().splitlines()):
        for name in names.split():
            forms.setdefault(_transliteration_key(_mild(name)), set()).add(line)
    return {key: frozenset(lines) for key, lines in forms.items()}


@lru_cache(maxsize=4096)
def forms_of(word: str) -> frozenset[int]:
    """The given names (lines of `data.NAME_FORMS`) `word` is a form of: "Sascha" and "Oleksandr" share one."""
    if not (word.isascii() or all(ord(ch) < 0x250 for ch in word)):
        word = anyascii(word)
    return _name_forms().get(_transliteration_key(_mild(anyascii(word))), frozenset())


# One sound, two Latin spellings: what a hurried typist or speech recognition writes for a name it has heard
# ("Nasreen"/"Nasrin", "Rachimi"/"Rahimi", "Schiar"/"Shiar", "Resan"/"Rezan", "Marques"/"Márquez"). Consonants
# that sound alike in the German and English spelling of a foreign name, long vowels and their letters.
_SOUND_PAIRS: Final = (
    ("tsch", "ch"),
    ("sch", "sh"),
    ("kh", "h"),
    ("ch", "h"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "d"),
    ("ck", "k"),
    ("ee", "i"),
    ("ie", "i"),
    ("ou", "u"),
    ("oo", "u"),
    ("q", "k"),
    ("z", "s"),
    ("w", "v"),
)
_SOFT_C: Final = re.compile(r"c(?=[ei])")
_VOWEL_LETTERS: Final = frozenset("aeiou")
MIN_SOUND = 5  # "Lena" and "Lina", "Omar" and "Umar": short names are too close to tell by ear


def _sound_script(word: str) -> bool:
    """A script that writes its vowels, so a Latin spelling of it can be heard: Latin, Cyrillic, Greek,
    Georgian, Armenian; not Arabic script, Ethiopic or the Indic scripts."""
    return not any(_abjad(ch) or _ethiopic(ch) or _brahmic(ch) or ord(ch) >= 0x2E80 for ch in word)


@lru_cache(maxsize=4096)
def sound_key(word: str) -> str:
    """How a name sounds, from any of its spellings in a script that writes vowels ("Nasreen", "nasrin" and
    "Насрин" → "nasrin"); empty for a name shorter than `MIN_SOUND` letters or in another script."""
    if not _sound_script(word):
        return ""
    # the letters as written, doubled ones too ("ee" is a long "i"), "y" as "i" and a final "j" as "i"
    sound = _NOT_LETTER.sub("", anyascii(word).casefold().replace("y", "i"))
    if sound.endswith("j"):
        sound = sound[:-1] + "i"  # "Timofej", "Andrij"
    for pair, one in _SOUND_PAIRS:
        sound = sound.replace(pair, one)
    sound = _SOFT_C.sub("s", sound).replace("c", "k")
    sound = _DOUBLE.sub(r"\1", sound)
    return sound if len(sound) >= MIN_SOUND else ""


def _first_vowel(sound: str) -> int:
    return next((k for k, ch in enumerate(sound) if ch in _VOWEL_LETTERS), len(sound))


def misheard(sound: str, other: str, swapped: bool = True) -> bool:
    """Two sounds one unstressed vowel apart, inserted, dropped or heard as another, with the same first and last
    letter: "oleksander" and "oleksandr", "timofei" and "timofi". The first vowel carries a German speaker's
    stress and is heard right: "Hassan" and "Husan" are two names, as a first or last letter that differs makes
    another name ("Amin" and "Amina", "Murad" and "Murat"). `swapped`: a vowel heard as another counts too (not
    between two names of the lists: "Selin" and "Selen")."""
    if not sound or not other or sound[0] != other[0] or sound[-1] != other[-1]:
        return False
    if len(sound) == len(other):
        diffs = [k for k, (a, b) in enumerate(zip(sound, other, strict=True)) if a != b]
        return (
            swapped
            and len(diffs) == 1
            and sound[diffs[0]] in _VOWEL_LETTERS
            and other[diffs[0]] in _VOWEL_LETTERS
            and diffs[0] > _first_vowel(sound)
        )
    if abs(len(sound) - len(other)) != 1:
        return False
    short, long = sorted((sound, other), key=len)
    first = _first_vowel(short)
    return any(
        ch in _VOWEL_LETTERS and k > first and long[:k] + long[k + 1 :] == short for k, ch in enumerate(long)
    )
