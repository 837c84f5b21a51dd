"""Words the phone, the supervisor's screens and the report share, so the room reads the same word on all.

The urgency of a concern is chosen on the phone and shown on the console's intake list, which is the
projection in a mirrored room: one word each, from here, in both catalogues (`tui/texts.py`,
`live/i18n.py`). Topics are chosen on the console and counted in the coordinator's report. Keyed
by the stored code (`models.Urgency`, `models.Topic`), which is never shown.
"""

from __future__ import annotations

URGENCY: dict[str, dict[str, str]] = {
    "de": {"high": "dringend", "medium": "mittel", "low": "kann warten"},
    "en": {"high": "urgent", "medium": "medium", "low": "can wait"},
}

TOPICS: dict[str, dict[str, str]] = {
    "de": {
        "authorities": "Behörden",
        "housing": "Wohnen",
        "health": "Gesundheit/psychische Belastung",
        "violence": "Gewalt/Aggression",
        "school": "Schule/Kita",
        "work": "Arbeit",
        "language": "Sprache",
        "residence": "Aufenthalt",
        "family": "Familie",
        "boundaries": "Abgrenzung/Selbstfürsorge",
        "crisis": "Krise",
    },
    "en": {
        "authorities": "Authorities",
        "housing": "Housing",
        "health": "Health/mental strain",
        "violence": "Violence/aggression",
        "school": "School/daycare",
        "work": "Work",
        "language": "Language",
        "residence": "Residence status",
        "family": "Family",
        "boundaries": "Boundaries/self-care",
        "crisis": "Crisis",
    },
}


def urgency_choices(lang: str) -> str:
    """The urgency words as a list in a sentence: „kann warten“, „mittel“ oder „dringend“."""
    words = URGENCY[lang]
    quoted = [f"„{words[v]}“" if lang == "de" else f"“{words[v]}”" for v in ("low", "medium", "high")]
    joiner = " oder " if lang == "de" else " or "
    return ", ".join(quoted[:-1]) + joiner + quoted[-1]
