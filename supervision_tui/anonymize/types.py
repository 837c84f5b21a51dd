"""Data types of the anonymizer: what a caller gets back and the per-session context it keeps."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple


class Entity(NamedTuple):
    """One replaced span; offsets point into the *input* text.

    A named tuple, not a frozen dataclass: a note has dozens and a frozen dataclass costs five times as
    much to build."""

    start: int
    end: int
    label: str
    replacement: str


class Flag(NamedTuple):
    """An Art. 9 GDPR special-category hint (health, religion, origin …) for the supervisor's review.

    Offsets point into the *output* text, because the input is never kept.
    """

    start: int
    end: int
    category: str


class Doubt(NamedTuple):
    """A token left readable that is neither a known word nor a known name: a human should look at it.

    Offsets point into the *input* text, like `Entity`. A presenter-side aid only: never projected."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Result:
    text: str
    entities: tuple[Entity, ...] = ()
    flags: tuple[Flag, ...] = ()
    doubts: tuple[Doubt, ...] = ()


# The day the project's annotated corpora are read against (the newest were written on it, the older ones in the
# weeks before): whether a day a note names has passed depends on it, so their records and floors, and the tests,
# do not move with the calendar
CORPUS_DAY = dt.date(2026, 12, 7)


def reading_day() -> dt.date:
    """The day a new session's texts are read against: the system's date (the tests fix it to the corpora's)."""
    return dt.date.today()


@dataclass
class Context:
    """Per-session memory: known names and the pseudonym mapping.

    Lives only in memory. Nothing in here is ever serialised, because the mapping re-identifies people.
    """

    names: set[str] = field(default_factory=set)
    pseudonyms: dict[str, str] = field(default_factory=dict)
    # Words the supervisor released as false positives ("Tafel" is no person); casefolded.
    released: set[str] = field(default_factory=set)
    # The casefolded words of the session's agenda, public text the room answers in ("Glitzermoment", "Blitzlicht"):
    # never shown to the reviewer as a doubt. Masking is not touched: a word here that names someone is still masked.
    vocabulary: set[str] = field(default_factory=set)
    # pseudonym -> the casefolded surname of the full name it stands for, where one was seen: a given name
    # alone links a later full name only to a person of the same surname (see `GermanAnonymizer._pseudonym`)
    surnames: dict[str, str] = field(default_factory=dict)
    # spelling key of a name part -> pseudonym, "" where two people share the key: one person keeps one
    # pseudonym when the note writes the name in its own script too ("Олена" … "Olena"; see `spelling`)
    spellings: dict[str, str] = field(default_factory=dict)
    # casefolded names seen alone after a title ("Frau Kovalenko"): the names "Frau K." may abbreviate
    titled: set[str] = field(default_factory=set)
    # casefolded words of facilities' names no list holds ("Haus Mariengarten" -> "mariengarten"): the name alone
    # later, in any case, is the facility again ("vom mariengarten")
    facilities: set[str] = field(default_factory=set)
    # casefolded words of facilities' names that are words too ("Kranich Logistik" -> "kranich", "Frauencafé
    # Lichtblick" -> "lichtblick"): the name alone later only where it stands capitalised as a name does, without an
    # article ("Kranich zahlt sofort", "Lichtblick jetzt donnerstags"; "ein echter Lichtblick" stays)
    facility_words: set[str] = field(default_factory=set)
    # pseudonyms in texts stored before this memory began (a session resumed after a crash: its names are gone,
    # its "[Person A]" stays in the answers); a new person gets another letter
    taken: set[str] = field(default_factory=set)
    # the casefolded doubts the supervisor masked: one the place lists hold and the name lists do not is masked as a
    # town ("Termin in Kassel" -> "in [Ort]"), not as a person; a participant's name that is a town too stays a
    # person ("Miri")
    masked_doubts: set[str] = field(default_factory=set)
    # the day the session's texts are read against: a day they name has passed or is ahead of it ("Revision am
    # 21.09." is a past event's day and masked; "Termin am 14.1." is ahead and stays)
    today: dt.date = field(default_factory=lambda: reading_day())

    def mask_doubt(self, word: str) -> None:
        """A doubt the supervisor masked: a session name from now on (`add_name`), read as a town where it is one."""
        self.add_name(word)
        self.masked_doubts.add(" ".join(word.split()).casefold())

    def add_name(self, name: str) -> None:
        """Register a name that must always be masked in this session."""
        cleaned = " ".join(name.split())
        if cleaned:
            self.names.add(cleaned)
            self.released.discard(cleaned.casefold())

    def release(self, word: str) -> None:
        """Keep `word` readable from now on in this session; a session name is never released."""
        cleaned = " ".join(word.split())
        if cleaned and cleaned.casefold() not in {n.casefold() for n in self.names}:
            self.released.add(cleaned.casefold())


class Kind(StrEnum):
    """What a word token is by its text alone, before its context is read (`names.NameFinder`).

    The name rules read a kind for every candidate token; they compare with the module constants of
    `names.py` (`STRONG` … `WORD`), which are read as C statics when compiled, not with `Kind.WORD`, which on
    Python 3.11 goes through the enum's metaclass each time."""

    STRONG = "strong"  # a lexicon name that is no German word (Haile, Kerim): masked on its own
    WEAK = "weak"  # a lexicon name that is also an ordinary word (Sommer, Klein): masked only with a cue
    UNKNOWN = "unknown"  # capitalised, neither a lexicon name nor a German word (Tesfamichael)
    LOWER = "lower"  # a lowercase lexicon name that is no word ("kerim")
    ABBREVIATION = "abbreviation"  # a short word before a full stop (Str., Tel.): never a name
    WORD = "word"  # anything else
