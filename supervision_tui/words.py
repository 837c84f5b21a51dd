"""Words the phone, the supervisor's screens and the report share, so the room reads the same word on all.

The urgency of a concern is chosen on the phone and shown on the console's intake list, which is the
projection in a mirrored room: one word each, from here, in both catalogues (`tui/texts.py`,
`live/i18n.py`). Topics are chosen on the console and counted in the coordinator's report. Keyed
by the stored code (`models.Urgency`, `models.Topic`), which is never shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .validation_messages import german_reason

if TYPE_CHECKING:
    from .errors import CodedError
    from .store import StoreError

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


# A stored file that cannot be read (`store.StoreError`, carrying `record.RecordError`'s codes for a
# coordinator file): on the console's resume list, in the coordinator's review list, in the report's
# warnings. Every one names the file; `record.broken` also the field and the problem.
STORED_ERRORS: dict[str, dict[str, str]] = {
    "de": {
        "error.store.unreadable": "{file}: Datei nicht lesbar ({cause}).",
        "error.journal.unreadable": "{file}: Journal nicht lesbar ({cause}).",
        "error.journal.broken_line": "{file}, Zeile {line}: beschädigter Eintrag.",
        "error.journal.second_start": "{file}, Zeile {line}: zweiter Sitzungsbeginn.",
        "error.journal.no_start": "{file}: Journal beginnt nicht mit dem Sitzungsbeginn.",
        "error.journal.empty": "{file}: Journal ist leer.",
        "error.record.unfinished": "Sitzung {session} ist nicht beendet und wird nicht als gehalten gezählt.",
        "error.record.v1_broken": "{file}: Datei der Version 1 ist beschädigt und wird nicht übernommen.",
        "error.record.v1_unfinished": "{file}: unfertige Sitzung (Version 1): wird nicht als gehalten "
        "gezählt und nicht weitergegeben.",
        "error.record.not_json": "{file}: kein gültiges JSON.",
        "error.record.not_session": "{file}: keine Sitzungsdatei.",
        "error.record.unknown_version": "{file}: unbekannte Version {version}: wird nicht gelesen.",
        "error.record.broken": "{file}: beschädigt – {where}: {reason}.",
    },
    "en": {
        "error.store.unreadable": "{file}: file cannot be read ({cause}).",
        "error.journal.unreadable": "{file}: journal cannot be read ({cause}).",
        "error.journal.broken_line": "{file}, line {line}: damaged entry.",
        "error.journal.second_start": "{file}, line {line}: second start of the session.",
        "error.journal.no_start": "{file}: the journal does not begin with the session's start.",
        "error.journal.empty": "{file}: the journal is empty.",
        "error.record.unfinished": "Session {session} has not ended and does not count as held.",
        "error.record.v1_broken": "{file}: a damaged version-1 file, not taken over.",
        "error.record.v1_unfinished": "{file}: an unfinished session (version 1): does not count as held "
        "and is not passed on.",
        "error.record.not_json": "{file}: not valid JSON.",
        "error.record.not_session": "{file}: not a session file.",
        "error.record.unknown_version": "{file}: unknown version {version}: not read.",
        "error.record.broken": "{file}: damaged – {where}: {reason}.",
    },
}


def error_params(exc: CodedError, lang: str) -> dict[str, object]:
    """The params of `exc` as its wording in `lang` fills them in: a refused field and its problem
    (`record.broken`) become words; German from `validation_messages`, English pydantic's own."""
    params = dict(exc.params)
    if exc.code == "record.broken":
        params["where"] = params["where"] or ("Datei" if lang == "de" else "file")
        problem = {
            "type": params["problem"],
            "msg": params["detail"],
            "ctx": {"expected": params["expected"]},
        }
        params["reason"] = german_reason(problem) if lang == "de" else params["detail"]
    return params


def stored_error(exc: StoreError, lang: str = "de") -> str:
    """A stored file's refusal in `lang`, for what shows it outside the console (the report's warnings)."""
    words = STORED_ERRORS.get(lang, STORED_ERRORS["de"])
    return words[f"error.{exc.code}"].format(**error_params(exc, lang))
