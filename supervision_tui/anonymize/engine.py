"""The German anonymizer: layers → overlap resolution → consistent pseudonyms → Art. 9 flags."""

from __future__ import annotations

import functools
import itertools
import re
import string
import threading
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Collection
from typing import Any, Final

from anyascii import anyascii

from . import data, lexicon
from . import learned as learned_pass
from .names import (
    _ADJECTIVE_ENDINGS,
    _DAY_ABBREVIATIONS,
    _KEEP_PLACES,
    _WEEKDAYS,
    ABBREVIATION,
    CLUB_NAMES,
    DENOMINATIONS,
    DETERMINERS,
    FIELDS,
    HOUSEHOLD_HEADS,
    MARK_FACILITY,
    MARK_PLACE,
    MONTHS,
    NOT_LATIN,
    PARTICLES,
    PERSON_VERBS,
    ROLES,
    SAINTS,
    SALUTATIONS,
    TITLES,
    TOKEN,
    WEAK,
    WORD,
    NameFinder,
    Tokens,
    _latin,
    contraction,
    genitive_stem,
    short_form_of,
    shortens,
)
from .patterns import (
    AGE_ADVERBS,
    AGE_CLAUSE_END,
    AGE_DAYS,
    AGE_HEDGES,
    AGE_PARTICLES,
    FACILITY_NAME,
    NUMBER_WORD,
    PERSON_NOUN,
    PLACEHOLDER,
    PRIORITY,
    TOWN_PREFIX,
    Span,
    age_band,
    digit_runs,
    find_phones,
    find_structured,
    lowered,
    number_value,
    spaced_plates,
    spoken_phones,
)
from .spelling import ARABIC_ARTICLES, MIN_SOUND, counterparts, forms_of, misheard, sound_key, spelling_keys
from .types import Context, Doubt, Entity, Flag, Kind, Result

# prepositions after which a noun takes its article, so that a capitalised word without one may be a name
_ARTICLE_LESS_BEFORE: Final = frozenset(["bei", "nach", "aus", "in"])
# the endings of abstract nouns, which go without an article there ("in Behandlung", "aus Gewohnheit", "nach
# Absprache")
_ABSTRACT_ENDINGS: Final = (
    "ung", "ungen", "heit", "keit", "schaft", "ion", "ionen", "tät", "ik", "zeit", "ismus", "nis", "amt", "sprache",
)  # fmt: skip


def _special_category_patterns() -> tuple[re.Pattern[str], list[tuple[str, re.Pattern[str]]]]:
    """(a trie of every stem, to find where some stem starts; one pattern per category, in order).

    Matched against the lowercased text. The trie only finds the positions; the category patterns, tried in
    order at such a position, decide the category and the end, as one alternation of them all would."""
    trie: dict[str, Any] = {}  # unit → subtrie; "" marks where a stem ends
    for stems in data.SPECIAL_CATEGORIES.values():
        for stem in stems.split():
            node = trie
            for unit in (r"\s+" if ch == " " else re.escape(ch) for ch in stem):
                if "" in node:  # a shorter stem already matches here
                    break
                node = node.setdefault(unit, {})
            else:
                node.clear()
                node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        if "" in node:
            return ""
        alts = [unit + emit(child) for unit, child in node.items()]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    categories = []
    for category, stems in data.SPECIAL_CATEGORIES.items():
        alts = "|".join(
            sorted((re.escape(s).replace(r"\ ", r"\s+") for s in stems.split()), key=len, reverse=True)
        )
        categories.append((category, re.compile(rf"(?:{alts})\w*")))
    # A stem begins a word: the pattern begins with the character before it (`\W`), searched in the text after one
    # space. `re` finds a first character with a fast scan, where `(?<!\w)` would be tried at every position.
    return re.compile(r"\W" + emit(trie)), categories


_SPECIAL, _SPECIAL_CATEGORIES = _special_category_patterns()
_FACILITY_PRIORITY = PRIORITY["PERSON"] - 0.5
# the words between a name and its correction: "resa also reza", "Wien, äh, Nguyen", "X bzw. Y"
_CORRECTED: Final = re.compile(
    r"[\s,]*(?:(?:also|bzw\.?|beziehungsweise|äh|ähm|sorry)[\s,.]*)+|\s*\(eigentlich\s+", re.IGNORECASE
)
_BRACKETED: Final = re.compile(r"\s*\(\s*")
# what people call a person, told after the person: "alle sagen Hajo", "(nennt sich Reza)", "nennen ihn alle
# „Abu Khaled“", "genannt Sascha"; "nennt mich „Oma Anja“" is what someone calls the writer
_ALIAS_BEFORE: Final = re.compile(
    r"(?:\b(?:nennt|nennen|nannte|nannten|ruft|rufen)\s+(?:ihn|sie|sich)"
    r"(?:\s+(?:alle|hier|dort|nur|jetzt|immer|auch|selbst|meist|oft|einfach|gern|gerne|lieber|daheim))*"
    r"|\balle\s+sagen(?:\s+(?:nur|einfach|immer))?|\bgenannt|\balias|\bSpitzname:?|\bRufname:?)\s*[„“\x22»‚']?$",
    re.IGNORECASE,
)
# "im Dorf nur Abu Khaled genannt", "von allen Hajo genannt"
_ALIAS_LEAD: Final = re.compile(
    r"\b(?:nur|auch|meist|oft|einfach|alle|allen|überall|immer)\s+$", re.IGNORECASE
)
_ALIAS_AFTER: Final = re.compile(r"[“”\x22«']?\s+genannt\b")
_TITLE_BEFORE: Final = re.compile(r"\b(?:frau|herr|herrn|fr\.|hr\.|dr\.)\s+$", re.IGNORECASE)
# "der andere Mamadou", "die andere Sara": another person of a given name the session knows
_ANOTHER: Final = re.compile(r"(?<![^\W\d_])andere[nmrs]?\s+$", re.IGNORECASE)
# "father of", "mother of": "Abu Khaled" names the father of a Khaled, who is another person (a kunya)
_KUNYA: Final = {
    **dict.fromkeys(["abu", "abou", "ebu", "أبو", "ابو"], "abu"),
    **dict.fromkeys(["umm", "um", "oum", "omm", "أم", "ام"], "umm"),
}
# the digit words of a phone number dictated in words (`spoken_phones`); "zwo" and "sieben" hide in others
_SPOKEN_DIGIT_HINTS: Final = ("null", "eins", "zwei", "zwo", "drei", "vier", "fünf", "sechs", "acht", "neun")
# a text typed in capitals (`_shouted`): three words of capitals in a row, and few small letters
_SHOUT_GATE: Final = re.compile(r"[A-ZÄÖÜ]{2,}[ ,.:!?]+[A-ZÄÖÜ]{2,}[ ,.:!?]+[A-ZÄÖÜ]{2,}")
_SMALL_LETTER: Final = re.compile(r"[a-zäöüß]")
_SHOUT_CAPITAL: Final = re.compile(r"[A-ZÄÖÜ]")
_LETTERS: Final = re.compile(r"[^\W\d_]+")
_STREET_NAMED_AFTER: Final = re.compile(
    r" (?:STRASSE|STRAẞE|STR\.?|WEG|GASSE|ALLEE|PLATZ|RING|DAMM|MARKT|UFER|CHAUSSEE) ?\d", re.IGNORECASE
)
_SENTENCE_OR_LINE: Final = re.compile(r"[^.!?\n]+[.!?]*")
# words of a shouted text written small although the word lists know a noun of that form too: digits, pronouns,
# prepositions and conjunctions ("das Für und Wider", "die Vier")
_SMALL_IN_CAPITALS: Final = """
null eins zwei zwo drei vier fünf sechs sieben acht neun zehn elf zwölf links rechts plus minus für über unter vor
nach gegen ohne durch um bis seit während wegen trotz statt hinter neben zwischen bitte danke also dass sonst
dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig dreißig dreissig vierzig fünfzig sechzig
siebzig achtzig neunzig hundert tausend alt alte altes jung junge
"""
# the salutations after which a word of a shouted text is a name, capitalised when recased
_SHOUTED_SALUTATIONS: Final = SALUTATIONS | frozenset(["familie", "fam"])
_SMALL_WORDS: Final = (
    frozenset(data.FUNCTION_WORDS.split())
    | frozenset(data.LOWER_STOP.split())
    | frozenset(_SMALL_IN_CAPITALS.split())
    | frozenset(data.ARTICLES.split())
)


def _in_case_of(repl: str, seen: str, original: str) -> str:
    """A replacement that keeps words of the span it replaces ("Mieterverein [Einrichtung]", "[10–19]jährige"), with
    those words as the original text writes them: the span was found in `seen`, the same text recased."""
    parts = re.split(r"(\[[^\]]*\])", repl)
    for k in range(0, len(parts), 2):
        at = seen.find(parts[k]) if parts[k] else -1
        if at >= 0:
            parts[k] = original[at : at + len(parts[k])]
    return "".join(parts)


def _shouted(text: str) -> list[tuple[int, int]]:
    """The parts of `text` typed in capitals: the whole text when it is (three words of capitals in a row, and at
    most one small letter in ten), else each sentence or line that is, in a note written otherwise in ordinary case
    ("Termin war gut. ICH BIN SO WÜTEND AUF DAS AMT!")."""
    if _SHOUT_GATE.search(text) is None:
        return []
    if _few_small_letters(text):
        return [(0, len(text))]
    return [
        m.span()
        for m in _SENTENCE_OR_LINE.finditer(text)
        if _SHOUT_GATE.search(m.group()) is not None and _few_small_letters(m.group())
    ]


def _few_small_letters(text: str) -> bool:
    rest = PLACEHOLDER.sub("", text) if "[" in text else text
    return len(_SMALL_LETTER.findall(rest)) * 10 <= len(_SHOUT_CAPITAL.findall(rest))


# Turkish joins a case ending to a proper noun only, behind an apostrophe: "Emre'nin annesi", "Ayşe'ye", "Barış'la"
# (a common noun takes it without one: "annesi"); the whole word goes, the ending would tell the name's vowels
_TURKISH_SUFFIXED: Final = re.compile(
    r"(?<![\w'’])([A-ZÇĞİÖŞÜ][a-zçğıöşüâîû]+)['’]"
    r"(?:n?[iıuü]n|[yn]?[iıuü]|[yn]?[ea]|[dt][ea]n?|n[dt][ea]n?|y?l[ea]|yl[ea]|dır|dir|dur|dür)(?![\w'’])"
)
# a Vietnamese name's middle word (Văn for men, Thị for women) ends the name the rules found, and the given name after
# it is one though German writes it as a word: "Nguyen Van An", "Tran Thi Hoa"
_VIETNAMESE_MIDDLE: Final = re.compile(r"(?<![^\W\d_])(?:Van|Văn|Thi|Thị)\Z")
_VIETNAMESE_GIVEN: Final = re.compile(r" [A-ZĐ][^\W\d_]{1,6}(?![\w-])")
_RESTAURANT_DA: Final = re.compile(
    r"\b(?:[Vv]om|[Ii]m|[Bb]eim|[Zz]um|[Ii]ns|[Dd]em|[Dd]as) (Da [A-ZÄÖÜ][a-zäöüß]+)\b"
)
_FOUNDED: Final = re.compile(r" (?:18|19|20)\d\d\b(?![.,/:-]?\d)")
_STREET_FACILITY_PRIORITY = PRIORITY["ADDRESS"] - 0.5


# What the layers miss next to what they found:
# - a house number after a name or a named facility: "in der Gröpern 12a" is a street without a street word;
# - digit groups before a phone number: "47 036 892 815" is one number, not "47" and a phone number;
# - an age between commas after a name: "Oksana P., 24, lebt …", "Yasamin, 5, hat …".
_HOUSE_NUMBER: Final = re.compile(
    r" \d{1,3}[a-z]?\b(?![.,]\d)(?!\s?(?:Jahre|Jahren|J\.|Uhr|Euro|€|%|Minuten|Stunden|Tage|Wochen|Monate|Mal"
    r"|Kinder|Personen|Leute|km|kg|qm|m²))"
)
_LOCATIVE: Final = re.compile(
    r"(?:\b(?:in|an|aus|von|auf|nach|bis) (?:der|die|den|dem)|\b(?:zur|am|im|beim|vom|zum)) $"
)
# - the flat or room inside a house, after an address, a town or a named home: "Königstr. 27, Hinterhaus", "Am
#   Radeland, Haus 4, Zimmer 12", "in Pöhla, Zimmer 112", a hospital's ward ("Klinikum [Ort], Station 3B"); a floor
#   ("3. OG") is kept, many share it;
_UNIT: Final = (
    r"(?:Haus|Zimmer|Zi\.|Raum|Whg\.|Wohnung|App\.|Appartement|Apartment|Block|Aufgang|Eingang|Station) \d{1,4}[a-zA-Z]?"
    r"(?:\.\d{1,3})?(?![\d.,]\d)"
    r"|(?:Hinterhaus|Vorderhaus|Seitenflügel|Gartenhaus)\b"
)
_FLAT: Final = re.compile(rf", (?:{_UNIT})(?:, (?:{_UNIT}))*")
# digit groups glued to a "-" or "/" belong to what stands before them: "2025-03-01 0176 …" is a date and a phone
_DIGITS_BEFORE: Final = re.compile(r"(?<![\w.,/-])(?:\d{1,4} )+$")
# (the register's letters may come in three or four parts joined by dashes: "TH-KYF-D 20931"; two are a lab's
# name as often: "HBV-DNA 12.000")
_CODE_BEFORE: Final = re.compile(
    r"(?<![\w.-])(?!EUR |USD |CHF |TEL |FAX )(?:(?:[A-Z]{1,4}-){2,3})?[A-Z]{1,4} $"
)
# The age may follow a name written again in its own script, or the person's country or town: "Frau Oksana
# M. (Оксана), 35, macht …", "Herr A. S., Afghanistan, 38, wohnt …", "Herr B. aus Guinea, 20, der …", "Herr R.,
# Sierra Leone, Temne, 61,", told with its verb: "Ebrima ist aus Gambia, 22, will …"; it ends
# at a comma, a colon or a semicolon ("aus Kundus, 44: Widerspruch …").
_APPOSITION: Final = (
    r"(?:(?:,(?: aus)?| aus| (?:ist|is|isch|kommt) aus) (?:(?:der|die|das|dem|den|ein|eine|sein|seine|ihr|ihre) [\w-]+"
    r"|[A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+)?)"
    r"(?: \([^()\n]{1,40}\))?)"
)
_AGE_AFTER_BRACKETED: Final = re.compile(r"[^()\n,;.]{0,30}\), (\d{1,2})(?:,(?= )|[:;](?= ))")
_AGE_AFTER_NAME: Final = re.compile(
    # up to two appositions between the name and its age: "Rojda, die Tochter, 17,", "Herr A., Kamerun (Bamileke),
    # 33,", "Alpha B. aus Guinea, 20,"
    # or after the name someone is called by: "Herr Mohammed K., von allen „Abu Ali“ genannt, 47, …"
    # or after the particle of the verb that introduces the person: "stellt Herrn Rahimi vor, 58, aus …"
    rf"\)?\.?(?:[“”\x22«»']? genannt| vor)?(?: \([^()\n]{{1,60}}\))?{_APPOSITION}{{0,2}}, "
    rf"(?:(?:beide|{AGE_HEDGES}|{AGE_ADVERBS}) )?"
    # the age ends the apposition, the brackets where the name stood in brackets ("Frau Senait T. (ሰናይት, 36)",
    # "(… nach seinem Sohn Ammar, 16)") or the sentence
    # ("aus Afghanistan, neunzehn.", read by `_widened`: not every number there is an age)
    rf"(\d{{1,2}}|{NUMBER_WORD})(?:,(?= )|[:;](?= )|(?=\))|(?= und \d{{1,2}}(?:[,;:)]|\.(?!\d)))|(?=\.(?!\d)|\s*$))"
    # or in brackets after a word about the person: "Jasmina (die älteste, 15)", "Herr K. (Dolmetscher, 45)", in
    # any script: "Bilyk (Володимир Білик, 75)"
    r"| \((?:[^\W\d_][^()\n,]{1,30}, )(\d{1,2})\)"
    # or the name is the subject: "Lejla ist zwölf, …", "Tarek (Tito) ist 34 und …", in chat "ist" written "is"
    # ("lejla is zwölf und …", "tarek is übrigens 34 nich 43")
    # (or the age the person turns: "Agnes wird morgen zwölf")
    # (in Swabian and Alemannic "isch", up to two particles before the age, Bavarian "fei" among them: "Baran is fei
    # erst 15", "der Mohammad ist auch 15 und …"; an age first of two guessed: "Yonas is 23 oder 24")
    r"|\)?(?: \([^()\n]{1,60}\))? (?:ist?|isch|wird) (?:(?:noch|erst|schon|jetzt|gerade|grad|fast|bald|nur|übrigens"
    rf"|auch|fei|halt|aber|doch|{AGE_DAYS}) ){{0,2}}"
    rf"(\d{{1,2}}|{NUMBER_WORD})(?=[;!?)]|[.,](?!\d)| und\b| oder \d| nicht?\b|\s*$|\s+[^\w\s.,–-])"
    # or an age first in brackets with more after it: "Bohdan (14, Autismus)"
    r"| \((\d{1,2}), "
    # or two persons' ages in brackets: "Yasmin und Jamil (8 und 10)"
    r"| \((\d{1,2})(?= und \d{1,2}\))"
)
# a case's facts after its person's name and a colon, the age first and where they come from or live after it:
# "Fall Selam: 24, aus Keren", "Farid: 27, seit 2022 in DE"; anything after it where "Fall" names the case ("Fall
# Filmon: 16, will Roller fahren"); not a check-in's score after a volunteer's name ("Birgit: 7, müde aber ok", "Amal:
# 3, seit gestern krank")
_CASE_AGE: Final = re.compile(
    r": (\d{1,2}|[a-zäöü]+zehn|zwanzig|dreißig|vierzig)(?=,? (?:aus|wohnt|lebt|arbeitet|geflüchtet|ledig"
    r"|verheiratet|geschieden|alleinstehend|alleinerziehend|Duldung|Gestattung|UMA|UMF)\b|,? seit (?:\d{4}|[A-ZÄÖÜ]\w+ \d{4}))"
)
_CASE_BEFORE: Final = re.compile(r"\b[Ff]all (?:\d\W{1,3})?$")
_CASE_AGE_ANY: Final = re.compile(r": (\d{1,2}),? ")
# an age with its unit between commas after a name, or ending the sentence or the brackets: "Baby Yasin, acht
# Monate)", "Tochter Lensa, zwei Jahre.", "Nour, 7 Monate, war beim Kinderarzt" (a baby's months are under ten years)
# "J." for "Jahre", or "J" without its full stop before a comma or a bracket ("16 J, kommt", "(17 J)")
_YEARS_SHORT: Final = r"J\.|J(?=[,;)])"
_AGE_UNIT_AFTER_NAME: Final = re.compile(
    rf"\)?\.?(?: \([^()\n]{{1,60}}\))?{_APPOSITION}{{0,2}}, "
    rf"(?:(?:{AGE_HEDGES}|{AGE_ADVERBS}) )?"
    rf"(\d{{1,2}}|{NUMBER_WORD}) ((?i:jahre|monate|wochen)|{_YEARS_SHORT})(?: alt\b)?"
    r"(?=[,;:)!?]|\.(?!\d)|\s*$|\s+[^\w\s.,–-])"
)
# years in words in brackets right after a name: "Sohn Luka (neun Jahre)" (in digits the bracketed age's frame)
_AGE_WORDS_BRACKETED: Final = re.compile(
    rf" \((?:(?:{AGE_HEDGES}|{AGE_ADVERBS}) )?({NUMBER_WORD}) (Jahre|J\.)\)"
)
# an age with its unit right after the name, no comma between, the apposition closing after it: "Yusuf 17 Jahre,
# aus Herat", "Amir 16 J, allein" (the short unit without its full stop before a comma or a bracket too)
_AGE_UNIT_RIGHT_AFTER: Final = re.compile(rf" (\d{{1,2}}) ((?i:jahre)|{_YEARS_SHORT})(?=[,;)])")
# a pet's name before it is no person's: "Unser Hund ist gestorben, Bello, 14 Jahre."
_PET_BEFORE: Final = re.compile(
    r"\b(?:Hund|Hündin|Katze|Kater|Pferd|Hase|Kaninchen|Hamster|Vogel|Wellensittich)\b", re.I
)
_DICTATED_ADDRESS_END: Final = re.compile(r"(?: [a-hA-H](?![\w.'’-]))?(?:,? (?:\d ){4}\d [^\W\d_][\w-]*)?")
# the verb before the person, the age after: "dabei ist die Hawa erst neunundzwanzig", "jetzt wird Aram schon 12."
_AGE_AFTER_SUBJECT: Final = re.compile(
    rf" (?:noch|erst|schon|jetzt|gerade|grad|fast|knapp|bald|übrigens) (\d{{1,2}}|{NUMBER_WORD})"
    r"(?=[;!?)]|[.,](?!\d)| und\b|\s*$)"
)
_VERB_BEFORE_SUBJECT: Final = re.compile(
    r"\b(?:ist|is|isch|wird|war|wurde)\s(?:(?:der|die|den|unser|unsere)\s)?$", re.I
)
# A number right after a person's name, ending a list's item: "die Kinder: Lina 9, Omar 6 und Aya 2". A house
# number after a name behind "in der" was taken as an address before (`_HOUSE_NUMBER`).
# The last item may end the sentence ("…, Omar 6."), the first may not: "Termin mit Frau X 1." is no list.
# The name may be followed by the same name in another script or an alias in brackets: "Vater Ислам (Islam) 39,".
# A baby's age in the list is in months: "Sara 7, Hasti 18 Monate."
# A toddler's age may hold a half: "Ilhan 1,5.", "Favour 2 1/2.", "Lea 3½".
_LISTED_NUMBER: Final = r"\d{1,2}(?:,5| 1/2|½)?"
_AGE_IN_LIST: Final = re.compile(
    rf"(?: \([^()\n]{{1,30}}\))? ({_LISTED_NUMBER})( Monate)?(?=, (?!\d)| und\b)"
)
_AGE_ENDING_LIST: Final = re.compile(
    rf"(?: \([^()\n]{{1,30}}\))? ({_LISTED_NUMBER}|{NUMBER_WORD})( Monate)?(?=[.;)!](?!\d)|$)"
)
# the last item of a list of names and ages, joined by "und", before the sentence goes on: "bohdan 6 und maksym 11
# wollten …"
_AGE_LAST_ITEM: Final = re.compile(rf" ({_LISTED_NUMBER})( Monate)?(?= [a-zäöüß]|[,.;)!](?!\d)|\s*$)")
# a kinship word before the name, its number before the sentence's verb in lowercase: "Tochter Mursal 15 macht den
# Quran-Unterricht" (not a count's or a measure's word: "Sohn Ali 2 mal die Woche")
_KIN_AGE_BEFORE_VERB: Final = re.compile(
    r" (\d{1,2})(?= (?!(?:mal|x|uhr|euro|tage|std|stunden|kilo|kg|km|minuten|min|wochen|monate|jahre)\b)[a-zäöüß])"
)
# a kinship word before the name makes a single "Name N." an age too: "Sohn Arian 15.", "Sohn Robel elf."; so
# does a salutation with an adult's age: "Frau Semhar 57." (not "Termin mit Frau Haile 1.")
_KIN_BEFORE: Final = re.compile(
    r"\b(?:Sohn|Tochter|Kind|Baby|Bruder|Schwester|Enkel|Enkelin|Neffe|Nichte|Vater|Mutter|Oma|Opa),? $"
)
# the plurals of children whose ages a bracket lists: "drei Jungs (4, 6, 8)", "zwei Mädchen (3 und 5)"
_CHILD_PLURALS: Final = frozenset(["jungs", "jungen", "mädchen", "kids", "zwillinge", "zwillingen"])
# the numbers and quantities before a plural: "drei Jungs (4, 6, 8)"
_COUNTS: Final = frozenset(
    ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "beide", "beiden", "mehrere",
     "mehreren", "viele", "vielen", "ihre", "ihren", "seine", "seinen"]
)  # fmt: skip
# one capital letter after a name, no word and no abbreviation: the initial of a surname ("Karim B hat angerufen")
# (not English's "I": "الحمد لله I am fine")
_LONE_INITIAL: Final = re.compile(r" (?!I)[A-ZÄÖÜ](?![\w.'’-])")
# a list of children begun earlier in the sentence, the name after its last "und"
_CHILDREN_LISTED: Final = re.compile(
    r"\b(?:Kinder|Söhne|Töchter|Geschwister|Enkel)\b:?(?:[^.!?\n]|\.(?=\d))*\bund $"  # a date's dots go on
)
_SALUTATION_BEFORE: Final = re.compile(r"\b(?:Herr|Frau) $")
_ADULT = 18
# an age given as a guess in brackets: "Gul Bibi (ca. 60)", or with a word or a mark about it: "Milan (also 12)",
# "Herr Otto (82!)", "Sofiia (3 geworden 🎈)", "Noah (erst 5)"
_GUESSED_AGE: Final = re.compile(
    rf" \((?:(?:also|{AGE_HEDGES}|{AGE_ADVERBS}) (\d{{1,2}})\)|(\d{{1,2}})(?:!+| geworden\b[^()\n]{{0,20}})\))"
)
# an age between a name and where the person comes from, in chat without commas: "hab abdi kennengelernt vierzehn aus
# mogadischu", "Neu dabei: Samir 17 aus Homs"; not "zwei aus der Gruppe", "3 aus 5": a place follows, no article, and
# an age of ten or more, which a count of people seldom is)
_AGE_BEFORE_ORIGIN: Final = re.compile(
    rf"(?: (?:kennengelernt|getroffen|kennen gelernt))? (\d{{1,2}}|{NUMBER_WORD}) "
    r"(?=aus (?!(?:der|dem|den|die|das|einer|einem|meiner|unserer|seiner|ihrer)\b)[^\W\d_])"
)
# Ages joined to an age: "sind 6 und 9", "(5, 8 und 11)" where the first was found
# (a line break may follow the joiner: "Der Junge, 12 oder \n13 Jahre alt"; `\Z`, as `$` would also end before it)
_AGE_BEFORE_AGE: Final = re.compile(r"(?:(?<=, )|(?<=: ))(\d{1,2})(?:,| und| oder)\s{1,2}\Z")
# (the second of two guessed ages may go on in lowercase: "Yonas is 23 oder 24 genau weiß er's nich")
_AGE_AFTER_AGE: Final = re.compile(
    r"(?:, | und | oder | and )(\d{1,2})(?=, | und\b|[.;!?)](?!\d)|$|(?<=oder \d) [a-zäöüß]|(?<=oder \d\d) [a-zäöüß])"
)
# the next person of the list, its verb left out: "der älteste ist 19, die jüngste elf", "Die Frau ist 34, der Mann 38."
_KIN_AFTER_AGE: Final = re.compile(
    r"(?:, | und |; )(?:(?:der|die|das|den|mein|meine|sein|seine|ihr|ihre|unser|unsere|dein|deine) )?"
    rf"(?i:{PERSON_NOUN}) (?:(?:ist|war|wird) )?(?:(?:erst|schon|jetzt|fast|knapp|gerade|grad) )?"
    rf"(\d{{1,2}}|{NUMBER_WORD})(?: [Jj]ahre)?{AGE_CLAUSE_END}"
)

# Ages by the frame around a number, whoever the person is (`_age_frames`).
_ORDINAL: Final = (
    r"(?:ers|zwei|drit|vier|fünf|sechs|sieb|sieben|ach|neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn"
    r"|siebzehn|achtzehn|neunzehn|zwanzigs|einundzwanzigs|dreißigs|vierzigs|fünfzigs|sechzigs|siebzigs|achtzigs)"
    r"te[nmrs]?"
)
_NOT_TURNING: Final = (  # a preposition before the number makes it a time or a count: "wird um 18 Uhr"
    r"(?<! um )(?<! auf )(?<! den )(?<! dem )(?<! bis )(?<! ab )(?<! am )(?<! zu )(?<! gegen )(?<! über )"
    r"(?<! unter )(?<! für )(?<! mit )(?<! von )(?<! nach )(?<! in )(?<! ca\. )(?<! etwa )(?<! Nr\. )"
)
_CLAUSE_END: Final = r"(?=[,;!?)]|\.(?!\d)| und\b|\s*$|\s+[^\w\s])"
# Each frame is searched only in a text that holds its hint, and each pattern begins with a character or a word,
# which `re` finds with a fast scan (a pattern that begins with a lookbehind is tried at every position). The words
# before a frame ("es wird", "das ist") are read by `_age_frames`.
_AGE_FRAMES: Final = (
    # turning an age: "wird im März 16,", "wird dann acht." (up to three words of time between; not "wird um 18 Uhr")
    (
        "wird ",
        re.compile(
            rf"wird (?:(?:[\wäöüÄÖÜß]+\.?) ){{0,3}}?{_NOT_TURNING}(?P<turns>\d{{1,2}}|{NUMBER_WORD})"
            + _CLAUSE_END
        ),
    ),
    # an age reached: "bin 60 geworden", "ist am 28. November 80 geworden"
    (
        "geworden",
        re.compile(
            rf"(?:ist|bin|sind|bist) (?:(?:[\wäöüÄÖÜß]+\.?) ){{0,3}}?(?P<reached>\d{{1,2}}|{NUMBER_WORD}) geworden\b"
        ),
    ),
    # a baby's age in words: "acht Monate alt", "drei Wochen alt" (the number and its unit)
    (" alt", re.compile(rf"(?P<months>{NUMBER_WORD}) (?:Monate|Wochen)(?= alt\b)")),
    # "ein Jahr alt"
    # (and "ein halbes Jahr alt")
    ("Jahr alt", re.compile(r"(?P<year>ein(?:einhalb| halbes)?) Jahr(?= alt\b)")),
    # in brackets after a name: "Baby Aarav (vier Monate)", "(10 Monate)"
    (
        ")",
        re.compile(
            rf"\((?:(?:{AGE_HEDGES}|{AGE_ADVERBS}) )?"
            rf"(?P<bracketed>{NUMBER_WORD}|\d{{1,2}}) (?:Monate|Wochen)\)"
        ),
    ),  # the text also holds "Monate)" or "Wochen)" (`_MONTHS_GATE`)
    # the writer's own age: "ich bin 24,"
    (
        "ch bin ",
        re.compile(
            rf"[Ii]ch bin (?:(?:jetzt|schon|erst|gerade|fast|bald|auch) )?(?P<own>\d{{1,2}}|{NUMBER_WORD})"
            r"(?=[,;!?)]|\.(?!\d)| und\b|\s*$)"
        ),
    ),
    # a pronoun for a person and a bare number: "Ehepaar X, er 52, sie 47,"
    (
        "r ",
        re.compile(r"(?:[Ee]r|[Ss]ie) (?P<pronoun>\d{1,2})(?=[,;)]|\.(?!\d)| und\b)"),
    ),  # see `_pronoun_before_digit`
    # an age after a word of kinship or of the people around someone, between commas: "ist seine Schwester, 29,",
    # "sind Schwestern, 67 und 70,", "die Nachbarin, 83, sagt" (in chat's small letters too), "Der Junge, jetzt 16,"
    # (the words for a person of `patterns._PERSON_NOUNS`)
    (
        ", ",
        re.compile(
            rf"\b(?i:{PERSON_NOUN}|Ehepaar), (?:(?:{AGE_HEDGES}|{AGE_ADVERBS}) )?(?P<kin>\d{{1,2}})"
            r"(?=[,;:)]|\.(?!\d)| und \d{1,2}\b)"
        ),
    ),  # see `_KIN_GATE`
    # a notes' list of one family's members, each with a bare age: "Sohn 8, Tochter 5", "Mutter 41; Baby 1" (no
    # plural: "Eltern 2, Kinder 3" counts people)
    (
        " ",
        re.compile(
            r"\b(?:Sohn|Tochter|Bruder|Schwester|Mutter|Vater|Oma|Opa|Großmutter|Großvater|Tante|Onkel|Neffe|Nichte"
            r"|Cousine?|Enkel|Enkelin|Ehemann|Ehefrau|Baby"
            # and the kin by marriage or by one parent: "Schwiegermutter 70", "Stiefvater 45", "Halbbruder 12"
            r"|(?:Schwieger|Stief|Halb)(?:sohn|tochter|bruder|schwester|mutter|vater)) (?P<kin_listed>\d{1,2})(?: Jahre| J\.)?(?=[,;)]|\.(?!\d)|\s*$)"
        ),
    ),  # see `_kin_before_digit`
    # a baby's months without "alt": "das baby ist erst fünf monate", "ist gerade 7 Wochen."; or where a child is
    # the one who "is" them, in chat's "is" too: "der kleine Chidi is acht Monate" (not "Die Wartezeit ist acht
    # Monate", "Der Termin ist acht Monate her")
    (
        " is",
        re.compile(
            rf"is(?:t)? (?:erst|gerade|knapp|fast|jetzt|schon) (?P<young>\d{{1,2}}|{NUMBER_WORD}) (?:[Mm]onate|[Ww]ochen)"
            # the end of a clause, or an emoji after it in chat: "der Kleine ist jetzt acht Monate 🥰"
            r"(?=[,;!?)]|\.(?!\d)| und\b| alt\b|\s*$|\s+[^\w\s.,–-])"
            r"|(?i:baby|kind|kleine|kleiner|sohn|tochter|junge|mädchen|enkel|enkelin)\b[^.!?\n,;]{0,25}?\bis(?:t)? "
            rf"(?P<child_months>\d{{1,2}}|{NUMBER_WORD}) (?:[Mm]onate|[Ww]ochen)"
            r"(?=[,;!?)]|\.(?!\d)| und\b| alt\b|\s*$|\s+[^\w\s.,–-])"
        ),
    ),  # see `_MONTHS_GATE`
    # "mit 16 Jahren"
    ("Jahren", re.compile(r"[Mm]it (?P<with>\d{1,2}) Jahren\b")),
    # a small child's age in months after its label: "U7 am 24.11., Alter 22 Monate, Gewicht 10,2 kg"
    ("Alter", re.compile(r"\bAlter:? (?P<months>\d{1,2}) (?:Monate|Wochen)\b")),
    # a letter's age after the birth date, with its months: "geb. 19.06.2024, 2 Jahre 5 Monate, 13 kg", "geb.
    # 12.05.2023, 3 Jahre"
    (
        "geb.",
        re.compile(
            r"geb\. \d{1,2}\.\d{1,2}\.\d{2,4}, (?P<born_age>\d{1,2}) (?:Jahre|J\.)(?: \d{1,2} Monate?)?(?!\w)"
        ),
    ),
    # an age as a range, the way an age assessment gives it: "entsprechend 16–17 Jahren", "16-17 Jahre alt"
    # (not a duration: "seit 2–3 Jahren", "vor 4-5 Jahren", read by `_age_frames`)
    ("Jahre", re.compile(r"(?P<range>\d{1,2}[–-]\d{1,2}) Jahre(?:n\b| alt\b)")),
    # an estimated age: "auf 15 geschätzt", "wird auf etwa 16 Jahre geschätzt"
    (
        "geschätzt",
        re.compile(r"auf (?:(?:etwa|ca\.|circa|ungefähr) )?(?P<estimated>\d{1,2}) (?:Jahre )?geschätzt\b"),
    ),
    # an age of a report: "ein Alter von 17 Jahren", "Mindestalter von 16 Jahren"
    ("lter von", re.compile(r"lter von (?P<report>\d{1,2})(?: Jahren)?\b(?![.,]\d)")),
    # the years a birthday is, after it in the clause: "hat heute geburtstag, 7 jahre 🎂", "Geburtstag: 40 Jahre!"
    # (not "alle 2 Jahre", "in 3 Jahren", "vor 5 Jahren")
    (
        "eburtstag",
        re.compile(
            rf"[Gg]eburtstag(?:skind)?\b[^.!?\n\d]{{0,25}}?(?<!\w)(?<!alle )(?<!für )(?<!über )(?<!ca\. )"
            rf"(?P<birthday_years>\d{{1,2}}|{NUMBER_WORD})(?: (?:[Jj]ahre?|J\.)(?!\w)(?! (?:her|lang|zuvor|später|vorher))"
            # or the number alone, cheered: "isch heut Geburtstagskind, 75!! 🎂"
            r"|(?=\s*(?:!|[🎂🎉🎈🥳])))"
        ),
    ),
    # a birthday by its number: "ihren neunten Geburtstag", "zum 5. Geburtstag"
    (
        "Geburtstag",
        re.compile(
            rf"(?:[Zz]um|[Ii]hren|[Ss]einen|[Ii]hrem|[Ss]einem|[Ii]hr|[Ss]ein) "
            rf"(?P<birthday>(?i:{_ORDINAL})|\d{{1,2}}\.) Geburtstag"
        ),
    ),
)
_NO_PERSON_BEFORE: Final = ("es ", "Es ", "das ", "Das ")
# a range of years after these is a duration, not an age: "seit 2–3 Jahren", "vor 4-5 Jahren"
_DURATION_BEFORE: Final = ("seit ", "Seit ", "vor ", "Vor ", "nach ", "in ", "für ", "alle ", "bis ", "ca. ")


# an age in brackets is searched only where "Monate)" or "Wochen)" stands (most notes have ")")
_MONTHS_GATE: Final = ("Monate)", "Wochen)")
_YOUNG_GATE: Final = ("onate", "ochen")
_KIN_GATE: Final = re.compile(r", (?:[a-zäöü.]+ )?\d")
_MONTHS_OLD_GATE: Final = ("Monate alt", "Wochen alt")


def _pronoun_before_digit(text: str, runs: list[tuple[int, int]]) -> bool:
    """Whether "r" or "ie", a space and a digit stand in `text` (`(?:r|ie) \\d`), read off its digit runs: such a
    digit begins a run. A pronoun before a bare number is searched only then (most notes have "er");
    a scan for the pattern would try its two branches at every position."""
    for start, _ in runs:
        if (
            start >= 2
            and text[start - 1] == " "
            and (text[start - 2] == "r" or (start >= 3 and text[start - 3 : start - 1] == "ie"))
        ):
            return True
    return False


def _kin_before_digit(text: str, runs: list[tuple[int, int]]) -> bool:
    """Whether a word that may be a kinship's ends right before a space and a digit run ("Sohn 8", "Baby 1"), read
    off its digit runs: the family list's pattern is searched only then."""
    return any(start >= 2 and text[start - 1] == " " and text[start - 2] in "nrealyu" for start, _ in runs)


def _digit_range(text: str, runs: list[tuple[int, int]]) -> bool:
    """Whether a digit, "-" or "–" and a digit stand in `text` (`\\d[–-]\\d`, what every range of years holds),
    read off its digit runs: the dash ends a run."""
    return any(text[end : end + 1] in ("-", "–") and text[end + 1 : end + 2].isdecimal() for _, end in runs)


# the frames' groups whose age is a baby's or a small child's, under ten years whatever the number ("(10 Monate)",
# "elf Monate alt"), and those whose span takes the words after the number ("22 Monate", "2 Jahre 5 Monate")
_UNDER_TEN_GROUPS: Final = frozenset(["year", "months", "bracketed", "young", "child_months"])
_UNIT_GROUPS: Final = frozenset(
    ["months", "report", "year", "with", "young", "child_months", "birthday_years", "born_age"]
)


def _age_frames(text: str, runs: list[tuple[int, int]] | None = None) -> list[tuple[int, int, str, str]]:
    """The ages that the frame around a number tells (`_AGE_FRAMES`); `runs`: the text's `digit_runs`."""
    out = []
    for hint, rx in _AGE_FRAMES:
        if hint not in text:
            continue
        if hint == "r " and not _pronoun_before_digit(text, digit_runs(text) if runs is None else runs):
            continue
        if hint == "Jahre" and not _digit_range(text, digit_runs(text) if runs is None else runs):
            continue  # the range's pattern begins with a digit: its scan would stop at every one
        if hint == ")" and not any(g in text for g in _MONTHS_GATE):
            continue
        if hint == ", " and _KIN_GATE.search(text) is None:
            continue
        if hint == " " and not _kin_before_digit(text, digit_runs(text) if runs is None else runs):
            continue
        if hint == " is" and not any(g in text for g in _YOUNG_GATE):
            continue
        if hint == " alt" and not any(g in text for g in _MONTHS_OLD_GATE):
            continue  # the pattern begins with a number word: its fast scan stops at every letter they begin with
        for m in rx.finditer(text):
            start = m.start()
            group = m.lastgroup or ""
            if start and text[start - 1].isalnum() and group != "report":
                continue  # the frame begins a word: "wird", not "Schwird" ("Mindestalter von" ends one)
            value = m.group(group)
            if group in ("turns", "reached") and text[max(0, start - 4) : start].endswith(_NO_PERSON_BEFORE):
                continue  # "es wird bald 5", "es ist zwölf geworden"
            if (
                group == "pronoun"
                and start
                and text[max(0, start - 2) : start] not in (", ", "; ", ": ")
                and text[start - 1] != "("
            ):
                continue  # "Ehepaar X, er 52": the pronoun opens its item
            if group == "birthday":
                stem = value.rstrip(".").casefold()
                n = int(stem) if stem.isdigit() else _ordinal_value(stem)
                if n:
                    out.append((m.start(group), m.end(group), "AGE", f"[Alter {age_band(n)}]"))
                continue
            if group == "range":
                if text[max(0, start - 6) : start].endswith(_DURATION_BEFORE):
                    continue
                first, _, last = value.replace("–", "-").partition("-")
                band = f"{age_band(int(first)).split('–')[0]}–{age_band(int(last)).split('–')[-1]}"
                out.append((start, m.end(), "AGE", f"[Alter {band}]"))
                continue
            # a baby's age in months or weeks is under ten years whatever the number: "(10 Monate)", "elf Monate alt"
            n = 1 if group in _UNDER_TEN_GROUPS else number_value(value)
            if group == "bracketed":
                end = m.end() - 1
            elif group in _UNIT_GROUPS:
                end = m.end()
            else:
                end = m.end(group)
            out.append((m.start(group), end, "AGE", f"[Alter {age_band(n)}]"))
    return out


def _ordinal_value(ordinal: str) -> int:
    """ "neunten" → 9, "ersten" → 1, "einundzwanzigsten" → 21."""
    stem = ordinal.rstrip("nmrs").removesuffix("te")
    special = {"ers": 1, "drit": 3, "sieb": 7, "ach": 8}
    if stem in special:
        return special[stem]
    try:
        # "zwanzigs" drops its "s" ("zwanzigsten", "einundzwanzigsten"); "sechs" keeps it ("sechsten")
        return number_value(stem.removesuffix("s")) or number_value(stem)
    except ValueError:
        return 0


def _capitals() -> str:
    """A character class of every capital letter of the scripts a note may use: "Ş. Y.", "Ж. К.", "Ö. A."."""
    ranges: list[list[int]] = []
    for code in range(0x2000):
        if chr(code).isupper():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "[" + "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges) + "]"


_CAPITAL = _capitals()
# A person named by initials alone, the way notes shorten a name they gave in full before: "M. R. sagt",
# "begleite ich H. W. zum Amt". Two or three capitals, each with its full stop; one alone is too often
# something else ("S. 4", "Abs. 2 S. 1"), and a lowercase letter is an abbreviation ("z. B.", "i. V."); after a
# number it is a unit ("20.000 I.E."), and "O.K." written tight is okay.

# An initial may keep its particle: "K. al-H.", "R. el-M.".
_INITIAL_PARTICLE: Final = r"(?:(?:al|el|ad|as|ar|an|at|asch|abu|bin|ibn|de|van)-)?"
_INITIALS: Final = re.compile(
    rf"(?<![\w.])(?<!\d )(?!O\.K\.){_CAPITAL}\.(?: ?{_INITIAL_PARTICLE}{_CAPITAL}\.){{1,2}}(?![\w.])"
)
# Each match's first full stop is followed by a capital and its full stop, with a space between or none: `re`
# finds such a full stop with a fast scan for "." (the lookbehinds that begin `_INITIALS` make it try every
# position of the text), and `_INITIALS` is tried only at the capital before it.
_INITIALS_HINT: Final = re.compile(rf"\.(?= ?{_INITIAL_PARTICLE}{_CAPITAL}\.)")


def _initials(text: str) -> list[tuple[int, int]]:
    """The spans `_INITIALS.finditer(text)` yields."""
    found: list[tuple[int, int]] = []
    end = 0
    for hint in _INITIALS_HINT.finditer(text):
        start = hint.start() - 1
        if start >= end and (m := _INITIALS.match(text, start)) is not None:
            end = m.end()
            found.append((start, end))
    return found


# What the patterns above need at their edge, tested before each runs (a regex call costs some thousands of
# instructions, and most spans have none of it): `_HOUSE_NUMBER` a space and a digit, `_FLAT` ", ", `_DIGITS_BEFORE`
# a digit and a space before the span, `_CODE_BEFORE` a capital and a space, `_AGE_AFTER_NAME` one of these,
# `_AGE_IN_LIST`, `_AGE_ENDING_LIST` and `_GUESSED_AGE` a space and a digit, "(" or the first letter of a number
# word (`_listed_age_lead`).
_AGE_AFTER_NAME_LEADS: Final = (
    " vor,",
    ")",
    ".",
    ",",
    " (",
    " aus ",
    " ist ",
    " is ",
    " isch ",
    " wird ",
    " genannt",
    "“ g",
    "” g",
    '" g',
    "« g",
    "» g",
    "' g",
)
_NUMBER_WORD_INITIALS: Final = (
    "adefnsvz"  # of `NUMBER_WORD`'s words: acht, drei, ein, fünf, neun, sechs, vier, zwei
)


# the words of an appointment, after which a number ending the sentence is its time ("Termin mit Frau X, 14.")
_APPOINTMENT_BEFORE: Final = re.compile(
    r"\b(?:[Tt]ermin\w*|[Tt]reffen|[Gg]espräch|[Ss]prechstunde|um|[Uu]hr"
    r"|[Mm]ontag|[Dd]ienstag|[Mm]ittwoch|[Dd]onnerstag|[Ff]reitag|[Ss]amstag|[Ss]onntag)\b"
)


# what follows a number and its full stop where it is an ordinal, not an age ending the sentence: a class, a place,
# a floor, a year of training ("Mein Sohn ist 7. Klasse", "Sohn Adam, 1. Klasse,", "Die Tochter war 3. beim Lauf")
_ORDINAL_AFTER: Final = re.compile(
    # (a space at most between: after a line break the number ended its sentence, "ist 15.⏎Beim Fußball …")
    r"\. ?(?i:klasse|klässler\w*|platz|stock|etage|og|semester|lehrjahr|ausbildungsjahr|schuljahr|mal|stelle"
    r"|liga|runde|beim|ssw|schwangerschaftswoche|woche|kw)\b"  # "22. SSW": a pregnancy's week, not an age
)


# a word typed small first in its sentence, "ist" and an age ending the clause (`_ages_after_small_names`)
_SMALL_NAME_AGE: Final = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=\n))([a-zäöüß][a-zäöüß]{2,}) (?:ist|is|wird) "
    rf"(?:{AGE_ADVERBS} )?(\d{{1,2}}|{NUMBER_WORD}){AGE_CLAUSE_END}"
)
# the same subject's age after a comma, its verb without a subject: "Rania dolmetscht beim Arzt, ist aber erst 14
# und …", "der junge heißt Yusuf, ist fünfzehn"
_ELLIPTIC_AGE: Final = re.compile(
    rf", (?:ist|is|isch|wird|war) {AGE_PARTICLES}(\d{{1,2}}|{NUMBER_WORD}){AGE_CLAUSE_END}"
)
_SMALL_NOT_NAMES: Final = frozenset(
    ["das", "es", "was", "wer", "wie", "wo", "hier", "da", "dort", "heute", "jetzt", "morgen", "gestern", "alles",
     "nichts", "man", "wir", "ihr", "sie", "er", "der", "die", "den", "dem", "dies", "diese", "dieser", "welche",
     "termin", "zimmer", "raum", "bus", "tram", "linie", "gleis", "seite", "nummer", "platz", "miete", "preis"]
)  # fmt: skip


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` begins (after the last ".", "!", "?" or line break before it, at most 80
    characters back)."""
    lo = max(0, at - 80)
    return max(lo, *(text.rfind(mark, lo, at) + 1 for mark in (". ", "! ", "? ", "\n")))


def _phrase_in(phrase: str, *lists: Collection[str]) -> bool:
    """Whether one of the word lists holds `phrase`."""
    return any(phrase in words for words in lists)


def _after_bracketed(text: str, start: int, end: int) -> int:
    """Where a list's age may follow a name: past the bracket that closes right after it, where the name is the
    person's name in its own script in brackets ("Vater Farhod (Фарҳод Раҳмонов) 36, Mutter …"); else `end`."""
    if text.startswith(") ", end) and text[end + 2 : end + 3].isdecimal():
        opened = text.rfind("(", max(0, start - 40), start)
        if opened != -1 and ")" not in text[opened:start]:
            return end + 1
    return end


def _listed_age_lead(text: str, end: int) -> bool:
    """Whether a space and a digit, "(" or a letter a number word begins with follow the span ending at `end`."""
    after = text[end + 1 : end + 2]
    return text[end : end + 1] == " " and (
        after == "(" or after.isdecimal() or (after != "" and after in _NUMBER_WORD_INITIALS)
    )


# what German writes after a town's name and a slash to tell it from its namesakes: an abbreviated region
# ("/O.L.", "/Opf.") or a river or a region's name ("/Saale", "/Oder")
_TOWN_QUALIFIER: Final = re.compile(r"/(?:(?:[A-ZÄÖÜ][a-zäöü]{0,3}\.){1,3}|[A-ZÄÖÜ][a-zäöüß]+\b)")
# or in brackets, a river's or a region's name that tells one town of a name from another: "Winsen (Aller)",
# "Frankfurt (Oder)", "Homberg (Efze)", "Weiden (Opf.)"; one word only ("Varto (Provinz Muş)" is a note)
_TOWN_BRACKETED: Final = re.compile(r" \((?:(?:[A-ZÄÖÜ][a-zäöü]{0,4}\.){1,2}|([A-ZÄÖÜ][a-zäöüß]+))\)")
# the town after a street and its number, whatever word its name is: "Ludwigstr. 41 in Hof", "Kirchgasse 3 in Bad
# Hersfeld"; not a house's part ("Lindenweg 3 in Zimmer 4")
_TOWN_AFTER_ADDRESS: Final = re.compile(
    rf" in ((?:{TOWN_PREFIX} )?(?!(?:Haus|Zimmer|Raum|Wohnung|Block"
    r"|Etage|Stock|Ordnung|Deutschland)\b)[A-ZÄÖÜ][\wäöüß-]+)(?=[\s.,;:!?)]|$)"
)
# a country or a country's part after a town is the note's own, not the town's name: "Kocho (Irak)", "(Nordirak)"
_COMPASS: Final = ("nord", "süd", "ost", "west", "zentral")
_CODE_CHARS: Final = frozenset(string.ascii_letters + string.digits + "./-")
# (or an office's number: "51.2-JH 0447/26")
_GLUED_REGISTER: Final = re.compile(r"(?<![\w.-])(?:[A-Za-z]{2,4}|\d{1,3}(?:\.\d{1,3}){0,2})-$")
_NO_DIGIT_MARKS: Final = str.maketrans("", "", "./-")
# (an office's letters after a dash: "EG 2026/04471-WAK", not a score's next part: "CHA2DS2-VASc")
_CHECK_DIGITS: Final = re.compile(r"-(?:\d{1,4}|[A-Z]{2,4}(?!\w)|[A-Z][a-z]?)(?![\w.,/-]\w)")


def _whole_code(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The whole run of code characters (letters, digits, ".", "/", "-") around a number found inside it, where
    that run holds no small word of the sentence: not over a full stop or a dash at its ends."""
    if not text[start:end].replace(" ", "").translate(_NO_DIGIT_MARKS).isdecimal():
        # a code with letters found whole already ("CHA2DS2" before "-VASc", a score), but for a register's
        # letters glued before it by a dash: "BuT-MSP-26-03318"
        head = _GLUED_REGISTER.search(text, max(lo, start - 12), start)
        # and its check digit or its office's letters after a dash: "HR-55 102 887-3", "32-AB 1187/2019-Ce"
        tail = _CHECK_DIGITS.match(text, end, hi)
        return (head.start() if head is not None else start), (tail.end() if tail is not None else end)
    s, e = start, end
    while s > lo and text[s - 1] in _CODE_CHARS:
        s -= 1
    while e < hi and text[e] in _CODE_CHARS:
        e += 1
    while s < start and text[s] in ".-/":
        s += 1
    while e > end and text[e - 1] in ".-/":
        e -= 1
    run = text[s:e]
    # a code, not a word glued to a number by a dash ("Kita-12345"): each part holds a digit, capitals past
    # its first letter ("AsylbLG", "VG") or one capital, a register's letter ("…/21-R")
    parts = [p for p in re.split(r"[./-]", run) if p]
    if all(any(c.isdigit() for c in p) or p.isupper() or not (p.islower() or p.istitle()) for p in parts):
        return s, e
    return start, end


def _country(word: str, countries: Collection[str]) -> bool:
    part = next((word[len(c) :] for c in _COMPASS if word.startswith(c)), "")
    return word in countries or word == "kurdistan" or part in countries


# the other end of a way whose one end is a masked town: "von Wehr nach [Ort]", "von [Ort] nach Mücke", "zwischen
# Lauda und [Ort]" (a village whose name is a word is a town there)
# (chat writes the towns small: "der bus von lek nach niebüll")
_ROUTE: Final = re.compile(
    rf"\b(?:[Vv]on|[Zz]wischen) ((?:{TOWN_PREFIX} )?[A-ZÄÖÜa-zäöü][\wäöüß-]+) (?:nach|und) "
    rf"((?:{TOWN_PREFIX} )?[A-ZÄÖÜa-zäöü][\wäöüß-]+)"
)


def _route_ends(
    text: str, spans: list[tuple[int, int, str, str]], lex: lexicon.Lexicon
) -> list[tuple[int, int, str, str]]:
    towns = {(s, e) for s, e, _, repl in spans if repl == "[Ort]"}
    added: list[tuple[int, int, str, str]] = []
    for m in _ROUTE.finditer(text):
        for known, other in ((1, 2), (2, 1)):
            if m.span(known) not in towns:
                continue
            start, end = m.span(other)
            word = m.group(other).casefold()
            if (
                any(s < end and start < e for s, e, _, _ in spans)
                or word in lex.cities  # a big city is context ("von Hamburg nach [Ort]")
                or _country(word, lex.countries)
                or word in lex.frequent
                or word in _ROUTE_WORDS
                # a word written small is a town only where no word list knows it: "von lek nach [Ort]", not "von
                # hier nach [Ort]", "zwischen arbeit und [Ort]"
                or (
                    m.group(other)[:1].islower()
                    and (len(word) < 3 or word in lex.words or lex.is_word(m.group(other)))
                )
            ):
                continue
            added.append((start, end, "PLACE", "[Ort]"))
    return sorted(spans + added) if added else spans


# the stems of the pronouns that stand before a noun like an adjective ("diese", "jene", "deine", "welche")
_DETERMINER_STEMS: Final = (
    "dies",
    "jen",
    "mein",
    "dein",
    "sein",
    "ihr",
    "unser",
    "eur",
    "welch",
    "jed",
    "manch",
)
# the kinds of a house, a congregation or a group, as a compound's head, whose town after them names one ("Stadtkirche
# Vacha", "Gospelchor Steyerberg", "Pfarrheim Rötz", "Dorfgemeinschaftshaus Straßkirchen"), or alone ("Kirche Vacha")
_TOWN_KIND_HEADS: Final = ("kirche", "kapelle", "chor", "heim", "haus", "bruderschaft", "moschee", "gemeinde")
_KIND_BEFORE_TOWN: Final = re.compile(
    # up to two adjectives of the name before the kind: "Freie evangelische Gemeinde Salzkotten", "Thüringer …"
    r"(?<![\w.-])(?P<named>(?:(?:[A-ZÄÖÜ][a-zäöüß]{3,}|evangelisch|katholisch|freikirchlich)(?:e|en|er|es) ){0,2}"
    rf"(?P<kind>[A-ZÄÖÜ][a-zäöüß]*(?:{'|'.join(_TOWN_KIND_HEADS)})|Kirche|Kapelle|Chor|Moschee|Gemeinde"
    # a facility named by its field: "Institut für Pathologie Weimar", "Praxis für Radiologie und Nuklearmedizin X"
    r"|(?:Institut|Klinik|Praxis|Zentrum|Ambulanz) für [A-ZÄÖÜ][\w-]+(?: und [A-ZÄÖÜ][\w-]+)?)"
    # and the word that links a hill's or a river's name: "Gemeinde am Herzberg", "Haus am Ruhrbogen"
    r"(?: am| an der| auf dem)?) $"
)
# a compound's first part cut off before "und" and another kind: "Grund- und Mittelschule", "Kinder- und
# Jugendpsychiatrie"
_JOINED_KIND_BEFORE: Final = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]+- (?:und|oder|u\.) $")
# the houses named by a field and its town: "Institut für Pathologie Weimar", "Zentrum für Nephrologie Uelzen"
_FIELD_HOUSES: Final = frozenset(["institut", "klinik", "praxis", "zentrum", "ambulanz", "abteilung"])
# the words of a hospital's kind, after its own name ("Sana Klinikum", "Havelland Kliniken", "Marien Hospital") or
# opening a facility's span ("Klinikum [Einrichtung]")
_HOSPITAL_KINDS: Final = r"(?:Klinikum|Kliniken|Klinik|Krankenhaus|Hospital|Spital)\b"
_HOSPITAL_KIND: Final = re.compile(_HOSPITAL_KINDS)


def _linked_houses(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A house named by its hill or its river after a facility's masked name is one name with it: "Seniorenheim
    [Einrichtung] am [Person M]" was "Seniorenheim Haus am Remigiusberg" (read after every pass, the learned one
    too, which finds such hills' names)."""
    out: list[tuple[int, int, str, str]] = []
    for start, end, label, repl in spans:
        if (
            out
            and out[-1][3].endswith(FACILITY_NAME)
            and label in ("PLACE", "PERSON")
            and text[out[-1][1] : start] in (" am ", " an der ", " auf dem ")
        ):
            start, _, label, repl = out.pop()
        out.append((start, end, label, repl))
    return out


_SURNAME_COMMA: Final = re.compile(r"([^\s,]+), ([^\s,]+(?: [^\s,]+)?)")


def _given_first(surface: str) -> str:
    """A name written surname first with a comma ("Kovalenko, Maksym", a letter's patient) in the order the prose
    writes it ("Maksym Kovalenko"), so that its pseudonym is his, not his mother's ("Olena Kovalenko"); a surname in
    capitals ("ABUKHALIL, Haidar", as a passport writes it) is left as it is, which the session's spellings match."""
    m = _SURNAME_COMMA.fullmatch(surface) if ", " in surface else None
    if m is None or m.group(1).isupper():
        return surface
    return f"{m.group(2)} {m.group(1)}"


def _kinds_before_towns(
    text: str, spans: list[tuple[int, int, str, str]], lex: lexicon.Lexicon
) -> list[tuple[int, int, str, str]]:
    """The facility's kind before a masked town is the facility's name with it ("Stadtkirche [Einrichtung]", where
    "Stadtkirche [Ort]" left the kind outside the name a reader takes as one); a hospital's own name before its
    kind and town is one name with them ("im Helios Klinikum Gifhorn", no person in it)."""
    out: list[tuple[int, int, str, str]] = []
    for start, end, label, repl in spans:
        if (
            out
            and out[-1][2] in ("PERSON", "PLACE")
            and out[-1][1] + 1 == start
            and text[out[-1][1]] == " "
            and repl.endswith(FACILITY_NAME)
            and _HOSPITAL_KIND.match(text, start) is not None
        ):
            start, label = out.pop()[0], "PLACE"
        elif (
            repl == "[Ort]"
            and (m := _KIND_BEFORE_TOWN.search(text, max(0, start - 80), start)) is not None
            and not (out and out[-1][1] > m.start())
        ):
            kind = m.group("kind")
            begin = m.start()
            # an article or a pronoun before it is none of the name's: "Unsere Stadtkirche …", "Diese Stadtkirche …"
            for word in text[begin : m.start("kind")].split(" ")[:-1]:
                fold = word.casefold()
                if not (fold in _SMALL_WORDS or fold in DETERMINERS or fold.startswith(_DETERMINER_STEMS)):
                    break
                begin += len(word) + 1
            folded = kind.casefold()
            head = next((h for h in _TOWN_KIND_HEADS if folded.endswith(h)), "") if " " not in kind else ""
            first = folded[: -len(head)] if head else ""
            # a compound's first part must be a word's ("Gospel|chor", "Pfarr|heim"), not a name's ("Hans|chor"); a
            # "Gemeinde" alone before a town is the town's ("Zuweisung in die Gemeinde Nalbach")
            alone = m.start("kind") == begin and m.end("kind") == m.end("named")
            if (not first or lex.is_first_part(first)) and not (kind == "Gemeinde" and alone):
                start, repl = begin, f"{kind} {FACILITY_NAME}"
        out.append((start, end, label, repl))
    return out


# a hospital named by its landscape or river, before its kind: "Havelland Kliniken", "Elbe-Elster Klinikum" (a
# landscape alone is context, kept; the hospital it names is where someone was treated)
_LANDSCAPE_HOSPITAL: Final = re.compile(
    rf"(?<![\w.-])([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*)[ -]{_HOSPITAL_KINDS}"
)


def _landscape_hospitals(
    text: str, spans: list[tuple[int, int, str, str]], lex: lexicon.Lexicon
) -> list[tuple[int, int, str, str]]:
    """`spans` and the hospitals named by a landscape or a river (`_LANDSCAPE_HOSPITAL`) that no span touches."""
    added: list[tuple[int, int, str, str]] = []
    for m in _LANDSCAPE_HOSPITAL.finditer(text):
        parts = m.group(1).casefold().split("-")
        if (
            any(p in lex.toponyms for p in parts)
            and not any(_country(p, lex.countries) for p in parts)
            and not any(s < m.end() and m.start() < e for s, e, _, _ in spans)
        ):
            added.append((m.start(), m.end(), "PLACE", FACILITY_NAME))
    return sorted(spans + added) if added else spans


# a second town joined to a masked one after the same preposition: "Wohnungssuche in [Ort] oder Derschlag" (a word
# no list knows, where the first is a town someone lives in or goes to)
_TOWN_PREPOSITION_BEFORE: Final = re.compile(r"\b(?:[Ii]n|[Aa]us|[Nn]ach|[Bb]ei|[Zz]wischen) $")
_COORDINATED_TOWN: Final = re.compile(
    r" (?:oder|und|bzw\.?) ([A-ZÄÖÜ][a-zäöüß]{2,}(?:-[A-ZÄÖÜ][a-zäöüß]+)*)\b(?![-.]\w)"
)


def _coordinated_towns(
    text: str, spans: list[tuple[int, int, str, str]], lex: lexicon.Lexicon
) -> list[tuple[int, int, str, str]]:
    """`spans` and the towns no word list knows joined to a masked town after its preposition (`_COORDINATED_TOWN`)."""
    added: list[tuple[int, int, str, str]] = []
    for k, (start, end, _, repl) in enumerate(spans):
        if (
            repl != "[Ort]"
            or _TOWN_PREPOSITION_BEFORE.search(text, max(0, start - 9), start) is None
            or (m := _COORDINATED_TOWN.match(text, end)) is None
            or (k + 1 < len(spans) and spans[k + 1][0] < m.end())
        ):
            continue
        word = m.group(1)
        fold = word.casefold()
        if (
            fold in lex.cities  # a big city is context ("in [Ort] oder Köln")
            or _country(fold, lex.countries)
            or fold in lex.frequent
            or lex.is_word(word)
        ):
            continue
        added.append((m.start(1), m.end(1), "PLACE", "[Ort]"))
    return sorted(spans + added) if added else spans


# (and "nach Hause", no town's name)
_ROUTE_WORDS: Final = _WEEKDAYS | {"hause", "haus"}


def _in_foreign(toks: Tokens, start: int, end: int) -> bool:
    """Whether the characters start..end lie in tokens of `toks.foreign` only."""
    k = bisect_left(toks.ends, start + 1)
    inside = False
    while k < len(toks.starts) and toks.starts[k] < end:
        if k not in toks.foreign:
            return False
        inside = True
        k += 1
    return inside


def _spaced_before(text: str, start: int) -> str:
    """The character before the space a match of `_DIGITS_BEFORE` or `_CODE_BEFORE` ends with, searched up to
    `start` ("" if there is no space): their `$` matches at `start`, or before a newline there."""
    end = start - 1 if text[start - 1 : start] == "\n" else start
    return text[end - 2] if end >= 2 and text[end - 1] == " " else ""


# A masked name is widened over the words of its facility's name that would tell it, or that a reader takes as
# part of it: a hospital's kind after a masked name ("im Sana Klinikum"), a carrier's capitals before a facility
# ("KMG Klinikum [Einrichtung]"), a cooperative's form after it ("Wohnbau [Einrichtung] eG")
_HOSPITAL_AFTER: Final = re.compile(rf"[ -]{_HOSPITAL_KINDS}(?!-)")
_CHAIN_BEFORE: Final = re.compile(r"(?<![\w.-])[A-Z]{2,6} $")


# the punctuation speech recognition writes as words, never a name's part
_DICTATION_END: Final = re.compile(
    r" (?:Punkt|Komma|Doppelpunkt|Semikolon|Absatz|Fragezeichen|Ausrufezeichen|Bindestrich|Schrägstrich)$"
)


def _widened(
    text: str, spans: list[tuple[int, int, str, str]], countries: Collection[str] = ()
) -> list[tuple[int, int, str, str]]:
    out: list[tuple[int, int, str, str]] = []
    listed = -10  # where the last age of a list of names ended
    taken = 0  # where a span taken into an address ends: the spans before it are in it
    for k, (start, end, label, repl) in enumerate(spans):
        if start < taken:
            continue
        following = spans[k + 1][0] if k + 1 < len(spans) else len(text)
        previous = out[-1][1] if out else 0
        if (
            label == "PHONE"
            and _spaced_before(text, start).isdecimal()
            and (m := _DIGITS_BEFORE.search(text, max(previous, start - 20), start)) is not None
        ):
            start = m.start()
        if (
            label in ("NUMBER", "ID", "PHONE")
            and "A" <= _spaced_before(text, start) <= "Z"
            and (m := _CODE_BEFORE.search(text, max(previous, start - 21), start))
        ):
            start = m.start()  # the letters of a number's register: "ET 412987", "AKN 2026 771903"
        if label in ("ID", "NUMBER") and (
            text[start - 1 : start] in _CODE_CHARS or text[end : end + 1] in _CODE_CHARS
        ):
            # the rest of one code glued to the part found: "50.2-AsylbLG-0788/26", "0467/2611/26-VG"
            start, end = _whole_code(text, start, end, previous, following)
        if (
            label == "PLACE"
            and text[end : end + 1] == "/"
            and (m := _TOWN_QUALIFIER.match(text, end)) is not None
            and m.end() <= following
        ):
            end = m.end()  # the region after a town's name: "Rothenburg/O.L.", "Halle/Saale"
        if (
            repl == "[Ort]"
            and text.startswith(" (", end)
            and (m := _TOWN_BRACKETED.match(text, end)) is not None
            and m.end() <= following
            and not (m.group(1) and _country(m.group(1).casefold(), countries))
        ):
            end = m.end()
        if (
            label in ("PERSON", "PLACE")
            and text[end : end + 1] == " "
            and text[end + 1 : end + 2].isdecimal()
            and (m := _HOUSE_NUMBER.match(text, end)) is not None
            and m.end() <= following
        ):
            if repl.endswith(FACILITY_NAME):
                end = m.end()  # "Unterkunft [Einrichtung]", number and all
            elif " " not in text[start:end] and _LOCATIVE.search(text, max(0, start - 12), start):
                start, end, label, repl = start, m.end(), "ADDRESS", "[Adresse]"
        if (
            label in ("ADDRESS", "PLACE")
            and text.startswith(", ", end)
            and (m := _FLAT.match(text, end)) is not None
            and m.end() <= following
        ):
            if label == "ADDRESS":
                end = m.end()
            else:
                out.append((start, end, label, repl))
                start, end, label, repl = m.start() + 2, m.end(), "ADDRESS", "[Adresse]"
        if (
            (label == "ADDRESS" or repl.endswith(FACILITY_NAME))
            and text[end - 1 : end].isdecimal()
            and text[end : end + 1] in (" ", ",")
            and (m := _DICTATED_ADDRESS_END.match(text, end)) is not None
            and m.end() > end
        ):
            # the house number's letter and a postal code said digit by digit, with the town after it, belong to
            # the address: "Lindenweg 12 b 3 4 5 6 7 Hainau" (a dictated postal code is no number of its own)
            end = m.end()
            for later in spans[k + 1 :]:
                if later[0] >= end:
                    break
                end = max(end, later[1])
            taken = end
            following = spans[k + 1][0] if k + 1 < len(spans) else len(text)
        if (
            label == "ADDRESS"
            and text.startswith(" in ", end)
            and (town := _TOWN_AFTER_ADDRESS.match(text, end)) is not None
            and town.end() <= following
            and not _country(town.group(1).casefold(), countries)
        ):
            out.append((start, end, label, repl))
            start, end, label, repl = town.start(1), town.end(1), "PLACE", "[Ort]"
        if (
            label == "DATE"
            and text[end - 1 : end] == "."
            and (end == len(text) or (text[end : end + 1].isspace() and text[end + 1 : end + 2].isupper()))
        ):
            end -= 1  # the day's full stop ends the sentence too: "am 28.01. Der Arzt …" keeps its "."
        if (
            label == "PERSON"
            and " " in text[start:end]
            and (m := _DICTATION_END.search(text, start, end)) is not None
        ):
            # a dictated letter's punctuation said as a word: "den herrn Bondarenko Punkt er klagt"
            end = m.start()
        if label == "PERSON" and (m := _LONE_INITIAL.match(text, end)) is not None and m.end() <= following:
            end = m.end()  # the surname's initial without its full stop: "Heute war Karim B nicht da."
        if label in ("PERSON", "PLACE"):
            if (m := _HOSPITAL_AFTER.match(text, end)) is not None and m.end() <= following:
                # a hospital named before its kind is one name: "im Sana Klinikum", "Martin Gropius Krankenhaus"
                end, label, repl = m.end(), "PLACE", FACILITY_NAME
            if repl.endswith(FACILITY_NAME):
                if (m := _CHAIN_BEFORE.search(text, max(previous, start - 8), start)) is not None:
                    # its carrier's letters: "KMG Klinikum [Einrichtung]", "BG Unfallklinik …"
                    start = m.start()
                if text.startswith(" eG", end) and not text[end + 3 : end + 4].isalnum():
                    end += 3  # a cooperative's form: "Wohnbau Delbrück eG"
        out.append((start, end, label, repl))
        if (
            (label == "PERSON" or repl == "[Ort]")  # "Herr Beridze aus Kutaissi, 33, hat …"
            and (
                (
                    text.startswith(_AGE_AFTER_NAME_LEADS, end)
                    and (m := _AGE_AFTER_NAME.match(text, end)) is not None
                )
                # a name inside the brackets after the person's name, the age after them: "Herr Şêrko X.
                # (Shirko K. in den Papieren), 52,"
                or (
                    label == "PERSON"
                    and (opened := text.rfind("(", max(0, start - 40), start)) != -1
                    and ")" not in text[opened:start]
                    and (m := _AGE_AFTER_BRACKETED.match(text, end)) is not None
                )
            )
            and m.end() <= following
        ):
            group = next(g for g in range(1, 6) if m.group(g) is not None)
            # at the sentence's end a small number after a name may number a list ("Termin mit Frau X, 3."); a
            # child's age there has its kin word ("Tochter Valentina, 6."); after an appointment it is a time
            ends = group == 1 and not text.startswith((",", ":", ";", ")", " und"), m.end(1))
            if not (
                ends
                and m.group(1).isdigit()
                and (
                    (
                        int(m.group(1)) < 10
                        and _KIN_BEFORE.search(text, max(0, start - 9), start) is None
                        # the last of a list of children the sentence began: "Kinder Meron, 6, und Abel, 4."
                        and _CHILDREN_LISTED.search(text, _sentence_start(text, start), start) is None
                    )
                    # "Termin mit Frau Haile, 14." is a time
                    or _APPOINTMENT_BEFORE.search(text, _sentence_start(text, start), start) is not None
                )
            ):
                out.append(
                    (m.start(group), m.end(group), "AGE", f"[Alter {age_band(number_value(m.group(group)))}]")
                )
        elif (
            label == "PERSON"
            and text.startswith(": ", end)
            and (
                (m := _CASE_AGE.match(text, end)) is not None
                or (
                    _CASE_BEFORE.search(text, max(0, start - 10), start) is not None
                    and (m := _CASE_AGE_ANY.match(text, end)) is not None
                )
            )
            and m.end(1) <= following
        ):
            out.append((m.start(1), m.end(1), "AGE", f"[Alter {age_band(number_value(m.group(1)))}]"))
        elif (
            label == "PERSON"
            and text.startswith(" (", end)
            and (m := _AGE_WORDS_BRACKETED.match(text, end)) is not None
            and m.end() <= following
        ):
            out.append((m.start(1), m.end(2), "AGE", f"[Alter {age_band(number_value(m.group(1)))}]"))
        elif (
            label == "PERSON"
            and text.startswith((",", " (", ")", ".", " aus "), end)
            and (m := _AGE_UNIT_AFTER_NAME.match(text, end)) is not None
            and m.end() <= following
            and _PET_BEFORE.search(text, max(0, start - 40), start) is None
        ):
            months = m.group(2).lower() in ("monate", "wochen")
            band = age_band(0 if months else number_value(m.group(1)))
            out.append((m.start(1), m.end(2), "AGE", f"[Alter {band}]"))
        elif (
            label == "PERSON"
            and text.startswith(" ", end)
            and (m := _AGE_UNIT_RIGHT_AFTER.match(text, end)) is not None
            and m.end() <= following
            and _PET_BEFORE.search(text, max(0, start - 40), start) is None
        ):
            out.append((m.start(1), m.end(2), "AGE", f"[Alter {age_band(int(m.group(1)))}]"))
        elif (
            label == "PERSON"
            and text.startswith(" ", end)
            and (m := _AGE_AFTER_SUBJECT.match(text, end)) is not None
            and m.end() <= following
            and _VERB_BEFORE_SUBJECT.search(text, max(0, start - 16), start) is not None
        ):
            out.append((m.start(1), m.end(1), "AGE", f"[Alter {age_band(number_value(m.group(1)))}]"))
        elif (
            label == "PERSON"
            and (
                _listed_age_lead(text, (at := _after_bracketed(text, start, end)))
                or text.startswith((" kennen", " getroffen"), end)
            )
            and (
                (m := _AGE_IN_LIST.match(text, at)) is not None
                or (
                    # the items two characters apart (", "), " und " or ", und " ("Ben 3, und Mia 11.")
                    (
                        start - listed <= 5
                        or text[listed:start] == ", und "
                        or _KIN_BEFORE.search(text, max(0, start - 9), start) is not None
                    )
                    and (m := _AGE_ENDING_LIST.match(text, at)) is not None
                )
                or (
                    start - listed == 5
                    and text[listed:start] == " und "
                    and (m := _AGE_LAST_ITEM.match(text, at)) is not None
                )
                or (
                    _SALUTATION_BEFORE.search(text, max(0, start - 5), start) is not None
                    and (m := _AGE_ENDING_LIST.match(text, at)) is not None
                    and number_value(m.group(1)) >= _ADULT
                )
                or (m := _GUESSED_AGE.match(text, at)) is not None
                or ((m := _AGE_BEFORE_ORIGIN.match(text, at)) is not None and number_value(m.group(1)) >= 10)
                or (
                    _KIN_BEFORE.search(text, max(0, start - 9), start) is not None
                    and (m := _KIN_AGE_BEFORE_VERB.match(text, at)) is not None
                )
            )
            and m.end() <= following
        ):
            if m.re is _GUESSED_AGE:  # its age is the first group or the second
                group = 1 if m.group(1) is not None else 2
                out.append((m.start(group), m.end(group), "AGE", f"[Alter {age_band(int(m.group(group)))}]"))
                listed = m.end(group)
            else:
                months = m.lastindex == 2 and m.group(2) is not None
                band = age_band(0 if months else number_value(m.group(1)))
                out.append((m.start(1), m.end(2) if months else m.end(1), "AGE", f"[Alter {band}]"))
                listed = m.end(1)
        while (
            out[-1][2] == "AGE"
            and (
                (m := _AGE_AFTER_AGE.match(text, out[-1][1])) is not None
                or (m := _KIN_AFTER_AGE.match(text, out[-1][1])) is not None
            )
            and m.end() <= following
        ):
            out.append((m.start(1), m.end(1), "AGE", f"[Alter {age_band(number_value(m.group(1)))}]"))
    # ages listed before a found one: "3 Kinder, 2, 5 und 9 Jahre alt"
    k = 0
    while k < len(out):
        start, _, label, _ = out[k]
        previous = out[k - 1][1] if k else 0
        if (
            label == "AGE"
            and (m := _AGE_BEFORE_AGE.search(text, max(previous, start - 9), start)) is not None
        ):
            out.insert(k, (m.start(1), m.end(1), "AGE", f"[Alter {age_band(int(m.group(1)))}]"))
            continue  # the inserted one may have one before it too
        k += 1
    return out


# Doubts that are no single word (`_span_doubts`):
# - a number of one or two digits right after a person, or between commas after one in the same sentence: an
#   age the age rules did not read ("Layla 14, Jihan 12", "Mahad, der Große, 15, will …"); not a decimal, not a
#   number with its unit or noun after it ("3 Kinder"), nor "1,5", "2.400", "§ 4 AsylG". The pattern begins
#   with the space, where `_age_like` tries it (at the space before a short digit run or a number word's token).
#   A number in words counts too ("aus dem Jemen, neunzehn, kam …"), and one before a bracket that tells more
#   ("Tim 4 (ja, wirklich Tim)").
_AGE_LIKE: Final = re.compile(
    rf" (?<=[\w,\])] )(\d{{1,2}}|(?!ein\b){NUMBER_WORD})(?=[,;).](?!\d)|$| und(?!\w)| \()"
)
_NUMBER_WORD_WHOLE: Final = re.compile(NUMBER_WORD)
# the first two letters of every number word: only tokens beginning so are tried as one
_NUMBER_WORD_HEADS: Final = frozenset(
    ["zw", "dr", "vi", "fü", "se", "si", "ac", "ne", "ze", "el", "ei", "an"]
)
# - a user name without "@": lowercase words joined by dots, no space ("sofi.vogtland", "rojin.hm"); not an
#   abbreviation, whose parts are single letters ("z.b.", "i.v."); searched only where a dot joins two words
_DOTTED_GATE: Final = re.compile(r"\.(?<=[\w\]]\.)[a-zß-öø-ÿ0-9_]\w")
_DOTTED_NAME: Final = re.compile(
    r"(?:(?<![\w.@/])[a-zß-öø-ÿ]\w{2,}|(?<=\]))(?:\.[a-zß-öø-ÿ0-9_]\w+)+(?![\w@/]|\.\w)"
)


def _number_word_starts(toks: Tokens) -> list[int]:
    """Where the tokens that are number words begin ("neunzehn", "einundsiebzig"; in lowercase, as `_AGE_LIKE`
    reads them)."""
    starts = toks.starts
    return [
        starts[i]
        for i, w in enumerate(toks.words)
        if w[:2] in _NUMBER_WORD_HEADS and _NUMBER_WORD_WHOLE.fullmatch(w) is not None
    ]


def _age_like(text: str, runs: list[tuple[int, int]], words: list[int]) -> list[tuple[int, int]]:
    """The numbers `_AGE_LIKE.finditer(text)` finds, tried only where one can begin: a run of one or two digits
    after a space (of the text's digit runs) or a number word's token (`words`, their starts). A scan would stop
    at every space of the text."""
    out = []
    for start in sorted([s for s, e in runs if e - s <= 2] + words):
        if start and text[start - 1] == " ":
            m = _AGE_LIKE.match(text, start - 1)
            if m is not None:
                out.append((m.start(1), m.end(1)))
    return out


# before a number that may be an age, besides a comma or a name: "sind 5 und 11", "ist 12"
# and the words that put an age after a verb: "ist nur 3", "kam mit 16.", "ist erst 17"
_AGE_VERBS: Final = frozenset(
    [
        "sind",
        "ist",
        "wird",
        "werden",
        "und",
        "bin",
        "er",
        "sie",
        "nur",
        "erst",
        "mit",
        "schon",
        "fast",
        "knapp",
    ]
)
# finite verbs after a subject, and the prepositions before a person at a clause's end (initials as a name)
_SUBJECT_VERBS: Final = frozenset(data.SUBJECT_VERBS.casefold().split())
_INITIALS_AFTER: Final = frozenset(["an", "mit", "für", "bei", "von", "und"])
# a subordinate clause's subject stands right after its conjunction: "…, dass TM bleiben darf"
_CONJUNCTIONS: Final = frozenset(["dass", "weil", "ob", "wenn", "obwohl", "damit"])
_AGE_REACH = 60  # characters between the person and a number between commas
# after these a name that is also a word is the word ("ein Engel", "im Winter", "auf Glück"), unless the article
# may be the colloquial one before a surname ("der alte Fink", "Der Bauer braucht …")
_PERSON_ARTICLES: Final = frozenset(["der", "die"])
# the particles of names from other languages; not the German ones, which are prepositions and articles as
# often ("von [Person A]", "zu", "der")
_FOREIGN_PARTICLES: Final = PARTICLES - frozenset(["von", "zu", "der", "den", "da", "du"])
_BEFORE_THE_WORD: Final = DETERMINERS | frozenset(
    [
        "in",
        "an",
        "auf",
        "aus",
        "nach",
        "vor",
        "bis",
        "seit",
        "für",
        "mit",
        "bei",
        "von",
        "wie",
        "über",
        "unter",
        "um",
    ]
)


_MAIL_PARTS: Final = re.compile(r"[._+\-\d]+")


def _with_mail_names(
    known: Collection[str], structured: list[tuple[int, int, str, str]], text: str, lex: lexicon.Lexicon
) -> Collection[str]:
    """The session's names and, for this text, the names an e-mail address in it is made of ("rosi.fink@…"): the
    writer who signs "ich heiße auch Fink" after giving the address is named by it, with the care a learned name
    takes (a surname that is a word stays the word in lowercase and after an article: "da fink im garten")."""
    parts = {
        part
        for start, end, label, _ in structured
        if label == "EMAIL"
        for part in _MAIL_PARTS.split(text[start:end].partition("@")[0].casefold())
        if len(part) >= 3 and lex.is_name(part)
    }
    # most texts hold no address: the session's names as they are, never copied
    return known if not parts or all(part in known for part in parts) else {*known, *parts}


# what stands before a noun in its ordinary use, not before a name: "ein echter Lichtblick", "der Kranich"
_NOUN_DETERMINERS: Final = frozenset(
    [*data.ARTICLES.split(), "einem", "eines", "kein", "keine", "keinen", "keinem", "keiner", "dieser", "diese",
     "dieses", "diesen", "diesem", "jeder", "jede", "jedes", "jeden", "mein", "meine", "dein", "deine", "euer",
     "eure", "welcher", "welche", "welches", "viele", "echter", "echte", "echtes", "großer", "kleiner", "neuer"]
)  # fmt: skip


def _remembered_facility(toks: Tokens, i: int, context: Context) -> bool:
    """Token i names a facility the session masked before: a name no list holds, in any case ("vom mariengarten"), or
    a word that stands as the name (`_named_as_facility`: "Kranich zahlt sofort")."""
    fold = toks.folded[i]
    return fold in context.facilities or (fold in context.facility_words and _named_as_facility(toks, i))


# prepositions after which a firm's name stands with no article, a noun never: "bei falke", "von kranich"
_BEFORE_A_NAME: Final = frozenset(["bei", "von", "für"])
# prepositions that end like an adjective ("über", "unter") and stand before a name as before a noun
_PREPOSITIONS: Final = frozenset(["über", "unter", "hinter", "neben", "gegenüber"])


def _named_as_facility(toks: Tokens, i: int) -> bool:
    """Token i, a word the session knows as a facility's name, stands as the name: capitalised, with no article, no
    determiner and no inflected adjective right before it ("Kranich zahlt sofort", "bei Kranich", "im Lichtblick";
    not "ein echter Lichtblick", "der Kranich fliegt", "zwei graue Kraniche")."""
    if not toks.caps[i]:
        # in chat, typed small, right after a preposition that takes no article before a name: "bei falke kenn ick den
        # schichtleiter" (the noun needs its article there: "beim Falken", "bei dem Falken")
        return i > 0 and toks.gaps[i] == " " and toks.folded[i - 1] in _BEFORE_A_NAME
    if i == 0 or toks.gaps[i] != " ":
        return True  # the text's first word, or after a sign: "… voll. Lichtblick jetzt donnerstags"
    before = toks.folded[i - 1]
    if before in _NOUN_DETERMINERS:
        return False
    return before in _PREPOSITIONS or toks.caps[i - 1] or not before.endswith(_ADJECTIVE_ENDINGS)


_LIVES: Final = frozenset(
    ["wohnt", "wohnen", "wohnte", "wohnten", "lebt", "leben", "lebte", "lebten", "wohnhaft", "aufgewachsen"]
)


def _lives_before(toks: Tokens, i: int) -> bool:
    """Whether a verb of living stands before token i in its clause, at most eight words back."""
    folded, gaps = toks.folded, toks.gaps
    for k in range(i - 1, max(-1, i - 9), -1):
        if folded[k] in _LIVES:
            return True
        if any(c in gaps[k] for c in ".,;:!?"):
            return False
    return False


def _english_word_names(toks: Tokens, foreign: frozenset[int], lex: lexicon.Lexicon) -> list[int]:
    """Inside a sentence in English, a capitalised word English writes small that a name list holds is a name:
    "my friend Rose got her permit", "the teacher told Rose …" (German capitalises "Rose" as a noun, so the
    name finder left it the word)."""
    folded, caps, gaps = toks.folded, toks.caps, toks.gaps
    return [
        i
        for i in range(1, len(folded) - 1)
        if caps[i]
        and i not in foreign
        and i - 1 in foreign
        and i + 1 in foreign
        and gaps[i] == " "
        and gaps[i + 1][:1] in (" ", ",")
        # after an English word German does not write: not Low German's "de Jung is al 1,60"
        and folded[i - 1] in lex.english_markers
        and folded[i] in lex.english
        and lex.is_name(folded[i])
        and folded[i] not in lex.english_languages
    ]


def _with_owner_names(known: Collection[str], toks: Tokens, finder: NameFinder) -> Collection[str]:
    """The names a firm is named by in this text ("Bäckerei Koch", "Autohaus Fuchs"): the owner is the person "der
    alte Koch sagt" speaks of later, learned for this text with the care a learned name takes (a surname that is a
    word stays the word after an article before no verb of saying: "ein Koch werden")."""
    if MARK_FACILITY not in toks.marks:
        return known
    owners = {
        toks.folded[x]
        for i, j in finder.facilities(toks)
        for x in range(i + 1, j)
        if toks.kinds[x] is WEAK and toks.caps[x] and toks.marks[i] == MARK_FACILITY
    }
    return known if not owners or owners.issubset(known) else {*known, *owners}


def _kept_by_rules(toks: Tokens, finder: NameFinder, start: int, end: int) -> int:
    """How a rule kept a word token within [start, end) readable, where its text alone reads as a name: `KEPT`
    on purpose by a step of the name finder (`Tokens.kept`: a drug before its dose, an eponym, a car model) or by
    its context (a word of a country's name, "Morbus Wilson"); `GUESSED` an abbreviation for its full stop
    ("Telnr.", but also "mit ahmo."); 0 for neither."""
    starts = toks.starts
    k = bisect_left(starts, start)
    kept = toks.kept
    out = 0
    while k < len(starts) and starts[k] < end:
        if k in kept:
            return _KEPT
        kind = toks.kinds[k]
        if (kind is WORD or kind is ABBREVIATION) and finder._info(toks.words[k])[0] is not kind:
            if kind is WORD:
                return _KEPT
            out = _GUESSED
        k += 1
    return out


_KEPT, _GUESSED = 2, 1


def _labels_masked(text: str, end: int, spans: list[Span]) -> bool:
    """An abbreviation ending at `end` stands right before a masked number, code or date: its label ("Az. [Kennung]",
    "Nr. [Kennung]"), no one's name."""
    at = end + 1 if text[end : end + 1] == "." else end
    at += 1 if text[at : at + 1] == " " else 0
    return any(s == at and label not in ("PERSON", "PLACE") for s, _, label, _ in spans)


def _everywhere(
    text: str, spans: list[Span], runs: list[tuple[int, int, str]], masked: dict[str, str]
) -> list[tuple[int, int, str]]:
    """`runs` plus every other readable token of `text` that is one of the tokens the learned pass `masked`
    (casefolded): a word masked once and readable elsewhere in the same text gives itself away ("ahmo … ahmo")."""
    out = list(runs)
    for start, end, word in learned_pass.tokens(text):
        kind = masked.get(word.casefold())
        if kind is None:
            continue
        if any(s < end and start < e for s, e, _, _ in spans) or any(
            s < end and start < e for s, e, _ in runs
        ):
            continue
        out.append((start, end, kind))
    return sorted(out) if len(out) > len(runs) else runs


def pseudonym_letters(index: int) -> str:
    letters = string.ascii_uppercase
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = letters[rem] + out
    return out


_finder_lock = threading.Lock()


def _without_suffix(word: str) -> str:
    """A capitalised name without a lowercase part joined by a hyphen: "Ali-jan" → "Ali", "Maryam-joon" →
    "Maryam"; "al-Khatib" and "Anna-Lena" stay."""
    head, _, tail = word.rpartition("-")
    return head if head[:1].isupper() and tail.islower() and tail.isalpha() else word


class GermanAnonymizer:
    """Offline, explainable, German-first, layered. See docs/anonymizer.md."""

    def __init__(self, lex: lexicon.Lexicon | None = None, learned: bool | None = None) -> None:
        self._lex = lex
        self._finder: NameFinder | None = None
        # the learned pass after the rules (`learned`): opened on the first text; False for the rules alone, None
        # for `learned.ENABLED`
        self._learned = learned_pass.ENABLED if learned is None else learned
        self._tagger: learned_pass.Tagger | None = None
        self._asker: learned_pass.Asker | None = (
            None  # which tokens the tagger is asked about, before it loads
        )
        self._surfaces: dict[str, tuple[tuple[str, str | None], ...]] = {}

    @property
    def finder(self) -> NameFinder:
        finder = self._finder
        if finder is None:
            # The TUI warms this in a thread while answers may already come in: built once.
            # The second read goes through a fresh local: compiled with mypyc, a re-read of the
            # attribute after `is None` is typed as None and raises TypeError when the other
            # thread has just set it.
            with _finder_lock:
                finder = self._finder
                if finder is None:
                    self._lex = self._lex or lexicon.get()
                    finder = NameFinder(self._lex)
                    self._finder = finder
        return finder

    # -- public API -----------------------------------------------------------------------------------------

    def anonymize(self, text: str, context: Context | None = None) -> Result:
        context = context if context is not None else Context()
        seen = self._as_read(text)
        spans, toks, runs = self._detect(seen, context, text)
        if context.released:
            spans = [s for s in spans if seen[s[0] : s[1]].casefold() not in context.released]
        doubts = self._doubts(toks, spans, context, seen, runs)
        if self._learned:
            spans, doubts = self._with_learned(seen, spans, doubts, context, toks)
        if " am " in seen or " an der " in seen or " auf dem " in seen:
            spans = _linked_houses(seen, spans)
        out: list[str] = []
        entities: list[Entity] = []
        pos = 0
        for start, end, label, repl in spans:
            if seen is not text and PLACEHOLDER.sub("", repl):
                repl = _in_case_of(repl, seen[start:end], text[start:end])
            out.append(text[pos:start])
            out.append(repl)
            entities.append(Entity(start, end, label, repl))
            pos = end
        out.append(text[pos:])
        result_text = "".join(out)
        if context.vocabulary and doubts:
            # the session's own words (its agenda's prompts) are no one's: "glitzermoment" typed small
            doubts = tuple(d for d in doubts if text[d.start : d.end].casefold() not in context.vocabulary)
        return Result(result_text, tuple(entities), tuple(self.flags(result_text)), doubts)

    def _as_read(self, text: str) -> str:
        """`text` as the finders read it: a text, or a sentence of it, typed all in capitals as if written in
        ordinary case (`recased`), with the same length, so every span found there is the span to replace here."""
        shouted = _shouted(text)
        return self.recased(text, shouted) if shouted else text

    def recased(self, text: str, parts: list[tuple[int, int]] | None = None) -> str:
        """`text`, typed in capitals (in `parts` of it, or all), in the case of ordinary German with the same
        length: a word the word lists know as a noun begins with a capital, every other word is written small, as
        in lowercase chat, where the name lists find names (a word no list knows is as often a name as a dialect
        or chat form: "MOIN", "GEHTS", "NICH"). Placeholders stay as they are."""
        lex = self.finder.lex
        out: list[str] = []
        pos = 0
        protected = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(text)] if "[" in text else []
        for m in _LETTERS.finditer(text):
            start, end = m.span()
            if any(s <= start < e for s, e in protected) or (
                parts is not None and not any(s <= start < e for s, e in parts)
            ):
                continue
            word = m.group()
            low = lowered(word)
            cap = low[:1].upper() + low[1:] if len(low[:1].upper()) == 1 else low
            # a noun, or a compound of nouns no list holds as a word of its own ("MIETERVEREIN", "WILHELMSTRASSE");
            # a word before a street's noun and its number is part of the street's name ("LANGE STRASSE 3")
            # and a town no word list holds as a word, so that a facility's name it is reads as one ("KLINIKUM
            # KÖTHEN KARDIOLOGIE": "Klinikum Köthen"; not "HALLE")
            noun = (
                lex.is_noun(cap)
                or (low not in lex.words and lex.is_known_form(cap))
                or _STREET_NAMED_AFTER.match(text, end) is not None
                or (low in lex.places and not lex.is_word(low))
            )
            new = cap if noun and len(word) > 1 and low not in _SMALL_WORDS else low
            if out and out[-1].casefold() in _SHOUTED_SALUTATIONS and text[pos:start] == " ":
                new = cap  # the name after a salutation, as the name lists read it: "FRAU SCHULZ" -> "Frau Schulz"
            out.append(text[pos:start])
            out.append(new)
            pos = end
        out.append(text[pos:])
        return "".join(out)

    def _with_learned(
        self, text: str, spans: list[Span], doubts: tuple[Doubt, ...], context: Context, toks: Tokens
    ) -> tuple[list[Span], tuple[Doubt, ...]]:
        """The rules' spans plus the learned tagger's on tokens they left readable (`learned`), in two tiers: a
        token the model reads as part of an identifier with at least `learned.THRESHOLD` is masked where no
        lexicon knows it as a word (`learned.known`) and no rule kept it on purpose (`_kept_by_rules`); such a
        word is a doubt from `learned.KNOWN_DOUBT`, every other token from `learned.DOUBT_THRESHOLD`. The rules'
        doubts a masked token covers are settled, the others stay. Without python-crfsuite or its model the
        rules' spans and doubts as they are."""
        finder = self.finder  # before the lock: building the finder takes it too
        tagger = self._tagger
        asker = tagger.asker if tagger is not None else self._asker
        if asker is None:
            asker = self._asker = learned_pass.Asker(finder)
        prepared = asker.asked(text, spans, context.today)
        if not prepared.asked:
            return spans, doubts  # nothing to ask: the model is not even loaded
        if tagger is None:
            with _finder_lock:
                tagger = self._tagger
                if tagger is None:
                    tagger = learned_pass.tagger(finder)
                    if tagger is None:
                        self._learned = False
                        return spans, doubts
                    self._tagger = tagger
        readings = tagger.read(text, spans, doubts, prepared=prepared)
        if not readings:
            return spans, doubts
        runs: list[tuple[int, int, str]] = []  # what is masked: next tokens of one type joined
        raised: list[Doubt] = []
        masked: dict[str, str] = {}  # the casefolded tokens masked, with their type
        # a facility's kind, compounds no list holds included ("Jugendwohngruppe", "Schwerpunktpraxis"), names no
        # place: the pass may doubt it, not mask it
        kinds = {toks.starts[k] for k, mark in enumerate(toks.marks) if mark == MARK_FACILITY}
        for start, end, kind, p, number in readings:
            surface = text[start:end]
            if surface.casefold() in context.released:
                continue
            if text[start] in "'’" and any(e == start and lab == "PERSON" for _, e, lab, _ in spans):
                continue  # a Turkish case ending after a masked name's apostrophe is grammar: "[Person A]'nın"
            if number:
                # a number is never masked by the pass: a doubt where the model is sure ("die Mutter ist 34 und
                # …"); one a unit, a time or a count makes ordinary is not even asked (`learned.counted`)
                if p >= learned_pass.NUMBER_DOUBT:
                    raised.append(Doubt(*learned_pass.date_around(text, start, end)))
                continue
            if toks.foreign and _in_foreign(toks, start, end):
                continue  # an English word of an English sentence (or French, or Turkish)
            rule = _kept_by_rules(toks, finder, start, end)
            if rule == _KEPT and surface.casefold() in _DAY_ABBREVIATIONS:
                continue  # a list of weekdays the name finder kept ("Mo–Fr"): no one's name, and no doubt
            if start in kinds and p >= learned_pass.mask_threshold(kind, surface):
                raised.append(Doubt(start, end))
                continue
            if rule == _KEPT or learned_pass.known(finder, surface):
                if p >= learned_pass.KNOWN_DOUBT:
                    raised.append(Doubt(start, end))  # "Wolf sagt der Förster.": a human looks at it
            elif p >= learned_pass.mask_threshold(kind, surface) and not rule:
                # joined to the last run masked where only spaces lie between them and the type is the same
                if runs and runs[-1][2] == kind and not text[runs[-1][1] : start].strip():
                    runs[-1] = (runs[-1][0], end, kind)
                else:
                    runs.append((start, end, kind))
                masked.setdefault(surface.casefold(), kind)
            elif not (rule == _GUESSED and _labels_masked(text, end, spans)):
                raised.append(Doubt(start, end))
        if runs:
            runs = _everywhere(text, spans, runs, masked)
        added: list[Span] = []
        for start, end, kind in runs:
            if kind == "PER" and (beside := _person_beside(text, spans, start, end)) is not None:
                # a given name only the pass found, beside a surname the rules masked, is one person with it:
                # "Nasreen Haydari" is one pseudonym, not "[Person B] [Person A]"
                spans = [s for s in spans if s != beside]  # by value: compiled, a tuple has no identity
                start, end = min(start, beside[0]), max(end, beside[1])
            surface = text[start:end]
            repl = self._pseudonym(surface, context) if kind == "PER" else learned_pass.REPLACEMENTS[kind]
            added.append((start, end, learned_pass.LABELS[kind], repl))
        kept = [
            d
            for d in (
                *doubts,
                *(r for r in raised if not any(o.start < r.end and r.start < o.end for o in doubts)),
            )
            if not any(s < d.end and d.start < e for s, e, _, _ in added)
        ]
        if not added:
            return spans, tuple(sorted(kept))
        return sorted(spans + added), tuple(sorted(kept))

    def _ages_after_small_names(
        self, text: str, accepted: list[tuple[int, int, str, str]]
    ) -> list[tuple[int, int, str, str]]:
        """A chat's name typed small as the subject, first in its sentence, and an age ending the clause: "santi
        ist 16 🙄", "mebi is zwölf." The word is no German word form (`is_known_form`: not "termin ist 14",
        "zimmer ist 12"), nor a pronoun or a word of the age rules' own lists."""
        lex = self.finder.lex
        added = []
        for m in _SMALL_NAME_AGE.finditer(text):
            word = m.group(1)
            if (
                word in _SMALL_NOT_NAMES
                # a word form, unless the rules masked it as a person: "hannes wird 12!"
                or (
                    lex.is_known_form(word)
                    and not any(s == m.start(1) and label == "PERSON" for s, _, label, _ in accepted)
                )
                or any(s < m.end(2) and m.start(2) < e for s, e, _, _ in accepted)
            ):
                continue
            added.append((m.start(2), m.end(2), "AGE", f"[Alter {age_band(number_value(m.group(2)))}]"))
        for m in _ELLIPTIC_AGE.finditer(text):
            begin = _sentence_start(text, m.start())
            if any(s < m.end(1) and m.start(1) < e for s, e, _, _ in accepted) or not any(
                label == "PERSON" and begin <= s and e <= m.start() for s, e, label, _ in accepted
            ):
                continue  # only the age of a person the sentence named before the comma
            added.append((m.start(1), m.end(1), "AGE", f"[Alter {age_band(number_value(m.group(1)))}]"))
        return sorted(accepted + added) if added else accepted

    def _doubts(
        self, toks: Tokens, spans: list[Span], context: Context, text: str, runs: list[tuple[int, int]]
    ) -> tuple[Doubt, ...]:
        """Readable tokens a human should look at: neither a known word nor a known name (Tesfamichael,
        ahmo, schiri); a lowercase given name the rules left alone; a name that is also a word right after a
        masked name ("[sven] winter"); a word this session has already masked as a person ("Fuchs" after
        "Frau Fuchs"); a name that is also a word, again in the same text ("Tischlerei Fink … der alte
        Fink"); a number that may be a person's age, and a user name without "@" (`_span_doubts`)."""
        candidates = self.finder.doubts(toks)
        starts, ends, folded, kinds, words = toks.starts, toks.ends, toks.folded, toks.kinds, toks.words
        known, lex = context.pseudonyms, self.finder.lex
        frequent, names, languages = lex.frequent, lex.names, lex.languages
        person_ends = {end for _, end, label, _ in spans if label == "PERSON"}
        gaps = toks.gaps
        lower = Kind.LOWER  # read once: compiled, an enum member is an attribute lookup each time
        extra = [
            i
            for i in range(len(words))
            if kinds[i] is lower
            # a surname that is also a word, right after a masked given name: "trainer [sven] winter"
            or (
                i > 0
                and ends[i - 1] in person_ends
                and gaps[i] == " "
                and (folded[i] in names or folded[i] in languages)  # "[Aminata] Wolof"
                and words[i].lower() not in frequent  # frequent: lowercase, not casefolded ("weiß")
            )
            or (
                len(folded[i]) > 1
                and folded[i] in known
                # the word's own sense shows: "im Sommer", "ein Engel", "ich weiß", "Kurz gesagt: …"
                and (i == 0 or folded[i - 1] not in DETERMINERS)
                and words[i].lower() not in frequent
            )
        ]
        person_starts = {start for start, _, label, _ in spans if label == "PERSON"}
        age_starts = {start for start, _, label, _ in spans if label == "AGE"}
        extra += self.finder.name_positions(toks, person_starts, person_ends, age_starts)
        n = len(words)
        # an everyday word of another script right beside a masked name is the name's other half as often:
        # "هدية [خديدة]" (Hadiya, also "gift"); such words are no doubt elsewhere (`NameFinder._doubtful`)
        if person_starts and NOT_LATIN.search(text) is not None:
            extra += [
                i
                for i in range(n)
                if not _latin(words[i])
                and words[i].lower() == words[i].upper()  # no case: Cyrillic or Greek capitalise a name
                and (
                    (i + 1 < n and gaps[i + 1] == " " and starts[i + 1] in person_starts)
                    or (i > 0 and gaps[i] == " " and ends[i - 1] in person_ends)
                )
            ]
        # a name's particle left beside the masked name: "Herr de [Person A]", "Saleh bin [Person B]"
        if person_starts and not _FOREIGN_PARTICLES.isdisjoint(folded):
            extra += [
                i
                for i in range(n - 1)
                if folded[i] in _FOREIGN_PARTICLES and gaps[i + 1] == " " and starts[i + 1] in person_starts
            ]
        # a name in capitals beside one that is a doubt: "HOFFNUNG ADEYEMI", "SIVAKUMAR, Tharshan"
        for j in candidates:
            if words[j].isupper():
                extra += [
                    i
                    for i in (j - 1, j + 1)
                    if 0 <= i < n
                    and len(words[i]) > 2
                    and words[i].isupper()
                    and gaps[max(i, j)] in (" ", ", ")
                ]
        # a person's initials as their name, where only a person stands: "JB hat …", "inschallah MK kann …",
        # "Nummer an FJ.", "dass TM bleibt", "genannt MH" (two or three capitals no word list knows, as the subject before a finite verb, or after
        # a preposition at the clause's end; not after an article: "das VG hat …")
        extra += [
            i
            for i in range(n)
            if 1 < len(words[i]) < 4
            and words[i].isupper()
            and words[i].isalpha()
            and (i == 0 or folded[i - 1] not in DETERMINERS)
            and (
                (i + 1 < n and gaps[i + 1] == " " and folded[i + 1] in _SUBJECT_VERBS)
                # what people call him, in brackets: "JB (so nennen ihn alle) sagt …"
                or (i + 2 < n and gaps[i + 1] == " (" and folded[i + 1] == "so" and folded[i + 2] == "nennen")
                or (i > 0 and folded[i - 1] in _INITIALS_AFTER and (i + 1 == n or gaps[i + 1][:1] in ".,;!?"))
                or (i > 0 and folded[i - 1] in _CONJUNCTIONS and i + 1 < n and gaps[i + 1] == " ")
                or (i > 0 and folded[i - 1] in ("genannt", "namens"))  # "…, genannt MH, 16"
            )
            and folded[i] not in lex.words
            and folded[i] not in frequent
            and folded[i] not in lex.technical
            and not lex.is_known_form(words[i])
        ]
        # a noun with no article as the subject of a verb only a person does, opening a sentence: a given name
        # that is also a word ("Engel singt im Chor", "Rose wohnt jetzt bei …"); a singular noun needs its article
        # there, and these verbs need a person ("Zeit ist knapp" has no such verb)
        extra += [
            i
            for i in range(n - 1)
            if folded[i + 1] in PERSON_VERBS
            and gaps[i + 1] == " "
            and toks.caps[i]
            and kinds[i] != lower
            and (i == 0 or gaps[i].rstrip()[-1:] in (".", "!", "?", ":"))
            and folded[i] not in frequent
            and words[i].lower() not in frequent
            # a given name is short; a role, a kin or an office opens a note's sentence without its article
            # ("Familie wohnt in …", "Vater arbeitet …", "Diabetologe schreibt: …")
            and len(words[i]) <= 6
            and folded[i] not in ROLES
            and folded[i] not in ("papa", "mama")  # kin words the roles leave out
        ]
        # a capitalised word with no article after "bei", "nach", "aus" or "in", where German puts an article before a
        # noun: a place's or a firm's name that is also a word or a big city ("nach Grund", "bei Storchennest", "wohnt
        # in Kiel"); not a country, a language, a role, or an abstract noun, which goes without one ("in Teilzeit",
        # "aus Erfahrung", "bei Bedarf" is frequent), nor a noun before another ("in Deutsch Kurs")
        extra += [
            i
            for i in range(1, n)
            if folded[i - 1] in _ARTICLE_LESS_BEFORE
            and gaps[i] == " "
            and toks.caps[i]
            and kinds[i] == WORD
            # one capital only: a law's or an office's abbreviation ("AsylbLG", "WG-Zimmer") is no place
            and sum(c.isupper() for c in words[i]) == 1
            # a big city, or a word rarer than Zipf 3 ("Kleiderkammer", "Storchennest"); a common noun stands there
            # often enough without its article ("nach Hause", "in Rente", "aus Papier"), but not where someone lives:
            # "wohnt jetzt bei seinem Cousin in Mühlen" (a village; not an everyday word: "lebt in Angst")
            and (
                folded[i] in lex.cities
                or folded[i] not in lex.common
                or (folded[i] not in lex.everyday and _lives_before(toks, i))
            )
            and words[i].lower() not in frequent
            and folded[i] not in frequent
            and folded[i] not in lex.technical
            and folded[i] not in languages
            and folded[i] not in lex.countries
            and folded[i] not in _KEEP_PLACES
            and folded[i] not in ROLES
            and not folded[i].endswith(_ABSTRACT_ENDINGS)
            and not folded[i].endswith(HOUSEHOLD_HEADS)  # "wohnt in Gastfamilie"
            and not (i + 1 < n and gaps[i + 1] == " " and toks.caps[i + 1])
        ]
        # the word before a bracketed age is whose age it is: "die kleine Lilas (4) hat …", "Wisdom (7) und …"
        # (a word both lists know: "Yamen" is also a word form); not a role or a kin word ("Sohn (4)")
        if age_starts:
            extra += [
                i
                for i in range(n)
                if ends[i] + 2 in age_starts  # the number is no token: its span starts after " ("
                and text[ends[i] : ends[i] + 2] == " ("
                and toks.caps[i]
                and starts[i] not in person_starts
                and folded[i] not in ROLES
                and folded[i].removesuffix("n") not in ROLES  # "mit Kindern (2, 5)"
                and folded[i] not in _CHILD_PLURALS
                and folded[i] not in DETERMINERS
            ]
        # a chat answer signed after an emoji or on its own line: the last word, lowercase, a name as often as
        # not ("… gut aufgepasst 👍 sigi", "bis dann\nmoni"); a frequent word there is a greeting ("👍 danke")
        if n > 1 and kinds[n - 1] != Kind.STRONG and words[n - 1].islower() and len(words[n - 1]) > 2:
            gap = gaps[n - 1]
            if (
                ("\n" in gap or any(unicodedata.category(c) == "So" for c in gap))
                and words[n - 1] not in frequent
                and not text[ends[n - 1] :].strip(" .!")
            ):
                extra.append(n - 1)
        # the same name that is also a word, again in this text: masked or doubted once, a doubt everywhere
        # ("in der Tischlerei Fink nach, der alte Fink …"; "Herr Bauer … Bauer ist selbst Bauer")
        weak = WEAK
        named = {folded[i] for i in extra if kinds[i] == weak}
        if person_starts and weak in kinds:
            named.update(folded[i] for i, k in enumerate(kinds) if k == weak and starts[i] in person_starts)
        if named:
            caps = toks.caps
            extra += [
                i
                for i, f in enumerate(folded)
                if f in named
                and caps[i]
                # not the word's own sense: "ein Engel", "im Winter", "auf Glück"; "der alte Fink" may be him
                and (i == 0 or folded[i - 1] in _PERSON_ARTICLES or folded[i - 1] not in _BEFORE_THE_WORD)
            ]
        if extra:
            candidates = sorted(set(candidates).union(extra))
        if candidates and toks.foreign:
            candidates = [i for i in candidates if i not in toks.foreign]
        if candidates and not _DAY_ABBREVIATIONS.isdisjoint(folded):
            kept = set(toks.kept)  # a list of weekdays the name finder kept: "Mo–Fr", "Mo, Mi und Fr"
            candidates = [i for i in candidates if not (i in kept and folded[i] in _DAY_ABBREVIATIONS)]
        more = self._span_doubts(text, spans, runs, toks)
        if not candidates and not more:
            return ()
        released = context.released
        found: list[Doubt] = []
        k = 0
        for i in candidates:
            start, end = starts[i], ends[i]
            while k < len(spans) and spans[k][1] <= start:
                k += 1
            if (k < len(spans) and spans[k][0] < end) or folded[i] in released:
                continue  # masked, or released by the supervisor
            found.append(Doubt(start, end))
        if more:
            found = sorted(
                found
                + [Doubt(start, end) for start, end in more if text[start:end].casefold() not in released]
            )
        return tuple(found)

    def _span_doubts(
        self, text: str, spans: list[Span], runs: list[tuple[int, int]], toks: Tokens
    ) -> list[tuple[int, int]]:
        """Doubts that are no single word: a user name without "@" (`_DOTTED_NAME`), and a number that may
        be a person's age (`_AGE_LIKE`): within `_AGE_REACH` characters after a person in the same sentence,
        after a comma or right after the name (not after a noun or a month: "Typ 1", "Juni 22"). `runs`: the
        text's `digit_runs`; `toks`: its tokens, for the number words."""
        out: list[tuple[int, int]] = []
        done = 0
        # tried only where a dot joins two words (`_DOTTED_GATE` begins with the dot: a fast scan), from the start
        # of that run of letters and dots: `_DOTTED_NAME` begins with a lookbehind, which `finditer` would try
        # at every position of the text (e-mail addresses and URLs put such dots in many notes)
        for gate in _DOTTED_GATE.finditer(text):
            at = gate.start()
            if at < done:
                continue
            while at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_" or text[at - 1] == "."):
                at -= 1
            m = _DOTTED_NAME.match(text, at)
            if m is not None:
                done = m.end()
                # the readable rest of a user name whose first part was masked: "[Person A].vogtland"
                start = m.start() + 1 if text[m.start()] == "." else m.start()
                for s, e, *_ in spans:
                    if s <= start < e:
                        start = e + 1
                if start < m.end():
                    out.append((start, m.end()))
        # the persons first: without one no number is an age here, and the number words need a pass over the tokens
        persons = [end for _, end, label, repl in spans if label == "PERSON" or repl.startswith("[Person")]
        if "[Person" in text:
            persons += [m.end() for m in PLACEHOLDER.finditer(text) if m.group().startswith("[Person")]
        if persons:
            numbers = _age_like(text, runs, _number_word_starts(toks))
            lex = self.finder.lex
            for start, stop in numbers:
                if text[start - 2] != ",":
                    before = text[text.rfind(" ", 0, start - 1) + 1 : start - 1]
                    if (
                        before[-1:] not in ("]", ")")
                        and before not in _AGE_VERBS
                        and (
                            not before[:1].isupper()
                            or before.casefold() in MONTHS
                            or (lex.is_noun(before) and not lex.is_name(before.casefold()))
                        )
                    ):
                        continue
                if any(
                    start - _AGE_REACH <= end <= start and not any(c in text[end:start] for c in ".;:!?")
                    for end in persons
                ):
                    out.append((start, stop))
        return [(a, b) for a, b in out if not any(s < b and a < e for s, e, *_ in spans)]

    def flags(self, text: str) -> list[Flag]:
        protected: list[tuple[int, int]] | None = None  # read at the first stem: most texts hold none
        flags = []
        low = lowered(text)
        padded = " " + low  # padded[k] is the character before low[k]
        pos = 0
        while (m := _SPECIAL.search(padded, pos)) is not None:
            start = m.start()  # where the stem begins in `low`
            category, full = next(
                (
                    (name, found)
                    for name, rx in _SPECIAL_CATEGORIES
                    if (found := rx.match(low, start)) is not None
                ),
                ("", None),
            )
            if full is None:  # unreachable: the trie holds exactly the category stems
                pos = start + 1
                continue
            pos = full.end()
            if protected is None:
                protected = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(text)]
            if protected and any(s < pos and start < e for s, e in protected):
                continue
            flags.append(Flag(start, pos, category))
        return flags

    # -- detection ------------------------------------------------------------------------------------------

    def _detect(
        self, text: str, context: Context, typed: str | None = None
    ) -> tuple[list[Span], Tokens, list[tuple[int, int]]]:
        """The spans to replace, the text's tokens and its digit runs (the doubts read both again). `typed`: the
        text as typed, where `text` is it recased (`recased`): a plate's capitals are read there."""
        # (priority, -length, start, end, label, replacement): sorted as tuples, the strongest and then the
        # longest candidate comes first, with no key function to call per candidate
        candidates: list[tuple[float, int, int, int, str, str]] = []
        add = candidates.append
        protected = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(text)]
        for start, end in protected:
            add((PRIORITY["PROTECTED"], start - end, start, end, "PROTECTED", ""))
        runs = digit_runs(text)
        low = lowered(text)
        structured = list(find_structured(text, runs, low, context.today))
        blocked = [
            (s, e)
            for s, e, label, _ in structured
            if label in ("DATE", "IBAN", "EMAIL", "URL", "ID", "PROTECTED")
        ]
        if typed is not None and typed is not text and runs:
            structured += spaced_plates(typed, low, runs)
        for start, end, label, repl in (*structured, *find_phones(text, blocked + protected, runs, low)):
            if end > start:
                # a postal code before a town of several words is one place, as strong as the person a
                # part of it could be read as: "29549 Bad Bevensen", also with a line break after the code
                several = label == "PLACE" and len(text[start:end].split(None, 2)) > 2
                add((PRIORITY["PERSON" if several else label], start - end, start, end, label, repl))
        if (
            sum(low.count(word) for word in _SPOKEN_DIGIT_HINTS) >= 6
        ):  # seven digit words, the first maybe capitalised
            for start, end, label, repl in spoken_phones(text):
                add((PRIORITY[label], start - end, start, end, label, repl))
        age = PRIORITY["AGE"]
        for start, end, label, repl in _age_frames(text, runs):
            add((age, start - end, start, end, label, repl))
        person = PRIORITY["PERSON"]
        for start, end, shown in self._session_names(text, context):
            # a town or a named place the supervisor masked (a doubt: "Termin war in Kassel", "bei Storchennest") is
            # a place, not a person
            add(
                (person, start - end, start, end, "PLACE", shown)
                if shown
                else (person, start - end, start, end, "PERSON", "")
            )
        toks = Tokens(text, protected)
        finder = self.finder
        finder.annotate(toks)
        starts, ends = toks.starts, toks.ends
        known = _with_owner_names(
            _with_mail_names(context.pseudonyms, structured, text, finder.lex), toks, finder
        )
        folded = toks.folded
        toks.foreign = foreign = finder.foreign(toks)
        for i, j in finder.find(toks, known):
            if foreign and all(k in foreign for k in range(i, j)):
                continue  # "I'm fine", "Spent all Saturday …", "in English": a volunteer writing English
            if i and folded[i - 1] in SAINTS and toks.caps[i - 1] and toks.gaps[i] in (". ", " "):
                continue  # a saint's name, not a person: "St. Pauli", "Hl. Wolodymyr" (a facility's is found below)
            if j == i + 1 and i and finder.noun_after_article(toks, i):
                continue  # "im Dom", "im Kölner Dom": a noun, where no person's name stands
            add((person, starts[i] - ends[j - 1], starts[i], ends[j - 1], "PERSON", ""))
        if context.titled:
            for i in _titled_again(toks, context.titled):
                add((person, starts[i] - ends[i], starts[i], ends[i], "PERSON", ""))
        if "-" in text:
            for i, word in enumerate(toks.words):
                if "-" in word and (size := finder.compound_name(word)):
                    add((person, -size, starts[i], starts[i] + size, "PERSON", ""))
        if foreign:
            for i in _english_word_names(toks, foreign, finder.lex):
                add((person, starts[i] - ends[i], starts[i], ends[i], "PERSON", ""))
        if "'" in text or "’" in text:
            lex = finder.lex
            for suffixed in _TURKISH_SUFFIXED.finditer(text):
                stem = suffixed.group(1).casefold()
                if stem in lex.cities or _country(stem, lex.countries) or stem in lex.frequent:
                    continue  # "Gütersloh'ta", "Suriye'den": the other layers decide, as for the word alone
                label = "PLACE" if stem in lex.places else "PERSON"
                # the name alone, its case ending after the apostrophe left as grammar: "[Person A]'nın" keeps the
                # pseudonym "Rasha" has (the whole word was a name of its own)
                add(
                    (
                        person,
                        suffixed.start(1) - suffixed.end(1),
                        suffixed.start(1),
                        suffixed.end(1),
                        label,
                        "[Ort]" if label == "PLACE" else "",
                    )
                )
        if context.spellings and any(toks.doubtful):
            heard = self._heard_again(toks, context)
            for i in heard:
                # a given name and its surname heard again are one mention: "nasreen haydari"
                j = i + 1 if i + 1 in heard and toks.gaps[i + 1] == " " else i
                add((person, starts[i] - ends[j], starts[i], ends[j], "PERSON", ""))
        # where an age in brackets begins, two characters after the word it follows: "Lila (8)"
        bracketed = {c[2] - 2 for c in candidates if c[4] == "AGE" and text[c[2] - 2 : c[2]] == " ("}
        if bracketed:
            # the capitalised word before a bracketed age is whose age it is: "die kleine Lila (8) hat …", "Wisdom
            # (7) und …", though a list knows it as a word; not a role, a kin word or a noun after an article
            caps, folded_ = toks.caps, toks.folded
            for i in range(len(ends)):
                if (
                    ends[i] in bracketed
                    and caps[i]
                    and folded_[i] not in ROLES
                    and folded_[i].removesuffix("n") not in ROLES  # "mit Kindern (2, 5, 9)", "Söhnen"
                    and folded_[i] not in DETERMINERS
                    and (i == 0 or folded_[i - 1] not in DETERMINERS)
                    # a counted plural: "mit 3 Kindern (2, 5)", "drei Jungs (4, 6, 8)"
                    and not toks.gaps[i].strip(" ").isdecimal()
                    and (i == 0 or folded_[i - 1] not in _COUNTS)
                ):
                    add((person, starts[i] - ends[i], starts[i], ends[i], "PERSON", ""))
        # not only where ". " stands: initials written tight end a text or stand before ")" ("mit H.W.", "(H.W.)")
        if "." in text:
            for start, end in _initials(text):
                add((person, start - end, start, end, "PERSON", ""))
        place = PRIORITY["PLACE"]
        marked = [
            i for i, mark in enumerate(toks.marks) if mark == MARK_PLACE and not finder.stray_place(toks, i)
        ]
        for i in marked + finder.towns(toks):
            if not finder.authority_town(toks, i):
                add((place, starts[i] - ends[i], starts[i], ends[i], "PLACE", "[Ort]"))
        for _, end, label, _ in structured:
            if label == "ADDRESS" and (town := finder.town_after(toks, text, end)) is not None:
                add((place, starts[town] - ends[town], starts[town], ends[town], "PLACE", "[Ort]"))
        phrases = finder.place_phrases(toks)
        for i, j in phrases:
            # a town's whole name of several words, as strong as a person and longer than the name in it:
            # "Bad Bevensen" is one place, not "Bad" and a person
            start, end = starts[i], ends[j - 1]
            if not finder.authority_town(toks, i) and not any(
                s <= start and end <= e for s, e, *_ in structured
            ):
                add((person, start - end, start, end, "PLACE", "[Ort]"))
        named_kinds = finder.named_facilities(toks)
        for i in named_kinds:
            # its saint's "St." before the hyphen: "St.-Georg-Schule" is one name
            first = i - 1 if i and folded[i - 1] in SAINTS and toks.gaps[i] in (".-", "-") else i
            add((_FACILITY_PRIORITY, starts[first] - ends[i], starts[first], ends[i], "PLACE", FACILITY_NAME))
        saints = not SAINTS.isdisjoint(folded)
        churches = finder.churches(toks) + finder.saint_facilities(toks) if saints else []
        for i, j in churches + (finder.houses(toks) if "haus" in folded else []):
            add((_FACILITY_PRIORITY, starts[i] - ends[j - 1], starts[i], ends[j - 1], "PLACE", FACILITY_NAME))
        phrase_ends = dict(phrases)
        for i, j in finder.employers(toks):
            # before persons: "bei Medizintechnik Hermle GmbH" is one employer, not a person in it; a town alone
            # is where the work is, and reads as one: "Ausbildung bei Bäckerei Kuhn in Weiden" → "in [Ort]", a city
            # of the place lists too ("Zahnarzt in Homs", "Termin in Kassel"), with the rest of its name where it
            # has several words ("Koch in Schönau am Königssee")
            j = max(j, phrase_ends.get(i, j))
            lex_ = finder.lex
            repl = (
                "[Ort]"
                if (
                    j == i + 1
                    and (
                        toks.marks[i] == MARK_PLACE or folded[i] in lex_.toponyms or folded[i] in lex_.places
                    )
                )
                # a town of several words: "arbeitet in Bad Hersfeld"
                or (j > i + 1 and _phrase_in(" ".join(folded[i:j]), lex_.place_phrases, lex_.cities))
                else FACILITY_NAME
            )
            add((_FACILITY_PRIORITY, starts[i] - ends[j - 1], starts[i], ends[j - 1], "PLACE", repl))
        for i, j in finder.residences(toks):
            # a town someone lives in or comes from, before a person: "aus Labé" names a place, with the rest of its
            # name where it has several words ("aus Losheim am See")
            j = max(j, phrase_ends.get(i, j))
            add((_FACILITY_PRIORITY, starts[i] - ends[j - 1], starts[i], ends[j - 1], "PLACE", "[Ort]"))
        for i, j in finder.clubs(toks):
            end = ends[j - 1]
            if (m := _FOUNDED.match(text, end)) is not None:
                end = m.end()  # the year it was founded: "SV Rabenstein 1921"
            add(
                (
                    _FACILITY_PRIORITY,
                    starts[i] - end,
                    starts[i],
                    end,
                    "PLACE",
                    # an old name is the club's own, like its town: "Fortuna [Einrichtung]" would tell it
                    FACILITY_NAME if folded[i] in CLUB_NAMES else f"{toks.words[i]} {FACILITY_NAME}",
                )
            )
        for i, j in finder.organisations(toks):
            # the kind stays, the name and its legal form go: "Flüchtlingshilfe [Einrichtung]"
            # a firm's name may begin with any word ("Nordstadt Wohnbau GmbH", "Müller & Co."): only a
            # facility's kind stays before it, and an association's word before its "e. V."
            association = toks.folded[j - 1] == "v" and toks.folded[j - 2] == "e"
            keep = toks.marks[i] == MARK_FACILITY or (association and finder.lex.is_known_form(toks.words[i]))
            kind = f"{toks.words[i]} " if keep and j - i > 2 + association else ""
            end = ends[j - 1] + (toks.folded[j - 1] == "v" and text[ends[j - 1] : ends[j - 1] + 1] == ".")
            add((_FACILITY_PRIORITY, starts[i] - end, starts[i], end, "PLACE", f"{kind}{FACILITY_NAME}"))
        addresses = [(s, e) for s, e, label, _ in structured if label == "ADDRESS"]
        for i, j in (
            finder.facilities(toks)
            + finder.trades(toks)
            + finder.lower_trades(toks)
            + finder.saint_names(toks)
            + finder.headed_facilities(toks)
        ):
            # before persons: "Sekundarschule Thomas Müntzer" is one place, not a school and a person; the kind
            # stays, with a capitalised adjective of the name before it ("die Regionale Schule [Einrichtung]")
            first = finder.named_adjective(toks, i)
            if i >= 2 and folded[i] in FIELDS and folded[i - 1] == "für" and folded[i - 2] in _FIELD_HOUSES:
                first = i - 2  # the house of a field: "Institut für Pathologie [Einrichtung]"
            start, end = starts[first], ends[j - 1]
            # a denomination's abbreviation goes with the name, not into the replacement: "Ev.-Luth. Kirchgemeinde X"
            # -> "Kirchgemeinde [Einrichtung]"
            # and an adjective only a lexicon knows may show: one known by its derivation alone may be the name's
            # own ("Gastroenterologische Praxis X" -> "Praxis [Einrichtung]")
            lex = finder.lex
            kind_at = next(
                k
                for k in range(first, i + 1)
                if folded[k] not in DENOMINATIONS and (k == i or toks.words[k].lower() in lex.words)
            )
            replacement = f"{text[starts[kind_at] : ends[i]]} {FACILITY_NAME}"
            if kind_at == first and (joined := _JOINED_KIND_BEFORE.search(text, max(0, start - 40), start)):
                # a kind joined to another by a compound's hyphen goes with the name: "Grund- und Mittelschule X"
                replacement = f"{text[joined.start() : start]}{replacement}"
                start = joined.start()
            if i in named_kinds:
                # a kind that is a name itself, with its town: "St.-Marien-Klinik Daun", "Theodor-Heuss-Schule Homberg",
                # "Marienschule Haren" are one name each, and the replacement must not show it again
                if i and folded[i - 1] in SAINTS and toks.gaps[i] in (".-", "-"):
                    start = starts[i - 1]
                replacement = FACILITY_NAME
            # a school named by its street is the school, not an address: "Oberschule an der Lerchenstraße"
            priority = (
                _STREET_FACILITY_PRIORITY
                if any(start <= s and e <= end for s, e in addresses)
                else _FACILITY_PRIORITY
            )
            add((priority, start - end, start, end, "PLACE", replacement))
            if (town := finder.town_after_facility(toks, j)) is not None:
                # the facility's town after a comma, closing the phrase: "Kita Wichtelburg, Schotten."
                add((place, starts[town] - ends[town], starts[town], ends[town], "PLACE", "[Ort]"))

        if "heisst" in folded or "hiess" in folded:
            for i, j in finder.facility_called(toks):
                # the name a text gives a facility: "die Werkstatt heißt übrigens [Einrichtung]"
                add(
                    (
                        _FACILITY_PRIORITY,
                        starts[i] - ends[j - 1],
                        starts[i],
                        ends[j - 1],
                        "PLACE",
                        FACILITY_NAME,
                    )
                )
        if "Da " in text:
            for m in _RESTAURANT_DA.finditer(text):
                # an Italian restaurant by its host's name after an article: "der chef vom Da Salvo", "im Da Toni"
                add((_FACILITY_PRIORITY, m.start(1) - m.end(1), m.start(1), m.end(1), "PLACE", FACILITY_NAME))
        for i, j in finder.brands(toks):
            add((_FACILITY_PRIORITY, starts[i] - ends[j - 1], starts[i], ends[j - 1], "PLACE", FACILITY_NAME))
        for i, j in finder.trades_after_owners(toks):
            # the owner's name first: nothing of it stays ("bei Müller Metallbau" -> "bei [Einrichtung]")
            add((_FACILITY_PRIORITY, starts[i] - ends[j - 1], starts[i], ends[j - 1], "PLACE", FACILITY_NAME))

        if not (context.facilities.isdisjoint(folded) and context.facility_words.isdisjoint(folded)):
            for i in range(len(folded)):
                if _remembered_facility(
                    toks, i, context
                ):  # a facility's name the session masked: "vom mariengarten"
                    add((place, starts[i] - ends[i], starts[i], ends[i], "PLACE", FACILITY_NAME))
        candidates.sort()
        accepted: list[tuple[int, int, str, str]] = []
        occupied = bytearray(len(text))
        for _prio, _length, start, end, label, repl in candidates:
            if 1 in occupied[start:end]:
                continue
            occupied[start:end] = b"\x01" * (end - start)
            if label != "PROTECTED":
                accepted.append((start, end, label, repl))
        accepted.sort()
        known_facilities = len(context.facilities) + len(context.facility_words)
        self._remember_facilities(toks, accepted, context)
        if len(context.facilities) + len(context.facility_words) > known_facilities:
            # a facility named in full here and by its name alone later in the same text: "bei Kranich Logistik,
            # Kranich zahlt gut", as the next text would mask it
            for i in range(len(folded)):
                if _remembered_facility(toks, i, context) and not occupied[starts[i] : ends[i]].count(1):
                    occupied[starts[i] : ends[i]] = b"\x01" * (ends[i] - starts[i])
                    accepted.append((starts[i], ends[i], "PLACE", FACILITY_NAME))
            accepted.sort()
        accepted = _widened(text, accepted, finder.lex.countries)
        accepted = _kinds_before_towns(text, accepted, finder.lex)
        if "Klinik" in text or "Krankenhaus" in text:
            accepted = _landscape_hospitals(text, accepted, finder.lex)
        if " oder " in text or " und " in text or " bzw" in text:
            accepted = _coordinated_towns(text, accepted, finder.lex)
        if ("on " in text or "wischen " in text) and (" nach " in text or " und " in text):
            accepted = _route_ends(text, accepted, finder.lex)  # (" und " alone stands in most texts)
        if " ist " in text or " is " in text or " wird " in text or ", war " in text:
            accepted = self._ages_after_small_names(text, accepted)
        if "." in text:  # an ordinal is no age: "ist 7. Klasse", "war 3. beim Lauf", "ist 3.mal da gewesen"
            accepted = [s for s in accepted if s[2] != "AGE" or _ORDINAL_AFTER.match(text, s[1]) is None]
        if "-" in text:
            accepted = _joined_articles(text, accepted)
        if _NAME_PARTICLE_GAP.search(text) is not None:
            accepted = _joined_particles(text, accepted, finder.lex)
        if "also" in text or "bzw" in text or "äh" in text or "sorry" in text or "(" in text:
            self._corrections(text, accepted, context)
        spans: list[Span] = []
        last: tuple[int, str] | None = None  # the end and pseudonym of the person named last
        earlier = set(context.pseudonyms.values()) if context.pseudonyms else set()
        for k, (start, end, label, repl) in enumerate(accepted):
            if label == "PERSON":
                if (
                    (given := _VIETNAMESE_GIVEN.match(text, end)) is not None
                    and _VIETNAMESE_MIDDLE.search(text, max(0, end - 5), end) is not None
                    and (k + 1 == len(accepted) or accepted[k + 1][0] >= given.end())
                ):
                    # the given name after a Vietnamese name's middle word, a word of German too: "Nguyen Van An"
                    end = given.end()
                surface = text[start:end]
                if ("'" in surface or "’" in surface) and (
                    ending := _TURKISH_SUFFIXED.fullmatch(surface)
                ) is not None:
                    # a Turkish case ending after the apostrophe is grammar, not the name: "Rasha'nın" is Rasha's
                    # pseudonym and "'nın" ("[Person A]'nın"), where the name finder took the word whole
                    end = start + ending.end(1)
                    surface = text[start:end]
                if last is not None and _alias(text, start, end, last[0]):
                    went_by = context.pseudonyms.get(self._full_key(surface))
                    if went_by is not None and went_by != last[1] and last[1] not in earlier:
                        # the name someone goes by came first ("hamoudi hat …"), the full name now with it
                        # ("Mohammad Al-Hassan, genannt Hamoudi"): the full name takes the alias's pseudonym
                        self._relink(last[1], went_by, context)
                        spans = [(s, e, lab, went_by if r == last[1] else r) for s, e, lab, r in spans]
                        last = (last[0], went_by)
                    self._alias(surface, last[1], context)  # "Hans-Jürgen Kurz, alle sagen Hajo"
                repl = self._pseudonym(
                    _given_first(surface),
                    context,
                    _ANOTHER.search(text, max(0, start - 12), start) is not None,
                    _TITLE_BEFORE.search(text, max(0, start - 8), start) is not None,
                )
                last = (end, repl)
            spans.append((start, end, label, repl))
        return spans, toks, runs

    def _remember_facilities(
        self, toks: Tokens, accepted: list[tuple[int, int, str, str]], context: Context
    ) -> None:
        """The words of the facilities' names masked here that no list holds, for the session: a home, a firm or a
        club named once in full is named by its name alone later ("Haus Mariengarten" … "vom mariengarten"). Not a
        facility's kind, a town, a person's name of the lists or any word ("Haus Sonnenschein" keeps "sonnenschein"
        readable elsewhere), and no trade's noun, the kind ("Glaswerk Fink")."""
        facilities = [
            (s, e) for s, e, label, repl in accepted if label == "PLACE" and repl.endswith(FACILITY_NAME)
        ]
        if not facilities:
            return
        lex = self.finder.lex
        starts, ends, folded, words = toks.starts, toks.ends, toks.folded, toks.words
        for i, fold in enumerate(folded):
            if self._owner(toks, i, facilities) and fold not in context.pseudonyms:
                # the owner's surname names the owner too: "Schreinerei Schmitt" … "der alte schmitt hat geheult"
                self._pseudonym(words[i], context)
                continue
            if not any(s <= starts[i] and ends[i] <= e for s, e in facilities):
                continue  # only the words of a masked facility's name
            if (
                toks.caps[i]
                and len(fold) >= 4
                and toks.marks[i] == 0
                and fold.isalpha()
                and lex.is_word(words[i])
                and fold not in lex.everyday
                and not lex.is_name(fold)
                # a big city is context; a small town that is a word may name a firm ("Igel Logistik" … "Igel
                # zahlt sofort")
                and fold not in lex.cities
                and not self.finder.trade(fold, words[i])
                and not fold.endswith(_ADJECTIVE_ENDINGS)
            ):
                context.facility_words.add(fold)  # "Kranich Logistik" … "Kranich zahlt sofort"
                continue
            if (
                len(fold) >= 5
                and toks.marks[i] == 0
                and toks.kinds[i] is not WEAK
                and not lex.is_word(words[i])
                and not lex.is_name(fold)
                and fold not in lex.frequent
                and fold not in lex.toponyms
                and fold.isalpha()
                # the kind: "Glaswerk Fink", "Glaserei Holtkamp"
                and not self.finder.trade(fold, words[i])
                and not fold.endswith("rei")
            ):
                context.facilities.add(fold)

    def _owner(self, toks: Tokens, i: int, facilities: list[tuple[int, int]]) -> bool:
        """Token i is the surname of a business's owner in its name: a listed surname right after the trade or the
        goods it names ("Schreinerei Schmitt", "Wurstwaren Mohr"), or right before the trade ("bei Fink Metallbau"),
        inside a facility's masked span."""
        if not toks.caps[i]:
            return False
        fold = toks.folded[i]
        lex = self.finder.lex
        if (
            not lex.is_name(fold)
            or fold in lex.toponyms
            or not any(s <= toks.starts[i] and toks.ends[i] <= e for s, e in facilities)
        ):
            return False
        trade = self.finder.trade
        if (
            i + 1 < len(toks)
            and toks.caps[i + 1]
            and toks.gaps[i + 1] == " "
            and trade(toks.folded[i + 1], toks.words[i + 1])
            and any(s <= toks.starts[i] and toks.ends[i + 1] <= e for s, e in facilities)
        ):
            return True
        if i == 0 or not toks.caps[i - 1] or toks.gaps[i] != " ":
            return False
        return trade(toks.folded[i - 1], toks.words[i - 1]) or any(
            s <= toks.starts[i - 1] and toks.ends[i] <= e for s, e in facilities
        )

    def _heard_again(self, toks: Tokens, context: Context) -> list[int]:
        """Lowercase words no list holds that are a name of the session heard again: spelt as it sounds
        ("schirin" after "Shirin", "nasreen" after "Nasrin"), with one vowel heard otherwise ("aleksander" after
        "Aleksandr"), or a two-word name written as one ("abdulkarim" after "Abdul Karim"); each where exactly one
        person of the session fits."""
        found = []
        lex = self.finder.lex
        joined: dict[str, str] | None = None
        spellings = context.spellings
        for i, fold in enumerate(toks.folded):
            if toks.caps[i] or fold in context.pseudonyms:
                continue
            if not toks.doubtful[i]:
                # a known form that is no word ("nasreen") only as the same sound: the cheap lookup first
                sound = sound_key(fold) if len(fold) >= MIN_SOUND else ""
                if (
                    sound
                    and spellings.get(f"~{sound}")
                    and fold not in lex.frequent
                    and not lex.is_word(toks.words[i])
                    and _by_sound([fold], None, context, lex, near=False) is not None
                ):
                    found.append(i)
                continue
            if contraction(fold):
                continue
            # a word of no list may be heard with a vowel changed too
            if _by_sound([fold], None, context, lex) is not None:
                found.append(i)
                continue
            if joined is None:
                joined = {}
                for key, pseudonym in context.pseudonyms.items():
                    parts = key.split()
                    for whole in map("".join, itertools.pairwise(parts)):
                        if len(whole) >= 7:
                            joined[whole] = pseudonym if joined.get(whole, pseudonym) == pseudonym else ""
            if joined.get(fold):
                context.pseudonyms.setdefault(fold, joined[fold])
                found.append(i)
        return found

    def _corrections(self, text: str, accepted: list[tuple[int, int, str, str]], context: Context) -> None:
        """A name corrected in the same breath names one person: "herr resa also reza mirzaei", "Frau Wien,
        äh, Nguyen". The mention the session knows already lends its pseudonym to the other (else the
        corrected one, which is written as meant), before the spans get their pseudonyms in text order."""
        known = context.pseudonyms
        for (a_start, a_end, a_label, _), (b_start, b_end, b_label, _) in itertools.pairwise(accepted):
            if a_label != "PERSON" or b_label != "PERSON":
                continue
            first, second = text[a_start:a_end], text[b_start:b_end]
            if _CORRECTED.fullmatch(text, a_end, b_start) is not None:
                lender_first = self._full_key(first) in known and self._full_key(second) not in known
            elif (
                # a full name with another full name in brackets right after it: the name as the papers write it
                # ("Şêrko Xelîl (Shirko Khalil in den Papieren)"); a family's members in brackets are single names
                " " in first.strip()
                and " " in second.strip()
                and _BRACKETED.fullmatch(text, a_end, b_start) is not None
            ):
                lender_first = not (self._full_key(second) in known and self._full_key(first) not in known)
            else:
                continue
            if lender_first:
                first, second = second, first  # the known mention, or the name outside the brackets, lends
            self._alias(first, self._pseudonym(second, context), context)

    def _alias(self, surface: str, pseudonym: str, context: Context) -> str:
        """Let another name of a person stand for its pseudonym: a correction, the name in the papers, a
        kunya. A kunya keys only its whole ("abu khaled"), never the son's name in it."""
        known = context.pseudonyms
        keys = [folded for folded, _ in self._surface_words(surface)]
        if (kunya := _kunya(surface, keys)) is not None:
            known.setdefault(kunya, pseudonym)
            for spelling in spelling_keys(keys[-1]):
                context.spellings.setdefault(f"{kunya.split()[0]}|{spelling}", pseudonym)
        elif keys and " ".join(keys) not in known:
            known[" ".join(keys)] = pseudonym
            for key in keys:
                if len(key) >= 2:
                    known.setdefault(key, pseudonym)
        return pseudonym

    @staticmethod
    def _relink(old: str, new: str, context: Context) -> None:
        """Every key of the session that stood for pseudonym `old` stands for `new` from now on."""
        for memory in (context.pseudonyms, context.spellings):
            for key, pseudonym in list(memory.items()):
                if pseudonym == old:
                    memory[key] = new
        for pseudonym, surname in list(context.surnames.items()):
            if pseudonym == old:
                context.surnames.setdefault(new, surname)
                del context.surnames[old]

    def _full_key(self, surface: str) -> str:
        return " ".join(folded for folded, _ in self._surface_words(surface))

    def _session_names(self, text: str, context: Context) -> list[tuple[int, int, str]]:
        """Where the session's names stand in `text`, each with its replacement if it is a place ("" for a person): a
        doubt the supervisor masked, one word that no name list holds, is a town where the place lists hold it
        ("Kassel" -> "[Ort]") and a facility's name where it is a German word ("Storchennest" -> "[Einrichtung]"); a
        participant's name that is also a place is a person ("Miri")."""
        found = []
        lex = self.finder.lex
        for name in sorted(context.names, key=len, reverse=True):
            parts = [re.escape(p) for p in name.split()]
            if not parts:
                continue
            fold = name.casefold()
            shown = ""
            if fold in context.masked_doubts and len(parts) == 1 and not lex.is_name(fold):
                if fold in lex.toponyms or fold in lex.places:
                    shown = "[Ort]"
                elif name[:1].isupper() and lex.is_known_form(name):
                    shown = FACILITY_NAME
            pattern = r"(?<!\w)" + r"[\s-]+".join(parts) + r"(?:s|'s|’s|'|’)?(?!\w)"
            found += [(m.start(), m.end(), shown) for m in re.finditer(pattern, text, flags=re.IGNORECASE)]
            for part in name.split():
                folded = part.casefold()
                if len(folded) >= 3 and folded not in PARTICLES and folded not in TITLES and len(parts) > 1:
                    pattern = r"(?<!\w)" + re.escape(part) + r"(?:s|'s|’s|'|’)?(?!\w)"
                    found += [
                        (m.start(), m.end(), "") for m in re.finditer(pattern, text, flags=re.IGNORECASE)
                    ]
        return found

    def _surface_words(self, surface: str) -> tuple[tuple[str, str | None], ...]:
        """The casefolded words of a person mention that can key a pseudonym, each with its genitive stem
        (`_pseudonym` decides whether the stem keys it). Cached per surface (a session names the same people again and
        again); like the finder's token cache it holds no offsets and is never written."""
        words = self._surfaces.get(surface)
        if words is None:
            out = []
            # a suffix of endearment joined small is no part of the name: "Ali-jan" is Ali
            for folded in [_without_suffix(word).casefold() for word in TOKEN.findall(surface)]:
                if folded in PARTICLES or folded in TITLES:
                    continue
                stem = genitive_stem(folded)
                if stem is None and len(folded) >= 6 and folded.endswith("in"):
                    stem = folded[:-2]  # the woman of a surname, the south's way: "die Huberin" is Frau Huber
                out.append((folded, stem))
            words = tuple(out)
            if len(self._surfaces) >= 10_000:
                self._surfaces.clear()
            self._surfaces[surface] = words
        return words

    def _sibling(self, keys: list[str], pseudonym: str, context: Context) -> bool:
        """Whether a full name (`keys`) is another person of the family that `pseudonym` stands for: the session
        named that pseudonym's person in full with the same surname and another given name, which is no spelling,
        sound or short form of this one ("Adam Mansour" … "Yousef Mansour"; not "Yusuf Mansour" … "Yousef
        Mansour", "Moni Koch" … "Monika Koch"). The family's surname alone ("Familie Mansour") keeps the first."""
        given, surname = keys[0], keys[-1]
        if len(keys) != 2 or len(given) < 3 or not given.isalpha():
            return False
        others = {
            name.split()[0]
            for name, known in context.pseudonyms.items()
            if known == pseudonym and name.count(" ") == 1 and name.endswith(f" {surname}")
        }
        if not others or given in others:
            return False
        lex = self.finder.lex
        sound, skeleton = sound_key(given), _consonants(given)
        return not any(
            (sound and sound == sound_key(other))
            or skeleton == _consonants(other)  # "Yusuf" and "Yousef", "Jusuf": one name spelled two ways
            or shortens(given, other, lex)
            or shortens(other, given, lex)
            for other in others
        )

    def _pseudonym(self, surface: str, context: Context, another: bool = False, titled: bool = False) -> str:
        """The pseudonym of a person mention. `another`: the text calls it another person of a name the session
        knows ("der andere Mamadou"): it gets a pseudonym of its own, and the name alone stands for it from now on.
        `titled`: a title stands before it ("Frau S.")."""
        keys = []
        for folded, stem in self._surface_words(surface):
            if (
                stem
                and folded not in context.pseudonyms
                and (
                    stem in context.pseudonyms
                    # "Taras", "Jonas", "Andreas" are names of their own, no genitive of "Tara", "Jona"
                    or (self.finder.lex.is_name(stem) and not self.finder.lex.is_name(folded))
                )
            ):
                folded = stem
            keys.append(folded)
        if not keys:
            keys = [" ".join(surface.casefold().split())]  # whatever space is typed ("Abdul Ben", no-break)
        full = " ".join(keys)
        pseudonyms = context.pseudonyms
        if titled and len(keys) == 1 and len(full) > 1:
            context.titled.add(full)
        if another and full in pseudonyms and " " not in full:
            return self._another(full, context)
        if (kunya := _kunya(surface, keys)) is not None:
            # "Abu Khaled" is not Khaled, his son: the whole name keys it, unless the session knows the name
            # inside a full name ("Hussein Abu Zaid", "Ali Hussein al-Jaburi" … "Abu Hussein")
            known = pseudonyms.get(kunya) or _by_kunya_spelling(kunya, keys[-1], context)
            inner = {part for name in pseudonyms if " " in name for part in name.split()[1:]}
            if known is not None or keys[-1] not in inner:
                return self._alias(surface, known or _new_pseudonym(context), context)
        pseudonym = pseudonyms.get(full)
        sibling = False
        if pseudonym is None and not full.isascii():
            pseudonym = pseudonyms.get(
                _plain(full)
            )  # "hevi" typed for "Hêvî", "sukru celik" for "Şükrü Çelik"
        surname = keys[-1] if len(keys) > 1 else None
        if pseudonym is None and keys[-1][:1] in ("a", "e"):
            # "Al-Hassan" is the "Hassan" of "Mahmoud al Hassan", "Elsayed" the "El-Sayed": an Arabic article
            # written with a hyphen, apart or joined
            head, dash, rest = keys[-1].partition("-")
            if dash and head in ARABIC_ARTICLES and len(rest) >= 3:
                pseudonym = pseudonyms.get(rest)
            elif not dash and keys[-1][:2] in ARABIC_ARTICLES and len(keys[-1]) >= 6:
                pseudonym = pseudonyms.get(f"{keys[-1][:2]}-{keys[-1][2:]}")
        if pseudonym is None and surname is not None:
            # What makes two mentions one person: the same full name; the same surname ("Familie Haile" =
            # "Frau Haile" = "Tesfaye Haile", by design); a name part alone after a full name ("Kerim" after
            # "Kerim Yilmaz"). A given name is weak evidence, shared by many people: a full name takes the
            # pseudonym of an earlier mention of its given name only while that mention has no other
            # surname ("Rojda" … "Rojda Aslan" is one person, "Ali Hassan" … "Ali Reza" are two).
            pseudonym = pseudonyms.get(surname) or pseudonyms.get(_plain(surname))
            if pseudonym is not None and self._sibling(keys, pseudonym, context):
                pseudonym = None  # "Adam Mansour" … "Yousef Mansour": one family, two people
                sibling = True
            if pseudonym is None and (article := _article_before(surface)) is not None:
                # "Mahmoud al Hassan" after "Herr Al-Hassan": the article joined to the surname or apart
                pseudonym = pseudonyms.get(f"{article}-{surname}") or pseudonyms.get(f"{article}{surname}")
            if pseudonym is None:
                for key in keys[:-1]:
                    known = pseudonyms.get(key)
                    if known is not None and _same_family(context.surnames.get(known), surname):
                        pseudonym = known
                        break
            if pseudonym is None and len(keys[0]) > 1:
                # a short form seen alone before the full name: "Abdi" … "Abdirahman Warsame", "Bine" … "Sabine
                # Koch", while that person has no other surname
                known = _by_short_form(keys[0], context, self.finder.lex)
                if known is not None and _same_family(context.surnames.get(known), surname):
                    pseudonym = known
            for count in range(len(keys) - 1, 1, -1):
                if pseudonym is not None:
                    break
                # two given names seen alone begin the full name: "María Luisa" … "María Luisa Gómez de la Vega";
                # what looked like the surname was the second given name
                pseudonym = pseudonyms.get(" ".join(keys[:count]))
        shortened = None
        if pseudonym is None and sibling:
            pseudonym = _new_pseudonym(context)  # not by the surname's spelling or sound either
        if pseudonym is None and len(keys) == 1:
            # a pet form of a name of the session: "moni" of "Monika", "Ilo" of "Ilona"
            names = {part.casefold() for name in context.names for part in name.split()}
            shortened = short_form_of(keys[0], names.union(pseudonyms), self.finder.lex)
            if shortened is not None:
                pseudonym = pseudonyms.get(shortened)
        if (
            pseudonym is None
            and len(keys) == 1
            and 2 <= len(full) <= 3
            and surface.isupper()
            and full.isalpha()
        ):
            pseudonym = _by_capitals(full, context)  # "KP" after "Klaus-Peter"
        if pseudonym is None and any(len(key) == 1 for key in keys) and len(keys) > 1:
            pseudonym = _by_initials(keys, context)
        if pseudonym is None and len(keys) == 2 and len(keys[1]) == 1 and len(keys[0]) > 1:
            pseudonym = _by_surname_and_initial(keys[0], keys[1], context)
        if pseudonym is None:
            pseudonym = _by_spelling(keys, surname, context)
        if pseudonym is None:
            pseudonym = _by_sound(keys, surname, context, self.finder.lex)  # "Nasreen" after "Nasrin"
        if pseudonym is None and surname is None:
            pseudonym = (
                _by_initial(keys[0], context, titled)
                if len(keys[0]) == 1
                else _by_short_form(keys[0], context, self.finder.lex)
            )
        if pseudonym is None:
            pseudonym = _new_pseudonym(context)
        pseudonyms.setdefault(full, pseudonym)
        if not full.isascii():
            # the name typed without its letters' marks is the same name: both keys hold the pseudonym
            pseudonyms.setdefault(_plain(full), pseudonym)
            for key in keys:
                if len(key) >= 2 and not key.isascii():
                    pseudonyms.setdefault(_plain(key), pseudonym)
        if shortened is not None:
            pseudonyms.setdefault(shortened, pseudonym)
        for key in keys:
            if len(key) >= 2:
                pseudonyms.setdefault(key, pseudonym)
        if len(keys) > 1 and (kin := _KUNYA.get(surface.split()[0].casefold())) is not None:
            pseudonyms.setdefault(f"{kin} {keys[0]}", pseudonym)  # "Abu Bakr Bin Salem" … "Abu Bakr"
        if surname is not None and (len(surname) > 1 or pseudonym not in context.surnames):
            context.surnames[pseudonym] = surname  # "Oksana P." … "Oksana Petrenko": the initial gives way
        spellings = context.spellings
        whole = _joined_keys(keys) if len(keys) == 2 else []  # "Mohammad Ali" for a later "محمد‌علی"
        sounds = [f"~{sound}" for word in keys if (sound := sound_key(word))]
        for spelling in [key for word in keys for key in spelling_keys(word)] + whole + sounds:
            if spellings.setdefault(spelling, pseudonym) != pseudonym:
                spellings[spelling] = ""  # two people share this spelling: it links nobody
        return pseudonym

    def _another(self, key: str, context: Context) -> str:
        """A new pseudonym for a second person of a given name: the name alone, its plain spelling and its
        spelling keys now stand for the one named last; the first keeps the full name it was seen with."""
        pseudonym = _new_pseudonym(context)
        for plain in {key, _plain(key)}:
            context.pseudonyms[plain] = pseudonym
        for spelling in spelling_keys(key):
            context.spellings[spelling] = pseudonym
        if sound := sound_key(key):
            context.spellings[f"~{sound}"] = pseudonym
        return pseudonym


# the articles above and the assimilated ones only a joined name shows ("Abd ul-Aziz", "Nour ed-Din")
_ARTICLE_NAME: Final = re.compile(
    "(?:" + "|".join(sorted(ARABIC_ARTICLES | {"ul", "ud", "ed", "es"})) + r")-\w", re.IGNORECASE
)


# what a person does that an animal or a thing the word also names does not: says, threatens, calls, demands
_PERSON_VERBS: Final = frozenset(
    ["sagt", "sagte", "meint", "meinte", "droht", "drohte", "will", "wollte", "ruft", "rief", "schreibt", "schrieb",
     "fordert", "verlangt", "antwortet", "reagiert", "wartet", "akzeptiert", "erlaubt", "kündigt", "zahlt",
     "behauptet", "weigert", "versprach", "verspricht"]
)  # fmt: skip
# the participles that tell the same after "hat" ("Der Vogel hat am Telefon gemeint")
_PERSON_PARTICIPLES: Final = frozenset(
    ["gesagt", "gsagt", "gemeint", "gmeint", "geschrieben", "angerufen", "gedroht", "gekündigt", "verlangt",
     "gefordert", "versprochen", "geantwortet", "zugesagt", "abgesagt"]
)  # fmt: skip


def _titled_again(toks: Tokens, titled: set[str]) -> list[int]:
    """Tokens of a surname the session met after a title ("Herr Vogel"), a word too, met again after "der" or "die"
    as the subject of a person's verb: "Der Vogel droht aber scho damit", "Der Vogel hat am Telefon gmeint, …" (the
    animal, "ein Vogel", "der Vogel saß", stays a word)."""
    folded, gaps, caps = toks.folded, toks.gaps, toks.caps
    n = len(folded)
    found: list[int] = []
    for i in range(1, n - 1):
        if not (caps[i] and folded[i] in titled and folded[i - 1] in ("der", "die") and gaps[i] == " "):
            continue
        verb = folded[i + 1]
        if verb in _PERSON_VERBS or (
            verb in ("hat", "hät", "hatte", "hot")
            and any(folded[k] in _PERSON_PARTICIPLES for k in range(i + 2, min(n, i + 7)))
        ):
            found.append(i)
    return found


def _joined_persons(
    spans: list[tuple[int, int, str, str]], joined: Callable[[int, int, int], bool]
) -> list[tuple[int, int, str, str]]:
    """`spans` with each person merged into the person before it where `joined(start of the one before, its end,
    start of this one)` says they are one name's parts (their pseudonym is given later, to the whole)."""
    out: list[tuple[int, int, str, str]] = []
    for span in spans:
        if out and span[2] == "PERSON" and out[-1][2] == "PERSON" and joined(out[-1][0], out[-1][1], span[0]):
            out[-1] = (out[-1][0], span[1], "PERSON", "")
        else:
            out.append(span)
    return out


def _joined_articles(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Two persons found side by side where the second begins with an Arabic article are one name: "Yamen
    el-Khatib", "Nour el-Din al-Hassan" (a given name the lists do not know, found apart from its surname)."""
    return _joined_persons(
        spans, lambda _, end, start: text[end:start] == " " and _ARTICLE_NAME.match(text, start) is not None
    )


# a name's last part after its particle: "Hartum" in "Olaf Meyer zu Hartum"
_CAPITALISED_WORD: Final = re.compile(r"[A-ZÄÖÜÁÉÍÓÚ][^\W\d_]+(?![\w-])")
# the particles Spanish, Portuguese, Italian, Dutch and German names hold between their parts ("María José Pérez de
# los Ángeles", "Jan van der Berg", "Olaf Meyer zu Hartum"); not German's bare "von" ("der Sohn Ahmad von Mariam"),
# "das", "la", "do"
_NAME_PARTICLE_GAP: Final = re.compile(
    r" (?:[Dd]e(?: l[ao]s?)?|[Dd]el|[Dd]a|[Dd]os|[Dd]i|[Dd]u|[Vv]an(?: de[rn]?)?|[Vv]on de[rmn]|zu|ten|ter) "
)


def _joined_particles(
    text: str, spans: list[tuple[int, int, str, str]], lex: lexicon.Lexicon
) -> list[tuple[int, int, str, str]]:
    """A name's parts found apart around its particle are one name: "[María José Pérez] de los [Ángeles]", and
    a capitalised word no list holds as a word after a full name and its particle is its last part: "Olaf Meyer
    zu Hartum" ("zu" only after a name of two words or more: "Amal zu Yonas" are two persons)."""
    out = _joined_persons(
        spans,
        lambda before, end, start: (
            _NAME_PARTICLE_GAP.fullmatch(text, end, start) is not None
            and (not text.startswith(" zu ", end) or " " in text[before:end])
        ),
    )
    for k, (start, end, label, _) in enumerate(out):
        if label != "PERSON" or " " not in text[start:end]:
            continue
        if (gap := _NAME_PARTICLE_GAP.match(text, end)) is None:
            continue
        word = _CAPITALISED_WORD.match(text, gap.end())
        if (
            word is not None
            and (k + 1 == len(out) or out[k + 1][0] >= word.end())
            and not lex.is_known_form(word.group())
        ):
            out[k] = (start, word.end(), "PERSON", "")
    return out


def _alias(text: str, start: int, end: int, before: int) -> bool:
    """Whether the person mention text[start:end] is what people call the person named last (ending at
    `before`) in the same line: "…, alle sagen Hajo", "(nennt sich Reza)", "im Dorf nur Abu Khaled genannt"."""
    if start - before > 160 or "\n" in text[before:start]:
        return False
    lead = max(before, start - 60)
    return _ALIAS_BEFORE.search(text, lead, start) is not None or (
        _ALIAS_AFTER.match(text, end) is not None and _ALIAS_LEAD.search(text, lead, start) is not None
    )


def _article_before(surface: str) -> str | None:
    """The Arabic article written apart before a full name's surname ("Mahmoud al Hassan" → "al")."""
    words = surface.casefold().split()
    return words[-2] if len(words) > 2 and words[-2] in ARABIC_ARTICLES else None


def _kunya(surface: str, keys: list[str]) -> str | None:
    """The key of a name after "Abu"/"Umm" ("abu khaled"), or None where the mention is none."""
    words = surface.split()
    if len(words) != 2 or (kin := _KUNYA.get(words[0].casefold())) is None or not keys:
        return None
    return f"{kin} {keys[-1]}"  # "umm" and Arabic "أبو" are no particles: the name is the last key


def _by_kunya_spelling(kunya: str, name: str, context: Context) -> str | None:
    """The pseudonym of the same kunya in another script: "أبو مصطفى" … "Abu Mustafa"."""
    kin = kunya.split()[0]
    for spelling in counterparts(spelling_keys(name)):
        if known := context.spellings.get(f"{kin}|{spelling}"):
            return known
    return None


def _person_beside(text: str, spans: list[Span], start: int, end: int) -> Span | None:
    """The rules' person span right before or after text[start:end], with only spaces between."""
    after = end
    while after < len(text) and text[after] == " ":
        after += 1
    before = start
    while before > 0 and text[before - 1] == " ":
        before -= 1
    for span in spans:
        if span[2] == "PERSON" and (span[0] == after or span[1] == before) and span[0] != start:
            return span
    return None


def _new_pseudonym(context: Context) -> str:
    used = set(context.pseudonyms.values()) | context.taken
    index = len(used)
    while f"[Person {pseudonym_letters(index)}]" in used:
        index += 1
    return f"[Person {pseudonym_letters(index)}]"


@functools.lru_cache(maxsize=4096)
def _plain(key: str) -> str:
    """A Latin name without its letters' marks, as typed on a phone without them: "hêvî" → "hevi", "şükrü" →
    "sukru"; a name in another script stays as it is."""
    stripped = "".join(
        c for c in unicodedata.normalize("NFD", key.replace("ı", "i")) if not unicodedata.combining(c)
    )
    return stripped if stripped.isascii() else key


def _by_initials(keys: list[str], context: Context) -> str | None:
    """The one person of the session whose full name these initials shorten: "M. R." or "Mehri R." after
    "Mehri Rezaei". None when no one, or more than one person, fits."""
    found = {
        pseudonym
        for name, pseudonym in context.pseudonyms.items()
        if " " in name
        and len(parts := name.split()) == len(keys)
        and all(
            key == part or (len(key) == 1 and part[0] == key) for key, part in zip(keys, parts, strict=True)
        )
    }
    return found.pop() if len(found) == 1 else None


def _by_surname_and_initial(surname: str, initial: str, context: Context) -> str | None:
    """The one person of the session whose surname this is, in any script, and whose given name begins with
    the initial after it, the order of Cyrillic letters and forms: "Петренко Г." after "Halyna Petrenko"
    (Ukrainian "Г" is "H"), "Petrenko H."."""
    letters = {initial, anyascii(initial).lower()[:1]} | ({"h"} if initial == "г" else set())
    keys = set(spelling_keys(surname))
    keys.update(counterparts(tuple(keys)))
    found = {
        pseudonym
        for name, pseudonym in context.pseudonyms.items()
        if len(parts := name.split()) >= 2
        and (parts[0][:1] in letters or anyascii(parts[0][:1]).lower() in letters)
        and (parts[-1] == surname or not keys.isdisjoint(spelling_keys(parts[-1])))
    }
    return found.pop() if len(found) == 1 else None


def _by_initial(initial: str, context: Context, titled: bool = False) -> str | None:
    """The one person of the session a lone initial can stand for: "Q." after "Qadir Tesfay", "K." after
    "Frau Koch" (a given name's or a surname's first letter). None when no one, or more than one person, fits.
    After a title the initial is a surname's: "Frau S." is Frau Parwana Sultani, not Sahar."""
    if titled:
        found = {
            pseudonym
            for name, pseudonym in context.pseudonyms.items()
            if name.rsplit(" ", 1)[-1][:1] == initial and (" " in name or name in context.titled)
        }
        if len(found) == 1:
            return found.pop()
    found = {
        pseudonym
        for name, pseudonym in context.pseudonyms.items()
        if len(name) > 1 and any(part[:1] == initial for part in name.split())
    }
    return found.pop() if len(found) == 1 else None


def _by_short_form(key: str, context: Context, lex: lexicon.Lexicon) -> str | None:
    """The one person of the session whose given name this single name shortens or lengthens ("Gabi" and
    "Gabriele", "Hanne" and "Hannelore"). None when no one, or more than one person, fits."""
    if len(key) < 3 or " " in key:
        return None
    # given names only: the first word of a full name, or a name seen alone; a middle name or a surname
    # ("Cabdi" in "Faadumo Cabdi Xasan") shortens nobody's given name
    inner = {part for name in context.pseudonyms if " " in name for part in name.split()[1:]}
    found = {
        pseudonym
        for name, pseudonym in context.pseudonyms.items()
        if (
            (given := name.split(" ", 1)[0]) not in inner
            and (shortens(key, given, lex) or shortens(given, key, lex) or forms_of(key) & forms_of(given))
        )
        or _compound_pet(key, name)
    }
    return found.pop() if len(found) == 1 else None


def _compound_pet(key: str, name: str) -> bool:
    """Whether `key` joins the beginnings of a person's first two given names: "majo" of "María José", "kalu" of
    "Karl-Ludwig"."""
    if not 4 <= len(key) <= 6 or (" " not in name and "-" not in name) or not key.isalpha():
        return False
    parts = _plain(name).replace("-", " ").split()
    first, second = parts[0], parts[1]
    return any(first.startswith(key[:cut]) and second.startswith(key[cut:]) for cut in range(2, len(key) - 1))


def _by_capitals(key: str, context: Context) -> str | None:
    """The one person whose first names' initials these capitals are: "KP" of "Klaus-Peter", "JB" of "Jean Bosco
    Ndayisaba"."""
    found = set()
    for name, pseudonym in context.pseudonyms.items():
        parts = _plain(name).replace("-", " ").split()
        if len(parts) >= len(key) and "".join(part[0] for part in parts[: len(key)]) == key:
            found.add(pseudonym)
    return found.pop() if len(found) == 1 else None


def _by_spelling(keys: list[str], surname: str | None, context: Context) -> str | None:
    """The pseudonym of the same name written in another script earlier in the session: "Тетяна Шевчук"
    after "Tetiana Shevchuk", "Olena Kovalenko" after "Олена". The surname first; a given name only while
    its person has no other surname, as with names in one script."""
    spellings = context.spellings
    for spelling in counterparts(tuple(_joined_keys(keys))):
        # two words written as one in the other script: the surname "عبد الرحمن" of "Abdel-Rahman", the name
        # "Mohammad Ali" of "محمد‌علی"; not the father's and grandfather's names of a longer name
        known = spellings.get(spelling)
        if known and (
            spelling in spelling_keys(context.surnames.get(known, ""))
            or (len(keys) == 2 and known not in context.surnames)
        ):
            return known
    # the people the given names meet: a surname met across scripts is another of its family where they meet
    # someone else ("ګل احمد صافي" after "Zarmina Safi" and "Ahmad"); measured on the annotated corpora, this keeps
    # more people apart and together than taking the surname first
    given = {spellings.get(spelling) for key in keys[:-1] for spelling in counterparts(spelling_keys(key))}
    given.discard(None)
    for position, key in enumerate(reversed(keys)):
        for spelling in counterparts(spelling_keys(key)):
            known = spellings.get(spelling)
            if position == 0 and known and given and known not in given:
                continue
            if known and (position == 0 or surname is None or _kin(context.surnames.get(known), surname)):
                return known
    return None


def _by_sound(
    keys: list[str], surname: str | None, context: Context, lex: lexicon.Lexicon, near: bool = True
) -> str | None:
    """The pseudonym of a name the session heard in another Latin spelling: the same sound ("Nasreen" after
    "Nasrin", "Rachimi" after "Rahimi", "Marques" after "Márquez"), or one vowel heard otherwise where the new
    spelling is no name of the lists, or one vowel dropped ("Oleksander" after "Oleksandr"; "Selen" and "Selin"
    are two names). Only where one person of the session fits; the surname first, a given name as
    `_by_spelling` takes it."""
    spellings = context.spellings
    for position, key in enumerate(reversed(keys)):
        sound = sound_key(key)
        if not sound or key in context.pseudonyms:
            continue  # the name as written is known: the rules before have decided on it
        known = spellings.get(f"~{sound}")
        if known is None and near:
            # a vowel heard as another makes another name where the lists hold this spelling ("Selen" and
            # "Selin"); one dropped or added is the same name ("Timofej" and "Тимофій" as "Timofii")
            swapped = not lex.is_name(key)
            first, size = sound[0], len(sound)
            heard = {
                p
                for k, p in spellings.items()
                if k[:1] == "~"
                and k[1:2] == first
                and -1 <= len(k) - 1 - size <= 1
                and misheard(sound, k[1:], swapped)
            }
            known = heard.pop() if len(heard) == 1 else None
        if known and (position == 0 or surname is None or _kin(context.surnames.get(known), surname)):
            return known
    return None


def _joined_keys(keys: list[str]) -> list[str]:
    """The cross-script spelling keys of a name's last two words written as one ("abd" + "alrahman"); no
    Latin-to-Latin key: "Ali Reza" and "Alireza" may be two people."""
    if len(keys) < 2:
        return []
    return [key for key in spelling_keys(keys[-2] + keys[-1]) if not key.startswith("Lt:")]


def _kin(known: str | None, surname: str) -> bool:
    """`_same_family` across scripts: "shevchuk" and "шевчук" are one surname."""
    return _same_family(known, surname) or (
        known is not None and bool(set(counterparts(spelling_keys(surname))) & set(spelling_keys(known)))
    )


_SPELLED_ALIKE: Final = str.maketrans({"j": "y", "c": "k", "q": "k", "w": "v"})


def _consonants(name: str) -> str:
    """A given name's consonants in Latin letters, doubled ones once, the letters transliterations trade for one
    another as one ("Yousef", "Yusuf", "Jusuf" → "ysf"): two spellings of one name share them."""
    letters = _plain(name).translate(_SPELLED_ALIKE)
    out = ""
    for ch in letters:
        if ch.isalpha() and ch not in "aeiou" and not out.endswith(ch):
            out += ch
    return out


def _same_family(known: str | None, surname: str) -> bool:
    """Whether a person whose surname is `known` (None: not known yet) can be the one named `surname`."""
    return (
        known is None or known == surname or (min(len(known), len(surname)) == 1 and known[0] == surname[0])
    )
