"""Layer 2: person names, from cues (Herr/Frau, kinship and role words), lexicons and session memory.

A capitalised token is classified as

* ``strong``: a lexicon name that is no German word (Haile, Kerim, Oksana) → masked on its own;
* ``weak``: a lexicon name that is also an ordinary word (Sommer, Klein, Ernst) → masked only with a cue;
* ``unknown``: neither a lexicon name nor a German word (Tesfamichael) → masked after a cue or next to a name;
* ``word``: anything else.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Iterable
from itertools import chain
from typing import Final

from . import data
from .lexicon import CYRILLIC_DE, CYRILLIC_EN, MEDICAL_PREFIX, NOUN_SUFFIXES, Lexicon, transliterate
from .types import Kind

# The kinds as module constants, which the rules compare with for every candidate token: compiled, each is a
# C static, where `Kind.WORD` would go through the enum's metaclass every time (Python 3.11).
STRONG: Final = Kind.STRONG
WEAK: Final = Kind.WEAK
UNKNOWN: Final = Kind.UNKNOWN
LOWER: Final = Kind.LOWER
ABBREVIATION: Final = Kind.ABBREVIATION
WORD: Final = Kind.WORD

# `[^\W\d_]+(?:['’][^\W\d_]+)?(?:-[^\W\d_]+)*`, written so that `re` does less per token (a fifth of the
# tokenizer's time): the optional part as a branch with an empty alternative, and the repeated part possessive,
# which gives the same matches because nothing after it could make `re` take some of it back
# A word goes on over the combining marks of its script, which are no letters to `re`: the vowel signs of Tamil,
# Devanagari and the other Indic scripts ("சிவகுமார்" was cut into eleven tokens, each its own person), Arabic
# harakat, Hebrew points, accents written as a separate mark. They are tried only after a letter run ends.
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0dff\u1ab0-\u1aff\u1dc0-\u1dff\u200c\u200d\u20d0-\u20ff\ufe20-\ufe2f"
)
_WORD_PART = rf"[^\W\d_]+(?:[{_MARKS}]+[^\W\d_]*)*+"
# (the article of southern dialects glued to a name is no part of it: "d'Rasha hot gsagt", "mit d'Resi")
TOKEN: Final = re.compile(rf"(?!d['’][A-ZÄÖÜ]){_WORD_PART}(?:['’]{_WORD_PART}|)(?:-{_WORD_PART})*+")

TITLES: Final = frozenset(data.TITLES.split())
ROLES: Final = frozenset(
    w.casefold() for w in data.ROLES.split()
)  # tokens are casefolded: "heißt" is "heisst"
PARTICLES: Final = frozenset(data.NAME_PARTICLES.split())
NOT_NAMES: Final = frozenset(w.casefold() for w in data.NOT_NAMES.split())
LOWER_STOP: Final = frozenset(data.LOWER_STOP.split())
# Words after which a capitalised ambiguous token is the ordinary word ("im Sommer", "ein Engel").
DETERMINERS: Final = frozenset(data.ARTICLES.split()) | frozenset(
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
MONTHS: Final = frozenset(
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


MONTH_ABBREVIATIONS: Final = frozenset(data.MONTH_ABBREVIATIONS.split())
_MONTH_ABBREVIATION_CUES: Final = frozenset(data.MONTH_ABBREVIATION_CUES.split())
SALUTATIONS: Final = frozenset(data.SALUTATIONS.split())
ADDRESS_NOUNS: Final = frozenset(data.ADDRESS_NOUNS.split())
FUNCTION_WORDS: Final = frozenset(data.FUNCTION_WORDS.split())
FACILITIES: Final = frozenset(w.casefold() for w in data.FACILITIES.split())
FIELDS: Final = frozenset(w.casefold() for w in data.FIELDS.split())
# (a German article among the name particles, "den", "der", links nothing: "in der Schule den Preis bekommen")
_FACILITY_LINKS = (PARTICLES - {"der", "den", "dem", "die", "das", "des"}) | {
    "am",
    "an",
    "zum",
    "zur",
    "im",
    "auf",
    "plus",
}
# kinds of facility named by the people who run them, whose names the person rules find: "Kanzlei Eberle"
_OWNED_KINDS: Final = frozenset(["kanzlei", "mvz"])
# a link and its article before a facility's name: "an der Iller", "auf dem Berg"
_ARTICLE_LINKS: Final = frozenset(["an", "auf", "in", "unter", "hinter", "vor"])
_LINK_ARTICLES: Final = frozenset(["der", "dem", "den"])
# compounds that end in a facility are facilities too ("Harzklinikum"); short kinds ("Hort", "Heim") are
# left out, as they end ordinary words ("Wohnheim" is in the list, "Geheim" is no facility)
_STREET_WORDS: Final = frozenset(
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
# "café" is short but no German word ends in it that names no café ("Frauencafé", "Internetcafé")
_FACILITY_ENDINGS = tuple(sorted({f for f in FACILITIES if len(f) >= 6} | {"café"}))
# heads of compounds that make a kind of facility, too short to stand alone as one ("Laden" is also a shutter)
_FACILITY_HEADS: Final = ("club", "klub", "laden", "studio", "treff", "reha")
# heads of compounds that make a kind of facility whose name follows it, the first part a word's, with a town or a
# big city after it as often as a name: "Marienhospital Osnabrück", "Wohnungsgenossenschaft Eldetal" (the other
# kinds' compounds, "Stadtkirche", "Gospelchor", are widened over only where a town after them is masked:
# `engine._kinds_before_towns`)
_KIND_HEADS: Final = ("genossenschaft", "hospital", "spital")
# the statutory accident insurer is an authority, named by its trades ("Berufsgenossenschaft Holz und Metall")
_KIND_HEAD_STOPS: Final = frozenset(["berufsgenossenschaft"])
# kinds no list of facilities holds: a university's hospital, a hospital group, an institute ("Institut für
# Pathologie Weimar")
_FACILITY_WORDS: Final = frozenset(
    ["unimedizin", "universitätsmedizin", "uniklinikum", "institut", "kliniken"]
)
# where refugees are housed or held, as offices abbreviate it, in capitals only ("Lea" is a given name): the
# reception centres (LEA, ZUE, EAE, ZAE, ZAB), a shared home (GU), a prison (JVA)
_FACILITY_ABBREVIATIONS: Final = frozenset(["LEA", "JVA", "ZUE", "EAE", "ZAE", "ZAB", "GU"])


# the second part of a compound that is about the person whose name is its first: kin ("der Tesfay-Papa", "die
# Ahmadi-Kinder") and a person's papers and things ("die Moustafa-Schreibweise", "Lotta-Fotos"); not a paper's kind,
# whose first part is a paper's or an office's name as often ("Tazkira-Nummer", "Dublin-Verfahren", "BAMF-Bescheid")
_PERSON_TAILS: Final = frozenset(
    ["papa", "mama", "vater", "mutter", "eltern", "familie", "kinder", "kind", "sohn", "tochter", "söhne",
     "töchter", "oma", "opa", "bruder", "schwester", "brüder", "schwestern", "geschwister", "baby", "clan",
     "frau", "mann", "onkel", "tante", "cousin", "cousine", "jungs", "enkel", "neffe", "nichte", "schreibweise",
     "akte", "fotos", "foto", "bilder", "geschichte", "video", "handy", "wohnung", "zimmer"]
)  # fmt: skip


def _kind_head(folded: str) -> str:
    """The head of `_KIND_HEADS` that `folded` ends with, or ""."""
    for head in _KIND_HEADS:
        if folded.endswith(head):
            return head
    return ""


CUES = TITLES | ROLES
KINDS_NAMED: Final = (STRONG, WEAK, UNKNOWN)
NAME_KINDS: Final = (STRONG, WEAK, UNKNOWN, LOWER)  # any case
_GENITIVE_ENDS: Final = ("s", "'", "’")
_CLUB_KINDS: Final = frozenset(data.CLUB_KINDS.casefold().split())
CLUB_NAMES: Final = frozenset(data.CLUB_NAMES.casefold().split())  # casefolded: "blau-weiss"
_CLUB_STARTS = _CLUB_KINDS | CLUB_NAMES
# a registered association's or a firm's legal form, after its name ("Flüchtlingshilfe Nordheide e. V.")
_LEGAL_FORMS: Final = frozenset(["ev", "gmbh", "ggmbh", "mbh", "ug", "gug", "gbr", "kg", "ohg"])
# a firm's form names one firm whatever words its name is made of ("Nordstadt Wohnbau GmbH"); an association's
# "e. V." after a kind's word names a kind ("die Tafel e. V.")
_FIRM_FORMS: Final = frozenset(["gmbh", "ggmbh", "mbh", "ug", "gug", "gbr", "kg", "ohg"])
# the partners a firm's name ends in: "Siebert & Söhne", "Praxis Dr. Schürmann & Kollegen", "Engel & Partner"
_FIRM_PARTNERS: Final = frozenset(
    ["partner", "partnerin", "partnerinnen", "söhne", "sohn", "töchter", "kollegen", "co"]
)
# the finite verbs that close a clause after an infinitive or a participle: "nehmen muss", "gesteckt hat"
_AUXILIARIES: Final = frozenset(
    [
        "hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden",
        "muss", "müssen", "musste", "kann", "können", "konnte", "soll", "sollen", "sollte", "will", "wollen",
        "wollte", "darf", "dürfen", "durfte", "möchte", "lässt", "lassen", "habe", "bin",
    ]
)  # fmt: skip
# the finite forms of the verbs that make a phrase with "in" and a noun: "geriet in Brand", "nahm sich in Acht", "setzt
# in Kenntnis" (not "kam": "kam in Norden an" names a town)
_LIGHT_VERBS: Final = frozenset(
    [
        "gerät", "geraten", "geriet", "gerieten", "nimmt", "nehmen", "nahm", "nahmen", "setzt", "setzen", "setzte",
        "setzten", "steckt", "stecken", "steckte", "steckten", "stellt", "stellen", "stellte", "bringt", "bringen",
        "brachte", "hält", "halten", "hielt", "tritt", "treten", "trat",
    ]
)  # fmt: skip
# a church's denomination abbreviated before its facility: "Ev. Gemeindehaus", "Kath. Kita", "Ev.-luth. Kirchengemeinde"
DENOMINATIONS: Final = frozenset(["ev", "evang", "kath", "ref", "luth", "röm", "orth", "freikirchl"])
# words run together, each capitalised, in Latin letters: "PhoneStar", "McPaket" (not "AsylbLG", "RAin", "BAföG")
_CAMEL_CASE: Final = re.compile(r"[A-Z][a-zäöüß]+(?:[A-Z][a-zäöüß]+)+")
_CAMEL_PART: Final = re.compile(r"[a-zäöüß]*(?=[A-Z])")
# a participle's first letters: "gesteckt", "versetzt", "bemalt" ("markiert": its ending)
_PARTICIPLE_PREFIXES: Final = ("ge", "be", "ver", "er", "ent", "zer", "über", "miss", "emp")
_TOWN_PREPOSITIONS: Final = frozenset(["in", "aus", "nach", "bei", "von", "bis", "nahe", "richtung"])
_PLACE_PREPOSITIONS: Final = frozenset(
    ["in", "aus", "bei"]
)  # "nach" is "according to" as often: "nach SGB XII"
_VOCATIVE_CUES: Final = frozenset(
    [
        "danke",
        "dankeschön",
        "hallo",
        "hi",
        "hey",
        "moin",
        "servus",
        "liebe",
        "lieber",
        "an",
        "tschüss",
        "ciao",
    ]
)
# the words before "an" when it greets someone: "Grüße an nunu", "danke an doro"
_GREETED_BY: Final = frozenset(
    [
        "grüße",
        "gruß",
        "grüsse",
        "gruss",
        "grüßle",
        "danke",
        "dank",
        "dankeschön",
        "lg",
        "vg",
        "glg",
        "bussi",
        "küsse",
    ]
)
_JOINERS: Final = frozenset(["oder", "und", "bzw"])
# closing formulas a chat answer is signed after: "lg moni", "Liebe Grüße, Rose", "vg kalle 👋"
# what ends an answer on its own and names nobody
_NOT_SIGN_OFFS: Final = frozenset(
    ["ok", "okay", "lg", "vg", "glg", "mfg", "ps", "pps", "gu", "uma", "abh", "amen", "danke", "tschüss", "tschüs",
     "ciao", "servus", "moin", "hallo", "gute", "nacht", "prost", "jo", "ja", "nein", "genau", "sorry", "cheers",
     "bye", "tschau", "salam", "shalom", "inshallah", "inşallah", "spas", "merci", "thanks"]
)  # fmt: skip
_CLOSINGS: Final = frozenset(["lg", "glg", "vg", "mfg", "gruß", "grüße", "gruss", "grüsse", "cu", "bussi"])
# kinds whose next word in chat is nearly always their name ("kita pusteblume"); after "schule" or "hotel" an
# object follows as often ("in der schule hausaufgaben machen")
_NAMED_KINDS: Final = frozenset(
    ["kita", "kindergarten", "kiga", "krippe", "hort", "café", "cafe", "familienzentrum"]
)
# kinds of place whose names are any word, a noun or an adverb, capitalised right after the kind: "Frauenhaus
# Lichtblick", "Gasthof Hirsch", "Schützenverein Edelweiß" (not lowercase chat, where the kind is followed by what
# one does there as often)
_FANCY_KINDS: Final = frozenset(
    ["frauenhaus", "gasthof", "gasthaus", "moschee", "treff", "hofladen", "kiosk", "jugendclub", "hospiz"]
)
# what goes on in a Kita or a school, not its name: "in der kita eingewöhnung", "in der schule deutschkurs"
_ACTIVITY_ENDINGS: Final = (
    "ung", "ungen", "heit", "keit", "schaft", "tion", "kurs", "kurse", "unterricht", "zeit", "essen", "fest",
    "feier", "ferien", "gruppe", "klasse", "tag", "tage", "stunde", "stunden", "probe", "test", "arbeit",
)  # fmt: skip
# adjectives of a field, a body or a sponsor, which make a kind of facility, not a name: "Innere Medizin",
# "Freiwillige Feuerwehr", "Psychosoziale Beratung", "Soziale Dienste", "Stationäre Pflege"
_FIELD_ADJECTIVE_STEMS: Final = ("al", "iv", "är", "ant", "ent", "ell")
# and ordinals and words of quantity: "in der Schule Erste Hilfe gelernt", "im Verein Ganze Nächte"
_FIELD_ADJECTIVES: Final = frozenset(
    ["inner", "äußer", "allgemein", "offen", "betreut", "privat", "gemeinsam", "freiwillig", "zuständig", "ständig",
     "wichtig", "erst", "zweit", "dritt", "letzt", "ander", "nächst", "gleich", "ganz", "halb", "voll", "heutig",
     "viel", "all", "weiter", "beid", "einig", "mehrer", "manch", "jed", "solch", "welch", "sonstig", "übrig"]
)  # fmt: skip
# the nouns of a field after an adjective, which make a kind whatever the adjective: "Gute Beratung", "Neue Medizin"
_NOUN_OF_FIELD: Final = (
    "medizin",
    "chirurgie",
    "beratung",
    "dienst",
    "dienste",
    "hilfe",
    "pflege",
    "therapie",
)
# the endings of a trade's or a farm's business ("Tischlerei", "Sägewerk", "Spargelhof", "Geigenbau", "Weingut")
_BUSINESS_ENDINGS: Final = (
    "erei", "werk", "hof", "bau", "gut", "handel", "moschee", "laden", "technik",
    # trades that take no such ending: "Keramik Engel", "Zweirad Kurz", "Hausmeisterservice Winter"
    "keramik", "zweirad", "betrieb", "service", "transporte", "apotheke", "atelier",
    # services by their owner: "Reisedienst Kaiser", "Krankenfahrten Wolf", "Taxiunternehmen Yilmaz"
    "reisedienst", "fahrdienst", "kurierdienst", "pflegedienst", "fahrten", "unternehmen", "reinigung", "vermietung",
    # a quarry, a driving school, a market by its owner: "Steinbruch Schäfer", "Fahrschule Lange", "Getränkemarkt Wolf"
    "steinbruch", "fahrschule", "markt",
    # a haulier, a removals firm, a caterer, a bakery by its owner or its name: "Kranich Logistik", "Backhaus Korn"
    "logistik", "spedition", "umzüge", "catering", "backhaus",
    # a shop by its goods and its owner: "beim Getränke Kupfer", "Elektro Winter", "Fliesen Vogel", "Sanitär Fuchs"
    "getränke", "elektro", "fliesen", "sanitär",
    "transport",  # "Transport Wróbel", a haulier by its family's name
)  # fmt: skip
# a shop's or a firm's goods or its chain, which no word list holds as a noun of its own, before its owner's name:
# "Immobilien Kremer", "Elektro Fuchs", "Optik Kurz", "Brautmoden Sommer", "Edeka Lange", "Velo Rüegg"
GOODS_TRADES: Final = frozenset(
    ["immobilien", "elektro", "optik", "brautmoden", "moden", "sanitär", "fliesen", "getränke",
     "bestattungen", "akustik", "hörgeräte", "edeka", "rewe", "velo", "schuhhaus", "modehaus", "raumausstattung"]
)  # fmt: skip
# nouns with those endings that name no business of one owner
_NOT_TRADES: Final = frozenset(
    ["bahnhof", "friedhof", "innenhof", "hinterhof", "schulhof", "netzwerk", "handwerk", "feuerwerk", "gehöft",
     "kinderbetreuung", "einzelhandel", "großhandel", "menschenhandel", "onlinehandel", "wohnungsbau",
     "arbeitsmarkt", "wohnungsmarkt", "weihnachtsmarkt", "flohmarkt", "wochenmarkt", "binnenmarkt", "ausbildungsmarkt",
     "stockwerk"]
)  # fmt: skip
# the places a named "Haus …" stands for: "Jugendhilfeeinrichtung Haus X", "Ferienwohnung Haus X", "Pension Haus X"
_HOUSE_KINDS: Final = (
    "einrichtung", "heim", "unterkunft", "wohnung", "wohngruppe", "pension", "hotel", "hostel", "internat",
    "jugendhilfe", "wohnheim", "hospiz", "wg", "wohngemeinschaft", "stift",
)  # fmt: skip
_DIRECTIONS: Final = frozenset(
    [
        "norden",
        "süden",
        "osten",
        "westen",
        "oben",
        "unten",
        "vorne",
        "hinten",
        "hause",
        "links",
        "rechts",
        "draußen",
    ]
)
_CHURCH_PREPOSITIONS: Final = frozenset(["in", "nach", "zu", "bei", "von", "aus"])
# words of church life: a saint's name after a preposition there is a church or a parish
_CHURCH_STEMS: Final = (
    "taufe", "getauft", "gottesdienst", "messe", "kirche", "pfarr", "gemeinde", "kommunion", "konfirm", "predigt",
    "chor", "beerdigung", "trauung", "kaplan", "pastor", "diakon",
)  # fmt: skip
_QUARTER_CUES: Final = frozenset(
    ["ortsteil", "ot", "stadtteil", "ortschaft", "gemeindeteil", "dorf", "bauerschaft", "ortsteilen"]
)
_VILLAGE_ENDINGS: Final = ("hofen", "reuth", "kofen")
_VILLAGE_NOUN_ENDINGS: Final = ("kirchen", "weiler", "zell")
_VILLAGE_PREFIXES: Final = (
    "ober",
    "unter",
    "nieder",
    "hohen",
    "alten",
    "neuen",
    "gross",  # casefolded: "Großweiler" -> "grossweiler"
    "klein",
    "mittel",
    "hinter",
)
# the endings of German place names (Low German, Frisian, Bavarian, Swabian, Slavic, Franconian …) that a word
# no list knows may carry after "in", "aus", "nach": "in kuhlenfeld", "aus Hollenbüll", "nach Wiepersdorf"
_TOPONYM_ENDINGS: Final = (
    "feld", "felde", "büll", "koog", "scheid", "roth", "rath", "weiler", "siel", "fehn", "reuth", "hofen", "kofen",
    "ried", "moos", "brunn", "bronn", "stetten", "horst", "kamp", "lohe", "rade", "wede", "büttel", "fleth",
    "brook", "wisch", "grün", "hain", "thal", "tal", "dorf", "hausen", "heim", "ingen", "ungen", "leben", "stedt",
    "städt", "rode", "roda", "hagen", "burg", "berg", "bach", "beck", "born", "brück", "münde", "werder", "walde",
    "wald", "kirchen", "zell", "hütte", "mühle", "stein", "hude", "wik", "rup", "ritz", "witz", "itz", "itzsch",
    "ow", "au", "um", "ing", "ach", "ens", "zig",
)  # fmt: skip
# the words a landscape's name ends in: "Muldental", "Emsland", "Chiemgau", "Fichtelgebirge", "Lüneburger Heide"
_REGION_ENDINGS: Final = ("tal", "land", "gau", "gebirge", "heide", "marsch", "wald", "grund", "aue")
# the words after which a lowercase name is an object or the subject after its verb: "mit jonas brzezinski",
# "hat jonas brzezinski angerufen"
_NAME_OBJECT_CUES: Final = frozenset(
    [
        "mit",
        "bei",
        "von",
        "für",
        "an",
        "und",
        "zu",
        "über",
        "beim",
        "vom",
        "zum",
        "hat",
        "war",
        "ist",
        "hatte",
        "wird",
    ]
)
# what one does with a person ("mit lenchen telefoniert"), and the verbs and particles of coming by ("kam tesfu
# vorbei", "war mimi da"): `NameScan.companions`
_TOGETHER: Final = frozenset(
    [
        "telefoniert", "gesprochen", "geredet", "getroffen", "geschrieben", "gechattet", "gespielt", "gelacht",
        "geweint", "gestritten", "geskypt", "gefacetimed", "unterwegs", "verabredet", "zusammen",
    ]
)  # fmt: skip
_STAYED: Final = frozenset(["übernachtet", "geschlafen", "eingeladen", "gewohnt", "untergekommen", "zuhause"])
_HEARD: Final = frozenset(  # casefolded like the tokens: "grüßen" is "grüssen"
    w.casefold()
    for w in ["grüßen", "gegrüßt", "gehört", "erzählt", "bekommen", "geschenkt", "abgeholt", "gebracht"]
)
_CAME: Final = frozenset(["kam", "kamen", "kommt", "war", "waren", "ist", "rief", "ruft"])
_CAME_BY: Final = frozenset(["vorbei", "da", "an", "zu", "mit", "heute", "gestern", "auch"])
# a Kita's or a group's name of childhood words, after these, where a text speaks of a child (`_group_names`)
_GROUP_ENDINGS: Final = (
    "chen", "zwerge", "zwergen", "nest", "strolche", "mäuse", "bande", "bären", "spatzen", "wichtel", "käfer",
    "kinder", "kindern", "land", "blume", "garten", "hüpfer", "füchse", "igel", "raupen", "frösche", "löwen",
)  # fmt: skip
_GROUP_ARTICLES: Final = frozenset(["die", "den", "der", "im", "zur", "zum", "bei", "beim", "von", "vom"])
_CHILD_CUES: Final = frozenset(
    [
        "kita", "kindergarten", "krippe", "hort", "gruppe", "erzieherin", "erzieher", "eingewöhnung", "kleine",
        "kleiner", "kleinen", "sohn", "tochter", "kind", "kinder", "tagesmutter", "abgeholt", "abholen", "kiga",
    ]
)  # fmt: skip
# the words German town names of several words begin with, written small in chat ("in neu wulmstorf")
_TOWN_PREFIXES: Final = frozenset(
    ["neu", "alt", "groß", "gross", "klein", "bad", "ober", "unter", "nieder", "hohen", "sankt", "st"]
)
# the words a saint's name follows, which name a church, a parish, a school or a hospital: "St. Martin", "Sankt
# Georg", "Hl. Wolodymyr"; a name after them is the saint's, not a person's
SAINTS: Final = frozenset(["st", "sankt", "hl"])
# a preposition and its article in one word: a town takes no article, so a saint's name after one names a house, a
# school or a hospital ("im St. Elisabeth", "ins St. Josef"), where "in St. Martin" may be a town
_CONTRACTED: Final = frozenset(["im", "ins", "vom", "zum", "zur", "beim"])
# the abbreviations of school types, written before the school's town or name ("IGS Kandel", "OBS Wiesmoor",
# "FöS Am Park"): after one, a town whose name is also a word is the school's too
_SCHOOL_ABBREVIATIONS: Final = frozenset(["igs", "kgs", "gs", "obs", "bbs", "fös", "ghs", "gms", "hrs"])
# the links of a name made of one word twice: "Pflegedienst Hand in Hand", "Verein Schritt für Schritt"
_TWIN_LINKS: Final = frozenset(["in", "für", "an", "um", "zu", "auf", "und"])
# heads of compounds that make a kind of facility, found by their ending only where a proper name no noun list holds
# follows ("Frühförderstelle Lahnkiesel", "Jugendhaus Kornblume" is `facilities`' own): an office, a service, a
# circle of helpers, a parish, a house or a home; an administrative unit is none ("Landkreis", "Samtgemeinde")
_HEADED_KINDS: Final = ("stelle", "dienst", "kreis", "gemeinde", "verein", "haus", "heim", "zentrum", "treff")
_NOT_HEADED: Final = ("landkreis", "samtgemeinde", "verbandsgemeinde", "stadtgemeinde", "ortsgemeinde")
# administrative units: after a facility's link they say where it is, not what it is called
_ADMIN_UNITS: Final = frozenset(
    ["landkreis", "kreis", "bezirk", "stadtteil", "ortsteil", "dorf", "ort", "viertel"]
)
# the short endings many words and surnames have too ("Iwanow", "Marin"): only after "in", "aus", "nach"
_SHORT_TOPONYM_ENDINGS: Final = ("ow", "au", "um", "ing", "ach", "ens", "zig", "itz", "rup", "wik")
# the others, that a word no list holds rarely ends in unless it is a place ("-bach", "-feld", "-weiler")
_LONG_TOPONYM_ENDINGS: Final = tuple(e for e in _TOPONYM_ENDINGS if e not in _SHORT_TOPONYM_ENDINGS)
_TOWN_ENDINGS: Final = (
    "leben", "stedt", "städt", "rode", "roda", "hausen", "dorf", "felde", "hagen", "heim", "ingen", "stadt",
    "burg", "walde", "werder", "witz", "berg", "bach", "born", "brück", "münde", "see", "thal", "fehn", "siel",
)  # fmt: skip
_FUNCTION_BEFORE_NAME: Final = frozenset(
    ["in", "an", "auf", "aus", "nach", "vor", "bis", "seit", "für", "mit", "bei", "von"]
)
# after one of these a capitalised word is the word, not a name beside another ("im Sommer Anna")
_BEFORE_WORD = DETERMINERS | _FUNCTION_BEFORE_NAME
_QUANTIFIERS: Final = frozenset(
    ["viel", "viele", "wenig", "mehr", "weniger", "etwas", "genug", "soviel", "voller"]
)
_GREETINGS: Final = frozenset(
    (feast, wish)
    for feast in ("ramadan", "eid", "bayram", "newroz", "nowruz")
    for wish in ("kareem", "karim", "mubarak", "pîroz", "piroz")
)
# The tokenizer's character classes, one byte per Latin-1 character: a letter of TOKEN's class (`[^\W\d_]`) is
# "a", the joiners "'" and "-" stay, and so does "?", which also stands for every character beyond Latin-1 (the
# text is encoded with "?" for those); any other character ends a token and becomes a space. `re` costs
# about 2,000 instructions per token it finds, so the text is cut at those spaces by `bytes.split` instead,
# and `re` runs only on the few pieces that are not one word of letters (see `Tokens`).
_TOKEN_CLASSES: Final = bytes(
    ord("a") if re.match(r"[^\W\d_]", chr(c)) else c if chr(c) in "'-?" else ord(" ") for c in range(256)
)
# what `_TOKEN_CLASSES` leaves besides letters and spaces
_HYPHEN: Final = ord("-")
_APOSTROPHE: Final = ord("'")
_QUESTION: Final = ord("?")
# what a token is besides its kind: a town to mask, a facility's kind, a word of a country's name ("Sri Lanka")
MARK_PLACE, MARK_FACILITY, MARK_COUNTRY = 1, 2, 3
_CACHE_LIMIT = 50_000  # distinct token texts; the cache is emptied when it is full


def _elided(folded: str) -> str:
    """A French word after its elided article, pronoun or conjunction: "c'est" is "est", "l'école" "école"."""
    for elision in _ELISIONS:
        if folded.startswith(elision) and len(folded) > len(elision) + 1:
            return folded[len(elision) :]
    return folded


class Tokens:
    """The word tokens of a text as parallel lists, cheaper than one object per token.

    `gaps[i]` is the text before token i, `gaps[i + 1]` the text after it. The per-token lists (`kinds`,
    `folded`, `caps`, `places`) are filled by `NameFinder.annotate`.
    """

    __slots__ = (
        "caps",
        "doubtful",
        "ends",
        "folded",
        "foreign",
        "gaps",
        "kept",
        "kinds",
        "marks",
        "starts",
        "words",
    )

    def __init__(self, text: str, protected: list[tuple[int, int]] | None = None) -> None:
        # The tokens `TOKEN.finditer(text)` finds, piece by piece: a piece is what lies between two characters
        # no token holds, so none runs over it, and a piece of letters alone (`isalpha`: each of them is in
        # `[^\W\d_]`) is one token.
        words: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        gaps: list[str] = []
        pos = last = 0
        classes = text.encode("latin-1", "replace").translate(_TOKEN_CLASSES)
        # a piece is letters alone where it holds no "'", "-" or "?" (a character beyond Latin-1, or "?"): in a
        # text without any, every piece is, and none is asked (`bytes.isalpha` is a method call per piece). The
        # bytes are asked for as numbers: `bytes in bytes` first tries to read its operand as one, and fails.
        marked = _HYPHEN in classes or _APOSTROPHE in classes or _QUESTION in classes
        for piece in classes.split(b" "):
            size = len(piece)
            if size:
                end = pos + size
                word = text[pos:end]
                if not marked or piece.isalpha() or word.isalpha():
                    gaps.append(text[last:pos])
                    words.append(word)
                    starts.append(pos)
                    ends.append(end)
                    last = end
                else:
                    for m in TOKEN.finditer(text, pos, end):
                        gaps.append(text[last : m.start()])
                        words.append(m.group())
                        starts.append(m.start())
                        last = m.end()
                        ends.append(last)
                pos = end
            pos += 1
        gaps.append(text[last:])
        self.words: list[str] = words
        self.starts: list[int] = starts
        self.ends: list[int] = ends
        self.gaps: list[str] = gaps
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
        self.kinds: list[Kind] = []
        self.folded: list[str] = []
        self.caps: list[bool] = []
        self.marks: list[int] = []  # MARK_PLACE, MARK_FACILITY or 0
        # neither a known word nor a known name, by its text alone (`NameFinder.doubts` adds the context)
        self.doubtful: list[bool] = []
        # the tokens a step of `NameFinder.find` kept as a word on purpose (a drug before its dose, an eponym, a
        # product) or read as a thing: the learned pass may doubt them, never mask them
        self.kept: list[int] = []
        # the tokens of English, French or Turkish sentences that are words of it (`NameFinder.foreign`): no name, no
        # doubt
        self.foreign: frozenset[int] = frozenset()

    def __len__(self) -> int:
        return len(self.words)


GENITIVE_SUFFIXES: Final = ("'s", "’s", "s", "'", "’")


def _genitive_of(folded: str, names: set[str]) -> bool:
    """Whether `folded` is one of `names` with a genitive suffix (`GENITIVE_SUFFIXES`): the names a token can be
    the genitive of are read off its own ending, instead of writing out every name's five forms."""
    last = folded[-1:]
    if last == "s":
        return folded[:-1] in names or (folded[-2:-1] in ("'", "’") and folded[:-2] in names)
    return (last == "'" or last == "’") and folded[:-1] in names


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


_TITLE_PARTS: Final = frozenset(
    ["med", "dent", "vet", "phil", "rer", "nat", "jur", "habil", "univ", "dipl", "ing"]
)


# the parts of an academic degree written between a salutation and the surname: "Frau Mag. Huber", "Herr
# Dipl.-Ing. Sommer", "Frau Dipl.-Psych. Weber"
_DEGREE_PARTS: Final = frozenset(
    [
        "dipl",
        "mag",
        "psych",
        "päd",
        "paed",
        "ing",
        "kfm",
        "kffr",
        "kff",
        "soz",
        "sozpäd",
        "sozialpäd",
        "oec",
        "inf",
        "biol",
        "chem",
        "phys",
        "math",
        "theol",
        "pol",
        "jur",
        "med",
        "rer",
        "nat",
        "phil",
        "arch",
        "des",
        "sc",
        "msc",
        "bsc",
        "ma",
        "ba",
        "mba",
        "llm",
        "lic",
        "verw",
        "betriebsw",
        "volksw",
        "agr",
        "dent",
        "vet",
        "habil",
        "univ",
        "techn",
        "geogr",
        "geol",
        "pharm",
        "ök",
        "oek",
        "mult",
    ]
)


def _degree_before(toks: Tokens, i: int) -> int:
    """The index of the salutation before a chain of degree parts that ends right before token i ("Frau Mag."
    before "Huber", "Herr Dipl.-Ing." before "Sommer"), or -1. Each part ends in "." or "-"."""
    folded, gaps = toks.folded, toks.gaps
    k = i - 1
    while k > 0 and i - k <= 4 and folded[k] in _DEGREE_PARTS and gaps[k + 1].strip()[:1] in (".", "-"):
        k -= 1
    if k == i - 1 or folded[k] not in SALUTATIONS or gaps[k + 1] != " ":
        return -1
    return k


def _titled(toks: Tokens, i: int) -> bool:
    """A title stands right before token i, maybe with its faculty: "Frau Erika", "Dr. med. Jens", "RAin Katrin"."""
    folded, gaps = toks.folded, toks.gaps
    j = _before_faculty(toks, i)
    return (
        j >= 0
        # or an office used as a form of address: "Pfarrer Jonas", a lawyer's "RAin Katrin"
        and (folded[j] in TITLES or _signature_cue(folded, j) or (toks.caps[j] and folded[j] in _OFFICE_CUES))
        and all(gaps[x].strip(" .") == "" for x in range(j + 1, i + 1))
    )


def _before_faculty(toks: Tokens, i: int) -> int:
    """The token before the parts of a faculty (at most three) that end right before token i: "Dr" of "Dr. med.
    Jens"; i - 1 where none stands there."""
    folded = toks.folded
    j = i - 1
    while j > 0 and folded[j] in _TITLE_PARTS and i - j < 4:
        j -= 1
    return j


def _in_region(toks: Tokens, i: int) -> bool:
    """Town i names a province's or a district's town, or the area around it: "Provinz Ghazni", "Gegend um
    Bamenda", "in der Nähe von Homs"."""
    before = toks.folded[i - 1]
    if before in _AROUND_LINKS:
        return i >= 2 and toks.folded[i - 2] in _AROUND and toks.gaps[i - 1] == " "
    return before in _REGION_CUES and toks.gaps[i] == " "


def _partners_end(toks: Tokens, end: int) -> int:
    """The end of a facility's name whose owners are joined by "&": "Gemeinschaftspraxis Fischer & Vogel",
    "Metallbau Fuchs & Söhne" (the partner's name may be a word: it is part of the firm's name)."""
    n = len(toks)
    while end < n and toks.gaps[end].strip() == "&" and toks.caps[end] and toks.gaps[end][:1] == " ":
        end += 1
    return end


def _twin_end(toks: Tokens, j: int) -> int:
    """The end of a name of one capitalised word twice, joined by a preposition or "und", from token j on: "Hand
    in Hand", "Schritt für Schritt", "Seite an Seite"; 0 where none begins there."""
    k = j + 2
    if not (
        k < len(toks)
        and toks.caps[j]
        and toks.caps[k]
        and toks.folded[j + 1] in _TWIN_LINKS
        and toks.folded[k] == toks.folded[j]
        and toks.gaps[j] == " "
        and toks.gaps[j + 1] == " "
        and toks.gaps[k] == " "
    ):
        return 0
    return k + 1


def _faculty_title(toks: Tokens, i: int) -> bool:
    """A title with its faculty, each part with its full stop, stands right before token i: "Dr. med. Weber",
    "Dr. rer. nat. Fischer", "Prof. Dr. habil. Stein" ("Dr. Weber" is `_title`'s own case)."""
    return _faculty_start(toks, i) >= 0


def _faculty_start(toks: Tokens, i: int) -> int:
    """The title of `_faculty_title` ("Dr" of "Dr. med. Weber"), or -1 where none stands before token i."""
    j = _before_faculty(toks, i)
    gaps = toks.gaps
    # the title's and the faculty's parts may be joined without a space ("Dr.med. Kessel", "Dr.rer. nat. Stein");
    # the name stands after a full stop and a space
    if (
        j < i - 1
        and toks.folded[j] in TITLES
        and all(gaps[x] in (". ", ".") for x in range(j + 1, i))
        and gaps[i] == ". "
    ):
        return j
    return -1


def _signature_cue(folded: list[str], j: int) -> bool:
    """Token j ends a signature's cue before a name: "gez.", "i. A.", "i. V."."""
    f = folded[j]
    return f == "gez" or ((f == "a" or f == "v") and j > 0 and folded[j - 1] == "i")


# a clinic's short forms of a doctor's rank, in capitals only ("ca." is circa): Oberarzt/-ärztin, Chef-, Fach-,
# Assistenz-, Zahnarzt; a letter puts them before the surname as "Dr." ("OA Winter", "gez. ZÄ Fröhlich")
_CLINICAL_TITLES: Final = frozenset(f"{rank}{sex}" for rank in "OCFAZ" for sex in "AÄ")


def _signed_by(toks: Tokens, j: int) -> bool:
    """Token j ends a signature's cue as signatures write it: "gez.", "i. A.", "i.V." ("i.v." is intravenous)."""
    word = toks.words[j]
    return word.casefold() == "gez" or (word in ("A", "V") and j > 0 and toks.folded[j - 1] == "i")


def _gap_ok(gaps: list[str], i: int) -> bool:
    """Tokens i and i+1 are adjacent (only spaces between)."""
    between = gaps[i + 1]
    return between.strip() == "" and "\n" not in between


_QUOTES: Final = frozenset("„“”\"'‚‘’»«")


_ARABIC_MARKS: Final = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")


def _pet_name_shape(folded: str) -> bool:
    """A short word in "-i" or "-y", as pet names are ("tobi", "mimi", "sigi"), which German text writes as often
    as an everyday word: being frequent does not make it one."""
    return len(folded) <= 6 and folded.endswith(("i", "y"))


HOUSEHOLD_HEADS: Final = (
    "familie", "familien", "unterkunft", "unterkünften", "wohnung", "gemeinschaft", "einrichtung", "gruppe", "zimmer",
)  # fmt: skip


def _foreign_word(folded: str, lex: Lexicon) -> bool:
    """An everyday word of another script's language, as the word lists write it: without Arabic vowel points
    ("شكراً" is "شكرا"), and a Persian word joined by a zero-width non-joiner word by word ("می‌خواهم")."""
    if folded in lex.foreign:
        return True
    bare = _ARABIC_MARKS.sub("", folded)
    if bare != folded and bare in lex.foreign:
        return True
    parts = [p for p in bare.split("\u200c") if p]
    # Persian joins a verb's prefix and a plural's or a copula's ending with the non-joiner: a verb or a plural,
    # never a name ("می‌خواهم", "کتاب‌ها", "خسته‌ام"); names join whole words ("محمد‌رضا", "نوری‌زاده")
    return len(parts) > 1 and (
        parts[0] in _PERSIAN_PREFIXES
        or parts[-1] in _PERSIAN_SUFFIXES
        or all(p in lex.foreign for p in parts)
    )


_PERSIAN_PREFIXES: Final = frozenset(["می", "نمی", "بی"])
_PERSIAN_SUFFIXES: Final = frozenset(
    ["ها", "های", "هایی", "ام", "ای", "ایم", "اید", "اند", "است", "تر", "ترین"]
)


_ABD: Final = frozenset(["abdul", "abdel", "abdal", "abdol", "abdur", "abdus"])


def shortens(short: str, long: str, lex: Lexicon) -> bool:
    """Whether `short` is a short form or pet name of the given name `long` (both casefolded), the one rule of
    the finder and the pseudonyms. `long` is two letters longer at least, and begins with `short` ("moni" …
    "monika", "ilo" … "ilona", "hanne" … "hannelore") where `short` is no name and no word of its own ("Jan" is
    no "Janina"), or with its stem before a pet name's "-i", "-y" or "-e", maybe after a doubled consonant ("gabi"
    … "gabriele", "wolfi" … "wolfgang", "chrissi" … "christiane"), or holds a stem of four letters ("heidi" …
    "adelheid"). A name of its own of six letters or more is no pet name ("Tesfay" of "Tesfamariam")."""
    if len(short) < 3 or len(long) < len(short) + 1 or not short.isalpha():
        return False
    # an Arabic or Pashto compound is called by its name: "aziz" of "abdulaziz", "hamid" of "hamidullah"
    if (long[:5] in _ABD and long[5:].lstrip("-") == short) or long in (f"{short}ullah", f"{short}-ullah"):
        return True
    own = lex.is_name(short) or short in lex.words
    if not own and len(long) >= len(short) + 2 and long.startswith(short):
        return True
    if short[-1] not in "iye" or (own and len(short) > 5):
        return False
    stem = short[:-1]  # two letters short of the name at least: "klaudi" … "klaudia", not "dani" … "dana"
    if len(stem) < 3 or (own and len(long) < len(short) + 2):
        return False
    if long.startswith(stem) or (len(stem) >= 4 and stem in long):
        return True
    # "chrissi" → "chris"
    return stem[-1] == stem[-2] and stem[-1] not in "aeiouäöü" and long.startswith(stem[:-1])


def short_form_of(folded: str, known: Iterable[str], lex: Lexicon) -> str | None:
    """The one name of `known` (casefolded, one word) that `folded` shortens (`shortens`), where `folded` is no
    name and no word of its own. None when it fits more than one name."""
    if len(folded) < 3 or lex.is_name(folded) or folded in lex.words:
        return None
    found = None
    for name in known:
        if " " not in name and "-" not in name and name != found and shortens(folded, name, lex):
            if found is not None:
                return None
            found = name
    return found


def _spoken_gap(gap: str) -> bool:
    """Only spaces, commas or a full stop between two tokens of one line: "mahmut, also mahmoud", "bzw. X"."""
    return gap.strip(" ,.") == "" and "\n" not in gap


def _german_head(lex: Lexicon, word: str) -> bool:
    """The camel-cased word's first part is a German noun of six letters or more: a compound typed with a capital
    inside ("ElterngeldPlus"), not a brand ("PhoneStar", "GlasTec")."""
    head = _CAMEL_PART.match(word, 1)
    return head is not None and head.end() >= 6 and lex.is_noun(word[: head.end()])


def _mixed_case(word: str) -> bool:
    """An abbreviation in mixed case ("AsylbLG", "RAin", "SchwbG"): a capital after the first letter, not all
    capitals, not after a hyphen ("Hohenstein-Ernstthal"). No town and no name is written so."""
    return not word.isupper() and any(c.isupper() and word[k] not in "-'’" for k, c in enumerate(word[1:]))


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
        or fold in _TIMES_OF_DAY
        or toks.words[j].isupper()
        or toks.kinds[j] == ABBREVIATION
    )


# the endings of a noun made from a doing or a state, which names what is done at a facility, not the facility
# ("Kita Anmeldung", "Physio Verordnung", "Apotheke Rechnung"), where it is a word of every day (`Lexicon.everyday`:
# a church's or a school's name of that make is rarer, "Mittelschule Dreifaltigkeit", "Kita Versöhnung")
_PROCESS_ENDINGS: Final = ("ung", "ion", "heit", "keit", "schaft", "tät")


def _proper(toks: Tokens, lex: Lexicon, j: int) -> bool:
    """Token j can be a facility's proper name right after its kind ("Kita Pusteblume")."""
    fold = toks.folded[j]
    return (
        _plain(toks, j)
        and fold not in lex.frequent
        and toks.words[j].lower() not in lex.frequent  # "Fußball" is folded "fussball"
        # a country or a region is no facility's name; a town is, big or small ("Klinikum Magdeburg")
        and not (fold in lex.toponyms and fold not in lex.places and fold not in lex.cities)
    )


def _capital_particles_end(toks: Tokens, j: int) -> int:
    """The token after the particles written with a capital from token j on ("Von Der" in "Anna Von Der Heide")."""
    k = j + 1
    while k < len(toks) and toks.caps[k] and toks.folded[k] in PARTICLES and _gap_ok(toks.gaps, k - 1):
        k += 1
    return k


def _misinflected(text: str, stems: list[str]) -> bool:
    """Every noun `text` could be a form of ends in "-e" and takes no ending that begins with a vowel: "Hose" makes
    "Hosen", never "Hosein"; "Shire" never "Shireen". Names from languages no lexicon covers end up so."""
    return all(stem.endswith("e") and text[len(stem)] in "ei" for stem in stems)


def _saint_end(toks: Tokens, lex: Lexicon, j: int) -> int:
    """The end of a saint's name after "St." at token j: up to three proper words ("St. Martin", "St. Johannes
    Baptist"), and every name right after them. Where a saint's name ends and a person's begins no list tells
    ("Pfarrei St. Johannes Baptist Tesfay Mehari", "Haus St. Johannes Baptist Maria Anna Tesfay"), and the finder
    reads the run as one person, whom the facility's span (found first) would leave readable: both go."""
    end, n = j + 2, len(toks)
    while (
        end < n
        and _adjacent(toks, end)
        and _proper(toks, lex, end)
        and (end - j < 4 or toks.kinds[end] in (STRONG, WEAK, UNKNOWN))
    ):
        end += 1
    return end


def _before_particles(toks: Tokens, j: int) -> int:
    """The index of the last token at or before j that is no lowercase particle ("Ärztin" of "Ärztin de la"), or
    -1."""
    while j >= 0 and not toks.caps[j] and toks.folded[j] in PARTICLES:
        j -= 1
    return j


def _person_noun(toks: Tokens, lex: Lexicon, j: int) -> bool:
    """Token j names a person by office or job, the way a note puts it before a surname: an address noun
    ("Pastorin", "Direktor"), a woman's job made from a noun ("Richterin", "Trainerin"), or a man's job or office
    whose woman's form the dictionary lists ("Meister Koch", "Nachbar Vogel")."""
    if not toks.caps[j]:
        return False
    return _person_noun_word(lex, toks.words[j], toks.folded[j])


def _person_noun_word(lex: Lexicon, word: str, fold: str) -> bool:
    """`_person_noun` of a capitalised word."""
    known = _PERSON_NOUNS.get(word)
    if known is None:
        known = _office_word(lex, word, fold) or _job_compound(lex, word)
        if len(_PERSON_NOUNS) >= _CACHE_LIMIT:
            _PERSON_NOUNS.clear()
        _PERSON_NOUNS[word] = known
    return known


def _office_word(lex: Lexicon, word: str, fold: str) -> bool:
    return (
        fold in ADDRESS_NOUNS
        or (len(fold) > 6 and fold.endswith("erin") and lex.is_noun(word[:-2]))
        or (
            len(fold) >= 6
            and word in lex.nouns
            and (word + "in" in lex.nouns or _umlauted(word) + "in" in lex.nouns)
        )
    )


def _job_compound(lex: Lexicon, word: str) -> bool:
    """A compound whose last part is a job, an office or a role, the way a note names someone before their
    surname: "Einzel|richter Hahn", "Ober|ärztin Koch", "Schul|sozialarbeiterin Busch", "Bezugs|erzieherin"."""
    if len(word) < 8 or not word[1:].islower():
        return False
    for cut in range(3, len(word) - 3):
        tail = word[cut].upper() + word[cut + 1 :]
        fold = tail.casefold()
        if (
            (fold in _JOB_ROLES or _office_word(lex, tail, fold))
            and lex.is_noun(tail)
            and lex.is_first_part(word[:cut])
        ):
            return True
    return False


# the roles that are jobs or offices, not kin or naming words ("Kaufmann", "Stiefkind" are no cue for a surname)
_JOB_ROLES: Final = frozenset(w.casefold() for w in data.JOBS.split())


# word -> a person's job or office (`_person_noun`); public words only, no offsets
_PERSON_NOUNS: dict[str, bool] = {}
_UNUMLAUT: Final = str.maketrans("äöüÄÖÜ", "aouAOU")


def _job_word(lex: Lexicon, word: str) -> bool:
    """A capitalised noun that names a person by job, in either gender, the way chat puts it before a surname:
    the man's form with a woman's form beside it ("Trainer"/"Trainerin", "Arzt"/"Ärztin", "Neurologe"/
    "Neurologin") or the woman's form of a man's ("Anwältin", "Richterin", "Logopädin"). Wider than
    `_person_noun_word`, which must hold before any capitalised word; this one cues only a word that is a name
    already (a learned surname, a name of the lists before a verb)."""
    if len(word) < 4 or not lex.is_noun(word):
        return False
    if word.endswith("in") and len(word) >= 6:
        base = word[:-2]
        return any(lex.is_noun(form) for form in (base, base + "e", base.translate(_UNUMLAUT)))
    stem = word[:-1] if word.endswith("e") else word
    # a stem of three letters makes chance words ("Alte" → "Altin", a currency)
    return len(stem) >= 4 and any(form + "in" in lex.nouns for form in (stem, _umlauted(stem)))


_UMLAUT = str.maketrans("aouAOU", "äöüÄÖÜ")


def _umlauted(word: str) -> str:
    """The word with its last a, o or u umlauted, as a woman's job is made from some men's: "Anwalt" →
    "Anwält" (+in), "Arzt" → "Ärzt"; of "au" the a turns ("Bauer" → "Bäuer", as in "Bäuerin")."""
    for k in range(len(word) - 1, -1, -1):
        ch = word[k]
        if ch in "aouAOU":
            if ch in "uU" and k > 0 and word[k - 1] in "aA":
                k -= 1
                ch = word[k]
            return word[:k] + ch.translate(_UMLAUT) + word[k + 1 :]
    return word


# particles that are no German word, so one in lowercase before a name belongs to it: "Frau de Boer", "Herr van
# Dijk", "Familie al Khatib" ("von", "zu", "da", "du", "bin", "der" are German words too)
_LAWYERS: Final = frozenset(["ra", "rain", "rä", "rae"])  # "RA Kühn", "RAin Frühling" (casefolded)
_OFFICE_CUES: Final = ADDRESS_NOUNS | _LAWYERS
_CUES_AND_OFFICES: Final = CUES | _OFFICE_CUES  # one lookup per token in `NameScan.candidates`
# the kinship words a compound can end in and still name the person's role: "Gastfamilie", "Pflegemutter"
_COMPOUND_CUES: Final = (
    "familie", "mutter", "vater", "eltern", "tochter", "sohn", "bruder", "schwester", "oma", "opa", "tante",
    "onkel",
)  # fmt: skip
# words that correct what was just said: "herr resa also reza mirzaei", "bzw.", "äh"; `NameScan.corrected`
# and the pseudonym of the corrected name (engine.GermanAnonymizer._detect)
CORRECTIONS: Final = frozenset(["also", "bzw", "beziehungsweise", "äh", "ähm", "sorry", "quatsch"])
# labels that name a person before a colon: "Name im Pass:", "Namen auf Arabisch:", "Unterschrift:"
_NAME_LABELS: Final = ("name", "vorname", "nachname", "unterschrift", "schreibweise")
# a title written out, between a salutation and the surname: "frau doktor engel"
# (and a letter's address of a colleague: "Sehr geehrte Frau Kollegin Kranich")
_WRITTEN_TITLES: Final = frozenset(
    ["doktor", "doktorin", "dr", "professor", "professorin", "prof", "kollegin", "kollege"]
)
_FOREIGN_PARTICLES: Final = PARTICLES - frozenset(["von", "zu", "da", "du", "bin", "der", "den", "ben"])
_ARTICLE_PARTICLES: Final = frozenset(["de", "la", "le"])
# the particles of kinship in Arabic names, small between two names: "bin", "ibn", "bint", "ould", "abu"
_KIN_PARTICLES: Final = frozenset(["bin", "ibn", "bint", "ould", "abu"])
# the kin words before a child's or a sibling's name, singular: "Sohn Aras", "Baby Aras", "Schwester Rose"
_CHILD_KIN: Final = frozenset(
    [
        "sohn",
        "tochter",
        "baby",
        "bruder",
        "schwester",
        "neffe",
        "nichte",
        "enkel",
        "enkelin",
        "cousin",
        "cousine",
    ]
)
# what ends a sentence whose language `NameFinder.foreign` weighs: its end, a colon, a quotation mark (a German
# sentence may quote English: 'der wagner is streng, "he shouts like my father"')
_SENTENCE_BREAKS: Final = '.!?\n:;"„“”«»'
# the languages besides English whose sentences `NameFinder.foreign` reads (their words in `Lexicon.foreign_words`)
SENTENCE_LANGUAGES: Final = ("fr", "tr")
# The articles, possessives, demonstratives and subject pronouns of English and French, which open a sentence
# capitalised and are no one's name there though a name list holds them ("The shop is …", "My cousin …", "Le
# professeur …", "Les bébés …"): grammar's closed classes, not vocabulary.
_OPENERS: Final = {
    "en": frozenset(
        ["the", "a", "an", "my", "your", "his", "her", "its", "our", "their", "this", "that", "these", "those", "i",
         "we", "you", "he", "she", "it", "they"]
    ),
    "fr": frozenset(
        ["le", "la", "les", "un", "une", "des", "du", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses",
         "notre", "nos", "votre", "vos", "leur", "leurs", "ce", "cet", "cette", "ces", "je", "tu", "il", "elle", "on",
         "nous", "vous", "ils", "elles"]
    ),
}  # fmt: skip
# a Turkish sentence's conjunctions and particles that name lists hold as names too ("Ama", "İle"): written small
# inside the sentence they are its words ("yaşında ama annesi …")
_CONJUNCTIONS_OF: Final = {
    "tr": frozenset(["ama", "ile", "ya", "ve", "ki", "de", "da", "bile", "hem", "ise"])
}
# French elides a vowel before another: "c'est", "j'ai", "l'école", "qu'il" are the word after the apostrophe
_ELISIONS: Final = ("c'", "j'", "l'", "d'", "qu'", "n'", "s'", "m'", "t'")


# a German noun ending and the linking "s" inside a word: the joint of a compound ("Duldungsnummer")
_NOUN_JOINT: Final = re.compile(r"(?:ung|heit|keit|schaft|tion|ität|ling)s\w{3}")


def _double_given(lex: Lexicon, folded: str) -> bool:
    """A given name of two names joined by a hyphen ("anna-lena", "hans-peter")."""
    parts = folded.split("-")
    return len(parts) == 2 and all(lex.is_name(p) for p in parts)


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
                or (k == LOWER and not caps[i])
                # scripts without capitals: a name goes on over the next word of that script ("حيدر جاسم محمد")
                or (k == STRONG and not caps[j] and not _latin(word) and not _latin(words[j - 1]))
            ):
                j += 1
            elif (
                k == WORD
                and caps[j]
                and j == i + 1
                and kinds[i] == STRONG
                # not after a genitive ("Ducs Kindern"); a double given name is made of names ("Hans-Peter")
                and (lex.is_name(folded[i]) or "-" in folded[i])
                # any word is a surname when a title stands before the given name ("Dr. Hans Kessel", "Frau Karin
                # Vogelsang"); without one only a noun's inflected form is ("Heike Brandes", not "Amina Kuchen")
                and (
                    (i > 0 and folded[i - 1] in TITLES and gaps[i].strip(" .") == "")
                    or (word not in lex.nouns and lex.is_noun(word))
                    # a compound no dictionary lists whole: "Benedikt Rehwinkel", "Heike Brunnhuber"
                    or (
                        len(word) >= 7
                        and "-" not in word
                        and not lex.is_noun(word)
                        and fold not in lex.words
                        and not lex.is_word(word)
                        # a German noun's ending with its linking "s" inside is a compound of words, no
                        # surname: "Duldungs|nummer", "Gesundheits|karte"
                        and not _NOUN_JOINT.search(fold)
                    )
                )
                and len(word) >= 4
                and fold not in lex.frequent
                and fold not in NOT_NAMES
                and fold not in TITLES
                and fold not in ROLES
                and fold not in lex.toponyms
            ):
                j += 1  # a surname that is also an inflected word form: "Heike Brandes"
            elif (
                k in (WORD, ABBREVIATION)
                and caps[j]
                and j == i + 1
                and kinds[i] == STRONG
                # a double given name is made of names: "Frau Anna-Lena Montag", "Dr. Hans-Peter Brunnen"
                and (lex.is_name(folded[i]) or _double_given(lex, folded[i]))
                and _titled(toks, i)
                and len(word) >= 3
                and fold not in TITLES
                # a role word ends the name ("Dr. Anna Tante …"), unless the name ends there: "Dr. Jan Mann,"
                and (fold not in ROLES or gaps[j + 1][:1] in ("", ",", ".", ";", ")"))
                and fold not in FUNCTION_WORDS
                and fold not in DETERMINERS
            ):
                # with a title before the given name, even a frequent word, a day or a town is the surname:
                # "Frau Erika Montag", "Dr. med. Jens Gerste", "Dr. Lena Hagen"
                j += 1
            elif (
                k == WORD
                and not caps[j]
                and not caps[i]
                and j == i + 1
                and kinds[i] == LOWER
                and i > 0
                # after a role or any noun naming the person ("der trainer sven winter")
                and (folded[i - 1] in CUES or lex.is_noun(words[i - 1][:1].upper() + words[i - 1][1:]))
                and lex.is_name(fold)
                # not the verb after the name: "vater farid will nach …" ("Will" is a name too)
                and fold not in _FINITE_VERBS
                and fold not in FUNCTION_WORDS
                and fold not in DETERMINERS
                and len(word) >= 3
            ):
                j += (
                    1  # chat: a role, a given name and a surname that is also a word ("trainerin jana vogel")
                )
            elif (
                k == WORD
                and caps[j]
                and j == i + 1
                and kinds[i] == UNKNOWN
                and caps[i]
                and i > 0
                and folded[i - 1] in TITLES
                and gaps[i].strip(" .") == ""
                and gaps[j] == " "
                # a given name no list knows after the title, and a word after it that is no frequent one is the
                # surname: "Frau Hinrika Schütte" (a frequent one goes on with the sentence: "Frau Tesfamariam kann")
                and fold not in lex.frequent
                and word.lower() not in lex.frequent
                and len(word) >= 4
                and fold not in NOT_NAMES
                and fold not in TITLES
                and fold not in ROLES
                and fold not in lex.toponyms
                and not _NOUN_JOINT.search(fold)
            ):
                j += 1
            elif (
                j == i + 1
                and caps[j]
                and caps[i]
                and kinds[i] in (STRONG, UNKNOWN)
                and _double_surname(lex, word)
            ):
                j += 1  # a double surname after a given name: "Shirin Tehrani-Rad", "Ruth Wendehals-Amari"
            elif (
                caps[j]
                and j == i + 1
                and kinds[i] == STRONG
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
                # German's "von" and "zu" after a given name alone join two persons, not one name's parts: "der
                # Sohn Ahmad von Mariam", "mit Amal zu Tesfay" ("Olaf Meyer zu Hartum" has its full name first)
                and not (fold in ("von", "zu") and j - i < 2)
                and (
                    kinds[j + 1] in KINDS_NAMED
                    # an Arabic name's "son of" or "father of" after a given name: the name after it, though it is
                    # a word ("Omar bin Laden"); German has no "bin" after a name ("ich bin")
                    or (
                        fold in _KIN_PARTICLES
                        and kinds[j - 1] == STRONG
                        # "Ich Ahmad bin Schüler": the verb after a speaker's name, a job after it
                        and not (i > 0 and folded[i - 1] == "ich")
                        and not _job_word(lex, toks.words[j + 1])
                        and kinds[j + 1] != ABBREVIATION
                        and folded[j + 1] not in FUNCTION_WORDS
                        and folded[j + 1] not in DETERMINERS
                        and toks.marks[j + 1] != MARK_COUNTRY
                        and folded[j + 1] not in lex.toponyms
                    )
                )
            ):
                j += 2
            elif (
                # particles written with a capital inside a name ("Ahmad Bin Garten", "Anna Von Der Heide"): the
                # verb "bin" or the preposition "von" is small there, so the capitalised word after them is the
                # surname, even one that is a word
                caps[j]
                and fold in PARTICLES
                and kinds[j - 1] == STRONG
                and (surname := _capital_particles_end(toks, j)) < n
                and _gap_ok(gaps, surname - 1)
                and caps[surname]
                and kinds[surname] != ABBREVIATION
                and folded[surname] not in FUNCTION_WORDS
                and folded[surname] not in DETERMINERS
            ):
                j = surname + 1
            elif (
                # two particles: "de la Cruz", "van der Berg", "bin al-Hassan"; not German's "von der …",
                # which is mostly where someone comes from ("Frau Liebe von der Schule")
                fold in PARTICLES
                and fold != "von"
                and fold != "zu"
                and j + 2 < n
                and folded[j + 1] in PARTICLES
                and _gap_ok(gaps, j)
                and _gap_ok(gaps, j + 1)
                and caps[j + 2]
                and kinds[j + 2] in KINDS_NAMED
            ):
                j += 3
            elif (
                not caps[i]
                and not caps[j]
                and kinds[j - 1] == LOWER
                and (
                    (
                        k == WORD
                        and toks.doubtful[j]
                        and len(word) >= 6
                        # named as a person: "herr reza mirzaei", "also tesfay ghebremariam"; not a dish after a
                        # name ("bei nino khachapuri gegessen")
                        and i > 0
                        and (
                            folded[i - 1] in SALUTATIONS
                            or folded[i - 1] in CUES
                            or folded[i - 1] in CORRECTIONS
                        )
                    )
                    # a particle in lowercase between two names: "mahmoud al hassan", "ahmad bin zayed"
                    or (
                        fold in _FOREIGN_PARTICLES
                        and j + 1 < n
                        and _gap_ok(gaps, j)
                        and not caps[j + 1]
                        and (kinds[j + 1] == LOWER or (kinds[j + 1] == WORD and toks.doubtful[j + 1]))
                    )
                )
            ):
                # chat: a lowercase given name and a word no list knows after it is the surname ("reza
                # mirzaei", "tesfay ghebremariam"); the given name alone was masked and the surname left
                j += 2 if fold in _FOREIGN_PARTICLES else 1
            elif _initial(toks, j):
                j += 1  # "Oksana P."
                break
            else:
                break
        # leftwards: lexicon names and particles ("Abdul Rahman", "El Amin")
        while i > 0 and _gap_ok(gaps, i - 1) and j - i < 5:
            k = kinds[i - 1]
            if (
                (caps[i - 1] and k in (STRONG, UNKNOWN))
                or (caps[i - 1] and folded[i - 1] in PARTICLES and i - 2 >= 0 and kinds[i - 2] == STRONG)
                or (
                    not caps[i - 1]
                    and folded[i - 1] in _FOREIGN_PARTICLES
                    # the name's first word, or a particle already taken before it ("de" of "de la Cruz")
                    and (caps[i] or folded[i] in _ARTICLE_PARTICLES)
                    # "de", "la", "le" are articles too (Low German "de Wind"): after a title, a name or a job
                    # ("Rechtsanwalt de Vries", "Ärztin de la Cruz") only
                    and (
                        folded[i - 1] not in _ARTICLE_PARTICLES
                        or (
                            (t := _before_particles(toks, i - 2)) >= 0
                            and (
                                folded[t] in TITLES
                                or folded[t] in ROLES
                                or kinds[t] == STRONG
                                or _person_noun(toks, lex, t)
                            )
                        )
                    )
                )
                # a name that is also a word, before a name: "Tran Van Duc"; not "im Sommer Anna"
                or (
                    caps[i - 1]
                    and k == WEAK
                    and (i - 1 == 0 or folded[i - 2] not in _BEFORE_WORD)
                    and not _person_noun(toks, lex, i - 1)  # "Meister Koch": the job stays
                )
                # a given name some word list holds by mistake, before a listed surname: "Lumturie Berisha"; not a
                # noun, a frequent word or a role ("Heute Berisha", "Nachbar Berisha")
                or (
                    caps[i - 1]
                    and k == WORD
                    and kinds[i] == STRONG
                    and caps[i]
                    and gaps[i] == " "
                    and len(folded[i - 1]) >= 4
                    and folded[i - 1] not in lex.frequent
                    and toks.words[i - 1].lower() not in lex.frequent
                    and folded[i - 1] not in lex.common
                    and not lex.is_known_form(toks.words[i - 1])
                    and "-" not in folded[i - 1]  # "Ex-Mann Ramzan"
                    and folded[i - 1] not in FUNCTION_WORDS
                    and folded[i - 1] not in ROLES
                    and folded[i - 1] not in TITLES
                    and folded[i - 1] not in lex.toponyms
                    and folded[i - 1] not in lex.languages
                )
            ):
                i -= 1
            else:
                break
        return i, j


_STREET_ENDINGS: Final = (
    "straße",
    "strasse",
    "weg",
    "deich",
    "damm",
    "ring",
    "platz",
    "allee",
    "gasse",
    "ufer",
    "chaussee",
)


def _street_after(toks: Tokens, k: int) -> int | None:
    """The end of "am Deichweg", "an der Süderstraße" starting at token k, where a facility is named by its
    street; None where no street follows."""
    folded, gaps, caps, n = toks.folded, toks.gaps, toks.caps, len(toks)
    if k >= n or gaps[k] != " ":
        return None
    if folded[k] == "am":
        street = k + 1
    elif folded[k] == "an" and k + 1 < n and folded[k + 1] in ("der", "den") and gaps[k + 1] == " ":
        street = k + 2
    else:
        return None
    if street < n and gaps[street] == " " and caps[street] and folded[street].endswith(_STREET_ENDINGS):
        return street + 1
    return None


def _particle_name(text: str) -> bool:
    """A name written with its particle in front in lowercase: "al-Amoudi", "el-Sayed", "bin-Laden"."""
    head, _, rest = text.partition("-")
    return head in PARTICLES and rest[:1].isupper()


def _double_surname(lex: Lexicon, word: str) -> bool:
    """A hyphenated word with a name or an unknown word among its parts ("Tehrani-Rad", "Wendehals-Amari");
    compounds of words ("Kfz-Werkstatt", "Deutsch-Kurs") are none."""
    if "-" not in word or word.casefold() in lex.frequent:
        return False
    parts = [p for p in word.split("-") if p]
    return len(parts) >= 2 and any(
        len(p) >= 3 and p[:1].isupper() and (lex.is_name(p.casefold()) or not lex.is_known_form(p))
        for p in parts
    )


_ACADEMIC: Final = frozenset(["dr", "prof"])
_UNITS: Final = frozenset(["mg", "µg", "mcg", "ml", "ie", "g", "tbl", "tabl", "hub", "supp", "amp"])
_METHOD_NOUNS: Final = frozenset(
    ["klassifikation", "einteilung", "stadium", "grad", "typ", "score", "methode", "schema", "technik", "op",
     "operation", "osteosynthese", "fraktur", "test", "kriterien", "skala"]
)  # fmt: skip
_ADJECTIVE_ENDINGS: Final = ("e", "er", "en", "es", "em")
_SIGNATURE_ENDS: Final = frozenset(["gez", "a", "v"])  # the last token of "gez.", "i. A.", "i. V."
# greetings and closings written in capitals or short at the end of an answer: no writer's name
_SIGN_OFFS: Final = frozenset(["lg", "vg", "mfg", "ok", "ps", "gn8", "bb", "cu"])
_GERMAN_LETTERS: Final = frozenset("abcdefghijklmnopqrstuvwxyzäöüß-'’")
# the workshops, farms, shops and offices a trade may name after its owner: a name-word after one is at
# least a doubt ("Fahrschule Kurz"); `_BUSINESS_ENDINGS` (above) are those after which it is masked
_DOUBT_TRADE_ENDINGS: Final = (
    "erei", "werk", "hof", "bau", "haus", "handel", "betrieb", "service", "technik", "kanzlei", "praxis",
)  # fmt: skip
_NOT_IN_NAME_POSITION = DETERMINERS | FUNCTION_WORDS | TITLES | ROLES | MONTHS
_METHOD_ENDINGS = tuple(w for w in _METHOD_NOUNS if len(w) >= 8)
_NAMING: Final = frozenset(["heisst", "hiess", "genannt", "namens"])  # casefolded
_PERSON_PRONOUNS: Final = frozenset(["er", "sie", "ihr", "sein", "seine", "ihre"])
# the words for a child that "heißt" may name: "Der Junge heißt Momo.", "die kleine heißt bibi"
_YOUNG_ONES: Final = frozenset(
    ["junge", "mädchen", "kleine", "kleiner", "baby", "kind", "jugendliche", "jugendlicher"]
)
# the nouns of a name someone goes by, which a note gives in quotes as often as not: "den Spitznamen „Momo“"
_NICKNAME_NOUNS: Final = frozenset(
    ["spitzname", "kosename", "rufname", "spitznamen", "kosenamen", "rufnamen"]
)
# the nouns a note tells a name by: "ihr Name ist Rose", "Spitzname: Stern" (casefolded)
_NAME_NOUNS: Final = frozenset(["name", "namen", "vorname", "nachname"]) | _NICKNAME_NOUNS
# before a name noun whose name follows it right away: "hat den Spitznamen Momo", "trägt seinen Rufnamen Mo"
_NAME_NOUN_STARTS: Final = frozenset(["den", "einen", "seinen", "ihren", "dem", "einem", "seinem", "ihrem"])
_NOUN_ONLY_ENDINGS: Final = ("logie", "iatrie", "chirurgie", "ung", "heit", "keit", "schaft", "tion")
# the words between "heißt" and the name a person goes by ("heißt er nur jojo", "heißt bei uns einfach nana")
_GOES_BY: Final = frozenset(
    ["nur", "einfach", "bloß", "bloss", "immer", "halt", "eben", "jetzt", "überall", "auch", "bei", "ihr", "ihm",
     "uns", "euch", "allen", "zuhause", "hier", "dort", "eigentlich", "inzwischen", "mittlerweile",
     # the words of surprise before a name that is a word: "heißt echt brandt", "heißt allen Ernstes Winter"
     "echt", "wirklich", "tatsächlich", "übrigens", "ernstes", "doch"]
)  # fmt: skip
# the words after a given name's genitive that show it is a person's ("nataschas mann", "saras mutter")
_GENITIVE_HEADS: Final = frozenset(
    ["mann", "frau", "mutter", "vater", "mama", "papa", "sohn", "tochter", "bruder", "schwester", "kinder", "kind",
     "kleine", "kleiner", "kleinen", "baby", "oma", "opa", "tante", "onkel", "cousin", "cousine", "freund",
     "freundin", "verlobter", "verlobte", "ältester", "älteste", "ältesten", "jüngster", "jüngste", "jüngsten",
     "familie", "eltern", "geschwister", "schwiegermutter", "chef", "chefin", "nachbarin", "nachbar", "handy",
     "nummer", "wohnung", "zimmer", "termin", "anwalt", "anwältin", "ärztin", "arzt", "vormund", "vormundin"]
)  # fmt: skip
# the kinds a text names with "heißt" that no facility list holds: "die Werkstatt heißt Speichenwerk"
_CALLED_KINDS: Final = frozenset(
    ["werkstatt", "laden", "firma", "gruppe", "projekt", "verein", "band", "team", "mannschaft", "café", "cafe",
     "kita", "schule", "treff", "restaurant", "imbiss", "geschäft", "betrieb", "praxis", "kanzlei", "chor", "club",
     "initiative", "unterkunft", "wohngruppe", "kneipe", "bäckerei"]
)  # fmt: skip
_CALLED_FACILITY_FILLERS: Final = frozenset(
    ["übrigens", "jetzt", "nur", "einfach", "auch", "inzwischen", "mittlerweile", "eigentlich", "offiziell",
     "tatsächlich", "seit", "heute", "neu", "wirklich"]
)  # fmt: skip
_PERSON_OBJECTS: Final = frozenset(["ihn", "sie", "mich", "dich"])  # whom one calls by a name
# what only a person has done (perfect tense), after "hat": "Lulu hat angerufen"
_PERSON_PARTICIPLES: Final = frozenset(
    ["angerufen", "geschrieben", "gesagt", "gefragt", "erzählt", "gemeint", "geweint", "gelacht", "gesungen",
     "gebetet", "geantwortet", "zurückgerufen", "abgesagt", "zugesagt", "versprochen", "mitgebracht", "übersetzt",
     "gedolmetscht", "unterschrieben"]
)  # fmt: skip
_CALLING: Final = frozenset(["nennt", "nennen", "nannte", "nannten", "sagen", "sagt", "rufen", "ruft"])
# between the verb and the name: "nennen ihn", "nennt den Kleinen immer", "rufen sie nur"
_CALLED_FILLERS: Final = frozenset(
    ["ihn", "sie", "es", "mich", "dich", "uns", "den", "die", "kleinen", "kleine", "alle", "immer", "nur",
     "einfach", "hier", "meist", "oft", "alle", "jetzt"]
)  # fmt: skip
# the placeholders of a masked number (patterns.REPLACEMENT's), which stand after a label in a text anonymized again
_NUMBER_PLACEHOLDERS: Final = ("[Telefon]", "[Nummer]", "[Kennung]")
_LABEL_NOUNS = 50  # "Ref" begins about 300 noun lemmas, "Roj", "Emi", "Ayo" a handful
_KEEP_PLACES: Final = frozenset(c.casefold() for c in data.KEEP_PLACES.split())
# the quarters a city's district is named by after a hyphen: "Erfurt-Nord", "Halle-Neustadt"
_QUARTERS: Final = frozenset(
    ["nord", "süd", "ost", "west", "mitte", "zentrum", "innenstadt", "altstadt", "neustadt"]
)


# the Cyrillic letters the transliteration tables know (Russian's and Ukrainian's, lowercase)
_CYRILLIC_LETTERS: Final = frozenset(CYRILLIC_DE)


def _latin(text: str) -> bool:
    """Whether a word is written in Latin letters (accents and Turkish, Polish … letters included)."""
    return any(ch < "\u0250" or "\u1e00" <= ch <= "\u1eff" for ch in text)


# a letter outside `_latin`'s ranges: most texts have none, and the anonymizer skips a pass over their tokens
NOT_LATIN: Final = re.compile("[^\x00-\u024f\u1e00-\u1eff]")


# German endings on a medical term: Endokrinolog|in, Diabetiker|innen, Sectio|s
# How medical terms and drug names end, where no dictionary lists the word: Greek and Latin endings of
# German medical words (Gastroenterologie, Tenolyse, Retikulozyten, Bandscheibenprotrusion) and the WHO's
# stems of international nonproprietary names (Empagliflozin, Pantoprazol, Ramipril, Atorvastatin). No
# given name or surname of seven letters or more ends so.
_MEDICAL_ENDINGS: Final = frozenset(data.MEDICAL_ENDINGS.split())
# a dose: an amount and its unit, a combination's strengths ("400/100 mg"), strengths before a dosing schedule
# ("100/6 2-0-2") or the schedule alone ("1-0-1")
_DOSE: Final = re.compile(
    r"\s?(?:\(?\d+(?:[.,]\d+)?(?:/\d+(?:[.,]\d+)?)?\s?(?:mg|µg|mcg|g|ml|IE|I\.E\.|mmol|Hub|Tbl|Tabl|Supp|Amp)\b"
    r"|\d+(?:[.,]\d+)?/\d+(?:[.,]\d+)?\s\d-\d-\d|\d-\d-\d)"
)


def _dose_lead(gap: str) -> bool:
    """Whether a digit stands where `_DOSE` needs one, in the gap after a word (the next word holds none): at
    most two characters ("\\s?\\(?") before it. Most gaps are a space, and the pattern is then not tried."""
    return gap[:1].isdecimal() or gap[1:2].isdecimal() or gap[2:3].isdecimal()


# the grades of a score or a classification: "Child-Pugh B", "Hunt-Hess III"
_GRADES: Final = frozenset(["A", "B", "C", "D", "I", "II", "III", "IV", "V"])
_SHORTEST_MEDICAL_COMPOUND = 10  # "Osteo|logie" is a dictionary's word already
_TECHNICAL_ENDINGS: Final = (
    # a specialist by the field's English name: Hepatolog|e, |en, |in, |innen ← hepatology
    ("ologinnen", "ology"),
    ("ologin", "ology"),
    ("ologen", "ology"),
    ("ologe", "ology"),
    ("innen", "e"),
    ("innen", ""),
    ("in", "e"),
    ("in", ""),
    ("en", ""),
    ("s", ""),
    ("e", ""),
)


# An adjective by its derivation, inflected or not, capitalised where it opens a diagnosis or a line: "Ischämischer
# Hirninfarkt", "Rhegmatogene Ablatio", "Zentrilobuläres Emphysem", "Nervöse Unruhe", "Invasives Karzinom",
# "Vertebrale Fraktur". Four letters or more before the suffix ("Fischer", "Olive", "Morales" are names), and the
# Latin "-al" only inflected and after five; a name a list has is one before this is asked.
_ADJECTIVE_FORM: Final = re.compile(
    r"[^\W\d_]{4,}(?:isch|iert|ogen|är|ös|iv)(?:e|er|es|en|em)?|[^\W\d_]{5,}al(?:e|er|es|en|em)"
)


# the words that address a family by its surname, as "Frau" a woman: "Familie van der Berg", "Ehepaar de Jong"
_FAMILY_HEADS: Final = frozenset(["familie", "fam", "ehepaar", "eheleute"])


# the south's article, glued to its noun: "d'frau", "d'Bluatwurscht"
_GLUED_ARTICLES: Final = ("d'", "d’")


def _glued_salutation(folded: str) -> bool:
    """A salutation with the south's article glued to it, one token: "d'frau bauer isch ned bös"."""
    return folded[:2] in _GLUED_ARTICLES and folded[2:] in SALUTATIONS


# the finite verbs of southern and western speech that open a clause after a subject: "da tobi, hod gsagt"
_DIALECT_FINITE: Final = frozenset(["hod", "hot", "isch", "hend", "ham", "hamm"])


def _everyday_german(lex: Lexicon, folded: str) -> bool:
    """A word German writes every day (Zipf 4) that no name list has and English does not write: the spoken
    forms the spelling lists lack ("heut", "nehm", "naja"), which chat capitalises at a sentence's start
    ("Heut war ich beim Amt"). Rarer ones are names as often ("Ulli", "Lauda"), and so are English words
    ("Happy", "Sunny")."""
    return folded in lex.everyday and folded not in lex.english


# the sound changes of German dialects that chat spells out, each undone by one rewrite of the written word:
# Bavarian "guat", "dahoam", "liab", "Schui" (gut, daheim, lieb, Schule), the lost "e" of "Gfühl", "gsagt", the
# Ruhr's "getz" and "Tach" (jetzt, Tag), the dark "a" of "Obend" (Abend) at a word's start
_DIALECT_REWRITES: Final = (
    ("ua", "u"), ("oa", "ei"), ("ia", "ie"), ("ui", "ul"),
)  # fmt: skip
_DIALECT_ENDINGS: Final = ("", "e", "t", "n")


def dialect_form(lex: Lexicon, folded: str) -> bool:
    """A dialect's spelling of a word German writes every day (`_everyday_german`), undone by one sound change
    and maybe a lost ending: "Guat" (gut), "Dahoam" (daheim), "Gfühl" (Gefühl), "Getz" (jetzt), "Tach" (Tag),
    "Obend" (Abend), "Mei" (mein), "Schui" (Schule). Names are rarely so: a name no list knows stays a doubt."""
    if not 3 <= len(folded) <= 10 or not folded.isalpha():
        return False
    forms = [folded.replace(a, b, 1) for a, b in _DIALECT_REWRITES if a in folded]
    if folded[0] == "g" and folded[1:2] not in "aeiouäöüy":
        forms.append("ge" + folded[1:])  # "gfühl", "gsagt"
    if folded[0] == "g":
        forms.append("j" + folded[1:])  # "getz"
    if folded.endswith("ch"):
        forms.append(folded[:-2] + "g")  # "tach", "sach"
    if folded[0] == "o":
        # "obend"; within a word too many names would turn ("Hotte" is no "hatte")
        forms.append("a" + folded[1:])
    forms.append(folded)  # a lost ending alone: "mei", "küch"
    # (English's frequent words count here: "mein" is one of them, and the dialect's word is none)
    everyday = lex.everyday
    return any(form + end in everyday for form in forms for end in _DIALECT_ENDINGS if form + end != folded)


def _technical(lex: Lexicon, folded: str) -> bool:
    """A medical term or drug name (Metamizol, Sectio, Endokrinologin). Short ones are left out: the
    dictionaries hold symbols and proteins (Mo, Lamin) that are also given names."""
    terms = lex.technical
    if len(folded) < 6:
        return False
    if folded in terms or _technical_form(terms, folded):
        return True
    # German spells the Latin c as k before a, o, u and consonants and as z before e and i: Konzentrator
    # (concentrator), Kardiologin (cardiology); "kh" and "ch" stay (Khanke is no "chance")
    return ("k" in folded or "z" in folded) and _technical_form(terms, _LATIN_C.sub("c", folded))


_LATIN_C: Final = re.compile(r"k(?=[aoulrt])|z(?=[eiy])")


def _technical_form(terms: frozenset[str], folded: str) -> bool:
    """Whether a German ending on a term of `terms` makes `folded` (see `_TECHNICAL_ENDINGS`)."""
    if folded in terms:
        return True
    return any(
        folded.endswith(ending) and folded[: -len(ending)] + stem in terms
        for ending, stem in _TECHNICAL_ENDINGS
        if len(folded) - len(ending) >= 5
    )


# finite verbs that follow a subject at the start of a sentence, and the pronouns that are a subject after one
_SUBJECT_VERBS: Final = frozenset(data.SUBJECT_VERBS.casefold().split())  # "weiß" -> "weiss"
_SUBJECT_PRONOUNS: Final = frozenset(data.SUBJECT_PRONOUNS.split())
# verbs whose subject is a person (third person singular): "Engel singt", "Rose wohnt", "Vogel meint"; a noun
# before "ist" or "hat" is as often the thing ("Glück ist wichtig"), and so before "kommt" ("Der Winter kommt")
PERSON_VERBS: Final = frozenset(
    ["sagt", "sagte", "meint", "meinte", "fragt", "fragte", "erzählt", "erzählte", "schreibt", "schrieb", "ruft",
     "rief", "spielt", "spielte", "singt", "sang", "weint", "weinte", "lacht", "lachte", "wohnt", "wohnte", "lebt",
     "lebte", "arbeitet", "arbeitete", "betet", "möchte", "träumt", "will", "wollte", "weiss", "wusste"]
)  # fmt: skip
# the words after which a clause's subject begins: "und Rosa kam", "der Hase sagt"
_SUBJECT_OPENERS: Final = frozenset(
    ["und", "aber", "doch", "dann", "der", "die", "weil", "dass", "denn", "wenn", "ob"]
)


_WORK_STEMS: Final = (
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
_WORK_WORDS: Final = frozenset(["chef", "chefin", "arbeitgeber", "schicht", "azubi"])
# the words beside "beschäftigt" where it occupies a mind ("Was mich beschäftigt", "beschäftigt Sie?")
_MINDS: Final = frozenset(["was", "mich", "dich", "sie", "uns", "euch", "mir", "ihn", "das"])
_WORK_HEADS: Final = ("praktikum", "ausbildung", "job")
# places of work without a business's ending, right before a town's preposition: "im Lager in X"
_WORKPLACES: Final = frozenset(
    ["lager", "werk", "firma", "betrieb", "büro", "werkstatt", "baustelle", "fabrik"]
)
# the first letters of the stems: most words start with none, and a set lookup costs less than `startswith`
_WORK_INITIALS: Final = frozenset(stem[0] for stem in _WORK_STEMS)
# joined by a hyphen to a proper part, more kinds name one place: "Genezareth-Gemeinde", "St.-Joseph-Krankenhaus"
_HYPHEN_FACILITY_ENDINGS: Final = (
    "schule", "bäckerei", "grill", "werft", "wäscherei", "klinik", "kita", "imbiss", "kindergarten", "restaurant",
    "gymnasium", "gemeinde", "krankenhaus", "klinikum", "praxis", "hospital", "zentrum", "apotheke", "moschee",
    "kirche", "kapelle",
)  # fmt: skip
# kinds of house named after a person, written with hyphens: "Albert-Schweitzer-Haus", "Edith-Stein-Heim" (after
# a word they make a kind: "Hoch-Haus", "Fertig-Haus")
_PERSON_HOUSES: Final = ("haus", "heim", "stift")
# the heads of a landscape's or a place's name, which name a school or a house after its hill or its brook:
# "Sandberg-Schule", "Mühlbach-Kita" (one part before the kind, itself a compound)
_LANDSCAPE_HEADS: Final = (
    "berg", "tal", "wald", "feld", "bach", "see", "burg", "dorf", "heide", "grund", "aue", "höhe", "stein",
)  # fmt: skip
# kinds of facility that always carry a name, written with a hyphen: "Adler-Apotheke", "Al-Nur-Moschee"
_NAMED_HYPHEN_KINDS: Final = ("apotheke", "moschee", "kirche", "kapelle", "gemeinde", "imbiss")
_NAMED_FACILITY_ENDINGS: Final = (
    "schule",
    "bäckerei",
    "grill",
    "werft",
    "wäscherei",
    "klinik",
    "kita",
    "imbiss",
    "kindergarten",
    "krankenhaus",
    "restaurant",
    "gymnasium",
)
# a church or a chapel named by its saint or a place of the Bible: "Pauluskirche", "Emmauskapelle" (a village's
# church identifies its parish; "Dorfkirche", "Frauenkirche", "Pfarrkirche" are made of words and stay)
_CHURCH_KINDS: Final = ("kirche", "kapelle")
# kinds of a house of worship whose name stands before them as a word of its own: "die al-nur moschee"
_NAMED_BEFORE: Final = frozenset(["moschee", "kirche", "kapelle", "synagoge", "gemeinde", "cemevi"])
_AUTHORITIES: Final = (
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
# the endings of an authority's or a court's name before its town: "Landratsamt", "Ausländerbehörde",
# "Verwaltungsgericht", "Landkreises"; and the courts' abbreviations
_AUTHORITY_ENDINGS: Final = (
    "amt",
    "amts",
    "behörde",
    "gericht",
    "gerichts",
    "landkreis",
    "landkreises",
    "kreisverwaltung",
    # the prosecution and the police: "Staatsanwaltschaft Neuruppin", "Polizeiinspektion Passau"
    "anwaltschaft",
    "polizei",
    "inspektion",
    "direktion",
    "präsidium",
)
_COURTS: Final = frozenset(["vg", "ovg", "sg", "lsg", "bsg", "bverwg", "lg", "olg", "ag", "kreis", "kreises"])
_EMPLOYER_PREPOSITIONS: Final = frozenset(["bei", "beim", "im", "in"])
# words that end an employer's name: links, time and place words, verbs of the sentence
_EMPLOYER_STOPS: Final = frozenset(
    ["im", "in", "am", "an", "als", "und", "oder", "seit", "ab", "bis", "für", "mit", "zum", "zur", "auf", "aus",
     "nach", "von", "vom", "bei", "beim", "der", "die", "das", "den", "dem", "des", "ist", "hat", "war", "wird",
     "gefunden", "angefangen", "gearbeitet", "gemacht", "bekommen", "lager", "küche", "büro", "homeoffice"]
)  # fmt: skip
_RESIDENCE_PREPOSITIONS: Final = frozenset(["aus", "in", "nach"])
_RESIDENCE_STEMS: Final = (
    "wohn",
    "leb",
    "gezogen",
    "umgezogen",
    "zieh",
    "umzieh",
    "zuweisung",
    "zugewiesen",
    "untergebracht",
    "stamm",
)
# (a life spent or stuck somewhere: "acht Jahre in Masar-e Scharif gelebt", "die in Maschhad festsitzt")
_HOME_STEMS: Final = (
    *_RESIDENCE_STEMS, "gewohnt", "geboren", "geb", "heimat", "zuhause", "gelebt", "aufgewachsen", "festsitz",
    "festsaß", "festgesessen", "zurückgeblieben",
)  # fmt: skip
# the words of a journey before its end: a vehicle, a ride, a move ("Bus", "Zug", "fährt", "mitnehmen", "gezogen")
_TRAVEL_STEMS: Final = (
    "bus", "zug", "bahn", "regionalbahn", "taxi", "fahr", "fähr", "gefahren", "mitfahr", "mitnehm", "mitgenommen",
    "zieh", "gezogen", "umzug", "reis", "gereist", "pendel", "unterwegs", "ticket", "trampen",
)  # fmt: skip
# a town's part or a station named like a town ("nach Hauptbahnhof", "Richtung Industriegebiet", "nach Altstadt")
_TOWN_PART_ENDS: Final = (
    "bahnhof",
    "gebiet",
    "friedhof",
    "altstadt",
    "nordstadt",
    "innenstadt",
    "gartenstadt",
)
# the endings of German places' names, of a village's above all ("-ingen", "-hausen", "-dorf", "-leben", "-itz")
_PLACE_ENDINGS: Final = (
    "ingen", "hausen", "bach", "dorf", "heim", "feld", "felde", "stedt", "leben", "rode", "hagen", "beck",
    "büttel", "berg", "ow", "itz", "rade", "kirchen", "weiler", "wangen", "ried", "reuth", "born", "brunn",
    "furt", "horst", "walde", "hofen",
)  # fmt: skip
# inside a word before a town: a family, a home, a flat, a room, a move ("Gastfamilie", "Ferienwohnung")
_SETTLED_STEMS: Final = ("familie", "wohn", "unterkunft", "zimmer", "umzug", "verlegt", "zugezogen", "daheim")
_PLACE_LINKS: Final = frozenset(["am", "an", "auf", "in", "im", "ob", "bei"])
# the brackets after a name that open a name it goes by, in quotes, after the age or alone: " (10, „", " („"
_QUOTED_ALIAS_OPENING: Final = re.compile(r" \((?:\d{1,3}, )?[„“\"»‚']")
# a province or district names where someone is from, with its town's name: "aus der Provinz Ghazni", "im Distrikt
# Jaghori"; so does the area around a town: "aus der Gegend um Bamenda", "in der Nähe von Homs" (`_in_region`)
_REGION_CUES: Final = frozenset(["provinz", "distrikt", "gouvernement", "bezirk"])
_AROUND_LINKS: Final = frozenset(["um", "von"])
_AROUND: Final = frozenset(["gegend", "umgebung", "nähe", "raum"])
_CAR_MAKES: Final = frozenset(data.CAR_MAKES.casefold().split())
_CARS: Final = _CAR_MAKES | frozenset(data.CAR_MODELS.casefold().split())
_POSSESSIVES: Final = frozenset(
    stem + end
    for stem in ("mein", "dein", "sein", "ihr", "unser", "euer", "eur")
    for end in ("", "e", "en", "em", "er", "es")
)
_FOOD_VERBS: Final = frozenset(data.FOOD_VERBS.casefold().split())
# the verbs that end a recipe's clause after "wie man": "wie man Bolani macht"
_RECIPE_VERBS: Final = frozenset(
    ["macht", "kocht", "backt", "zubereitet", "isst", "trinkt", "rollt", "füllt"]
)
_CHAT_VERBS: Final = frozenset(
    ["lässt", "spricht", "ruft", "schläft", "freut", "kocht", "spielt", "braucht", "hatte"]
)
# Verbs of saying and asking: their subject is a person ("Fink fragt, ob …", "Ernst schlägt vor").
_SPEECH_VERBS: Final = frozenset(data.SPEECH_VERBS.split())
# the verbs whose subject may follow them, a person who came or spoke: "Gestern kam Ernst Kraft" (`pair_after_verb`)
_CAME_OR_SAID: Final = frozenset(["kam", "kamen", "kommt", "kommen"]) | _SPEECH_VERBS
_FINITE_VERBS = _SUBJECT_VERBS | _CHAT_VERBS | _SPEECH_VERBS
# Words that can begin the subject of a verb that comes before it ("hat die Mutter …", "ist er …"); the
# accusative and dative forms (den, dem, einen, mir, uns) begin an object, and the subject came first.
_SUBJECT_STARTS = _SUBJECT_PRONOUNS | frozenset(data.NOMINATIVE_STARTS.split())
_BEFORE_CHAT_SUBJECT: Final = frozenset(
    ["und", "aber", "weil", "dass", "denn", "heute", "gestern", "jetzt", "auch"]
)
_WEEKDAYS: Final = frozenset(
    ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"]
)
# the times a kind is told at, not named by: "die Praxis am Nachmittag", "die Physio am Montag"
_TIMES_OF_DAY: Final = _WEEKDAYS | frozenset(
    ["morgen", "vormittag", "mittag", "nachmittag", "abend", "wochenende", "anfang", "ende", "tag", "telefon"]
)
# the weekdays' short forms, which a list of days joins with "/", "," or "-": "Dialyse Di/Do/Sa", "Mo-Fr"
_DAY_ABBREVIATIONS: Final = frozenset(["mo", "di", "mi", "do", "fr", "sa", "so"])
_DAY_JOINERS: Final = frozenset(["/", ",", "-", "–", "+", "&"])
# small nouns that follow "frau"/"herr" in chat as the noun's own phrase, not as a surname
NOT_NAMES_CHAT = ADDRESS_NOUNS | ROLES | TITLES | frozenset(["und", "oder", "mit", "von"])


_NOT_SIGNATURES: Final = frozenset(data.NOT_SIGNATURES.split())


def _owned(toks: Tokens, i: int) -> bool:
    """Token i follows an article or a possessive, maybe with an adjective between: "einen Dacia", "seinem alten
    Passat" (a person's name takes none in writing)."""
    folded, caps, gaps = toks.folded, toks.caps, toks.gaps
    k = i - 1
    if k > 0 and not caps[k] and folded[k] not in DETERMINERS and gaps[k] == " " and gaps[i] == " ":
        k -= 1  # the adjective
    return (folded[k] in DETERMINERS or folded[k] in _POSSESSIVES) and gaps[k + 1] == " "


def _things(toks: Tokens, lex: Lexicon) -> set[int]:
    """Tokens that name a thing, not a person, by the word before them: a car's model after its make ("Opel
    Astra", "VW Passat", "Dacia Logan") and the make itself; a dish or a drink right after a verb of eating,
    drinking, cooking or bringing ("es gab Dolma", "tranken Tschai", "bringt Baklava mit") and the unknown
    words listed with it ("Dolma, Kubba und Mămăligă"). Such a word stays readable; if no list knows it, it
    is still shown to the reviewer as a doubt. Unknown words in a list are things too by the company they
    keep (`_listed_things`)."""
    folded, caps, gaps, kinds = toks.folded, toks.caps, toks.gaps, toks.kinds
    n = len(toks)
    # only an unknown word can be taken for a thing here: most texts have none (a scan in C, not a loop)
    unknown = UNKNOWN in kinds
    out: set[int] = (
        _listed_things(toks, lex)
        # a list is joined by a comma or one of `_JOINERS` ("Tee oder Kworlani"), a cooking clause has its verb
        if unknown and (", " in gaps or not _JOINERS.isdisjoint(folded) or not _FOOD_VERBS.isdisjoint(folded))
        else set()
    )
    for i in range(n - 1):
        if folded[i] in _CAR_MAKES and caps[i] and caps[i + 1] and gaps[i + 1] == " ":
            out.update((i, i + 1))
            if i + 2 < n and caps[i + 2] and gaps[i + 2] == " " and kinds[i + 2] == UNKNOWN:
                out.add(i + 2)
        elif (
            kinds[i] == UNKNOWN
            # not where a message opens: that is where a writer puts their own name ("Hevin an alle: …")
            and i > 0
            and "\n" not in gaps[i]
            and folded[i + 1] == "an"
            and i + 2 < n
            and folded[i + 2] in ("alle", "euch", "alle!")
            and gaps[i + 1] == " "
        ):
            out.add(i)  # thanks or greetings to all in another language: "Madlobeli an alle"
        elif folded[i] == "man" and i > 0 and folded[i - 1] == "wie" and unknown:
            # a recipe shown: "wie man Bolani macht", "wie man Injera backt" (the dish before the verb that ends it)
            j = i + 1
            while j < n and caps[j] and kinds[j] == UNKNOWN and gaps[j] == " ":
                j += 1
            if j > i + 1 and j < n and gaps[j] == " " and folded[j] in _RECIPE_VERBS:
                out.update(range(i + 1, j))
        elif folded[i] in _FOOD_VERBS:
            j = i + 1
            if j < n and folded[j] in ("es", "wir", "sie", "alle", "jemand") and gaps[j] == " ":
                j += 1  # "gab es Dolma", "tranken wir Tschai"
            while j < n and caps[j] and kinds[j] == UNKNOWN and gaps[j] in (" ", ", ", " und ", " oder "):
                out.add(j)
                j += 1
                if j < n and folded[j] in ("und", "oder") and gaps[j] == " ":
                    j += 1
    if unknown:
        # a car named alone, as one's own: "mit seinem alten Passat", "hat einen Dacia gekauft"
        out.update(i for i in range(1, n) if kinds[i] == UNKNOWN and folded[i] in _CARS and _owned(toks, i))
    if unknown and ("!" in gaps[-1] or any("!" in gap and "\n" in gap for gap in gaps)):
        # "… gelernt. Madlobeli!", "Pfiat eich!": a word of another language or a dialect, shouted at the end
        out.update(i for i in range(1, n) if kinds[i] == UNKNOWN and caps[i] and _exclamation(toks, i))
    return out


# greetings and thanks that a note quotes in a list of others ("Salam, merci, danke", "… und Prost!")
_LIST_GREETINGS: Final = _NOT_SIGN_OFFS - frozenset(
    ["ok", "okay", "ja", "nein", "genau", "ps", "pps", "gu", "uma"]
)
# a sentence or clause ends in the gap before a token
_CLAUSE_ENDS: Final = (".", "!", "?", ":", ";", "–", "\n", '"', "„", "“")


# articles that no person's name takes, even in chat: neuter, indefinite, negative ("ins Bett", "kein Gift")
_THING_ARTICLES: Final = frozenset(
    ["ein", "eines", "einem", "einen", "kein", "keine", "keines", "keinem", "keinen", "das", "ins", "ans", "aufs",
     "übers", "fürs", "durchs", "ums"]
)  # fmt: skip


# the words after which a lone capital with a full stop is a person's initial ("mit Y. zur Behörde")
_INITIAL_CUES: Final = frozenset(["mit", "für", "bei", "von", "und", "an", "zu"])
# the labels of a letter's patient, before a colon: "Patientin: Vogel, Renate"
# (the labels of every file that writes its person surname first: a rehabilitation's, a school's, a lawyer's, an
# office's: "Rehabilitand: Sommer, Jürgen", "Schülerin: Vogel, Amina")
_PATIENT_LABELS: Final = frozenset(
    ["patient", "patientin", "pat", "versicherter", "versicherte", "kind", "name", "rehabilitand", "rehabilitandin",
     "klient", "klientin", "antragsteller", "antragstellerin", "mandant", "mandantin", "schüler", "schülerin",
     "bewohner", "bewohnerin", "betroffene", "betroffener", "leistungsberechtigte", "leistungsberechtigter",
     "pflegebedürftige", "pflegebedürftiger", "verstorbene", "verstorbener", "mutter", "vater"]
)  # fmt: skip
# the words before an initial that stands for a person or a family: the salutations, a family or a case named by its
# initial ("bei Familie K.", "Fakten Fall Y.:"), and a relative ("Tochter M. (19)", "Mutter S. kam mit")
_INITIAL_HEADS: Final = (
    SALUTATIONS
    | _CHILD_KIN
    | frozenset(
        ["familie", "fam", "fall", "mutter", "vater", "oma", "opa", "tante", "onkel", "ehemann", "ehefrau"]
    )
)


def _thing_noun(toks: Tokens, lex: Lexicon, j: int) -> bool:
    """Token j is a common noun that names no person: "Tee", "Wirsing", "Mehrzweckhalle" (not "Mutter",
    "Lehrerin", "Nachbar")."""
    fold = toks.folded[j]
    return (
        toks.caps[j]
        and toks.kinds[j] == WORD
        and fold not in CUES
        and fold not in ADDRESS_NOUNS
        and not fold.endswith(("in", "innen"))  # "Lehrerin", "Nachbarinnen"
        and lex.is_noun(toks.words[j])
        and not _person_noun(toks, lex, j)
    )


def _listed_things(toks: Tokens, lex: Lexicon) -> set[int]:
    """Unknown capitalised words that a list shows to be things, not persons (issue #16, over-masking of
    dishes, drinks and greetings in other languages): a list ("X, Y und Z") that also holds a common noun
    naming no person ("Tee, Kworlani und Brot"), or a greeting or a thanks ("Madlobeli und danke"), or a list
    in a clause about cooking, eating or bringing whose subject came before it ("Die Gruppe hat Plomsi und
    Tarvaki gekocht"; "Gestern hat Tesfamichael gekocht" keeps the person). Names of the name lists are
    never taken: they are names in any list."""
    folded, gaps, kinds, caps = toks.folded, toks.gaps, toks.kinds, toks.caps
    n = len(toks)
    out: set[int] = set()
    i = 0
    while i < n:
        # a run of items joined by commas, "und" or "oder": "Tee, Kworlani und Brot"
        items = [i]
        j = i + 1
        joined = False
        while j < n:
            if gaps[j] == ", " and folded[j] not in _JOINERS:
                items.append(j)
                j += 1
            elif folded[j] in _JOINERS and gaps[j] in (" ", ", ") and j + 1 < n and gaps[j + 1] == " ":
                items.append(j + 1)
                j += 2
                joined = True
            else:
                break
        single = (
            len(items) == 1
            and caps[i]
            and kinds[i] == UNKNOWN
            and (i + 1 >= n or folded[i + 1] not in DETERMINERS)  # "hat Tesfamichael eine Suppe gekocht"
            and _FOOD_VERBS.intersection(folded)
        )
        if single and _thing_slot(toks, i) and _cooking_clause(toks, lex, i):
            out.add(i)  # "Robel hat beim Sommerfest Plomsi für alle gekocht"
        # two words and a comma are a name and its apposition as often ("Tesfanesh, Rufname „Hoffnung“, ist 19",
        # "Yonas, Nachbar"), unless the second greets ("Gudd, danke"; "Danke, Hevin" thanks someone)
        greeting = any(folded[x] in _LIST_GREETINGS for x in items)
        if len(items) >= 3 or (len(items) == 2 and (joined or folded[items[1]] in _LIST_GREETINGS)):
            # a list after "Familie", "Herr", "Vater" … lists persons: "Familie Tesfay, Eritreer aus …"
            after_cue = items[0] > 0 and (
                folded[items[0] - 1] in CUES or folded[items[0] - 1] in ADDRESS_NOUNS
            )
            unknown = [
                x for x in items if caps[x] and kinds[x] == UNKNOWN and not after_cue and _thing_slot(toks, x)
            ]
            if unknown and (
                greeting
                # a name's noun is its apposition, not a thing beside it: "Tesfanesh, Rufname „Hoffnung“ und …"
                or any(_thing_noun(toks, lex, x) and folded[x] not in _NAME_NOUNS for x in items)
                or _cooking_clause(toks, lex, i)
            ):
                out.update(unknown)
        i = j
    return out


def _exclamation(toks: Tokens, i: int) -> bool:
    """Token i, with at most one lowercase word after it, is a whole sentence ending in "!" ("Madlobeli!",
    "Pfiat eich!", "Alla hopp!") after another sentence: an exclamation in another language or a dialect. A
    writer signing at the end does so without "!" ("… rangehen. Matze"); after a greeting a name is addressed
    ("Danke, Kerim!" keeps the name)."""
    gaps, n = toks.gaps, len(toks)
    if i == 0 or not any(c in gaps[i] for c in ".!?") or ":" in gaps[i]:
        return False
    end = i + 1
    if end < n and gaps[end] == " " and not toks.caps[end] and toks.kinds[end] == WORD:
        end += 1
    return gaps[end].lstrip()[:1] == "!" and (end == n or "\n" in gaps[end])


def _thing_slot(toks: Tokens, x: int) -> bool:
    """Token x of a list stands where a thing can: not beside a title, an initial or a name ("Dr. K. Tesfay,
    Überweisung …"), not after a preposition of place ("in Tesfadorf, Raum 7"), not as the subject of the verb
    after it ("…, Tesfay ist da"), and not as the last word of the text, where the writer signs ("bis
    Januar, Tesfay")."""
    folded, gaps, kinds, caps, words = toks.folded, toks.gaps, toks.kinds, toks.caps, toks.words
    n = len(toks)
    if x + 1 >= n or folded[x + 1] in _FINITE_VERBS:
        return False
    if x == 0:
        return True
    before = x - 1
    if gaps[x].strip(" .") == "" and (
        (caps[before] and kinds[before] in KINDS_NAMED) or folded[before] in TITLES or len(words[before]) == 1
    ):
        return False
    return folded[before] not in _TOWN_PREPOSITIONS and folded[before] not in _OBJECT_PREPOSITIONS


# a person stands after these as often as a thing: "für Tesfamichael gekocht", "mit Kerim gegessen"
_OBJECT_PREPOSITIONS: Final = frozenset(["für", "mit", "zu", "zum", "zur", "bei", "beim", "von", "vom"])


def _cooking_clause(toks: Tokens, lex: Lexicon, i: int) -> bool:
    """The clause around token i speaks of cooking, eating or bringing food, and its subject stands before
    the finite verb at its start, so that token i is an object: "Die Gruppe hat Plomsi … gekocht", "Wir haben
    … gegessen"; not "Gestern hat Tesfamichael gekocht"."""
    folded, gaps, kinds, caps = toks.folded, toks.gaps, toks.kinds, toks.caps
    n = len(toks)
    start = i
    while start > 0 and not any(c in gaps[start] for c in _CLAUSE_ENDS) and gaps[start].strip() != ",":
        start -= 1
    end = i + 1
    while end < n and not any(c in gaps[end] for c in _CLAUSE_ENDS) and gaps[end].strip() != ",":
        end += 1
    if not any(folded[x] in _FOOD_VERBS for x in range(start, end)):
        return False
    # the finite verb: the first verb of the clause; what comes before it is the subject only if it is a
    # noun or a pronoun ("Die Nähgruppe hat", "wir haben"), not an adverb ("Gestern hat")
    for v in range(start, i):
        if folded[v] in _SUBJECT_VERBS or folded[v] in _FOOD_VERBS or folded[v] in ("haben", "hatten"):
            before = v - 1
            if before < start:
                return False
            word = toks.words[before]
            return (
                folded[before] in _SUBJECT_PRONOUNS
                or (caps[before] and kinds[before] != WORD)
                # a noun after its article or adjective: a capitalised word alone at the start may be an adverb
                or (before > start and caps[before] and (lex.is_noun(word) or lex.is_known_form(word)))
            )
    return False


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


# pronouns that are only subjects: after a verb they show the word before it was no subject
_INVERTED_SUBJECTS: Final = frozenset(["er", "es", "man", "ich", "du", "wir"])
# pronouns only a subject takes ("es" and "sie" are objects as often: "mebi hat es geschafft")
_NOMINATIVE_PRONOUNS: Final = frozenset(["er", "ich", "du", "wir", "man"])


# Spoken German joins a preposition and the article after it into one word that no list holds ("aufm" = "auf
# dem", "mitm", "anner" = "an der", "vonner", "inner", "mitter"): it is no name after a cue
_CONTRACTED_PREPOSITIONS: Final = (
    "auf", "mit", "in", "von", "an", "aus", "vor", "über", "unter", "hinter", "nach", "bei", "für", "durch", "um",
)  # fmt: skip
_CONTRACTED_ARTICLES: Final = frozenset(
    ["m", "n", "r", "s", "ne", "nem", "ner", "nen", "ter", "der", "dem", "den"]
)


def contraction(folded: str) -> bool:
    """`folded` is a preposition and an article spoken as one word: "aufm", "mitm", "anner", "vonner"."""
    return any(
        folded.startswith(prep) and folded[len(prep) :] in _CONTRACTED_ARTICLES
        for prep in _CONTRACTED_PREPOSITIONS
    )


def _possessive_or_article(folded: str) -> bool:
    """An article or a possessive, the start of a noun phrase: "die", "ihr", "meine", "unserm"."""
    return folded in ARTICLES or folded.startswith(("mein", "dein", "sein", "ihr", "unser", "euer", "eure"))


def _sentence_start(toks: Tokens, i: int) -> bool:
    """Token i begins a sentence, a line or an answer, where every word is capitalised."""
    before = toks.gaps[i].rstrip(" \t\"'„“”‚‘»«–-(")
    return (
        i == 0
        or "\n" in toks.gaps[i]
        or (before[-1:] in (".", "!", "?", ":") and toks.kinds[i - 1] != ABBREVIATION)
    )


def _after_a_mark(toks: Tokens, i: int) -> bool:
    """Token i is the text's first or stands after a sentence's or a line's end (".", "!", "?", ":", a line break),
    whatever the word before it is; `_sentence_start` reads a full stop after an abbreviation as none ("Gut. Engel
    hat …" opens a sentence here, not there)."""
    return i == 0 or any(c in toks.gaps[i] for c in ".!?:\n")


def _clause_start(toks: Tokens, i: int) -> bool:
    """Token i begins a clause in chat: the text's start, or after a mark or an emoji rather than a word
    ("… 🙏 richterin kraus war", "ok. der herr jung ruft")."""
    if i == 0:
        return True
    before = toks.gaps[i].strip(" ")
    return before != "" and not before[-1].isalnum() and before[-1] not in "-–"


def _declined_adjective(lex: Lexicon, folded: str) -> bool:
    """Whether a word is an adjective with the ending it takes before a noun: "guten", "schönen", "kalter"."""
    for ending in ("en", "em", "er", "es", "e"):
        if folded.endswith(ending) and folded[: -len(ending)] in lex.adjectives:
            return True
    return False


def _recalled(toks: Tokens, lex: Lexicon, i: int, key: str) -> bool:
    """Token i is a name the session learned (`key`), used as a name here.

    A learned name keeps the care of the rule that found it. A name that is no ordinary word (Haile, Kerim,
    anna) is masked in any case and place. One that is also an ordinary word ("Frau Froh", "Herr Kurz",
    "Familie Sommer") is the word wherever its case and place say so: in lowercase ("ich bin froh"), after
    an article or a quantifier ("im Sommer", "wie viel Kraft"), and, unless it is a noun, capitalised at
    the start of a sentence ("Kurz und ohne Vorwürfe …")."""
    ordinary = (
        key in lex.ambiguous
        or toks.words[i].lower() in lex.frequent  # casefolding hides "heiß" (key "heiss")
        # a compound's split alone ("Nas|reen") makes no word of a name the session learned
        or (not lex.is_name(key) and (lex.is_word(key) or key in lex.words))
    )
    if not ordinary:
        return True
    if _person_after_article(toks, lex, i, key) or _person_after_job(toks, lex, i):
        return True
    if _family_plural(toks, i, key):
        return True
    if not toks.caps[i]:
        return False
    folded, caps = toks.folded, toks.caps
    prev = folded[i - 1] if i > 0 else None
    after_article = prev is not None and (
        prev in DETERMINERS
        or prev in _QUANTIFIERS
        or (i >= 2 and not caps[i - 1] and folded[i - 2] in DETERMINERS)
        # a wish's declined adjective opening the sentence makes it the noun without an article too: "Guten
        # Morgen", "Schönen Freitag euch" after a "Frau Morgen", a "Herr Freitag" (not the dialect's article before
        # an adjective: "Dr alte Winter isch …" is the man)
        or (toks.gaps[i] == " " and _sentence_start(toks, i - 1) and _declined_adjective(lex, prev))
    )
    if after_article:
        return False
    noun = lex.is_noun(key[:1].upper() + key[1:])
    if noun and _becoming(toks, i):
        return False
    if not _sentence_start(toks, i):
        return True
    n, gaps, kinds = len(toks), toks.gaps, toks.kinds
    if noun:
        # a noun opening a sentence is the person unless the sentence shows the noun: an item of a list
        # ("Kohl, Linsen und Reis", "Nagel oder Platte"), or a verb with its subject after it ("Engel
        # schnitzt er", "Gans gibt es", "Kraft hat Nadia keine")
        if i + 1 >= n or gaps[i + 1] != " ":
            return False
        if folded[i + 1] in ("und", "oder") and (i + 2 >= n or kinds[i + 2] not in KINDS_NAMED):
            return False
        return not (
            i + 2 < n
            and gaps[i + 2] == " "
            and not caps[i + 1]
            and (folded[i + 2] in _INVERTED_SUBJECTS or kinds[i + 2] in KINDS_NAMED or kinds[i + 2] == LOWER)
        )
    # at the start of a sentence the subject of a verb is the person ("Jung hat gesagt …"), while an adverb
    # there has its subject after the verb ("Kurz hat es geregnet", "Froh war sie nicht")
    return (
        i + 1 < n
        and folded[i + 1] in _SUBJECT_VERBS
        and gaps[i + 1] == " "
        and (i + 2 >= n or gaps[i + 2] != " " or folded[i + 2] not in _SUBJECT_PRONOUNS)
    )


# what may follow the infinitive of "werden" that ends a subordinate clause: "weil er Koch werden will"
_AFTER_BECOMING: Final = frozenset(
    ["will", "wollte", "möchte", "kann", "konnte", "soll", "sollte", "muss", "musste", "darf", "wird", "würde"]
)  # fmt: skip


def _becoming(toks: Tokens, i: int) -> bool:
    """Token i is what someone becomes: right before the infinitive or participle of "werden" that ends its clause
    ("will Koch werden.", "ist Koch geworden,", "um Koch zu werden", "weil er Koch werden will"). A person before
    "werden" has more of the clause after it: "Koch werden wir fragen"."""
    folded, gaps, n = toks.folded, toks.gaps, len(toks)
    j = i + 1
    if j < n and folded[j] == "zu" and gaps[j] == " ":
        j += 1
    if j >= n or gaps[j] != " " or folded[j] not in ("werden", "geworden"):
        return False
    after = gaps[j + 1]
    if j + 1 >= n or any(c in after for c in _CLAUSE_ENDS) or after.strip() == ",":
        return True
    return after == " " and folded[j + 1] in _AFTER_BECOMING


# prepositions that take the dative: "mit der X" is a feminine article, never a masculine one
_DATIVE_PREPOSITIONS: Final = frozenset(
    ["mit", "bei", "von", "zu", "nach", "aus", "gegenüber", "seit", "außer", "ausser"]
)
_INDEFINITE_ARTICLES: Final = frozenset(["ein", "eine", "einen", "einem", "einer"])
# the seasons, names too ("Herbst", "Winter", "Sommer"): a time before a trade, no owner
_SEASONS: Final = frozenset(["frühling", "frühjahr", "sommer", "herbst", "winter"])
# the indefinite article as chat writes it: "gibts ne stelle", "hat nen job"
_CHAT_ARTICLES: Final = frozenset(["ne", "nen", "nem", "ner", "n"])
# the participles of what only a person does, ending the clause of a subject typed small (`named_callers`)
_CALLED: Final = frozenset(
    ["angerufen", "zurückgerufen", "geschrieben", "gesagt", "erzählt", "gefragt", "geantwortet", "gemeldet",
     "versprochen", "eingeladen", "besucht", "abgeholt", "mitgebracht", "geholfen", "gelacht", "geweint",
     "gekocht", "vorbeigekommen", "vorbeigeschaut", "angeboten", "erklärt", "zugesagt", "abgesagt"]
)  # fmt: skip
# adjectives chat says of a person before the surname, with its article: "der alte Fink", "die nette hahn"
_PERSON_ADJECTIVES: Final = frozenset(["alte", "junge", "kleine", "nette", "liebe", "gute", "arme"])
# the articles a learned surname can stand after in chat ("mit der hahn", "an den lange", "der alte Koch sagt")
_PERSON_ARTICLES: Final = frozenset(["der", "die", "den", "dem"])
# the words that say where a person named after "die" belongs: "die vogel vom kirchenchor", "die koch aus der
# kita" (a plural would be the noun's: "die Vögel")
_FROM_WORDS: Final = frozenset(["vom", "von", "aus"])
# the endings of most feminine nouns: a learned surname that is a noun with one of them may be the noun after "die"
_FEMININE_ENDINGS: Final = ("e", "ung", "heit", "keit", "schaft", "ion", "tät", "ik", "ei", "in", "ur", "enz", "anz")  # fmt: skip


def _short_tailed(lex: Lexicon, word: str) -> bool:
    """Whether a word is a compound only by a head of three letters, such as the noun list's "Han", "Van", "Pik"
    ("Thars|han"): no split with a head of four letters or more makes it one. Names from other languages read so
    ("Tharshan"), German compounds seldom ("Glitzer|moment", "Gesundheits|karte" have longer heads)."""
    for cut in range(3, len(word) - 3):
        tail = word[cut].upper() + word[cut + 1 :]
        if (lex.is_noun(tail) or (len(tail) >= 6 and tail.lower() in lex.words)) and lex.is_first_part(
            word[:cut]
        ):
            return False
    return not word.lower().endswith(_NOUN_ENDINGS_OF_WORDS)


# endings that make German nouns whatever their first part ("Stellung", "Freiheit", "Partnerschaft")
_NOUN_ENDINGS_OF_WORDS: Final = ("ung", "heit", "keit", "schaft", "tion", "nahme", "ismus", "ität")


def _person_after_article(toks: Tokens, lex: Lexicon, i: int, key: str) -> bool:
    """A learned surname that is also a word (`key`), after "der"/"die"/"den"/"dem" in any case, where the grammar
    leaves no room for the word: a feminine article before a noun that is never feminine ("mit der hahn
    telefoniert", "die koch hat gesagt"), an article before a word that is no noun and ends the phrase ("an den
    lange, damit …"), or the subject of a verb of saying ("der alte Koch sagt"). "der hahn vom nachbarn kräht",
    "koch werden", "die lange Pause" stay words."""
    folded, gaps, n = toks.folded, toks.gaps, len(toks)
    a = i - 1
    if a > 0 and folded[a] not in _PERSON_ARTICLES and not toks.caps[a] and toks.kinds[a] is WORD:
        a -= 1  # one lowercase adjective between the article and the name: "der alte Koch"
    if a < 0 or folded[a] not in _PERSON_ARTICLES or any(g.strip() for g in gaps[a + 1 : i + 1]):
        return False
    article = folded[a]
    nxt = folded[i + 1] if i + 1 < n and gaps[i + 1] == " " else None
    if nxt in _SPEECH_VERBS:
        return True
    if (
        article in ("der", "die")
        and (folded[i - 1] in _PERSON_ADJECTIVES if a != i - 1 else not toks.caps[i])
        and _subject_verb(nxt)
        and _clause_start(toks, a)
    ):
        # the subject opening a clause, with its verb right after: the person the session named, whatever the
        # noun's gender, in chat's lowercase or after an adjective said of people ("der kaiser ist ein ganz
        # lieber", "der alte Fink is sein Schwager"); "der hahn vom nachbarn" has no verb there, "wie ein fuchs"
        # no definite article, a note's "Der Richter war sachlich" is the noun, and so is "Der lange Winter war"
        return True
    if a != i - 1:
        return False
    noun = lex.is_noun(key[:1].upper() + key[1:])
    # a noun the name lists do not hold has no gender there: one with no feminine ending is taken as masculine
    # or neuter ("Morgenstern"; "Rose", "Sonne", "Heiterkeit" end like feminine nouns)
    unfeminine = key in lex.unfeminine_names or (
        noun and not lex.is_name(key) and not key.endswith(_FEMININE_ENDINGS)
    )
    if unfeminine and key not in lex.frequent:
        if article == "der" and a > 0 and folded[a - 1] in _DATIVE_PREPOSITIONS:
            return True  # "mit der hahn": a dative feminine article
        if article == "die" and _subject_verb(nxt):
            return True  # "die hahn hat gesagt": a singular verb, so no plural either
        if (
            article == "die"
            and (
                nxt in _FROM_WORDS
                # the phrase ends: a sign, or a line break ("kennst du die hahn? die ist gut", "ich kenn die
                # hahn⏎sie ist nett")
                or (
                    nxt is None
                    and (
                        i + 1 >= n
                        or gaps[i + 1].strip()[:1] in (",", ".", "!", "?", ";", ":")
                        or "\n" in gaps[i + 1]
                    )
                )
            )
            and not _plural_alike(lex, key)
        ):
            return True  # "die vogel vom kirchenchor", "ich kenn die morgenstern, …"; not "die Jäger aus dem Dorf"
    if noun:
        return False
    # no noun: the phrase ends after it, or a verb follows ("an den lange, damit …", "die lange hat …")
    return i + 1 >= n or gaps[i + 1].strip()[:1] in (",", ".", ";", "!", "?", ")") or _subject_verb(nxt)


def _ends_sentence(toks: Tokens, i: int) -> bool:
    """A full stop after token i ends the text, a line, or a sentence a capitalised word begins after it."""
    after = toks.gaps[i + 1] if i + 1 < len(toks.gaps) else ""
    if not after.startswith("."):
        return False
    return (
        i + 1 >= len(toks)
        or "\n" in after
        or (after == ". " and toks.caps[i + 1] and toks.words[i + 1].isalpha())
    )


def _closed(gaps: list[str], i: int) -> bool:
    """A quotation mark closes right after token i: „Momo“."""
    return i + 1 >= len(gaps) or gaps[i + 1][:1] in "“”\"«»‘'"


def _subject_verb(folded: str | None) -> bool:
    """`folded` is a verb that takes a subject, also with chat's "es" glued on: "hat", "hats", "wars"."""
    return folded is not None and (
        folded in _SUBJECT_VERBS
        or (folded[-1:] == "s" and folded[:-1] in _SUBJECT_VERBS)
        or folded == "is"  # chat's "ist": "die hahn is e ganz feine ärztin"
    )


_BRACKETED_AGE_GAP: Final = re.compile(r" \(\d{1,2}\) ")


def _after_aside(toks: Tokens, i: int) -> int:
    """The token after token i, past a bracketed aside of up to eight tokens right after it ("bassel (zahnarzt aus
    damaskus) hat"); len(toks) where nothing fits."""
    gaps, n = toks.gaps, len(toks)
    if i + 1 < n and (gaps[i + 1] == " " or _BRACKETED_AGE_GAP.fullmatch(gaps[i + 1]) is not None):
        return i + 1  # also past the age in brackets: "tarvo (17) hat angerufen"
    if i + 1 < n and gaps[i + 1] == " (":
        for k in range(i + 2, min(n, i + 10)):
            if "(" in gaps[k] or gaps[k].strip(" ") not in ("", ",", "-", "–"):
                return n if gaps[k] != ") " else k
    return n


def _family_plural(toks: Tokens, i: int, key: str) -> bool:
    """Token i is a learned surname that is also a word, with an "s", after a plural's article: the family ("vom Hof
    der Bauers", "die Fischers kommen"). A noun ending in a consonant makes no plural with "s"; "des Bauers" is the
    noun's genitive."""
    fold = toks.folded[i]
    return (
        fold == key + "s"
        and key[-1:] not in "aeiouy"
        and i > 0
        and toks.gaps[i] == " "
        and toks.folded[i - 1] in ("der", "die", "den")
    )


def _plural_alike(lex: Lexicon, key: str) -> bool:
    """The masculine or neuter noun `key` may have a plural of the same form, as most with -er, -el, -en do ("die
    Jäger", "die Schuster"), unless their plural is umlauted ("Vogel" → "Vögel")."""
    if not key.endswith(("er", "el", "en", "chen", "lein")):
        return False
    umlauted = _umlauted(key[:1].upper() + key[1:])
    return umlauted.casefold() == key or not lex.is_known_form(umlauted)


def _person_after_job(toks: Tokens, lex: Lexicon, i: int) -> bool:
    """A learned surname that is also a word, right after a job in either case: "anwältin fischer erreicht man nur
    per mail", "der neurologe jäger ist lieb", "trainer wolf sagt". A job named as what someone works as ("als
    koch bäcker") is no cue."""
    j = i - 1
    if j < 0 or toks.gaps[i] != " " or (j > 0 and toks.folded[j - 1] == "als"):
        return False
    return _job_word(lex, toks.words[j][:1].upper() + toks.words[j][1:])


def _greeting_word(toks: Tokens, i: int) -> bool:
    """Token i is a greeting or a thanks said as one, not a name: at the start of a sentence, before a mark or
    the end ("Moin!", "Servus, wie geht's"), or twice in a row ("moin moin")."""
    folded, gaps, n = toks.folded, toks.gaps, len(toks)
    fold = folded[i]
    if fold not in _NOT_SIGN_OFFS and fold not in _VOCATIVE_CUES:
        return False
    if (i > 0 and folded[i - 1] == fold) or (i + 1 < n and folded[i + 1] == fold and gaps[i + 1] == " "):
        return True
    return _sentence_start(toks, i) and (i + 1 >= n or gaps[i + 1].strip()[:1] in (",", "!", ".", "😊", "👋"))


def _given_before_surname(toks: Tokens, i: int) -> bool:
    """After a preposition without an article ("mit", "bei", "für"), an ambiguous word right before a name
    that is no word is that person's given name: "mit Rose Abebe", "bei Rosa Haile"; after an article or
    its contraction it stays the word ("im Sommer Anna")."""
    return toks.folded[i - 1] in _FUNCTION_BEFORE_NAME and toks.kinds[i + 1] == STRONG


def _first_words(phrases: Iterable[str]) -> dict[str, int]:
    """The first word of each name of several words -> the most words such a name has."""
    starts: dict[str, int] = {}
    for phrase in phrases:
        words = phrase.split()
        starts[words[0]] = max(len(words), starts.get(words[0], 0))
    return starts


class NameFinder:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        # token text -> (kind, casefolded, capitalised, mark, doubtful); public word decisions, no offsets
        self._cache: dict[str, tuple[Kind, str, bool, int, bool]] = {}
        self._work: dict[str, bool] = {}  # casefolded token -> a word of work (`employers`)
        self._trades: dict[str, bool] = {}  # token as written -> a trade's business (`trades`)
        # the endings derived from the medical dictionaries, and those they cannot give (INN stems of drugs
        # newer than the dictionaries, German forms of Greek endings)
        self._medical_endings = tuple(sorted(lex.medical_endings | _MEDICAL_ENDINGS))
        # first word of a country's name of several words -> its words ("sri" -> ("sri", "lanka"))
        self._countries: dict[str, list[tuple[str, ...]]] = {}
        for country in lex.countries:
            if " " in country:
                parts = tuple(country.split())
                self._countries.setdefault(parts[0], []).append(parts)
        # first word of a town name of several words -> the most words such a name has
        self._phrase_starts = _first_words(lex.place_phrases)
        # the same for the big cities of several words ("Schwäbisch Gmünd", "Frankfurt am Main"): context, kept,
        # unless someone lives there or comes from there
        self._city_starts = _first_words(c for c in lex.cities if " " in c)

    # -- classification -------------------------------------------------------------------------------------

    def _info(self, text: str) -> tuple[Kind, str, bool, int, bool]:
        info = self._cache.get(text)
        if info is None:
            # Turkish's dotted capital folds to "i" and a combining dot, which no word list writes: "İyiyim"
            folded = text.casefold().replace("i\u0307", "i") if "İ" in text else text.casefold()
            cap = text[:1].isupper() or _particle_name(text)
            lex = self.lex
            place = (
                folded in lex.places
                and not lex.is_name(folded)
                # chat style "in wernigerode", but never a lowercase word ("halle", "burg")
                and (cap or (len(folded) >= 5 and not lex.is_word(folded)))
            ) or (cap and "-" in folded and self._district(folded))  # "Pirna-Copitz", "Erfurt-Nord"
            # in any case: chat writes "kita" too (`facilities` then asks more of the name after it)
            # a compound ending in a facility's word of six letters or more: "Dorfcafé", "Eckcafé" as well as
            # "Stadtcafé" (longer than eight letters, "Dorfcafé Krone" stayed readable)
            facility = (
                folded in FACILITIES
                or (len(folded) > 6 and folded.endswith(_FACILITY_ENDINGS))
                # a compound whose head is a shop's or a club's kind: "Boxclub", "Bioladen", "Tanzstudio"
                or (
                    len(folded) >= 7 and folded.endswith(_FACILITY_HEADS) and not folded.endswith("rollladen")
                )
                or folded in _FACILITY_WORDS
                or text in _FACILITY_ABBREVIATIONS
                # a compound of a word and a kind's head ("Marienhospital"), no town's or landscape's name
                or (
                    cap
                    and len(folded) >= 8
                    and (head := _kind_head(folded))
                    and folded not in _KIND_HEAD_STOPS
                    and folded not in lex.cities
                    and folded not in lex.toponyms
                    and lex.is_first_part(folded[: -len(head)])
                )
            )
            mark = MARK_PLACE if place else MARK_FACILITY if facility else 0
            kind = self._classify(text, folded)
            info = (kind, folded, cap, mark, self._doubtful(text, folded, kind, cap))
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[text] = info
        return info

    def _district(self, folded: str) -> bool:
        """A town's district: a town to mask before the hyphen ("Pirna-Copitz"), or a city kept as context with
        a district's own name or a quarter after it ("Erfurt-Nord", "Fulda-Horas"; not "Syrien-Reise"); or a
        facility named by its landscape ("Saale-Orla-Klinikum")."""
        lex = self.lex
        head, _, tail = folded.partition("-")
        if head in lex.places:
            return True
        # a facility named by its river or its landscape: "Saale-Orla-Klinikum", "Elbe-Klinikum" (the landscape alone
        # is context: "Sparkasse Saale-Orla")
        if head in lex.toponyms and head not in lex.countries and folded.endswith(_HYPHEN_FACILITY_ENDINGS):
            return True
        return (
            head in lex.cities
            and folded not in lex.toponyms
            and len(tail) >= 3
            and (tail in _QUARTERS or not lex.is_word(tail[:1].upper() + tail[1:]))
        )

    def annotate(self, toks: Tokens) -> None:
        """Fill the per-token lists of `toks` from the per-text cache."""
        if not toks.words:
            return
        # one loop filling five lists: compiled, the typed dict and tuple cost less than `zip(*infos)`
        cache = self._cache
        kinds: list[Kind] = []
        folded: list[str] = []
        caps: list[bool] = []
        marks: list[int] = []
        doubtful: list[bool] = []
        for w in toks.words:
            info = cache.get(w)
            if info is None:
                info = self._info(w)
            kinds.append(info[0])
            folded.append(info[1])
            caps.append(info[2])
            marks.append(info[3])
            doubtful.append(info[4])
        toks.kinds, toks.folded, toks.caps, toks.marks, toks.doubtful = kinds, folded, caps, marks, doubtful
        # a country of several words is context, none of its words a name: "Sri Lanka", "Sierra Leone"
        if not self._countries.keys().isdisjoint(folded):
            for idx in [i for i, f in enumerate(folded) if f in self._countries]:
                for parts in self._countries[folded[idx]]:
                    end = idx + len(parts)
                    if tuple(folded[idx:end]) == parts and all(g == " " for g in toks.gaps[idx + 1 : end]):
                        for k in range(idx, end):
                            kinds[k], marks[k] = WORD, MARK_COUNTRY
        # a disease named after its describer: "Morbus Basedow", "M. Crohn" is no town and no person
        if "morbus" in folded:
            for idx in [i + 1 for i, f in enumerate(folded[:-1]) if f == "morbus"]:
                kinds[idx], marks[idx] = WORD, 0
        # abbreviations (Az., Str., Tel.) are no names, whatever a lexicon says
        gaps, words = toks.gaps, toks.words
        for idx in [i for i, gap in enumerate(gaps[1:]) if gap[:1] == "."]:
            if gaps[idx].endswith(".-") and _latin(words[idx]):
                toks.kinds[idx] = ABBREVIATION  # the second part of a degree: "Dipl.-Psych.", "Dipl.-Päd."
            elif gaps[idx + 1].startswith(".-") and _latin(words[idx]):
                toks.kinds[idx] = ABBREVIATION  # the first part: "Gesch.-Z.", "Dipl.-Ing."
            elif folded[idx].endswith("nr") and len(folded[idx]) > 4:
                toks.kinds[idx] = ABBREVIATION  # a number's name: "Kundennr.", "Versichertennr."
            elif (
                len(words[idx]) <= 4
                and not self.lex.is_name(folded[idx])
                and _latin(words[idx])
                # "aus Labé." ends a sentence with a town
                and not (toks.kinds[idx] == UNKNOWN and idx > 0 and folded[idx - 1] in _TOWN_PREPOSITIONS)
                # "kam Frau Mohn.", "sagte Herr Zeh.", "ist Herr Nöll.": a short surname ends a sentence after its
                # salutation (a noun, or any word where a sentence begins after it; "Frau Dr. Wolf" is a title)
                and not (
                    caps[idx]
                    and idx > 0
                    and folded[idx - 1] in SALUTATIONS
                    and gaps[idx] == " "
                    and (
                        self.lex.is_noun(words[idx])
                        or (
                            folded[idx - 1] not in _ACADEMIC
                            and folded[idx] not in TITLES
                            and folded[idx] not in _DEGREE_PARTS
                            # the text's end after it, or a new sentence ("Frau Tel. 030 …" goes on)
                            and (
                                (idx + 1 == len(toks) and gaps[idx + 1].strip() == ".")
                                or (idx + 1 < len(toks) and caps[idx + 1] and gaps[idx + 1][:2] == ". ")
                            )
                        )
                    )
                )
            ):
                toks.kinds[idx] = ABBREVIATION
            elif folded[idx] in MONTH_ABBREVIATIONS and (
                any(c.isdigit() for c in gaps[idx])
                or (idx > 0 and folded[idx - 1] in _MONTH_ABBREVIATION_CUES)
            ):
                toks.kinds[idx] = ABBREVIATION  # "seit Jan.", "3. Jan." (but "mit Jan." is a person)

    def _doubtful(self, text: str, folded: str, kind: Kind, cap: bool) -> bool:
        """Neither a known word nor a known name (Tesfamichael, ahmo, schiri): a capitalised unknown token, or
        a lowercase one of three letters or more in no word list. Decided once per token text, so that the
        doubts cost one pass over a flag list per call."""
        lex = self.lex
        if kind == UNKNOWN:
            return not (len(text) == 2 and folded in lex.technical)  # a lab symbol: "Hb", "pH"
        if kind == WORD and not _latin(text):
            # an everyday word of another script (`_classify`): "сьогодні", "اليوم", "خیلی" are words, and a doubt
            # on each word of a Ukrainian answer hides the one that counts; only a pet name the lists hold as a
            # word, written small, is one: "саша" is Sascha, "коля" Kolja
            return self._cyrillic_name(folded)
        if kind == WORD and cap:
            # a capitalised word with a letter German does not write is a name as often ("Génesis", "Rondón")
            return (
                self._derived_only(text, folded)
                or self._capitals_name(text)
                or self._unknown_head(text)
                or self._place_shaped(text, folded)
                or (
                    not text.isascii()
                    and text[1:].islower()
                    and not _GERMAN_LETTERS.issuperset(text.lower())
                    and text.lower() not in lex.words
                    and folded not in NOT_NAMES
                    and _latin(text)
                    # a compound of known parts is a word, accent and all: "Sprachcafé", "Begegnungscafé"
                    and not lex.is_known_form(text)
                )
            )
        if (
            kind == WORD
            and not cap
            and folded in lex.name_words
            and folded not in lex.ambiguous
            and folded not in lex.frequent
            and folded not in LOWER_STOP
            and len(text) >= 3
        ):
            # a given name that subtitles also write in lowercase ("tim", "paul", "lisa"): kept in "heute war tim
            # da", where nothing marks it, but shown to the person who reviews it
            return True
        return (
            kind == WORD
            and not cap
            and len(text) >= 3
            and folded not in lex.frequent
            and folded not in lex.words
            # German writes it often (Zipf 3: "moin", "lol", "postet", "gehts"), no name list holds it, and it is
            # not shaped as a pet name, which German text writes often too ("tobi", "mimi", "sigi")
            and (folded not in lex.common or lex.is_name(folded) or _pet_name_shape(folded))
            and (not lex.is_known_form(text) or self._misinflected_lower(text, folded))
            and folded not in lex.technical
            and folded not in lex.languages
            and folded not in NOT_NAMES
            # a unit or a lab value in mixed case: "kPa", "oGTT", "eGFR"
            and not any(c.isupper() for c in text)
            and not self._spoken_form(folded)
            and not self._medical_adjective(folded)
        )

    def _cyrillic_name(self, folded: str) -> bool:
        """A Cyrillic word that, transliterated as German or English writes it, is a given name the lists know
        ("саша" Sascha, "таня" Tanja); not a short word ("до" do, "мы" my) nor a surname only ("добре")."""
        lex = self.lex
        if len(folded) < 4 or not _CYRILLIC_LETTERS.issuperset(folded):
            return False
        for table in (CYRILLIC_DE, CYRILLIC_EN):
            latin = transliterate(folded, table).casefold()
            if lex.is_name(latin) and latin not in lex.surnames_only:
                return True
        return False

    def _derived_only(self, text: str, folded: str) -> bool:
        """A short capitalised word that is a word only by a rule, not by a list: a noun lemma in "-e" with an
        ending "-en" or "-er" no such noun takes ("Shire|en"), or a compound of two parts of three letters
        ("Kar|wan"). Names from languages no lexicon covers end up so ("Shireen", "Karwan"); the plural of a
        noun in "-e" is not ("Jeside|n")."""
        lex = self.lex
        low = text.lower()
        if not (
            4 <= len(text) <= 8
            and text[1:].islower()
            and low not in lex.frequent
            and low not in lex.words
            and text not in lex.nouns
            and folded not in lex.technical
            and folded not in lex.toponyms
            and folded not in NOT_NAMES
        ):
            return False
        stems = self._noun_stems(text)
        if stems:
            return _misinflected(text, stems)
        return len(text) <= 6 and lex.is_known_form(text)

    def _noun_stems(self, text: str) -> list[str]:
        """The noun lemmas `text` is by an ending of `NOUN_SUFFIXES` ("Hosen" -> "Hose")."""
        nouns = self.lex.nouns
        return [text[: -len(s)] for s in NOUN_SUFFIXES if text.endswith(s) and text[: -len(s)] in nouns]

    def _misinflected_lower(self, text: str, folded: str) -> bool:
        """A lowercase word that is a noun's form only by an ending no noun in "-e" takes ("hose|in"): in chat a
        name ("hosein"), in no word list (the capitalised form: `_derived_only`)."""
        if not (4 <= len(text) <= 8 and folded not in self.lex.words and folded not in NOT_NAMES):
            return False
        stems = self._noun_stems(text[:1].upper() + text[1:])
        return bool(stems) and _misinflected(text, stems)

    def _suffix(self, part: str) -> bool:
        """`part`, joined small to a capitalised name by a hyphen, is no German word but a name's suffix: "jan",
        "dschan", "joon", "khanum"; a word ("Check-in", "Know-how") or an English one of the word lists stays."""
        lex = self.lex
        folded = part.casefold()
        return (
            part.isalpha()
            and part.islower()
            and 3 <= len(part) <= 8
            and (lex.is_name(folded) or not (lex.is_word(part) or lex.is_known_form(part.capitalize())))
            and folded not in lex.frequent
            and folded not in FUNCTION_WORDS
        )

    def _unknown_head(self, text: str) -> bool:
        """A capitalised hyphenated word whose last part no list knows: a German compound ends in a known noun
        ("Dublin-Fall"), so this is a place's or a person's double name ("Haren-Altharen", "Weiß-Obuya")."""
        head = text.rpartition("-")[2]
        return (
            head != text
            and len(head) > 2
            and head[:1].isupper()
            and head[1:].islower()
            and self._classify(head, head.casefold()) == UNKNOWN
        )

    def _place_shaped(self, text: str, folded: str) -> bool:
        """A word only the compound splitter knows, ending the way German places end: "Wasseralfingen"
        (Wasseralfin|Gen), "Kückelheim", "Hermuthausen". A compound's parts make the word known; the ending makes it
        a village's name as often, which a human should see. A word the lists hold whole stays none ("Wohnheim"), and
        so does a compound after an everyday word ("Sportheim")."""
        if len(folded) < 8 or not folded.endswith(_PLACE_ENDINGS) or "-" in folded:
            return False
        lex = self.lex
        if lex.is_word(text) or text.lower() in lex.words or folded in lex.toponyms or folded in lex.cities:
            return False
        # an everyday word before a noun makes a compound of the kind anyone writes ("Sport|heim", "Übergangs|
        # wohnheim", "Sommer|feld"); a rare or unknown first part leaves the place ("Wasseralfin|Gen", "Kückel|heim")
        return not any(
            lex.is_common_head(text[:cut]) and lex.is_noun(text[cut].upper() + text[cut + 1 :])
            for cut in range(3, len(text) - 2)
        )

    def _capitals_name(self, text: str) -> bool:
        """A name in capitals, the way passports and forms write it ("ADEYEMI", "HOSSEINZADE"): five letters
        or more, two vowels at least (acronyms have few: "UNHCR"), and as a word neither known nor a word."""
        if not (len(text) >= 5 and text.isupper() and text.isalpha()):
            return False
        if sum(1 for c in text if c in "AEIOUÄÖÜY") < 2:
            return False
        title = text[:1] + text[1:].lower()
        lex = self.lex
        return lex.is_name(title.casefold()) or not (
            lex.is_known_form(title) or title.casefold() in lex.technical
        )

    def _spoken_form(self, folded: str) -> bool:
        """A word as it is spoken and typed in chat: a verb with its "es" ("geht's", "gehts", "gibt's"), or a
        word that has lost its final "e" ("heut", "nehm", "fühl")."""
        lex = self.lex
        head = folded.replace("’", "'").partition("'")[0]
        if head != folded:
            return head in lex.frequent or head in lex.words
        if folded.endswith("ts") and folded[:-1] in lex.frequent:
            return True
        return folded + "e" in lex.frequent

    def _chat_word(self, folded: str) -> bool:
        """A word chat spells its own way, no name's part: a verb with its "es" or without its "e" ("gibts",
        "heut"), or a short article ("ne", "nen", "nem")."""
        return folded in _CHAT_ARTICLES or self._spoken_form(folded)

    def _medical_adjective(self, folded: str) -> bool:
        """An inflected adjective of a medical term ("intrakranielle", "arthroskopische", "transtibialer"):
        the dictionaries list the stem only."""
        lex = self.lex
        for ending in _ADJECTIVE_ENDINGS:
            stem = folded[: -len(ending)]
            if folded.endswith(ending) and len(stem) >= 5:
                if stem in lex.technical or stem.endswith(self._medical_endings):
                    return True
                if stem.endswith("isch") and stem[:-4] + "ie" in lex.technical:
                    return True  # "arthroskopisch" from "Arthroskopie"
        return False

    def name_positions(
        self, toks: Tokens, person_starts: set[int], person_ends: set[int], age_starts: set[int]
    ) -> list[int]:
        """Capitalised words standing where a name stands, for the reviewer to look at (the caller drops the
        masked ones): right after a title or "heißt" ("Frau Liebe"), a pair of names that are also words
        ("Sebastian Graf"), the word opening a clause right before a masked name ("Fallvorstellung: Ramadan
        [Person]"), a word before an age ("Sirwan (8)"), a facility's or a town's name that is no plain noun
        ("Krankenhaus Pirmasens", "in Heimfeld")."""
        words, folded, gaps, kinds, caps = toks.words, toks.folded, toks.gaps, toks.kinds, toks.caps
        starts, ends, lex = toks.starts, toks.ends, self.lex
        n = len(words)
        out: list[int] = []
        named = (STRONG, WEAK)
        abbreviation = ABBREVIATION
        skip = _NOT_IN_NAME_POSITION
        # one comprehension: most tokens are lowercase; a writer in chat before a colon may be ("blitzlicht
        # wolle: …")
        indices = [i for i, c in enumerate(caps) if c]
        writers = [i for i in (1, 2) if i < n and not caps[i] and gaps[i + 1][:1] == ":"]
        for i in sorted(indices + writers) if writers else indices:
            fold = folded[i]
            if kinds[i] is abbreviation or (fold in skip and caps[i]):
                continue
            if len(fold) < 3 and not (i == n - 1 and words[i].isupper()):  # initials signing: "KD"
                continue
            prev = folded[i - 1] if i else ""
            gap = gaps[i]
            after = gaps[i + 1]
            if (
                # after a title, a signature's cue ("i. A. Winter", "gez. Bauer") or a naming verb
                (
                    (prev in TITLES or (prev in _SIGNATURE_ENDS and _signature_cue(folded, i - 1)))
                    and gap.strip(" .") == ""
                    and fold not in ADDRESS_NOUNS
                )
                # a trade's workshop and its owner's name: "Tischlerei Fink", "Sägewerk Bauer"
                or (
                    kinds[i] in KINDS_NAMED
                    and gap == " "
                    and caps[i - 1]
                    and (prev.endswith(_DOUBT_TRADE_ENDINGS) or prev in FACILITIES)
                    and lex.is_known_form(words[i - 1])
                )
                # a name that is also a word after a role or a form of address: "Pfarrer Herz", "Trainer Hahn"
                or (
                    gap == " "
                    and ((kinds[i] == WEAK and prev in ROLES) or prev in ADDRESS_NOUNS)
                    and (i < 2 or folded[i - 2] not in _BEFORE_WORD)
                )
                # the writer signing at the end, after the last sentence: "… nicht immer rangehen. Matze"
                or (
                    i == n - 1
                    and (kinds[i] == WEAK or (words[i].isupper() and len(words[i]) <= 3))
                    and fold not in _SIGN_OFFS
                    and not any(c.isalpha() for c in after)
                    and any(c in ".!?\n" or ord(c) > 0x2000 for c in gap)
                )
                # the writer before a colon, alone or after the round's name: "Matze: …", "Glitzermoment
                # Fuchs: …", "Blitzlicht von Wolle: …"
                or (
                    i < 3
                    and after[:1] == ":"
                    # a lowercase writer only in a line typed all in lowercase ("Fallvorstellung zwei:")
                    and (caps[i] or not caps[0])
                    and (kinds[i] == WEAK or (i and not lex.is_noun(words[i]) and fold not in skip))
                    and (i == 0 or ((i == 1 or folded[1] == "von") and self._heading(words[0])))
                    # not a noun after an everyday adverb or adjective: "Heute Abend:", "Gut Holz:" (`writers`)
                    and (i == 0 or folded[0] not in lex.frequent or not lex.is_noun(words[i]))
                )
                # a small town whose name is a word, right after "in" or "aus": "in Wissen", "aus Waren"
                or (gap == " " and (prev == "in" or prev == "aus") and fold in lex.word_towns)
                # after "heißt" a name, not a word's translation ("heißt Frieden")
                or (prev in _NAMING and gap == " " and (lex.is_name(fold) or not lex.is_noun(words[i])))
                # a pair of names that are also words, neither masked
                or (
                    kinds[i] == WEAK
                    and (
                        (i + 1 < n and after == " " and caps[i + 1] and kinds[i + 1] in named)
                        or (
                            i
                            and gap == " "
                            and caps[i - 1]
                            and kinds[i - 1] in named
                            and (i < 2 or folded[i - 2] not in DETERMINERS)
                        )
                    )
                )
                # opening a clause right before a masked name
                or (
                    after == " "
                    and i + 1 < n
                    and starts[i + 1] in person_starts
                    and (i == 0 or gap.strip(" ")[-1:] in (":", ".", ",", ";", "(", "!", "?"))
                    # not a heading or a word about the person: "Anliegen Giorgi", "Kontakt Iryna", "Mama X",
                    # "Fallvorstellung Walter" (a compound noun: a known form that is no plain word)
                    and not lex.is_noun(words[i])
                    and (words[i].lower() in lex.words or not lex.is_known_form(words[i]))
                    and fold not in lex.frequent
                    and fold not in NOT_NAMES
                    # a job's compound names whose name follows: "Einzelrichter [Person]"
                    and not _person_noun(toks, lex, i)
                )
                # before an age: "Sirwan (8)", "Jule, 7," (not a country: "aus dem Jemen, 19,")
                or (
                    (after == " (" or after == ", ")
                    and ends[i] + len(after) in age_starts
                    and not lex.is_noun(words[i])
                    and fold not in lex.countries
                    and fold not in _KEEP_PLACES
                )
                # a facility's name, or a town after a preposition, that no list has as a plain noun
                or (
                    (prev in FACILITIES or (prev in _PLACE_PREPOSITIONS and gap == " "))
                    and gap.strip() == ""
                    and kinds[i] == WORD
                    and len(fold) >= 5
                    and words[i][1:].islower()  # not "SGB", "AsylbLG"
                    and not lex.is_noun(words[i])
                    and fold not in lex.frequent
                    and fold not in lex.toponyms
                    and fold not in NOT_NAMES
                    and not _technical(lex, fold)
                    and not fold.endswith(self._medical_endings)
                )
            ):
                out.append(i)
        return out

    def _heading(self, word: str) -> bool:
        """A noun that can head an answer or a note ("Blitzlicht", "glitzermoment", "Anliegen")."""
        cap = word[:1].upper() + word[1:]
        lex = self.lex
        return lex.is_noun(cap) or (word.lower() not in lex.frequent and lex.is_known_form(cap))

    def doubts(self, toks: Tokens) -> list[int]:
        """Indices of the doubtful tokens (an abbreviation such as "Bzw." is none)."""
        kinds, words, gaps = toks.kinds, toks.words, toks.gaps
        out = [i for i, d in enumerate(toks.doubtful) if d and kinds[i] != ABBREVIATION and len(words[i]) > 1]
        # a single initial standing for a person the note named before: "das hat O. sehr beruhigt", "von K.
        # al-H."; not a letter in an abbreviation ("V.a.", "Z. n.") or a number's ("S. 4", "Abs. 2 S. 1")
        for i in [i for i, w in enumerate(words) if len(w) == 1 or "-" in w]:
            word, after = words[i], gaps[i + 1]
            if (
                (len(word) == 1 or word[-2] == "-")
                and word[-1].isupper()
                and (
                    after.rstrip() == "."
                    if i + 1 == len(words)
                    # "V. a. Gliom", "Z. n. Sectio": abbreviations of one letter a part
                    else after == ". " and not words[i + 1][:1].isupper() and len(words[i + 1]) > 1
                )
                and gaps[i][-1:] in (" ", "", "(")
            ):
                out.append(i)
        return sorted(out) if len(out) > 1 else out

    def _classify(self, text: str, folded: str) -> Kind:
        lex = self.lex
        if folded in NOT_NAMES or folded in TITLES or folded in ROLES or folded in MONTHS:
            return WORD
        if not _latin(text):
            # in a German note, a word in another script is a name unless that language uses it
            # very often (روزا, გიორგი, ማርያም; but "و", "در", "борщ"); Cyrillic capitals mark a name (Олена)
            if text[:1].isupper():
                return STRONG
            # written small, a word of the Cyrillic lists is one unless it reads as a given name ("оксана"); the
            # lists write Russian's "ё" as "е" ("устаёт")
            if _foreign_word(folded, lex) or (
                folded.replace("ё", "е") in lex.cyrillic and not self._cyrillic_name(folded)
            ):
                return WORD
            return STRONG
        if "-" in text:
            parts = [p for p in text.split("-") if p]
            kinds = [self._classify(p, p.casefold()) for p in parts]
            named = [k for k, p in zip(kinds, parts, strict=True) if k in (STRONG, WEAK)]
            if (
                len(parts) > 1
                and named == [WEAK]
                and kinds[-1] == WEAK
                and kinds[0] == UNKNOWN
                and lex.is_noun(parts[-1])
            ):
                # a compound noun whose head is a noun that is also a surname: "Trovasil-Schuh", "Plomsi-Abend"
                return WORD
            if named and all(
                k != WORD or p.casefold() in PARTICLES for k, p in zip(kinds, parts, strict=True)
            ):
                return STRONG if text[:1].isupper() else LOWER
            if len(parts) == 2 and text[:1].isupper() and len(parts[0]) >= 3 and self._suffix(parts[1]):
                # a name with a word of endearment or respect joined small, as Persian, Turkish and Hindi do:
                # "Ali-dschan", "Maryam-joon", "Sohi-jan"; German joins a noun capitalised ("Dublin-Fall"), and
                # after a word no list knows the suffix must be a name itself ("jan"), not "Hip-hop"
                if kinds[0] in (STRONG, WEAK):
                    return STRONG
                if kinds[0] == UNKNOWN and lex.is_name(parts[1].casefold()):
                    return UNKNOWN
            if all(k == UNKNOWN or p.casefold() in PARTICLES for k, p in zip(kinds, parts, strict=True)):
                return UNKNOWN if text[:1].isupper() or _particle_name(text) else WORD
            return WORD
        if not text[:1].isupper():
            if text.isupper():
                return WORD
            if (
                lex.is_name(folded)
                and folded not in lex.name_words
                and folded not in LOWER_STOP
                and folded not in lex.ambiguous
                and folded not in lex.frequent
                and text not in lex.frequent  # casefolding makes "heiß" "heiss", a surname
                and len(folded) >= 3
                # a name only surname lists know is a dialect or foreign word in chat as often ("ham", "gude")
                and folded not in lex.surnames_only
            ):
                return LOWER
            return WORD
        if text.isupper() and len(text) > 1:
            return WORD  # acronyms: BAMF, AZR, WG
        if len(text) > 2 and (text[-1].isupper() or text[1].isupper()):
            return WORD  # abbreviations in mixed case: AsylbLG, AufenthG, KiZ, QTc, VASc; no name ends so
        if folded in lex.toponyms:
            # a place that is also a name ("Roth", "Medina") is a name only beside another ("Birgit Roth")
            return WEAK if lex.is_name(folded) else WORD
        if lex.is_name(folded):
            return WEAK if folded in lex.ambiguous else STRONG
        stem = genitive_stem(folded)
        if stem and lex.is_name(stem) and stem not in lex.ambiguous and not lex.is_word(text):
            return STRONG
        if (
            folded in lex.places
            or lex.is_known_form(text)
            or _technical(lex, folded)
            or (len(folded) >= 7 and folded.endswith(self._medical_endings))
        ):
            return WORD
        if _ADJECTIVE_FORM.fullmatch(folded):
            return WORD  # "Laparoskopische Cholezystektomie", "Sequestrierter Bandscheibenvorfall"
        if folded in lex.languages:
            return WEAK  # "spricht Pulaar", "Fulbe aus Guinea"; a name beside another: "Abdul Bari"
        if len(folded) >= _SHORTEST_MEDICAL_COMPOUND and self._medical_compound(text, folded):
            return WORD
        return UNKNOWN

    def _medical_compound(self, text: str, folded: str) -> bool:
        """A compound no list has whose head is a medical term: a known German first part before a term of the
        dictionaries or a word with a medical ending ("Sauerstoff|inhalator", "Kiefer|osteotomie"), or a medical
        first part before a German noun ("Osteo|synthese"), maybe after a German first part too ("Platten|osteo|
        synthese"). A name no list has is rarely cut so: its parts would have to be a German word and a term."""
        lex = self.lex
        prefixes = lex.medical_prefixes
        n = len(folded)
        for cut in range(0, n - 6):
            # a first part that is a compound itself too: "Offenwinkel|glaukom"
            if cut and (cut < 4 or not (lex.is_first_part(text[:cut]) or lex.is_known_form(text[:cut]))):
                continue
            tail = folded[cut:]
            if cut and (_technical(lex, tail) or (len(tail) >= 8 and tail.endswith(self._medical_endings))):
                return True
            rest = tail[MEDICAL_PREFIX:]
            if (
                tail[:MEDICAL_PREFIX] in prefixes
                and len(rest) >= 5
                and lex.is_noun(rest[:1].upper() + rest[1:])
            ):
                return True
        return False

    # -- detection ------------------------------------------------------------------------------------------

    def trade(self, fold: str, word: str) -> bool:
        """`_trade`, for the engine: whether a word names a business's kind by its ending."""
        return self._trade(fold, word)

    def _trade(self, fold: str, word: str) -> bool:
        """A noun that names a trade's or a farm's business, by the ending German gives them: "Tischlerei",
        "Gärtnerei", "Sägewerk", "Spargelhof", "Geigenbau", "Weingut", "Getränkehandel" (decided once per text)."""
        # keyed by the word as written, which the decision reads: a word met first in capitals ("HOLZBAU", no trade
        # by the lists) must not decide for "Holzbau" in every later text of the process
        hit = self._trades.get(word)
        if hit is None:
            cap = word[:1].upper() + word[1:]
            hit = (
                fold in GOODS_TRADES
                or (
                    len(fold) >= 7
                    and fold.endswith(_BUSINESS_ENDINGS)
                    and fold not in _NOT_TRADES
                    and (
                        self.lex.is_known_form(cap)  # compounds too: "Spargelhof"
                        # a craftsman's noun and "-ei", where the lists lack the workshop: "Glaser|ei", "Polster|ei"
                        or (fold.endswith("erei") and self.lex.is_known_form(cap[:-2]))
                    )
                )
            )
            if len(self._trades) >= _CACHE_LIMIT:
                self._trades.clear()
            self._trades[word] = hit
        return hit

    def trades(self, toks: Tokens) -> list[tuple[int, int]]:
        """Token ranges [i, j) of a business named by its trade and its owner's name: "Tischlerei Fink",
        "Sägewerk Bauer", "Spargelhof Többen", "Weingut Fischer-Hügelin". The name after the trade must read as a
        name (a lexicon name, also one that is a word, or a word no list knows): "im Bauhof Arbeit" is none."""
        words, folded, kinds, caps, gaps = toks.words, toks.folded, toks.kinds, toks.caps, toks.gaps
        n = len(toks)
        found = []
        for i in range(n - 1):
            if not caps[i] or toks.marks[i] or not self._trade(folded[i], words[i]):
                continue
            j = i + 1
            while (
                j < n
                and j - i <= 2
                and gaps[j] == " "
                and caps[j]
                and (
                    kinds[j] in KINDS_NAMED
                    or toks.marks[j] == MARK_PLACE
                    # a double name: "Fischer-Hügelin"
                    or (
                        "-" in words[j]
                        and any(self._info(p)[0] in KINDS_NAMED for p in words[j].split("-") if p)
                    )
                    # right after the trade, a word no list holds, a word only by splitting it ("Zeng|erle"): an
                    # owner's name; a listed word stays ("im Bauhof Arbeit")
                    or (
                        j == i + 1
                        and kinds[j] is WORD
                        and "-" not in words[j]
                        and not self.lex.is_word(words[j])
                        and words[j].lower() not in self.lex.words
                    )
                    # or a rarer noun there, a surname no list holds as one ("Sägewerk Kretschmer"; not "im Bauhof
                    # Arbeit", "Unternehmen Zukunft", words of every day)
                    or (
                        j == i + 1
                        and kinds[j] is WORD
                        and "-" not in words[j]
                        and folded[j] not in self.lex.everyday
                        and folded[j] not in self.lex.frequent
                        # a medical term's ending: "nach einem Stockwerk Belastungsdyspnoe"
                        and not folded[j].endswith(self._medical_endings)
                        and folded[j] not in FACILITIES
                    )
                )
                and folded[j] not in MONTHS
                and folded[j] not in _WEEKDAYS
                and folded[j] not in NOT_NAMES
            ):
                j += 1
            if j > i + 1:
                found.append((i, j))
        return found

    def trades_after_owners(self, toks: Tokens) -> list[tuple[int, int]]:
        """Token ranges [i, j) of a business named by its owner's name and then its trade, the phrase ending there:
        "bei Kaltenbach Metallbau in …", "bei Müller Metallbau." (the trade last, so a name after it is `trades`')."""
        caps, gaps, folded, words = toks.caps, toks.gaps, toks.folded, toks.words
        n = len(toks)
        return [
            (i - 1, i + 1)
            for i in range(1, n)
            if caps[i]
            and not toks.marks[i]
            and (i + 1 >= n or not caps[i + 1] or gaps[i + 1] != " ")
            # a farm's or an estate's word ends surnames too: "Heike Eichhof"
            and not folded[i].endswith(("hof", "gut"))
            and self._trade(folded[i], words[i])
            and self._owner_before(toks, i)
        ]

    def _owner_before(self, toks: Tokens, i: int) -> bool:
        """Token i, a trade, follows its owner's name: a name of the lists, a word no list knows or a town's name
        (firms are named after their village too) right before it, not after an article ("die Schreinerei")."""
        if i == 0 or toks.gaps[i] != " " or not toks.caps[i - 1] or toks.marks[i - 1] not in (0, MARK_PLACE):
            return False
        if i >= 2 and toks.folded[i - 2] in DETERMINERS:
            return False
        fold, lex = toks.folded[i - 1], self.lex
        if fold in MONTHS or fold in _SEASONS:
            return False  # a time, not an owner: "Er lernt ab Herbst Metallbau."
        return (
            toks.kinds[i - 1] in (STRONG, UNKNOWN, WEAK)
            or toks.marks[i - 1] == MARK_PLACE
            or fold in lex.places
            # a rarer short noun a firm took as its name, as written in the noun list: "Kranich Logistik" (not
            # "Lager Logistik", a compound: "als Berufsfeld Metallbau", a plural: "Schulungen Metallbau")
            or (4 <= len(fold) <= 8 and fold not in lex.everyday and toks.words[i - 1] in lex.nouns)
            # a village's name no list holds: "Kaltenbach Metallbau" (read as "Kalten|bach")
            or (
                fold.endswith(_LONG_TOPONYM_ENDINGS)
                and fold not in lex.frequent
                and not lex.is_noun(toks.words[i - 1])
            )
        )

    def lower_trades(self, toks: Tokens) -> list[tuple[int, int]]:
        """Token ranges [i, j) of a firm named by its trade and its owner, in chat typed all in lowercase: "bei
        der dachdeckerei koch in …", "zur spedition hammes", "die fahrschule kessler.", "in der schauwerkstatt
        holzkunst seidel in …". The trade is a facility's kind or a trade's noun (`_lower_trade`); after it
        one or two words that no word list holds or that a name list does (not a frequent word), and then the
        end, a sign or "in"/"aus"/"bei"/"am": "bei der arbeit in der bäckerei in der stadt", "in der bäckerei
        brötchen holen" keep every word."""
        folded, gaps = toks.folded, toks.gaps
        n = len(toks)
        found: list[tuple[int, int]] = []
        for i in range(n - 1):
            if toks.caps[i] or gaps[i + 1] != " " or not self._lower_trade(toks, i):
                continue
            # a compound before the name is part of it ("holzkunst seidel"), but no name on its own
            if (
                i + 2 < n
                and gaps[i + 2] == " "
                and self._lower_owner(toks, i + 2, alone=True)
                and self._lower_owner(toks, i + 1, alone=False)
            ):
                j = i + 3
            elif self._lower_owner(toks, i + 1, alone=True):
                j = i + 2
            else:
                continue
            after = gaps[j] if j < n else ""
            if (
                j >= n
                or after[:1] in (",", ".", ";", ":", ")", "!", "?", "\n")
                # an emoji or another sign after a space ends the name too: "beim salon krull 💇 …"
                or (after[:1] == " " and after.strip() != "")
                # (or the time it is told at: "die spedition hammes seit montag", "bei der spedition hammes um 8")
                or (after == " " and folded[j] in ("in", "aus", "bei", "am", "an", "im", "seit", "um", "ab"))
                # the firm as the subject of its verb: "der boxclub krull nimmt ihn", "die bäckerei öztürk hat"
                or (after == " " and folded[j] in _FINITE_VERBS and folded[i - 1 : i] in (["der"], ["die"]))
                # an owner's name that a name list holds and no word list does says it wherever the sentence goes
                # on: "fahrschule krüger war so geduldig", "bei bäckerei kuhn angefangen"
                or (j == i + 2 and folded[i + 1] in self.lex.names and folded[i + 1] not in self.lex.frequent)
            ):
                found.append((i, j))
        return found

    def _lower_trade(self, toks: Tokens, i: int) -> bool:
        """Token i, in lowercase, names a business: a facility's kind ("spedition", "fahrschule", "praxis"), a
        compound that ends in one ("schauwerkstatt"), or a trade's noun by its ending ("fischerei", "lernwerk",
        "konditorei", also one no dictionary has: "dachdeckerei")."""
        fold, word = toks.folded[i], toks.words[i]
        return (
            toks.marks[i] == MARK_FACILITY
            or self._trade(fold, word)
            # "-erei", "-orei": a trade's noun, in a dictionary or not ("dachdeckerei", "konditorei")
            or (len(fold) >= 8 and fold.endswith("rei") and fold not in self.lex.frequent)
        ) and fold not in _NAMED_KINDS

    def _lower_owner(self, toks: Tokens, j: int, alone: bool) -> bool:
        """Token j, lowercase after the trade at i, can be (part of) its owner's name: a name of the name lists
        that is no frequent word ("koch", "seidel"), a place ("lathen"), a word no list holds ("krull"), a short
        form or a compound of a surname no word list has ("hammes", "brinkmann"); without `alone` also a
        compound a name follows ("holzkunst seidel").
        A lone word must be a name by itself: "in der bäckerei holzofenbrot" stays."""
        if toks.caps[j] or (toks.kinds[j] != WORD and toks.kinds[j] != LOWER):
            return False
        fold = toks.folded[j]
        lex = self.lex
        if (
            len(fold) < 3
            or fold in lex.frequent
            or fold in FUNCTION_WORDS
            or fold in NOT_NAMES
            or fold in MONTHS
            or fold in _WEEKDAYS
            or fold in FACILITIES
            or fold in _FINITE_VERBS
            or "-" in fold
        ):
            return False
        if fold in lex.names or toks.marks[j] == MARK_PLACE:
            return True
        if fold in lex.words:
            return False
        # a short form no word list holds (a compound of known parts is long: "holzofenbrot"), or a compound
        # whose head is a surname: "-mann", or a name of five letters or more ("brinkmann", "kleinschmidt")
        return (
            len(fold) <= 7
            or not lex.is_known_form(toks.words[j][:1].upper() + toks.words[j][1:])
            or not alone
            or fold.endswith("mann")
            or any(fold[k:] in lex.names and fold[k:] not in lex.frequent for k in range(3, len(fold) - 4))
        )

    def named_adjective(self, toks: Tokens, i: int) -> int:
        """Where a facility's name begins that starts with capitalised adjectives, which German writes so only in a
        proper name: "die Regionale Schule X", "der Freien Evangelischen Gemeinde Y", and after a comma or a colon
        in a letter's signature ", Städtisches Krankenhaus Z"; i itself otherwise."""
        first = i
        k = i - 1
        while k >= 0 and i - k <= 2 and self._name_adjective(toks, k):
            first = k
            k -= 1
        if first == i:
            return i
        if any(toks.folded[k] in DENOMINATIONS for k in range(first, i)):
            return first  # an abbreviation no sentence writes but in a name: "Ev.-ref. Kirchengemeinde X"
        before = toks.gaps[first].rstrip(" ")
        if (
            first > 0
            and (toks.folded[first - 1] in DETERMINERS or toks.folded[first - 1] in _NAMING)
            and (toks.gaps[first] == " ")
        ):
            return first  # (and after a naming verb: "Die Gemeinde heißt Islamisches Zentrum X")
        # a line of its own is a letterhead's or an address's: "Orthopädische Klinik Hohenrode\nEndoprothetik …"
        return first if before[-1:] in (",", ":", ";", "\n") or first == 0 else i

    def _name_adjective(self, toks: Tokens, k: int) -> bool:
        """Token k is a capitalised adjective before the next token: "Regionale", "Städtisches"."""
        word = toks.words[k]
        low = word.lower()
        # a denomination's abbreviation: "Ev. Gemeindehaus X", "Ev.-luth. Kirchengemeinde Y", "ev. Kita Z"
        if toks.folded[k] in DENOMINATIONS:
            return toks.gaps[k + 1] in (". ", ".-")
        return (
            toks.caps[k]
            and toks.gaps[k + 1] == " "
            and low.endswith(("e", "er", "es", "en", "em"))
            # or an adjective by its derivation that no list has: "Gastroenterologische Gemeinschaftspraxis X"
            and (low in self.lex.words or _ADJECTIVE_FORM.fullmatch(toks.folded[k]) is not None)
            and not self.lex.is_noun(word)
            and toks.folded[k] not in DETERMINERS
            and toks.kinds[k] == WORD
        )

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
        schools = [
            i for i, f in enumerate(folded) if f in _SCHOOL_ABBREVIATIONS and toks.marks[i] != MARK_FACILITY
        ]
        for i in sorted([i for i, mark in enumerate(toks.marks) if mark == MARK_FACILITY] + schools):
            j = i + 1
            if folded[i] in _SCHOOL_ABBREVIATIONS:
                if (
                    toks.words[i][:1].isupper()
                    and not toks.words[i][-1].islower()
                    and self._school_town(toks, j)
                ):
                    found.append((i, self._phrase_at(toks, j) or j + 1))  # "an der IGS Kandel"
                    continue
                if (
                    toks.words[i].islower()
                    and j < n
                    and not toks.caps[j]
                    and gaps[j] == " "
                    and (
                        toks.marks[j] == MARK_PLACE or folded[j] in lex.word_towns or folded[j] in lex.places
                    )
                ):
                    found.append((i, j + 1))  # chat: "an der igs kandel"
                    continue
                if i in schools or (j < n and toks.caps[j] and lex.is_noun(toks.words[j])):
                    continue  # "die IGS Schüler": a noun after the abbreviation is no name
            saint = j + 1 < n and folded[j] in SAINTS and gaps[j] == " " and gaps[j + 1] in (". ", " ")
            if saint and toks.caps[j + 1]:
                # "Kita St. Martin", "Gemeindehaus St. Nicolai": a saint's name and what follows it
                end = _saint_end(toks, lex, j)
                found.append((i, end))
                continue
            if saint and not toks.caps[i] and self._lower_saint(toks, j + 1):
                found.append((i, j + 2))  # chat: "in der kita st franziskus"
                continue
            if (
                not toks.caps[i]
                and folded[i] in _NAMED_KINDS
                and j < n
                and not toks.caps[j]
                and gaps[j] == " "
                and len(folded[j]) >= 5
                and folded[j] not in lex.frequent
                and folded[j] not in FUNCTION_WORDS
                and folded[j] not in _FINITE_VERBS
                and folded[j] not in FACILITIES
                and not folded[j].endswith(_ACTIVITY_ENDINGS)
                and toks.kinds[j] == WORD
            ):
                # chat, all in lowercase: a rare word right after the kind is its name ("in der kita
                # pusteblume"); a frequent one is not ("in der kita morgens", "im hotel zimmer")
                found.append((i, j + 1))
                continue
            street = _street_after(toks, j)
            if street is not None:
                found.append((i, street))  # "Grundschule an der Süderstraße": a school named by its street
                continue
            linked = j < n and folded[j] in _FACILITY_LINKS and gaps[j].strip() == ""
            if linked and j + 2 < n and folded[j + 2] in SAINTS and toks.caps[j + 1] and gaps[j + 2] == " ":
                continue  # "Repair-Café im Pfarrheim St. Walburga": the house named by its saint (`saint_names`)
            if linked:
                j += 1  # "Sekundarschule Am Gröpertor"; after "Am" a capitalised word is a name ("Am Hohen Weg")
                if (
                    j + 1 < n
                    and folded[j - 1] in _ARTICLE_LINKS
                    and folded[j] in _LINK_ARTICLES
                    and gaps[j] == " "
                    and toks.caps[j + 1]
                ):
                    # "Mittelschule an der Iller", a river's or a hill's name; not a noun ("Schule an der Ecke"); a
                    # river or a landscape, context alone, names the house here
                    landscape = folded[j + 1] in lex.toponyms and folded[j + 1] not in lex.countries
                    if not (_proper(toks, lex, j + 1) or landscape) or (
                        lex.is_noun(toks.words[j + 1]) and folded[j + 1] not in lex.places and not landscape
                    ):
                        continue
                    j += 1
            if not _adjacent(toks, j):
                continue
            if (
                linked
                and not toks.caps[j - 1]
                and folded[j].endswith(_HEADED_KINDS)
                and not (_adjacent(toks, j + 1) and _proper(toks, lex, j + 1))
            ):
                # where it meets, not its name: "Repair-Café im Pfarrheim" ("Gasthaus Zum Schützenhaus" is one, and
                # so is a house named after it: "Zahnarztpraxis im Ärztehaus Thum")
                continue
            if linked and (folded[j] in SALUTATIONS or folded[j] in _ADMIN_UNITS):
                continue  # "die Gärtnerei von Herrn X" (a person's), "das Frauenhaus im Landkreis" (no name)
            if (
                linked
                and folded[j - 1] in ("zu", "von")
                and toks.kinds[j] in (STRONG, UNKNOWN)
                and not (_adjacent(toks, j + 1) and _plain(toks, j + 1))
            ):
                continue  # a letter about a person: "Arztbrief Augenklinik zu Tesfamichael", "Praxis von Amal"
            if not linked and folded[i] in _OWNED_KINDS and toks.kinds[j] in (STRONG, UNKNOWN):
                continue  # a lawyer's office by its partners' names: "Kanzlei Eberle & Yıldız" (persons)
            if not linked and (phrase := self._phrase_at(toks, j)):
                found.append((i, phrase))  # "Realschule Bad Waldsee": the town's whole name
                continue
            if not linked and (twin := _twin_end(toks, j)):
                found.append((i, twin))  # "Pflegedienst Hand in Hand": a name of one word twice
                continue
            if not linked and (adjective := self._adjective_name(toks, j)) is not None:
                if adjective:
                    end = j + 2
                    if end < n and _adjacent(toks, end) and _proper(toks, lex, end):
                        end += 1  # its town: "Kita Arche Noah Mitwitz"
                    found.append((i, end))  # "Kita Kleine Strolche", "Sportverein Blaue Adler"
                continue  # a field's: "Klinik Innere Medizin", "Beratungsstelle Psychosoziale Beratung"
            if (
                not linked
                and folded[i].endswith("verein")
                and lex.is_noun(toks.words[j])
                and not (folded[i] != "verein" and self._club_noun(toks, j))
            ):
                continue  # what one does in a club: "im Verein Fußball", "im Sportverein Schach spielen"
            if not linked and folded[j].endswith(_PROCESS_ENDINGS) and folded[j] in lex.everyday:
                continue  # what is done there, not its name: "Kita Anmeldung läuft", "Physio Verordnung fehlt"
            if (
                not linked
                and folded[i] in FIELDS
                and toks.kinds[j] is WORD
                and toks.marks[j] != MARK_PLACE
                and folded[j] not in lex.toponyms
                and folded[j] not in lex.cities
            ):
                continue  # a field's word before a word, no town's or person's: "Radiologie Befund vom 3.5."
            if not (_plain(toks, j) if linked else _proper(toks, lex, j)):
                if not linked and (self._owner_name(toks, j) or self._region_name(toks, j)):
                    found.append((i, j + 1))  # "Fahrschule Kurz in Thalfang", "Grundschule Bogen"
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
            if not linked and end < n and _adjacent(toks, end) and self._owner_name(toks, end):
                end += 1  # the owner's surname after a trade's word: "Radlladen Zweirad Kurz in X"
            found.append((i, _street_after(toks, end) or end))  # "Kita Zwergenland am Deichweg"
        return [(i, _partners_end(toks, end)) for i, end in found]

    def facility_called(self, toks: Tokens) -> list[tuple[int, int]]:
        """Token ranges [j, k) of the name a text gives a facility with "heißt": "die Werkstatt heißt übrigens
        Speichenwerk", "der Laden heißt jetzt Kette & Kaffee", "unsere Gruppe heißt „Sonnenkinder“". The kind is
        the subject right before the verb, after an article or a possessive; what follows is capitalised or quoted
        ("die Schule heißt so, weil …", "das heißt …" name nothing)."""
        folded, gaps, caps = toks.folded, toks.gaps, toks.caps
        n = len(toks)
        found: list[tuple[int, int]] = []
        for h in [h for h, f in enumerate(folded) if f in ("heisst", "hiess") and 2 <= h < n - 1]:
            kind = h - 1
            if not (
                (toks.marks[kind] == MARK_FACILITY or folded[kind] in _CALLED_KINDS)
                and folded[kind - 1] in DETERMINERS
                and gaps[h] == " "
            ):
                continue
            j = h + 1
            while j + 1 < n and folded[j] in _CALLED_FACILITY_FILLERS and gaps[j + 1] == " ":
                j += 1
            quoted = gaps[j][-1:] in _QUOTES
            if not ((caps[j] or quoted) and gaps[j].strip(' „“"»«‚') == "") or not _plain(toks, j):
                continue
            if folded[j] in FUNCTION_WORDS or folded[j] in NOT_NAMES_CHAT:
                continue  # "die Schule heißt So …" opens no name
            end = j + 1
            while (
                end < n
                and end - j < 3
                and caps[end]
                and gaps[end] in (" ", " & ", " und ")
                and _plain(toks, end)
            ):
                end += 1  # "Kette & Kaffee", "Rote Rübe"
            found.append((j, end))
        return found

    def saint_names(self, toks: Tokens) -> list[tuple[int, int]]:
        """Token ranges [i, k) of a noun and a saint's name after it, which names a house, a parish or a school:
        "Haus St. Martin", "Pfarrei St. Johannes Baptist" (the kinds of `facilities` were taken there; an office's
        town is none: "Sozialamt St. Wendel"). The noun stays readable, as a facility's kind does."""
        folded, gaps, lex = toks.folded, toks.gaps, self.lex
        n = len(toks)
        found: list[tuple[int, int]] = []
        for j in [j for j, f in enumerate(folded) if f in SAINTS and 0 < j < n - 1]:
            i = j - 1
            word = toks.words[i]
            if (
                not toks.caps[i]
                and not toks.caps[j]
                and gaps[j] == " "
                and gaps[j + 1] in (". ", " ")
                and toks.kinds[i] == WORD
                and len(word) >= 5
                and lex.is_known_form(word[:1].upper() + word[1:])
                and self._lower_saint(toks, j + 1)
            ):
                found.append((i, j + 2))  # chat: "im pfarrheim st walburga"
                continue
            if (
                toks.marks[i] != MARK_FACILITY
                and toks.caps[i]
                and gaps[j] == " "
                and gaps[j + 1] in (". ", " ")
                and toks.caps[j + 1]
                and toks.kinds[i] == WORD
                and (lex.is_noun(word) or (len(word) >= 6 and lex.is_known_form(word)))
                and not self.authority_town(toks, j)
            ):
                end = _saint_end(toks, lex, j)
                found.append((i, end))
        return found

    def foreign(self, toks: Tokens) -> frozenset[int]:
        """The tokens of sentences written in English, French or Turkish that are words of that language, no one's
        name: a volunteer who answers in English ("I'm good, bisschen tired. Spent all Saturday in der Werkstatt"),
        in French, or quotes Turkish ("Annem iyi"). A sentence is in one of them where two of its words are
        frequent words of it that German does not write, and they outnumber German's own frequent words. A
        capitalised word inside it is a name ("we met Said"), except an English language's name ("in English"); so
        is one that opens the sentence where a name list knows it ("Blessing is my name"). In French and Turkish a
        word the name lists know stays a name typed small too ("ayşe teyze"): their lists hold many names.
        Empty for a text without such a word (most)."""
        lex = self.lex
        folded = [f.replace("’", "'") for f in toks.folded]
        english, markers = lex.english_markers, lex.foreign_marker_words
        if english.isdisjoint(folded) and markers.isdisjoint(folded):
            return frozenset()
        found: list[int] = []
        pending: list[tuple[int, int]] = []  # sentences of no language found
        start = 0
        n = len(toks)
        for end in range(1, n + 1):
            if end < n and not any(c in toks.gaps[end] for c in _SENTENCE_BREAKS):
                continue
            words = self._foreign_words(toks, folded, start, end)
            found += words
            if not words and end - start > 1:
                pending.append((start, end))
            start = end
        if found and pending:
            found += self._neighbour_sentences(folded, pending)
        return frozenset(found)

    def _neighbour_sentences(self, folded: list[str], pending: list[tuple[int, int]]) -> list[int]:
        """Beside a sentence in French or Turkish, a short one whose every word is a word of that language and
        none a common German one is in it too, though it holds none of its markers: "Bugünkü parlak anım:" before
        "Barış ilk maaşını aldı …". Its words that no name list holds stay words."""
        lex = self.lex
        out: list[int] = []
        for start, end in pending:
            words = [k for k in range(start, end) if len(folded[k]) > 1]
            for language in SENTENCE_LANGUAGES:
                if words and all(
                    f"{language}:{folded[k]}" in lex.foreign_words and folded[k] not in lex.common
                    for k in words
                ):
                    out += [k for k in words if folded[k] not in lex.names]
                    break
        return out

    def _foreign_words(self, toks: Tokens, folded: list[str], start: int, end: int) -> list[int]:
        """The tokens start..end-1, one sentence, that `foreign` leaves as words."""
        lex = self.lex
        words = range(start, end)
        ours = sum(1 for k in words if len(folded[k]) > 1 and folded[k] in lex.english_markers)
        # English's "I" before a word written small ("I am fine"); German writes it as a numeral ("Teil I")
        ours += sum(1 for k in words if toks.words[k] == "I" and k + 1 < end and not toks.caps[k + 1])
        language = "en"
        if any(folded[k] in lex.foreign_marker_words for k in words):
            for other in SENTENCE_LANGUAGES:
                count = sum(
                    1 for k in words if len(folded[k]) > 1 and f"{other}:{folded[k]}" in lex.foreign_markers
                )
                if count > ours:
                    ours, language = count, other
        if ours < 2:
            return []
        if language == "en":
            theirs = sum(1 for k in words if folded[k] in lex.common and folded[k] not in lex.english)
            if ours <= theirs:
                return []
            return [
                k
                for k in words
                if folded[k] in lex.english
                and (
                    # first in its sentence, a word no name list knows ("Spent …"; "Blessing is my name")
                    (k == start and (folded[k] not in lex.names or folded[k] in _OPENERS["en"]))
                    or not toks.caps[k]
                    or folded[k] in lex.english_languages
                    or folded[k].startswith("i'")
                    or folded[k] == "i"
                )
            ]
        tagged = [f"{language}:{_elided(folded[k]) if language == 'fr' else folded[k]}" for k in words]
        theirs = sum(
            1
            for k, tag in zip(words, tagged, strict=True)
            if folded[k] in lex.common and tag not in lex.foreign_words
        )
        if ours <= theirs:
            return []
        return [
            k
            for k, tag in zip(words, tagged, strict=True)
            if tag in lex.foreign_words
            and (k == start or not toks.caps[k])
            # a listed name stays one, unless French writes it small as one of its most frequent words ("les",
            # "beau"); Turkish names are its words too often ("deniz", "umut", "mehmet" among its frequent words)
            and (
                folded[k] not in lex.names
                or (language == "fr" and not toks.caps[k] and tag in lex.foreign_markers)
                or (k == start and folded[k] in _OPENERS.get(language, ()))
                or (not toks.caps[k] and folded[k] in _CONJUNCTIONS_OF.get(language, ()))
            )
        ]

    def compound_name(self, word: str) -> int:
        """The length of the name that opens a compound about its person ("Tesfay-Papa", "Moustafa-Schreibweise"),
        0 where none does: a lexicon's name that is no word, or a capitalised word neither list knows (a town is
        a word here: "Kabul-Fotos")."""
        head, hyphen, tail = word.partition("-")
        if (
            not hyphen
            or not head[:1].isupper()
            or not head[1:].islower()  # not an office's letters: "SpDi-Nummer", "BAMF-Akte"
            or not tail[:1].isupper()
            or tail.casefold() not in _PERSON_TAILS
        ):
            return 0
        return len(head) if self._info(head)[0] in (STRONG, UNKNOWN) else 0

    def noun_after_article(self, toks: Tokens, i: int) -> bool:
        """Token i, a given name that is also a noun ("Dom"), is the noun: right after "im" or "ins", which no
        person's name follows, maybe with a town's adjective between ("im Kölner Dom")."""
        folded = toks.folded
        if not (toks.caps[i] and toks.kinds[i] == STRONG and self.lex.is_noun(toks.words[i])):
            return False
        k = i - 1
        if (
            k > 0
            and toks.caps[k]
            and folded[k].endswith("er")
            and toks.gaps[k + 1] == " "
            and (folded[k][:-2] in self.lex.places or folded[k][:-2] in self.lex.toponyms)
        ):
            # "Kölner", "Ulmer": a town's adjective, after any article ("der Kölner Dom")
            return toks.gaps[k] == " " and (folded[k - 1] in DETERMINERS or folded[k - 1] in _CONTRACTED)
        return folded[k] in ("im", "ins") and toks.gaps[k + 1] == " "

    def _club_noun(self, toks: Tokens, j: int) -> bool:
        """Token j, a noun right after a club's compound ("Schwimmverein Delphin"), is the club's name: the name
        ends there (a sign, the end, a town or a town's preposition follows), where "im Sportverein Schach spielen"
        goes on with what one does."""
        if not (_proper(toks, self.lex, j) and toks.kinds[j] == WORD):
            return False
        if j + 1 >= len(toks):
            return True
        after, fold = toks.gaps[j + 1], toks.folded[j + 1]
        # a dash, an ellipsis or a line's end ends the name too ("Schwimmverein Delphin – das macht Spaß"), and a
        # city as a town does ("Schwimmverein Delphin Hamburg"); "und" does not ("im Sportverein Mitglied und hat …")
        return (
            after.strip()[:1] in (",", ".", ";", ":", ")", "!", "?", "…", "–")
            or "\n" in after
            or (
                after == " "
                and (
                    fold in _TOWN_PREPOSITIONS
                    or fold in ("e", "ev")
                    or toks.marks[j + 1] == MARK_PLACE
                    or (toks.caps[j + 1] and (fold in self.lex.places or fold in self.lex.cities))
                )
            )
        )

    def brands(self, toks: Tokens) -> list[tuple[int, int]]:
        """Token ranges [i, i + 1) of a shop's or a firm's name written in camel case, which German writes for no
        word: "PhoneStar", "GlasTec", "McPaket" (words run together, each capitalised; not a law's abbreviation,
        "AufenthG", nor a word chat writes so, "KiTa", "JobCenter", nor a platform everyone knows, "TikTok")."""
        lex = self.lex
        return [
            (i, i + 1)
            for i, word in enumerate(toks.words)
            if toks.caps[i]
            and len(word) >= 5
            and toks.marks[i] == 0
            and _CAMEL_CASE.fullmatch(word) is not None
            and toks.folded[i] not in lex.words
            and toks.folded[i] not in lex.frequent
            and toks.folded[i] not in lex.technical
            # a brand everyone writes about ("PayPal", "LinkedIn", "MediaMarkt") is in the frequency lists
            and toks.folded[i] not in lex.common
            and toks.folded[i] not in lex.english
            and toks.folded[i] not in NOT_NAMES  # "TikTok", "WhatsApp"
            and not lex.is_noun(word[:1] + word[1:].lower())
            # a German noun's compound with a capital inside: "ElterngeldPlus", "BürgerGeld"
            and not _german_head(lex, word)
        ]

    def headed_facilities(self, toks: Tokens) -> list[tuple[int, int]]:
        """Token ranges [i, k) of a facility whose kind no list holds, known by its compound's head (`_HEADED_KINDS`:
        "Frühförderstelle", "Hospizdienst", "Helferkreis"), and the proper name right after it that no noun list
        holds, with its town after it: "Die Frühförderstelle Lahnkiesel schreibt", "Kulturtreff Bunterhund
        Eschwege". A noun after it is what the place is for ("Fachstelle Sucht"), a person's name the person's."""
        folded, lex = toks.folded, self.lex
        n = len(toks)
        found: list[tuple[int, int]] = []
        for i, fold in enumerate(folded[:-1]):
            if not (
                len(fold) >= 8
                and toks.marks[i] == 0
                and toks.caps[i]
                and toks.kinds[i] == WORD
                and fold.endswith(_HEADED_KINDS)
                and not fold.endswith(_NOT_HEADED)
                and "-" not in fold
            ):
                continue
            j = i + 1
            if not (
                _adjacent(toks, j)
                and toks.kinds[j] == WORD
                and toks.marks[j] == 0
                and len(folded[j]) >= 4
                and folded[j].isalpha()
                and not lex.is_noun(toks.words[j])
                and _proper(toks, lex, j)
                and folded[j] not in lex.words
                and folded[j] not in lex.toponyms
            ):
                continue
            end = j + 1
            if end < n and _adjacent(toks, end) and toks.marks[end] == MARK_PLACE:
                end += 1  # its town: "Kulturtreff Bunterhund Eschwege"
            found.append((i, end))
        return found

    def _school_town(self, toks: Tokens, j: int) -> bool:
        """Token j, right after a school type's abbreviation, is the town the school is named by: a town of the
        lists though its name is a word ("IGS Kandel", "GS Bogen"), or a proper name no list holds as a noun. Not
        a noun ("die IGS Schüler"), a frequent word or a country."""
        if not (_adjacent(toks, j) and toks.kinds[j] != ABBREVIATION and not toks.words[j].isupper()):
            return False
        fold, lex = toks.folded[j], self.lex
        if toks.marks[j] == MARK_COUNTRY or fold in lex.countries or fold in NOT_NAMES:
            return False
        if (
            toks.marks[j] == MARK_PLACE
            or fold in lex.word_towns
            or fold in lex.places
            or self._phrase_at(toks, j)
        ):
            return True
        return not lex.is_noun(toks.words[j]) and (_proper(toks, lex, j) or fold in lex.toponyms)

    def _lower_saint(self, toks: Tokens, k: int) -> bool:
        """Token k, in lowercase chat right after "st", is a saint's name: a name of the lists or a word of none
        ("kita st franziskus"), also a name that subtitles write small often ("kita st christian", "pfarrheim st
        sebastian"); not a frequent word that is no name ("st und ..." is no saint) nor a function word ("kita st
        nur noch bis drei")."""
        if k >= len(toks):
            return False
        fold = toks.folded[k]
        lex = self.lex
        return (
            not toks.caps[k]
            and toks.gaps[k] in (" ", ". ")
            and len(fold) >= 3
            and fold.isalpha()
            and fold not in FUNCTION_WORDS
            and (lex.is_name(fold) or (toks.kinds[k] == LOWER and fold not in lex.frequent))
        )

    def saint_facilities(self, toks: Tokens) -> list[tuple[int, int]]:
        """Token ranges [j, k) of "St.", "Sankt" or "Hl." and a saint's name that name a facility without a kind's
        word before them: a kind after them ("des St. Ansgar Krankenhaus", "St. Marien Kita"), or a preposition
        with its article before them, which no town takes ("im St. Elisabeth", "ins St. Josef"). "in St. Peter"
        and "Fan von St. Pauli" stay to the place lists and `saint_names`."""
        folded, gaps, caps, lex = toks.folded, toks.gaps, toks.caps, self.lex
        n = len(toks)
        found: list[tuple[int, int]] = []
        for j in [j for j, f in enumerate(folded) if f in SAINTS and j < n - 1]:
            word = toks.words[j + 1]
            if (
                not caps[j]
                and j > 0
                and folded[j - 1] in _CONTRACTED
                and gaps[j] == " "
                and gaps[j + 1] in (". ", " ")
                and self._lower_saint(toks, j + 1)
            ):
                found.append((j, j + 2))  # chat: "sie liegt im st. elisabeth"
                continue
            if not (
                caps[j]
                and caps[j + 1]
                and gaps[j + 1] in (". ", " ")
                # a saint's name or a word of no list, or a compound of a facility's kind ("St. Marienhospital"); a
                # feast's compound is a word ("zum St. Martinsumzug", "beim St. Martinsfest")
                and (
                    lex.is_name(folded[j + 1])
                    or toks.kinds[j + 1] in (STRONG, WEAK, UNKNOWN)
                    or folded[j + 1].endswith(_HYPHEN_FACILITY_ENDINGS)
                    or not (lex.is_noun(word) or lex.is_known_form(word))
                )
                and _proper(toks, lex, j + 1)
            ):
                continue
            last = _saint_end(toks, lex, j)
            # the saint's name ends before a facility's kind: "St. Vinzenz Hospital Wipperfürth"
            end = next(
                (
                    k
                    for k in range(j + 2, last + 1)
                    if k < n
                    and _adjacent(toks, k)
                    and (toks.marks[k] == MARK_FACILITY or folded[k].endswith(_HYPHEN_FACILITY_ENDINGS))
                ),
                last,
            )
            before = j > 0 and folded[j - 1] in _CONTRACTED and gaps[j] == " "
            after = end < last or (
                end < n
                and _adjacent(toks, end)
                and (toks.marks[end] == MARK_FACILITY or folded[end].endswith(_HYPHEN_FACILITY_ENDINGS))
            )
            # or the saint's name is the kind's compound itself, wherever it stands: a letterhead's "St.
            # Elisabeth-Krankenhaus Dorsten"
            if before or after or folded[j + 1].endswith(_HYPHEN_FACILITY_ENDINGS):
                found.append((j, end))
        return found

    def houses(self, toks: Tokens) -> list[tuple[int, int]]:
        """Token ranges [i, k) of a home, a hostel or a holiday flat named "Haus …": the name is the whole ("Haus
        Sonnenblick"), where a word for such a place stands right before it ("Jugendhilfeeinrichtung Haus
        Sonnenblick", "Pension Haus Seeblick") or the name is quoted („Haus Alpenrose“); "im Haus Essen kochen"
        stays."""
        folded, gaps, caps = toks.folded, toks.gaps, toks.caps
        n = len(toks)
        found: list[tuple[int, int]] = []
        for i in [i for i, f in enumerate(folded) if f == "haus" and i < n - 1]:
            quoted = gaps[i][-1:] in _QUOTES
            if not (
                caps[i]
                and gaps[i + 1] == " "
                and caps[i + 1]
                and toks.kinds[i + 1] != ABBREVIATION
                and folded[i + 1] not in FUNCTION_WORDS
                and folded[i + 1] not in DETERMINERS
                and folded[i + 1] not in SAINTS  # "Haus St. Martin": `saint_names`
                and (
                    quoted
                    or (
                        i > 0
                        and gaps[i] == " "
                        # "Jugendhilfe-WG Haus X", or any facility's kind: "Seniorenzentrum Haus Abendsonne"
                        and (folded[i - 1].endswith(_HOUSE_KINDS) or toks.marks[i - 1] == MARK_FACILITY)
                    )
                )
            ):
                continue
            end = i + 2
            if quoted and gaps[end][:1] not in _QUOTES:
                continue  # „Haus Alpenrose“: the quote closes after the name
            found.append((i, end))
        return found

    def churches(self, toks: Tokens) -> list[tuple[int, int]]:
        """Token ranges [j, k) of a church or parish named by its saints after a preposition, where the sentence
        speaks of church life: "bei der Taufe in St. Martin", "im Gottesdienst in St. Peter und Paul" (a town of
        that name is one of the place lists' phrases, found before)."""
        folded, gaps, lex = toks.folded, toks.gaps, self.lex
        n = len(toks)
        found: list[tuple[int, int]] = []
        for j in [j for j, f in enumerate(folded) if f in SAINTS and 0 < j < n - 1]:
            if not (
                folded[j - 1] in _CHURCH_PREPOSITIONS
                and gaps[j + 1] in (". ", " ")
                and toks.caps[j + 1]
                and toks.marks[j + 1] == 0
                and self._sentence_has(toks, j, _CHURCH_STEMS)
            ):
                continue
            end = j + 2
            while end < n and end - j < 5 and _gap_ok(gaps, end - 1):
                if _adjacent(toks, end) and _proper(toks, lex, end):
                    end += 1
                elif folded[end] == "und" and _adjacent(toks, end + 1) and _proper(toks, lex, end + 1):
                    end += 2  # "St. Peter und Paul"
                else:
                    break
            found.append((j, end))
        return found

    def _sentence_has(self, toks: Tokens, i: int, stems: tuple[str, ...]) -> bool:
        """A word of the sentence around token i (eight words each way) begins with one of `stems`."""
        folded, gaps = toks.folded, toks.gaps
        for k in range(i - 1, max(-1, i - 9), -1):
            if any(c in gaps[k + 1] for c in "!?;\n") or (". " in gaps[k + 1] and k + 1 != i):
                break
            if folded[k].startswith(stems):
                return True
        for k in range(i + 1, min(len(folded), i + 9)):
            if any(c in gaps[k] for c in "!?;\n"):
                break
            if folded[k].startswith(stems):
                return True
        return False

    def _phrase_at(self, toks: Tokens, j: int) -> int:
        """The end of a town's name of several words that begins at token j ("Bad Waldsee"), or 0."""
        if not (j < len(toks) and toks.caps[j] and toks.gaps[j] == " "):
            return 0
        first = "sankt" if toks.folded[j] == "st" else toks.folded[j]
        if first not in self._phrase_starts:
            return 0
        return next((end for start, end in self.place_phrases(toks) if start == j), 0)

    def _adjective_name(self, toks: Tokens, j: int) -> bool | None:
        """Whether tokens j and j + 1, right after a facility's kind, are its name of an adjective and a noun: "Kita
        Kleine Strolche", "Bäckerei Goldene Brezel", "Jugendtreff Alte Mühle". German writes an adjective small
        after a noun, so a capital there begins a proper name. The adjectives of a field or a body ("Klinik Innere
        Medizin", "Beratungsstelle Psychosoziale Beratung", "Freiwillige Feuerwehr") make a kind, not a name: False.
        None where token j is no capitalised adjective before a capitalised word, or one in "-isch" or "-lich"."""
        k = j + 1
        if not (_adjacent(toks, j) and _adjacent(toks, k) and toks.kinds[j] == WORD and toks.gaps[j] == " "):
            return None
        fold, lex = toks.folded[j], self.lex
        stem = next((fold[: -len(e)] for e in _ADJECTIVE_ENDINGS if fold.endswith(e)), "")
        # "-isch" and "-lich" make a field's adjective as often as a name's ("Psychiatrische Ambulanz",
        # "Restaurant Holländische Stube"): the proper name's own steps decide
        if len(stem) < 3 or fold in FUNCTION_WORDS or stem.endswith(("isch", "lich")):
            return None
        if stem in _FIELD_ADJECTIVES or (len(stem) >= 5 and stem.endswith(_FIELD_ADJECTIVE_STEMS)):
            return False  # a Latin field's adjective, in a word list or not ("Psychosoziale")
        if fold not in lex.words:
            return None
        noun = toks.words[k]
        return (
            toks.kinds[k] in (WORD, STRONG, WEAK, UNKNOWN)
            and _plain(toks, k)
            and toks.marks[k] == 0
            and (lex.is_noun(noun) or toks.kinds[k] != WORD)
            and not noun.endswith(_NOUN_OF_FIELD)
        )

    def _region_name(self, toks: Tokens, j: int) -> bool:
        """Token j, right after a facility's kind, is the region it is named by, where the name ends: "Frauenhaus
        Westerwald", "Pflegeschule Uckermark", "Fahrdienst Muldental." (a region of the place lists, or a
        compound of a landscape's word that no noun list holds); a region names few such places, one per county.
        A country stays ("Botschaft Eritrea")."""
        fold, word, lex = toks.folded[j], toks.words[j], self.lex
        if not toks.caps[j] or toks.marks[j] == MARK_COUNTRY or fold in lex.countries or toks.gaps[j] != " ":
            return False
        if not (
            (fold in lex.toponyms and fold not in lex.cities and fold not in lex.word_towns)
            or (len(fold) >= 8 and fold.endswith(_REGION_ENDINGS) and fold not in lex.words)
        ) or lex.is_noun(word):  # "im Café Kuchen essen": Kuchen is a village and a cake
            return False
        if j + 1 >= len(toks):
            return True
        after = toks.gaps[j + 1]
        return after[:1] in (",", ".", ";", ":", ")", "!", "?") or (
            after == " " and (toks.folded[j + 1] in _TOWN_PREPOSITIONS or not toks.caps[j + 1])
        )

    def _owner_name(self, toks: Tokens, j: int) -> bool:
        """Token j, right after a facility's kind, is its name though it is a frequent word or a noun: a surname
        of a lexicon ("Fahrschule Kurz") or a town ("Grundschule Bogen", "Klinikum Leer"), where the name ends there (a sign, a
        preposition or the end follows): "die Schule Frei hat …" is no name."""
        fold = toks.folded[j]
        # a Kita's or a café's name is any word, a noun or an adverb ("Café Miteinander", "Kita Pusteblume")
        named_kind = (
            (toks.folded[j - 1] in _NAMED_KINDS or toks.folded[j - 1] in _FANCY_KINDS)
            and toks.caps[j]
            and toks.kinds[j] is WORD
            and len(fold) >= 4
            and fold not in FACILITIES
            and fold not in _WEEKDAYS
            and fold not in FUNCTION_WORDS
            and not fold.endswith(_ACTIVITY_ENDINGS)
        )
        if (
            not (
                named_kind
                or toks.kinds[j] == WEAK
                or fold in self.lex.word_places
                or fold in self.lex.word_towns
            )
            or fold in NOT_NAMES
            or fold in MONTHS
        ):
            return False
        if j + 1 >= len(toks):
            return True
        after = toks.gaps[j + 1]
        return after[:1] in (",", ".", ";", ":", ")", "!", "?") or (
            after == " "
            and (
                toks.folded[j + 1] in ("in", "aus", "am", "an", "bei", "im")
                # a town's name ends where an object begins: "an der Grundschule Kalbe den zweiten Platz gemacht"
                or (fold in self.lex.word_places and toks.folded[j + 1] in ARTICLES)
            )
        )

    def clubs(self, toks: Tokens) -> list[tuple[int, int]]:
        """Token ranges [i, j) of a sports club: its kind's abbreviation and the one or two words of its town
        or name after it, in any case ("TSV Malente", "beim sv blau-weiß bürstadt"), not a frequent word
        ("SV ist …")."""
        folded, words, gaps, lex = toks.folded, toks.words, toks.gaps, self.lex
        n = len(toks)
        found: list[tuple[int, int]] = []
        starts = [i for i, f in enumerate(folded[:-1]) if f in _CLUB_STARTS]
        # any club's capitals ending in V or C ("RSV", "BSC", "PSV") before a town: "vom RSV Wolfhagen"; a
        # virus ("RSV-Infektion", "HIV Test") or an insurer ("GKV") stands before no town
        starts += [
            i
            for i in range(n - 1)
            if toks.caps[i]
            and 2 <= len(words[i]) <= 4
            and words[i].isupper()
            and words[i][-1] in "VC"
            and folded[i] not in _CLUB_STARTS
            and gaps[i + 1] == " "
            and (toks.marks[i + 1] == MARK_PLACE or (folded[i + 1] in lex.toponyms and toks.caps[i + 1]))
        ]
        phrases: list[tuple[int, int]] | None = None
        for i in sorted(starts):
            if found and i < found[-1][1]:
                continue  # a word of the club found before: "SV Eintracht Groß Pankow" is one club
            if folded[i] in CLUB_NAMES:
                if not toks.caps[i] or not toks.caps[i + 1]:
                    continue  # the old names clubs take, before their town: "Eintracht Lüderitz"
            elif not (words[i].isupper() or not toks.caps[i] or words[i][-1:].isupper()):
                continue  # "Tus" is no club's kind; TSV, VfL, tsv are
            j = i + 1
            while (
                j < n
                and j - i <= 2
                and gaps[j] == " "
                and (toks.caps[j] or not toks.caps[i])
                and (
                    # a small town whose name is a word, right after the club's kind: "beim tus norden"
                    (j == i + 1 and folded[j] in lex.word_towns and folded[j] not in FUNCTION_WORDS)
                    # a club's old name after its kind: "TSV Einheit", "SV Eintracht", "FC Stahl"
                    or (j == i + 1 and folded[j] in CLUB_NAMES and folded[i] in _CLUB_KINDS)
                    # a rarer noun after the kind in capitals: "SV Möwe", "FC Adler" (not "SV Training")
                    or (
                        j == i + 1
                        and words[i].isupper()
                        and toks.caps[j]
                        and toks.kinds[j] in (WORD, WEAK, ABBREVIATION)  # (ABBREVIATION: "SV Möwe.")
                        and folded[j] not in lex.everyday
                        and folded[j] not in FUNCTION_WORDS
                        and folded[j] not in DETERMINERS
                    )
                    or (
                        folded[j] not in lex.frequent
                        and folded[j] not in FUNCTION_WORDS
                        and folded[j] not in DETERMINERS
                        and not lex.is_noun(words[j][:1].upper() + words[j][1:])
                    )
                )
            ):
                j += 1
            saint = next(
                (k for k in range(i + 1, min(j + 1, n - 1)) if folded[k] in SAINTS and toks.caps[k]), 0
            )
            if saint and gaps[saint + 1] in (". ", " ") and toks.caps[saint + 1]:
                j = max(j, _saint_end(toks, lex, saint))  # "FC St. Pauli": the saint's name is the club's
            if gaps[j - 1 if j > i + 1 else i + 1] == " " and (toks.caps[i + 1] or not toks.caps[i]):
                # the whole name of its town, of several words: "SV Eintracht Groß Pankow", "TSV Bad Sooden"
                if phrases is None:
                    phrases = self.place_phrases(toks)
                j = max([j] + [end for start, end in phrases if i < start < j or start == j])
                if not toks.caps[i]:
                    # chat writes the town small, where `place_phrases` asks for a preposition: "beim sv
                    # eintracht groß pankow"
                    j = max(
                        [j]
                        + [
                            end
                            for start in range(i + 1, j + 1)
                            for end in range(start + 2, min(n, start + 3) + 1)
                            if all(gaps[k] == " " for k in range(start + 1, end))
                            and " ".join(folded[start:end]) in lex.place_phrases
                        ]
                    )
            if j > i + 1:
                found.append((i, j))
        return found

    def organisations(self, toks: Tokens) -> list[tuple[int, int]]:
        """Token ranges [i, j) of an association or a firm named before its legal form, the form included:
        "Flüchtlingshilfe Nordheide e. V.", "Pflegedienst Sonnenhof GmbH". Up to three capitalised words before
        the form, one of them a proper name. "die Tafel e. V." names a kind, not one place."""
        folded, gaps, caps = toks.folded, toks.gaps, toks.caps
        n = len(toks)
        found = []
        for end in [k for k, f in enumerate(folded) if k and (f == "e" or f in _LEGAL_FORMS)]:
            fold = folded[end]
            last = end
            if fold == "e" and end + 1 < n and gaps[end + 1].strip() == "." and folded[end + 1] == "v":
                last = end + 1  # "e. V.", "e.V."
            elif fold not in _LEGAL_FORMS:
                continue
            if gaps[end].strip() != "":
                continue
            i = end
            while (
                i > 0
                and end - i < 3
                and caps[i - 1]
                and gaps[i].strip() == ""
                and folded[i - 1] not in DETERMINERS
            ):
                i -= 1
            # an association's kind and a second word name one place: "Flüchtlingshilfe Nordstadt e. V."; a kind
            # alone names a kind ("die Tafel e. V.")
            if i < end and (
                fold in _FIRM_FORMS or end - i >= 2 or any(self._proper_part(toks, x) for x in range(i, end))
            ):
                found.append((i, last + 1))
        partners = (
            []
            if _FIRM_PARTNERS.isdisjoint(folded)
            else [k for k, f in enumerate(folded) if k and f in _FIRM_PARTNERS]
        )
        for end in [k for k in partners if gaps[k].strip() == "&"]:
            if not caps[end] and folded[end] != "co":
                continue
            i = end
            while (
                i > 0
                and end - i < 4
                and caps[i - 1]
                and gaps[i].strip(" .&") == ""
                and folded[i - 1] not in DETERMINERS
            ):
                i -= 1
                if toks.marks[i] == MARK_FACILITY:
                    break  # the firm's kind begins it: "Praxis Dr. Schürmann & Kollegen"
            last = end + 1
            if last < n and folded[last] in _FIRM_FORMS and gaps[last].strip(" .") == "":
                last += 1  # "& Co. KG"
            if i < end:
                found.append((i, last))
        return found

    def place_phrases(self, toks: Tokens) -> list[tuple[int, int]]:
        """Token ranges [i, j) of a town name of several words: "Bad Harzburg", "Osterode am Harz"."""
        n = len(toks)
        folded, gaps, starts = toks.folded, toks.gaps, self._phrase_starts
        found = []
        for i in [
            i
            for i, f in enumerate(folded)
            if (f in starts or f == "st")
            # in lowercase chat after a town's preposition too: "nach bad harzburg", "in osterode am harz"
            and (toks.caps[i] or (i > 0 and folded[i - 1] in _TOWN_PREPOSITIONS))
        ]:
            # "St. Wendel" is written so for "Sankt Wendel"
            first = "sankt" if folded[i] == "st" else folded[i]
            if first not in starts:
                continue
            gap = ". " if first != folded[i] else " "
            for j in range(min(n, i + starts[first]), i + 1, -1):
                if (
                    all(gaps[k] == (gap if k == i + 1 else " ") for k in range(i + 1, j))
                    and " ".join([first, *folded[i + 1 : j]]) in self.lex.place_phrases
                ):
                    found.append((i, j))
                    break
        cities = self._city_starts
        for i in [
            i
            for i, f in enumerate(folded)
            if f in cities
            and i > 0
            and toks.caps[i]
            and folded[i - 1] in _TOWN_PREPOSITIONS
            and gaps[i] == " "
        ]:
            for j in range(min(n, i + cities[folded[i]]), i + 1, -1):
                if (
                    all(gaps[k] == " " for k in range(i + 1, j))
                    and " ".join(folded[i:j]) in self.lex.cities
                    and self._home(toks, i)
                ):
                    found.append((i, j))  # "lebt mit den Kindern in Schwäbisch Gmünd"
                    break
        # a town's prefix and its name after a preposition, in lowercase chat or both capitalised: "in neu
        # wulmstorf", "aus groß kummerfeld", "nach bad bevensen", "in Bad Bederkesa" (the name a word no list holds,
        # or a listed town, or the two a town of several words)
        if _TOWN_PREFIXES.isdisjoint(folded):
            return found
        caps, lex = toks.caps, self.lex
        for p in [p for p, f in enumerate(folded[:-2]) if f in _RESIDENCE_PREPOSITIONS]:
            k, j = p + 1, p + 2
            if (
                folded[k] in _TOWN_PREFIXES
                and caps[k] == caps[j]
                and gaps[k] == " "
                and gaps[j] == " "
                and (
                    toks.doubtful[j]
                    or self._unlisted_compound(toks, j)
                    or folded[j] in lex.places
                    or f"{folded[k]} {folded[j]}" in lex.place_phrases
                )
            ):
                found.append((k, j + 1))
        return found

    def towns(self, toks: Tokens) -> list[int]:
        """Tokens that name a town or village no list knows, by the ending German place names have, right
        after "in", "aus", "nach" …: "aus Kuhfelde", "nach Eilsleben", "in althaldensleben"."""
        n = len(toks)
        folded, caps, gaps, marks = toks.folded, toks.caps, toks.gaps, toks.marks
        lex = self.lex
        found = []
        starts = [
            i + 1
            for i, f in enumerate(folded[:-1])
            if f in _TOWN_PREPOSITIONS or f in _REGION_CUES or f in _AROUND_LINKS
        ]
        for i in starts:
            fold = folded[i]
            if (
                i < n
                and marks[i] == 0
                and gaps[i] == " "
                # an abbreviation in mixed case is no town: "bei RAin X" (Rain am Lech)
                and not _mixed_case(toks.words[i])
                and (
                    # a town that is also a surname ("nach Goslar")
                    (caps[i] and fold in lex.places)
                    # a town that is also an ordinary word, capitalised where the word would not be
                    # ("in Enger", but "in enger Abstimmung"; nouns stay: "in Halle" is kept as a hall)
                    or (
                        # in lowercase chat too, where no German word is spelled so ("aus mossul", "seine familie
                        # in mogadischu")
                        (caps[i] or fold not in lex.frequent)
                        and fold in lex.toponyms
                        and fold not in _KEEP_PLACES
                        and fold not in lex.countries
                        # a big city is context ("Krankenhaus in Hannover", "der Bus nach Kiel"), unless
                        # someone comes from it or lives there ("aus Aleppo", "lebt in Kiel")
                        and (fold not in lex.cities or self._home(toks, i))
                        and not lex.is_noun(toks.words[i])
                    )
                    # a small town whose name is also a word form, in any case: "in Kalbe", "war in kalbe";
                    # not a noun in use ("in Kirchen" is in churches)
                    or (
                        fold in lex.word_places
                        and (
                            not self._noun_in_use(fold)
                            # a noun in use, capitalised right after the preposition without an article, where
                            # the sentence speaks of living or a family: "wohnt in Regen", "Wohnung in Burg
                            # gefunden", "Familie X in Bogen" (but "in Sorge sein", "im Regen")
                            or (caps[i] and self._settled(toks, i))
                        )
                    )
                    # a small town whose name is a word, where that word cannot stand: capitalised right after the
                    # preposition with no article, a frequent word that is no noun ("in Leer", "nach Weil"; "in
                    # Bergen" may be mountains), or a noun's lemma where the sentence speaks of living or moving
                    # ("will nach Wissen ziehen"); in lowercase chat one that no word list knows ("in auerbach")
                    # a destination's town before the place one goes to there: "nach hof zum lungenarzt", "nach
                    # Wangen zur Arbeit" (a noun after "nach" takes no article only as a place or a direction)
                    or (
                        folded[i - 1] == "nach"
                        and fold in lex.word_towns
                        and fold not in lex.cities
                        and fold not in _DIRECTIONS
                        and i + 1 < n
                        and folded[i + 1] in ("zum", "zur", "ins")
                    )
                    # a journey's end: a town whose name is a word, capitalised after "nach" or "Richtung" where the
                    # sentence travels ("im Bus nach Schotten", "mitnehmen richtung Lage"; "nach Lage der Dinge"
                    # has no journey, "der Bus nach Hauptbahnhof" ends at no town)
                    or (
                        folded[i - 1] in ("nach", "richtung")
                        and caps[i]
                        and fold in lex.word_towns
                        and fold not in lex.cities
                        and fold not in _DIRECTIONS
                        and not fold.endswith(_TOWN_PART_ENDS)
                        and self._travels(toks, i - 1)
                    )
                    or (
                        fold in lex.word_towns
                        and fold not in lex.cities
                        and (
                            (
                                caps[i]
                                and (
                                    (
                                        not lex.is_noun(toks.words[i])
                                        # a rarer form too ("in Treuen"), unless a noun follows that it may
                                        # qualify in a name or a title ("in Treuen Händen")
                                        and (
                                            fold in lex.frequent
                                            or not (
                                                i + 1 < n
                                                and gaps[i + 1] == " "
                                                and caps[i + 1]
                                                and lex.is_noun(toks.words[i + 1])
                                            )
                                        )
                                    )
                                    or (toks.words[i] in lex.nouns and self._settled(toks, i))
                                    # a noun's lemma right after "in" with no article: a singular takes one as a
                                    # word ("in der Lage", "im Norden"), so "in Lage", "in Norden" name the town;
                                    # not where a verb makes the two a phrase ("in Brand gesteckt", "sich in Acht
                                    # nehmen muss") or a plural ("in Kirchen", no lemma)
                                    or (
                                        folded[i - 1] == "in"
                                        and toks.words[i] in lex.nouns
                                        and not self._phrase_verb_after(toks, i)
                                    )
                                    # an inflected noun form with no article ("in Treuen", "in Ulmen") where the
                                    # sentence speaks of living there or a workplace ends before it ("Metallbau
                                    # Fuchs & Söhne in Treuen", "im Dönerladen in Ulmen", "arbeitet in Kapellen")
                                    or (
                                        folded[i - 1] in ("in", "aus", "bei")
                                        and lex.is_noun(toks.words[i])
                                        and (self._settled(toks, i) or self._workplace_before(toks, i))
                                    )
                                )
                            )
                            or (not caps[i] and fold not in lex.words and fold not in lex.frequent)
                            # the same in chat that writes every noun small: "die lage in lage ist zäh"
                            or (
                                not caps[i]
                                and not caps[0]
                                and folded[i - 1] == "in"
                                and toks.words[i][:1].upper() + toks.words[i][1:] in lex.nouns
                                and not self._phrase_verb_after(toks, i)
                            )
                            # in lowercase chat a rarer word where the sentence speaks of living or moving there:
                            # "sie wohnt in leck", "nach leck gezogen" ("lebt in frieden", a word of every day)
                            or (not caps[i] and fold not in lex.everyday and self._home(toks, i))
                        )
                    )
                    # a town that only surname lists know as a name, in lowercase chat, where such a surname is
                    # no name without a cue: "war in goslar beim zahnarzt"
                    or (
                        not caps[i]
                        and fold in lex.surnames_only
                        and fold in lex.places
                        and fold not in lex.cities
                        and folded[i - 1] in ("in", "aus", "nach")
                    )
                    or (
                        len(fold) >= 6
                        and fold.endswith(_TOWN_ENDINGS)
                        and fold not in lex.frequent
                        and fold not in FACILITIES
                        and (caps[i] or not lex.is_word(fold))
                    )
                    # a village no list knows, in lowercase chat: a word no list holds, with the ending of German
                    # place names ("in kuhlenfeld", "aus hollenbüll", "nach grabow"), or where the sentence speaks
                    # of living or a family there ("wohnt jetzt in zwiebelow"); capitalised, such a word with such
                    # an ending after "in", "aus", "nach" is a village, not a person ("in Hollenbüll")
                    or (
                        len(fold) >= 5
                        and (
                            (caps[i] and toks.kinds[i] is UNKNOWN)
                            # a compound of words is no word itself: "kuhlenfeld", "moorfehn"
                            or (not caps[i] and self._unlisted_compound(toks, i))
                        )
                        and _latin(toks.words[i])
                        and not toks.words[i].isupper()
                        and (
                            (
                                fold.endswith(_TOPONYM_ENDINGS)
                                and (
                                    # capitalised after "in" or "aus" ("nach Schmeling" names a method's author)
                                    folded[i - 1]
                                    in (_RESIDENCE_PREPOSITIONS if not caps[i] else ("in", "aus"))
                                    or (not caps[i] and not fold.endswith(_SHORT_TOPONYM_ENDINGS))
                                )
                            )
                            or (
                                not caps[i]
                                and folded[i - 1] in _RESIDENCE_PREPOSITIONS
                                and self._settled(toks, i)
                            )
                        )
                    )
                    # a town whose name is a word, capitalised right after "in" with no article and before the
                    # facility one goes to there: "geht in Fischen ins Kinderhaus", "in Buchen in die Grundschule"
                    or (
                        caps[i]
                        and folded[i - 1] == "in"
                        and fold not in lex.frequent
                        and fold not in lex.cities
                        and toks.kinds[i] is WORD
                        # a plural or an infinitive, or a town's name: "in Zukunft", "in Begleitung" stay
                        and (fold.endswith("en") or fold in lex.word_towns or fold in lex.word_places)
                        and self._before_facility(toks, i)
                    )
                    # a village's ending that no noun has ("aus Pfaffenhofen", "in Weidenreuth"), or a noun's plural
                    # after the prefix villages take ("in Oberkirchen", "Niederweiler"); "in Kirchen", "in
                    # Nachbarkirchen" are churches
                    or (
                        caps[i]
                        and len(fold) >= 9
                        and fold not in lex.frequent
                        and (
                            fold.endswith(_VILLAGE_ENDINGS)
                            or (fold.startswith(_VILLAGE_PREFIXES) and fold.endswith(_VILLAGE_NOUN_ENDINGS))
                        )
                        and not lex.is_noun(toks.words[i])
                    )
                )
            ):
                found.append(i)
        words = toks.words
        # a village named as a part of a town: "Ortsteil Westerbeck", "OT Brunau"
        quarters = (
            []
            if _QUARTER_CUES.isdisjoint(folded)
            else [i + 1 for i, f in enumerate(folded[:-1]) if f in _QUARTER_CUES]
        )
        for i in quarters:
            if (
                (caps[i] or not caps[i - 1])  # in chat all in lowercase: "im dorf rettmer", "ot wiepersdorf"
                and marks[i] == 0
                and gaps[i].strip(" .:") == ""
                and folded[i] not in lex.frequent
                and not lex.is_noun(words[i][:1].upper() + words[i][1:])
                and (
                    caps[i]
                    or (
                        len(folded[i]) >= 4
                        and folded[i] not in lex.words
                        and words[i].lower() not in lex.words  # "hieß" is folded "hiess"
                        and _latin(words[i])
                    )
                )
                and folded[i] not in FUNCTION_WORDS
                and i not in found
            ):
                found.append(i)
        # a village named by where it lies from someone's home: "bei Kuhlenfeld um die Ecke", "in der nähe von
        # grabbenhusen": a word no list knows (capitalised or not) before "um die Ecke" or after "in der Nähe von"
        if "ecke" in folded or "nähe" in folded:
            for i in range(1, len(toks)):
                near = (folded[i - 1] == "bei" and folded[i + 1 : i + 4] == ["um", "die", "ecke"]) or (
                    i >= 3 and folded[i - 3 : i] == ["der", "nähe", "von"]
                )
                if (
                    near
                    and i not in found
                    and gaps[i] == " "
                    and (toks.kinds[i] is UNKNOWN or toks.doubtful[i] or self._unlisted_compound(toks, i))
                    and marks[i] == 0
                ):
                    found.append(i)
        # a town joined to a town by "oder"/"und" is a town too: "in Meschede oder Soest"
        if _JOINERS.isdisjoint(folded) or not (found or MARK_PLACE in marks):
            return found
        lefts = sorted(set(found).union([i for i, m in enumerate(marks) if m == MARK_PLACE]))
        for i in lefts:
            k = i + 2
            fold = folded[k] if k < n else ""
            if (
                k < n
                and folded[i + 1] in _JOINERS
                and gaps[i + 1] == " "
                and gaps[k] == " "
                and caps[k]
                and marks[k] == 0
                and k not in found
                and (
                    fold in lex.places
                    or (
                        fold in lex.toponyms
                        and fold not in _KEEP_PLACES
                        and fold not in lex.countries
                        and fold not in lex.cities
                        and not lex.is_noun(words[k])
                    )
                )
            ):
                found.append(k)
        return found

    def town_after(self, toks: Tokens, text: str, end: int) -> int | None:
        """The token after an address that ends at offset `end` if it names a town, kept or not: "Am
        Frauenberg 7a, Fulda", also without the comma ("Hauptstraße 5 Erfurt", or the town on the next line).
        A city is context, but not where it completes someone's address."""
        i = bisect_left(toks.starts, end)
        if not (i < len(toks) and text[end : toks.starts[i]].strip() in ("", ",") and toks.caps[i]):
            return None
        fold = toks.folded[i]
        head = fold.partition("-")[0]
        lex = self.lex
        # a town, or a name no list knows ("Kirchgasse 4, Oberhubenried", "…, Kiel-Hafen"): what completes an
        # address identifies a home
        return i if head in lex.places or head in lex.cities or self._unlisted_town(toks, i) else None

    def town_after_facility(self, toks: Tokens, j: int) -> int | None:
        """Token j, after a facility's name that ends before it, if it names the facility's town after a comma and
        closes the phrase: "Kita Wichtelburg, Schotten.", "Praxis Dr. Weber, Lauterbach;" (a town of any list, a
        word-town too; not a country)."""
        if j >= len(toks) or toks.gaps[j] != ", " or not toks.caps[j]:
            return None
        if j + 1 < len(toks) and toks.gaps[j + 1].strip(" ")[:1] not in (".", ";", ")", ":"):
            return None
        fold, lex = toks.folded[j], self.lex
        if fold in lex.countries or toks.marks[j] == MARK_COUNTRY:
            return None
        listed = (
            fold in lex.places or fold in lex.toponyms or fold in lex.word_towns or fold in lex.word_places
        )
        return j if listed else None

    def _home(self, toks: Tokens, i: int) -> bool:
        """Town i, after a preposition, is where someone comes from, lives or was born: "aus Aleppo", "lebt in
        Kiel", "nach Hannover gezogen", "geboren 1984 in Mariupol" (a word of living within five words)."""
        folded, gaps, n = toks.folded, toks.gaps, len(toks)
        if folded[i - 1] == "aus" or _in_region(toks, i):
            return True

        def ends(k: int) -> bool:  # a sentence ends before token k ("geb. 12.5.1978 in" goes on)
            return any(c in gaps[k] for c in "!?;") or (". " in gaps[k] and toks.caps[k])

        k = i - 1  # backwards from the preposition, then forwards from the town, within the sentence
        while k > 0 and i - k < 6 and not ends(k):
            k -= 1
            # going home names a home too: "fahr jetzt heim nach Tanne" (the adverb, small; "ins Heim" is a home
            # for the old)
            if folded[k].startswith(_HOME_STEMS) or (folded[k] == "heim" and not toks.caps[k]):
                return True
        k = i
        while k + 1 < n and k - i < 5 and not ends(k + 1):
            k += 1
            if folded[k].startswith(_HOME_STEMS):
                return True
        return False

    def _travels(self, toks: Tokens, i: int) -> bool:
        """The sentence of token i travels before it: a vehicle, a ride or a move within five words ("im Bus
        nach", "wer kann ihn mitnehmen richtung", "fährt jeden Tag nach"), or the preposition is "Richtung"."""
        folded, gaps = toks.folded, toks.gaps
        if folded[i] == "richtung":
            return True
        k = i
        while k > 0 and i - k < 5 and not any(c in gaps[k] for c in ".!?;:"):
            k -= 1
            if folded[k].startswith(_TRAVEL_STEMS):
                return True
        return False

    def _settled(self, toks: Tokens, i: int) -> bool:
        """Town i, after its preposition, is where someone lives: a word of living or moving in the sentence
        (`_home`), or a family, a home or a flat within five words ("Familie Okafor in Bogen", "Unterkunft in
        Forst", "eine Wohnung in Burg")."""
        if self._home(toks, i):
            return True
        folded, gaps = toks.folded, toks.gaps
        if self._near_town(toks, i):
            return True
        k = i - 1
        while k > 0 and i - k < 6 and not any(c in gaps[k + 1] for c in ".!?;"):
            k -= 1
            if any(stem in folded[k] for stem in _SETTLED_STEMS):
                return True
        return False

    def _phrase_verb_after(self, toks: Tokens, i: int) -> bool:
        """A verb makes "in" and noun i a phrase: an infinitive or a participle right after the noun that closes the
        clause or stands before an auxiliary ("in Brand gesteckt.", "sich in Acht nehmen muss", "in Besitz genommen
        hat"), or a light verb's finite form right before "in" ("geriet in Brand"); a finite verb with its subject
        after the noun does not ("in Horn gibt es", "in wissen haben die das")."""
        if i >= 2 and toks.folded[i - 2] in _LIGHT_VERBS:
            return True  # the phrase's verb before it: "geriet in Brand", "nimmt ihn in Schutz"
        k = i + 1
        if k >= len(toks) or toks.gaps[k] != " " or toks.caps[k]:
            return False
        fold = toks.folded[k]
        participle = fold.endswith("t") and (fold.startswith(_PARTICIPLE_PREFIXES) or fold.endswith("iert"))
        if not (participle or fold.endswith("en") or fold.endswith("ern")):
            return False
        return k + 1 >= len(toks) or toks.gaps[k + 1].strip() != "" or toks.folded[k + 1] in _AUXILIARIES

    def _near_town(self, toks: Tokens, i: int) -> bool:
        """Town i is placed near another one, as a village is: "in Hof bei Prüm", "in Buch bei Bernau" (a town of
        the place lists after "bei"; "in Behandlung bei Dr. X" names a person)."""
        j = i + 2
        if not (
            j < len(toks) and toks.folded[i + 1] == "bei" and toks.gaps[i + 1] == " " and toks.gaps[j] == " "
        ):
            return False
        fold, lex = toks.folded[j], self.lex
        return toks.caps[j] and (fold in lex.places or fold in lex.cities or fold in lex.word_towns)

    def _workplace_before(self, toks: Tokens, i: int) -> bool:
        """A workplace ends right before town i's preposition: a facility or a trade's business, with the one or
        two names after it ("Metallbau Fuchs & Söhne in Treuen", "Spedition Lange in X", "im Dönerladen in X"), or
        a word of work or a workplace right before it ("arbeitet in X", "im Lager in X"); not a shop named earlier
        in the sentence ("vom Hofladen gab es in Mengen")."""
        folded, gaps, marks, caps = toks.folded, toks.gaps, toks.marks, toks.caps
        if i >= 3 and caps[i - 2] and folded[i - 3] in TITLES and not gaps[i - 1].strip():
            return True  # a titled person's town: "Dr. Vogel in Schotten", "Herrn Kaya in Bünde"
        k = i - 2
        names = 0
        while (
            k > 0
            and names < 3
            and caps[k]
            and gaps[k].strip() in ("", "&")
            and folded[k] not in _FIRM_PARTNERS
        ):
            if (
                marks[k] == MARK_FACILITY
                or folded[k].endswith(_BUSINESS_ENDINGS)
                or folded[k] in _WORKPLACES
                or self._trade(folded[k], toks.words[k])
            ):
                break
            k -= 1  # a name after the kind: "Fuchs", "Fuchs & Söhne"
            names += 1
        if k < 0 or gaps[i - 1].strip():
            return False
        fold = folded[k]
        if k == i - 2 and (fold.startswith(_WORK_STEMS) or fold in _WORKPLACES):
            return True  # "arbeitet in X beim …", "im Lager in X", "den Job in X"
        return (
            marks[k] == MARK_FACILITY
            or fold in _FIRM_PARTNERS
            or fold.endswith(_BUSINESS_ENDINGS)
            or self._trade(fold, toks.words[k])
        )

    def _unlisted_compound(self, toks: Tokens, i: int) -> bool:
        """Token i is a word that no word list holds and no noun lemma is, though it may split into words
        ("Kuhlenfeld", "moorfehn"): a name of a place more likely than a word."""
        fold, word, lex = toks.folded[i], toks.words[i], self.lex
        return (
            toks.kinds[i] is WORD
            and len(fold) >= 5
            and fold not in lex.words
            and word.lower() not in lex.words  # "ß" is folded "ss"
            and fold not in lex.frequent
            and fold not in lex.technical
            and fold not in NOT_NAMES
            and not lex.is_noun(word[:1].upper() + word[1:])
            and _latin(word)
        )

    def _before_facility(self, toks: Tokens, i: int) -> bool:
        """Token i is followed by the facility one goes to in that town: "ins Kinderhaus", "in die Grundschule",
        "zur Tafel", "zum Kinderarzt" (a facility's kind within two words after a preposition)."""
        folded, gaps, marks, n = toks.folded, toks.gaps, toks.marks, len(toks)
        k = i + 1
        if not (k < n and gaps[k] == " " and folded[k] in ("ins", "zur", "zum", "in", "im", "beim")):
            return False
        k += 1
        if k < n and folded[k - 1] == "in" and folded[k] in ("die", "den", "der", "das") and gaps[k] == " ":
            k += 1
        return k < n and gaps[k] == " " and marks[k] == MARK_FACILITY

    def _noun_in_use(self, fold: str) -> bool:
        """A noun's form that people write ("kirchen"); "Kalbe", a heifer, is in no one's chat."""
        return fold in self.lex.words and self.lex.is_noun(fold[:1].upper() + fold[1:])

    def stray_place(self, toks: Tokens, i: int) -> bool:
        """A lowercase token that only a place list knows, right after an ordinary lowercase word that is no
        preposition and names no facility: the word a dialect spells like a village ("er hot wieda so a …", "kommst
        mal rüber"). Chat writes a town in lowercase after "in", "nach", "aus", a facility or a name ("in
        wernigerode", "jobcenter husum")."""
        if toks.caps[i] or i == 0 or toks.gaps[i] != " ":
            return False
        prev, fold = toks.folded[i - 1], toks.folded[i]
        return (
            not toks.caps[i - 1]
            and toks.kinds[i - 1] is WORD
            and toks.marks[i - 1] == 0
            # a long name with a place name's ending is no dialect's word: "wohnungssache bredstedt", "friedhof
            # lauterbach"
            and not (len(fold) >= 7 and fold.endswith(_LONG_TOPONYM_ENDINGS))
            and prev not in _TOWN_PREPOSITIONS
            and prev not in _FUNCTION_BEFORE_NAME
            and prev not in _FACILITY_LINKS
            and not toks.doubtful[i - 1]
        )

    def _country_follows(self, toks: Tokens, i: int) -> bool:
        """Token i is followed by the country or region it lies in, in brackets or after "in": "Nyala (Darfur)",
        "Pita in Guinea", "Cahul in der Republik Moldau"."""
        n, folded, gaps, lex = len(toks), toks.folded, toks.gaps, self.lex

        def country(k: int) -> bool:
            return (
                k < n
                and toks.caps[k]
                and (toks.marks[k] == MARK_COUNTRY or folded[k] in lex.countries or folded[k] in lex.toponyms)
            )

        if i + 1 >= n:
            return False
        if gaps[i + 1] == " (":
            return country(i + 1) and (i + 2 >= n or gaps[i + 2].startswith(")"))
        if gaps[i + 1] != " " or folded[i + 1] != "in" or i + 2 >= n or gaps[i + 2] != " ":
            return False
        k = i + 2
        if folded[k] in ("der", "dem") and k + 1 < n and gaps[k + 1] == " ":
            k += 1
        return country(k)

    def authority_town(self, toks: Tokens, i: int) -> bool:
        """Token i is the town an authority or a court is named by ("Jobcenter Herford", "Landkreis Diepholz",
        "Klage beim VG Hannover"): the town of an office names no one who goes there."""
        if i == 0 or toks.gaps[i] != " ":
            return False
        fold = toks.folded[i - 1]
        return fold in _COURTS or fold.startswith(_AUTHORITIES) or fold.endswith(_AUTHORITY_ENDINGS)

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
                        # a country after it places a word, not a town's name: "aus Überzeugung in Deutschland"
                        and toks.marks[i + 2] != MARK_COUNTRY
                        and folded[i + 2] not in lex.countries
                    )
                )
            )
            if not (
                self._unlisted_town(toks, i)
                or (named_on and toks.kinds[i] == WORD and lex.is_noun(words[i]))
                # "Klein Wolkenbach", "Neu Wolkenbach": the word a town's name begins with, however it is read
                or (named_on and folded[i] in _TOWN_PREFIXES)
                # a rare noun placed in its country or region, as a foreign town is introduced: "aus Nyala
                # (Darfur)", "aus Pita in Guinea" (an antelope, a bread)
                or (
                    toks.kinds[i] == WORD
                    and folded[i] not in lex.common
                    and folded[i] not in lex.frequent
                    and self._country_follows(toks, i)
                )
            ):
                continue
            # after "in"/"nach" a word of living, moving or birth in the sentence, before the town or after it
            # ("geboren am … in Mazar-e Sharif", "acht Jahre in X gelebt")
            if (
                folded[p] != "aus"
                and not self._by_region(toks, i)
                and not self._home(toks, i)
                # a word no list holds with the ending of a German place's name is the place: "die nach Bonfeld
                # rausfährt", "Termin in Wolkersdorf" (the short endings many words have too are not enough)
                and not (
                    folded[i] not in lex.toponyms
                    and folded[i].endswith(_LONG_TOPONYM_ENDINGS)
                    and self._unlisted_town(toks, i)
                    # a compound's plural: "nach Reiseimpfungen", "in Nachbarkirchen" ("Bonfeld" reads as
                    # "Bon|feld" too)
                    and not (folded[i].endswith(("ungen", "kirchen")) and lex.is_known_form(words[i]))
                )
            ):
                continue
            j = i + 1
            # within four words any capitalised word, beyond them every name or word no list holds, however many
            # ("Deir Ez Zor Abu Kamal": a bound of four words left "Kamal" readable); a noun there ends the name
            while j < n and gaps[j] == " ":
                far = j - i >= 4
                if (
                    caps[j] and (self._unlisted_town(toks, j) or (far and toks.kinds[j] in (STRONG, UNKNOWN)))
                ) or (not far and words[j].rpartition("-")[2][:1].isupper()):
                    j += 1  # "Mazar-e Sharif", "Deir ez-Zor"
                elif far:
                    break
                elif (
                    folded[j] in _PLACE_LINKS
                    and j + 1 < n
                    and gaps[j + 1] == " "
                    and caps[j + 1]
                    and not lex.is_noun(words[j + 1])
                ):
                    j += 2  # "Losheim am See", "Wyk auf Föhr", "Neustadt in Holstein"
                elif self._by_region(toks, j - 1):
                    j += 3 if folded[j + 1] == "der" else 2  # "Herzberg am Harz", "Rotenburg an der Fulda"
                else:
                    break
            found.append((i, j))
        return found

    def named_facilities(self, toks: Tokens) -> list[int]:
        """Tokens that name one facility by a compound no dictionary lists: a kind of facility at the end
        after a proper part ("haffschule", "Deichgrafenschule", "Veldenz-Grundschule", "ostseegrill");
        "Grundschule", "Sprachschule" or "Kfz-Werkstatt" are common nouns and stay."""
        lex = self.lex
        found = self._group_names(toks)
        folded = toks.folded
        for i in [i for i, f in enumerate(folded) if f in _NAMED_BEFORE and i > 0]:
            before = toks.words[i - 1]
            if (
                toks.gaps[i] == " "
                and len(before) >= 4
                and "-" in before
                and not before.isupper()
                and before.replace("-", "").isalpha()
                and folded[i - 1] not in lex.frequent
                and not lex.is_word(before)
                and not lex.is_word(before.replace("-", ""))
                and i - 1 not in found
                # a name's article or no word at all: "al-nur", "Abu-Bakr"; not "eritreisch-orthodoxe"
                and (
                    folded[i - 1].split("-")[0] in PARTICLES
                    or not any(
                        p in lex.words or lex.is_word(p) or p.rstrip("enrms").endswith("isch")
                        for p in folded[i - 1].split("-")
                    )
                )
            ):
                found.append(i - 1)  # "in der al-nur moschee", "die Fatih-Cami Moschee": its name before it
        for i, fold in enumerate(folded):
            if len(fold) < 9 or fold in lex.frequent or i in found:
                continue
            word = toks.words[i]
            if "-" in word:
                parts = [p for p in word.split("-") if p]
                heads = parts[:-1]
                joined = "".join(parts).lower()
                kind = parts[-1].casefold()
                if (
                    kind.endswith(_PERSON_HOUSES)
                    and len(heads) >= 2
                    and not kind.endswith(_HYPHEN_FACILITY_ENDINGS)
                    and heads[0].casefold() in lex.names
                    and heads[0].casefold() not in lex.ambiguous
                    and not lex.is_word(joined)
                ):
                    found.append(i)  # "Albert-Schweitzer-Haus", "Edith-Stein-Heim"
                elif (
                    len(heads) == 1
                    and kind.endswith(_HYPHEN_FACILITY_ENDINGS)
                    and len(heads[0]) >= 7
                    and heads[0].casefold().endswith(_LANDSCAPE_HEADS)
                    and heads[0].casefold() not in lex.frequent
                    and not lex.is_word(joined)
                ):
                    found.append(i)  # "Sandberg-Schule", "Mühlbach-Kita": named by its hill or its brook
                elif (
                    parts[-1].casefold().endswith(_HYPHEN_FACILITY_ENDINGS)
                    and heads
                    # a common noun written with a hyphen is a kind: "Sprach-Schule", "Kinder-Klinik"
                    and not (lex.is_word(joined) or lex.is_noun(joined[:1].upper() + joined[1:]))
                    and (
                        not any(
                            lex.is_noun(p[:1].upper() + p[1:]) or p.isupper() or len(p) <= 3 for p in heads
                        )
                        # a kind that is always named, after a name's word whatever it is, where the whole is no word:
                        # "Adler-Apotheke", "Al-Huda-Moschee", "Orient-Imbiss" (not an abbreviation: "DRK-Kita"); a
                        # school or a centre may be a kind ("Sport-Zentrum", "Deutsch-Französische-Schule")
                        or (
                            parts[-1].casefold().endswith(_NAMED_HYPHEN_KINDS)
                            and not any(
                                p.isupper() or (len(p) <= 3 and p.casefold() not in PARTICLES) for p in heads
                            )
                        )
                        # after a saint's "St.-" glued before it ("St.-Marien-Klinik"), or holy: "Heilig-Geist-Hospital"
                        or (i > 0 and folded[i - 1] in SAINTS and toks.gaps[i] in (".-", "-"))
                        or heads[0].casefold() in ("heilig", "heiligen")
                        # named after a person or a saint, whose surname may be a word: "Jakob-Grimm-Schule",
                        # "Herzog-Christian-August-Gymnasium", "St.-Joseph-Krankenhaus"
                        or (
                            len(heads) >= 2
                            and (
                                (
                                    heads[0].casefold() in lex.names
                                    and heads[0].casefold() not in lex.ambiguous
                                )
                                # or a given name further on: "Herzog-Christian-August-Gymnasium"
                                or any(h.casefold() in lex.names for h in heads[1:])
                            )
                        )
                    )
                ):
                    found.append(i)
            elif fold.endswith(_CHURCH_KINDS):
                if self._saint_church(fold, word):
                    found.append(i)
            elif not fold.endswith(_NAMED_FACILITY_ENDINGS):
                continue
            elif not lex.is_noun(word[:1].upper() + word[1:]) and not _technical(lex, fold):
                ending = next(e for e in _NAMED_FACILITY_ENDINGS if fold.endswith(e))
                head = fold[: -len(ending)]
                # a rare first part names one place ("Haff|schule", "Hofgarten|schule", "Alemannen|schule"); a common
                # word makes a kind ("Pflege|schule"); so does a person's name that is no word of another meaning
                # ("Goethe|schule", "Linden|schule")
                if not any(h in lex.words and h in lex.common for h in (head, head.rstrip("s"))) or (
                    head in lex.names and head not in lex.ambiguous and head not in lex.frequent
                ):
                    found.append(i)
        return found

    def _saint_church(self, fold: str, word: str) -> bool:
        """A church or a chapel named by a person, a saint or a place ("Johanneskirche", "Pauluskirche",
        "Marienkapelle", "Michaeliskirche"): its first part, maybe with a genitive's or a joint's ending, is a given
        name, or no noun of the lists; a noun's church is a kind ("Dorfkirche", "Friedenskirche", "Pfarrkirche")."""
        lex = self.lex
        kind = next(k for k in _CHURCH_KINDS if fold.endswith(k))
        head = fold[: -len(kind)]
        if len(head) < 4 or not head.isalpha():
            return False
        stems = [head]
        if head[-1] in "sn":
            stems.append(head[:-1])
        if head.endswith(("is", "en", "es")):
            stems.append(head[:-2])
        stems = [h for h in stems if len(h) >= 3]
        if any(lex.is_name(h) and h not in lex.ambiguous and h not in lex.frequent for h in stems):
            return True
        if lex.is_noun(word[:1].upper() + word[1:]):
            return False  # a common noun: "Pfarrkirche", "Wallfahrtskapelle"
        return not any(lex.is_noun(h[:1].upper() + h[1:]) or h in lex.frequent for h in stems)

    def _group_names(self, toks: Tokens) -> list[int]:
        """Tokens that name a Kita or its group by a made-up word of childhood, where a text speaks of a child:
        "geht jetzt in die seesternchen", "in den Wichtelnest-Gruppen", "bei den Sonnenkindern abgeholt". The word
        ends as such names do (-chen, -zwerge, -nest, -mäuse, -bande, -kinder, -land …), no word list holds it and
        no noun lemma is it; "die Mädchen", "ins Ausland" stay."""
        folded = toks.folded
        if _CHILD_CUES.isdisjoint(folded):
            return []
        found = []
        for i in range(1, len(toks)):
            fold = folded[i]
            if (
                len(fold) >= 8
                and folded[i - 1] in _GROUP_ARTICLES
                and toks.gaps[i] == " "
                and fold.endswith(_GROUP_ENDINGS)
                # a diminutive's "-chen" follows a consonant ("Sternchen", "Mäuschen"); "Wollsachen" is no group
                and not (fold.endswith("chen") and fold[-5] in "aeiouäöü")
                and self._unlisted_compound(toks, i)
            ):
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
        work: list[int] = []
        cache = self._work  # decided once per token text: the stems are many
        for k, f in enumerate(folded):
            hit = cache.get(f)
            if hit is None:
                hit = (
                    # (the Jobcenter is an office, no word of work: "Im Pass Tetiana K., beim Jobcenter Tatjana K.")
                    (f[:1] in _WORK_INITIALS and f.startswith(_WORK_STEMS) and not f.startswith("jobcenter"))
                    or f in _WORK_WORDS
                    # a compound's head: "Schülerpraktikum", "Nebenjob", "Umschulungsausbildung"
                    or f.endswith(_WORK_HEADS)
                )
                if len(cache) >= _CACHE_LIMIT:
                    cache.clear()
                cache[f] = hit
            if hit and not (f.startswith("beschäftigt") and self._on_ones_mind(folded, k)):
                work.append(k)
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
                # a family is where one calls, not a workplace: "Gasrechnung bei Familie Kovalenko" (its name is a
                # person's, masked as one)
                or folded[i] in ("familie", "fam", "ehepaar")
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
                # chat's own spellings end the name: "in meschede gibts ne stelle"
                and (j == i or toks.caps[j] or not self._chat_word(folded[j]))
            ):
                j += 1
            # a name that is also a word counts after a first word: "Schuhfabrik Kölsch", not "im Herbst"; alone where
            # its town follows: a firm by its owner's name ("Ausbildung bei Fuchs in Dannenberg")
            if (
                toks.kinds[i] == STRONG
                and toks.caps[i]
                and j - i == 2
                and (
                    folded[i + 1] in _GENITIVE_HEADS
                    or (toks.caps[i + 1] and toks.kinds[i + 1] in KINDS_NAMED)
                )
            ):
                # a person: "hat bei Yusuf Demir eine Minderung verhängt", "bei Samiras Mann"; a firm's name is
                # longer, or ends in a word ("bei Ahmad Bau", "bei Peter Kaiser Transporte")
                continue
            if (
                j == i + 1
                and folded[i] in lex.toponyms
                and folded[i] not in lex.places
                and folded[i] not in lex.cities
            ):
                continue  # a country or a landscape alone is where, not who: "ist in Deutschland und arbeitet"
            proper = any(self._proper_part(toks, x) or (x > i and toks.kinds[x] == WEAK) for x in range(i, j))
            owner = j == i + 1 == p + 2 and folded[p] == "bei" and toks.caps[i] and toks.kinds[i] == WEAK
            if proper or (owner and self._town_follows(toks, j)):
                found.append((i, j))
        return found

    @staticmethod
    def _on_ones_mind(folded: list[str], k: int) -> bool:
        """ "beschäftigt" at token k is what occupies a mind, no employment: the check-in's own question and its
        answers ("Was beschäftigt Sie?", "Was mich beschäftigt: …", "das beschäftigt mich")."""
        return (k > 0 and folded[k - 1] in _MINDS) or (k + 1 < len(folded) and folded[k + 1] in _MINDS)

    def _town_follows(self, toks: Tokens, j: int) -> bool:
        """ "in" and a town stand at token j: "… in Dannenberg", "… in Grund" (a word-town there too)."""
        lex = self.lex
        return (
            j + 1 < len(toks)
            and toks.folded[j] == "in"
            and toks.gaps[j] == " "
            and toks.gaps[j + 1] == " "
            and toks.caps[j + 1]
            and (
                toks.marks[j + 1] == MARK_PLACE
                or toks.folded[j + 1] in lex.places
                or toks.folded[j + 1] in lex.toponyms
                or toks.folded[j + 1] in lex.word_towns
            )
        )

    def _proper_part(self, toks: Tokens, x: int) -> bool:
        """Token x is a proper name's part, not a common noun or word ("Hermle", "greifenfrost", "Randow-")."""
        word, fold, lex = toks.words[x], toks.folded[x], self.lex
        if toks.kinds[x] in (STRONG, UNKNOWN) or toks.marks[x] == MARK_PLACE:
            return True  # not a weak one: "Im Herbst beginnt die Ausbildung"
        if fold in lex.frequent or fold in FACILITIES or fold in _EMPLOYER_STOPS or fold in MONTHS:
            return False
        if "-" in word:  # "Randow-Wäscherei", not "Kfz-Werkstatt"
            parts = [p for p in word.split("-") if p]
            return not all(lex.is_noun(p[:1].upper() + p[1:]) or p.isupper() or len(p) <= 3 for p in parts)
        return not lex.is_noun(word[:1].upper() + word[1:]) and (word[:1].isupper() or not lex.is_word(fold))

    def _by_region(self, toks: Tokens, i: int) -> bool:
        """Token i is followed by the river or region a town is named by: "Herzberg am Harz", "Rotenburg an
        der Fulda", "Neustadt in Holstein" (a toponym after am/an der/in/ob der)."""
        folded, gaps, n = toks.folded, toks.gaps, len(toks)
        j = i + 1
        if not (j < n and gaps[j] == " " and folded[j] in _PLACE_LINKS):
            return False
        j += 1
        if j < n and folded[j] == "der" and gaps[j] == " ":
            j += 1
        fold = folded[j] if j < n else ""
        return (
            j < n
            and gaps[j] == " "
            and toks.caps[j]
            and (fold in self.lex.toponyms or fold in self.lex.places)
            and ((toks.caps[i] and not self.lex.is_noun(toks.words[i])) or toks.marks[i] == MARK_PLACE)
        )

    def _unlisted_town(self, toks: Tokens, i: int) -> bool:
        fold, word, lex = toks.folded[i], toks.words[i], self.lex
        return (
            toks.kinds[i] in (WORD, UNKNOWN, WEAK)
            and toks.marks[i] != MARK_COUNTRY  # "aus Sierra Leone"
            and len(fold) >= 3
            and fold not in lex.frequent
            and fold not in lex.words  # "in Untermiete": a word in use, though no dictionary's lemma
            and fold not in NOT_NAMES
            and fold not in MONTHS
            and fold not in FACILITIES
            and not lex.is_noun(word)
            # a compound of a home's or a household's noun, which no town's name ends in: "wohnt in Gastfamilie",
            # "lebt in Notunterkunft", "in Wohngemeinschaft"
            and not fold.endswith(HOUSEHOLD_HEADS)
            and not (fold in lex.toponyms and fold not in lex.places)  # a country or a region is kept
            and not word.isupper()
            and not _mixed_case(word)  # a law's abbreviation: "nach AsylbLG", "nach AufenthG"
        )

    def find(self, toks: Tokens, known: Collection[str]) -> list[tuple[int, int]]:
        """Token index ranges [i, j) that name persons; `known` holds the casefolded names of the session."""
        if not toks.kinds:
            self.annotate(toks)
        scan = NameScan(toks, self.lex, known, self)
        if _signature(toks, self.lex):
            scan.found.add(0, 1)
        things = scan.things = _things(toks, self.lex)
        taken, n = scan.found.taken, len(toks)
        subjects = scan.subjects()
        decided: list[int] = []
        for i in scan.candidates(subjects):
            if i < n and not taken[i] and i not in things:
                if i in scan.visit:
                    if scan.token(i):
                        decided.append(i)
                else:
                    scan.subject_of_verb(i)  # only a finite verb after it made it a candidate
        scan.greeted()
        if ". " in toks.gaps:
            scan.lone_initials()
        scan.writers()
        scan.shouted()
        scan.chat_titled_subjects()
        scan.chat_someone_titled()
        scan.named_callers()
        if not _NAMING.isdisjoint(toks.folded):
            scan.chat_named()
        if "aus" in toks.folded and any(toks.doubtful):
            scan.from_town()
        if not _CALLING.isdisjoint(toks.folded):
            scan.called()
        if not _NAME_NOUNS.isdisjoint(toks.folded):
            scan.told_names()
        if any(gap[:2] == " (" for gap in toks.gaps):
            scan.aliases()
        if any(toks.doubtful):
            scan.companions()
        if ", " in toks.gaps:
            scan.kin_appositions()
        scan.coordinated()
        scan.listed_names()
        if not _CAME_OR_SAID.isdisjoint(toks.folded):
            scan.pair_after_verb()
        if any(toks.doubtful):
            scan.lower_full_names()
        scan.recurring_surnames()
        scan.recurring_subjects()
        if ":" in "".join(toks.gaps):  # joined in C: most texts hold no colon
            scan.labelled_script()
            if not _PATIENT_LABELS.isdisjoint(toks.folded):
                scan.surname_first()
        if known and any(toks.doubtful):
            scan.short_forms()
        if not CORRECTIONS.isdisjoint(toks.folded) or "eigentlich" in toks.folded:
            scan.corrected()
        scan.genitives()
        if any(toks.doubtful):
            scan.kin_genitives()
        scan.compounds_beside_names()
        if "hat" in toks.folded or "hatte" in toks.folded:
            scan.callers()
        scan.doubled()
        merged = scan.merged()
        taken = scan.found.taken
        kept = {i for i in decided if not taken[i]}.union(i for i in things if i < n and not taken[i])
        if not _DAY_ABBREVIATIONS.isdisjoint(toks.folded):
            # a list of weekdays ("Mo–Fr", "Mo, Mi und Fr"): days, for the learned pass too ("Mo" is a given name)
            kept.update(
                i
                for i, fold in enumerate(toks.folded)
                if fold in _DAY_ABBREVIATIONS and not taken[i] and scan._in_day_list(i)
            )
        toks.kept = sorted(kept)
        return merged


class NameScan:
    """One pass of `NameFinder.find` over a text. Each token that can start a name goes through the steps
    in `token`, in their order; a step returns True when it has decided the token (taken it as a name, or
    kept it as a word on purpose), and the later steps then leave it alone."""

    def __init__(
        self, toks: Tokens, lex: Lexicon, known: Collection[str], finder: NameFinder | None = None
    ) -> None:
        self.toks = toks
        self.lex = lex
        self.known = known
        self.finder = finder if finder is not None else NameFinder(lex)  # how a token's text is classified
        self.found = _Found(toks, lex)
        self.visit: set[int] = set()
        self.things: set[int] = set()  # tokens that name things (`_things`), set by `NameFinder.find`
        # capitalised or not; the kinds are members of `Kind`, one object each: compared by identity, not as strings
        self.named = [i for i, k in enumerate(toks.kinds) if k is STRONG or k is WEAK or k is UNKNOWN]

    def subjects(self) -> list[int]:
        """The tokens right before a finite verb, which `subject_of_verb` reads ("mo hat …")."""
        return [i - 1 for i, f in enumerate(self.toks.folded) if f in _SUBJECT_VERBS and i]

    def candidates(self, subjects: list[int]) -> list[int]:
        """The tokens that can start a name, in text order: not an ordinary word, a chat word no list knows
        ("mebi hat …"), after a cue word, or in the session memory (`visit`: every other token would pass all
        steps), and the `subjects`, which only `subject_of_verb` can take."""
        toks, known = self.toks, self.known
        folded, kinds, doubtful = toks.folded, toks.kinds, toks.doubtful
        word = WORD
        recall = bool(known)
        toponyms = self.lex.toponyms
        visit: set[int] = set()
        last = len(folded)
        for i, f in enumerate(folded):  # one pass over the tokens for all four reasons
            if (
                kinds[i] is not word
                or doubtful[i]
                # a town after a given name may be the surname (`town_after_given_name`)
                or (i and kinds[i - 1] is STRONG and f in toponyms)
                or (
                    recall
                    and (
                        f in known
                        or (f[-1:] in _GENITIVE_ENDS and genitive_stem(f) in known)
                        or (f[-2:] == "in" and f[:-2] in known)  # "die Huberin"
                    )
                )
            ):
                visit.add(i)
            if (
                f in _CUES_AND_OFFICES
                or _glued_salutation(f)
                or ((f == "a" or f == "v" or f == "gez") and _signed_by(toks, i))
                or (len(f) >= 8 and f.endswith(_COMPOUND_CUES))  # "Gastfamilie Sommerfeld"
            ):
                visit.add(i + 1)
            if f in _DEGREE_PARTS and i + 1 < last:
                visit.add(i + 1)  # "Herr Dipl.-Ing. Sommer": see `after_degree`
            if (
                (f in SALUTATIONS or f in _FAMILY_HEADS)
                and i + 2 < last
                and (folded[i + 1] in PARTICLES or folded[i + 1] in _WRITTEN_TITLES)
            ):
                visit.add(i + 2)  # "Herr van Berg", "frau doktor engel": see `after_particles`
                if i + 3 < last and folded[i + 2] in PARTICLES:
                    visit.add(i + 3)  # "Herr van der Berg"
            if (
                i + 2 < last
                and len(folded[i + 1]) == 1
                and (f in TITLES or f in _DEGREE_PARTS or _signature_cue(folded, i))
            ):
                visit.add(
                    i + 2
                )  # "Dr. A. Nussbaum", a signature's "i. A. M. Sauer": see `initial_before_name`
            if len(f) == 1 and i + 1 < last and "\n" in toks.gaps[i] and toks.gaps[i + 1] == ". ":
                visit.add(i + 1)  # a signature's line: "M. Bauknecht" (`_signed`)
            if len(f) == 1 and i + 2 < last and toks.gaps[i + 1] == ".-" and len(folded[i + 1]) == 1:
                visit.add(i + 2)  # "K.-U. Fink": see `initial_before_name`
        self.visit = visit
        return sorted(visit.union(subjects)) if subjects else sorted(visit)

    def token(self, i: int) -> bool:
        """Run the steps on token i until one decides it."""
        return (
            self.product_name(i)
            or self.degree_part(i)
            or self.after_degree(i)
            or self.chat_after_degree(i)
            or self.noun_after_article(i)
            or self.greeting(i)
            or self.quoted_foreign_word(i)
            or self.drug_before_dose(i)
            or self.drug_in_brackets(i)
            or self.latin_term(i)
            or self.graded_eponym(i)
            or self.eponym(i)
            or self.initial_after_salutation(i)
            or self.initial_before_name(i)
            or self.after_particles(i)
            or self.after_cue(i)
            or self.named_after_fillers(i)
            or self.lexicon_name(i)
            or self.short_term(i)
            or self.chat_subject(i)
            or self.subject_of_verb(i)
            or self.recalled(i)
            or self.unknown_capitalised(i)
            or self.weak_beside_name(i)
            or self.town_after_given_name(i)
        )

    # -- helpers ---------------------------------------------------------------------------------------------

    def _prev(self, i: int) -> str | None:
        return self.toks.folded[i - 1] if i > 0 else None

    def _prev_adjacent(self, i: int) -> bool:
        return i > 0 and self.toks.gaps[i].strip(" .") == ""

    def _title(self, i: int) -> bool:
        """A title or a signature's cue stands before token i: "Dr. Kessel", "i. A. Winter", "gez. Sommer"."""
        toks = self.toks
        return (
            self._prev(i) in TITLES
            or _faculty_title(toks, i)
            or (i > 0 and _signed_by(toks, i - 1) and not toks.words[i].isupper())
        )

    def _salutation(self, i: int) -> bool:
        """Token i follows "Frau"/"Herr" used as a salutation: "die Frau sagt" is the noun."""
        toks = self.toks
        folded, gaps = toks.folded, toks.gaps
        return (
            (
                self._prev(i) in SALUTATIONS
                # a doctor's title with the faculty is the same form of address: "Dr. med. Kessel"; after an article
                # it may be an adjective's abbreviation ("Der Dr. med. Befund")
                or (
                    (t := _faculty_start(toks, i)) >= 0
                    and folded[t] in SALUTATIONS
                    and not (t > 0 and folded[t - 1] in ARTICLES)
                )
            )
            and self._prev_adjacent(i)
            and not (
                i >= 2
                and folded[i - 2] in ARTICLES
                # "der Dr." is no noun like "die Frau": "vom dr engel", "beim Dr. Vogel" name the doctor
                # (capitals are another abbreviation: "der DR Kongo")
                and (folded[i - 1] not in _ACADEMIC or toks.words[i - 1].isupper())
                and gaps[i - 1].strip() == ""
                # chat writes the salutation small and the surname alone capitalised, with the article of
                # southern speech: "die frau Dreher ist super"
                and not (toks.caps[i] and not toks.caps[i - 1] and toks.words[i - 1].isalpha())
            )
        )

    def _salutation_after_article(self, i: int) -> bool:
        """Chat, all in lowercase, with the article of southern speech: "ich kenn den herrn winter", "die frau sommer
        hat angerufen". With the article, "frau" is the noun before a verb, a frequent word or another noun ("die frau
        sagt", "die frau heute", "die frau arbeit findet"); a rarer name of the lists right after it is the surname."""
        toks = self.toks
        before = toks.folded[i - 1] if i >= 1 else ""
        return (
            (
                _glued_salutation(before)
                or (
                    before in SALUTATIONS
                    # the definite article only: "meine frau arbeit hat" is the writer's wife
                    and i >= 2
                    and toks.folded[i - 2] in _PERSON_ARTICLES
                    and not toks.caps[i - 2]
                    and toks.gaps[i - 1] == " "
                )
            )
            and toks.gaps[i] == " "
            and toks.folded[i] not in self.lex.frequent
            and toks.folded[i] not in _FINITE_VERBS
            # a name of the lists, not any noun written small: "dass die frau arbeit findet" is the woman
            and self.lex.is_name(toks.folded[i])
        )

    def _surname_like(self, i: int) -> bool:
        """Token i is a capitalised ordinary word that could be a surname after a title; "Herrn Froh." ends
        a sentence, "Frau Tel." is no name."""
        toks = self.toks
        k, fold = toks.kinds[i], toks.folded[i]
        return (
            toks.caps[i]
            and (k == WORD or (k == ABBREVIATION and fold in self.lex.frequent))
            # a word kept from names everywhere else is a surname right after a salutation or title when the
            # lexicons know it as one too: "Frau Liebe", "Dr. Mann"
            and (fold not in NOT_NAMES or fold in self.lex.ambiguous)
            and fold not in TITLES
            # a kinship word that is also a surname only after a doctor's title, where no kinship reading is left:
            # "Dr. Mann"
            and (fold not in ROLES or (fold in self.lex.ambiguous and self._prev(i) in _ACADEMIC))
            and fold not in MONTHS
            # a noun cut short before its number: "Frau Tel. 0176 …"
            and not self._label(i, stop=True)
        )

    def _take(self, i: int) -> bool:
        self.found.add(i, i + 1)
        return True

    # -- steps, in the order `token` runs them ---------------------------------------------------------------

    def product_name(self, i: int) -> bool:
        """A word no list knows right after a brand written in mixed case is the product's name, not a person:
        "FreeStyle Libre", "PlayStation Portal" (decided, not taken). A name's own capitals ("McAllister",
        "DeLuca", "O'Brien") make no brand, and a lexicon name stays a name."""
        toks = self.toks
        if i == 0 or toks.gaps[i] != " " or not toks.caps[i] or toks.kinds[i] is not UNKNOWN:
            return False
        brand = toks.words[i - 1]
        return (
            len(brand) >= 4
            and brand[:1].isupper()
            and _mixed_case(brand)
            and "-" not in brand
            and not brand.startswith(
                ("Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "O'", "Al", "El")
            )
            # a channel one writes to someone on: the word after it may be the person ("per WhatsApp Tesfay")
            and brand.casefold() not in ("whatsapp", "facetime", "tiktok", "youtube", "linkedin", "facebook")
            and sum(c.isupper() for c in brand) == 2
            # a brand's second capital begins a word of it ("FreeStyle"); right after the first it is a key held
            # down too long ("ALso Tesfay kam"), and the word after it may be a person
            and brand[1].islower()
            and brand[1:].replace(next(c for c in brand[1:] if c.isupper()), "", 1).islower()
        )

    def degree_part(self, i: int) -> bool:
        """A degree's part between a salutation and a capitalised surname is no name: "Frau Mag. Huber" (decided,
        not taken)."""
        toks = self.toks
        if not toks.caps[i] and self._chat_degree(i):
            return True  # "dr. med." typed small: "med" is the degree
        j = i + 1
        while (
            j < len(toks) and toks.folded[j - 1] in _DEGREE_PARTS and toks.gaps[j].strip()[:1] in (".", "-")
        ):
            if toks.caps[j] and toks.folded[j] not in _DEGREE_PARTS:
                return _degree_before(toks, j) >= 0
            j += 1
        return False

    def _chat_degree(self, i: int) -> bool:
        """Token i is a degree's part after a doctor's title, ending in "." or "-": "dr. med.", "dr med"."""
        toks = self.toks
        folded = toks.folded
        return (
            i > 0
            and folded[i] in _DEGREE_PARTS
            and (folded[i - 1] in _ACADEMIC or folded[i - 1] in _DEGREE_PARTS)
            and (i + 1 >= len(toks) or toks.gaps[i + 1].strip()[:1] in (".", "-", ""))
        )

    def chat_after_degree(self, i: int) -> bool:
        """Chat, in lowercase: the surname after a doctor's title and degree, though it is a word: "beim dr. med.
        vogel", "dr med kranich"."""
        toks = self.toks
        fold = toks.folded[i]
        return (
            not toks.caps[i]
            and i >= 2
            and self._chat_degree(i - 1)
            and fold not in self.lex.frequent
            and fold not in _DEGREE_PARTS
            and fold not in FUNCTION_WORDS
            and self._take(i)
        )

    def after_degree(self, i: int) -> bool:
        """The capitalised word after a salutation and a degree is the surname, as right after the salutation:
        "Frau Mag. Huber", "Herr Dipl.-Ing. Sommer kam" (a noun), "Frau Dipl.-Psych. Weber"."""
        toks = self.toks
        fold = toks.folded[i]
        return (
            toks.caps[i]
            and fold not in _DEGREE_PARTS
            and _degree_before(toks, i) >= 0
            and (toks.kinds[i] in KINDS_NAMED or self._surname_like(i))
            and fold not in ADDRESS_NOUNS
            and fold not in FUNCTION_WORDS
            and self._take(i)
        )

    def noun_after_article(self, i: int) -> bool:
        """A name that is also a common noun, right after an article no person's name takes: neuter, indefinite
        or negative ("ins Bett", "kein Gift", "ein Engel", "das Glück"), is the noun, learned name or not. Chat
        puts "der"/"die" and "beim"/"zum" before given names ("die Anna", "beim Kerim"); those stay names."""
        toks = self.toks
        return (
            i > 0
            # southern speech's indefinite article written small: "der is a Fuchs"
            and (toks.folded[i - 1] in _THING_ARTICLES or toks.words[i - 1] == "a")
            and toks.gaps[i] == " "
            and toks.caps[i]
            and toks.kinds[i] in KINDS_NAMED
            and self.lex.is_noun(toks.words[i])
        )

    def short_term(self, i: int) -> bool:
        """A short word of the medical dictionaries (three to five letters: "Visus", "Gyn", "Gpt") where a
        clinical text puts it: beside a number ("1,9 Gpt/l", "Visus rechts 0,3") or after an article ("zur
        Gyn"). Alone such a word is not enough (the dictionaries hold "Busse" and "Moniz"); it stays a doubt."""
        toks = self.toks
        fold = toks.folded[i]
        if not (toks.kinds[i] == UNKNOWN and 3 <= len(fold) <= 5 and fold in self.lex.technical):
            return False
        gaps, n = toks.gaps, len(toks)
        # a number right before or after it, or after the word that follows it in the same phrase
        after = gaps[i + 1].lstrip()
        if after[:1].isdigit() or gaps[i].rstrip()[-1:].isdigit():
            return True
        if gaps[i + 1] == " " and i + 2 <= n and gaps[i + 2].lstrip()[:1].isdigit():
            return True
        return i > 0 and toks.folded[i - 1] in DETERMINERS

    def greeting(self, i: int) -> bool:
        """Keep a feast's wish: "Ramadan Kareem" wishes a blessed month, it names nobody. Keep a greeting that
        opens a sentence and ends in a mark or is said twice ("Moin!", "Servus, …", "moin moin"): a name standing
        there is followed by what the person did ("Salam hat angerufen")."""
        prev = self._prev(i)
        if prev is not None and (prev, self.toks.folded[i]) in _GREETINGS:
            return True
        return _greeting_word(self.toks, i)

    def drug_before_dose(self, i: int) -> bool:
        """Keep a capitalised word before a dose, a drug: "Vomex 150 mg", "Sertralin 100 mg 1-0-0"."""
        toks = self.toks
        gaps = toks.gaps
        return (
            toks.kinds[i] in (UNKNOWN, STRONG)
            and toks.caps[i]
            and _dose_lead(gaps[i + 1])
            and _DOSE.match(gaps[i + 1] + (toks.words[i + 1] if i + 1 < len(toks) else "")) is not None
        )

    def quoted_foreign_word(self, i: int) -> bool:
        """Keep an everyday word of a script with capitals that opens a quote or a sentence in that language,
        where any word is capitalised: "„Дякую за все!“" (the list holds no Faker names: Олена, Надія stay)."""
        toks = self.toks
        word = toks.words[i]
        if not toks.caps[i] or _latin(word) or toks.folded[i] not in self.lex.foreign:
            return False
        # a pet name the lists hold as a word stays a name: "„Коля сказав, що …“" (Kolja; "коля" is a verb form)
        if self.finder._cyrillic_name(toks.folded[i]):
            return False
        opening = toks.gaps[i].strip()
        # and a sentence of that language goes on after it: a name is followed by German ("Мирослава (die …")
        nxt = i + 1
        return (
            (i == 0 or opening[-1:] in ("„", '"', "«", "“", "(", ".", "!", "?", ":"))
            and nxt < len(toks)
            and toks.gaps[nxt] in (" ", ", ")
            and not toks.caps[nxt]
            and not _latin(toks.words[nxt])
        )

    def drug_in_brackets(self, i: int) -> bool:
        """Keep a brand name in brackets after a dose or a drug: "Lorazepam 0,5 mg (Tavor)"."""
        toks = self.toks
        return (
            i > 0
            and toks.caps[i]
            and toks.gaps[i] == " ("
            and toks.gaps[i + 1][:1] == ")"
            and (toks.folded[i - 1] in _UNITS or _technical(self.lex, toks.folded[i - 1]))
        )

    def latin_term(self, i: int) -> bool:
        """Keep a Latin diagnosis's first word before its lowercase second word, a term of the dictionaries and
        no German word: "Fractura radii", "Ulcus cruris", "Tinea pedis". No name is followed so."""
        toks = self.toks
        nxt = i + 1
        return (
            toks.kinds[i] == UNKNOWN
            and toks.caps[i]
            and nxt < len(toks)
            and toks.gaps[nxt] == " "
            and not toks.caps[nxt]
            and len(toks.folded[nxt]) >= 4
            and toks.folded[nxt] in self.lex.technical
            and toks.words[nxt] not in self.lex.words
        )

    def graded_eponym(self, i: int) -> bool:
        """Keep a score or a classification named after two people, with its grade after it: "Child-Pugh B",
        "Forrest-Einteilung" aside, "Hunt-Hess III". A person's double name is not followed by a bare grade
        (an initial has its full stop: "Müller-Lang A.")."""
        toks = self.toks
        word, nxt = toks.words[i], i + 1
        if "-" not in word or (i > 0 and (self._salutation(i) or self._title(i))):
            return False
        return (
            nxt < len(toks)
            and toks.gaps[nxt] == " "
            and toks.words[nxt] in _GRADES
            and toks.gaps[nxt + 1][:1] != "."
            and all(part[:1].isupper() for part in word.split("-") if part)
        )

    def eponym(self, i: int) -> bool:
        """Keep the name a method or a classification is named after: "Stadium 3 nach Schmeling", "Fraktur
        nach Weber", "Einteilung nach Neer"; not "fragt nach Herbert"."""
        toks = self.toks
        if i < 2 or toks.folded[i - 1] != "nach" or toks.gaps[i] != " " or not toks.caps[i]:
            return False
        before, gap = toks.folded[i - 2], toks.gaps[i - 1]
        return (
            gap.strip(" ")[-1:].isdigit()
            or before in _METHOD_NOUNS
            or before.endswith(_METHOD_ENDINGS)  # "Schraubenosteosynthese nach Herbert"
            or _technical(self.lex, before)
            or (len(before) >= 7 and before.endswith(tuple(self.lex.medical_endings | _MEDICAL_ENDINGS)))
        )

    def initial_after_salutation(self, i: int) -> bool:
        """An initial is still a person: "Frau K. vom Sozialamt", "bei Familie K. blüht", "Fall Y.: …"."""
        toks = self.toks
        word, gaps = toks.words[i], toks.gaps
        head = self._prev(i)
        return (
            head in _INITIAL_HEADS
            and gaps[i].strip(" .") == ""  # "Fr. K." as "Frau K."
            and len(word) == 1
            and word.isalpha()
            # after a relative or a family, a capital ("Der Sohn z. B. mag …" holds an abbreviation)
            and (head in SALUTATIONS or word.isupper())
            and i + 1 < len(gaps)
            and gaps[i + 1].startswith(".")
            and self._take(i)
        )

    def initial_before_name(self, i: int) -> bool:
        """An initial and a name: "M. Weiß", "A. Haile"; not "z. B. Glück". After a title or a signature's
        "i. A."/"gez." any capitalised word is the surname: "Dr. A. Nussbaum", "i. A. M. Sauer"."""
        toks = self.toks
        words, gaps = toks.words, toks.gaps
        # (also opening the text: "P. Winter kommt morgen.")
        if not (i > 0 and toks.caps[i] and _initial(toks, i - 1) and gaps[i] == ". "):
            return False
        if i > 1 and gaps[i - 1] == ".-" and _initial(toks, i - 2):
            # the initials of a hyphenated given name write only a person's name, whatever word follows: "K.-U.
            # Fink", "H.-J. Vogel"
            self.found.add(i - 2, i + 1)
            return True
        named = toks.kinds[i] in KINDS_NAMED
        if not (
            (
                named
                and (len(words[i]) > 1 if i == 1 else not (len(words[i - 2]) == 1 and gaps[i - 1][:1] == "."))
            )
            or (i > 1 and self._signed(i - 1) and (named or self._surname_like(i)))
            or (
                self._signature_line(i - 1)
                and (
                    named
                    or (
                        self._surname_like(i)
                        # on a line of its own, a common noun after a letter is an abbreviation's: "S. Anlage"
                        and not (self.lex.is_noun(words[i]) and toks.folded[i] in self.lex.common)
                    )
                )
            )
        ):
            return False
        self.found.add(i - 1, i + 1)
        return True

    def _signed(self, i: int) -> bool:
        """Token i follows a title, a degree or a signature's cue: "Dr. A.", "Dr. med. H.", "i. A. M.", "i.V. K.",
        "gez. R."."""
        folded = self.toks.folded
        return folded[i - 1] in TITLES or folded[i - 1] in _DEGREE_PARTS or _signature_cue(folded, i - 1)

    def _signature_line(self, i: int) -> bool:
        """Token i, an initial, opens a line that the word after it ends: a letter's signature ("Mit freundlichen
        Grüßen⏎M. Bauknecht")."""
        toks = self.toks
        return "\n" in toks.gaps[i] and (i + 2 >= len(toks) or "\n" in toks.gaps[i + 2])

    def cued(self, i: int) -> bool:
        """Token i follows a title or a role word ("Frau", "Dr.", "Tante"), or a title two tokens back
        ("Frau Dr. Klein")."""
        prev = self._prev(i)
        if prev is None:
            return False
        if (
            self._prev_adjacent(i)
            and (
                prev in TITLES
                or prev in ROLES
                or _glued_salutation(prev)
                # a job before a surname, not one ending a sentence: "Pflegehelferin. Will einen …"
                or (self._person_noun(i - 1) and "." not in self.toks.gaps[i])
                # a job written small in chat before a name written capitalised: "trainer Koch hat ihn hochgehoben"
                or (
                    self.toks.caps[i]
                    and self.toks.kinds[i] in (STRONG, WEAK)
                    and not self.toks.caps[i - 1]
                    and _person_noun_word(self.lex, prev[:1].upper() + prev[1:], prev)
                )
                or self._compound_cue(i - 1)
                or (self.toks.words[i - 1] in _CLINICAL_TITLES and self.toks.gaps[i] == " ")
                or prev in _LAWYERS
                or (self.toks.caps[i] and _signed_by(self.toks, i - 1) and not self.toks.words[i].isupper())
                or _faculty_title(self.toks, i)
            )
        ):
            return True
        return i >= 2 and prev in TITLES and self.toks.folded[i - 2] in TITLES

    def named_after_fillers(self, i: int) -> bool:
        """`word_after_naming` with words of surprise after the naming verb: "heißt allen Ernstes Winter", "heißt
        eigentlich Sommer" (only that step: "Tigist heißt übrigens Geduld" names what her name means)."""
        toks = self.toks
        k = i - 1
        while k > 1 and toks.folded[k] in _GOES_BY and toks.gaps[k] == " ":
            k -= 1
        return (
            k < i - 1
            and toks.folded[k] in _NAMING
            and toks.gaps[i] == " "
            and toks.caps[i]
            and self._person_named(k + 1)
            # a name of the lists (one that is a word too: "Sommer") or a word that may be a surname ("Heil")
            and (toks.kinds[i] in KINDS_NAMED or self._surname_like(i))
            and self._take(i)
        )

    def _person_noun(self, j: int) -> bool:
        return _person_noun(self.toks, self.lex, j)

    def _compound_cue(self, j: int) -> bool:
        """Token j is a compound that ends in a kinship word or "familie", a cue like it: "Gastfamilie",
        "Pflegemutter", "Stiefopa"."""
        toks = self.toks
        fold = toks.folded[j]
        return toks.caps[j] and len(fold) >= 8 and fold.endswith(_COMPOUND_CUES) and toks.kinds[j] == WORD

    def word_after_role(self, i: int) -> bool:
        """After a kinship word or a role, a capitalised word that no dictionary has as a word itself, only as a
        compound of words ("Mutter Shireen", "Tochter Mariami", "Gastfamilie Sommerfeld"): a name; a noun
        ("Mutter Erde") or a word in use stays."""
        toks, lex = self.toks, self.lex
        fold, word = toks.folded[i], toks.words[i]
        prev = toks.folded[i - 1]
        return (
            toks.caps[i]
            and toks.kinds[i] == WORD
            and (prev in ROLES or self._compound_cue(i - 1))
            and toks.gaps[i] == " "  # "vier Kinder. Dublin-Fall …" is a new sentence
            and "-" not in word
            and len(word) >= 4
            and word not in lex.nouns
            and fold not in lex.words
            and fold not in lex.frequent
            and fold not in NOT_NAMES
            and fold not in lex.technical
            and _latin(word)
            and not word[1:].isupper()
            and self._take(i)
        )

    def after_particles(self, i: int) -> bool:
        """After a salutation and the particles of a name, or a doctor's title written out, the word is the
        surname as right after the salutation, and the particles are part of the name: "Herr van der Laan",
        "Herr van der Berg", chat "bei herrn al dschaburi", "frau doktor engel" (not "Frau Doktor" alone)."""
        toks = self.toks
        folded, caps, gaps = toks.folded, toks.caps, toks.gaps
        k = i - 1
        while (
            k > 0
            and i - k <= 3
            and (folded[k] in PARTICLES or folded[k] in _WRITTEN_TITLES)
            and gaps[k + 1] == " "
        ):
            k -= 1
        # "Herr van …", also after an abbreviated title: "Dr. van der Linde"; a family named by its particles and
        # surname is addressed so too: "Familie van der Berg", "Ehepaar de Jong"
        # ("die Familie von der Tafel" is a family from the food bank: "von" after an article is the preposition)
        family = (
            k < i - 1
            and folded[k] in _FAMILY_HEADS
            and not caps[k + 1]
            and gaps[k + 1] == " "
            and not (folded[k + 1] == "von" and k > 0 and folded[k - 1] in DETERMINERS)
        )
        if k == i - 1 or not (self._salutation(k + 1) or family) or gaps[k + 1] not in (" ", ". "):
            return False  # "die Frau von der Caritas" names no one
        word, fold = toks.words[i], folded[i]
        if caps[i]:
            name = toks.kinds[i] in KINDS_NAMED or self._surname_like(i)
        else:  # chat: all in lowercase, a name, a word no list knows or a noun written small
            name = not caps[k] and (
                toks.kinds[i] == LOWER
                or toks.doubtful[i]
                or (self.lex.is_noun(word[:1].upper() + word[1:]) and fold not in NOT_NAMES_CHAT)
            )
        if (
            not name
            or fold in FUNCTION_WORDS
            or fold in DETERMINERS
            or fold in ADDRESS_NOUNS
            or len(word) < 2
        ):
            return False
        first = next(
            (x for x in range(k + 1, i) if folded[x] in PARTICLES), i
        )  # "van den Berg" after "Doktor"
        self.found.add(first, i + 1)
        return True

    def after_cue(self, i: int) -> bool:
        """After a cue, the name rules that read the cue, in order."""
        return self.cued(i) and (
            self.named_after_cue(i)
            or self.word_after_role(i)
            or self.day_after_salutation(i)
            or self.word_after_salutation(i)
            or self.chat_word_after_salutation(i)
            or self.word_after_title(i)
            or self.word_after_office(i)
            or self.word_after_naming(i)
            or self.lower_after_cue(i)
            or self.chat_word_after_role(i)
            or self.chat_word_after_title(i)
        )

    def named_after_cue(self, i: int) -> bool:
        """A capitalised lexicon name or unknown word after a cue: "Frau Haile", "Onkel Tesfamichael", and a rare
        noun after a child's kin word ("Baby Aras"); after "heißt" a name that is also a word only where a person is
        named ("der Verein heißt Brücke") or where it is no noun ("… heißt Kurz")."""
        toks = self.toks
        return (
            toks.caps[i]
            and (
                toks.kinds[i] in KINDS_NAMED
                # a rare noun right after a child's or a sibling's kin word is the child's name: "Baby Aras", "Sohn
                # Aras"; a common one goes on with the sentence ("weil das Baby Hunger hat")
                or (
                    toks.kinds[i] == WORD
                    and toks.folded[i - 1] in _CHILD_KIN
                    and toks.gaps[i] == " "
                    and toks.folded[i] not in self.lex.common
                    and toks.folded[i] not in ROLES
                    and toks.folded[i] not in TITLES
                    and toks.folded[i] not in NOT_NAMES
                    and len(toks.folded[i]) >= 3
                )
            )
            and (
                toks.kinds[i] != WEAK
                or toks.folded[i - 1] not in _NAMING
                or self._person_named(i)
                # no noun, yet capitalised inside the sentence: a name ("der techniker in X heißt Kurz")
                or (
                    i >= 1
                    and toks.gaps[i] == " "
                    and not _after_a_mark(toks, i - 1)  # "heißt" opens no sentence
                    and not self.lex.is_noun(toks.words[i])
                )
            )
            and self._take(i)
        )

    def day_after_salutation(self, i: int) -> bool:
        """Right after the salutation a day, a month or "Morgen" is a surname: "Herr Freitag", "Frau Mai", "Frau
        Morgen" (the adverb "morgen" never follows a salutation written capitalised; chat's "frau morgen" is the
        woman tomorrow)."""
        toks = self.toks
        fold = toks.folded[i]
        return (
            toks.caps[i]
            and self._salutation(i)
            and (fold in _WEEKDAYS or fold in MONTHS or fold == "morgen")
            and toks.gaps[i] == " "
            and self._take(i)
        )

    def word_after_salutation(self, i: int) -> bool:
        """A capitalised word after the salutation is a surname ("Frau Frühling"), unless it addresses
        ("Frau Doktor") or names a woman by her job ("Frau Kollegin")."""
        toks = self.toks
        fold, word = toks.folded[i], toks.words[i]
        return (
            self._salutation(i)
            and self._surname_like(i)
            and fold not in ADDRESS_NOUNS
            and not (fold.endswith("in") and self.lex.is_noun(word[:-2]))
            and self._take(i)
        )

    def chat_word_after_salutation(self, i: int) -> bool:
        """Chat style, all in lowercase: a name, or a noun written small ("herr busch", "frau gans")."""
        toks = self.toks
        fold, word, lex = toks.folded[i], toks.words[i], self.lex
        # "familie" with no article before it, as a form of address: "bei familie koch", "wohngeld für familie nasser"
        family = (
            i >= 1
            and toks.folded[i - 1] in ("familie", "fam")
            and toks.gaps[i] == " "
            and (i < 2 or toks.folded[i - 2] not in DETERMINERS)
            and fold not in _FINITE_VERBS
        )
        return (
            (self._salutation(i) or self._salutation_after_article(i) or family)
            and not toks.caps[i]
            and not toks.caps[i - 1]
            and (
                lex.is_name(fold)
                or (lex.is_noun(word[:1].upper() + word[1:]) and fold not in NOT_NAMES_CHAT)
                or (family and toks.doubtful[i])
            )
            and fold not in FUNCTION_WORDS
            and fold not in DETERMINERS
            # the doctor's degree, not the surname: "dr. med. vogel"
            and not (fold in _DEGREE_PARTS and toks.gaps[i + 1 : i + 2] == [". "])
            and len(word) >= 2
            and self._take(i)
        )

    def word_after_title(self, i: int) -> bool:
        """A capitalised word after a title that is a name, or no noun nor frequent word: "Dr. Kessel"."""
        toks = self.toks
        fold, word, lex = toks.folded[i], toks.words[i], self.lex
        return (
            self._title(i)
            and self._surname_like(i)
            and (
                lex.is_name(fold)
                or fold in lex.ambiguous
                or (word not in lex.nouns and fold not in lex.frequent)
            )
            and self._take(i)
        )

    def word_after_office(self, i: int) -> bool:
        """Right after an office used as a form of address ("Pfarrer", "Pastorin", "Direktor", a lawyer's "RA" or
        "RAin"), any capitalised word is the surname, as after "Frau": "Pfarrer Herz", "RAin Frühling"; a job
        before a noun ("der Lehrer Deutsch") is no such form of address."""
        toks = self.toks
        prev = toks.folded[i - 1]
        return (
            (prev in ADDRESS_NOUNS or prev in _LAWYERS)
            and toks.caps[i - 1]
            and toks.gaps[i] == " "
            and self._surname_like(i)
            and toks.folded[i] not in ADDRESS_NOUNS
            and self._take(i)
        )

    def word_after_naming(self, i: int) -> bool:
        """After "heißt"/"genannt" with a person before it, a capitalised word is the name, though it is a
        word too: "der Trainer heißt Heil", "ihr Mann heißt Selig"; not a word in quotes ("heißt „Stern“")
        nor "das heißt"."""
        toks = self.toks
        return (
            toks.folded[i - 1] in _NAMING
            and toks.gaps[i] == " "
            and toks.folded[i] not in TITLES  # "die Ärztin heißt Dr. Zahn": the name comes after the title
            and self._person_named(i)
            # a short word before a full stop was read as an abbreviation; after "heißt" it ends the sentence:
            # "Der Junge heißt Momo."
            and (
                self._surname_like(i)
                or (toks.kinds[i] == ABBREVIATION and toks.caps[i] and _ends_sentence(toks, i))
            )
            and self._take(i)
        )

    def _person_named(self, i: int) -> bool:
        """A person is what "heißt" names before token i: a role, a pronoun or a job ("der Trainer heißt",
        "die Trainerin heißt", not "der Ordner heißt")."""
        toks = self.toks
        if i < 2:
            return False
        fold, word = toks.folded[i - 2], toks.words[i - 2].capitalize()
        return (
            fold in ROLES
            or fold in _PERSON_PRONOUNS
            or fold in _YOUNG_ONES
            or self._person_noun(i - 2)
            or (fold.endswith("er") and self.lex.is_noun(word) and word + "in" in self.lex.nouns)
            or (fold.endswith("erin") and self.lex.is_noun(word[:-2]))
        )

    def chat_named(self) -> None:
        """Chat, in lowercase: after "heißt" with a person before it, or "heißt sie"/"heißt er", a name that is
        also a word or a word no list holds, and a second such word as its surname: "die heißt koch", "sie heißt
        jolanda", "bei der post heißt er jolan mirzayi"; "das heißt", "wie heißt die" name no one."""
        toks, lex = self.toks, self.lex
        folded, gaps, caps, words = toks.folded, toks.gaps, toks.caps, toks.words
        n = len(toks)

        def fits(k: int) -> bool:
            fold = folded[k]
            return (
                not caps[k]
                and gaps[k] == " "
                # a name, a word no list holds, or a noun typed small: "der chef heißt kranich"
                and (
                    lex.is_name(fold)
                    or toks.doubtful[k]
                    or not lex.is_word(words[k])
                    or lex.is_noun(fold[:1].upper() + words[k][1:])
                )
                and fold not in lex.frequent
                and fold not in FUNCTION_WORDS
                and fold not in DETERMINERS
                and fold not in LOWER_STOP
                and fold not in _PERSON_PRONOUNS
                and not contraction(fold)
                and len(fold) >= 3
            )

        for i in range(1, n - 1):
            if folded[i] not in _NAMING or caps[i]:
                continue
            k = i + 1
            pronoun = folded[k] in ("sie", "er") and k + 1 < n and gaps[k] == " "
            if pronoun:
                k += 1  # "heißt sie …": the name after the pronoun
            # the words of how one goes by, between: "heißt er nur jojo", "heißt bei ihr nur ali jan"
            fillers = k
            while k + 1 < n and folded[k] in _GOES_BY and gaps[k + 1] == " ":
                k += 1
            only = any(folded[x] in ("nur", "einfach", "bloß", "bloss") for x in range(fillers, k))
            # (or a person by an adjective after the article: "der neue heißt kranich", "die kleine heißt …")
            described = (
                i >= 2 and folded[i - 2] in ("der", "die") and folded[i - 1].endswith("e") and not caps[i - 1]
            )
            if not (
                pronoun
                or only
                or described
                or folded[i - 1] in ("der", "die", "ich")
                or self._person_named(k)
            ):
                continue
            if not (self.found.taken[k] or fits(k)):
                continue
            surname = (
                k + 1 < n
                and not self.found.taken[k + 1]
                and fits(k + 1)
                and (lex.is_name(folded[k + 1]) or toks.doubtful[k + 1])
            )
            if surname or not self.found.taken[k]:
                self.found.add(k, k + 1 + surname)

    def from_town(self) -> None:
        """Chat, in lowercase: a word no list holds before "aus" and a town or country is a person introduced by
        where they come from: "jarek aus somalia", "tarvo aus herne hat …"; a spoken contraction stays, and so does
        a word before a town that is a word too ("aus halle")."""
        toks, lex = self.toks, self.lex
        folded, gaps, caps, taken = toks.folded, toks.gaps, toks.caps, self.found.taken
        for i in range(1, len(toks) - 1):
            if folded[i] != "aus" or gaps[i] != " " or gaps[i + 1] != " ":
                continue
            x, town = i - 1, folded[i + 1]
            if (
                taken[x]
                or caps[x]
                or not toks.doubtful[x]
                or len(folded[x]) < 4
                or contraction(folded[x])
                or not (caps[i + 1] or not lex.is_word(toks.words[i + 1]))
                or not (town in lex.toponyms or toks.marks[i + 1] in (MARK_PLACE, MARK_COUNTRY))
            ):
                continue
            self._take(x)

    def chat_word_after_role(self, i: int) -> bool:
        """Chat, in lowercase: a word no list knows after a kinship word or a role that begins with its article or
        possessive is the person's name: "ihr sohn jarik", "die nachbarin hawi"; a spoken contraction ("der
        freund aufm platz") is no name."""
        toks = self.toks
        fold, prev = toks.folded[i], toks.folded[i - 1]
        return (
            not toks.caps[i]
            and not toks.caps[i - 1]
            and toks.doubtful[i]
            and toks.gaps[i] == " "
            and prev in ROLES
            and prev not in _NAMING
            and i >= 2
            and toks.gaps[i - 1] == " "
            and _possessive_or_article(toks.folded[i - 2])
            and len(fold) >= 4
            and not contraction(fold)
            and self._take(i)
        )

    def lower_after_cue(self, i: int) -> bool:
        """A lowercase lexicon name after a cue: "tante amina"."""
        toks = self.toks
        return not toks.caps[i] and toks.kinds[i] == LOWER and self._take(i)

    def chat_titled_subjects(self) -> None:
        """Chat, all in lowercase: a salutation or a job, after its article or alone, and a name or a noun, as the
        subject before its verb at the start of a clause: "der herr jung ruft ab 17 uhr zurück", "der meister koch
        hat gesagt", "richterin kraus war freundlich". Before the verb in second place only one phrase stands, so
        the word belongs to the person named; a verb that ends the clause is a subordinate clause's ("dass die frau
        arbeit findet,"), and a word of address or a kinship word stays ("die frau doktor hat", "der herr papa
        sagt"). Without an article the job's word must be a woman's or a man's job, not "herr"/"frau", and the
        word after it a name of the lists: "richterin kraus war", not "chef heute war"."""
        toks, lex = self.toks, self.lex
        folded, gaps, caps, taken = toks.folded, toks.gaps, toks.caps, self.found.taken
        n = len(toks)
        for i in range(1, n - 2):
            fold = folded[i]
            start = i - 2 if i >= 2 and folded[i - 2] in ("der", "die") and gaps[i - 1] == " " else i - 1
            if (
                taken[i]
                or caps[i]
                or caps[i - 1]
                or gaps[i] != " "
                or gaps[i + 1] != " "
                or gaps[i + 2].strip() != ""
                or folded[i + 1] not in _FINITE_VERBS
                or not _clause_start(toks, start)
                or not self._lower_person_cue(i - 1)
                or len(fold) < 3
                or fold in FUNCTION_WORDS
                or fold in DETERMINERS
                or fold in NOT_NAMES_CHAT
                or (fold in NOT_NAMES and fold not in lex.ambiguous)  # "der herr papa sagt"
                or fold in _FINITE_VERBS
            ):
                continue
            word = fold[:1].upper() + toks.words[i][1:]
            if fold.endswith("in") and lex.is_noun(word[:-2]):
                continue  # a woman named by her job: "die frau nachbarin hat …"
            if start == i - 1:
                if folded[i - 1] in ("herr", "frau") or not lex.is_name(fold):
                    continue
                self._take(i)
            elif lex.is_name(fold) or (lex.is_noun(word) and fold not in lex.frequent):
                self._take(i)

    def chat_someone_titled(self) -> None:
        """Chat, in lowercase: "ein herr"/"eine frau" and a name of the lists, someone not known yet: "vermieter ist
        ein herr koch aus …". The indefinite article leaves the salutation no other reading ("eine frau doktor",
        "ein herr papa" are no names of the lists' kind)."""
        toks, lex = self.toks, self.lex
        folded, gaps, caps, taken = toks.folded, toks.gaps, toks.caps, self.found.taken
        for i in range(2, len(toks)):
            fold = folded[i]
            if (
                folded[i - 1] in ("herr", "frau")
                and folded[i - 2] in _INDEFINITE_ARTICLES
                and not taken[i]
                and not caps[i]
                and not caps[i - 1]
                and gaps[i] == " "
                and gaps[i - 1] == " "
                and lex.is_name(fold)
                and fold not in NOT_NAMES
                and fold not in FUNCTION_WORDS
                and fold not in NOT_NAMES_CHAT
            ):
                self._take(i)

    def named_callers(self) -> None:
        """Chat, in lowercase: a name of the lists that is also a word, opening a clause as the subject of what only
        a person does: "lulu hat angerufen", "sommer hat gestern geschrieben, dass …". The auxiliary right after
        it, the participle of calling, writing, saying or visiting ending the clause within five words; "sommer
        hat angefangen", "amt hat geschrieben" (no name) stay."""
        toks, lex = self.toks, self.lex
        folded, gaps, caps, taken = toks.folded, toks.gaps, toks.caps, self.found.taken
        n = len(toks)
        for i in range(n - 2):
            fold = folded[i]
            if (
                caps[i]
                or taken[i]
                or folded[i + 1] not in ("hat", "hatte", "ist", "war")
                or gaps[i + 1] != " "
                or not _clause_start(toks, i)
                or not lex.is_name(fold)
                or fold in FUNCTION_WORDS
                or fold in NOT_NAMES
                or fold in ROLES
                or fold in _SUBJECT_PRONOUNS
                or folded[i + 2] in _SUBJECT_PRONOUNS  # "kurz hat er gesagt": the subject after the verb
            ):
                continue
            for k in range(i + 2, min(n, i + 7)):
                if gaps[k].strip(" ") not in ("",):
                    break  # the clause ended before
                if folded[k] in _CALLED and (
                    k + 1 >= n or gaps[k + 1].strip(" ")[:1] in (",", ".", "!", "?", "")
                ):
                    self._take(i)
                    break

    def _lower_person_cue(self, j: int) -> bool:
        """Token j, in lowercase, is "herr"/"frau" or a job in either gender ("meister", "anwältin", "arzt"), the
        cues `_person_noun` reads capitalised."""
        fold = self.toks.folded[j]
        if fold in ("herr", "frau"):
            return True
        return fold in ADDRESS_NOUNS or _job_word(self.lex, fold[:1].upper() + self.toks.words[j][1:])

    def chat_word_after_title(self, i: int) -> bool:
        """Chat style, a lowercase word no dictionary knows after a title: "frau haile"."""
        toks = self.toks
        fold, word = toks.folded[i], toks.words[i]
        return (
            self._title(i)
            and not toks.caps[i]
            and not toks.caps[i - 1]
            and fold not in LOWER_STOP
            and not self.lex.is_word(word)
            and len(word) >= 3
            and self._take(i)
        )

    def lexicon_name(self, i: int) -> bool:
        """A lexicon name that is no word, in any case: "Kerim", "oksana". A name that is also a function word
        ("Nur") and capitalised only by the sentence start is the word ("Nur für Sie", "Nur so viel") unless it
        is the subject of the verb after it ("Nur war heute da")."""
        toks = self.toks
        k = toks.kinds[i]
        if k != STRONG and k != LOWER:
            return False
        if (
            toks.caps[i]
            and toks.folded[i] in FUNCTION_WORDS
            # the start of a sentence, also after a short word the abbreviations step took ("ein langer Tag. Nur
            # heute …"), but not after a title ("Dr. Nur")
            and (
                _sentence_start(toks, i)
                or (toks.gaps[i].rstrip()[-1:] == "." and toks.folded[i - 1] not in TITLES)
            )
            and not self._subject_before_verb(i, _FINITE_VERBS)
        ):
            return False
        if toks.folded[i] in _DAY_ABBREVIATIONS and self._in_day_list(i):
            return False  # "Dialyse Di/Do/Sa": a day, not a person named Do
        return self._take(i)

    def _in_day_list(self, i: int) -> bool:
        """Token i, a weekday's short form, is joined by "/", "," or "-" to another one: "Di/Do/Sa", "Mo-Fr"."""
        toks = self.toks
        n = len(toks)
        before = i > 0 and toks.folded[i - 1] in _DAY_ABBREVIATIONS and toks.gaps[i].strip() in _DAY_JOINERS
        after = (
            i + 1 < n
            and toks.folded[i + 1] in _DAY_ABBREVIATIONS
            and toks.gaps[i + 1].strip() in _DAY_JOINERS
        )
        # "Mo, Mi und Fr", "Mo bis Fr": a joining word between two days
        worded = (
            i + 2 < n
            and toks.folded[i + 1] in ("und", "bis", "oder")
            and toks.folded[i + 2] in _DAY_ABBREVIATIONS
            and toks.gaps[i + 1] == " "
        ) or (
            i >= 2
            and toks.folded[i - 1] in ("und", "bis", "oder")
            and toks.folded[i - 2] in _DAY_ABBREVIATIONS
        )
        return before or after or worded

    def chat_subject(self, i: int) -> bool:
        """A small word no list knows, as the subject of a verb, is a chat name: "mebi hat uns eingeladen",
        "faadu lässt grüßen"."""
        toks = self.toks
        folded, gaps = toks.folded, toks.gaps
        v = _after_aside(
            toks, i
        )  # the verb, also after a bracketed aside: "bassel (zahnarzt aus damaskus) hat …"
        return (
            not toks.caps[i]
            and toks.doubtful[i]
            and v < len(toks)
            and (v == i + 1 or i == 0 or gaps[i].strip(" ") != "")
            and (folded[v] in _SUBJECT_VERBS or folded[v] in _CHAT_VERBS)
            and (
                i == 0
                or self._prev(i) in _BEFORE_CHAT_SUBJECT
                or gaps[i].strip(" ") != ""
                # "der jarik hat …", "die hawi war …": an article before a word no list knows and its verb
                # and more of the clause after the verb: "ne dolmetscherin die badini kann" ends a relative clause
                or (
                    self._prev(i) in ("der", "die")
                    and gaps[i] == " "
                    and not contraction(folded[i])
                    # a noun no dictionary has, by its ending or its kind: "die glaserei hat …"
                    and toks.marks[i] == 0
                    and not folded[i].endswith(_NOUN_ONLY_ENDINGS)
                    and not folded[i].endswith("rei")
                    and not self.finder.trade(folded[i], toks.words[i])
                    and i + 2 < len(toks)
                    and gaps[i + 2] == " "
                )
            )
            # the subject after the verb: the word before it is an adverb ("vllt hat er angst", "grad ist ich …")
            and not (v + 1 < len(toks) and gaps[v + 1] == " " and folded[v + 1] in _NOMINATIVE_PRONOUNS)
            and self._take(i)
        )

    def _subject_before_verb(self, i: int, verbs: frozenset[str]) -> bool:
        """Token i opens a sentence, clause or answer and is the subject of the verb right after it: the
        word after the verb cannot begin another subject ("nur hat heute geweint", but "heute hat sie …",
        "jetzt ist die Mutter …")."""
        toks = self.toks
        n, folded, gaps = len(toks), toks.folded, toks.gaps
        if not (i + 1 < n and gaps[i + 1] == " " and folded[i + 1] in verbs):
            return False
        after = i + 2
        if (
            after < n
            and gaps[after] == " "
            and (
                folded[after] in _SUBJECT_STARTS
                or toks.kinds[after] in KINDS_NAMED
                or toks.kinds[after] == LOWER
                or toks.doubtful[after]
                or (toks.caps[after] and self.lex.is_noun(toks.words[after]))
            )
        ):
            return False
        if toks.caps[i]:
            return _sentence_start(toks, i)
        # chat: at the start, after an emoji or a comma, or after "und", "aber", "heute" …; not after a
        # number, where a small word is a unit ("25 mg wurde abgesetzt")
        gap = gaps[i]
        if any(ch.isdigit() for ch in gap):
            return False
        return i == 0 or gap.strip(" ") != "" or self._prev(i) in _BEFORE_CHAT_SUBJECT

    def subject_of_verb(self, i: int) -> bool:
        """A name that is also a word, or too short for a list, as the subject of a verb at the start of a
        sentence or answer: in chat, a lexicon name or a rare word ("nur hat heute geweint", "ibo meint …");
        capitalised, a name that is also a word before a verb of saying ("Fink fragt, ob …") and a short
        unknown word before any finite verb ("Mo will …"). Frequent words, nouns in chat and pronouns
        before a verb are their ordinary selves ("heute hat mir …", "arbeit ist …"), unless the session
        learned the word as a name: then its place as the subject makes it the name again ("nur spricht
        jetzt …", while "nur noch" stays)."""
        toks = self.toks
        if i + 1 >= len(toks) or toks.folded[i + 1] not in _FINITE_VERBS:
            return False  # the cheap test first: most tokens stand before no verb
        fold, word, k, lex = toks.folded[i], toks.words[i], toks.kinds[i], self.lex
        if (
            len(word) < 2
            or fold in _SUBJECT_STARTS
            or fold in DETERMINERS
            or fold in NOT_NAMES_CHAT
            or fold in NOT_NAMES
        ):
            return False
        if not toks.caps[i] and fold in self.known:
            return self._subject_before_verb(i, _FINITE_VERBS) and self._take(i)
        if fold in FUNCTION_WORDS:
            return False
        if not toks.caps[i] and self._named_after_article(i):
            return self._take(i)
        if not toks.caps[i]:
            if toks.folded[i + 1] not in _SUBJECT_VERBS:
                return False
            # a lexicon name that is no frequent word nor a noun ("ibo"), or a word no dictionary knows
            named = lex.is_name(fold) and not lex.is_word(word)
            # a drug's or a medical term's long name is no chat name, whatever the verb: "levetiracetam wurde
            # hochgesetzt" (short ones may be: the medical lists hold abbreviations of every kind)
            rare = (
                not named
                and fold not in lex.frequent
                and not _everyday_german(lex, fold)
                and not dialect_form(lex, fold)
                and not (len(fold) >= 8 and fold in lex.technical)
                and not lex.is_known_form(word[:1].upper() + word[1:])
            )
            verbs = _SUBJECT_VERBS
        elif k == WEAK:
            named, rare, verbs = True, False, _SPEECH_VERBS
        elif k == UNKNOWN and len(word) == 2:
            named, rare, verbs = True, False, _SUBJECT_VERBS
        else:
            return False
        return (named or rare) and self._subject_before_verb(i, verbs) and self._take(i)

    def _named_after_article(self, i: int) -> bool:
        """Chat, in lowercase: "der"/"die", a name of the lists that is no noun, and a finite verb with more of the
        clause after it: "der kühn will die kaution nich", "die schmidt hat angerufen". An adjective stands between
        an article and a verb only as a noun, with its ending ("die kleine hat"); without one it is the name."""
        toks, lex = self.toks, self.lex
        fold, word = toks.folded[i], toks.words[i]
        return (
            i >= 1
            and toks.folded[i - 1] in ("der", "die")
            and not toks.caps[i - 1]
            and toks.gaps[i] == " "
            and toks.gaps[i + 1] == " "
            and i + 2 < len(toks)
            and toks.gaps[i + 2] == " "
            and lex.is_name(fold)
            and not fold.endswith("e")
            and len(fold) >= 3
            and not lex.is_noun(fold[:1].upper() + word[1:])
            and fold not in _FINITE_VERBS
            and fold not in DETERMINERS
            and fold not in _SUBJECT_STARTS
        )

    def recalled(self, i: int) -> bool:
        """A name the session learned, or its genitive, used as a name here (see `_recalled`)."""
        known, fold = self.known, self.toks.folded[i]
        key = fold if fold in known else None
        if key is None and known and fold[-1:] in _GENITIVE_ENDS:
            stem = genitive_stem(fold)
            key = stem if stem in known else None
        # a learned name that is also a noun cut short before its number is the label there: after "Frau Az."
        # the session knows "Az", and "Az. 31-22/2024" is still a file number's
        if key is not None and not self._label(i, stop=True) and _recalled(self.toks, self.lex, i, key):
            return self._take(i)
        # the woman of a learned surname, the way the south says it: "die Huberin"; also once the session has
        # learned "huberin" itself, which `_recalled` alone would leave readable in "die huberin spricht kaum"
        return (
            bool(known)
            and fold[-2:] == "in"
            and fold[:-2] in known
            and self._prev(i) in ("die", "der")
            and self._take(i)
        )

    def unknown_capitalised(self, i: int) -> bool:
        """Neither a lexicon name nor any German word form or compound, capitalised: most likely a name; but
        a short word before a number that begins many nouns is one of them cut short, a label: "Ref +49 …"
        (Referenz, Referat …), "Vers 12" (Versicherung …); "Roj 0176 …" begins few and stays a name."""
        toks = self.toks
        word = toks.words[i]
        return (
            toks.kinds[i] == UNKNOWN
            and toks.caps[i]
            and len(word) >= 3
            and not _everyday_german(self.lex, toks.folded[i])
            and not dialect_form(self.lex, toks.folded[i])
            and not self._label(i)
            # after a dialect's article ("d'Bluatwurscht") an unknown word is as often a dialect's noun
            and toks.gaps[i][-2:] not in _GLUED_ARTICLES
            and self._take(i)
        )

    def _label(self, i: int, stop: bool = False) -> bool:
        """Token i is a noun cut short before its number ("Ref +49 …"), with its full stop where `stop` ("Frau
        Tel. 0176 …")."""
        toks = self.toks
        word = toks.words[i]
        gap = toks.gaps[i + 1]  # the digits after a token stand in the gap: tokens are letters
        if stop and gap[:1] == ".":
            gap = gap[1:]
        return (
            len(word) <= 4
            and gap[:1] == " "
            and (gap[1:2].isdigit() or gap[1:2] == "+" or gap[1:].startswith(_NUMBER_PLACEHOLDERS))
            and self.lex.nouns.prefixed(word) >= _LABEL_NOUNS
        )

    def weak_beside_name(self, i: int) -> bool:
        """An ambiguous name right after a found name or right before a strong or unknown one: "Anna
        Sommer"; not "im Sommer Anna"."""
        toks = self.toks
        n, gaps, kinds, caps = len(toks), toks.gaps, toks.kinds, toks.caps
        taken = self.found.taken
        return (
            kinds[i] == WEAK
            and caps[i]
            and (
                (i > 0 and taken[i - 1] and _gap_ok(gaps, i - 1))
                or (
                    i + 1 < n
                    and _gap_ok(gaps, i)
                    and caps[i + 1]
                    and kinds[i + 1] in (STRONG, UNKNOWN)
                    and not (
                        i > 0 and toks.folded[i - 1] in _BEFORE_WORD and not _given_before_surname(toks, i)
                    )
                )
            )
            and self._take(i)
        )

    def town_after_given_name(self, i: int) -> bool:
        """A small town's name right after a found given name is the surname: "Patientin: Hildegard Stoltenberg,
        geb. …" (many German surnames are places); not a city ("Ali Berlin verlassen") nor a town after its
        preposition ("Anna in Stade")."""
        toks = self.toks
        fold = toks.folded[i]
        return (
            i > 0
            and toks.caps[i]
            and toks.kinds[i] is WORD
            and self.found.taken[i - 1]
            and toks.gaps[i] == " "
            and toks.kinds[i - 1] is STRONG
            and fold in self.lex.toponyms
            and fold not in self.lex.cities
            and fold not in self.lex.countries
            and not self.lex.is_noun(toks.words[i])
            and self._take(i)
        )

    # -- after the steps -------------------------------------------------------------------------------------

    def _name_like(self, i: int) -> bool:
        """Token i can be a name beside another by "und": a short unknown word ("Roj"), or in lowercase a word
        no list knows ("zizi"), not a frequent or known word."""
        toks = self.toks
        k, fold, word = toks.kinds[i], toks.folded[i], toks.words[i]
        if self.found.taken[i] or len(word) < 2 or fold in NOT_NAMES or fold in NOT_NAMES_CHAT:
            return False
        if toks.caps[i]:
            # "Roj." before a full stop is tokenized as an abbreviation; no list knows it
            return k == UNKNOWN or (k == ABBREVIATION and toks.doubtful[i])
        # in lowercase, three letters at least: "hm", "ok" are chat's sounds
        return len(word) >= 3 and (
            toks.doubtful[i]
            or (
                len(word) <= 4
                and fold not in self.lex.frequent
                and not self.lex.is_known_form(word.capitalize())
            )
        )

    def called(self) -> None:
        """The name someone is called by: "nennen ihn mamou", "nennt die Kleine immer bibi", "alle sagen Lulu";
        a word in quotes is what they say ("nennt mich „maman“"), and a frequent word or a noun stays."""
        toks = self.toks
        folded, gaps, words, taken, lex = toks.folded, toks.gaps, toks.words, self.found.taken, self.lex
        n = len(toks)
        for c in [c for c, f in enumerate(folded) if f in _CALLING]:
            i = c + 1
            # however many small words stand between: "nennen ihn nur einfach immer Momo"
            while i < n and gaps[i] == " " and folded[i] in _CALLED_FILLERS:
                i += 1
            # "alle sagen Lulu"; "sagen sie nur mimi zu ihr": what one says to someone is their name
            if folded[c] in ("sagen", "sagt") and not (
                (c and folded[c - 1] == "alle")
                or (
                    "nur" in folded[c + 1 : i]
                    and i + 2 < n
                    and folded[i + 1] == "zu"
                    and folded[i + 2] in ("ihr", "ihm", "ihnen", "mir", "dir", "uns", "euch")
                )
            ):
                continue
            if self._called_before(c):
                continue
            if i >= n or taken[i] or len(words[i]) < 2:
                continue
            fold, word = folded[i], words[i]
            # a nickname in quotes after "nennen" a person: "nennen ihn alle „schorsch“"; a word in quotes is what
            # they say, a pet word ("nennt mich „schatz“", „maman“) a word list holds, or a thing's ("nennen es
            # „zocken“")
            if gaps[i] != " " and not (
                gaps[i][:1] == " "
                and gaps[i][1:] in _QUOTES
                and folded[c].startswith("nenn")
                and not _PERSON_OBJECTS.isdisjoint(folded[c + 1 : i])
                and fold not in lex.words
                and fold not in lex.frequent
                and not lex.is_noun(word[:1].upper() + word[1:])
            ):
                continue
            if (
                (
                    toks.kinds[i] in KINDS_NAMED
                    or toks.kinds[i] == LOWER
                    or (fold not in lex.frequent and not lex.is_noun(word[:1].upper() + word[1:]))
                )
                and fold not in NOT_NAMES_CHAT
                and fold not in DETERMINERS
                and fold not in FUNCTION_WORDS
            ):
                self.found.add(i, i + 1)

    def _called_before(self, c: int) -> bool:
        """The name first, the verb of calling after it, at a clause's start: "dodo nennt ihn jeder", "Gio nennen
        sie alle im Verein", "vasja 😄 so nennen ihn alle" (the name is taken, True); "Das nennt man Glück" is no
        name."""
        toks, lex, found = self.toks, self.lex, self.found
        folded, gaps, words = toks.folded, toks.gaps, toks.words
        x = c - 1
        if x >= 1 and folded[x] == "so" and gaps[x].strip(" ") and gaps[c] == " ":
            x -= 1  # "vasja 😄 so nennen ihn alle": the name, a sign, and "so"
        if not (
            x >= 0
            and c + 2 < len(toks)
            and folded[c] in ("nennt", "nennen", "ruft", "rufen")
            and folded[c + 1] in ("ihn", "sie", "mich", "uns")
            and folded[c + 2] in ("jeder", "alle", "man", "jetzt", "hier", "dort", "nur")
            and gaps[c] == " "
            and (x == 0 or any(mark in gaps[x] for mark in ".,;:!?\n"))
            and (x == c - 1 or folded[x] not in lex.words)  # before "so", a word no list holds: "vasja"
            and not found.taken[x]
            and len(words[x]) >= 2
        ):
            return False
        fold = folded[x]
        if fold in lex.frequent or fold in FUNCTION_WORDS or fold in DETERMINERS or fold in NOT_NAMES_CHAT:
            return False
        found.add(x, x + 1)
        return True

    def told_names(self) -> None:
        """The name a note tells as a name: "ihr Name ist Rose", "Sein Spitzname ist Stern.", "Name: Müller",
        "auf deutsch heißt ihr name Rose" (a word that is also a name or a noun: no other rule takes it). Not what
        a name is like ("der Name ist unbekannt", "ihr Name ist nicht bekannt"), nor a word in quotes."""
        toks = self.toks
        folded, gaps, words, taken, lex = toks.folded, toks.gaps, toks.words, self.found.taken, self.lex
        n = len(toks)
        for c in [c for c, f in enumerate(folded) if f in _NAME_NOUNS]:
            i = c + 1
            nickname = folded[c] in _NICKNAME_NOUNS
            if i < n and gaps[i] == " " and folded[i] in ("ist", "war", "lautet"):
                i += 1
            elif not (
                (i < n and gaps[i].strip() == ":")
                # "heißt ihr name Rose": the verb that names before the noun
                or any(folded[k] in _NAMING for k in range(max(0, c - 3), c))
                # the noun's object, the name right after it: "hat den Spitznamen Momo"
                or (c > 0 and folded[c - 1] in _NAME_NOUN_STARTS and i < n and gaps[i].strip(' „“"»«‚') == "")
            ):
                continue
            # a nickname in quotes is the name ("Spitzname „Momo“"); another word in quotes is what it means
            quoted = gaps[i][-1:] in _QUOTES if i < n else False
            if i >= n or taken[i] or len(words[i]) < 2 or (quoted and not (nickname and _closed(gaps, i))):
                continue
            fold, word = folded[i], words[i]
            if (
                (
                    toks.caps[i]
                    or toks.kinds[i] in NAME_KINDS
                    or lex.is_name(fold)
                    # chat, all in lowercase: a noun written small ("ihr name ist sonne")
                    or (not toks.caps[c] and lex.is_known_form(word[:1].upper() + word[1:]))
                    # a word no list knows, however the note writes it: "Ihr Name ist faadu."
                    or not (lex.is_known_form(word) or lex.is_known_form(word[:1].upper() + word[1:]))
                )
                and fold not in lex.frequent
                and word.lower() not in lex.frequent
                and fold not in NOT_NAMES_CHAT
                and fold not in DETERMINERS
                and fold not in FUNCTION_WORDS
                # a short word before a full stop was read as an abbreviation; after a name's noun it ends the
                # sentence: "Er hat den Spitznamen Momo."
                and (toks.kinds[i] != ABBREVIATION or _ends_sentence(toks, i))
                # what the name means in a language: "Mein Name ist Seerose auf Tadschikisch"
                and not (i + 2 < n and folded[i + 1] == "auf" and folded[i + 2] in lex.languages)
                # a dialect's "auf" before the language it is written in: "ihren Name uf Arabisch gschriebe"
                and not (len(fold) <= 3 and i + 1 < n and folded[i + 1] in lex.languages)
            ):
                end = i + 1
                while (
                    end < n
                    and end - i < 3
                    and _gap_ok(gaps, end - 1)
                    and toks.caps[end]
                    and toks.kinds[end] in NAME_KINDS
                ):
                    end += 1  # "Name: Rose Haile"
                self.found.add(i, end)

    def aliases(self) -> None:
        """A short name in brackets right after a found name is the same person's: "Ana María Pérez (Anita)",
        "Rêbîn (Rebin)"; not a country, a town or a listed word ("(Syrien)", "(Mutter)")."""
        toks = self.toks
        gaps, words, folded, taken, lex = toks.gaps, toks.words, toks.folded, self.found.taken, self.lex
        n = len(toks)
        for _, j in list(self.found.spans):
            if (
                j < n
                and gaps[j] == " ("
                and gaps[j + 1][:1] == ")"
                and not taken[j]
                and toks.caps[j]
                and len(words[j]) >= 2
                and folded[j] not in lex.toponyms
                and folded[j] not in NOT_NAMES
                and (toks.kinds[j] in KINDS_NAMED or folded[j] not in lex.words)
                and not _technical(lex, folded[j])  # a doctor's field: "Dr. X (Nephrologie)"
                and not folded[j].endswith(_NOUN_ONLY_ENDINGS)
            ):
                self.found.add(j, j + 1)
            # a name in quotes in those brackets, after the age or alone, is what the person is called, though
            # it is a word too: "Yonas (10, „Yoni“)", "Tarek („Stern“)"
            if (
                j < n
                and _QUOTED_ALIAS_OPENING.fullmatch(gaps[j]) is not None
                and _closed(gaps, j)
                and not taken[j]
                and toks.caps[j]
                and len(words[j]) >= 2
                and words[j].isalpha()
                and folded[j] not in lex.toponyms
                and folded[j] not in NOT_NAMES
            ):
                self.found.add(j, j + 1)

    def lone_initials(self) -> None:
        """A capital with a full stop standing for a person, where no abbreviation goes: after "mit", "für",
        "bei", "von", "und" before a lowercase word ("fährt mit Y. zur Behörde"), or opening a sentence before
        its verb ("O. hat eine 1 geschrieben"). "Z. n. Sectio", "V. a." (a letter after it), "S. 4" (a number)
        and "z. B." (lowercase) are abbreviations."""
        toks = self.toks
        words, folded, gaps, taken = toks.words, toks.folded, toks.gaps, self.found.taken
        n = len(words)
        for i in [i for i, w in enumerate(words) if len(w) == 1]:
            if not (
                i + 1 < n
                and words[i].isupper()
                and gaps[i + 1] == ". "
                and not taken[i]
                and len(words[i + 1]) > 1
                and not toks.caps[i + 1]
            ):
                continue
            before = gaps[i]
            end = before.rstrip(" ")[-1:]
            # a sentence ends before it, not an abbreviation ("Die Tafel e. V. hilft")
            opens = (
                i == 0
                # (or a quote: '„P. zeigt Schwierigkeiten …“')
                or end in (":", "!", "?", "\n", '"', "„", "“", "»")
                or (end == "." and len(words[i - 1]) > 2 and toks.kinds[i - 1] != ABBREVIATION)
            )
            verb = folded[i + 1]
            if (i > 0 and before == " " and folded[i - 1] in _INITIAL_CUES) or (
                opens
                and (
                    verb in _FINITE_VERBS
                    # any third person's verb a list knows: "P. zeigt", "O. liest" ("S. unten" is no verb)
                    or (len(verb) >= 4 and verb.endswith("t") and verb in self.lex.words)
                )
            ):
                self.found.add(i, i + 1)

    def greeted(self) -> None:
        """A word no list knows right after a greeting or a thanks is the person addressed: "danke doro",
        "hallo mebi", "grüße an nunu"."""
        toks = self.toks
        folded, gaps, doubtful, taken = toks.folded, toks.gaps, toks.doubtful, self.found.taken
        if True not in doubtful or _VOCATIVE_CUES.isdisjoint(folded):
            return
        for i in [i + 1 for i, f in enumerate(folded[:-1]) if f in _VOCATIVE_CUES]:
            if (
                doubtful[i]
                and not taken[i]
                and gaps[i] == " "
                and toks.kinds[i] != ABBREVIATION
                # a greeting said twice greets nobody by name: "moin moin"
                and folded[i] not in _VOCATIVE_CUES
                and folded[i] not in _NOT_SIGN_OFFS
                # "an" greets someone only after a greeting or a thanks, or opening the text ("Grüße an nunu",
                # "an mebi: …"); "genau an X" is a day or a place
                and (folded[i - 1] != "an" or i == 1 or folded[i - 2] in _GREETED_BY)
            ):
                self.found.add(i, i + 1)

    def _writer_like(self, i: int) -> bool:
        """Token i can be a writer's name where an answer names its writer: a name of any lexicon, also one
        that is a word ("Rose", "Fuchs"), or a word no list knows ("moni", "Bine"); not a frequent word, a
        function word or a topic ("Anliegen Wohnung:")."""
        toks, lex = self.toks, self.lex
        k, fold = toks.kinds[i], toks.folded[i]
        if (
            len(fold) < 2
            or toks.marks[i] == MARK_PLACE
            or fold in lex.toponyms
            or fold in lex.cities
            or "'" in fold
            or "’" in fold
            or fold in NOT_NAMES
            or fold in NOT_NAMES_CHAT
            or fold in FUNCTION_WORDS
            or fold in DETERMINERS
            or k == ABBREVIATION
            or toks.words[i].isupper()
        ):
            return False
        if k in KINDS_NAMED or k == LOWER or toks.doubtful[i]:
            return True
        return lex.is_name(fold) and toks.words[i].lower() not in lex.frequent

    def _shouted_name(self, i: int) -> bool:
        """Token i, in capitals, reads as a name: a lexicon name, or a word no list knows; not an acronym
        ("BAMF", "SGB", "AZR") nor a German word ("NICHT")."""
        toks, lex = self.toks, self.lex
        word, fold = toks.words[i], toks.folded[i]
        if len(word) < 3 or not word.isupper() or fold in NOT_NAMES:
            return False
        cap = word[:1] + word[1:].lower()
        return (lex.is_name(fold) and fold not in lex.frequent) or (
            len(word) >= 4
            and any(c in "aeiouyäöü" for c in fold)  # "PTBS", "BtMG" are abbreviations
            and not lex.is_known_form(cap)
            and fold not in lex.technical
            and _latin(word)
        )

    def shouted(self) -> None:
        """A name written in capitals the way passports and files write it, surname first: "HADDAD, SAMIR",
        "YILDIZ MEHMET ALI". Two such words side by side, one of them a lexicon name: acronyms stand alone or
        beside words ("BAMF AZR" is in no name list)."""
        toks, lex = self.toks, self.lex
        words, gaps, n, kinds = toks.words, toks.gaps, len(toks), toks.kinds
        taken = self.found.taken
        caps = toks.caps
        for i in [i for i in range(n - 1) if caps[i] and len(words[i]) >= 3 and words[i].isupper()]:
            j = i + 1
            if gaps[j] not in (", ", " "):
                continue
            if (
                gaps[j] == ", "
                and toks.caps[j]
                and not words[j].isupper()
                and (
                    kinds[j] in KINDS_NAMED
                    or (
                        not lex.is_noun(words[j])
                        and toks.folded[j] not in lex.frequent
                        and not _technical(lex, toks.folded[j])
                        and len(words[j]) >= 3
                    )
                )
                and self._loud(i)
            ):
                # the surname in capitals, then the given name: "SIVAKUMAR, Tharshan", "AL-KHATIB, Mohammed"
                self.found.add(i, j + 1)
                continue
            end = j
            while (
                end < n
                and end - i < 4
                and gaps[end] in (", ", " ")
                and words[end].isupper()
                and self._loud(end)
            ):
                end += 1
            # one of them a name of a lexicon ("HOFFNUNG ADEYEMI": Adeyemi is)
            if end == j:
                continue
            # a word written loud before the name is no part of it: "BITTE ADEYEMI anrufen", "BAMF, ADEYEMI",
            # "ACHTUNG, TESFAMICHAEL"; a short name stays ("ALİ RIZA DOĞAN")
            start = i
            while (
                start < end
                and (
                    toks.folded[start] in lex.frequent
                    or toks.folded[start] in NOT_NAMES
                    or toks.folded[start] in lex.technical
                    # a noun called out before a comma ("ACHTUNG, TESFAMICHAEL"; but "HOFFNUNG ADEYEMI" names her)
                    or (gaps[start + 1] == ", " and lex.is_noun(words[start][:1] + words[start][1:].lower()))
                )
            ):
                start += 1
            kinds_of = [self.finder._info(words[x][:1] + words[x][1:].lower())[0] for x in range(start, end)]
            if (
                # one of them a name by its capitalised form: "HOFFNUNG ADEYEMI", "SHIREEN KHALAF", also the one left
                # after a word written loud ("BITTE ADEYEMI"); alone, a name of the lists, not an unknown word that
                # may be an acronym
                (
                    any(k in (STRONG, UNKNOWN) for k in kinds_of)
                    if end - start > 1 or start > i
                    else kinds_of == [STRONG]
                )
                and not all(taken[start:end])
            ):
                self.found.add(start, end)

    def _loud(self, i: int) -> bool:
        """Token i, in capitals, can be a surname: a lexicon name, or a word of four letters or more with a vowel
        that no list knows as an abbreviation or a word written loud ("NICHT", "SOFORT")."""
        word, fold = self.toks.words[i], self.toks.folded[i]
        if self._shouted_name(i):
            return True
        return (
            len(word) >= 4
            and any(c in "aeiouyäöü" for c in fold)
            and fold not in NOT_NAMES
            and fold not in self.lex.frequent
            and fold not in self.lex.technical
            and _latin(word)
        )

    def _signed_off(self, i: int) -> bool:
        """Token i, the answer's last, stands alone after a sentence's end, an emoji or a line break and reads as
        a writer's name: an initial ("J."), two or three capitals ("KD"), a name of a lexicon even if it is a
        word ("Matze"), or a short word no list knows; not a thanks or a greeting ("Danke.", "Tschüss!")."""
        toks, lex = self.toks, self.lex
        before = toks.gaps[i].rstrip(" ")
        if not before or before[-1].isalnum():
            return False
        end = before[-1]
        if not (end in ".!?…" or "\n" in before or (ord(end) > 0x2100 and end not in "–—„“”‚‘«»")):
            return False
        if end == "." and (len(toks.words[i - 1]) == 1 or before[:-1].rstrip()[-1:].isdigit()):
            return False  # "z. B." and "32. SSW" end no sentence
        word, fold = toks.words[i], toks.folded[i]
        if len(word) == 1:
            return word.isupper() and toks.gaps[i + 1][:1] == "."
        if word.isupper():
            if len(word) > 3:
                # a given name written in capitals, the way some phones sign: "Danke. ANJA"; not an acronym or
                # a word written loud ("BAMF", "DANKE")
                return lex.is_name(fold) and fold not in lex.frequent and fold not in _NOT_SIGN_OFFS
            return fold not in _NOT_SIGN_OFFS and _latin(word)
        if fold in _NOT_SIGN_OFFS or fold in lex.frequent or fold in FUNCTION_WORDS or fold in NOT_NAMES:
            return False
        if toks.caps[i]:
            return toks.kinds[i] in KINDS_NAMED or (toks.doubtful[i] and len(word) <= 8)
        return toks.kinds[i] == LOWER or (toks.doubtful[i] and len(word) <= 6)

    def _heading(self, i: int) -> bool:
        """Token i is a heading's noun: "Blitzlicht", "Glitzermoment" (a compound), not "Wie"."""
        word, lex = self.toks.words[i], self.lex
        cap = word[:1].upper() + word[1:]
        return self.toks.kinds[i] == WORD and (
            lex.is_noun(cap) or (len(word) >= 8 and lex.is_known_form(cap))
        )

    def writers(self) -> None:
        """The writer's name in the places an answer gives it (issue #16: chat sign-offs):
        - before a colon that opens the answer or a line, alone or after a heading word: "Matze: war gut",
          "Blitzlicht Rose: müde", "Glitzermoment von wolfi: …" (a heading is a noun: "Anliegen Wohnung:" names
          a topic, and a topic is no name);
        - after a closing formula at the end: "lg moni", "Liebe Grüße, Rose 🌸", "vg kalle"."""
        toks, taken = self.toks, self.found.taken
        folded, gaps, n = toks.folded, toks.gaps, len(toks)
        if not n:
            return
        # line starts: the text's first token and every token after a line break
        for s in [0, *[i for i in range(1, n) if "\n" in gaps[i]]]:
            if s == 0 and gaps[0].strip():
                continue  # the answer opens with a sign or a quote
            for first, last in ((s, s), (s + 1, s + 1), (s + 1, s + 2), (s + 2, s + 2), (s + 2, s + 3)):
                if last >= n or (gaps[last + 1][:1] != ":" and gaps[last + 1][:2] != ".:"):
                    continue
                if (
                    first > s
                ):  # a heading before the name: a word, maybe "von"; no digit ("Fallvorstellung 2:")
                    if not all(gaps[x] == " " for x in range(s + 1, last + 1)):
                        continue
                    if first == s + 2 and folded[s + 1] != "von":
                        continue
                    if not self._heading(s):
                        continue
                    if (
                        folded[s] in self.lex.frequent
                        and toks.kinds[last] == WEAK
                        and self.lex.is_noun(toks.words[last])
                    ):
                        # a heading that is an everyday adverb or adjective too ("Heute", "Gut", "Morgen"), and a
                        # noun after it: a phrase, not a round and its writer ("Heute Abend:", "Gut Holz:")
                        continue
                # a word alone before the colon is a heading ("Termin:", "glitzermomment:", a town: "Münster:"), a
                # name that is no noun is not
                if first == last == s and not (
                    toks.kinds[s] in (STRONG, UNKNOWN, LOWER)
                    or (toks.kinds[s] == WEAK and not self.lex.is_noun(toks.words[s]))
                    or (toks.doubtful[s] and len(toks.words[s]) <= 6)  # a nickname is short: "tobi:"
                ):
                    continue
                names = range(first, last + 1)
                if gaps[last + 1][:2] == ".:":
                    if first == last > s and _initial(toks, first) and not taken[first]:
                        self.found.add(first, first + 1)  # "Anliegen von G.:"
                        break
                    continue
                if all(self._writer_like(x) and not taken[x] for x in names):
                    self.found.add(first, last + 1)
                    break
        # the last word alone after the answer's last sentence, the way chats sign: "… Bin trotzdem hier. J.",
        # "… ist in der Werkstatt. Matze", "bin 60 geworden 🎂 Petra", "… rangehen. KD"
        last = n - 1
        if (
            last >= 1
            and not taken[last]
            and last not in self.things  # "… gelernt. Madlobeli!": an exclamation (`_exclamation`)
            and not any(c.isalnum() for c in gaps[n])
            and self._signed_off(last)
        ):
            self.found.add(last, last + 1)
            return
        # a closing formula before the last word, with nothing but signs or emoji after it: "lg moni 🌸"
        if (
            last >= 1
            and folded[last - 1] in _CLOSINGS
            and not any(c.isalnum() for c in gaps[n])
            and gaps[last].strip(" ,") == ""
            and not taken[last]
            and self._writer_like(last)
        ):
            self.found.add(last, last + 1)

    def companions(self) -> None:
        """Chat names a person no list knows where only a person fits: the one someone talked to or went with
        ("mit lenchen telefoniert", "war mit tesfu beim amt"), the one who came by ("heute kam tesfu vorbei",
        "gestern war mimi da"), stayed with or heard from ("bei zizi übernachtet", "soll dich von lenchen grüßen"). A word no list knows, in lowercase, in that slot; a place or a thing does not
        talk, come by or go to the doctor with someone."""
        toks = self.toks
        folded, gaps, caps, doubtful, taken = (
            toks.folded,
            toks.gaps,
            toks.caps,
            toks.doubtful,
            self.found.taken,
        )
        n = len(toks)
        for i in [i for i in range(1, n - 1) if doubtful[i] and not caps[i] and not taken[i]]:
            prev, after = folded[i - 1], folded[i + 1]
            if (
                gaps[i] == " "
                and gaps[i + 1] == " "
                and len(folded[i]) >= 3
                and toks.kinds[i] is WORD
                and _latin(toks.words[i])
                and not caps[i - 1]
                and (
                    (prev == "mit" and (after in _TOGETHER or after in ("beim", "zum", "zur")))
                    or (prev in _CAME and after in _CAME_BY)
                    # the one someone stayed with or heard from: "bei zizi übernachtet", "soll von lenchen grüßen"
                    or (prev == "bei" and after in _STAYED)
                    or (prev == "von" and after in _HEARD)
                )
            ):
                self.found.add(i, i + 1)

    def kin_appositions(self) -> None:
        """Chat names a relative or a person of a role in apposition, between commas, before the clause's verb:
        "der papa, gul agha, meint …", "die mama, bêrîvan, hat …", "die enkelin, даша, hat geschrieben", "da
        trainer, da tobi, hod gsagt" (with the south's article). One or two words where only a name fits: a name
        of the lists, a word no list knows or a word of another script; not a known word ("die mama, ehrlich,
        hat …") nor a relative clause ("der papa, der …")."""
        toks = self.toks
        folded, gaps, taken = toks.folded, toks.gaps, self.found.taken
        n = len(toks)
        for c in [c for c, f in enumerate(folded) if c + 2 < n and gaps[c + 1] == ", "]:
            if not (folded[c] in ROLES or _person_noun_word(self.lex, toks.words[c].capitalize(), folded[c])):
                continue
            i = c + 1
            if folded[i] in ("da", "d") and gaps[i + 1] == " ":
                i += 1  # "da tobi": the south's article
            end = i
            while end < n and end - i < 2 and (end == i or gaps[end] == " ") and self._apposed_name(end):
                end += 1
            if (
                end > i
                and end < n
                and gaps[end] == ", "
                and (folded[end] in _FINITE_VERBS or folded[end] in _DIALECT_FINITE)
                and not any(taken[k] for k in range(i, end))
            ):
                self.found.add(i, end)

    def _apposed_name(self, k: int) -> bool:
        """Token k can be a name in an apposition (`kin_appositions`)."""
        toks = self.toks
        fold, word = toks.folded[k], toks.words[k]
        return (
            len(word) >= 2
            and fold not in FUNCTION_WORDS
            and fold not in DETERMINERS
            and fold not in _FINITE_VERBS
            and (toks.kinds[k] in NAME_KINDS or toks.doubtful[k] or not _latin(word))
        )

    def coordinated(self) -> None:
        """A name joined to a found name by "und" or "oder" is a name too, where it could be one by its own
        text: "Azad und Roj", "mit kerim und zizi", "memo und zeynep haben …"."""
        toks = self.toks
        folded, gaps, caps, taken = toks.folded, toks.gaps, toks.caps, self.found.taken
        n = len(toks)
        for c in [c for c, f in enumerate(folded) if f in ("und", "oder") and 0 < c < n - 1]:
            if gaps[c] != " " or gaps[c + 1] != " ":
                continue
            left, right = c - 1, c + 1
            if taken[left] and not taken[right] and caps[right] == caps[left] and self._name_like(right):
                self.found.add(right, right + 1)
            elif taken[right] and not taken[left] and caps[right] == caps[left] and self._name_like(left):
                self.found.add(left, left + 1)

    def _pair(self, i: int) -> bool:
        """Tokens i and i+1 are a given name and a surname by the lexicons, though both are also words
        ("Ernst Kraft", "Rose Glück"): capitalised lexicon names, or an unknown word, on one line."""
        toks = self.toks
        kinds, caps = toks.kinds, toks.caps
        return (
            i + 1 < len(toks)
            and caps[i]
            and caps[i + 1]
            and _gap_ok(toks.gaps, i)
            and kinds[i] in KINDS_NAMED
            and kinds[i + 1] in KINDS_NAMED
            and not self.found.taken[i]
            and not self.found.taken[i + 1]
        )

    def _pair_starts(self) -> list[int]:
        """Where two capitalised names or unknown words stand side by side (checked further by `_pair`)."""
        kinds, caps, n = self.toks.kinds, self.toks.caps, len(self.toks)
        return [
            i for i in self.named if caps[i] and i + 1 < n and caps[i + 1] and kinds[i + 1] in KINDS_NAMED
        ]

    def lower_full_names(self) -> None:
        """Chat writes a full name in lowercase: a given name of the lexicons that is also a rare word ("anna")
        and right after it a word no list knows ("heute war anna kowalski da") is one person; alone each was a
        doubt. A frequent word ("mal", "gerne") or a surname-only name is no given name here."""
        toks, lex = self.toks, self.lex
        folded, caps, gaps, doubtful = toks.folded, toks.caps, toks.gaps, toks.doubtful
        for j in [j for j in range(1, len(toks)) if doubtful[j] and not caps[j]]:
            i = j - 1
            first, last = folded[i], folded[j]
            if (
                gaps[j] == " "
                and not caps[i]
                and len(first) >= 3
                and len(last) >= 4
                # a given name subtitles also write in lowercase ("anna", "tim"), a doubt alone; a lexicon name that
                # is no word is a name already, and its neighbour joins it where it is one (`_Found.extend`)
                and (
                    (first in lex.name_words and first not in lex.ambiguous)
                    # a lexicon name in lowercase before a long word no list knows: "mit jonas brzezinski"; a short
                    # one after it is dialect or another language as often ("selam gsagt", "dat good")
                    # ("bei nino khinkali gegessen" is a dish: no food verb after it)
                    # where a name is an object or follows the verb ("mit jonas brzezinski", "hat jonas …"); at a
                    # clause's start the word after a name is its verb as often ("bilal postet jetzt …")
                    or (
                        toks.kinds[i] is LOWER
                        and len(last) >= 6
                        and "'" not in last
                        and i > 0
                        and folded[i - 1] in _NAME_OBJECT_CUES
                        and _FOOD_VERBS.isdisjoint(folded[j + 1 : j + 4])
                    )
                    # a lexicon name in lowercase and a surname the lists hold, typed small: "jose gregorio marques"
                    # (a short one is another language's word as often: "dat good")
                    or (toks.kinds[i] is LOWER and len(last) >= 5 and lex.is_name(last))
                )
                and first not in lex.surnames_only
                and first not in lex.frequent
                and first not in LOWER_STOP
                and first not in NOT_NAMES_CHAT
                and first not in FUNCTION_WORDS
                and last not in FUNCTION_WORDS
                and toks.kinds[j] is not ABBREVIATION
                and _latin(toks.words[j])
            ):
                if any(c in last[-2:] for c in "'’"):
                    # a verb's ending cut off in dialect is no surname: "mit anna besproch'n" is anna alone, as the
                    # object ("o'brien" keeps its apostrophe early)
                    if i > 0 and folded[i - 1] in _NAME_OBJECT_CUES:
                        self.found.add(i, i + 1)
                    continue
                self.found.add(i, j + 1)

    def listed_names(self) -> None:
        """A pair of names that are also words, as an item of a list of persons: "Beratende: Uta Klee, Ernst
        Kraft" — a neighbouring item, after a comma, is a name found on its own."""
        toks, taken = self.toks, self.found.taken
        gaps, folded, caps, n = toks.gaps, toks.folded, toks.caps, len(toks)
        if not self.found.spans:
            return
        for i in self._pair_starts():
            if not self._pair(i):
                continue
            # the neighbouring item, after a comma or "und": a given name found, and the word after it
            if gaps[i] == ", ":
                given = i - 2
            elif i >= 2 and folded[i - 1] == "und" and not gaps[i].strip() and not gaps[i - 1].strip():
                given = i - 3  # "und" between two items, also at a line break ("Uta Klee und\nErnst Kraft")
            else:
                given = -1
            if gaps[i + 2 : i + 3] == [", "]:
                later = i + 2
            elif i + 3 < n and folded[i + 2] == "und" and not gaps[i + 2].strip() and not gaps[i + 3].strip():
                later = i + 3
            else:
                later = n
            for j in (given, later):
                # that item is a person too: its given name was found, and the capitalised word beside it is
                # the surname, though it is a word no list knows as a name ("Uta Klee, Ernst Kraft")
                if 0 <= j < n - 1 and taken[j] and caps[j + 1] and _gap_ok(gaps, j):
                    self.found.add(i, i + 2)
                    if not taken[j + 1]:
                        self.found.add(j + 1, j + 2)

    def pair_after_verb(self) -> None:
        """A given name and a surname, both also words, right after a verb of coming or saying are its subject:
        "Gestern kam Ernst Kraft.", "Dann sagte Rose Glück, …"; alone each stays the word ("sagte er ernst")."""
        toks, lex = self.toks, self.lex
        folded, gaps = toks.folded, toks.gaps
        for i in self._pair_starts():
            if (
                i > 0
                and folded[i - 1] in _CAME_OR_SAID
                and gaps[i] == " "
                and folded[i] not in lex.surnames_only
                and self._pair(i)
            ):
                self.found.add(i, i + 2)

    def recurring_surnames(self) -> None:
        """A surname the text names with a salutation ("Herr Glück") is the person where a given name stands
        before it elsewhere in the text ("Ernst Glück aus …"); alone and in its ordinary use it stays the
        word ("Glück gehabt")."""
        folded = self.toks.folded
        surnames = {
            folded[x]
            for i, j in self.found.spans
            for x in range(max(i, 1), j)
            if folded[x - 1] in SALUTATIONS
        }
        if not surnames:
            return
        for i in self._pair_starts():
            if folded[i + 1] in surnames and self._pair(i):
                self.found.add(i, i + 2)

    def recurring_subjects(self) -> None:
        """A part of a name found in the text that recurs later in it as a clause's subject before its verb is the
        person again: "Gestern kam Rosa Wagner, Rosa war froh.", "Vermieter Herr Hase … der Hase sagt". Where the
        part is a noun and no given name before a surname, only a verb that a person does counts ("Glück ist
        wichtig", "Der Winter kommt", "Bauer ist selbst Bauer", "als Koch arbeiten" stay the words); the session
        memory takes it in the next text, but within one text no rule took it alone.
        """
        toks, found = self.toks, self.found
        folded, gaps, words, taken = toks.folded, toks.gaps, toks.words, found.taken
        n = len(toks)
        parts = {folded[x] for i, j in found.spans for x in range(i, j) if len(folded[x]) >= 3}
        if not parts:
            return
        # a given name before a surname ("Rosa Wagner"): a person's whatever the verb, where a surname alone that is
        # a noun may be the thing ("RA Winter … Der Winter kommt")
        given = {folded[i] for i, j in found.spans if j - i >= 2 and self.lex.is_name(folded[i])}
        for x in range(n - 1):
            fold = folded[x]
            if taken[x] or fold not in parts or not toks.caps[x] or gaps[x + 1] != " ":
                continue
            verb = folded[x + 1]
            if verb not in _SUBJECT_VERBS:
                continue
            noun = fold not in given and self.lex.is_noun(words[x][:1].upper() + words[x][1:])
            if noun and verb not in PERSON_VERBS:
                continue
            before = gaps[x]
            if x == 0 or any(c in before for c in ".,;:!?\n") or folded[x - 1] in _SUBJECT_OPENERS:
                found.add(x, x + 1)

    def doubled(self) -> None:
        """A name's last word written twice, a slip of the keyboard or of dictation ("Frau Amal Sommer Sommer",
        "herr bauer bauer"): the second is the name too. Left readable, it would be masked by the next text of
        the session, which knows it as this person's name."""
        folded, gaps, n = self.toks.folded, self.toks.gaps, len(self.toks)
        for _, j in list(self.found.spans):
            if j < n and folded[j] == folded[j - 1] and gaps[j] == " " and not self.found.taken[j]:
                self.found.add(j, j + 1)

    def labelled_script(self) -> None:
        """Words in another script after a label that names a person, and its colon: "Name im Pass: مصطفى السيد",
        "Ihr Name auf Arabisch: …". Such words are names though the language uses them every day (al-Sayyid is
        also "the gentleman"), which left them readable as words."""
        toks = self.toks
        words, folded, gaps = toks.words, toks.folded, toks.gaps
        n = len(toks)
        for i in [i for i, gap in enumerate(gaps) if ":" in gap and i < n]:  # the token after each colon
            if _latin(words[i]) or not any(
                folded[k].startswith(_NAME_LABELS) for k in range(max(0, i - 5), i)
            ):
                continue
            j = i + 1
            while j < n and j - i < 4 and not _latin(words[j]) and _gap_ok(gaps, j - 1):
                j += 1
            self.found.add(i, j)

    def surname_first(self) -> None:
        """A letter's patient written surname first, after its label and a colon: "Patient: Fuchs, Josef, geb.
        22.02.1964", "Patientin: Vogel, Renate" (the given name after the comma masked, the surname a word), as one
        name with the given name."""
        toks, taken = self.toks, self.found.taken
        folded, gaps, caps = toks.folded, toks.gaps, toks.caps
        n = len(toks)
        for i in range(1, n - 1):
            # after a file's label and its colon ("Patient:", "Pat.:")
            if folded[i - 1] not in _PATIENT_LABELS or not gaps[i].lstrip(".").startswith(":"):
                continue
            if caps[i] and gaps[i + 1] == ", " and taken[i + 1] and toks.kinds[i] is not ABBREVIATION:
                # one person, the surname and the given name together: "Patient: Kaya, Zeynep" and "Frau Zeynep
                # Kaya" later take one pseudonym (two spans had made the given name a second person)
                self.found.add(i, i + 2)
            elif (
                taken[i]
                and not taken[i + 1]
                and caps[i + 1]
                and gaps[i + 1] == " "
                and toks.kinds[i + 1] is not ABBREVIATION
                and (i + 2 == n or gaps[i + 2][:1] in (",", "(", "*", "\n") or folded[i + 2] == "geb")
            ):
                # the given name first, the surname a word, the line going on with the person's data: "Patient:
                # Jürgen Hoffnung, geb. 30.11.1961"
                self.found.add(i, i + 2)

    def short_forms(self) -> None:
        """A pet form of a name the session knows, that no word list and no name list knows itself: "ilo"
        after "Ilona", "Moni" after "Monika" (`short_form_of`)."""
        toks, taken = self.toks, self.found.taken
        gaps = toks.gaps
        for i in [i for i, d in enumerate(toks.doubtful) if d and not taken[i]]:
            # three letters only in quotes, as a name is quoted ("hat „ilo“ gesagt"); dialect has "mei", "nix"
            if (len(toks.folded[i]) >= 4 or (gaps[i][-1:] in _QUOTES and gaps[i + 1][:1] in _QUOTES)) and (
                short_form_of(toks.folded[i], self.known, self.lex) is not None
            ):
                self.found.add(i, i + 1)

    def corrected(self) -> None:
        """A name corrected in the same breath is the person again: "bei herrn mahmut also mahmoud …", "doktor
        hirschberger, äh, hirschbühler". After a found name and a word of correction ("also", "bzw.", "äh"), the
        next token is a name when no word list knows it, or it is a name of the lexicons; before the word of
        correction and a found name, so is the name corrected ("Die kleine Rose (eigentlich Warda)", "frau
        anna hit also anahit": a word between a name and its correction belongs to the name)."""
        toks, found = self.toks, self.found
        folded, kinds, doubtful, gaps, taken = toks.folded, toks.kinds, toks.doubtful, toks.gaps, found.taken
        n = len(folded)
        for i, j in list(found.spans):
            k = j
            while k < n - 1 and self._correction(k) and k - j < 3 and _spoken_gap(gaps[k]):
                k += 1
            if k != j and not taken[k] and _spoken_gap(gaps[k]) and (doubtful[k] or kinds[k] in NAME_KINDS):
                found.add(k, k + 1)
            if i >= 2 and self._correction(i - 1) and _spoken_gap(gaps[i]) and not taken[i - 2]:
                before = i - 2
                if (
                    gaps[i - 1].strip(" ,(") == ""
                    and "\n" not in gaps[i - 1]
                    and (
                        kinds[before] in NAME_KINDS
                        or doubtful[before]
                        # between a found name and its correction: "frau anna hit also anahit"
                        or (
                            before > 0
                            and taken[before - 1]
                            and _gap_ok(gaps, before - 1)
                            and folded[before] not in FUNCTION_WORDS
                        )
                    )
                ):
                    found.add(before, before + 1)

    def _correction(self, k: int) -> bool:
        """Token k corrects what was said: "also", "bzw.", "äh"; "eigentlich" in brackets ("(eigentlich X)")."""
        fold = self.toks.folded[k]
        return fold in CORRECTIONS or (fold == "eigentlich" and self.toks.gaps[k].endswith("("))

    def genitives(self) -> None:
        """The genitive of a name found in this very text: "war mit zahra beim amt … zahras kleine"."""
        spans, taken = self.found.spans, self.found.taken
        if not spans:
            return
        folded, kinds, lex = self.toks.folded, self.toks.kinds, self.lex
        names = {
            folded[x]
            for i, j in spans
            for x in range(i, j)
            if len(folded[x]) >= 3 and folded[x] not in lex.ambiguous
        }
        for i in [i for i, f in enumerate(folded) if _genitive_of(f, names)]:
            if not taken[i] and kinds[i] != STRONG:
                taken[i] = True
                spans.append((i, i + 1))

    def callers(self) -> None:
        """A given name that is also a word ("Lulu", "Rosa", "Engel"), opening a sentence with no article, as the
        subject of something only a person does in the perfect tense: "Lulu hat angerufen.", "Engel hat gestern
        geschrieben, dass …"; so is a surname the session learned, after the article of a note's colloquial style
        ("Der Hase hat geschrieben" after "Rechtsanwalt Hase"). A thing needs its article there; an office ("Amt hat
        angerufen") is no name of the lists."""
        toks, lex, found = self.toks, self.lex, self.found
        folded, gaps, n = toks.folded, toks.gaps, len(toks)
        for i in range(n - 2):
            # or a surname the session learned, after "der"/"die" opening the sentence: "Der Hase hat geschrieben"
            learned = (
                i >= 1
                and folded[i] in self.known
                and folded[i - 1] in ("der", "die")
                and gaps[i] == " "
                and _after_a_mark(toks, i - 1)
            )
            if (
                toks.caps[i]
                and not found.taken[i]
                and toks.kinds[i] is not ABBREVIATION
                and (learned or _after_a_mark(toks, i))
                and folded[i + 1] in ("hat", "hatte")
                and gaps[i + 1] == " "
                and (learned or lex.is_name(folded[i]))
                and folded[i] not in ROLES
            ):
                k = next((k for k in range(i + 2, min(n, i + 6)) if folded[k] in _PERSON_PARTICIPLES), None)
                if k is not None and all(gaps[x] == " " for x in range(i + 2, k + 1)):
                    found.add(i, i + 1)

    def compounds_beside_names(self) -> None:
        """A capitalised word right beside a name found here that only a compound's reading with a noun of three
        letters makes a word (`_short_tailed`), no word list holding it itself, is the name's other part: "Tharshan
        Sivakumar" ("Thars|han"), "Sivakumar Tharshan". A compound with a longer head stays ("Glitzermoment Uta",
        "Gesundheitskarte Mohamad Alkhatib")."""
        toks, lex, found = self.toks, self.lex, self.found
        folded, gaps, words, n = toks.folded, toks.gaps, toks.words, len(toks)
        for i, j in list(found.spans):
            for x in (i - 1, j):
                if not (0 <= x < n) or found.taken[x] or gaps[max(x, i)] != " ":
                    continue
                word = words[x]
                if (
                    toks.caps[x]
                    and toks.kinds[x] is WORD
                    and toks.marks[x] == 0
                    and len(word) >= 6
                    and word.isalpha()
                    and not lex.is_word(word)
                    and folded[x] not in lex.words
                    and folded[x] not in lex.common
                    and lex.is_known_form(word)
                    and _short_tailed(lex, word)
                ):
                    found.add(x, x + 1)

    def kin_genitives(self) -> None:
        """Chat, in lowercase: a given name's genitive before a word of kin or of a person, though the text names
        the person nowhere else: "nataschas mann ist auf montage", "ich war bei saras mutter", "leylas ältester".
        The word is in no word list (a doubt) and its stem is a given name that is no frequent word."""
        toks, lex, found = self.toks, self.lex, self.found
        folded, gaps, n = toks.folded, toks.gaps, len(toks)
        for i in range(n - 1):
            fold = folded[i]
            if (
                toks.doubtful[i]
                and not toks.caps[i]
                and not found.taken[i]
                and gaps[i + 1] == " "
                and folded[i + 1] in _GENITIVE_HEADS
                and (stem := genitive_stem(fold)) is not None
                and fold.endswith("s")
                and len(stem) >= 4  # "this baby is a blessing": English's "this" is no "thi"'s
                and lex.is_name(stem)
                and stem not in lex.frequent
                and stem not in lex.ambiguous
            ):
                found.add(i, i + 1)

    def merged(self) -> list[tuple[int, int]]:
        """The spans found, sorted, overlapping ones joined."""
        spans = sorted(self.found.spans)
        merged: list[tuple[int, int]] = []
        for i, j in spans:
            if merged and i <= merged[-1][1] - 1:
                merged[-1] = (merged[-1][0], max(j, merged[-1][1]))
            else:
                merged.append((i, j))
        return merged
