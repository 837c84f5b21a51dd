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


# The engine's refusals (`EngineError.code`) that read the same to a volunteer and to the supervisor.
# Where the audiences differ (a phone is told nothing was saved; the console how to go on), each
# catalogue words the code itself.
ERRORS: dict[str, dict[str, str]] = {
    "de": {
        "error.series.mismatch": "Die vorige Sitzung gehört zu einer anderen Reihe.",
        "error.step.not_current": "Die Runde hat gewechselt. Bitte die aktuelle Frage beantworten.",
        "error.paper.unknown": "„{label}“ ist keine Papier-Antwort dieser Sitzung.",
        "error.participant.unknown": "„{label}“ ist nicht angemeldet.",
        "error.answer.mood_missing": "Bitte einen Wert auf der Skala wählen.",
        "error.answer.title_missing": "Bitte einen kurzen Titel für das Anliegen angeben.",
        "error.answer.text_missing": "Bitte einen Text eingeben.",
        "error.text.too_long": "Bitte höchstens {max} Zeichen.",
        "error.answer.unknown": "Diese Antwort gibt es nicht.",
        "error.answer.not_own": "Diese Idee ist nicht Ihre: Sie können nur Ihre eigenen Ideen ändern.",
        "error.answer.not_concern": "Diese Antwort ist kein Anliegen.",
        "error.concern.already_case": "Dieses Anliegen ist schon ein Fall.",
        "error.case.none": "Noch kein Fall gewählt.",
        "error.case.unknown": "Diesen Fall gibt es nicht.",
        "error.agreement.unknown": "Diese Vereinbarung gibt es nicht.",
        "error.order.none": "Noch keine Reihenfolge ausgelost.",
    },
    "en": {
        "error.series.mismatch": "The previous session belongs to another series.",
        "error.step.not_current": "The round has changed. Please answer the current question.",
        "error.paper.unknown": "“{label}” is not a paper answer of this session.",
        "error.participant.unknown": "“{label}” has not joined.",
        "error.answer.text_missing": "Please enter a text.",
        "error.text.too_long": "Please use at most {max} characters.",
        "error.answer.unknown": "This answer does not exist.",
        "error.answer.not_own": "This idea is not yours: you can only change your own ideas.",
        "error.answer.not_concern": "This answer is not a concern.",
        "error.concern.already_case": "This concern is a case already.",
        "error.case.none": "No case chosen yet.",
        "error.case.unknown": "This case does not exist.",
        "error.agreement.unknown": "This agreement does not exist.",
        "error.order.none": "No speaking order drawn yet.",
    },
}
