"""Layer 1: structured identifiers found by regular expressions, checksums and `phonenumbers`.

Every detector yields candidate spans `(start, end, label, replacement)`; the engine resolves overlaps by
priority (see `PRIORITY`), so a date is never taken for a phone number and an address wins over a name.
"""

from __future__ import annotations

import datetime as dt
import itertools
import mimetypes
import re
import unicodedata
from collections.abc import Iterator
from typing import Any, Final

from . import data
from . import types as anonymizer_types

Span = tuple[int, int, str, str]

# Replacement texts for the labels (readable German); PERSON gets "[Person A]" etc. from the engine.
REPLACEMENT: Final = {
    "EMAIL": "[E-Mail]",
    "URL": "[URL]",
    "HANDLE": "[Handle]",
    "PHONE": "[Telefon]",
    "IBAN": "[IBAN]",
    "ID": "[Kennung]",
    "PLATE": "[Kennzeichen]",
    "ADDRESS": "[Adresse]",
    "PLACE": "[Ort]",
    "DATE": "[Datum]",
    "NUMBER": "[Nummer]",
}

# Lower value wins an overlap.
PRIORITY: Final = {
    "PROTECTED": 0,
    "EMAIL": 1,
    "URL": 2,
    "IBAN": 3,
    "HANDLE": 4,
    "DATE": 5,
    "ID": 6,
    "PHONE": 7,
    "PLATE": 8,
    "ADDRESS": 9,
    "AGE": 10,
    "PERSON": 11,
    "PLACE": 12,
    "NUMBER": 13,
}

# Everything this anonymizer writes; never detected again (idempotency).
PLACEHOLDER: Final = re.compile(
    r"\[(?:Person [A-Z]{1,3}|E-Mail|URL|Handle|Telefon|IBAN|Kennung|Kennzeichen|Adresse|Ort|Datum|Nummer"
    r"|Einrichtung|Alter \d{1,3}–\d{1,3}|\d{1,3}–\d{1,3})\]"
)
FACILITY_NAME = "[Einrichtung]"  # "Kita Pusteblume" → "Kita [Einrichtung]"

EMAIL: Final = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
URL: Final = re.compile(
    r"(?i)\b(?:https?://|www\.)[^\s<>\"]+"
    r"|\b(?:[a-z0-9-]+\.)+(?:de|com|org|net|eu|info|io|me|at|ch|app|online)(?:/[^\s<>\"]*)?(?![\w@])"
    # any other domain with a page on it: "linktr.ee/mahmoud.pflege", "gofund.me/…" (a domain alone may be a
    # typo's "ok.so")
    r"|\b(?:[a-z0-9-]{2,}\.)+(?-i:[a-z]{2,6})/(?=\w)[^\s<>\"]+"
)
HANDLE: Final = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
# "name(at)host(dot)de", "name [at] host.de": addresses written so that robots miss them
_AT = r"\s?[\[({]\s?(?:at|ät)\s?[\])}]\s?"
_DOT = r"(?:\.|\s?[\[({]\s?(?:dot|punkt)\s?[\])}]\s?|\s(?:dot|punkt)\s)"
OBFUSCATED_EMAIL: Final = re.compile(
    rf"(?i)(?<![\w.+-])[\w.+-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}[a-z]{{2,}}\b"
)
# The numbers in words, one table for every pattern that reads them: the digits as a number is dictated ("zwo" is
# "zwei" said on the phone, never part of a longer number), the teens, and the tens ("dreissig" where "ß" is not
# typed). An alternation below keeps the table's order.
_NUMBER_WORD_VALUES: Final = {
    "null": 0, "eins": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
    "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40,
    "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
}  # fmt: skip
_DIGIT_WORDS: Final = {w: v for w, v in _NUMBER_WORD_VALUES.items() if v < 10}
_TEN_VALUES: Final = {w: v for w, v in _NUMBER_WORD_VALUES.items() if v >= 20}


def _spelled(low: int, high: int, ending: str = "") -> str:
    """The table's words from `low` to `high` (but "zwo"), each with `ending`, as an alternation."""
    return "|".join(w + ending for w, v in _NUMBER_WORD_VALUES.items() if low <= v <= high and w != "zwo")


_DIGIT_WORD = "|".join(_DIGIT_WORDS)
# 1 to 9 as they begin a longer number ("einundzwanzig", "dreihundert")
_UNIT_WORDS: Final = ("ein", *(w for w, v in _DIGIT_WORDS.items() if v >= 2 and w != "zwo"))
_UNITS = "|".join(_UNIT_WORDS)
_TENS = _spelled(20, 90)
# 10 to 99 in words (an alternation without its group)
_TWO_DIGITS_WORD = rf"(?:{_UNITS})und(?:{_TENS})|{_TENS}|{_spelled(10, 19)}"

# the same spelled out without brackets, as a phone dictates it: "name at gmail punkt com"; the end must be a
# common top-level domain, so that "at" and "dot" in a sentence are left alone
# Speech recognition writes more: digits said one by one after a part of the name ("lea punkt berg zwei null
# null eins at …", "berg 2001"), a letter alone before them ("sultan i 2009"), "minus" or "unterstrich" between
# parts, a host cut in two ("g mail") and "com" heard as "kommt".
_SPOKEN_TAIL = rf"(?:\s(?:{_DIGIT_WORD}|\d+)|\s[a-z](?=\s(?:{_DIGIT_WORD}|\d)))*"
_SPOKEN_JOIN = r"\s(?:punkt|dot|minus|bindestrich|strich|unterstrich)\s"
SPOKEN_EMAIL: Final = re.compile(
    rf"(?<![\w.+-])[\w.+-]+{_SPOKEN_TAIL}(?:{_SPOKEN_JOIN}[\w+-]+{_SPOKEN_TAIL})*\s(?:at|ät)\s(?:[a-z]\s)?[\w-]+"
    rf"(?:(?:{_SPOKEN_JOIN}|\.)[\w-]+)*(?:\s(?:punkt|dot)\s|\.)"
    r"(?:de|com|kommt|org|net|eu|info|at|ch|nl|fr|tr|ru|ua|io|me)\b"
)
# a user name without "@" (jusuf.fulda98, mo_aleppo): lowercase, a dot or underscore inside, and a digit or an
# underscore, which ordinary words, abbreviations and host names do not have
USERNAME: Final = re.compile(r"(?<![\w.@/:-])[a-z][a-z0-9]*(?:[._][a-z0-9]+)+(?![\w@/-])")
IBAN: Final = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){3,7}(?:[ ]?[A-Z0-9]{1,3})?\b")

# the months as an alternation without its group, for patterns that add names of their own to it
_MONTH_NAMES: Final = (
    r"Januar|Jänner|Jan|Februar|Feber|Feb|März|Maerz|Mär|April|Apr|Mai|Juni|Jun|Juli|Jul|August|Aug"
    r"|September|Sept|Sep|Oktober|Okt|November|Nov|Dezember|Dez"
)
_MONTH: Final = rf"(?:{_MONTH_NAMES})"
# the same months in either case, for chat typed all in lowercase ("bescheid vom 28. oktober", "geboren am 4.
# märz 2019"); an abbreviation only capitalised ("jan", "jul" are names and words in lowercase), "mai" is a month
_MONTH_NAMES_ANY: Final = (
    _MONTH_NAMES
    + r"|januar|jänner|februar|feber|märz|maerz|april|mai|juni|juli|august|september|oktober|november"
    r"|dezember"
)
_MONTH_ANY: Final = rf"(?:{_MONTH_NAMES_ANY})"
# the seasons of a year someone came in: "seit Frühjahr 2024", "seit herbst 2019"
_SEASON: Final = r"(?:[Ff]rühjahr|[Ff]rühling|[Ss]ommer|[Hh]erbst|[Ww]inter)"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MON = r"(?:0?[1-9]|1[0-2])"
_ROMAN_MONTHS: Final = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_ROMAN_MONTH: Final = f"(?:{'|'.join(sorted((m.upper() for m in _ROMAN_MONTHS), key=len, reverse=True))})"
DATE: Final = re.compile(
    rf"\b{_DAY}\s?[./]\s?{_MON}\s?[./]\s?(?:19|20)?\d{{2}}\b(?![.,]\d)"
    rf"|\b{_DAY}-{_MON}-(?:19|20)\d{{2}}\b"
    rf"|\b(?:19|20)\d{{2}}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b"
    rf"|\b{_DAY}\.\s?{_MON}\.(?!\d)(?!\s?(?:Uhr|h\b))"
    # the month in Roman numerals, as forms from abroad and old papers write it: "geb. 23.VII.1984"
    rf"|\b{_DAY}\.\s?{_ROMAN_MONTH}\.\s?(?:19|20)\d{{2}}\b"
    # the number after a month is no year where an age follows it: "ist am 28. November 80 geworden"
    rf"|\b{_DAY}(?:\.|ten|ter)?\s?{_MONTH_ANY}\b\.?(?:\s+(?:19|20)?\d{{2}}(?!\d)(?!\s+(?:geworden|Jahre)\b))?"
)
# matched against the lowercased text (case-insensitive alternations are slow in `re`)
BIRTH_YEAR: Final = re.compile(
    r"(?:geb\.|geboren(?:\s+(?:am|im))?|geburtsdatum:?|geb\.-datum:?|jahrgang(?:\s+(?:ist|war))?|jg\.)\s*"
    rf"(?:{_MONTH.lower()}\s+)?(?:19|20)\d{{2}}\b"
    # a year of birth in two digits: "Jahrgang 99", "Jg. '04" (not "Jahrgang 99,5")
    r"|(?:jahrgang|jg\.)\s*[‘’']?\d{2}\b(?![.,:]\d)"
)

_ID_KEYWORDS: Final = (
    r"steuer-?id(?:entifikationsnummer)?|idnr\.?|steuernummer|st\.?-?nr\.?|versicherten-?nummer|"
    r"versicherungsnummer|kv-?nr\.?|krankenversicherten-?nummer|rentenversicherungsnummer|sv-?nummer|"
    r"sozialversicherungsnummer|ausweis-?nummer|ausweis[-\s]?nr\.?|personalausweis-?nummer|pass-?nummer|"
    r"pass[-\s]?nr\.?|reisepass-?nummer|azr-?nummer|azr-?nr\.?|bamf-?aktenzeichen|aktenzeichen|az\.?|"
    r"geschäftszeichen|gz\.?|kunden-?nummer|kunden-?nr\.?|bg-?nummer|bg-?nr\.?|bedarfsgemeinschafts-?nummer|"
    r"konto-?nummer|konto-?nr\.?|konto|"
    r"aufenthaltstitel-?nr\.?|vorgangs-?nummer|fall-?nummer|mitglieds-?nummer|vertrags-?nummer|"
    r"referenz-?nummer|ref\.|ticket-?nummer|akten-?nummer|antrags-?nummer|zeichen"
)
# the longest text a keyword can match: none has a repeat, so none is longer than its pattern
_ID_KEYWORD_REACH = max(len(keyword) for keyword in _ID_KEYWORDS.split("|"))
assert not any(c in _ID_KEYWORDS for c in "*+{") and all(
    keyword.count("(") == keyword.count(")") for keyword in _ID_KEYWORDS.split("|")
), "a keyword with a repeat, or a branch inside a group: the reach above is no bound"
# matched against the lowercased text; the ID itself is then read from the original
_ID_NOT_START: Final = (
    "der|die|das|des|dem|den|bei|beim|vom|von|im|am|an|auf|für|und|oder|noch|nicht|ist|war|seit|zum|zur"
)
ID_AFTER_KEYWORD: Final = re.compile(
    # a keyword is a whole word: "azad ist jetzt 18" or "azubi seit 2024" hold no "Az."
    rf"\b(?:{_ID_KEYWORDS})(?![a-zäöüß])(?:\s*(?:ist|lautet|:|#|-|\.))*\s*"
    # the office the file is kept at, between the keyword and its colon: "Az. Kreis: NF-2.34/60d-0872", "Az. bei der
    # Ausländerbehörde: 32.1-3011/24-Ber" (a code
    # of five signs at least: "Az. ist wichtig: 12 Leute" holds none)
    r"(?:(?:[a-zäöüß]{2,15}\s){0,2}[a-zäöüß]{2,25}\s?:\s*(?=[a-z0-9./\-]{5}))?"
    # the ID: has a digit, does not start with a word of the sentence ("Kundennummer bei den Stadtwerken …"),
    # and may hold spaces and " - " ("8 765 432 - 439")
    # a court's register letters between its numbers in lowercase chat: "au 6 k 26.30871"
    rf"((?!(?:{_ID_NOT_START})\b)(?=[a-z0-9./\- ]*\d)[a-z0-9]"
    r"(?:[a-z0-9./\-]|\s(?=[a-z0-9/-]*\d)|\s(?=[a-z]{1,3}\s\d)|\s-\s(?=\d))*[a-z0-9]"
    # a register's letter after the numbers, ending the file's number: "Aktenzeichen: 4 23 118774 B,"
    r"(?:\s[a-z](?=[,;.)]|\s*$))?)"
)
# Any number's name ("Leistungsnummer", "Behandlungsschein-Nr.", "Nr.") before a code that begins with letters:
# "Nr. FB 0031877", "Leistungsnummer AsylbLG 40-2213", "Förderungsnummer BAF-08 447 1290 3"; a phone's or a
# house's number is no code (matched against the lowercased text)
LETTERED_ID: Final = re.compile(
    r"(?<!telefon)(?<!handy)(?<!mobil)(?<!fax)(?<!ruf)(?<!haus)(?<!zimmer)(?<!tel\.-)(?:nummer|nr\.)(?:\s*[:#])?\s"
    # (or with an office's digits before the letters: "Kindergeldnummer 725 FK 301948")
    r"((?!(?:der|die|das|des|dem|den|und|oder|vom|von|bei|für)\b)(?:\d{1,4}\s)?[a-z][a-z]{0,7}(?:-[a-z]{1,5})?[\s-]?"
    r"\d[\d./-]*\d(?:\s\d+\b(?![.,]\d))*)"
)
ID_FORMS: Final = re.compile(
    # every branch starts with a digit, or a capital followed by a capital, a digit, a space or "-" (none by a
    # small letter: "Tel", "Herr", "Kirchgasse"): the lookahead rejects every other position at once, before `re`
    # tries the branches there one by one
    r"(?=[A-Z][A-Z\d\s-]|\d)(?:"
    r"\b[A-Z] ?\d{8,11}\b"  # health-insurance number (KVNR A123456789), permits (A 0815447132)
    r"|\b(?=[A-Z0-9]*\d[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,12}\b"  # passport / ID card / residence permit
    # a longer code of capitals and eight digits or more: a Jobcenter's BG number "55232BG0107736"
    r"|\b(?=(?:[A-Z]*\d){8})(?=[A-Z0-9]*[A-Z])[A-Z0-9]{13,20}\b"
    r"|\b\d{1,5}(?:\.\d{1,3})?(?:\s?[-/]\s?\d{1,5}){1,3}\s?/\s?\d{2,4}\b"  # Az. 31-22/2024, 32.1-12-4711/23
    # three numbers joined by "/", the last of five digits or more (no date): a tax number 123/456/78901, an
    # office's file 45/26/0471902
    r"|\b\d{1,5}/\d{1,5}/\d{5,10}\b"
    # court files: 5 A 1234/23 MD, 12 XIV 87/24 B, with the social court's register letter S 12 AS 334/26 ER, with
    # a court's suffix 6 K 1234/24.TR, the asylum suffix and a chamber's letter: 17a K 2044/26.A, 5 L 12/26.KS.A
    # a prosecutor's register in mixed case: 21 Js 4417/25; a guardianship court's Roman register: 5 XVII 318/26; a
    # court's own letters in mixed case before a colon or a comma: 6 E 1187/26 Ge:
    # Bavaria's administrative courts write the year first, after a point: RN 7 K 26.31458, M 24 S 26.30112
    # (a prosecutor's department may have four digits: 3413 Js 18825/26)
    r"|\b(?:[A-Z]{1,2}\s)?\d{1,4}[a-z]?\s[A-Z][A-Za-z]{0,2}\s(?:\d{1,5}/\d{2,4}|\d{2}\.\d{4,6})\b"
    r"(?:(?:\.[A-Z]{1,3}\b)+|\s[A-Z]{1,3}\b(?![-\w])|\s[A-Z][a-z](?=[:,;)]))?"
    r"|\b\d{1,3}\s(?:[IVX]{4,5})\s\d{1,5}/\d{2,4}\b"
    # the pension insurance number: area, birth date, the surname's initial, serial and check digit
    r"|\b\d{2}\s?[0-3]\d[01]\d\d\d\s?[A-Z]\s?\d{3}\b"
    # case numbers of offices: BEI-2023-0451877, ISL-2023-FZ-04417, BS-2026-04/1187
    r"|\b[A-Z]{2,5}-\d{2,8}(?:[-/][A-Z0-9]{1,8})+\b"
    # letters and a number joined by hyphens: PIA-004518, SLS-D-2026-04417, SIG-DUL-5521
    # or a single letter and more letters first: D-ERZ-2025-0917 (not a postcode: D-36433)
    r"|\b(?:[A-Z]{2,5}(?:-[A-Z]{1,5})?|[A-Z]-[A-Z]{1,5})-\d{4,10}(?:-[A-Z0-9]{1,8})*\b"
    # the year first, then an office's letters: 2025-BK-07731 (a register's entry)
    r"|\b(?:19|20)\d\d-[A-Z]{1,5}-\d{3,8}\b"
    # office prefixes before a file number: VG-AB 2026/04471, ABH-VG 31.2-11876, K 123/24 (every branch starts
    # at most 12 characters before a digit: the scan runs in windows around numbers)
    r"|\b[A-Z]{2,5}-[A-Z]{1,5}\s(?=[\d./-]*\d{4})\d{1,6}(?:[./-]\d{1,6})+\b"  # not a lab value: HBV-DNA 2.400
    r"|\b[A-Z]{1,4}\s?\d{1,6}/\d{2,6}(?:-\d{1,3})?\b"  # with a check digit: UV 2026/118473-4
    r")"
)
_CAR_NOUNS: Final = (
    "auto",
    "autos",
    "wagen",
    "fahrzeug",
    "kennzeichen",
    "nummernschild",
    "kfz",
    "transporter",
    "pkw",
    "lkw",
    "kombi",
    "kleinbus",
    "kastenwagen",
    "wohnmobil",
    "motorrad",
    "roller",
)
# the cars, in lowercase: looked for in the lowercased text (`spaced_plates`) and named in `_CAR_BEFORE`
_CAR_HINTS: Final = tuple(
    sorted({car.casefold() for car in (*data.CAR_MAKES.split(), *data.CAR_MODELS.split(), *_CAR_NOUNS)})
)
PLATE: Final = re.compile(r"\b[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}[ -]?\d{1,4}[EH]?\b")
PLATE_CONTEXT: Final = re.compile(
    r"(?i:kennzeichen|nummernschild|kfz|auto|wagen|fahrzeug)\S*\s+(?:\S+\s+){0,3}?"
    # a German plate without its hyphen, or a foreign one of two letters, four digits, two letters (AA 4517 KT)
    r"([A-ZÄÖÜ]{1,3} [A-Z]{1,2} ?\d{1,4}[EH]?|[A-Z]{2} ?\d{4} ?[A-Z]{2})\b"
)
# A plate without its hyphen after a car named before it in the same sentence: "hat nen alten golf gekauft BOT FR 412",
# "MIT SEINEM OPEL RE KS 1904" (in a text typed in capitals, read on the text as typed); not a Roman numeral ("SGB II
# 7"). The car: a make, a model of the common ones, or a word for a car (`_CAR_HINTS`).
# (begun with a character class, which `re` scans for fast; the word's start is checked after the match)
SPACED_PLATE: Final = re.compile(r"([A-ZÄÖÜ]{1,3}) ([A-Z]{1,2}) ([1-9]\d{0,3}[EH]?)(?![\w-])")
# (up to 80 characters after the car, in the same sentence: "der lkw steht nachts immer bei mir vor der tür 🙄 JL TK
# 240")
_CAR_BEFORE: Final = re.compile(rf"(?i:\b(?:{'|'.join(_CAR_HINTS)})\b)[^.!?\n]{{0,80}}$")


def spaced_plates(text: str, low: str, runs: list[tuple[int, int]]) -> Iterator[Span]:
    """German plates written without their hyphen after a car (`SPACED_PLATE`); `low`: the lowercased text, `runs`:
    its digit runs (a plate's number begins one, after a capital and a space)."""
    numbers = [
        start for start, _ in runs if start >= 4 and text[start - 1] == " " and "A" <= text[start - 2] <= "Z"
    ]
    if not numbers or not any(car in low for car in _CAR_HINTS):
        return
    for number in numbers:
        m = SPACED_PLATE.search(text, number - 8, number + 8)
        while m is not None and m.start(3) < number:
            m = SPACED_PLATE.search(text, m.start() + 1, number + 8)
        if m is None or m.start(3) != number:
            continue
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_"):
            continue
        if set(m.group(1) + m.group(2)) <= set("IVXLC"):
            continue  # "SGB II 7", a law's book
        if _CAR_BEFORE.search(text, max(0, m.start() - 100), m.start()) is not None:
            yield m.start(), m.end(), "PLATE", REPLACEMENT["PLATE"]


# a plate typed in lowercase in chat: "hb-kr 612" (not the days "mo-fr 9")
PLATE_LOWER: Final = re.compile(
    r"\b(?!(?:mo|di|mi|do|fr|sa|so)-(?:mo|di|mi|do|fr|sa|so)\b)[a-zäöü]{1,3}-[a-z]{1,2} \d{1,4}\b(?![.,:]\d)"
)
# the gates below begin at the "-", which `re` finds with a fast scan (a leading `[a-zäöü]` stops at every letter)
_PLATE_LOWER_HINT: Final = re.compile(r"-(?<=[a-zäöü]-)[a-z]{1,2} \d")  # [a-zäöü]-[a-z]{1,2} \d

_SUFFIX: Final = (
    # "Straße" also as typed in a hurry: Strasse, Strase, Strße; "Gasse" as "Gaße"
    # and abbreviated: Königspl. 5, Mühlenwg. 3; "srt." for "str." (no German word ends in it)
    r"(?:stra?(?:ß|ss|s)e|str\.|srt\.|str(?=\s?\d)|pl\.|wg\.|ga(?:ss|ß)e|weg|allee|platz|ring|damm|ufer|chaussee|pfad|"
    r"steig|stieg|markt|berg|"
    r"hof|graben|wall|anger|zeile|promenade|kamp|twiete|tor|brücke|feld|garten|winkel|bogen|grund|leite|"
    # "Allee" typed with one "e" before its number ("Lindenalle 3a"; not a hall's: "Turnhalle 3")
    r"hain|höhe|siedlung|park|born|horst|aue|au|(?<![hH])alle(?=\s?\d)|-Stra?(?:ß|ss|s)e|-Str\.|-Weg|-Platz|-Allee"
    r"|-Ring|-Gasse)"
)
_NUMBER: Final = (
    r"\d{1,4}\s?[a-zA-Z]?(?:\s?[-/]\s?\d{1,4}[a-z]?)?\b"
    r"(?!\s?(?:Uhr|Euro|€|%|Jahre|Jahren|Monate|Wochen|Tage|Stunden|Minuten|Mal|Kinder|Personen|Leute|Termine))"
)
_NOT_STREET: Final = (
    r"(?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Anfang|Ende|Tag|Abend|"
    r"Morgen|Termin|Jobcenter|Amt|Telefon|Jahr|Jahre|Sommer|Winter|Herbst|Frühling|Frühjahr|"
    rf"{_MONTH})\b)"
)
# Every branch starts with a capital; the lookahead in the first one (a necessary condition: the word runs
# into a number) spares trying the 40 suffixes at each length of every capitalised word.
# An inflected adjective that begins a street's name, by its shape (Westliche, Obere, Französische, Alte):
# possessives and articles that end so are none ("Unsere", "Die").
_STREET_ADJECTIVE: Final = (
    r"(?:(?!(?:Unsere|Andere|Ihre|Meine|Seine|Eure|Die|Eine|Keine|Diese|Jede|Nächste|Letzte|Erste|Neuere)\s)"
    r"(?:[A-ZÄÖÜ][a-zäöüß]+(?:lich|isch|er)|Alt|Neu|Groß|Klein|Lang|Breit|Hoh|Nord|Süd|Ost|West)e[rn]?\s)?"
)
# the inflected adjective before a street named by a town ("Äußere Zittauer Str.", "Westliche Berliner Str."),
# matched up to the street's start
_ADJECTIVE_BEFORE_STREET: Final = re.compile(
    r"(?<![\w-])(?!(?:Unsere|Andere|Ihre|Meine|Seine|Eure|Die|Eine|Keine|Diese|Jede|Nächste|Letzte|Erste|Neuere)\s)"
    r"(?:[A-ZÄÖÜ][a-zäöüß]*(?:er|lich|isch)|Alt|Neu|Groß|Klein|Lang|Breit|Hoh|Nord|Süd|Ost|West)e\s$"
)
ADDRESS: Final = re.compile(
    # Every branch begins with a capital: the first and the third with a street's name (maybe after an adjective)
    # and a digit within its first two words, the second and the fourth with one of their words. The lookahead
    # rejects every other word at once ("Herr", "Depressionen"), before `re` tries the branches one by one.
    r"(?=[A-ZÄÖÜ][^\s\d]*+\s?(?:[^\s\d]*+\s?)?\d|Am|An|Im|In|Auf|Unter|Hinter|Vor|Zu[mr]|Bei|Über|Alte|Neue"
    r"|Große|Kleine|Lange|Breite|Hohe|Obere|Untere|Straße|Str\.|Weg|Platz|Allee|Ring|Damm|Ufer|Bad |Sankt |St\. )(?:"
    # Kirchgasse 4, Marktstr. 19, Karl-Marx-Str. 19a, with an adjective before it: Westliche Karl-Friedrich-Str. 56
    # (a given name cut short before the rest: "Fr.-Ebert-Str. 6", "Dr.-Külz-Ring 3")
    rf"\b{_STREET_ADJECTIVE}(?:[A-ZÄÖÜ][a-zäöü]{{0,3}}\.-)?[A-ZÄÖÜ](?=[\w.-]*\s?\d)[\wäöüß-]+?{_SUFFIX}\s?{_NUMBER}"
    # Am Alten Markt 11b, Unter den Linden 3, An der Kirche 5, Breite Straße 5
    rf"|\b(?:Am|An der|An den|Im|In der|In den|Auf der|Auf dem|Auf den|Unter den|Unter der|Hinter der|"
    rf"Hinter dem|Vor dem|Zum|Zur|Beim|Bei der|Über der|Alte[rn]?|Neue[rn]?|Große[rn]?|Kleine[rn]?|"
    rf"Lange[rn]?|Breite[rn]?|Hohe[rn]?|Obere[rn]?|Untere[rn]?)\s+{_NOT_STREET}"
    rf"(?:[A-ZÄÖÜ][\wäöüß-]+\s+){{0,2}}[A-ZÄÖÜ][\wäöüß.-]+\s+{_NUMBER}"
    # Halberstädter Str. 41, Magdeburger Straße 7, Merziger Str 118, Französische Str. 8
    r"|\b(?!(?:Die|Eine|Keine|Diese|Jede|Meine|Seine|Ihre|Unsere|Andere|Nächste|Letzte|Erste)\s)"
    # also typed in a hurry: "Große str 5", "Wilhelmshöher Alle 258", "Kirchhuchtinger Landstr. 102", "Bad
    # Wilsnacker Strase 41" (the spellings `_SUFFIX` takes)
    r"(?:(?:Bad|Sankt|St\.|Groß|Klein|Alt|Neu)\s)?"  # the town's first word: "Bad Wilsnacker Str."
    r"[A-ZÄÖÜ][a-zäöüß]+e[r]?\s(?:Stra?(?:ß|ss|s)e|[Ss]tr\.|[Ss]tr(?=\s?\d)|Weg|Allee|Alle(?=\s\d)|Ring|Platz|Chaussee"
    r"|Damm|Landstraße|Landstr\.)\s?"
    rf"{_NUMBER}"
    # Straße der Jugend 4, Platz des Friedens 1
    rf"|\b(?:Straße|Str\.|Weg|Platz|Allee|Ring|Damm|Ufer)\s+(?:der|des|am|an der|zum|zur|vom)\s+"
    rf"[A-ZÄÖÜ][\wäöüß-]+\s+{_NUMBER}"
    r")"
)
# the floor and the flat after a street and its number ("…, 2. OG links", ", 3. Stock rechts", ", Whg. 12"):
# with the house number they point to one door
_FLOOR: Final = re.compile(
    r",? (?:\d{1,2}\. ?(?:OG|Obergeschoss|Stock|Etage)|EG|Erdgeschoss|DG|Dachgeschoss|Souterrain"
    r"|(?:Whg|Wohnung|App|Apt)\.? ?\d{1,3}[a-z]?)(?: (?:links|rechts|Mitte)\b)?(?![\w-])"
)
# street names without a number
STREET_NAME: Final = re.compile(  # `\b[A-ZÄÖÜ]`, begun with the capital: `re` finds it with a fast scan
    r"[A-ZÄÖÜ](?<!\w[A-ZÄÖÜ])[\wäöüß-]+(?:straße|strasse|str\.|gasse|allee|chaussee|-Straße|-Allee)(?!\w)"
)
# the first words German town names share: "Bad Salzungen", "Sankt Wendel", "Groß Hesepe"
TOWN_PREFIX: Final = r"(?:Bad|Sankt|St\.|Groß|Klein|Alt|Neu|Ober|Unter|Nieder|Hohen)"
POSTAL: Final = re.compile(
    # a town's first word can be a prefix German town names share: "36433 Bad Salzungen", "Sankt Wendel"
    rf"\b(?:D-)?\d{{5}}\s+(?:{TOWN_PREFIX}\s+)?[A-ZÄÖÜ][\wäöüß-]+(?:\s+(?:an der|am|im|in der|in|auf|bei|ob der)\s+[A-ZÄÖÜ][\wäöüß-]+"
    r"|\s*\([A-ZÄÖÜ][^)\n]{1,30}\))?"
)
# a street of up to three words and its number right before ", " and a postal code (searched up to the code)
_STREET_BEFORE_POSTAL: Final = re.compile(
    r"(?<![\w-])((?:(?:Am|Im|An der|An den|Auf dem|Auf der|Hinterm|Hinter den|Hinter der|Unter den|Zum|Zur|Beim"
    # (a village's street with its prefix bare: "Neu Tramm 4, 29485 Lemgow")
    r"|(?:Alt|Neu|Groß|Klein|Lang|Breit|Hoh|Ober|Unter)(?:e[rn]?)?|[A-ZÄÖÜ][a-zäöüß]+er) )?"
    r"[A-ZÄÖÜ][\wäöüß.-]+ \d{1,4}\s?[a-z]?), (?:D-)?$"
)
# a street and its number after an address's label, whatever its words: "Anschrift: Amtsfreiheit 3
# (Gemeinschaftsunterkunft)", "wohnhaft Neu Tramm 4" (a street's word needs no ending there)
_LABELED_STREET: Final = re.compile(
    r"\b(?:[Aa]nschrift|[Aa]dresse|[Ww]ohnanschrift|[Mm]eldeadresse|[Ww]ohnadresse|[Ww]ohnhaft)\b:? "
    r"((?:(?:Am|Im|An der|Auf dem|Auf der|Zum|Zur) )?(?!(?:Zimmer|Raum|Haus|Termin|Stock|Etage|Nr)\b)"
    r"(?:[A-ZÄÖÜ][\wäöüß-]+ ){1,2}\d{1,4}(?:\s?[a-z](?![a-zäöüß]))?)(?![\w.,:/-]?\d)"
)
# where someone lives, by a preposition, a street's words and its number: "wohnt am Mühlbach 3", "lebt jetzt
# Hinter den Höfen 8"; not a date or a time ("lebt seit März 2024 im …", "im Jahr 2019")
_LIVES_AT: Final = re.compile(
    r"\b(?:wohn|leb)\w*(?: (?:jetzt|seit|noch|dort|da|hier|nun|schon|immer))*"
    r" ((?P<link>[aA]m|[iI]m|[iI]n der|[iI]n den|[aA]n der|[aA]uf dem|[aA]uf der|[uU]nter den|[hH]inter den"
    r"|[hH]inter der|[hH]inter dem|[zZ]ur|[zZ]um|[bB]eim) "
    r"(?!(?:Jahr|Jahre|Monat|Sommer|Winter|Herbst|Frühjahr|Frühling|Alter|Januar|Februar|März|April|Mai|Juni|Juli"
    r"|August|September|Oktober|November|Dezember|Zimmer|Raum|Haus)\b)"
    # one word: "in der Unterkunft Gröpern 12a" is a facility and its name ("Am Alten Markt 3" is ADDRESS's)
    r"(?P<street>[A-ZÄÖÜ][\wäöüß-]+ \d{1,4}[a-z]?))\b(?![.,]\d|\s?(?:Jahre|Uhr|%|Euro|€))"
)

# a half or a quarter of a year after an age's whole years: a toddler's "1,5 Jahre", "2½", "3¾"
_FRACTION: Final = r"(?:,[1-9]| ?½| ?¼| ?¾)?"  # (with a space: "Lamar (2 ½)")
# Ages. Every branch but the keyword one starts at a number, so it is only tried where a number starts.
AGE_PARTS: Final = re.compile(
    r"\b(?P<n1>\d{1,3})(?=\s?-?\s?[jJ]ährig)"  # 34-jährige (the number replaced, the ending kept)
    # 34 Jahre alt, chat style "5 jahre alt", "ist 6 jahre geworden"
    rf"|\b(?P<n2>\d{{1,3}}{_FRACTION})\s?(?:[Jj]ahre|J\.)(?:\s+(?:alt|jung)\b|(?=\s+geworden\b))"  # "erst 15 Jahre jung"
    # Frau Arslan, 38 Jahre, Kurdin; a paediatric letter's years and months "Aram, 3;4 Jahre,"
    rf"|(?<=, )(?P<n6>\d{{1,3}}{_FRACTION}(?:;\d{{1,2}})?)\s(?:Jahre|J\.)(?=[,;)])"
    # Frau Haile (34), a toddler's "Mariam (3 Jahre und 4 Monate)", an initial's "Tochter M. (19)"
    # (hedged: "Herr Y. (ca. 30)", the hedge with it: `_HEDGE_IN_BRACKET`)
    rf"|(?:(?<=[\w\]] \()|(?<=\b[A-ZÄÖÜ]\. \()|(?<=[\w\]] \(ca\. )|(?<=[\w\]] \(etwa )|(?<=[\w\]] \(circa ))(?P<n3>\d{{1,2}}{_FRACTION})(?:\s?(?:J\.?|Jahre))?(?:(?:,| und)? \d{{1,2}} (?:Monaten?|Mon\.))?(?=\))"
    # 41 J.; a toddler's "3 J. 4 Mon.", a paediatric letter's years and months "9;4 J."
    rf"|\b(?P<n5>\d{{1,3}}{_FRACTION})(?:;\d{{1,2}})?\s?J\.(?!\w)(?:,? \d{{1,2}} (?:Mon\.|Monaten?\b))?"
    # "obwohl er erst 14 ist", "Bilal ist 12 und …", "die Zwillinge sind 3, …": who it is, is checked in _ages
    r"|(?:(?<=erst )|(?<=gerade )|(?<=fast )|(?<=knapp )|(?<=bald ))(?P<n7>\d{1,2})(?=\s(?:ist|war|wird|wäre)\b)"
    r"|(?:(?<=ist )|(?<=sind )|(?<=wird )|(?<=wurde )|(?<=ist erst )|(?<=ist schon )|(?<=ist jetzt )|(?<=ist gerade )"
    r"|(?<=ist fast )|(?<=\bwar )|(?<=\bwar erst )|(?<=\bwar schon )|(?<=\bwar gerade )|(?<=\bwar fast )|(?<=\bis )|(?<=\bis erst )|(?<=\bis schon )"
    # more words between the verb and the age, or an adjective of age before it: "ist aber selbst erst 15.", "ist
    # selbst noch jung, 23, und …"
    r"|(?<=\berst )|(?<=\bselbst )|(?<=\bjung, )|(?<=\balt, )"
    # a hedge of the papers or the time: "der Junge ist jetzt offiziell 18", "ist mittlerweile 21"
    r"|(?<=\boffiziell )|(?<=\bmittlerweile )|(?<=\beigentlich ))(?P<n8>\d{1,2}"
    + _FRACTION
    + r")(?=\s?(?:und\b|[^\w\s.,]|[.,](?!\d)|$)| (?:als|bevor|aber|doch)\b)"
    # "Sie ist 34 Jahre und …", "der Kleine ist 2 Jahre.": the years without "alt", ending the clause (after "war"
    # they are a while: "Die Oma war 2 Jahre, bevor sie starb, krank")
    r"|(?:(?<=ist )|(?<=sind )|(?<=wird ))(?P<n9>\d{1,2}"
    + _FRACTION
    + r")\s[Jj]ahre(?=\s?(?:und\b|[^\w\s.,]|[.,](?!\d)|$))"
    # a baby's weeks or months before the word for it: "von 4 wochen altem baby", "ein 3 Monate alter Säugling"
    # (not "ein 3 Monate alter Bescheid": `_PERSON_NOUNS`)
    r"|\b(?P<n10>\d{1,2})\s?(?P<unit10>[Ww]ochen|[Mm]onate)\s+alte[mnrs]? (?P<noun10>\w+)"
)
# the words for a baby that `_PERSON_NOUNS` lacks, after its weeks or months (AGE_PARTS' n10)
_INFANT_STEMS: Final = ("säugling", "neugeboren", "frühchen", "zwilling")
_HEDGE_IN_BRACKET: Final = re.compile(r"(?<=\()(?:ca\.|etwa|circa) $")
# the salutation or the relative before an initial whose bracketed age follows: "Tochter M. (19)", "Herr K. (54)"
_INITIAL_OWNER: Final = re.compile(
    r"\b(?:Herr|Herrn|Frau|Familie|Tochter|Sohn|Mutter|Vater|Bruder|Schwester|Oma|Opa|Tante|Onkel|Enkel|Enkelin"
    r"|Neffe|Nichte|Cousin|Cousine|Baby|Ehemann|Ehefrau) [A-ZÄÖÜ]$"
)
# the adverbs between "ist" and a person's age, and what ends the clause after the age (an emoji too: "santi ist 16
# 🙄"), shared by the rules that read an age after "ist" (`_KIN_SPELLED_AGE`, engine's `_SMALL_NAME_AGE`)
# the day a birthday is, between "wird" and the age: "agnes wird morgen zwölf" (engine's `_AGE_AFTER_NAME` too)
AGE_DAYS: Final = r"morgen|übermorgen|demnächst"
AGE_ADVERBS: Final = (
    rf"(?:noch|erst|schon|jetzt|gerade|grad|fast|bald|knapp|damals|inzwischen|übrigens|auch|selbst|offiziell"
    rf"|mittlerweile|eigentlich|{AGE_DAYS})"
)
AGE_CLAUSE_END: Final = r"(?=[;!?)]|[.,](?!\d)| und\b|\s*$|\s+[^\w\s.,–-])"
# the words that hedge an age someone gives: "ca. 60", "angeblich 17", "etwa 40"
AGE_HEDGES: Final = r"angeblich|etwa|ca\.|circa|ungefähr|rund|vermutlich|geschätzt|offiziell|mittlerweile"
_MODAL_PARTICLES: Final = "aber|doch|ja|halt|eben|wohl"
# up to two of those adverbs and a modal particle between the verb and the age: "ist aber erst fünfzehn", "ist doch
# schon 18"
# (three of them: "ist aber selbst erst 15"; and an adjective of age in apposition: "ist selbst noch jung, 23, und …")
AGE_PARTICLES: Final = rf"(?:(?:{_MODAL_PARTICLES}|{AGE_ADVERBS}) ){{0,3}}(?:(?:jung|alt), )?"
# the subject before "ist 12" or "erst 14": a name ("Bilal"), a child ("die Zwillinge"), "er" or "sie"; not
# "es ist 3", "Das ist 1", "wir sind 5", "die Wartezeit ist 6" (a time, a count, a thing)
_AGE_SUBJECT: Final = re.compile(
    rf"(?:(\w+)\s)?(?!(?:ist|sind|wird|wurde|war|is|isch|also|{_MODAL_PARTICLES}|{AGE_ADVERBS})\b)(\w+),?\s"
    rf"(?:(?:ist|sind|wird|wurde|war|is|isch)\s)?(?:also\s)?{AGE_PARTICLES}$"
)
_AGE_NOT_SUBJECT: Final = frozenset(
    [
        "das",
        "dies",
        "es",
        "was",
        "wer",
        "wir",
        "ihr",
        "man",
        "der",
        "die",
        "den",
        "dem",
        "welche",
        "alles",
        "nichts",
    ]
)
_AGE_DETERMINERS: Final = frozenset(data.ARTICLES.split())
# the words for a person whose age a note gives after "ist": a child, kin, a partner, a neighbour ("seine oma ist 82
# und wohnt allein", "Die Mutter ist 41.", "der älteste ist neunzehn"); a role in no list is the learned pass's doubt
_PERSON_NOUNS: Final = frozenset(
    [
        "kind",
        "kinder",
        "sohn",
        "söhne",
        "tochter",
        "töchter",
        "zwillinge",
        "enkel",
        "enkelin",
        "bruder",
        "schwester",
        "junge",
        "mädchen",
        "baby",
        "neffe",
        "nichte",
        "cousin",
        "cousine",
        "kleine",
        "kleiner",
        "kleinste",
        "älteste",
        "ältester",
        "jüngste",
        "jüngster",
        "große",
        "großer",
        "mittlere",
        "mittlerer",
        "ältere",
        "älterer",
        "jüngere",
        "jüngerer",
        "jungs",
        "kids",
        "mutter",
        "vater",
        "mama",
        "papa",
        "mami",
        "papi",
        "oma",
        "opa",
        "omi",
        "opi",
        "großmutter",
        "großvater",
        "tante",
        "onkel",
        "frau",
        "mann",
        "ehefrau",
        "ehemann",
        "freundin",
        "freund",
        "partnerin",
        "partner",
        "schwager",
        "schwägerin",
        "schwiegermutter",
        "schwiegervater",
        "eltern",
        "großeltern",
        "geschwister",
        "brüder",
        "schwestern",
        "nachbar",
        "nachbarin",
        "mitbewohner",
        "mitbewohnerin",
        "kollege",
        "kollegin",
        "vermieter",
        "vermieterin",
    ]
)
PERSON_NOUN: Final = "|".join(sorted(_PERSON_NOUNS, key=len, reverse=True))
# (an age the note is unsure of after "Alter", the hedge masked with it: "Alter unklar, ca. 20", "Alter geschätzt 16")
AGE_KEYWORD: Final = re.compile(
    r"\b(?:[Ii]m Alter von|Alter(?:sangabe)?(?:\s(?:unklar|unbekannt|geschätzt|laut Pass|vermutlich),?)?:?|[Mm]it ihren"
    r"|[Mm]it seinen|ist jetzt|wird bald|wurde gerade"
    # a case's facts opening with the person's age, the name left out: "Fall Behnam – Fakten: 31, aus Schiras"
    # (or the case by its initial or its name: "Fakten Fall B.: 31, zwei Kinder", "Fall Behnam: 31, aus Schiras")
    r"|(?:[Ff]akten|[Ee]ckdaten|[Ss]teckbrief|\b[Ff]all [A-ZÄÖÜ](?:\.|[a-zäöüß]+)):(?=\s+\d{1,2},))\s+"
    r"(?P<about>(?:ca\.|circa|etwa|ungefähr|rund)\s?)?(?P<n4>\d{1,3})(?:\s?(?:Jahre[n]?|J\.))?(?!\s?(?:Uhr|Euro|%|Monate|Wochen|Tage|Kinder))"
)
# an age given by its decade: "Mitte 30", "Anfang 40", "Ende 20" (not "Ende 2025", "Anfang 30 Euro", "Ende 30.")
DECADE_AGE: Final = re.compile(
    r"\b(?:Mitte|Anfang|Ende) ([1-9]0)(?:ern?)?\b(?![.,:]\d|\s?(?:Euro|€|%|Uhr|Minuten|km|Grad))"
)
# the decade in words, with no number after it ("Ende zwanzig Euro" is none): "Mitte zwanzig", "Anfang vierzig"
DECADE_WORD_AGE: Final = re.compile(
    rf"(?:Mitte|Anfang|Ende) ({_TENS})(?:ern?)?\b(?!\s?(?:Euro|€|%|Uhr|Minuten|km|Grad))",
    re.IGNORECASE,
)
# one is in every AGE_PARTS branch but n7 to n9 ("alte": a baby's weeks, n10)
_AGE_NUMBER_HINTS: Final = ("ährig", "J", "(", "jahre", "alte")
_AGE_VERB_NUMBER: Final = re.compile(
    r"(?:erst|gerade|fast|knapp|bald|schon|ist|sind|wird|wurde|war|is|offiziell|mittlerweile|eigentlich) \d"
)  # n7 to n9
_AGE_HINTS: Final = (
    "Alter",
    "it ihren",
    "it seinen",
    "ist jetzt",
    "wird bald",
    "wurde gerade",
    "akten:",
    "ckdaten:",
    "teckbrief:",
    "all ",
)  # "Mit"/"mit"; "Fakten:", "Eckdaten:", "Steckbrief:", "Fall" either case

DIGITS: Final = re.compile(
    r"(?<![\w\[])\+?\d(?:\d|[ /.\-](?=\d)){4,}(?![\w\]])"
    r"(?!\s?(?:Euro|€|EUR|Menschen|Personen|km|Einwohner))"
)

# the units of a dose or a lab value, as a regex alternation ("400/100 mg", "RR 165/95 mmHg"); the learned pass
# counts a number before one as a measure too (`learned.counted`)
DOSE_UNITS: Final = r"mg|µg|mcg|ng|g|kg|ml|µl|dl|l|mmHg|mmol|µmol|IE|I\.E\."
# a unit of measure after a number: a dose or a lab value, never an ID
_MEASURE: Final = re.compile(rf"\s?(?:{DOSE_UNITS}|mval|Gpt|Tpt|/nl|/µl|/l|/min|%)(?![\w-])")
# a dosing schedule that ends a run of digits ("100/6 2-0-2", "1-0-1-0"): not part of a number
_SCHEDULE_END: Final = re.compile(r"\s\d(?:-\d){2,3}$")

PHONE_CANDIDATE: Final = re.compile(r"(?:\+|\b0|\(0)[\d\s()/.\-–]{5,}\d")
PHONE_KEYWORD: Final = re.compile(  # matched against the lowercased text
    r"(?:\b(?:tel\.?|telefon|handy|mobil|festnetz|fax|whatsapp|signal|telegram|rufnummer|telefonnummer|"
    r"handynummer|erreichbar unter|anrufen unter))[\s:.-]*(\+?\d[\d\s/()\-.]{3,}\d)"
)


SOCIAL_HANDLE: Final = re.compile(  # matched against the lowercased text
    r"\b(?:insta|instagram|tiktok|snapchat|snap|telegram|facebook|fb|twitter|threema|signal)"
    r"(?:-?name|-?id|-?account)?(?:\s*(?::|heißt)\s*[„“”\"'‚‘»«]?(@?[a-z0-9_](?:[a-z0-9_.]*[a-z0-9_])?)"
    # after "ist" a plain word is what the account is like ("sein insta ist privat", "ist voll schön"): a handle
    # there is quoted or holds what no word has
    r"|\s+ist\s+(?:[„“”\"'‚‘»«](@?[a-z0-9_](?:[a-z0-9_.]*[a-z0-9_])?)|(@?(?=[0-9_.]*[a-z_])[a-z0-9_]*[._0-9][a-z0-9_.]*[a-z0-9_]))"
    # right after the platform, a handle needs what no word has: a dot, an underscore or a digit inside, and a
    # letter, which no number has ("Nr. FB 0031877", "Signal 0176 …")
    r"|\s+(@?(?=[0-9_.]*[a-z_])[a-z0-9_]*[._0-9][a-z0-9_.]*[a-z0-9_]))"
)
# chat gives a handle without "@" a few words after its platform, behind "als", "unter" or "is": "postet auf insta
# als arepas_del_sur", "auf tiktok unter jhonny.en.alemania", "sein insta is kaan.bln_" (matched against the
# lowercased text; the token needs an underscore, or a dot between two parts of two characters, which no word and
# no abbreviation has: "als z.b." is none, `_cued_handle`)
CUED_HANDLE: Final = re.compile(
    r"\b(?:insta|instagram|tiktok|snapchat|snap|telegram|facebook|fb|twitter|youtube|threema)"
    r"(?:[ -]?(?:name|account|profil|kanal))?(?: [a-zäöüß]+){0,3}? (?:als|unter|is|ist|heißt|heisst)"
    r"(?: (?:er|sie|es|jetzt|auch|so|da|dort)){0,2}:? [„“”\"'‚‘»«]?(@?[a-z0-9_][a-z0-9_.]*[a-z0-9_])"
)
_HANDLE_NOT: Final = frozenset(["ich", "er", "sie", "es", "die", "der", "das", "nicht", "kein", "keine"])
_SOCIAL_HINTS: Final = (
    "insta",
    "tiktok",
    "snap",
    "telegram",
    "facebook",
    "fb",
    "twitter",
    "threema",
    "signal",
    "youtube",
)
# a handle after a word for one, on any platform, when it holds what no word has: "account: lulu.dance_3", also
# in quotes ("Profil „kat.zen.77“")
ACCOUNT_HANDLE: Final = re.compile(  # matched against the lowercased text
    r"\b(?:account|profil|kanal|username|nutzername|benutzername)\s*(?::|ist|heißt)?\s*[„“”\"'‚‘»«]?"
    r"(@?[a-z0-9_]*[._0-9][a-z0-9_.]*[a-z0-9_])"
)
_ACCOUNT_HINTS: Final = ("account", "profil", "kanal", "name")
# a dotted handle given a few words after its platform, behind a colon, a comma or a dash: "hat einen
# TikTok-Kanal, sofi.harz", "ihr insta geschickt: lina.rbg" (matched against the lowercased text)
PLATFORM_HANDLE: Final = re.compile(
    r"\b(?:insta|instagram|tiktok|snapchat|snap|telegram|facebook|account|profil|kanal)"
    r"[^.!?\n:,–]{0,40}[:,–]\s*((?=[a-z0-9_.]*[a-z])[a-z0-9_]{2,}(?:\.[a-z0-9_]{2,})+)(?![\w@.]*@)(?!\.?\w)"
)


# a platform named in chat, and the rest of its sentence (up to 80 characters, the line's end or a sentence's end
# before them): a handle given there needs no cue word ("hat mir ihre insta geschickt amal.hair.art", "ihr tiktok
# mit vokabeln gestartet, heißt zahra.lernt.deutsch")
_PLATFORM: Final = re.compile(
    r"\b(?:insta|instagram|tiktok|snapchat|telegram|facebook|youtube|twitter|threema)\b"
)
_SENTENCE_END: Final = re.compile(r"[.!?]\s|\n")
# a token of two or more parts of two characters or more, joined by dots or underscores, with a letter in it: no
# word, no abbreviation ("z.b.", "u.a."), no time ("10.30"); not a part of an e-mail address or a web address
_DOTTED_TOKEN: Final = re.compile(
    r"(?<![\w@./:-])@?(?=[a-z0-9_.]*[a-z])[a-z0-9_]{2,}(?:[._][a-z0-9_]{2,})+(?![\w@/:-])"
)


def _cued_handles(low: str) -> list[tuple[int, int]]:
    """The handles `CUED_HANDLE` finds in the lowercased text: a token after a platform's cue that has an
    underscore, or a dot between two parts of at least two characters ("kaan.bln", not "z.b", "u.a"); and such
    a token in the rest of the sentence that names a platform (`_PLATFORM`)."""
    found = []
    if " als " in low or " unter " in low or " is" in low or " hei" in low:
        found = [
            (m.start(1), m.end(1))
            for m in CUED_HANDLE.finditer(low)
            if "_" in m.group(1) or sum(len(part) >= 2 for part in m.group(1).lstrip("@").split(".")) >= 2
        ]
    for platform in _PLATFORM.finditer(low):
        end = min(len(low), platform.end() + 80)
        stop = _SENTENCE_END.search(low, platform.end(), end)
        for m in _DOTTED_TOKEN.finditer(low, platform.end(), stop.start() if stop is not None else end):
            if (m.start(), m.end()) not in found:
                found.append((m.start(), m.end()))
    return found


def lowered(text: str) -> str:
    """`text.lower()` with the same length (offsets stay valid); odd characters are kept as they are."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def age_band(n: int) -> str:
    low = n // 10 * 10
    return f"{low}–{low + 9}"


_DIGIT_RUN: Final = re.compile(
    r"\d\d*"
)  # `\d+`, begun with a character class: `re` then scans for a digit quickly

# Cheap necessary conditions: a pattern whose hint is absent from the text cannot match, so it is not run.
# Substring tests (`in`) cost a fraction of a regex pass. tests/anonymize/test_speedups.py checks the hints.
# The hints below are tested on the lowercased text. A case-insensitive pattern also matches these letters
# (re folds İ and ı to i, ſ to s, the Kelvin sign to k), which lowercasing keeps: if one occurs, the
# case-insensitive patterns (URL, PLATE_CONTEXT) are run without a hint.
_CASE_FOLDS: Final = re.compile("[\u0130\u0131\u017f\u212a]")
# With those letters turned into what they match, the lowercased text holds a case-insensitive pattern's
# letters exactly where the pattern can match them (for the letters a-z, ä, ö, ü, ß; tests/anonymize/
# test_speedups.py), so the hints can be tested there even when one occurs.
_FOLDED: Final = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"), ("\u212a", "k"))


def _case_folds(text: str) -> bool:
    """Whether `_CASE_FOLDS` matches: four substring tests cost less than its scan."""
    return "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text


def _folded(low: str) -> str:
    for letter, plain in _FOLDED:
        if letter in low:  # `replace` of what is there: `str.translate` costs more, char by char
            low = low.replace(letter, plain)
    return low


_URL_TLD: Final = re.compile(
    r"\.(?:de|com|org|net|eu|info|io|me|at|ch|app|online|[a-z]{2,6}/)"
)  # lowercased text
# a capital before or after a number, or a capital and "-" before one: `[A-Z][- ]?\d|\d[A-Z]`, written to begin
# with one character class, which `re` looks for with a fast scan instead of trying each branch at every position
_ID_GATE: Final = re.compile(r"[A-Z\d](?:(?<=[A-Z])[- ]?\d|(?<=\d)[A-Z])")


def _chained(text: str, start: int) -> int:
    """Where an ID that `start` begins really begins: an office's part of it before a "/" is its too
    ("GA-53.2/TB-0417/24", of which the ID forms know "TB-0417/24")."""
    while start > 1 and text[start - 1] == "/":
        m = _CHAIN_PART.search(text, max(0, start - 16), start)
        if m is None:
            break
        start = m.start()
    return start


# a part of a code before its "/": capitals and digits, with "." and "-" inside, one capital or digit at least
# beside another ("GA-53.2/", "III-4/"; not a word: "und/oder", "km/h", "Mutter/Vater")
_CHAIN_PART: Final = re.compile(r"(?<![\w./-])(?=[\w.-]*(?:[A-Z]{2}|\d))[A-Z0-9][A-Z0-9.-]*/\Z")


def _plate_letters(text: str, start: int, end: int) -> bool:
    """Whether the keyword at `start` ("GZ", "AZ") is the letters of a plate that ends at `end`: "BL-GZ 340"."""
    if start < 2 or text[start - 1] != "-":
        return False
    m = _PLATE_BEFORE.search(text, max(0, start - 4), start)
    return m is not None and (plate := PLATE.match(text, m.start())) is not None and plate.end() == end


_PLATE_BEFORE: Final = re.compile(r"(?<![\w-])[A-ZÄÖÜ]{1,3}-\Z")


def _id_gate(text: str, runs: list[tuple[int, int]]) -> bool:
    """Whether `_ID_GATE` matches, read off the digit runs: the digit after a capital (and a "-" or " ") begins
    a run, the digit before a capital ends one."""
    for start, end in runs:
        if start and (
            "A" <= text[start - 1] <= "Z"
            or (start > 1 and text[start - 1] in "- " and "A" <= text[start - 2] <= "Z")
        ):
            return True
        if end < len(text) and "A" <= text[end] <= "Z":
            return True
    return False


_BIRTH_HINTS: Final = ("geb", "jahrgang", "jg.")  # lowercased
_ID_HINTS: Final = (
    "id",
    "nr",
    "nummer",
    "az",
    "gz",
    "zeichen",
    "ref.",
    "konto",
)  # lowercased; one is in every keyword
_PLATE_HINT: Final = re.compile(r"-(?<=[A-ZÄÖÜ]-)[A-Z]")  # [A-ZÄÖÜ]-[A-Z], begun at the "-"
_PLATE_CONTEXT_HINTS: Final = (
    "kennzeichen",
    "nummernschild",
    "kfz",
    "auto",
    "wagen",
    "fahrzeug",
)  # lowercased
_STREET_HINTS: Final = ("straße", "strasse", "str.", "gasse", "allee", "chaussee")  # lowercased
_PHONE_HINTS: Final = ("tel", "handy", "mobil", "festnetz", "fax", "whatsapp", "signal", "rufnummer", "erreichbar unter",
                "anrufen unter")  # lowercased  # fmt: skip


_DIGIT_SPLIT: Final = re.compile(r"(\d\d*)")
# One byte per Latin-1 character: "0" for a digit (in Latin-1, `\d` is 0-9 alone), "?" for "?", which also stands
# for each character beyond Latin-1 (the text is encoded with "?" for those), a space for any other.
_DIGIT_CLASSES: Final = bytes(
    ord("0") if chr(c).isdecimal() else c if chr(c) == "?" else ord(" ") for c in range(256)
)


def digit_runs(text: str) -> list[tuple[int, int]]:
    """The spans of `\\d+` in `text`, found with `bytes.find` on the characters' classes: `re` costs some
    thousands of instructions per run. A text with a digit beyond Latin-1 ("٣") is split with `\\d`."""
    classes = text.encode("latin-1", "replace").translate(_DIGIT_CLASSES)
    at = classes.find(b"?")
    if at >= 0:
        while at >= 0:
            if text[at].isdecimal():
                return _split_digit_runs(text)
            at = classes.find(b"?", at + 1)
        classes = classes.replace(b"?", b" ")
    out: list[tuple[int, int]] = []
    start = classes.find(b"0")
    while start >= 0:
        end = classes.find(b" ", start)
        if end < 0:
            end = len(classes)
        out.append((start, end))
        start = classes.find(b"0", end)
    return out


def _split_digit_runs(text: str) -> list[tuple[int, int]]:
    """The spans of `\\d+` in `text`, from one `split` (a match object per run costs more)."""
    parts = _DIGIT_SPLIT.split(text)  # text, run, text, run, …, text
    out: list[tuple[int, int]] = []
    pos = len(parts[0])
    for k in range(1, len(parts), 2):
        end = pos + len(parts[k])
        out.append((pos, end))
        pos = end + len(parts[k + 1])
    return out


def digit_windows(
    text: str, before: int = 80, after: int = 48, runs: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Merged windows around digits: every pattern below needs a digit, so the rest of the text is skipped."""
    windows: list[tuple[int, int]] = []
    size = len(text)
    for start, end in digit_runs(text) if runs is None else runs:
        lo, hi = max(0, start - before), min(size, end + after)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


def _scan(rx: re.Pattern[str], text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    for lo, hi in windows:
        yield from rx.finditer(text, lo, hi)


# ADDRESS, ID_FORMS, PLATE and ID_AFTER_KEYWORD match only where a word begins (each branch begins with `\b` and
# a word character; each keyword with a letter): the same patterns after the non-word character before it. `re`
# finds that character with a fast scan; `\b` or a lookahead first is tried at every position, some hundreds of
# instructions each.
_ADDRESS_AFTER: Final = re.compile(r"\W" + ADDRESS.pattern)
_ID_FORMS_AFTER: Final = re.compile(r"\W" + ID_FORMS.pattern)
_PLATE_AFTER: Final = re.compile(r"\W" + PLATE.pattern)
_ID_AFTER_KEYWORD_AFTER: Final = re.compile(r"\W" + ID_AFTER_KEYWORD.pattern)


def _word_matches(
    after: re.Pattern[str], rx: re.Pattern[str], text: str, windows: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """The matches `_scan(rx, text, windows)` yields, for a pattern `rx` whose every match begins a word, found
    with `after` (`\\W` and `rx`, with `rx`'s groups): each begins at the non-word character before its word,
    but a match at the text's start, which has none."""
    for lo, hi in windows:
        end = lo
        if lo == 0 and (m := rx.match(text, 0, hi)) is not None:
            end = m.end()
            yield m
        while (m := after.search(text, max(end - 1, 0), hi)) is not None:
            end = m.end()
            yield m


def _word_scan(
    after: re.Pattern[str], rx: re.Pattern[str], text: str, windows: list[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """The spans `_scan(rx, text, windows)` yields, for a pattern `rx` whose every match begins a word (see
    `_word_matches`)."""
    for m in _word_matches(after, rx, text, windows):
        yield m.start() + (m.re is after), m.end()


def _is_local_part_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_.+-"  # [\w.+-]; `re` counts the same characters as alphanumeric


def _emails(text: str) -> Iterator[re.Match[str]]:
    """What `EMAIL.finditer(text)` yields. An address holds an "@", and starts where the run of local-part
    characters before that "@" starts, so `EMAIL.match` is tried only there."""
    end = 0
    at = text.find("@")
    while at >= 0:
        start = at
        while start > 0 and _is_local_part_char(text[start - 1]):
            start -= 1
        if end <= start < at and (m := EMAIL.match(text, start)) is not None:
            end = m.end()
            yield m
        at = text.find("@", max(at + 1, end))


_HOST_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")


def _may_hold_url(low: str) -> bool:
    """Whether "://", "www." or a top-level domain (".de") is in the lowercased text, which every URL match
    holds: substring tests and a scan for "." cost less than one pattern with three branches."""
    return "://" in low or "www." in low or _URL_TLD.search(low) is not None


def _urls(text: str, low: str, folds: bool | None = None) -> Iterator[re.Match[str]]:
    """What `URL.finditer(text)` yields. Without "://", "www." or a case-folding letter only the bare-domain
    branch can match, and such a match ends in a top-level domain and starts in the run of host characters
    before it, so the search starts there instead of at every word of the text (e-mail addresses and
    "web.de" make this common). `folds`: whether the caller found a case-folding letter already."""
    if folds is None:
        folds = _case_folds(text)
    if folds or "://" in low or "www." in low:
        yield from URL.finditer(text)
        return
    end = 0
    for hit in _URL_TLD.finditer(low):
        if hit.start() < end:
            continue
        start = hit.start()
        while start > end and low[start - 1] in _HOST_CHARS:
            start -= 1
        m = URL.search(text, start)
        if m is None:
            return
        end = m.end()
        yield m


_USERNAME_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _username_joins(text: str) -> list[int]:
    """Where a "." or "_" stands between two of [a-z0-9], as every one inside a user name does, in order (found
    with `str.find`: a regex scan costs more, and a match object per hit)."""
    found: list[int] = []
    last = len(text) - 1
    for joint in "._":
        at = text.find(joint, 1)
        while 0 < at < last:
            if text[at - 1] in _USERNAME_CHARS and text[at + 1] in _USERNAME_CHARS:
                found.append(at)
            at = text.find(joint, at + 1)
    found.sort()
    return found


# the file endings Python knows of itself (not the machine's list, which differs between machines), and the office
# formats it lacks before 3.13
def _file_types() -> mimetypes.MimeTypes:
    types = mimetypes.MimeTypes()
    for ending, kind in (
        (".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        (".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        (".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        (".odt", "application/vnd.oasis.opendocument.text"),
        (".ods", "application/vnd.oasis.opendocument.spreadsheet"),
    ):
        types.add_type(kind, ending)
    return types


_FILE_TYPES: Final = _file_types()
# where a handle is given without its platform: "postet als …", "ist unter … zu finden", "folgt …" (after "Account",
# "Insta" and the like: `ACCOUNT_HANDLE`, `PLATFORM_HANDLE`)
_POSTED_AS: Final = re.compile(
    r"\b(?:unter|als|postet|posten|heißt|folgt|folgen|profil|kanal)\b[^.!?\n]{0,20}$"
)


def _dotted_name(found: str) -> bool:
    """Three or more parts joined by full stops, none a letter alone, one a word's length, no file's ending (a host
    is a URL first): a handle given without its platform after a word that gives one (`_POSTED_AS`: "postet als
    lemine.ould.sidi", "unter nour.twins.pbg"); not "z.b.", "u.a.", a chat's missing spaces ("gut.danke.bis"), a file
    ("bericht.final.docx") or a host ("maps.google.com")."""
    parts = found.split(".")
    return (
        len(parts) >= 3
        and all(len(part) >= 2 for part in parts)
        and max(len(part) for part in parts) >= 4
        and _FILE_TYPES.guess_type(found)[0] is None
    )


def _usernames(text: str) -> Iterator[re.Match[str]]:
    """What `USERNAME.finditer(text)` yields. Each "." or "_" of a match stands between two of [a-z0-9], and
    the first one follows the match's start, a letter: the start of the run of [a-z0-9] before it (the
    pattern's lookbehind allows no [a-z0-9] before a match). So `match` is tried only at such starts."""
    end = 0
    tried = -1
    for start in _username_joins(text):
        while start > 0 and text[start - 1] in _USERNAME_CHARS:
            start -= 1
        if start < end or start == tried or not text[start].isalpha():
            continue  # inside the last match, tried already, or a run of digits ("12.03.")
        tried = start
        m = USERNAME.match(text, start)
        if m is not None:
            end = m.end()
            yield m


_CAPITALS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ")


def _after_capitalised_word(text: str, start: int) -> bool:
    """Whether the number at `start` can end an ADDRESS match: in each branch it follows, across spaces or
    none, a run of word characters, "." and "-" that holds a capital ("Kirchgasse 4", "Str. 19",
    "Am Markt 3"); word characters and spaces as `re` counts them (`\\w`, `\\s`)."""
    pos = start
    for _word in range(
        2
    ):  # the number's own word, or one before it: "Große str 5" (a street word in lowercase)
        while pos > 0 and text[pos - 1].isspace():
            pos -= 1
        while pos > 0:
            ch = text[pos - 1]
            if ch in _CAPITALS:
                return True
            if not (ch.isalnum() or ch in "_.-"):
                break
            pos -= 1
        if pos == 0 or not text[pos - 1].isspace():
            return False
    return False


# What an ADDRESS match holds besides its number, branch by branch (supersets, compared without regexes):
# - the first and the third end in a street word or suffix right before the number (and one space): the
#   endings of `_SUFFIX` and of the third branch's words, lowercased;
# - the second begins with one of `_STREET_LEADS` (the words without an ending before a space);
# - the fourth begins with one of `_NAMED_STREETS`.
_STREET_ENDS: Final = (
    "straße", "strasse", "strase", "strße", "strsse", "strse", "str.", "srt.", "str", "pl.", "wg.", "gasse",
    "weg", "allee", "alle", "platz", "ring", "damm", "ufer", "chaussee", "pfad", "steig", "stieg", "markt",
    "berg", "hof", "graben", "wall", "anger", "zeile", "promenade", "kamp", "twiete", "tor", "brücke", "feld",
    "garten", "winkel", "bogen", "grund", "leite", "hain", "höhe", "siedlung", "park", "born", "horst", "aue",
    "au",
)  # fmt: skip
_STREET_LEADS: Final = (
    "Am",
    "An",
    "Im",
    "In",
    "Auf",
    "Unter",
    "Hinter",
    "Vor",
    "Zum",
    "Zur",
    "Beim",
    "Bei",
    "Über",
)
_STREET_ADJECTIVE_LEADS: Final = (
    "Alte",
    "Neue",
    "Große",
    "Kleine",
    "Lange",
    "Breite",
    "Hohe",
    "Obere",
    "Untere",
)
_NAMED_STREETS: Final = ("Straße", "Str.", "Weg", "Platz", "Allee", "Ring", "Damm", "Ufer")


# the endings by their last letter: `endswith` tries a tuple's strings one by one
_STREET_ENDS_BY_LAST: Final = {
    end[-1]: tuple(e for e in _STREET_ENDS if e[-1] == end[-1]) for end in _STREET_ENDS
}


def _street_end(low: str, lo: int, start: int) -> bool:
    """Whether the lowercased text before the number at `start` ends in a street word or suffix, maybe with
    one whitespace character after it."""
    if (
        start > lo
        and (ends := _STREET_ENDS_BY_LAST.get(low[start - 1])) is not None
        and low.endswith(ends, lo, start)
    ):
        return True
    return (
        start - 1 > lo
        and low[start - 1].isspace()
        and (ends := _STREET_ENDS_BY_LAST.get(low[start - 2])) is not None
        and low.endswith(ends, lo, start - 1)
    )


# the same words as one pattern of literals, which `re` finds with a fast scan for their first letters
_STREET_LEAD: Final = re.compile(
    "|".join(
        [rf"{word}\s" for word in _STREET_LEADS]
        + [re.escape(w) for w in _STREET_ADJECTIVE_LEADS + _NAMED_STREETS]
    )
)


def _street_lead(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] holds a word the second or the fourth ADDRESS branch begins with."""
    return _STREET_LEAD.search(text, lo, hi) is not None


def _address_windows(
    text: str, windows: list[tuple[int, int]], runs: list[tuple[int, int]], low: str | None = None
) -> list[tuple[int, int]]:
    """The `windows` (made from `runs`) with a number an ADDRESS match can end with: a match starts and ends
    inside one window, and its number starts a digit run of that window, after a capitalised word, and after a
    street word or in a window with a word a street's name begins with."""
    low = lowered(text) if low is None else low
    kept: list[tuple[int, int]] = []
    k = 0
    for lo, hi in windows:
        capitalised = found = False
        while k < len(runs) and runs[k][0] < hi:
            start = runs[k][0]
            if not found and _after_capitalised_word(text, start):
                capitalised = True
                found = _street_end(low, lo, start)
            k += 1
        if found or (capitalised and _street_lead(text, lo, hi)):
            kept.append((lo, hi))
    return kept


def _handles(text: str) -> Iterator[re.Match[str]]:
    """What `HANDLE.finditer(text)` yields: a handle starts at an "@"."""
    end = 0
    at = text.find("@")
    while at >= 0:
        if at >= end and (m := HANDLE.match(text, at)) is not None:
            end = m.end()
            yield m
        at = text.find("@", at + 1)


def _anchored(
    rx: re.Pattern[str], text: str, windows: list[tuple[int, int]], starts: list[int], lead: str = ""
) -> Iterator[re.Match[str]]:
    """What `_scan(rx, …)` yields, for a pattern whose matches all begin at a number (`starts`: where digit
    runs begin), or at one `lead` character ("+", "D-") right before it. `rx.match` is tried only there,
    instead of `finditer` trying every position; matches do not overlap, as with `finditer`."""
    k = 0
    for lo, hi in windows:
        end = lo
        while k < len(starts) and starts[k] < hi:
            start = starts[k]
            k += 1
            if start < end:
                continue
            m = None
            if lead and start - len(lead) >= max(lo, end) and text.startswith(lead, start - len(lead)):
                m = rx.match(text, start - len(lead), hi)
            if m is None:
                m = rx.match(text, start, hi)
            if m is not None:
                end = m.end()
                yield m


def _hinted(
    low: str, windows: list[tuple[int, int]], hints: tuple[str, ...], reach: int
) -> list[tuple[int, int]]:
    """The `windows` a keyword pattern can match in, each begun where its match can begin: every keyword holds
    one of `hints` and is at most `reach` characters long, so a match inside a window holds a hint of that window
    and begins at most `reach` characters before it. (`\\b` and lookbehinds still see the text before a window.)"""
    out: list[tuple[int, int]] = []
    for lo, hi in windows:
        first = hi
        for hint in hints:
            at = low.find(hint, lo, hi)
            if 0 <= at < first:
                first = at
        if first < hi:
            out.append((max(lo, first - reach), hi))
    return out


def _at_hints(
    rx: re.Pattern[str], text: str, key: str, hints: tuple[str, ...], lo: int = 0, hi: int = -1
) -> Iterator[re.Match[str]]:
    """What `rx.finditer(text, lo, hi)` yields, for a pattern whose every match begins where one of `hints`
    occurs in `key` (the text lowercased, or folded: aligned with it). `rx.match` is tried only there, instead
    of at every position: a pattern that begins with `\\b` or a case-insensitive word costs a few hundred
    instructions per position it is tried at."""
    hi = len(text) if hi < 0 else hi
    starts: set[int] = set()
    for hint in hints:
        at = key.find(hint, lo, hi)
        while at >= 0:
            starts.add(at)
            at = key.find(hint, at + 1, hi)
    end = lo
    for start in sorted(starts):
        if start < end:
            continue
        m = rx.match(text, start, hi)
        if m is not None:
            end = m.end()
            yield m


def number_starts(text: str, runs: list[tuple[int, int]]) -> list[int]:
    """Where a DIGITS match can start: it needs five digits and separators, so a run of fewer digits must
    go on with a separator and a digit ("0176 1234567", not "Kirchgasse 4,")."""
    size = len(text)
    return [
        s for s, e in runs if e - s >= 5 or (e + 1 < size and text[e] in " /.-" and text[e + 1].isdecimal())
    ]


# A date identifies a person when it can be a birth date, or when it is a day that has passed: a decision's,
# a letter's, an admission's or an event's date ("Bescheid vom 21.10.2025", "am 14.11. … gefallen" with its
# year) points to one file. A date without a year, or a day still to come, is an appointment or a deadline
# ("am 12.12. um 10 Uhr", "Duldung bis 31.03.2027"): kept, unless a birth cue stands before it.
# (and a pregnancy's due date, the child's birth day as near as anyone knows it: "ET 11.03.2027", "Geburtstermin")
_BIRTH_CUE: Final = re.compile(
    r"(?:(?:geb\.|geboren|geburtsdatum|geburtstag|geburt\b|geburtstermin|entbindungstermin|\*)[^.!?\n]{0,25}"
    r"|\bet:? ?)$"
)
# a child born, told before its day in the same sentence: "hat ihr Baby bekommen, ein Junge, am 2. November"
_BORN_BEFORE: Final = re.compile(
    # (cheered before the day: "hat ihr Baby bekommen!!! Am 1. Dezember im Krankenhaus …")
    r"(?:(?:baby|kind|tochter|sohn|mädchen|jungen|zwillinge) bekommen|entbunden|zur welt gebracht)[^.?\n]{0,60}$"
)
# "am 28. November 80 geworden": the day an age was reached is a birthday
_BIRTH_AFTER: Final = re.compile(
    r"[^.!?\n]*?(?:geburtstag|geboren|zur welt|geburt\b|entbindung|volljährig|\b\d{1,3} geworden\b)"
)
# "geboren" ending the day's clause further on: "Am 26. November im Elisabethenkrankenhaus die Tochter geboren"
_BORN_IN_CLAUSE: Final = re.compile(r"[^.!?\n,;–]{0,60}?\bgeboren\b")
# A day without a year is an event's that identifies the person where the clause tells it in the past, or where
# something lasts since then: "am 17. Oktober wurde sie beleidigt", "die Anhörung war am 8. September", "hatte am
# 2. November einen Unfall", "seit dem 3. November" (read on the lowercased text; "ist am" and "wird am" are an
# appointment's). A deadline's or an appointment's words before it still keep it ("Termin war am …").
_PAST_BEFORE: Final = re.compile(
    r"(?:\b(?:wurde|wurden|war|waren|hatte|hatten|kam|kamen|zuletzt|letztmals"
    # and the simple past of what went or lay somewhere: "Einschreiben ging am 14. November raus"
    r"|ging|gingen|lag|lagen|stand|standen|fuhr|fuhren)\b[^.!?\n,;]{0,30}|\bseit(?: dem)?\s"
    # what lasts since an event of that day: "Gestationsdiabetes seit dem oGTT am 5.10.", "seit der OP am 3.4."
    r"|\bseit\b[^.!?\n,;]{1,30}\bam )$"
)
# the simple past of a stay or a visit, its day in apposition after a comma: "Ich war mit Hodan bei der Anhörung
# beim BAMF, am 5. November, fast sechs Stunden", "war wegen Wehen im Klinikum, vom 24. bis 26. November" (not a plan
# told after the day: "war beim Amt, am 5.12. muss ich wieder hin")
_PAST_APPOSITION: Final = re.compile(r"\b(?:war|waren|lag|lagen)\b[^.!?\n;]{0,80}, (?:am |vom )?$")
# the verbs of what is still to come, right after a day: a modal, a future's, a coming's or a going's
_COMING_VERBS: Final = r"muss|müssen|soll|sollen|wird|werden|will|kommt|kommen|geht|gehen"
_PRESENT_AFTER: Final = re.compile(rf",? (?:{_COMING_VERBS}|ist|sind|hat|haben|habe|hab)\b")
# (and "kam", what reached someone that day: "Am 3. März kam die Abschiebungsandrohung"; "kommt" is a plan's)
_PAST_AFTER: Final = re.compile(
    r"[^.!?\n,;]{0,40}?\b(?:wurde|wurden|hatte|hatten|kam|kamen)\b"
    # the year named as gone right after the day: "am 9. November letzten Jahres"
    r"|,? (?:letzten|vergangenen|vorigen) jahres\b"
    # an event's verb in the simple past right after the day: "Am 14. Februar lief die Waschmaschine aus"
    r"|,? (?:lief|liefen|fiel|fielen|brach|starb|stürzte|verlor|passierte|geschah|brannte|floh|flohen"
    r"|verschwand|eskalierte|erlitt|stahl|überfiel|schlug|griff"
    # and the simple past of what befell or was done: "Am 12. November stand er einfach in der Wohnung" (not of a
    # call or a message, which a day names as an appointment's: "Am 03.05. rief sie an")
    r"|stand|standen|ging|gingen|saß|lag|fuhr|fand|nahm|gab|bekam|traf|zog|sah|stieg|hielt|warf"
    r"|rannte|brachte|erschien|verließ)\b"
)
# the clause that told the past before a comma and the day: "Pass verloren, oder er wurde geklaut, am 12. Januar"
_PAST_CLAUSE_BEFORE: Final = re.compile(
    r"\b(?:wurde|wurden|hatte|hatten|ist|sind|hat|haben)\b[^.!?\n;]{0,40}\b(?:ge[a-zäöüß]{3,}(?:t|en)|verloren"
    r"|gestorben|passiert)\b, am $"
)
# the perfect tense around the day: "hat sich am 14.8. im Steinbruch die Hand gequetscht", "ist am 3.5. eingereist"
# (an auxiliary before, a participle with "ge" ending the clause after; "ist am 14.1. beim Amt" has none, and a
# meeting's words in the clause keep it: "hat am 14.1. einen Termin gemacht")
_PERFECT_BEFORE: Final = re.compile(
    r"\b(?:hat|haben|hatte|ist|sind|habe|bin)\b(?![^.!?\n,;]*\bfür den )[^.!?\n,;]{0,30}$"
)
# the participles of a plan: "geplant", "angesetzt", "eingeladen"
_PLANNED: Final = r"geplant|angekündigt|angesetzt|gebucht|bestellt|eingeplant|festgelegt|geladen|eingeladen"
# the separable prefixes before a participle's "ge": "angerufen", "eingereist", "zurückgekommen"
_SEPARABLE: Final = (
    r"an|auf|aus|ab|ein|zurück|weg|um|fest|los|mit|nach|zu|hin|her|vor|heim|fort|wieder|runter|rein|raus"
)
# the inseparable ones, whose participle has no "ge": "verloren", "entlassen", "überfallen"
_INSEPARABLE: Final = r"be|ent|er|ver|zer|über"
# a meeting's or a plan's word between the day and a participle makes it an appointment's: "Termin vereinbart"
_PLAN_WORDS: Final = rf"termin\w*|frist|treffen|gespräch|sitzung|einladung|{_PLANNED}"
# a participle with "ge" (after a separable prefix or not) or with an inseparable prefix: "eingeliefert", "verletzt"
_PARTICIPLE: Final = rf"(?:(?:{_SEPARABLE})?ge[a-zäöüß]{{2,}}|(?:{_INSEPARABLE})[a-zäöüß]{{3,}})(?:t|en)"
_PARTICIPLE_AFTER: Final = re.compile(
    rf"(?![^.!?\n,;–]{{0,80}}?\b(?:{_PLAN_WORDS})\b)"
    # (a colon ends the clause too: "hat am 27.11. Post bekommen: „Ihre Duldung …“")
    # (the clause may go on after "und": "hat am 28.11. Paukenröhrchen bekommen und hört jetzt besser")
    rf"[^.!?\n,;–]{{0,80}}?\b{_PARTICIPLE}\b(?=\s*(?:[.!?\n,;:]|$)| und\b)"
)
# A note's short form of a past event, the day opening the sentence and a participle closing the clause, without
# an auxiliary: "Am 14. September beim Fußball verletzt (Verdrehtrauma)", "Am 2. Mai ins Krankenhaus eingeliefert."
# (not a plan's or a future's: "Am 2. Mai wird er operiert", "Am 3.10. Termin vereinbart"; not an office's hours:
# "Am 24.12. geschlossen")
_SENTENCE_DAY_BEFORE: Final = re.compile(r"(?:^|[.!?:\n]\s*)am $")
_NOTE_PARTICIPLE_AFTER: Final = re.compile(
    rf"(?![^.!?\n,;–(]{{0,60}}?\b(?:{_PLAN_WORDS}|wird|werden|soll|sollen|muss|müssen|kann|können|will|möchte"
    r"|darf|geschlossen|geöffnet"
    # an auxiliary is the perfect's, whose own rule decides ("Am 3.12. haben wir die Gruppe getroffen" stays)
    r"|hat|haben|habe|hab|hatte|hatten|ist|sind|bin|war|waren|wurde|wurden)\b)"
    rf"[^.!?\n,;–(]{{0,60}}?\b(?:{_PARTICIPLE}|[a-zäöüß]{{3,}}iert)\b(?=\s*(?:[.!?\n,;(]|$))"
)
# the auxiliary of the perfect right after the day, its subject a third person: "Am Dienstag, 1.12. hat sie im Bus
# ihr Portemonnaie verloren" (not "haben wir …", "habe ich …": the volunteers' own meetings and calls)
_PERFECT_AFTER: Final = re.compile(r",? (?:hat|haben|hatte|hatten|ist|sind|war|waren) (?!wir\b|ich\b)")
# a weekday in apposition before the day is part of it: "am Freitag, 27.11."
_WEEKDAY_BEFORE: Final = re.compile(r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),? $")
# A note's short form of a past event: a participle right before the day, "entlassen am 28.9.", "Knie: operiert am
# 3.4." (a participle of "ge" anywhere; one of "be-", "ent-", "er-", "ver-", "zer-" or "-iert", which the present
# shares, only where it opens the clause: "beginnt am 3.1.", "Der Arzt operiert am 12.1." are plans), not after a
# plan's or a future's word ("wird … am", "geplant am")
_PARTICIPLE_BEFORE: Final = re.compile(
    rf"(?:\b(?:{_SEPARABLE})?ge[a-zäöüß]{{3,}}"
    rf"(?:t|en)|(?:^|[,;:(–-]\s*)(?:(?:{_INSEPARABLE})[a-zäöüß]{{3,}}(?:t|en)"
    r"|[a-zäöüß]{3,}iert))(?:,|!+)? am $"
    # any participle with a comma or cheers before the day, which closes the news: "is unterschrieben, am 15.
    # Januar", "ABGELEHNT!! am 23. Februar" (a present's verb has neither: "beginnt am 3.1.")
    rf"|\b(?:{_INSEPARABLE}|unter)[a-zäöüß]{{3,}}(?:t|en)(?:,|!+) am $"
)
# a meeting's or a plan's word earlier in the clause before the day
_PLAN_WORD_BEFORE: Final = re.compile(rf"\b(?:{_PLAN_WORDS})\b[^.!?\n;]{{0,80}}$")
_PLAN_BEFORE: Final = re.compile(
    rf"\b(?:wird|werden|soll|sollen|muss|müssen|{_PLANNED}|vereinbart|verabredet|verschoben|vorgesehen|angemeldet)\b"
    r"[^.!?\n;]{0,40}$"
)
# An event in a person's life named by its noun before its day, in the same clause: "Unfall am 2. Oktober", "OP in
# der Uniklinik am 15. August", "Festnahme am 3. Mai" (a day of an accident, an operation, an arrest points to one
# file, told in the past or not; "OP-Termin am …" is an appointment's, kept by `_DEADLINE_BEFORE`)
_EVENT_NOUNS: Final = (
    r"unfall|unfalls|op|operation|überfall|angriff|vorfall|übergriff|festnahme|verhaftung|sturz|tod|todestag"
    r"|beerdigung|ankunft|geburt|geburtstag|entbindung|fehlgeburt|taufe|hochzeit|heirat|erstdiagnose|notaufnahme"
    r"|einlieferung|suizidversuch|anfall|krampfanfall"
    r"|einreise|flucht|abschiebung|inobhutnahme"
    r"|polizeikontrolle|verkehrskontrolle|anzeige|diebstahl|einbruch|brand|schlägerei|messerangriff|bedrohung"
    r"|tep|sectio|eingriff|amputation|transplantation"  # an operation's names in a letter: "Hüft-TEP am 2.9."
    r"|blutung|abort|kürettage|biopsie|punktion|ruptur"  # what befell or was done to a body: "Blutung am 2. November"
)
# an injury's, a bleeding's or a procedure's compound by its head: "Meniskusriss", "Arthroskopie", "Hirnblutung"
_EVENT_HEADS: Final = (
    r"unfall|unfalls|überfall|angriff|vorfall|übergriff|brand|sturz|einbruch|anfall|infarkt|fraktur|verletzung"
    r"|ektomie|tomie|plastik|pexie|stomie|riss|blutung|skopie|punktion|ruptur"
    r"|versäumnis"  # a missed duty the office punished: "gekürzt wegen Meldeversäumnis am 14.10."
)
# (the day after "am": "ist für den 2. Februar geplant" is a plan's)
# (the noun's compounds too: "Arbeitsunfall", "Verkehrsunfall", "Wohnungsbrand"; not a short "op" inside a word)
_EVENT_NOUN_BEFORE: Final = re.compile(
    # an operation by its ending too: "Thyreoidektomie am 3. Februar", "Tracheotomie", "Kreuzbandplastik"
    rf"(?:(?:\b(?:{_EVENT_NOUNS})|\w(?:{_EVENT_HEADS}))\b(?!-)"  # not a compound's first part:
    # "OP-Vorbesprechung am 14.1."
    # a letter's "Zustand nach" names what happened: "Z. n. Hüft-TEP rechts am 02.09."
    r"|\bz\. ?n\.|\bzustand nach\b"
    # an injury's or a poisoning's ICD-10 code (chapters S and T): "Schnitt durch die Beugesehne (S66.0) am 2.10."
    r"|\b[st]\d\d(?:\.\d{1,2})?\b\)?)"
    # the day may close the clause as its apposition: "die Herz-OP seiner Tochter Zeynep, am 12.3."
    r"[^.!?\n,;:]{0,60}(?:, |!+ )?\bam $"
)
# the event's noun right after its day, in a note's short form: "In der Nacht zum 17. Januar Brand in der WG",
# "am 3.5. schwerer Unfall" (one adjective between at most)
_EVENT_NOUN_AFTER: Final = re.compile(
    rf",? (?:[a-zäöüß]+ )?(?:{_EVENT_NOUNS}|[a-zäöüß]+(?:{_EVENT_HEADS}))\b"
)
# The day of a document or a finding named by any word before "vom": "EEG vom 12.10.", "Antrag vom 20.9.", "Attest
# vom 3.11." (a letter's words: `_LETTER_BEFORE`); not a meeting's or a period's ("Protokoll der Sitzung vom …",
# "Urlaub vom 20.12. bis 6.1.")
_DOCUMENT_BEFORE: Final = re.compile(
    r"\b(?!(?:termin|treffen|sitzung|gespräch|kurs|urlaub|ferien|praktikum|zeitraum|wochenende|protokoll"
    r"|supervision|gruppe|runde)\b)[a-zäöüß][a-zäöüß0-9-]{1,30} vom $"
)
# an ID's further parts after a separator, with no space: ".7734" in "SL-2025/118.7734" (not a sentence's full stop)
_ID_TAIL: Final = re.compile(r"(?:[./-]\d+)+(?![\w])")
_RANGE_AFTER: Final = re.compile(r"\s*(?:bis\b|[-–]\s*\d)")
# what joins a period's two days: "vom 09.11.2026 bis 17.11.2026", "stationär 27.11.2026 – 04.12.2026"
_OPENING_HOURS: Final = re.compile(r"[^.!?\n,;]{0,20}?\b(?:geschlossen|geöffnet)\b")
# a period's first day, its month left to the last day's: "vom 3. bis 6. November", "3.–6. November"
# a period's last day with its year after the first day's month: "09.05.–12.05.2026"
_YEARED_END_AFTER: Final = re.compile(
    r" ?(?:bis(?: zum)?|[-–]) ?(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?P<year>(?:19|20)?\d\d)(?!\d)"
)
_DAY_RANGE_BEFORE: Final = re.compile(r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\. ?(?:bis(?: zum)?|[-–]) ?$")
# a night's first day before the second's date: "Untersuchungsnacht 04./05.03.2026"
_NIGHT_BEFORE: Final = re.compile(r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\./$")
_RANGE_JOIN: Final = re.compile(r" ?(?:bis(?: zum| einschließlich| einschl\.)?|[-–]) ?")
# A decision's or a letter's day, named by its noun right before "vom": "Bescheid vom 3. November", "der
# ablehnungsbescheid vom 28. oktober", "Schreiben vom 2. Mai" (a letter dated so has come; read on the lowercased
# text; "Urlaub vom 3. bis 5. Januar" names no letter)
# (also with an apposition between: "der Bescheid, Abschiebungsverbot für Syrien, vom 3. Mai")
# A letter's compound ("Entlassbrief", "Ablehnungsbescheid") may name its sender before "vom": "Entlassbrief aus der
# Klinik X vom 8.4."; and a letter that was delivered or received on its day: "Bescheid zugestellt am 2.4."
_LETTER_BEFORE: Final = re.compile(
    r"(?:bescheid|schreiben|brief|urteil|beschluss|entscheidung|ablehnung|anhörung|zuweisung|ladung|mahnung)"
    r"(?:e|s|es|en)?(?:(?:, [^.!?\n,;:()]{1,40},)? vom| (?:aus|von) (?:der|dem|den) [^.!?\n,;:()]{1,40} vom"
    r"| (?:wurde |ist )?(?:zugestellt|erhalten|bekommen|eingegangen|zugegangen) am) $"
)
# The year someone came or something began: "seit 2019 in Dannenberg", "seit März 2024 in Heide", "Duldung seit
# 2021", "seit Sept. 2023" (a year alone or with its month, after "seit"; not "seit Jahren", "seit 3 Wochen")
SINCE_YEAR: Final = re.compile(
    rf"[Ss]eit ((?:(?:[Aa]nfang|[Mm]itte|[Ee]nde) )?(?:{_MONTH_ANY}\.? |{_SEASON} )?(?:19|20)\d\d\b)(?![.,:/-]?\d)"
)
# The year of an event in a person's life, in the clause that tells it: "Ihr Mann ist 2019 in Syrien gestorben",
# "im Februar 2023 beim Erdbeben ums Leben gekommen", "2015 geflohen" (with its month; read on the lowercased text)
_EVENT_WORDS: Final = (
    r"gestorben|verstorben|getötet|ermordet|umgekommen|ums leben|geboren|geflohen|geflüchtet|eingereist"
    r"|verhaftet|festgenommen|inhaftiert|entführt|verschleppt|verschwunden|vergewaltigt|verunglückt"
    r"|ankunft|einreise|festnahme|verhaftung"  # the noun of an arrival or an arrest: "Ankunft April 2022"
    r"|nachgekommen|angekommen|gekommen"  # the year someone came: "sind 2024 nachgekommen", "im Mai 2025 über den
    # Familiennachzug gekommen" ("kam 2015": `_CAME_BEFORE`)
    # a life's other turns: "eingeschult im August 2026", "Erstdiagnose Juli 2026", "was sie 2014 erlebt hat"
    r"|eingeschult|erlebt|erstdiagnose|diagnostiziert|geheiratet|geschieden|abgeschoben|getauft"
    r"|abgelehnt|anerkannt"  # an office's decision: "Asylantrag abgelehnt im Juli 2024"
    r"|flucht"  # the flight's year, as the arrival's: "hat auf der Flucht 2015 ein Kind verloren"
    r"|erstsymptom|erstmanifestation"  # an illness's first sign: "Erstsymptom Juni 2025 mit Optikusneuritis"
)
_EVENT_HINTS: Final = (
    "storben", "getötet", "ermordet", "umgekommen", "ums leben", "geboren", "geflohen", "geflüchtet", "eingereist",
    "verhaftet", "festgenommen", "inhaftiert", "entführt", "verschleppt", "verschwunden", "vergewaltigt",
    "verunglückt", "ankunft", "einreise", "festnahme", "verhaftung", "kam", "gekommen", "eingeschult", "erlebt",
    "erstdiagnose", "diagnostiziert", "geheiratet", "geschieden", "abgeschoben", "getauft", " vom ",
    "abgelehnt", "anerkannt", "erstsymptom", "erstmanifestation", "flucht",
)  # fmt: skip
# the event's verb ends the clause, within 50 characters, or 120 without a comma between: "ist im Januar 2026 nach
# wiederholter Gewalt durch ihren Mann aus der gemeinsamen Wohnung ins Frauenhaus geflohen"
_EVENT_AFTER: Final = re.compile(rf"(?:[^.!?\n;:]{{0,50}}?|[^.!?\n;:,]{{51,120}}?)\b(?:{_EVENT_WORDS})\b")
_EVENT_BEFORE: Final = re.compile(rf"\b(?:{_EVENT_WORDS})\b[^.!?\n;:]{{0,25}}$")
# "kam 2015", "kam im März 2019 allein": in the same clause, no comma between ("kam gut an, 2025 wieder")
_CAME_BEFORE: Final = re.compile(r"\bkam(?:en)?\b[^.!?\n;:,]{0,20}$")
# the month or the season before an event's year: "im März 2019 geflohen", "im Frühjahr 2024 eingereist"
# ("Einreise Okt. 2025": an abbreviation's full stop)
# (or a feast's day: "getauft am Ostersonntag 2025", "Weihnachten 2015 geflohen")
_FEAST: Final = (
    r"[Oo]ster(?:n|sonntag|montag)|[Pp]fingst(?:en|sonntag|montag)|[Ww]eihnachten|[Hh]eiligabend|[Ss]ilvester"
    r"|[Nn]eujahr"
)
# (the month's name is its group: "im März 2026"; a season's or a feast's has none)
_MONTH_BEFORE: Final = re.compile(
    rf"(?:(?:[Aa]nfang|[Mm]itte|[Ee]nde) )?\b(?:({_MONTH_ANY})\.?|{_SEASON}|{_FEAST}) $"
)


def _event_years(text: str, low: str, runs: list[tuple[int, int]]) -> Iterator[Span]:
    for start, end in runs:
        if not (
            end - start == 4
            and text[start : start + 2] in ("19", "20")
            and (start == 0 or text[start - 1] not in ".,/-:")
            and text[end : end + 1] not in ("/", "-", ":")
            and not (text[end : end + 1] == "." and text[end + 1 : end + 2].isdigit())  # "Ankunft 2022." ends
        ):
            continue
        month = _MONTH_BEFORE.search(text, max(0, start - 19), start)
        # a comma after a bare year may list numbers ("2019, 2020"); after a month's year it ends the clause:
        # "eingeschult im August 2026, kommt …"
        if text[end : end + 1] == "," and not month:
            continue
        first = month.start() if month else start  # the event's words before the month: "Einreise Okt. 2025"
        if (
            _EVENT_AFTER.match(low, end) is not None
            or _EVENT_BEFORE.search(low, max(0, first - 40), first) is not None
            or _CAME_BEFORE.search(low, max(0, first - 26), first) is not None
            # a document's month, as its day is ("Strafbefehl vom März 2023", "Bescheid vom Oktober 2025")
            or (month is not None and _DOCUMENT_BEFORE.search(low, max(0, first - 40), first) is not None)
        ):
            yield first, end, "DATE", REPLACEMENT["DATE"]


def _passed_months(text: str, low: str, runs: list[tuple[int, int]], today: dt.date) -> Iterator[Span]:
    """A month and its year that lie before the month the text is read in, as notes tell an event: "Z.n. Apoplex
    im März 2026", "Seine Frau ist im Januar 2023 gestorben", "im Frühjahr 2023 zwei Verträge abgeschlossen" (a
    season's or a feast's year only before this year); a plan's, a meeting's or a deadline's words around it keep
    it, as they keep a passed day ("Das Treffen vom März 2025 war gut", "gültig bis März 2026")."""
    for start, end in runs:
        if end - start != 4 or text[start : start + 2] not in ("19", "20"):
            continue
        if text[end : end + 1] == "." and text[end + 1 : end + 2].isdigit():
            continue  # a number's part: "2019.5"
        named = _MONTH_BEFORE.search(text, max(0, start - 19), start)
        if named is None:
            continue
        year = int(text[start:end])
        month = _month_named(named.group(1)) if named.group(1) else 0
        if not (year < today.year or (month and year == today.year and month < today.month)):
            continue
        first = named.start()
        if not _planned_around(low, first, end):
            yield first, end, "DATE", REPLACEMENT["DATE"]


# a deadline or an appointment stays one after its day has passed ("Die Frist endet am 30.9.2025",
# "Termin: 14. Januar 2025, 10 Uhr"): read on the lowercased text, before and after the date
_DEADLINE_BEFORE: Final = re.compile(
    r"(?:\b(?:frist|termin|läuft|endet|gültig|verhandlung|nächste)|\b(?:bis|ab)\b)[^.!?\n]{0,30}$"
)
# a hospital's stay, its start, its end or a birth, told before a passed day or after it (read on the lowercased text)
_STAY_BEFORE: Final = re.compile(
    r"\b(?:stationär|teilstationär|aufnahme|aufgenommen|aufenthalt|entbindung|entbunden|entlassung|entlassen"
    r"|vorstellung|notaufnahme)\b:?[^.!?\n]{0,20}$"
)
_STAY_AFTER: Final = re.compile(r"[^.!?\n]{0,40}?\b(?:befand|befunden|behandelt|aufgenommen|entlassen)\b")
_ENDS_AFTER: Final = r"[^.!?\n]{0,30}?\b(?:aus|ab)\b[.,;]"  # "läuft am 30.9. aus"
_DEADLINE_AFTER: Final = re.compile(rf",? (?:um |ab )?\d{{1,2}}(?:[:.]\d\d)? ?uhr|{_ENDS_AFTER}")
_DEADLINE_END_AFTER: Final = re.compile(_ENDS_AFTER)  # its end alone, without an hour
_MONTH_NUMBERS: Final = {
    name: number
    for number, names in enumerate(
        (
            "januar jänner jan", "februar feber feb", "märz maerz mär", "april apr", "mai", "juni jun",
            "juli jul", "august aug", "september sept sep", "oktober okt", "november nov", "dezember dez",
        ),
        1,
    )
    for name in names.split()
} | {roman: number for number, roman in enumerate(_ROMAN_MONTHS, 1)}  # fmt: skip


_MONTH_WORD: Final = re.compile(r"\d\.?\s*[^\W\d_]")  # a month's name (or an ordinal's ending) after the day


def _month_named(value: str) -> int:
    """The number of the month whose name `value` writes first ("14. November 2025" -> 11), 0 for none (not an
    ordinal's ending: "14ten November 2025")."""
    name = re.search(r"\b[^\W\d_]+", value)
    return _MONTH_NUMBERS.get(name.group().lower(), 0) if name else 0


def _written_year(value: str, numbers: list[str], today: dt.date) -> int | None:
    """The year a date's words give, with its century; None for a day and a month alone."""
    four = [n for n in numbers if len(n) == 4]
    if four:
        return int(four[0])
    if len(numbers[-1]) == 2 and (len(numbers) == 3 or (len(numbers) == 2 and _MONTH_WORD.search(value))):
        # "12.03.25", and a month's name with the year in two digits: "12. juni 81" (a birthday in a chat)
        year = int(numbers[-1])
        return year + (2000 if year <= today.year % 100 + 4 else 1900)
    return None


def _appointment(value: str, today: dt.date | None = None) -> bool | None:
    """True for a date without a year or a day that has not passed yet; None for a day of this or last year
    that has passed (a deadline's or an appointment's day only where the words around it say so); False
    for an older day. `today`: the day read against, `types.reading_day()` if not given."""
    today = anonymizer_types.reading_day() if today is None else today
    numbers = re.findall(r"\d+", value)
    year = _written_year(value, numbers, today)
    return True if year is None else _dated_appointment(value, numbers, year, today)


def _dated_appointment(value: str, numbers: list[str], year: int, today: dt.date) -> bool | None:
    """`_appointment`'s reading of a date with its year (`_written_year`)."""
    if year < today.year - 1:
        return False
    if len(numbers) == 3:  # day, month and year, or an ISO date
        day, month = (
            (int(numbers[2]), int(numbers[1])) if len(numbers[0]) == 4 else (int(numbers[0]), int(numbers[1]))
        )
    else:  # "14. November 2025": a day, a month's name and the year
        month, day = _month_named(value), int(numbers[0])
    try:
        return dt.date(year, month, day) >= today or None
    except ValueError:
        return True


# How far back a day without its year is read as a day that has passed: notes tell the last months' events
# ("Die Botschaft hat ihn am 24.11. ausgestellt", "Revision am 21.09."), and a day further back or ahead is
# read as next year's or a plan's
_YEARLESS_PAST_DAYS: Final = 200


def _yearless(value: str, numbers: list[str], today: dt.date) -> bool | None:
    """A day without its year, read as the nearest such day: None when it has passed within the last
    `_YEARLESS_PAST_DAYS` days (`_day_kept` masks it unless a plan's or a deadline's words stand around it, as a
    passed day with its year is masked), True otherwise (the next days are appointments')."""
    if len(numbers) >= 2:
        day, month = int(numbers[0]), int(numbers[1])
    else:
        day, month = int(numbers[0]), _month_named(value)
    try:
        passed = dt.date(today.year, month, day)
        if passed > today:
            if month <= today.month + 1:  # the next weeks'
                return True
            passed = dt.date(today.year - 1, month, day)  # in January, "am 20.12." is last December's
    except ValueError:
        return True
    return True if (today - passed).days > _YEARLESS_PAST_DAYS else None


# a plan's present before a day: "Elias kommt am 5.6. aus dem Libanon", "Start 1. August", "Vereinbarung: Gitti
# begleitet sie am 2.12. zur Ärztin" (read on the lowercased text, in the day's clause)
_PLAN_PRESENT_BEFORE: Final = re.compile(
    r"(?:\b(?:kommt|kommen|fliegt|fliegen|reist|reisen|zieht|ziehen|beginnt|beginnen|fängt|fangen|startet|starten)\b"
    r"[^.!?\n;,]{0,40}|\b(?:start|beginn|anfang|ab|vereinbarung|vereinbarungen|plan|geplant)\b:?[^.!?\n;]{0,60})$"
)

# a modal's or a plan's present right after the day: "am 5.12. muss ich wieder hin", "am 14. Januar geht es weiter"
_PLAN_AFTER: Final = re.compile(
    rf",? (?:{_COMING_VERBS}|wollen|kann|können|darf|dürfen|fängt|beginnt|startet)\b"
)

# a meeting's or a plan's word after the day in its clause: "Am 3.10. Termin vereinbart", "Am 1. Dezember ist der
# Termin"
_PLAN_WORD_AFTER: Final = re.compile(rf"[^.!?\n;:,]{{0,40}}?\b(?:{_PLAN_WORDS})\b")
# the volunteers' own doings, told in the first person in the day's clause: "wir sehen uns am 22. mai", "Am 3.12.
# habe ich mit ihr telefoniert" (their meetings and calls name no one's file; "am 24. November, und ich war
# Taufpatin" is another clause)
_FIRST_PERSON_BEFORE: Final = re.compile(r"\b(?:wir|ich|uns)\b[^.!?\n;,]{0,40}$")
_FIRST_PERSON_AFTER: Final = re.compile(r" (?!und\b|oder\b|aber\b|denn\b)[a-zäöüß]+ (?:wir|ich)\b")


def _planned_around(low: str, first: int, end: int) -> bool:
    """A plan's, a meeting's or a deadline's words, or the room's own first person, around the time told at
    low[first:end] (a passed day or month is then an appointment's, a deadline's or the volunteers' own)."""
    return (
        _PLAN_BEFORE.search(low, max(0, first - 60), first) is not None
        or _PLAN_WORD_BEFORE.search(low, max(0, first - 90), first) is not None
        or _PLAN_WORD_AFTER.match(low, end) is not None
        or _DEADLINE_BEFORE.search(low, max(0, first - 40), first) is not None
        or _FIRST_PERSON_BEFORE.search(low, max(0, first - 50), first) is not None
    )


def _day_kept(
    value: str, low: str, start: int, told: int, end: int, today: dt.date, masked_end: int = -1
) -> bool | None:
    """`_appointment`'s reading of a day, and a passed day without its year read as a plan's all the same where a
    plan's, a meeting's or a deadline's words stand around it (a yearless day is the last months' only where
    nothing says it is ahead: the year a writer has in mind may not be ours); the past's words around such a day
    still mask it, as they mask a day ahead. `masked_end`: where the last day masked in the text ends."""
    numbers = re.findall(r"\d+", value)
    year = _written_year(value, numbers, today)
    if year is not None:
        return _dated_appointment(value, numbers, year, today)
    if _yearless(value, numbers, today):
        return True
    if masked_end >= 0 and _RANGE_JOIN.fullmatch(low, masked_end, start):
        return None  # the end of a period whose first day was masked: "stationär vom [Datum] bis 21.11."
    if (
        # (its deadline's word before a weekday in apposition as well: "bis Freitag, 27.11.")
        _planned_around(low, told, end)
        or _PLAN_PRESENT_BEFORE.search(low, max(0, told - 70), told) is not None
        or _DEADLINE_AFTER.match(low, end) is not None
        or _PLAN_AFTER.match(low, end) is not None
        or _FIRST_PERSON_AFTER.match(low, end) is not None
        # a period's or a paper's "vom" with no stay or letter before it: "Urlaub vom 3. bis 5. August", "Das
        # Protokoll vom 3.12." (a letter's day is `_LETTER_BEFORE`'s, a stay's is `_STAY_BEFORE`'s)
        or (
            low.endswith("vom ", 0, start)
            and _STAY_BEFORE.search(low, max(0, start - 30), start) is None
            and _LETTER_BEFORE.search(low, max(0, start - 66), start) is None
        )
    ):
        return True
    return None


# What follows the day (or the ISO year) of a DATE match, branch by branch: a space and "." or "/", "." or "/",
# "-", ".", or "ten", "ter", a space or a month's name (its first letter, either case); the day is all of its digit run.
_DATE_NEXT: Final = frozenset("./-tJFMASONDjfmasond")
_DATE_AFTER_SPACE: Final = frozenset("./JFMASONDjfmasond")


def _date_may_follow(text: str, end: int) -> bool:
    """Whether a DATE match can begin with the digit run that ends at `end` (a cheap test that spares most of
    `DATE.match`, some thousands of instructions at each number)."""
    if end >= len(text):
        return False
    ch = text[end]
    if ch in _DATE_NEXT:
        return True
    return ch.isspace() and end + 1 < len(text) and text[end + 1] in _DATE_AFTER_SPACE  # `\s` is `isspace`


# A date said in words, as speech recognition writes it: the day's ordinal, the month's ordinal or name, and the
# year in words or digits ("erster erster zweitausendzwei", "am dritten märz neunzehnhundertneunundneunzig", "der
# zwölfte vierte 2001"); read on the lowercased text. Without its year it may be any day and stays.
# the ordinals of one to nine before their ending ("erste", "dritten", "siebenter" or "siebter")
_ORDINAL_UNITS: Final = ("erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebent", "siebt", "acht", "neunt")  # fmt: skip
_ORDINAL_STEM: Final = (
    rf"(?:(?:{_UNITS})und(?:{_spelled(20, 30)})st|{_spelled(20, 30, 'st')}|{_spelled(13, 19, 't')}"
    rf"|{_spelled(10, 12, 't')}|{'|'.join(_ORDINAL_UNITS)})e[rnms]?"
)
# a month by its ordinal, the longer "siebent" not among them: "der zwölfte vierte"
_MONTH_ORDINAL: Final = (
    rf"(?:{'|'.join(w for w in _ORDINAL_UNITS if w != 'siebent')}|{_spelled(10, 12, 't')})e[rnms]?"
)
_SPOKEN_YEAR: Final = re.compile(
    r"(?:(?:neunzehnhundert|zweitausend)[a-zäöüß]*|(?:19|20)\d\d\b)"
    r"(?!\s?(?:euro|€|mal|stück|leute|menschen|km|kilometer|meter)\b)"  # an amount, not a year
)
_SPOKEN_DATE_BEFORE: Final = re.compile(
    rf"(?<![\w.])(?:{_ORDINAL_STEM}) (?:{_MONTH_ORDINAL}|{_MONTH_NAMES_ANY}) $"
)


# without its year, a birthday's: "sie is am dritten vierten geboren", "geburtstag hat er am zwölften märz"
_SPOKEN_DAY: Final = re.compile(
    rf"(?<![\w.])(?:{_ORDINAL_STEM}) (?:{_MONTH_ORDINAL}|{_MONTH_NAMES_ANY})(?![\w.])(?! (?:mal|klasse|stock)\b)"
)


_MONTH_ORDINAL_END: Final = re.compile(rf" {_MONTH_ORDINAL}$")


def _spoken_dates(low: str) -> Iterator[Span]:
    found = -1
    for year in _SPOKEN_YEAR.finditer(low):
        start = year.start()
        if start > 0 and low[start - 1] != " ":
            continue
        day = _SPOKEN_DATE_BEFORE.search(low, max(0, start - 45), start)
        if day is not None:
            found = year.end()
            yield day.start(), year.end(), "DATE", REPLACEMENT["DATE"]
    if "geb" in low or "geburt" in low:
        for day in _SPOKEN_DAY.finditer(low):
            # a birth word after the day only for a month said by its number: "am ersten Januar Geburtstag" is
            # said of anyone ("wieso haben so viele am ersten Januar Geburtstag?")
            if day.start() >= found and (
                _BIRTH_CUE.search(low, max(0, day.start() - 40), day.start()) is not None
                or (
                    _MONTH_ORDINAL_END.search(day.group()) is not None
                    and _BIRTH_AFTER.match(low, day.end(), day.end() + 30) is not None
                )
            ):
                yield day.start(), day.end(), "DATE", REPLACEMENT["DATE"]


def find_structured(
    text: str, runs: list[tuple[int, int]] | None = None, low: str | None = None, today: dt.date | None = None
) -> Iterator[Span]:
    """All layer-1 candidates except phones (which need the dates first) and persons. `runs`, `low`: the text's
    `digit_runs` and `lowered` text, if the caller has them; `today`: the day the text is read against (whether a
    day has passed), the system's date if not given."""
    today = anonymizer_types.reading_day() if today is None else today
    runs = digit_runs(text) if runs is None else runs
    windows = digit_windows(text, runs=runs)
    starts = [start for start, _ in runs]
    low = lowered(text) if low is None else low
    if "@" in text:
        for m in _emails(text):
            yield m.start(), m.end(), "EMAIL", REPLACEMENT["EMAIL"]
    folds = _case_folds(text)
    flow = _folded(low) if folds else low
    social = any(hint in low for hint in _SOCIAL_HINTS)
    cued = _cued_handles(low) if social else []
    if _may_hold_url(flow):  # with the case-folding letters folded, the gate and the shortcut hold
        for m in _urls(text, flow, False):
            end = m.end()
            while end > m.start() and text[end - 1] in ".,;:!?)]}'\"":
                end -= 1
            if "@" not in text[m.start() : end] and not any(
                s <= m.start() and end <= e and (s, e) != (m.start(), end) for s, e in cued
            ):  # a host's name inside a handle is none: "auf insta als tortillas.de.mama"
                yield m.start(), end, "URL", REPLACEMENT["URL"]
    if "@" in text:
        for m in _handles(text):
            yield m.start(), m.end(), "HANDLE", REPLACEMENT["HANDLE"]
    if "t)" in low or "t]" in low or "t}" in low:
        for m in OBFUSCATED_EMAIL.finditer(text):
            yield m.start(), m.end(), "EMAIL", REPLACEMENT["EMAIL"]
    if " at " in low or " ät " in low:
        for m in SPOKEN_EMAIL.finditer(low):
            yield m.start(), m.end(), "EMAIL", REPLACEMENT["EMAIL"]
    if "_" in text or "." in text:
        for m in _usernames(text):
            found = m.group()
            head = re.split(r"[._]", found, maxsplit=1)[0]
            if (
                "_" in found
                or (len(head) >= 3 and any(c.isdigit() for c in found))
                or (
                    _dotted_name(found)
                    and _POSTED_AS.search(low, max(0, m.start() - 30), m.start()) is not None
                )
            ):
                yield m.start(), m.end(), "HANDLE", REPLACEMENT["HANDLE"]
    # each group of hints is looked for once, though two patterns ask for it
    account = any(hint in low for hint in _ACCOUNT_HINTS)
    if account:
        for m in ACCOUNT_HANDLE.finditer(low):
            yield m.start(1), m.end(1), "HANDLE", REPLACEMENT["HANDLE"]
    if "." in text and (social or account):
        for m in PLATFORM_HANDLE.finditer(low):
            yield m.start(1), m.end(1), "HANDLE", REPLACEMENT["HANDLE"]
    for start, end in cued:
        yield start, end, "HANDLE", REPLACEMENT["HANDLE"]
    if social:
        for m in SOCIAL_HANDLE.finditer(low):
            group = next(g for g in range(1, 5) if m.group(g) is not None)
            if m.group(group).lstrip("@") not in _HANDLE_NOT:
                yield m.start(group), m.end(group), "HANDLE", REPLACEMENT["HANDLE"]
    if "zig" in low or "ßig" in low:
        for m in DECADE_WORD_AGE.finditer(text):  # "Sie ist Mitte zwanzig."
            yield m.start(), m.end(), "AGE", f"[Alter {age_band(_TEN_VALUES[m.group(1).casefold()])}]"
    if "vor " in low and any(hint in low for hint in _BIRTH_AGO_HINTS):
        at = low.find("vor ")
        while at >= 0:  # `match` where "vor " stands: a pattern begun with `\b` is tried at every position
            if (at == 0 or not low[at - 1].isalnum()) and (ago := _BIRTH_AGO.match(low, at)) is not None:
                yield ago.start(1), ago.end(1), "DATE", REPLACEMENT["DATE"]
            at = low.find("vor ", at + 1)
    if "zweitausend" in low or "neunzehnhundert" in low or "geb" in low or ("te" in low and runs):
        yield from _spoken_dates(low)
    if not runs:
        if any(hint in low for hint in _STREET_HINTS):
            yield from _street_names(text)
        if any(hint in text for hint in _LOWER_STREET_HINTS):
            yield from _lower_streets(text)
        yield from _spelled_ages(text, low, flow)
        return
    # an IBAN starts two capitals before its first digit
    iban_starts = [s for s in starts if s >= 2 and text[s - 2 : s].isascii() and text[s - 2 : s].isupper()]
    for m in _anchored(IBAN, text, windows, [s - 2 for s in iban_starts]):
        compact = m.group().replace(" ", "")
        if 15 <= len(compact) <= 34 and any(c.isdigit() for c in compact[4:]):
            yield m.start(), m.end(), "IBAN", REPLACEMENT["IBAN"]
    if any(hint in low for hint in _BIRTH_HINTS):
        for m in _scan(BIRTH_YEAR, low, windows):
            digits = re.search(r"(?:19|20)\d\d\b|[‘’']?\d\d\b", low[m.start() : m.end()])
            if digits:
                yield m.start() + digits.start(), m.end(), "DATE", REPLACEMENT["DATE"]
    # a date starts with a day of one or two digits, or an ISO year
    day_starts = [s for s, e in runs if (e - s <= 2 or e - s == 4) and _date_may_follow(text, e)]
    masked_end = -1  # where the last date masked here ends
    for m in _anchored(DATE, text, windows, day_starts):
        start = m.start()  # every alternative of DATE starts at a digit: a cue before it is `_BIRTH_CUE`'s
        value = m.group()
        if (last_day := _YEARED_END_AFTER.match(text, m.end())) is not None and len(
            re.findall(r"\d+", value)
        ) == 2:
            # a period's first day and month are read in the year its last day gives: "09.05.–12.05.2026"
            value += last_day.group("year")
        # a period's first day without its month is the period's start: "war vom 3. bis 6. November im Krankenhaus"
        # (its words are read before that day; the span holds both days)
        first = _DAY_RANGE_BEFORE.search(low, max(0, start - 16), start)
        if first is None and low.endswith("./", 0, start):
            first = _NIGHT_BEFORE.search(low, max(0, start - 4), start)
        if first is not None:
            start = first.start()
        # a period's "vom" is no document's ("ist vom 24. bis 31. Dezember geschlossen")
        ranged = first is not None
        weekday = _WEEKDAY_BEFORE.search(low, max(0, start - 12), start)
        told = weekday.start() if weekday else start  # where the words before the day end
        if (
            (
                (kept := _day_kept(value, low, start, told, m.end(), today, masked_end))
                or (
                    kept is None
                    # a period's end that has passed belongs to the stay or the event its start names: "vom
                    # [Datum] bis 17.11.2026", though "bis" before a day is a deadline's word
                    and not (masked_end >= 0 and _RANGE_JOIN.fullmatch(low, masked_end, start))
                    # and so does a passed day a hospital's stay names, with its hour or its "bis"/"ab": "Aufnahme:
                    # 03.12.2026, 17:48 Uhr", "teilstationär bis 27.11.2026", "bis zum 20.11.2026 in unserer Klinik
                    # befand"
                    and _STAY_BEFORE.search(low, max(0, start - 30), start) is None
                    and _STAY_AFTER.match(low, m.end()) is None
                    and (
                        (
                            _DEADLINE_BEFORE.search(low, max(0, start - 40), start) is not None
                            # a hearing told in the past is an event: "die Verhandlung war am 2.12.2026"
                            and _PAST_BEFORE.search(low, max(0, start - 40), start) is None
                        )
                        or _DEADLINE_END_AFTER.match(low, m.end()) is not None
                        # an hour after a passed day is an appointment's where a meeting's word stands before it
                        # ("Termin beim Verwaltungsgericht in Magdeburg: 14. Januar 2025, 10 Uhr"), else an event's
                        # ("Unfalltag: 07.10.2026, 05:40 Uhr")
                        or (
                            _DEADLINE_AFTER.match(low, m.end()) is not None
                            and _PLAN_WORD_BEFORE.search(low, max(0, start - 90), start) is not None
                        )
                    )
                )
            )
            and _BIRTH_CUE.search(low, max(0, start - 30), start) is None
            # a letter's day names its file, a deadline counted from it or not: "Frist ab Bescheid vom 28.10."
            and (kept or _LETTER_BEFORE.search(low, max(0, start - 66), start) is None)
            and _BORN_BEFORE.search(low, max(0, start - 80), start) is None
            and _BIRTH_AFTER.search(low, m.end(), m.end() + 40) is None
            and _BORN_IN_CLAUSE.match(low, m.end()) is None
            and not (
                kept
                and (
                    _PAST_BEFORE.search(low, max(0, start - 40), start) is not None
                    or _PAST_AFTER.match(low, m.end()) is not None
                    or _PAST_CLAUSE_BEFORE.search(low, max(0, told - 70), told) is not None
                    or (
                        _PAST_APPOSITION.search(low, max(0, told - 100), told) is not None
                        and _PRESENT_AFTER.match(low, m.end()) is None
                    )
                    or (
                        (
                            _PERFECT_BEFORE.search(low, max(0, told - 40), told) is not None
                            or _PERFECT_AFTER.match(low, m.end()) is not None
                        )
                        and _PARTICIPLE_AFTER.match(low, m.end()) is not None
                        # a plan's verb before the day: "soll am 1. August eine Ausbildung beginnen"
                        and _PLAN_BEFORE.search(low, max(0, told - 60), told) is None
                        # an office's hours over a period: "ist vom 24. bis 31. Dezember geschlossen"
                        and not (ranged and _OPENING_HOURS.match(low, m.end()) is not None)
                    )
                    or _EVENT_NOUN_BEFORE.search(low, max(0, told - 75), told) is not None
                    or (
                        _SENTENCE_DAY_BEFORE.search(low, max(0, told - 6), told) is not None
                        and _NOTE_PARTICIPLE_AFTER.match(low, m.end()) is not None
                    )
                    or _LETTER_BEFORE.search(low, max(0, start - 66), start) is not None
                    or _EVENT_NOUN_AFTER.match(low, m.end()) is not None
                    or (
                        not ranged
                        and _DOCUMENT_BEFORE.search(low, max(0, start - 40), start) is not None
                        and _RANGE_AFTER.match(low, m.end()) is None
                    )
                    or (
                        _PARTICIPLE_BEFORE.search(low, max(0, start - 40), start) is not None
                        and _PLAN_BEFORE.search(low, max(0, start - 60), start) is None
                        # what was given is an appointment: "hat einen Termin beim Psychiater bekommen, am 8.1."
                        and _PLAN_WORD_BEFORE.search(low, max(0, start - 90), start) is None
                        # a plan's present after the day: "alles besprochen, am 14. Januar geht es weiter"
                        and _PRESENT_AFTER.match(low, m.end()) is None
                    )
                )
                and _DEADLINE_BEFORE.search(low, max(0, start - 40), start) is None
            )
        ):
            # kept readable, and no other layer may take it for a phone number or an ID
            yield start, m.end(), "PROTECTED", ""
            continue
        # the weekday in apposition goes with the day it names: "am [Datum]", not "am Freitag, [Datum]"
        masked_end = m.end()
        yield told, m.end(), "DATE", REPLACEMENT["DATE"]
    if "wird im " in low:  # the month someone turns an age in is their birth month: "Dana wird im Mai 18"
        for m in _TURNS_IN_MONTH.finditer(text):
            yield m.start(1), m.end(1), "DATE", REPLACEMENT["DATE"]
    if "seit " in low:  # "Seit 2014 in Deutschland" opens a sentence
        for m in SINCE_YEAR.finditer(text):  # begins with its word: found with a fast scan, not a lookbehind
            if m.start() == 0 or not text[m.start() - 1].isalnum():
                yield m.start(1), m.end(1), "DATE", REPLACEMENT["DATE"]
    if any(hint in low for hint in _EVENT_HINTS):
        yield from _event_years(text, low, runs)
    yield from _passed_months(text, low, runs, today)
    if any(hint in low for hint in _ID_HINTS):
        hinted = _hinted(low, windows, _ID_HINTS, _ID_KEYWORD_REACH)
        for m in _word_matches(_ID_AFTER_KEYWORD_AFTER, ID_AFTER_KEYWORD, low, hinted):
            if _plate_letters(text, m.start() + (m.re is _ID_AFTER_KEYWORD_AFTER), m.end(1)):
                continue  # "BL-GZ 340" is a plate, whose letters are no "GZ." (the plate is PLATE's)
            yield m.start(1), m.end(1), "ID", REPLACEMENT["ID"]
        if "nummer" in low or "nr." in low:
            for m in _scan(LETTERED_ID, low, windows):
                if sum(c.isdigit() for c in m.group(1)) >= 4:
                    yield m.start(1), m.end(1), "ID", REPLACEMENT["ID"]
    # every ID form has a "/", a capital next to a digit or a capital and "-" before one ("BEI-2023-…"), and
    # starts at most 11 characters before a number
    if "/" in text or _id_gate(text, runs):
        for start, end in _word_scan(
            _ID_FORMS_AFTER, ID_FORMS, text, digit_windows(text, before=12, runs=runs)
        ):
            if not _MEASURE.match(text, end):  # "RR 165/95 mmHg" is a blood pressure
                # a further part joined without a space goes with it: "SL-2025/118.7734"
                tail = _ID_TAIL.match(text, end)
                yield _chained(text, start), tail.end() if tail else end, "ID", REPLACEMENT["ID"]
    if _PLATE_HINT.search(text):  # a plate starts at most 7 characters before its number
        for start, end in _word_scan(_PLATE_AFTER, PLATE, text, digit_windows(text, before=8, runs=runs)):
            yield start, end, "PLATE", REPLACEMENT["PLATE"]
    if any(hint in flow for hint in _PLATE_CONTEXT_HINTS):
        for lo, hi in windows:  # a match begins at its keyword
            for m in _at_hints(PLATE_CONTEXT, text, flow, _PLATE_CONTEXT_HINTS, lo, hi):
                yield m.start(1), m.end(1), "PLATE", REPLACEMENT["PLATE"]
    if _PLATE_LOWER_HINT.search(text):
        for m in _scan(PLATE_LOWER, text, digit_windows(text, before=8, runs=runs)):
            yield m.start(), m.end(), "PLATE", REPLACEMENT["PLATE"]
    yield from spaced_plates(text, low, runs)
    for start, end in _word_scan(_ADDRESS_AFTER, ADDRESS, text, _address_windows(text, windows, runs, low)):
        while text[end - 1] in " ":
            end -= 1
        if start > 3 and text[start - 1] == " " and text[start - 2] == "e":
            adjective = _ADJECTIVE_BEFORE_STREET.search(text, max(0, start - 24), start)
            if adjective is not None:
                start = adjective.start()  # "Äußere Zittauer Str. 21", "Obere Marburger Straße 4"
        floor = _FLOOR.match(text, end)  # the flat belongs to the address: "…straße 17, 2. OG links"
        yield start, floor.end() if floor else end, "ADDRESS", REPLACEMENT["ADDRESS"]
    if any(hint in low for hint in _STREET_HINTS):
        yield from _street_names(text)
    if any(hint in text for hint in _LOWER_STREET_HINTS) or any(
        hint in text for hint in _LOWER_NUMBERED_HINTS
    ):
        yield from _lower_streets(text)
    for m in _anchored(POSTAL, text, windows, [s for s, e in runs if e - s == 5], lead="D-"):
        yield m.start(), m.end(), "PLACE", REPLACEMENT["PLACE"]
        # what stands before a postal code and a comma is the street, however it is spelled: "Kirchgase 4, 37081 X",
        # "Hinterm Bach 3a, 01234 X"
        street = _STREET_BEFORE_POSTAL.search(text, max(0, m.start() - 60), m.start())
        if street is not None:
            yield street.start(), street.end(1), "ADDRESS", REPLACEMENT["ADDRESS"]
    if "nschrift" in low or "dresse" in low or "wohnhaft" in low:
        for m in _LABELED_STREET.finditer(text):
            yield m.start(1), m.end(1), "ADDRESS", REPLACEMENT["ADDRESS"]
    if "wohn" in low or "leb" in low:
        for m in _LIVES_AT.finditer(text):
            # "Hinter den Höfen 8" is the street's name; in "am Mühlbach 3" the street begins after the link
            start = m.start(1) if m.group("link")[0].isupper() else m.start("street")
            yield start, m.end(1), "ADDRESS", REPLACEMENT["ADDRESS"]
    yield from _ages(
        text,
        windows,
        [s for s, e in runs if e - s <= 3]
        if any(h in text for h in _AGE_NUMBER_HINTS) or _AGE_VERB_NUMBER.search(text)
        else [],
    )
    if "Mitte " in text or "Anfang " in text or "Ende " in text:
        for m in _scan(DECADE_AGE, text, windows):
            yield m.start(), m.end(), "AGE", f"[Alter {age_band(int(m.group(1)))}]"
    if "(" in text and any(h in low for h in _CHILD_AGE_HINTS):
        yield from _listed_ages(CHILD_AGES, text, windows, "[{}]")
    if " von " in text and "Jahre" in text:
        yield from _listed_ages(AGES_OF, text, windows, "[Alter {}]")
    yield from _spelled_ages(text, low, flow)
    for m in _anchored(DIGITS, text, windows, number_starts(text, runs), lead="+"):
        end = m.end()
        if (schedule := _SCHEDULE_END.search(text, m.start(), end)) is not None:
            end = schedule.start()  # a strength and a dosing schedule: "Foster 100/6 2-0-2"
        if sum(c.isdigit() for c in text[m.start() : end]) >= 5 and not _MEASURE.match(text, end):
            yield m.start(), end, "NUMBER", REPLACEMENT["NUMBER"]


_CHILD_AGE_HINTS: Final = (
    "ind",
    "öhne",
    "ohn",
    "öchter",
    "ochter",
    "willing",
    "nkel",
    "chwister",
    "ung",
    "ädchen",
    "ids",
)
# ages given with "von … Jahren" after a person or "Alter", one or a list: "vier Kinder im Alter von 2, 6, 9 und 13
# Jahren", "ein Junge von 15 Jahren"; not a duration ("eine Wartezeit von 2 Jahren", "eine Haft von 3 Jahren")
AGES_OF: Final = re.compile(
    r"(?i:alter|kinder|kindern|kind|söhne|söhnen|sohn|töchter|töchtern|tochter|zwillinge|zwillingen|enkel|enkelin"
    r"|enkeln|geschwister|geschwistern|junge|jungen|jungs|mädchen|frau|frauen|mann|männer|männern|person|personen"
    r"|mensch|menschen|baby|babys)"
    r" von (\d{1,2}(?:(?:, | und )\d{1,2})*) Jahre(?:n\b|\b)"
)


_YEARS_OLD_SUFFIX: Final = re.compile(r"\s?-?\s?[jJ]ährig[a-z]{0,2}\b")

# Ages in words and ages a note works out: "elf Jahre alt", "sechzehnjährig", "ist grad elf geworden",
# "(neunzehn)" after a name, "geb. 12.05.2009, also 17", "er ist also jetzt 18", "ist 11 Monate".
# a half is said with its whole: "zweieinhalb", "eineinhalb", "anderthalb" (a toddler's age: "Liban ist anderthalb")
_HALVES: Final = rf"(?:{_UNITS}|{_spelled(10, 19)})einhalb|anderthalb"
NUMBER_WORD: Final = rf"(?:{_HALVES}|{_TWO_DIGITS_WORD}|{_spelled(2, 9)}|eins?)"
# the ages of children a bracket lists, in digits or words: "Kinder (3, 7 und 12)", "zwei Kinder (11 und fünfeinhalb)"
_LISTED_AGE: Final = rf"(?:\d{{1,2}}|(?i:{NUMBER_WORD}))"
CHILD_AGES: Final = re.compile(
    r"(?i:kinder|kind|söhne|sohn|töchter|tochter|zwillinge|enkel|enkelin|geschwister|jungs|jungen|mädchen|kids)\w*\s\("
    rf"({_LISTED_AGE}(?:\s?(?:,|und|&)\s?{_LISTED_AGE})+)(?:\s?(?:J\.|Jahre))?\)"
)
_LISTED_AGE_ITEM: Final = re.compile(rf"(?<!\w){_LISTED_AGE}(?!\w)")
# A birth some time ago names the child's day of birth: "hat vor acht Wochen die kleine Mina bekommen", "vor drei
# Tagen entbunden" (read on the lowercased text; in the same clause, a child's word before "bekommen")
_BIRTH_AGO: Final = re.compile(
    rf"vor ((?:\d{{1,2}}|{NUMBER_WORD}|ein(?:em|er)?|zwei) (?:tag|tagen|woche|wochen|monat|monaten))\b"
    r"(?=[^.!?\n;]{0,60}?(?:\bgeboren|\bentbunden|zur welt gebracht|\b(?:baby|kind|tochter|sohn|mädchen|jungen"
    r"|zwillinge|kleine[nr]?(?: [^\W\d_]+)?) bekommen))"
)
_BIRTH_AGO_HINTS: Final = ("geboren", "bekommen", "entbunden", "zur welt")
# the month of a birthday: "wird im Mai 18", "wird im Oktober schon zwölf" (the age is the age rules')
_TURNS_IN_MONTH: Final = re.compile(
    rf"\bwird im ({_MONTH_ANY}) (?:(?:schon|erst|endlich|dann) )?(?:\d{{1,2}}|{NUMBER_WORD})\b(?! ?(?:uhr|Uhr|€|Euro|%))"
)
_NUMBER_VALUES: Final = {w: v for w, v in _NUMBER_WORD_VALUES.items() if v < 20 and w != "zwo"} | {"ein": 1}
SPELLED_AGE: Final = re.compile(
    rf"(?i:\b(?P<w1>{NUMBER_WORD})\s?(?:jahre(?=\s+alt\b)|-?\s?jährig[a-z]{{0,2}}\b))"
    rf"|(?i:\b(?:ist|wird|wurde)\s(?:(?:jetzt|gerade|grad|erst|schon|fast|bald|gestern|heute)\s)?"
    rf"(?P<w2>{NUMBER_WORD})\s(?=geworden\b))"
    # worked out from a birth date: "geb. 12.05.2009, also 17"; "er ist also jetzt 18"
    r"|(?<=\d, also )(?:(?:jetzt|schon|erst) )?(?P<d1>\d{1,2})\b(?![.,]\d|\s?(?:Uhr|Euro|€|%|Tage|Wochen|Monate))"
    r"|(?<=\bist also )(?:(?:jetzt|schon|erst) )?(?P<d2>\d{1,2})(?=[.,;!]|$)"
    # a baby's age in months
    # (alt, or ending the clause: not "ist 3 Monate schwanger", "ist 2 Monate zu früh gekommen")
    r"|\b(?:ist|wird|sind)\s(?:(?:jetzt|erst|gerade|schon|fast)\s)?(?P<m1>\d{1,2})\s(?:Monate|Wochen|Tage)\b"
    r"(?:\s+alt\b|(?=[,;!?)]|\.(?!\d)|\s*$| und\b|\s+[^\w\s.,–-]))"
    # in words "alt" stays, as after the years in words: "ist drei Wochen [alt]"; in apposition, with "alt":
    # "Tochter von Sabas Bruder, zwei Tage alt, 2900 g"
    rf"|(?:\b(?:ist|wird|sind)\s(?:(?:jetzt|erst|gerade|schon|fast)\s)?|(?<=, ))(?P<m2>{NUMBER_WORD}|\d{{1,2}})"
    r"\s(?:Monate|Wochen|Tage)\b(?=\s+alt\b)"
)
_SPELLED_HINTS: Final = ("jahre alt", "ährig", "geworden", "also ", "monate", "wochen", "tage")
# What a SPELLED_AGE match needs besides its hint, in the lowercased text: a number word (each holds one of
# these stems), "also " (its lookbehind may reach up to 9 characters before the window), or "monate"/"wochen".
# A window around a hint ("jahre alt" after a digit) without any of them holds no match, and is not scanned.
_NUMBER_STEMS: Final = (*_UNIT_WORDS, "zehn", "elf", "zwölf", "zig", "ßig", "ssig", "halb")


def _spelled_window(low: str, lo: int, hi: int) -> bool:
    """Whether SPELLED_AGE can match in text[lo:hi] (`low`: the lowercased text with the case-folding letters
    folded, where `(?i)` matches what it holds)."""
    window = low[lo:hi]
    return (
        "monate" in window
        or "wochen" in window
        or "tage" in window
        or "also " in low[max(0, lo - 9) : hi]
        or any(stem in window for stem in _NUMBER_STEMS)
    )


# "er ist elf, spielt …", "die ist fünf.": a pronoun for a person, "ist" and a bare number ending the clause
PRONOUN_AGE: Final = re.compile(
    rf"\b(?:[Ee]r|[Ss]ie|[Dd]ie|[Dd]er) ist? {AGE_PARTICLES}(?P<n>\d{{1,2}}|{NUMBER_WORD})(?=[;!?)]|[.,](?!\d)| und\b|$)"
)
# a number in words after "ist" and a word for a person, ending the clause: "der älteste ist neunzehn", "seine oma
# war damals achtzig" (in digits AGE_PARTS reads it)
_KIN_SPELLED_AGE: Final = re.compile(
    rf"(?:ist|war|wird|is) {AGE_PARTICLES}(?P<n>{NUMBER_WORD}){AGE_CLAUSE_END}"
)


# "mit 16" with no noun after it is the age someone did something at: "mit 14 ist er allein über das Mittelmeer
# gekommen", "kam unbegleitet mit 16.", "mit 34 zum ersten Mal auf dem Fahrrad"; not "mit 16 Leuten", "mit 14 Euro",
# "mit 3 zu 1". What follows the number: a verb and a person ("mit 14 ist er"), an adverb or a preposition of a
# life's step ("allein", "nach", "zum"), a life's step's participle ("mit 16 geflohen", "mit 15 angefangen zu
# arbeiten"; not "das Spiel mit 3 gewonnen"), or the clause's end or
# an emoji, where the sentence must tell of a person or a life's step (`_LIFE_CUE`): "ich war allein hier mit 16,"
_WITH_AGE: Final = re.compile(
    rf"(?<![\w-])[Mm]it (?P<n>\d{{1,2}}|(?!eine?\b){NUMBER_WORD})(?![\w.,:/-]\w)"
    # a baby's age in months or weeks: "hat laufen gelernt, mit 11 Monaten"; not "mit 3 Monaten Verspätung"
    r"(?P<unit> [Mm]onaten| [Ww]ochen)?"
    r"(?:(?P<verb> (?:ist|war|hat|hatte|bin|habe|hab|kam|kamen|ging|musste|muss|durfte|darf|konnte|kann|wurde|fing"
    r"|zog|floh|flüchtete|lief|heiratete|begann|bekam|verließ|sind|waren|haben|hatten) (?:ich|er|sie|du|man|wir|ihm"
    r"|ihr|mir|mich|ihn)\b)"
    r"|(?P<step> (?:allein|alleine|schon|bereits|erst|nach|zum|zur|hierher|hierhin|hier|unbegleitet|ohne|über|auch"
    r"|ganz|damals|selbst"
    # what someone came or was as: "kam mit 17 als UMF" (not "mit 3 als Team")
    r"|als (?:UMF|UMA|umf|uma|[Ff]lüchtling|[Mm]inderjährige?r?|[Jj]ugendliche?r?|[Kk]ind|[Ss]chüler(?:in)?|[Aa]zubi)"
    r"|schwanger|verheiratet|(?:hier|her|hierher|rüber|weg|los|ab|aus|ein|an|zurück|um)?ge(?:kommen|flohen|flüchtet"
    r"|heiratet|zogen|storben|schult|lernt|gangen|reist|fangen|arbeitet|wandert|hauen|laufen|macht)))\b"
    r"|(?P<end>(?=\s*(?:[,;](?! ?\d)|[!?)]|\.(?!\d)|$)|\s+[^\w\s.,–-])))"  # not a list: "mit 4, 5 Leuten"
)
_LIFE_CUE: Final = re.compile(
    r"\b(?:allein|alleine|gekommen|kam|kamen|geflohen|floh|flucht|angefangen|anfangen|fing|eingereist|hier|hierher"
    r"|deutschland|unbegleitet|uma|umf|geheiratet|verheiratet|heiraten|schwanger|geworden|zum ersten mal|gelernt"
    r"|(?:das )?erste mal"  # "das erste Mal Patin, mit 67!"
    r"|ausgezogen|verlassen|gestorben|gearbeitet|arbeiten|schule|ausbildung|führerschein|volljährig|minderjährig"
    r"|abitur|abi|abschluss|prüfung|bestanden|nachgeholt|geschafft|gemacht"
    r"|ich|er|sie|ihm|ihr|mir|mich|ihn)\b"
    # a baby's checks and weights: "U4 war unauffällig, …, 4.390 g mit 11 Wochen"
    r"|(?:\b(?:u\d{1,2}|baby|säugling|gewicht\w*)|\d ?g)\b"
)
# before "mit" a count, not an age: "ich rechne mit 20.", "zusammen mit 3"
_WITH_COUNT: Final = re.compile(
    r"(?:rechne\w*|zusammen|gemeinsam|bis|nur|insgesamt|Gruppe|Tisch|Zimmer) $", re.I
)


def _with_ages(text: str, low: str) -> Iterator[Span]:
    at = low.find("mit ")
    while at >= 0:
        m = _WITH_AGE.match(text, at)
        if (
            m is not None
            and _WITH_COUNT.search(text, max(0, at - 12), at) is None
            and 0 < (n := number_value(m.group("n"))) < 100
        ):
            if m.group("end") is not None:
                lo = max(text.rfind(".", 0, at), text.rfind("!", 0, at), text.rfind("?", 0, at), at - 100, 0)
                hi = min(len(low), m.end() + 60)
                if _LIFE_CUE.search(low, lo, hi) is None:
                    at = low.find("mit ", at + 1)
                    continue
            if m.group("unit") is None:
                yield m.start("n"), m.end("n"), "AGE", f"[Alter {age_band(n)}]"
            else:
                years = n // 12 if m.group("unit")[1] in "Mm" else n // 52
                yield m.start("n"), m.end("unit"), "AGE", f"[Alter {age_band(years)}]"
        at = low.find("mit ", at + 1)


# English in a chat: a person, "is"/"are" and a bare number ending the clause ("both boys are 5", "my son is 12 and
# …", "she's seven"), or the years or months with "old" ("7 years old", "a 5-year-old", "8 months old"); not "it is
# 5", "we are 5", "the bus is 17 minutes late"
_ENGLISH_NUMBER: Final = {
    w: v
    for v, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
} | {
    w: 10 * v
    for v, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], 2)
}
_ENGLISH_AGE: Final = re.compile(
    r"(?i:\b(?:he|she|they|both|boys|girls|kids|children|son|daughter|twins|baby|brother|sister|mom|mum|mother|dad"
    r"|father|grandma|grandpa|granny|grandmother|grandfather|wife|husband|aunt|uncle|cousin|boy|girl|kid|child"
    r"|oldest|eldest|youngest|little one|i)"
    r"(?: is|'s|’s| are|'re|’re| was| were| am|'m|’m| turns| turned| just turned| will be)"
    r"(?: (?:now|only|just|almost|nearly|already|about|also|both))?"
    rf" (?P<n>\d{{1,2}}|{'|'.join(_ENGLISH_NUMBER)})(?=[,;!?)]|\.(?!\d)| and\b| but\b| so\b| when\b| because\b|\s*$|\s+[^\w\s.,–-]))"
    rf"|(?i:\b(?P<o>\d{{1,2}}|{'|'.join(_ENGLISH_NUMBER)})(?: years?|-years?-| months?|-months?-| weeks?)[ -]?old\b)"
)
# where English gives an age ("am" and "was" are German words too: only after "i", "he", "she")
_ENGLISH_HINTS: Final = (
    " is ",
    " are ",
    "he's ",
    "he’s ",
    " were ",
    "he was ",
    "i was ",
    "i am ",
    "i'm ",
    "i’m ",
    "'re ",
    "’re ",
    " turned ",
    " turns ",
    " will be ",
    "years old",
    "year old",
    "year-old",
    "years-old",
    "months old",
    "month-old",
    "weeks old",
)


# an age in a sentence of another language the volunteers answer in: Turkish "23 yaşında", French "elle a 23 ans"
# (not "il y a 2 ans", two years ago), Spanish "tiene 23 años", Russian and Ukrainian "ему 23 года", "їй 23 роки" (not
# "… лет назад", years ago)
_FOREIGN_AGE: Final = re.compile(
    r"\b(?P<n>\d{1,2}) ya[şs][ıi]nda(?:y[ıi]m|s[ıi]n|d[ıi]r|ki|yken)?\b"
    r"|(?<![yY] )\b(?:[Jj]'ai|[Jj]’ai|a|avait|aura) (?P<fr>\d{1,2}) ans\b"
    r"|\b(?:[Tt]iene|[Tt]engo|[Tt]enía) (?P<es>\d{1,2}) años\b"
    r"|\b(?P<ru>\d{1,2}) (?:лет|года|год|років|роки|рік)\b(?! назад| тому)"
)
_FOREIGN_AGE_HINTS: Final = ("yaşında", "yasinda", "yaşinda", " ans", " años", " лет", " год", " рок", " рік")


def _foreign_ages(text: str) -> Iterator[Span]:
    for m in _FOREIGN_AGE.finditer(text):
        group = next(g for g in ("n", "fr", "es", "ru") if m.group(g) is not None)
        yield m.start(group), m.end(group), "AGE", f"[Alter {age_band(int(m.group(group)))}]"


def _english_ages(text: str) -> Iterator[Span]:
    for m in _ENGLISH_AGE.finditer(text):
        group = "n" if m.group("n") is not None else "o"
        word = m.group(group).lower()
        n = int(word) if word.isdigit() else _ENGLISH_NUMBER[word]
        if group == "o" and ("month" in m.group().lower() or "week" in m.group().lower()):
            n = 0
        yield m.start(group), m.end(group), "AGE", f"[Alter {age_band(n)}]"


# an age in a clause of time or reason: "als sie 14 war", "seit er 12 ist", "wenn die Kleine 3 wird"
_CLAUSE_AGE: Final = re.compile(
    r"\b(?:[Aa]ls|[Ss]eit|[Ss]eitdem|[Ww]eil|[Oo]bwohl|[Dd]ass|[Ww]enn|[Bb]is|[Ss]obald|[Nn]achdem|[Ww]o)"
    rf" (?:ich|er|sie|du|(?:der|die|mein|meine|sein|seine|ihr|ihre|unser|unsere|dein|deine) (?i:{PERSON_NOUN}))"
    r" (?:(?:erst|schon|gerade|grad|noch|fast|knapp|damals|gerade mal) )?"
    rf"(?P<n>\d{{1,2}}|{NUMBER_WORD}) (?:war|ist|wurde|wird|bin|bist|wäre|werde|geworden)\b"
)
# the answer to "wie alt …?": "wie alt ist er? 15", "Wie alt sind die Kinder? 4 und 7"
_ASKED_AGE: Final = re.compile(
    r"\b[Ww]ie alt (?:ist|sind|war|wird|bist|seid)(?: (?:er|sie|du|ihr)| [A-ZÄÖÜ][a-zäöüß]+"
    rf"| (?:der|die|dein|deine|sein|seine|ihr|ihre|eure|unsere) (?i:{PERSON_NOUN}))?(?: denn| eigentlich| jetzt)?"
    rf"\s*\?+\s*(?P<n>\d{{1,2}}|{NUMBER_WORD})\b(?![.,:]\d|\s?(?:Uhr|Euro|€|%|Minuten|Stunden|Jahre alt))"
)
# a person "von 9" with no unit, ending the clause: "ein Mädchen von 9", "eine Frau von vierzig,"
_PERSON_OF_AGE: Final = re.compile(  # tried at "von", the person's word before it (`_PERSON_OF_BEFORE`)
    rf"von (?P<n>\d{{1,2}}|{NUMBER_WORD})(?=[,;!?)]|\.(?!\d)|\s*$| und\b"
    # or a verb, written small where a noun is not: "ein Mädchen von 9 aufgenommen" (not "von 2 bis 3", "40 kilo")
    r"| (?!(?:bis|oder|zu|auf|kilo|kg|cm|jahre|jahren|monate|monaten|wochen|tage|tagen)\b)[a-zäöüß])"
)
# a birthday by its number, the word left out: "hat ihren 18. gefeiert", "danke für die Blumen zum 60. 💐"
_BIRTHDAY_NUMBER: Final = re.compile(
    r"\b(?:[Ii]hren|[Ss]einen|[Mm]einen|[Dd]einen|[Zz]um) (?P<n>\d{1,2})\."
    r"(?P<party> (?:gefeiert|feiern|feiert|feierte|gratuliert)\b|\s*[!\U0001F300-\U0001FAFF])"
)
_CELEBRATION: Final = re.compile(r"feier|gratul|glückwunsch|geburtstag|blumen|geschenk|[🎂🎉🎈💐🥳🎁]", re.I)


def _heads(low: str, heads: tuple[str, ...]) -> Iterator[int]:
    """Where each of `heads` begins a word in the lowercased text: a pattern that begins with one of them is tried
    there with `match` (one that begins with a word boundary and an alternation makes `finditer` try every
    position)."""
    for head in heads:
        at = low.find(head)
        while at >= 0:
            if at == 0 or not low[at - 1].isalnum():
                yield at
            at = low.find(head, at + 1)


# the age someone claims or wants: "gibt an, 16 zu sein", "behauptet, erst siebzehn zu sein" (not "um 5 da zu sein")
_CLAIMED_AGE: Final = re.compile(
    rf"(?:^|[,;:] |\b(?:an|behauptet|angeblich|vorgibt|gibt|erst|schon|noch|fast|knapp) )"
    rf"(?:(?:erst|schon|noch|fast|knapp) )?(?P<n>\d{{1,2}}|{NUMBER_WORD}) zu sein\b"
)
_CLAUSE_HEADS: Final = (
    "als ",
    "seit ",
    "seitdem ",
    "weil ",
    "obwohl ",
    "dass ",
    "wenn ",
    "bis ",
    "sobald ",
    "nachdem ",
    "wo ",
)
_BIRTHDAY_HEADS: Final = ("ihren ", "seinen ", "meinen ", "deinen ", "zum ")
_PERSON_OF_BEFORE: Final = re.compile(
    r"(?i:junge|jungen|mädchen|kind|frau|mann|baby|jugendliche[rn]?|teenager) $"
)


def _more_ages(text: str, low: str) -> Iterator[Span]:
    """The ages of `_CLAUSE_AGE`, `_ASKED_AGE`, `_PERSON_OF_AGE` and `_BIRTHDAY_NUMBER`, each tried where its
    first word stands."""
    found = []
    for at in _heads(low, _CLAUSE_HEADS):
        if (m := _CLAUSE_AGE.match(text, at)) is not None:
            found.append(m)
    if "wie alt" in low:
        found += _ASKED_AGE.finditer(text)
    at = low.find(" von ")
    while at >= 0:
        if (
            _PERSON_OF_BEFORE.search(text, max(0, at - 14), at + 1) is not None
            and (m := _PERSON_OF_AGE.match(text, at + 1)) is not None
        ):
            found.append(m)
        at = low.find(" von ", at + 1)
    at = low.find(" zu sein")
    while at >= 0:  # "gibt an, 16 zu sein": the age someone claims
        if (m := _CLAIMED_AGE.search(text, max(0, at - 24), at + 8)) is not None:
            found.append(m)
        at = low.find(" zu sein", at + 1)
    for m in found:
        yield m.start("n"), m.end("n"), "AGE", f"[Alter {age_band(number_value(m.group('n')))}]"
    for at in _heads(low, _BIRTHDAY_HEADS):
        if (
            low[at:].split(" ", 1)[-1][:1].isdigit()
            and (m := _BIRTHDAY_NUMBER.match(text, at)) is not None
            # a date's day is no birthday: "zum 1. !" is one where the text speaks of celebrating
            and (m.group("party").strip()[:1].isalpha() or _CELEBRATION.search(text) is not None)
        ):
            yield m.start("n"), m.end("n") + 1, "AGE", f"[Alter {age_band(int(m.group('n')))}]"


# the person after its verb, the age ending the clause: "heute ist er 20.", "damals war sie erst vierzehn"
_INVERTED_AGE: Final = re.compile(
    r"(?:ist|is|isch|war|wird|wurde) (?:er|sie) (?:(?:noch|erst|schon|jetzt|gerade|grad|fast|bald|knapp|damals"
    r"|inzwischen|offiziell|mittlerweile|eigentlich) )?"
    rf"(?P<n>\d{{1,2}}|{NUMBER_WORD})(?=[;!?)]|[.,](?!\d)| und\b|\s*$|\s+[^\w\s.,–-])"
)
_INVERTED_HINTS: Final = tuple(
    f" {v} {p} " for v in ("ist", "is", "isch", "war", "wird", "wurde") for p in ("er", "sie")
)


def _inverted_ages(text: str) -> Iterator[Span]:
    for hint in _INVERTED_HINTS:
        at = text.find(hint)
        while at >= 0:
            m = _INVERTED_AGE.match(text, at + 1)
            if m is not None:
                yield m.start("n"), m.end("n"), "AGE", f"[Alter {age_band(number_value(m.group('n')))}]"
            at = text.find(hint, at + 1)


# "17 ist 17", "18 ist 18": a saying about an age, which no amount or time is said by (an age of ten or more)
_SAME_AGE: Final = re.compile(
    r"(?<![\w.,:/-])([1-9]\d) ist \1(?!\w|[.,:/-]\d|\s?(?:Uhr|Euro|€|%|Jahre|Monate))"
)


def _kin_spelled_ages(text: str) -> Iterator[Span]:
    """The matches of `_KIN_SPELLED_AGE` after a word for a person (`_PERSON_NOUNS`), tried where " ist ", " war ",
    " wird " or " is " stands."""
    for verb in (" ist ", " war ", " wird ", " is "):
        at = text.find(verb)
        while at >= 0:
            m = _KIN_SPELLED_AGE.match(text, at + 1)
            if m is not None and _person_noun_before(text, m.start("n")):
                yield m.start("n"), m.end("n"), "AGE", f"[Alter {age_band(_word_value(m.group('n')))}]"
            at = text.find(verb, at + 1)


# two children's ages after a plural pronoun, ending the clause: "die zwei Großen, die sind 5 und 3."
PLURAL_PRONOUN_AGES: Final = re.compile(
    r"\b(?:[Dd]ie|[Ss]ie|[Bb]eide) sind (?:(?:jetzt|erst|schon|gerade) )?"
    rf"(?P<a>\d{{1,2}}|{NUMBER_WORD}) und (?P<b>\d{{1,2}}|{NUMBER_WORD})(?=[;!?)]|[.,](?!\d)|\s*$|\s+[^\w\s.,–-])"
)


def _pronoun_ages(text: str) -> list[re.Match[str]]:
    """What `PRONOUN_AGE.finditer(text)` yields. A match begins with a pronoun of two or three letters right
    before " ist ", so `match` is tried only there: the `\\b` that begins the pattern makes `finditer` try every
    position of the text."""
    found: list[re.Match[str]] = []
    for verb in (" ist ", " is "):  # "is": how chat and speech recognition write "ist"
        end = 0
        at = text.find(verb)
        while at >= 0:
            for start in (at - 3, at - 2):
                if start >= end and (m := PRONOUN_AGE.match(text, start)) is not None:
                    end = m.end()
                    found.append(m)
                    break
            at = text.find(verb, at + 1)
    return sorted(found, key=lambda m: m.start())


# "Abi (neunzehn)": a number in words in brackets after a word, where "(34)" is an age too
PAREN_SPELLED_AGE: Final = re.compile(rf"(?<=[\w\]] )\((?P<w3>{NUMBER_WORD})\)", re.IGNORECASE)


def _paren_spelled_ages(text: str) -> list[re.Match[str]]:
    """What `PAREN_SPELLED_AGE.finditer(text)` yields: a match begins at its "(", where `match` is tried (the
    lookbehind that begins the pattern makes `finditer` try every position)."""
    found: list[re.Match[str]] = []
    end = 0
    at = text.find("(")
    while at >= 0:
        if at >= end and (m := PAREN_SPELLED_AGE.match(text, at)) is not None:
            end = m.end()
            found.append(m)
        at = text.find("(", at + 1)
    return found


def number_value(word: str) -> int:
    """The value of an age in digits or in words: "34", "fünfzehn", "sechsundzwanzig"."""
    whole = len(word) - len(word.lstrip("0123456789"))  # a toddler's "1,5" or "2 1/2" by its whole years
    return int(word[:whole]) if whole else _word_value(word)


def _word_value(word: str) -> int:
    word = word.casefold()
    if word == "anderthalb":
        return 1
    word = word.removesuffix("einhalb") or word  # "zweieinhalb" is two (years) and a half
    if word in _NUMBER_VALUES:
        return _NUMBER_VALUES[word]
    if "und" in word:
        unit, tens = word.split("und", 1)
        return _NUMBER_VALUES.get(unit, 0) + _TEN_VALUES.get(tens, 0)
    return _TEN_VALUES.get(word, 0)


def _spelled_ages(text: str, low: str, flow: str | None = None) -> Iterator[Span]:
    if " ist " in text or " is " in text:
        for m in _pronoun_ages(text):
            yield m.start("n"), m.end("n"), "AGE", f"[Alter {age_band(number_value(m.group('n')))}]"
    if " sind " in text and " und " in text:
        for m in PLURAL_PRONOUN_AGES.finditer(text):
            for part in ("a", "b"):
                yield m.start(part), m.end(part), "AGE", f"[Alter {age_band(number_value(m.group(part)))}]"
    if "mit " in low:
        yield from _with_ages(text, low)
    yield from _more_ages(text, low)
    if any(hint in low for hint in _ENGLISH_HINTS):
        yield from _english_ages(text)
    if any(hint in low for hint in _FOREIGN_AGE_HINTS):
        yield from _foreign_ages(text)
    if " ist " in text or " is " in text or " war " in text or " wird " in text:
        yield from _kin_spelled_ages(text)
        if " ist " in text:
            at = text.find(" ist ")
            while at >= 0:  # the pattern begins with a lookbehind: `finditer` would try every position
                if at >= 2 and text[at - 1].isdigit() and (same := _SAME_AGE.match(text, at - 2)) is not None:
                    band = f"[Alter {age_band(int(same.group(1)))}]"
                    yield same.start(1), same.end(1), "AGE", band
                    yield same.end() - len(same.group(1)), same.end(), "AGE", band
                at = text.find(" ist ", at + 1)
        if " er " in text or " sie " in text:
            yield from _inverted_ages(text)
    if "(" in text:
        for m in _paren_spelled_ages(text):
            yield m.start("w3"), m.end("w3"), "AGE", f"[Alter {age_band(_word_value(m.group('w3')))}]"
    # every branch holds one of the hints, near its number: the pattern runs only in windows around them
    seen: set[int] = set()
    matches = []
    if flow is None:  # `low` with the case-folding letters folded (`_folded`)
        flow = _folded(low)
    for hint in _SPELLED_HINTS:
        at = low.find(hint)
        while at >= 0:
            lo, hi = max(0, at - 45), min(len(text), at + len(hint) + 20)
            if not _spelled_window(flow, lo, hi):
                at = low.find(hint, at + 1)
                continue
            for m in SPELLED_AGE.finditer(text, lo, hi):
                if m.start() not in seen:
                    seen.add(m.start())
                    matches.append(m)
            at = low.find(hint, at + 1)
    for m in sorted(matches, key=lambda m: m.start()):
        group = m.lastgroup
        if group is None:
            continue
        value = m.group(group)
        if group in ("d1", "d2", "m1", "m2"):
            n = int(value) if group in ("d1", "d2") else 0
            if group in ("d2", "m1") and not _age_subject(text, m.start(group)):
                continue
        else:
            n = _word_value(value)
            # "ist elf geworden": a person, in chat written small too ("aram ist grad elf geworden"), not "es"
            if group == "w2" and not (
                _age_subject(text, m.start(group))
                or (
                    (w := _AGE_SUBJECT.search(text, max(0, m.start() - 40), m.start(group))) is not None
                    and w.group(2).casefold() not in _AGE_NOT_SUBJECT
                )
            ):
                continue
        if group == "w1":
            suffix = _YEARS_OLD_SUFFIX.match(text, m.end(group))
            if suffix is not None:  # "sechzehnjährige": the ending stays
                yield m.start(group), m.end(), "AGE", f"[{age_band(n)}]{text[m.end(group) : m.end()]}"
                continue
            yield m.start(group), m.end(), "AGE", f"[Alter {age_band(n)}]"
        elif group in ("m1", "m2"):
            yield m.start(group), m.end(), "AGE", f"[Alter {age_band(n)}]"  # "drei Wochen", "3 Wochen alt"
        else:
            yield m.start(group), m.end(group), "AGE", f"[Alter {age_band(n)}]"


def _listed_ages(
    pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]], shown: str
) -> Iterator[Span]:
    """Each number of a list of ages (group 1 of `pattern`) is one age: "Kinder (3, 7 und 12)"."""
    for m in _scan(pattern, text, windows):
        for number in _LISTED_AGE_ITEM.finditer(text, m.start(1), m.end(1)):
            yield number.start(), number.end(), "AGE", shown.format(age_band(number_value(number.group())))


def _ages(text: str, windows: list[tuple[int, int]], starts: list[int]) -> Iterator[Span]:
    """AGE_PARTS and AGE_KEYWORD, merged as if they were one alternation run by `finditer`: a keyword match
    ("Alter: 34") swallows the number inside it."""
    keyed = list(_scan(AGE_KEYWORD, text, windows)) if any(h in text for h in _AGE_HINTS) else []
    matches = list(_anchored(AGE_PARTS, text, windows, starts)) if starts else []
    if keyed:
        matches = [m for m in matches if not any(k.start() <= m.start() < k.end() for k in keyed)] + keyed
        matches.sort(key=lambda m: m.start())
    for m in matches:
        for group in ("n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10"):
            if group in m.re.groupindex and m.group(group) is not None:
                value = m.group(group)
                n = number_value(value)  # "1,5" and "2½" by their whole years
                if n > 120 or (n >= 10 and not value.isdecimal()):
                    break  # only a small child's age has a half: "ist 39,5" is a fever
                if group in ("n7", "n8", "n9"):
                    if _age_subject(text, m.start()):
                        yield m.start(group), m.end(), "AGE", f"[Alter {age_band(n)}]"
                elif group == "n10":
                    noun = m.group("noun10").lower()
                    if noun not in _PERSON_NOUNS and not noun.startswith(_INFANT_STEMS):
                        break
                    months = n * 12 // 52 if m.group("unit10")[0] in "Ww" else n
                    yield m.start(group), m.start("noun10") - 1, "AGE", f"[Alter {age_band(months // 12)}]"
                elif group == "n1":
                    # "34-jährige": the span holds the ending, the replacement keeps it, as "sechzehnjährige" does
                    suffix = _YEARS_OLD_SUFFIX.match(text, m.end(group))
                    end = suffix.end() if suffix is not None else m.end(group)
                    yield m.start(group), end, "AGE", f"[{age_band(n)}]{text[m.end(group) : end]}"
                elif group == "n4":
                    start = m.start("about") if m.group("about") else m.start(group)
                    yield start, m.end(), "AGE", f"[Alter {age_band(n)}]"
                elif group == "n3" and text[m.start() - 3 : m.start()] == ". (":
                    # after an initial, a person's only after a salutation or a relative: "Tochter M. (19)", not
                    # "Siehe S. (12)"
                    if _INITIAL_OWNER.search(text, max(0, m.start() - 30), m.start() - 3) is not None:
                        yield m.start(), m.end(), "AGE", f"[Alter {age_band(n)}]"
                else:
                    hedge = (
                        _HEDGE_IN_BRACKET.search(text, max(0, m.start() - 6), m.start())
                        if group == "n3"
                        else None
                    )
                    yield hedge.start() if hedge else m.start(), m.end(), "AGE", f"[Alter {age_band(n)}]"
                break


# nouns that end like a street and name none ("Gastfreundschaft ist keine Einbahnstraße")
_STREET_NOUNS: Final = frozenset(
    [
        "einbahnstraße",
        "landstraße",
        "bundesstraße",
        "kreisstraße",
        "seitenstraße",
        "nebenstraße",
        "hauptverkehrsstraße",
        "durchgangsstraße",
        "umgehungsstraße",
        "spielstraße",
        "wohnstraße",
        "fahrradstraße",
        "sackgasse",
        "seitengasse",
    ]
)


def _street_names(text: str) -> Iterator[Span]:
    for m in STREET_NAME.finditer(text):
        if m.group().lower() not in _STREET_NOUNS:  # lower, not casefold: "ß" stays
            yield m.start(), m.end(), "ADDRESS", REPLACEMENT["ADDRESS"]


# a house number in digits, or said in words as speech recognition writes it ("horster straße hundertzwölf"; not
# "ein", an article)
_LOWER_NUMBER: Final = (
    rf"(?:\d{{1,4}}[a-z]?|(?!ein\b)(?:(?:{_UNITS})?hundert(?:und)?)?{NUMBER_WORD}|(?:{_UNITS})?hundert)\b(?![.,]\d)"
    r"(?!\s?(?i:uhr|euro|€|%|jahre|jahren|monate|wochen|tage|stunden|minuten|mal|km|meter|kinder|leute|personen"
    r"|häuser|häusern|ecken|ampeln|min|std)\b)"
)
# Streets in lowercase chat ("in der bahnhofstraße 17", "am lindenallee 31"): a compound with a street's ending, a
# shorter ending only with its number ("birkenweg 3"), and a town's adjective in "-er" after an article, which an
# ordinary adjective cannot be ("in die fürstenberger straße"; "in der ruhigen straße" inflects), or before a
# number without the article
LOWER_STREET: Final = re.compile(
    r"(?<![\w-])(?:[a-zäöüß][a-zäöüß-]{2,}(?:straße|strasse|gasse|allee|chaussee)(?:\s?"
    + _LOWER_NUMBER
    + ")?"
    r"|[a-zäöüß][a-zäöüß-]{2,}(?:str\.?|weg|platz|ring|damm)\s?" + _LOWER_NUMBER + "|"
    r"(?<=\b(?:die|der|den) )[a-zäöü][a-zäöüß]{3,}er (?:straße|strasse|str\.|allee|weg|platz|ring)"
    r"(?:\s?" + _LOWER_NUMBER + r")?(?![\w-])"
    # with its number, a town's adjective needs no article: "die wohnung wolkensteiner str 12", nor an adjective of
    # the street's own name: "lange straße 3", "hohe gasse 7" (not "die nächste straße 2 häuser weiter")
    r"|(?!(?:nächste|letzte|erste|zweite|dritte|andere|eine|keine|diese|jede|meine|deine|seine|ihre|unsere|selbe"
    r"|gleiche|richtige|falsche)\s)"
    r"[a-zäöü][a-zäöüß]{2,}er? (?:straße|strasse|str\.?|allee|weg|platz|ring|gasse) ?" + _LOWER_NUMBER + ")"
)
_LOWER_STREET_HINTS: Final = ("straße", "strasse", "gasse", "allee", "chaussee")
# the endings a lowercase street has only with its number ("birkenweg 3"): looked for where a digit is
_LOWER_NUMBERED_HINTS: Final = ("str", "weg ", "platz ", "ring ", "damm ")


def _lower_streets(text: str) -> Iterator[Span]:
    for m in LOWER_STREET.finditer(text):
        street = m.group().split(" ", 1)[0].rstrip("0123456789")
        if street.lower() not in _STREET_NOUNS:
            yield m.start(), m.end(), "ADDRESS", REPLACEMENT["ADDRESS"]


def _person_noun_before(text: str, start: int) -> bool:
    """Whether the subject before an age without "Jahre" is a word for a person ("der älteste ist", "seine oma
    war damals"), not a name or a pronoun."""
    m = _AGE_SUBJECT.search(text, max(0, start - 40), start)
    return m is not None and m.group(2).lower() in _PERSON_NOUNS  # lower, not casefold: "ß" stays


def _age_subject(text: str, start: int) -> bool:
    """Whether the words before an age without "Jahre" ("Bilal ist 12", "er erst 14") name a person."""
    m = _AGE_SUBJECT.search(text, max(0, start - 40), start)
    if m is None:
        return False
    before, word = (m.group(1) or "").casefold(), m.group(2)
    folded = word.casefold()
    if word.lower() in _PERSON_NOUNS:  # lower, not casefold: "ß" stays ("Großmutter")
        return True
    if folded in _AGE_NOT_SUBJECT or word.isdigit() or before in _AGE_DETERMINERS:
        return False  # "die Wartezeit ist 6" is a thing
    return word[:1].isupper() or word in ("er", "sie")


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the characters of `spans` replaced by spaces."""
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        start = max(start, pos)
        if end <= start:
            continue
        out += (text[pos:start], " " * (end - start))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _lowers_alone(text: str) -> bool:
    """Whether each character of `text` lowers alike wherever it stands, so that blanking some of them and
    lowering commute: `str.lower` reads the context of a capital sigma alone (a final "ς" or "σ")."""
    return "\u03a3" not in text


def _phone_leads(masked: str) -> list[int]:
    """Where a "+" stands, or a "0" that begins a word (PHONE_CANDIDATE's `\\b0` and `\\(0`; a zero inside a
    number starts none), in order: found with `str.find` (a regex scan makes a match object per zero)."""
    found: list[int] = []
    at = masked.find("+")
    while at >= 0:
        found.append(at)
        at = masked.find("+", at + 1)
    at = masked.find("0")
    while at >= 0:
        if at == 0 or not (masked[at - 1].isalnum() or masked[at - 1] == "_"):  # `\w`, as `re` reads it
            found.append(at)
        at = masked.find("0", at + 1)
    found.sort()
    return found


def _phone_candidates(masked: str) -> Iterator[re.Match[str]]:
    """What `PHONE_CANDIDATE.finditer(masked)` yields: a candidate starts at "+", "0" or "(0", so it is
    only tried there."""
    end = 0
    for pos in _phone_leads(masked):
        if pos < end:
            continue
        m = None
        if pos - 1 >= end and masked[pos] == "0" and masked[pos - 1 : pos] == "(":
            m = PHONE_CANDIDATE.match(masked, pos - 1)
        if m is None:
            m = PHONE_CANDIDATE.match(masked, pos)
        if m is not None:
            end = m.end()
            yield m


_CLOSING: Final = {"(": ")", "[": "]", "［": "］", "（": "）"}


def _phone_matches(window: str) -> tuple[tuple[int, int], ...]:
    import phonenumbers

    return tuple(
        (match.start, match.end)
        for match in phonenumbers.PhoneNumberMatcher(window, "DE", leniency=phonenumbers.Leniency.VALID)
    )


def _past_open_bracket(text: str, start: int, end: int) -> int:
    """The matcher's span starts at a bracket before the number ("Demir (0157 3344 5566) beim"): masking it
    would leave "[Telefon])" behind, so the span starts after a bracket that it does not close itself."""
    closing = _CLOSING.get(text[start : start + 1])
    return start + 1 if closing is not None and closing not in text[start:end] else start


# A candidate of only digits, spaces, dashes and a leading "+" passes every check that PhoneNumberMatcher
# makes before it parses (brackets, "12-34 (5" page references, "05/03/24" dates need "(", "/"), except the
# time stamp, which this excludes. Its national prefix is present ("0…") or it is international ("+…").
# So when such a candidate parses to a valid number, the matcher would return the candidate whole, and the
# matcher (twice the cost of parse + is_valid_number) is left for the rest.
_OPENING: Final = frozenset("([［（＋+")  # a phone number may start with one, says the matcher
_PHONE_PLAIN: Final = re.compile(r"\+?[\d \-–]+")
_PHONE_TIME_STAMP: Final = re.compile(r"[12]\d{3}-?[01]\d-?[0-3]\d +[0-2]\d$")


def _plain_phone(candidate: str, before: str, after: str) -> bool:
    """True if `candidate`, between the characters `before` and `after`, is a whole valid number."""
    import phonenumbers

    if not _PHONE_PLAIN.fullmatch(candidate) or _PHONE_TIME_STAMP.search(candidate) or before in _OPENING:
        return False  # the matcher's span could start at that bracket or "+" ("++49…")
    # the matcher's edge rule at Leniency.VALID: no latin letter, "%" or currency sign next to the number
    for ch in (before if candidate[0] != "+" else "", after):
        if ch and (ch == "%" or ch.isalpha() or unicodedata.category(ch) == "Sc"):
            return False
    valid = _german_valid(candidate)
    if valid is not None:
        return valid
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(candidate, "DE"))
    except phonenumbers.NumberParseException:
        return False


def _german_valid(candidate: str) -> bool | None:
    """`is_valid_number(parse(candidate, "DE"))` for a German candidate of ASCII digits, spaces and "-": "+49 …"
    or national ("0…", not "00…"), the numbers notes give most. None for any other candidate (another
    country, an international prefix, fewer than three digits), which the caller parses.

    `parse` spends most of its time on what such a candidate does not hold (extensions, letters, brackets,
    other scripts' digits, RFC 3966): for it, `parse` takes the country code, strips the national prefix and
    checks the lengths as below, with its own helpers. `is_valid_number` then asks whether the number has a
    type, trying the type patterns one by one in Python: `_german_types` holds them by length (a tenth of the
    cost). tests/anonymize/test_speedups.py compares the two."""
    import phonenumbers  # `from phonenumbers import …` would run importlib's Python code on every call

    if not candidate.isascii():
        return None
    plus = candidate[:1] == "+"
    digits = (candidate[1:] if plus else candidate).replace(" ", "").replace("-", "")
    if len(digits) < 3 or not digits.isdigit():
        return None  # `parse` may not find it viable; or not a plain candidate
    if plus:
        if not digits.startswith("49"):
            return None
        national = digits[2:]  # "4" is no country code, "49" is Germany's
    elif digits[0] == "0" and digits[1] != "0":
        national = digits
    else:
        return None
    util = phonenumbers.phonenumberutil
    metadata = phonenumbers.PhoneMetadata.metadata_for_region("DE")
    try:  # private helpers: another version of phonenumbers may lack them, then the caller parses
        min_length = util._MIN_LENGTH_FOR_NSN
        max_length = util._MAX_LENGTH_FOR_NSN
        strip_prefix = util._maybe_strip_national_prefix_carrier_code
        test_length = util._test_number_length
        short = util.ValidationResult
    except AttributeError:
        return None
    if metadata is None or len(national) < min_length:
        return None if metadata is None else False
    _, potential, _ = strip_prefix(national, metadata)
    if test_length(potential, metadata) not in (
        short.TOO_SHORT,
        short.IS_POSSIBLE_LOCAL_ONLY,
        short.INVALID_LENGTH,
    ):
        national = potential
    if not min_length <= len(national) <= max_length:
        return False
    if not _GERMAN_TYPES:
        _GERMAN_TYPES.append(_number_types(metadata, max_length))
    found = _GERMAN_TYPES[0].get(len(national))
    return (
        found is not None
        and found[0].fullmatch(national) is not None
        and any(rx.fullmatch(national) is not None for rx in found[1])
    )


# Built on the first German candidate (its patterns are compiled then): one dict, appended whole, so that a
# thread never sees it half built.
_GERMAN_TYPES: list[dict[int, tuple[re.Pattern[str], list[re.Pattern[str]]]]] = []


def _number_types(metadata: Any, longest: int) -> dict[int, tuple[re.Pattern[str], list[re.Pattern[str]]]]:
    """For each length a national number of `metadata`'s country can have: the general pattern it must match
    and the patterns of its types, of which it must match one. That is `is_valid_number` asking
    `_number_type_helper` for a type other than UNKNOWN: a description counts where it has a pattern and the
    number's length is one of its possible lengths (any, if it names none); mobile numbers only where their
    pattern is not the fixed lines' one, as there."""

    def usable(desc: Any, length: int) -> re.Pattern[str] | None:
        if desc is None or not desc.national_number_pattern:
            return None
        if desc.possible_length and length not in desc.possible_length:
            return None
        return re.compile(desc.national_number_pattern)

    kinds = [
        metadata.premium_rate,
        metadata.toll_free,
        metadata.shared_cost,
        metadata.voip,
        metadata.personal_number,
        metadata.pager,
        metadata.uan,
        metadata.voicemail,
        metadata.fixed_line,
    ]
    if not metadata.same_mobile_and_fixed_line_pattern:
        kinds.append(metadata.mobile)
    out: dict[int, tuple[re.Pattern[str], list[re.Pattern[str]]]] = {}
    for length in range(1, longest + 1):
        general = usable(metadata.general_desc, length)
        types = [rx for desc in kinds if (rx := usable(desc, length)) is not None]
        if general is not None and types:
            out[length] = (general, types)
    return out


# a number dictated digit by digit: "null eins fünf neun null drei …" (seven digits at least, as a phone has),
# with the "plus" of a country code said before it ("plus vier neun eins fünf …" is +49 15…)
SPOKEN_DIGITS: Final = re.compile(
    rf"(?<!\w)(?:plus\s+)?(?:{_DIGIT_WORD})(?:[\s,/-]+(?:{_DIGIT_WORD})){{6,}}(?!\w)",
    re.IGNORECASE,
)


# A phone number dictated in pairs after its area code, as Germans say it: "null eins sieben sechs, zweiundvierzig,
# achtzehn, dreiunddreißig" (it begins with "null" or the "plus" of a country code, and has seven digits at least)
_DIGIT_OR_PAIR = rf"(?:(?:{_TWO_DIGITS_WORD})|{_DIGIT_WORD})"
SPOKEN_PAIRS: Final = re.compile(
    rf"(?<!\w)(?:plus\s+{_DIGIT_OR_PAIR}|null)(?:[\s,/-]+{_DIGIT_OR_PAIR}){{3,}}(?!\w)"
    r"(?!\s?(?:grad|°|euro|€|prozent|%|uhr|leute|personen|jahre|minuten|punkte|tore)\b)",
    re.IGNORECASE,
)


def spoken_phones(text: str) -> Iterator[Span]:
    """Phone numbers dictated in words; counting ("eins, zwei, drei, vier …", each one more) is none. A number said
    digit by digit, then in pairs ("null eins sechs null, neun vier vier, zwölf, dreiundachtzig") is one number:
    the pairs' match, which reaches further, wins over the digits' one inside it."""
    found: list[tuple[int, int]] = []
    for m in SPOKEN_DIGITS.finditer(text):
        digits = [_DIGIT_WORDS[w.lower()] for w in re.findall(r"\w+", m.group()) if w.lower() != "plus"]
        if any(b != a + 1 for a, b in itertools.pairwise(digits)):
            found.append(m.span())
    for m in SPOKEN_PAIRS.finditer(text):
        words = [w.lower() for w in re.findall(r"\w+", m.group()) if w.lower() != "plus"]
        pairs = sum(w not in _DIGIT_WORDS for w in words)
        if pairs and len(words) + pairs >= 7 and not any(s <= m.start() and m.end() <= e for s, e in found):
            # one number: the digits' matches it touches are joined to it
            touched = [(s, e) for s, e in found if s < m.end() and m.start() < e]
            found = [span for span in found if span not in touched]
            found.append(
                (min([m.start(), *(s for s, _ in touched)]), max([m.end(), *(e for _, e in touched)]))
            )
    for start, end in sorted(found):
        yield start, end, "PHONE", REPLACEMENT["PHONE"]


def find_phones(
    text: str,
    blocked: list[tuple[int, int]],
    runs: list[tuple[int, int]] | None = None,
    low: str | None = None,
) -> Iterator[Span]:
    """Phone numbers via `phonenumbers` (Leniency.VALID), run only on digit-bearing candidates.

    `blocked` spans (dates, IBANs …) are blanked first, so "03.05.2025" is never read as a number. `runs`, `low`:
    the text's `digit_runs` and `lowered` text, if the caller has them.
    """
    if not (runs if runs is not None else _DIGIT_RUN.search(text)):
        return
    masked = _blank(text, blocked)
    keyed: list[tuple[int, int]] = []
    low = _blank(low, blocked) if low is not None and _lowers_alone(text) else lowered(masked)
    if any(hint in low for hint in _PHONE_HINTS):
        for m in _at_hints(PHONE_KEYWORD, low, low, _PHONE_HINTS):  # each keyword begins with a hint
            if sum(c.isdigit() for c in m.group(1)) >= 5:
                keyed.append(m.span(1))
                yield m.start(1), m.end(1), "PHONE", REPLACEMENT["PHONE"]
    for cand in _phone_candidates(masked):
        start, end = cand.span()
        # "Tel. 0176 …": a number inside a keyword match is masked as a phone by that longer span whatever
        # phonenumbers says (equal label, the longer span wins), so parsing it would change nothing. The
        # matcher's span can reach one character further left only over an opening bracket.
        if masked[start - 1 : start] not in _OPENING and any(ks <= start and end <= ke for ks, ke in keyed):
            continue
        if _plain_phone(cand.group(), masked[start - 1 : start], masked[end : end + 1]):
            yield start, end, "PHONE", REPLACEMENT["PHONE"]
            continue
        lo = max(0, start - 1)
        window = masked[lo : cand.end() + 1]
        for start, end in _phone_matches(window):
            yield lo + _past_open_bracket(window, start, end), lo + end, "PHONE", REPLACEMENT["PHONE"]
