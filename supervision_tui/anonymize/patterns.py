"""Layer 1: structured identifiers found by regular expressions, checksums and `phonenumbers`.

Every detector yields candidate spans `(start, end, label, replacement)`; the engine resolves overlaps by
priority (see `PRIORITY`), so a date is never taken for a phone number and an address wins over a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Span = tuple[int, int, str, str]

# Replacement texts for the labels (readable German); PERSON gets "[Person A]" etc. from the engine.
REPLACEMENT = {
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
PRIORITY = {
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
PLACEHOLDER = re.compile(
    r"\[(?:Person [A-Z]{1,3}|E-Mail|URL|Handle|Telefon|IBAN|Kennung|Kennzeichen|Adresse|Ort|Datum|Nummer"
    r"|Alter \d{1,3}–\d{1,3}|\d{1,3}–\d{1,3})\]"
)

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
URL = re.compile(
    r"(?i)\b(?:https?://|www\.)[^\s<>\"]+"
    r"|\b(?:[a-z0-9-]+\.)+(?:de|com|org|net|eu|info|io|me|at|ch|app|online)(?:/[^\s<>\"]*)?(?![\w@])"
)
HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){3,7}(?:[ ]?[A-Z0-9]{1,3})?\b")

_MONTH = (
    r"(?:Januar|Jänner|Jan|Februar|Feber|Feb|März|Maerz|Mär|April|Apr|Mai|Juni|Jun|Juli|Jul|August|Aug"
    r"|September|Sept|Sep|Oktober|Okt|November|Nov|Dezember|Dez)"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MON = r"(?:0?[1-9]|1[0-2])"
DATE = re.compile(
    rf"\b{_DAY}\s?[./]\s?{_MON}\s?[./]\s?(?:19|20)?\d{{2}}\b(?![.,]\d)"
    rf"|\b{_DAY}-{_MON}-(?:19|20)\d{{2}}\b"
    rf"|\b(?:19|20)\d{{2}}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b"
    rf"|\b{_DAY}\.\s?{_MON}\.(?!\d)(?!\s?(?:Uhr|h\b))"
    rf"|\b{_DAY}(?:\.|ten|ter)?\s?{_MONTH}\b\.?(?:\s+(?:19|20)?\d{{2}}(?!\d))?"
)
# matched against the lowercased text (case-insensitive alternations are slow in `re`)
BIRTH_YEAR = re.compile(
    r"(?:geb\.|geboren(?:\s+(?:am|im))?|geburtsdatum:?|geb\.-datum:?|jahrgang(?:\s+(?:ist|war))?|jg\.)\s*"
    rf"(?:{_MONTH.lower()}\s+)?(?:19|20)\d{{2}}\b"
)

_ID_KEYWORDS = (
    r"steuer-?id(?:entifikationsnummer)?|idnr\.?|steuernummer|st\.?-?nr\.?|versicherten-?nummer|"
    r"versicherungsnummer|kv-?nr\.?|krankenversicherten-?nummer|rentenversicherungsnummer|sv-?nummer|"
    r"sozialversicherungsnummer|ausweis-?nummer|ausweis-?nr\.?|personalausweis-?nummer|pass-?nummer|"
    r"pass-?nr\.?|reisepass-?nummer|azr-?nummer|azr-?nr\.?|bamf-?aktenzeichen|aktenzeichen|az\.?|"
    r"geschäftszeichen|gz\.?|kunden-?nummer|kunden-?nr\.?|bg-?nummer|bg-?nr\.?|bedarfsgemeinschafts-?nummer|"
    r"aufenthaltstitel-?nr\.?|vorgangs-?nummer|fall-?nummer|mitglieds-?nummer|vertrags-?nummer|"
    r"referenz-?nummer|ref\.|ticket-?nummer|akten-?nummer|zeichen"
)
# matched against the lowercased text; the ID itself is then read from the original
ID_AFTER_KEYWORD = re.compile(
    rf"\b(?:{_ID_KEYWORDS})(?:\s*(?:ist|lautet|:|#|-|\.))*\s*"
    r"((?=[a-z0-9./\- ]*\d)[a-z0-9](?:[a-z0-9./\-]|\s(?=[a-z0-9/-]*\d))*[a-z0-9])"
)
ID_FORMS = re.compile(
    r"\b[A-Z]\d{9}\b"  # health-insurance number (KVNR)
    r"|\b(?=[A-Z0-9]*\d[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,12}\b"  # passport / ID card / residence permit
    r"|\b\d{1,5}\s?[-/]\s?\d{1,5}\s?/\s?\d{2,4}\b"  # Aktenzeichen 31-22/2024
    r"|\b\d{1,3}\s[A-Z]{1,3}\s\d{1,5}/\d{2,4}\b"  # court file 5 A 1234/23
    r"|\b[A-Z]{1,4}\s?\d{1,6}/\d{2,4}\b"  # K 123/24
)
PLATE = re.compile(r"\b[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}[ -]?\d{1,4}[EH]?\b")
PLATE_CONTEXT = re.compile(
    r"(?i:kennzeichen|nummernschild|kfz|auto|wagen|fahrzeug)\S*\s+(?:\S+\s+){0,3}?([A-ZÄÖÜ]{1,3} [A-Z]{1,2} ?\d{1,4}[EH]?)\b"
)

_SUFFIX = (
    r"(?:straße|strasse|str\.|gasse|weg|allee|platz|ring|damm|ufer|chaussee|pfad|steig|stieg|markt|berg|"
    r"hof|graben|wall|anger|zeile|promenade|kamp|twiete|tor|brücke|feld|garten|winkel|bogen|grund|leite|"
    r"hain|höhe|siedlung|park|born|horst|aue|au|-Straße|-Str\.|-Weg|-Platz|-Allee|-Ring|-Gasse)"
)
_NUMBER = (
    r"\d{1,4}\s?[a-zA-Z]?(?:\s?[-/]\s?\d{1,4}[a-z]?)?\b"
    r"(?!\s?(?:Uhr|Euro|€|%|Jahre|Jahren|Monate|Wochen|Tage|Stunden|Minuten|Mal|Kinder|Personen|Leute|Termine))"
)
_NOT_STREET = (
    r"(?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Anfang|Ende|Tag|Abend|"
    r"Morgen|Termin|Jobcenter|Amt|Telefon|Jahr|Jahre|Sommer|Winter|Herbst|Frühling|Frühjahr|"
    rf"{_MONTH})\b)"
)
ADDRESS = re.compile(
    # Kirchgasse 4, Marktstr. 19, Karl-Marx-Str. 19a
    rf"\b[A-ZÄÖÜ][\wäöüß-]+?{_SUFFIX}\s?{_NUMBER}"
    # Am Alten Markt 11b, Unter den Linden 3, An der Kirche 5, Breite Straße 5
    rf"|\b(?:Am|An der|An den|Im|In der|In den|Auf der|Auf dem|Auf den|Unter den|Unter der|Hinter der|"
    rf"Hinter dem|Vor dem|Zum|Zur|Beim|Bei der|Über der|Alte[rn]?|Neue[rn]?|Große[rn]?|Kleine[rn]?|"
    rf"Lange[rn]?|Breite[rn]?|Hohe[rn]?|Obere[rn]?|Untere[rn]?)\s+{_NOT_STREET}"
    rf"(?:[A-ZÄÖÜ][\wäöüß-]+\s+){{0,2}}[A-ZÄÖÜ][\wäöüß.-]+\s+{_NUMBER}"
    # Straße der Jugend 4, Platz des Friedens 1
    rf"|\b(?:Straße|Str\.|Weg|Platz|Allee|Ring|Damm|Ufer)\s+(?:der|des|am|an der|zum|zur|vom)\s+"
    rf"[A-ZÄÖÜ][\wäöüß-]+\s+{_NUMBER}"
)
# street names without a number
STREET_NAME = re.compile(
    r"\b[A-ZÄÖÜ][\wäöüß-]+(?:straße|strasse|str\.|gasse|allee|chaussee|-Straße|-Allee)(?!\w)"
)
POSTAL = re.compile(
    r"\b(?:D-)?\d{5}\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s+(?:an der|am|im|in der|bei|ob der)\s+[A-ZÄÖÜ][\wäöüß-]+"
    r"|\s*\([A-ZÄÖÜ][^)\n]{1,30}\))?"
)

AGE_PARTS = re.compile(
    r"\b(?P<n1>\d{1,3})(?=\s?-?\s?[jJ]ährig)"  # 34-jährige (only the number is replaced)
    r"|\b(?P<n2>\d{1,3})\s?(?:Jahre|J\.)\s+alt\b"  # 34 Jahre alt
    r"|(?<=[\w\]] \()(?P<n3>\d{1,2})(?:\s?(?:J\.|Jahre))?(?=\))"  # Frau Haile (34)
    r"|\b(?P<n5>\d{1,3})\s?J\.(?!\w)"  # 41 J.
    r"|\b(?:im Alter von|Alter:?|mit ihren|mit seinen|ist jetzt|wird bald|wurde gerade)\s+"
    r"(?P<n4>\d{1,3})(?:\s?(?:Jahre[n]?|J\.))?(?!\s?(?:Uhr|Euro|%|Monate|Wochen|Tage|Kinder))"
)

DIGITS = re.compile(
    r"(?<![\w\[])\+?\d(?:\d|[ /.\-](?=\d)){4,}(?![\w\]])"
    r"(?!\s?(?:Euro|€|EUR|Menschen|Personen|km|Einwohner))"
)

PHONE_CANDIDATE = re.compile(r"(?:\+|\b0|\(0)[\d\s()/.\-–]{5,}\d")
PHONE_KEYWORD = re.compile(  # matched against the lowercased text
    r"(?:\b(?:tel\.?|telefon|handy|mobil|festnetz|fax|whatsapp|signal|telegram|rufnummer|telefonnummer|"
    r"handynummer|erreichbar unter|anrufen unter))[\s:.-]*(\+?\d[\d\s/()\-.]{3,}\d)"
)


def lowered(text: str) -> str:
    """`text.lower()` with the same length (offsets stay valid); odd characters are kept as they are."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def age_band(n: int) -> str:
    low = n // 10 * 10
    return f"{low}–{low + 9}"


_DIGIT_RUN = re.compile(r"\d+")


def digit_windows(text: str, before: int = 80, after: int = 48) -> list[tuple[int, int]]:
    """Merged windows around digits: every pattern below needs a digit, so the rest of the text is skipped."""
    windows: list[tuple[int, int]] = []
    for m in _DIGIT_RUN.finditer(text):
        lo, hi = max(0, m.start() - before), min(len(text), m.end() + after)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


def _scan(rx: re.Pattern[str], text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    for lo, hi in windows:
        yield from rx.finditer(text, lo, hi)


def find_structured(text: str) -> Iterator[Span]:
    """All layer-1 candidates except phones (which need the dates first) and persons."""
    windows = digit_windows(text)
    for m in EMAIL.finditer(text):
        yield m.start(), m.end(), "EMAIL", REPLACEMENT["EMAIL"]
    for m in URL.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in ".,;:!?)]}'\"":
            end -= 1
        if "@" not in text[m.start() : end]:
            yield m.start(), end, "URL", REPLACEMENT["URL"]
    for m in HANDLE.finditer(text):
        yield m.start(), m.end(), "HANDLE", REPLACEMENT["HANDLE"]
    for m in _scan(IBAN, text, windows):
        compact = m.group().replace(" ", "")
        if 15 <= len(compact) <= 34 and any(c.isdigit() for c in compact[4:]):
            yield m.start(), m.end(), "IBAN", REPLACEMENT["IBAN"]
    low = lowered(text)
    for m in _scan(BIRTH_YEAR, low, windows):
        digits = re.search(r"(?:19|20)\d\d\b", low[m.start() : m.end()])
        if digits:
            yield m.start() + digits.start(), m.end(), "DATE", REPLACEMENT["DATE"]
    for m in _scan(DATE, text, windows):
        start = m.start()
        value = m.group()
        low = value.lower()
        for prefix in ("geburtsdatum:", "geburtsdatum", "geb.-datum:", "geb.-datum", "geboren am", "geboren im",
                       "geboren", "geb.", "jahrgang ist", "jahrgang war", "jahrgang", "jg."):  # fmt: skip
            if low.startswith(prefix):
                start += len(value) - len(value[len(prefix) :].lstrip())
                break
        yield start, m.end(), "DATE", REPLACEMENT["DATE"]
    for m in _scan(ID_AFTER_KEYWORD, low, windows):
        yield m.start(1), m.end(1), "ID", REPLACEMENT["ID"]
    for m in _scan(ID_FORMS, text, windows):
        yield m.start(), m.end(), "ID", REPLACEMENT["ID"]
    for m in _scan(PLATE, text, windows):
        yield m.start(), m.end(), "PLATE", REPLACEMENT["PLATE"]
    for m in _scan(PLATE_CONTEXT, text, windows):
        yield m.start(1), m.end(1), "PLATE", REPLACEMENT["PLATE"]
    for m in _scan(ADDRESS, text, windows):
        end = m.end()
        while text[end - 1] in " ":
            end -= 1
        yield m.start(), end, "ADDRESS", REPLACEMENT["ADDRESS"]
    for m in STREET_NAME.finditer(text):
        yield m.start(), m.end(), "ADDRESS", REPLACEMENT["ADDRESS"]
    for m in _scan(POSTAL, text, windows):
        yield m.start(), m.end(), "PLACE", REPLACEMENT["PLACE"]
    for m in _scan(AGE_PARTS, text, windows):
        for group in ("n1", "n2", "n3", "n4", "n5"):
            if m.group(group) is not None:
                n = int(m.group(group))
                if n > 120:
                    break
                if group == "n1":
                    yield m.start(group), m.end(group), "AGE", f"[{age_band(n)}]"
                elif group == "n4":
                    yield m.start(group), m.end(), "AGE", f"[Alter {age_band(n)}]"
                else:
                    yield m.start(), m.end(), "AGE", f"[Alter {age_band(n)}]"
                break
    for m in _scan(DIGITS, text, windows):
        if sum(c.isdigit() for c in m.group()) >= 5:
            yield m.start(), m.end(), "NUMBER", REPLACEMENT["NUMBER"]


def find_phones(text: str, blocked: list[tuple[int, int]]) -> Iterator[Span]:
    """Phone numbers via `phonenumbers` (Leniency.VALID), run only on digit-bearing windows.

    `blocked` spans (dates, IBANs …) are blanked first, so "03.05.2025" is never read as a number.
    """
    import phonenumbers

    if _DIGIT_RUN.search(text) is None:
        return
    chars = list(text)
    for start, end in blocked:
        for i in range(start, end):
            chars[i] = " "
    masked = "".join(chars)
    for cand in PHONE_CANDIDATE.finditer(masked):
        lo = max(0, cand.start() - 1)
        window = masked[lo : cand.end() + 1]
        for match in phonenumbers.PhoneNumberMatcher(window, "DE", leniency=phonenumbers.Leniency.VALID):
            yield lo + match.start, lo + match.end, "PHONE", REPLACEMENT["PHONE"]
    for m in PHONE_KEYWORD.finditer(lowered(masked)):
        if sum(c.isdigit() for c in m.group(1)) >= 5:
            yield m.start(1), m.end(1), "PHONE", REPLACEMENT["PHONE"]
