"""Every string a phone sees, German first, English as a switch (`?lang=en`).

Templates and handlers only use keys from here, so a translation never hides in HTML. Keys are
`area.name` like the console's (`tui/texts.py`); templates read them as `m["join.heading"]`. The
engine refuses with a code (`EngineError.code`); `engine_error` words it from the `error.<code>` key.
`phrase` is the phone's lookup; the console's is `tui.texts.Texts`.
"""

from __future__ import annotations

from ..engine import EngineError
from ..words import ERRORS, URGENCY, urgency_choices

LANGS = ("de", "en")
DEFAULT_LANG = "de"

MESSAGES: dict[str, dict[str, str]] = {
    "de": {
        "app.title": "Supervision",
        "switch.lang": "English",
        "switch.lang_code": "en",
        "app.your_label": "Ihr Kürzel:",
        # join / Schweigepflicht
        "join.heading": "Willkommen",
        "join.intro": "Sie nehmen ohne Namen und ohne Konto teil. Ihr Handy bekommt nur eine zufällige "
        "Kennung für diese Sitzung.",
        "confidential.heading": "Schweigepflicht",
        "confidential.text": "Was hier besprochen wird, bleibt im Raum. Ich schreibe keine Namen und "
        "keine Details, an denen man eine Person erkennen kann, und gebe nichts weiter.",
        "confidential.check": "Ich halte die Schweigepflicht ein.",
        "join.button": "Bestätigen und teilnehmen",
        "join.required": "Bitte bestätigen Sie die Schweigepflicht.",
        "join.first": "Bitte bestätigen Sie zuerst die Schweigepflicht.",
        # waiting
        "waiting.heading": "Gerade keine Eingabe – schauen Sie auf die Leinwand",
        "waiting.text": "Sobald die nächste Frage kommt, erscheint sie hier.",
        "waiting.nojs": "Seite neu laden",
        # form
        "form.step_label": "Aktuell: {title}",
        "mood.legend": "Ihre Stimmung",
        "mood.1": "schlecht",
        "mood.2": "eher schlecht",
        "mood.3": "geht so",
        "mood.4": "gut",
        "mood.5": "sehr gut",
        "form.mood_text_label": "Ein Satz dazu (freiwillig)",
        "form.text_label": "Ihre Antwort",
        "form.idea_label": "Ihre Idee oder Frage",
        "form.closing_label": "Was ich mitnehme",
        "form.title_label": "Kurzer Titel des Anliegens (ohne Namen)",
        "urgency.legend": "Wie dringend?",
        # the same words as on the supervisor's screen (words.py)
        **{f"urgency.{value}": word for value, word in URGENCY["de"].items()},
        "form.counter": "höchstens {max} Zeichen",
        "form.counter_js": "{n} / {max} Zeichen",
        "consent.legend": "Wer darf das sehen?",
        "consent.quote": "Darf anonym projiziert / ins Protokoll übernommen werden",
        "consent.private": "Nur für die Supervisor·in",
        "form.private_talk": "Ich wünsche mir ein Einzelgespräch (sieht nur die Supervisor·in)",
        "form.no_names": "Bitte keine Namen. Text wird vor dem Speichern anonymisiert.",
        "form.submit": "Senden",
        "form.submit_change": "Änderung senden",
        # roles in a case discussion
        "role.you": "Ihre Rolle heute: {role}",
        "form.kept_label": "Ihr Text (nicht gesendet), zum Kopieren",
        "take.heading": "Was nehmen Sie mit?",
        "take.intro": "Die Ideen dieser Fallberatung. Die Leinwand zeigt mit ✓, was Sie mitnehmen.",
        "take.button": "Mitnehmen",
        "take.undo": "✓ Mitgenommen – zurücknehmen",
        "take.none": "Noch keine Ideen auf der Leinwand.",
        "error.take": "Diese Idee gibt es hier nicht (mehr). Bitte die Seite neu laden.",
        "error.storage_take": "Speichern fehlgeschlagen – nichts ist markiert. Bitte gleich noch einmal tippen.",
        # saved
        "saved.heading": "Gespeichert",
        "saved.text": "Danke! Ihre Antwort ist gespeichert.",
        "saved.as": "So wurde sie gespeichert (anonymisiert):",
        "saved.mood": "Stimmung: {mood} – {label}",
        "saved.urgency": "Dringlichkeit: {urgency}",
        "saved.consent_quote": "Darf anonym gezeigt werden.",
        "saved.consent_private": "Nur für die Supervisor·in.",
        "saved.private_talk": "Einzelgespräch gewünscht.",
        "saved.change_answer": "Antwort ändern",
        "form.already_answered": "Sie haben schon geantwortet. Sie können Ihre Antwort hier ändern.",
        # an idea phase: several ideas per phone, each changed on its own
        "saved.ideas_text": "Danke! Ihre Ideen sind gespeichert:",
        "saved.idea_count": "{count} von höchstens {max} Ideen",
        "saved.more_idea": "Weitere Idee",
        "saved.change_idea": "Ändern",
        "saved.change_idea_label": "Idee {n} ändern",
        "saved.ideas_full": "Mehr Ideen gehen in dieser Phase nicht; Sie können jede davon ändern.",
        "form.changing_idea": "Sie ändern Ihre Idee. Eine weitere Idee senden Sie über „Weitere Idee“.",
        # the same, where the template names its answers itself (answers_title: "Bilder und Gefühle")
        "named.ideas_text": "Danke! Gespeichert – {title}:",
        "named.idea_count": "{count} von höchstens {max}",
        "named.more_idea": "Noch etwas senden",
        "named.change_idea_label": "Nummer {n} ändern",
        "named.ideas_full": "Mehr geht in dieser Phase nicht; Sie können jede Antwort ändern.",
        "named.changing_idea": "Sie ändern eine Ihrer Antworten. Etwas Neues senden Sie über „Noch etwas senden“.",
        "named.too_many": "Sie haben in dieser Phase schon {max} Antworten gesendet – mehr geht nicht. "
        "Ihr Text steht noch hier: Sie können damit eine Ihrer Antworten ändern.",
        # a late answer: the question changed before it arrived (it is refused, and kept for the phone)
        "late.notice": "Die Frage hat gewechselt, bevor Ihre Antwort ankam. Sie ist nicht gespeichert – "
        "hier ist sie noch.",
        "late.for": "Ihre Antwort auf „{question}“:",
        "late.for_unknown": "Ihre Antwort:",
        "late.text": "Ihr Text (zum Kopieren)",
        "late.title": "Ihr Anliegen (zum Kopieren)",
        "late.copy": "Text kopieren",
        "late.copied": "Kopiert",
        "late.fits": "Die neue Frage steht unten, Ihre Antwort ist dort eingetragen. Prüfen Sie, ob sie "
        "passt, und senden Sie sie – oder ändern Sie sie vorher.",
        "late.replaces": "Senden ersetzt Ihre bisherige Antwort auf die neue Frage.",
        "late.other": "Die neue Frage unten erwartet eine andere Eingabe. Kopieren Sie Ihren Text, wenn Sie "
        "ihn noch brauchen.",
        "late.none": "Gerade gibt es keine Frage. Kopieren Sie Ihren Text, wenn Sie ihn noch brauchen.",
        "late.submit": "An die neue Frage senden",
        "question.new": "Jetzt gibt es eine neue Frage. Kopieren Sie Ihren Text, dann „Seite neu laden“.",
        "question.moved": "Die Frage hat gewechselt. Ihr Text ist noch nicht gesendet: Tippen Sie auf Senden, "
        "dann bleibt er erhalten und Sie können ihn der neuen Frage geben.",
        # the restart window (the app is back after a crash, the resume is not confirmed yet)
        "restart.heading": "Die Sitzung wird gleich fortgesetzt",
        "restart.text": "Die Sitzung wird gleich fortgesetzt. Gespeicherte Antworten bleiben erhalten.",
        "restart.send": "Die Sitzung wird gleich fortgesetzt. Das eben Gesendete ist noch nicht "
        "gespeichert – bitte gleich noch einmal senden.",
        "restart.wait": "Diese Seite versucht es von selbst wieder. Den QR-Code brauchen Sie nicht noch einmal.",
        "restart.stay": "Nicht von selbst neu laden",
        "restart.kept": "Ihr Text ist hier aufgehoben. Sobald die Sitzung weiterläuft, senden Sie ihn mit "
        "einem Tipp noch einmal – er wird nur einmal gespeichert.",
        "restart.resend": "Noch einmal senden",
        "ended.late": "Die Sitzung ist beendet, bevor Ihre Antwort ankam. Sie ist nicht gespeichert – "
        "hier ist sie zum Kopieren.",
        # ended / errors
        "ended.heading": "Die Sitzung ist beendet",
        "ended.text": "Danke fürs Mitmachen! Sie können diese Seite schließen.",
        "error.heading": "Das hat nicht geklappt",
        "error.back": "Zurück zur Frage",
        "error.not_found": "Diese Sitzung gibt es nicht (mehr). Bitte den QR-Code an der Leinwand neu scannen.",
        "error.too_large": "Die Eingabe ist zu groß (höchstens 4 KB). Bitte kürzer fassen.",
        "error.encoding": "Die Eingabe ist nicht als UTF-8 lesbar. Bitte erneut senden.",
        "error.format": "Unbekanntes Eingabeformat. Bitte das Formular benutzen.",
        "error.rate": "Zu viele Eingaben in kurzer Zeit. Bitte eine Minute warten.",
        "error.invalid": "Die Eingabe ist ungültig: {detail}",
        "error.mood": "Bitte einen Wert von 1 bis 5 wählen.",
        "error.title_long": "Der Titel ist zu lang (höchstens {max} Zeichen).",
        "error.urgency": f"Bitte {urgency_choices('de')} wählen.",
        "error.consent": "Bitte wählen, wer die Antwort sehen darf.",
        "error.step": "Unbekannte Runde.",
        "error.step_missing": "Die Antwort nennt keine Runde. Bitte die Seite neu laden und noch einmal senden.",
        "error.field": "Feld „{field}“ ist ungültig.",
        "error.storage_join": "Speichern fehlgeschlagen – Sie sind noch nicht angemeldet. Bitte gleich noch einmal "
        "bestätigen.",
        "error.server": "Interner Fehler. Bitte noch einmal versuchen.",
        "error.method": "Diese Aktion ist hier nicht möglich.",
        "error.cross_site": "Diese Anfrage kam von einer fremden Seite und wurde abgelehnt. "
        "Bitte nur das Formular dieser Sitzung benutzen (QR-Code an der Leinwand).",
        "error.busy": "Zu viele offene Verbindungen. Bitte die Seite neu laden.",
        # the engine's refusals, by code (`EngineError.code`), with its params
        **ERRORS["de"],  # the engine's refusals worded alike on phone and console
        "error.session.closed": "Die Sitzung ist beendet. Danke fürs Mitmachen!",
        "error.step.unknown": "Diese Runde gibt es nicht. Bitte die Seite neu laden.",
        "error.phase.unknown": "Diese Phase gibt es nicht. Bitte die Seite neu laden.",
        "error.role.refused": "Als {role} senden Sie in der Phase „{phase}“ nichts – nichts wurde gespeichert.",
        "error.role.refused_none": "In der Phase „{phase}“ nimmt Ihr Handy nichts an – nichts wurde gespeichert.",
        "error.role.unknown": "Die Rolle „{role}“ gibt es in dieser Runde nicht.",
        "error.storage.failed": "Speichern fehlgeschlagen – Ihre Antwort ist nicht gespeichert. Bitte gleich "
        "noch einmal senden.",
        "error.idea.unknown": "Diese Idee gibt es hier nicht (mehr). Bitte die Seite neu laden.",
        "error.idea.too_many": (
            "Sie haben in dieser Phase schon {max} Ideen gegeben – mehr geht nicht. "
            "Ihr Text steht noch hier: Sie können damit eine Ihrer Ideen ändern."
        ),
        "server.no_network": "Kein Netzwerk gefunden – die Adresse gilt nur auf diesem Rechner (localhost). "
        "WLAN oder Hotspot einschalten und neu starten.",
        "server.port_taken": "Port {port} belegt – verwende {new}.",
    },
    "en": {
        "app.title": "Supervision",
        "switch.lang": "Deutsch",
        "switch.lang_code": "de",
        "app.your_label": "Your code:",
        "join.heading": "Welcome",
        "join.intro": "You take part without a name and without an account. Your phone only gets a "
        "random identifier for this session.",
        "confidential.heading": "Confidentiality",
        "confidential.text": "What is discussed here stays in the room. I write no names and no details "
        "that identify a person, and I pass nothing on.",
        "confidential.check": "I keep this confidential.",
        "join.button": "Confirm and join",
        "join.required": "Please confirm confidentiality.",
        "join.first": "Please confirm confidentiality first.",
        "waiting.heading": "No input right now – please look at the screen",
        "waiting.text": "The next question will appear here.",
        "waiting.nojs": "Reload page",
        "form.step_label": "Now: {title}",
        "mood.legend": "Your mood",
        "mood.1": "bad",
        "mood.2": "rather bad",
        "mood.3": "so-so",
        "mood.4": "good",
        "mood.5": "very good",
        "form.mood_text_label": "A sentence about it (optional)",
        "form.text_label": "Your answer",
        "form.idea_label": "Your idea or question",
        "form.closing_label": "What I take with me",
        "form.title_label": "Short title of your case (no names)",
        "urgency.legend": "How urgent?",
        **{f"urgency.{value}": word for value, word in URGENCY["en"].items()},
        "form.counter": "at most {max} characters",
        "form.counter_js": "{n} / {max} characters",
        "consent.legend": "Who may see this?",
        "consent.quote": "May be projected / recorded anonymously",
        "consent.private": "Only for the supervisor",
        "form.private_talk": "I would like a one-to-one talk (only the supervisor sees this)",
        "form.no_names": "Please no names. Text is anonymized before it is stored.",
        "form.submit": "Send",
        "form.submit_change": "Send change",
        "role.you": "Your role today: {role}",
        "form.kept_label": "Your text (not sent), to copy",
        "take.heading": "What do you take along?",
        "take.intro": "The ideas of this case discussion. The screen marks what you take along with ✓.",
        "take.button": "Take along",
        "take.undo": "✓ Taken along – undo",
        "take.none": "No ideas on the screen yet.",
        "error.take": "This idea is not here (any more). Please reload the page.",
        "error.storage_take": "Saving failed – nothing is marked. Please tap again in a moment.",
        "saved.heading": "Saved",
        "saved.text": "Thank you! Your answer is saved.",
        "saved.as": "Stored like this (anonymized):",
        "saved.mood": "Mood: {mood} – {label}",
        "saved.urgency": "Urgency: {urgency}",
        "saved.consent_quote": "May be shown anonymously.",
        "saved.consent_private": "Only for the supervisor.",
        "saved.private_talk": "One-to-one talk requested.",
        "saved.change_answer": "Change answer",
        "form.already_answered": "You have answered already. You can change your answer here.",
        "saved.ideas_text": "Thank you! Your ideas are saved:",
        "saved.idea_count": "{count} of at most {max} ideas",
        "saved.more_idea": "Another idea",
        "saved.change_idea": "Change",
        "saved.change_idea_label": "Change idea {n}",
        "saved.ideas_full": "No more ideas in this phase; you can change each of them.",
        "form.changing_idea": "You are changing your idea. Send another idea with “Another idea”.",
        "named.ideas_text": "Thank you! Saved – {title}:",
        "named.idea_count": "{count} of at most {max}",
        "named.more_idea": "Send another",
        "named.change_idea_label": "Change number {n}",
        "named.ideas_full": "No more in this phase; you can change each answer.",
        "named.changing_idea": "You are changing one of your answers. Send something new with “Send another”.",
        "named.too_many": "You have sent {max} answers in this phase already – that is the most. "
        "Your text is still here: you can use it to change one of your answers.",
        "late.notice": "The question changed before your answer arrived. It is not saved – here it is.",
        "late.for": "Your answer to “{question}”:",
        "late.for_unknown": "Your answer:",
        "late.text": "Your text (to copy)",
        "late.title": "Your concern (to copy)",
        "late.copy": "Copy text",
        "late.copied": "Copied",
        "late.fits": "The new question is below, with your answer filled in. Check that it fits and send "
        "it – or change it first.",
        "late.replaces": "Sending replaces your earlier answer to the new question.",
        "late.other": "The new question below asks for a different kind of input. Copy your text if you "
        "still need it.",
        "late.none": "There is no question right now. Copy your text if you still need it.",
        "late.submit": "Send to the new question",
        "question.new": "There is a new question now. Copy your text, then “Reload page”.",
        "question.moved": "The question has changed. Your text is not sent yet: tap Send, it is kept and "
        "you can give it to the new question.",
        "restart.heading": "The session will continue in a moment",
        "restart.text": "The session will continue in a moment. Saved answers are kept.",
        "restart.send": "The session will continue in a moment. What you just sent is not saved yet – "
        "please send it again in a moment.",
        "restart.wait": "This page tries again by itself. There is no need to scan the QR code again.",
        "restart.stay": "Stop reloading by itself",
        "restart.kept": "Your text is kept here. As soon as the session continues, send it again with one "
        "tap – it is saved only once.",
        "restart.resend": "Send again",
        "ended.late": "The session ended before your answer arrived. It is not saved – here it is to copy.",
        "ended.heading": "The session has ended",
        "ended.text": "Thank you for taking part! You can close this page.",
        "error.heading": "That did not work",
        "error.back": "Back to the question",
        "error.not_found": "This session does not exist (any more). Please scan the QR code again.",
        "error.too_large": "The input is too large (at most 4 KB). Please shorten it.",
        "error.encoding": "The input is not readable as UTF-8. Please send it again.",
        "error.format": "Unknown input format. Please use the form.",
        "error.rate": "Too many submissions in a short time. Please wait a minute.",
        "error.invalid": "The input is invalid: {detail}",
        "error.mood": "Please choose a value from 1 to 5.",
        "error.title_long": "The title is too long (at most {max} characters).",
        "error.urgency": f"Please choose {urgency_choices('en')}.",
        "error.consent": "Please choose who may see the answer.",
        "error.step": "Unknown round.",
        "error.step_missing": "The answer names no round. Please reload the page and send again.",
        "error.field": "Field “{field}” is invalid.",
        "error.storage_join": "Saving failed – you have not joined yet. Please confirm again in a moment.",
        "error.server": "Internal error. Please try again.",
        "error.method": "This action is not possible here.",
        "error.cross_site": "This request came from another site and was refused. "
        "Please use only this session's form (QR code on the screen).",
        "error.busy": "Too many open connections. Please reload the page.",
        **ERRORS["en"],
        "error.session.closed": "The session has ended. Thank you for taking part!",
        "error.step.unknown": "This round does not exist. Please reload the page.",
        "error.phase.unknown": "This phase does not exist. Please reload the page.",
        "error.role.refused": "As {role} you send nothing in the phase “{phase}” – nothing was saved.",
        "error.role.refused_none": "Your phone takes nothing in the phase “{phase}” – nothing was saved.",
        "error.role.unknown": "There is no role “{role}” in this round.",
        "error.storage.failed": "Saving failed – your answer was not saved. Please send it again in a moment.",
        "error.answer.mood_missing": "Please choose a value from 1 to 5.",
        "error.answer.title_missing": "Please give a short title for your case.",
        "error.idea.unknown": "This idea is not here (any more). Please reload the page.",
        "error.idea.too_many": (
            "You have given {max} ideas in this phase already – that is the most. "
            "Your text is still here: you can use it to change one of your ideas."
        ),
        "server.no_network": "No network found – the address only works on this computer (localhost). "
        "Switch on Wi-Fi or a hotspot and restart.",
        "server.port_taken": "Port {port} in use – using {new}.",
    },
}


def pick_lang(value: str | None) -> str:
    return value if value in LANGS else DEFAULT_LANG


def phrase(lang: str, key: str, **values: object) -> str:
    """The message `key` in `lang` (German if missing), with `{placeholders}` filled in."""
    text = MESSAGES.get(lang, MESSAGES[DEFAULT_LANG]).get(key) or MESSAGES[DEFAULT_LANG][key]
    return text.format(**values) if values else text


def engine_error(lang: str, exc: EngineError) -> str:
    """The engine's refusal `exc` for a phone in `lang`, worded from its code and params."""
    return phrase(lang, f"error.{exc.code}", **exc.params)


_NAMED = {
    "saved.ideas_text": "named.ideas_text",
    "saved.idea_count": "named.idea_count",
    "saved.more_idea": "named.more_idea",
    "saved.change_idea_label": "named.change_idea_label",
    "saved.ideas_full": "named.ideas_full",
    "form.changing_idea": "named.changing_idea",
    "error.idea.too_many": "named.too_many",
}


def named_catalogue(lang: str, title: str) -> dict[str, str]:
    """The catalogue for a phase whose template names its answers (`title`, e.g. "Bilder und Gefühle"):
    the idea pages speak of what the method asks for, never of "Ideen"."""
    merged = catalogue(lang)
    for key, named in _NAMED.items():
        merged[key] = merged[named]
    merged["saved.ideas_text"] = merged["saved.ideas_text"].format(title=title)
    return merged


def catalogue(lang: str) -> dict[str, str]:
    """All messages of `lang` (German filled in for missing keys), for templates."""
    merged = dict(MESSAGES[DEFAULT_LANG])
    merged.update(MESSAGES.get(lang, {}))
    return merged
