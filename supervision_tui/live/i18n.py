"""Every string a phone sees, German first, English as a switch (`?lang=en`).

Templates and handlers only use keys from here, so a translation never hides in HTML.
Engine errors are German by design; `engine_error` maps the known ones for English phones.
"""

from __future__ import annotations

from ..words import URGENCY, urgency_choices

LANGS = ("de", "en")
DEFAULT_LANG = "de"

MESSAGES: dict[str, dict[str, str]] = {
    "de": {
        "app_title": "Supervision",
        "switch_lang": "English",
        "switch_lang_code": "en",
        "your_label": "Ihr Kürzel:",
        # join / Schweigepflicht
        "join_heading": "Willkommen",
        "join_intro": "Sie nehmen ohne Namen und ohne Konto teil. Ihr Handy bekommt nur eine zufällige "
        "Kennung für diese Sitzung.",
        "confidential_heading": "Schweigepflicht",
        "confidential_text": "Was hier besprochen wird, bleibt im Raum. Ich schreibe keine Namen und "
        "keine Details, an denen man eine Person erkennen kann, und gebe nichts weiter.",
        "confidential_check": "Ich halte die Schweigepflicht ein.",
        "join_button": "Bestätigen und teilnehmen",
        "join_required": "Bitte bestätigen Sie die Schweigepflicht.",
        "join_first": "Bitte bestätigen Sie zuerst die Schweigepflicht.",
        # waiting
        "waiting_heading": "Gerade keine Eingabe – schauen Sie auf die Leinwand",
        "waiting_text": "Sobald die nächste Frage kommt, erscheint sie hier.",
        "waiting_nojs": "Seite neu laden",
        # form
        "step_label": "Aktuell: {title}",
        "mood_legend": "Ihre Stimmung",
        "mood_1": "schlecht",
        "mood_2": "eher schlecht",
        "mood_3": "geht so",
        "mood_4": "gut",
        "mood_5": "sehr gut",
        "mood_text_label": "Ein Satz dazu (freiwillig)",
        "text_label": "Ihre Antwort",
        "idea_label": "Ihre Idee oder Frage",
        "closing_label": "Was ich mitnehme",
        "title_label": "Kurzer Titel des Anliegens (ohne Namen)",
        "urgency_legend": "Wie dringend?",
        # the same words as on the supervisor's screen (words.py)
        **{f"urgency_{value}": word for value, word in URGENCY["de"].items()},
        "counter": "höchstens {max} Zeichen",
        "counter_js": "{n} / {max} Zeichen",
        "consent_legend": "Wer darf das sehen?",
        "consent_quote": "Darf anonym projiziert / ins Protokoll übernommen werden",
        "consent_private": "Nur für die Supervisorin",
        "private_talk": "Ich wünsche mir ein Einzelgespräch (sieht nur die Supervisorin)",
        "no_names": "Bitte keine Namen. Text wird vor dem Speichern anonymisiert.",
        "submit": "Senden",
        "submit_change": "Änderung senden",
        # roles in a case discussion
        "role_you": "Ihre Rolle heute: {role}",
        "kept_label": "Ihr Text (nicht gesendet), zum Kopieren",
        "take_heading": "Was nehmen Sie mit?",
        "take_intro": "Die Ideen dieser Fallberatung. Die Leinwand zeigt mit ✓, was Sie mitnehmen.",
        "take_button": "Mitnehmen",
        "take_undo": "✓ Mitgenommen – zurücknehmen",
        "take_none": "Noch keine Ideen auf der Leinwand.",
        "err_role": "Als {role} senden Sie in der Phase „{phase}“ nichts – nichts wurde gespeichert.",
        "err_role_none": "In der Phase „{phase}“ nimmt Ihr Handy nichts an – nichts wurde gespeichert.",
        "err_take": "Diese Idee gibt es hier nicht (mehr). Bitte die Seite neu laden.",
        "err_storage_take": "Speichern fehlgeschlagen – nichts ist markiert. Bitte gleich noch einmal tippen.",
        # saved
        "saved_heading": "Gespeichert",
        "saved_text": "Danke! Ihre Antwort ist gespeichert.",
        "saved_as": "So wurde sie gespeichert (anonymisiert):",
        "saved_mood": "Stimmung: {mood} – {label}",
        "saved_urgency": "Dringlichkeit: {urgency}",
        "saved_consent_quote": "Darf anonym gezeigt werden.",
        "saved_consent_private": "Nur für die Supervisorin.",
        "saved_private_talk": "Einzelgespräch gewünscht.",
        "change_answer": "Antwort ändern",
        "already_answered": "Sie haben schon geantwortet. Sie können Ihre Antwort hier ändern.",
        # a late answer: the question changed before it arrived (it is refused, and kept for the phone)
        "late_notice": "Die Frage hat gewechselt, bevor Ihre Antwort ankam. Sie ist nicht gespeichert – "
        "hier ist sie noch.",
        "late_for": "Ihre Antwort auf „{question}“:",
        "late_for_unknown": "Ihre Antwort:",
        "late_text": "Ihr Text (zum Kopieren)",
        "late_title": "Ihr Anliegen (zum Kopieren)",
        "late_copy": "Text kopieren",
        "late_copied": "Kopiert",
        "late_fits": "Die neue Frage steht unten, Ihre Antwort ist dort eingetragen. Prüfen Sie, ob sie "
        "passt, und senden Sie sie – oder ändern Sie sie vorher.",
        "late_replaces": "Senden ersetzt Ihre bisherige Antwort auf die neue Frage.",
        "late_other": "Die neue Frage unten erwartet eine andere Eingabe. Kopieren Sie Ihren Text, wenn Sie "
        "ihn noch brauchen.",
        "late_none": "Gerade gibt es keine Frage. Kopieren Sie Ihren Text, wenn Sie ihn noch brauchen.",
        "late_submit": "An die neue Frage senden",
        "question_new": "Jetzt gibt es eine neue Frage. Kopieren Sie Ihren Text, dann „Seite neu laden“.",
        "question_moved": "Die Frage hat gewechselt. Ihr Text ist noch nicht gesendet: Tippen Sie auf Senden, "
        "dann bleibt er erhalten und Sie können ihn der neuen Frage geben.",
        # the restart window (the app is back after a crash, the resume is not confirmed yet)
        "restart_heading": "Die Sitzung wird gleich fortgesetzt",
        "restart_text": "Die Sitzung wird gleich fortgesetzt. Gespeicherte Antworten bleiben erhalten.",
        "restart_send": "Die Sitzung wird gleich fortgesetzt. Das eben Gesendete ist noch nicht "
        "gespeichert – bitte gleich noch einmal senden.",
        "restart_wait": "Diese Seite versucht es von selbst wieder. Den QR-Code brauchen Sie nicht noch einmal.",
        "restart_stay": "Nicht von selbst neu laden",
        "restart_kept": "Ihr Text ist hier aufgehoben. Sobald die Sitzung weiterläuft, senden Sie ihn mit "
        "einem Tipp noch einmal – er wird nur einmal gespeichert.",
        "restart_resend": "Noch einmal senden",
        "ended_late": "Die Sitzung ist beendet, bevor Ihre Antwort ankam. Sie ist nicht gespeichert – "
        "hier ist sie zum Kopieren.",
        # ended / errors
        "ended_heading": "Die Sitzung ist beendet",
        "ended_text": "Danke fürs Mitmachen! Sie können diese Seite schließen.",
        "error_heading": "Das hat nicht geklappt",
        "back": "Zurück zur Frage",
        "err_not_found": "Diese Sitzung gibt es nicht (mehr). Bitte den QR-Code an der Leinwand neu scannen.",
        "err_ended": "Die Sitzung ist beendet. Danke fürs Mitmachen!",
        "err_too_large": "Die Eingabe ist zu groß (höchstens 4 KB). Bitte kürzer fassen.",
        "err_encoding": "Die Eingabe ist nicht als UTF-8 lesbar. Bitte erneut senden.",
        "err_format": "Unbekanntes Eingabeformat. Bitte das Formular benutzen.",
        "err_rate": "Zu viele Eingaben in kurzer Zeit. Bitte eine Minute warten.",
        "err_invalid": "Die Eingabe ist ungültig: {detail}",
        "err_mood": "Bitte einen Wert von 1 bis 5 wählen.",
        "err_text_long": "Bitte höchstens {max} Zeichen.",
        "err_title_long": "Der Titel ist zu lang (höchstens 120 Zeichen).",
        "err_urgency": f"Bitte {urgency_choices('de')} wählen.",
        "err_consent": "Bitte wählen, wer die Antwort sehen darf.",
        "err_step": "Unbekannte Runde.",
        "err_step_missing": "Die Antwort nennt keine Runde. Bitte die Seite neu laden und noch einmal senden.",
        "err_field": "Feld „{field}“ ist ungültig.",
        "err_not_current": "Die Runde hat gewechselt. Bitte die aktuelle Frage beantworten.",
        "err_storage": "Speichern fehlgeschlagen – Ihre Antwort ist nicht gespeichert. Bitte gleich noch einmal senden.",
        "err_storage_join": "Speichern fehlgeschlagen – Sie sind noch nicht angemeldet. Bitte gleich noch einmal "
        "bestätigen.",
        "err_server": "Interner Fehler. Bitte noch einmal versuchen.",
        "err_method": "Diese Aktion ist hier nicht möglich.",
        "err_cross_site": "Diese Anfrage kam von einer fremden Seite und wurde abgelehnt. "
        "Bitte nur das Formular dieser Sitzung benutzen (QR-Code an der Leinwand).",
        "err_busy": "Zu viele offene Verbindungen. Bitte die Seite neu laden.",
        "no_network": "Kein Netzwerk gefunden – die Adresse gilt nur auf diesem Rechner (localhost). "
        "WLAN oder Hotspot einschalten und neu starten.",
        "port_taken": "Port {port} belegt – verwende {new}.",
    },
    "en": {
        "app_title": "Supervision",
        "switch_lang": "Deutsch",
        "switch_lang_code": "de",
        "your_label": "Your code:",
        "join_heading": "Welcome",
        "join_intro": "You take part without a name and without an account. Your phone only gets a "
        "random identifier for this session.",
        "confidential_heading": "Confidentiality",
        "confidential_text": "What is discussed here stays in the room. I write no names and no details "
        "that identify a person, and I pass nothing on.",
        "confidential_check": "I keep this confidential.",
        "join_button": "Confirm and join",
        "join_required": "Please confirm confidentiality.",
        "join_first": "Please confirm confidentiality first.",
        "waiting_heading": "No input right now – please look at the screen",
        "waiting_text": "The next question will appear here.",
        "waiting_nojs": "Reload page",
        "step_label": "Now: {title}",
        "mood_legend": "Your mood",
        "mood_1": "bad",
        "mood_2": "rather bad",
        "mood_3": "so-so",
        "mood_4": "good",
        "mood_5": "very good",
        "mood_text_label": "A sentence about it (optional)",
        "text_label": "Your answer",
        "idea_label": "Your idea or question",
        "closing_label": "What I take with me",
        "title_label": "Short title of your case (no names)",
        "urgency_legend": "How urgent?",
        **{f"urgency_{value}": word for value, word in URGENCY["en"].items()},
        "counter": "at most {max} characters",
        "counter_js": "{n} / {max} characters",
        "consent_legend": "Who may see this?",
        "consent_quote": "May be projected / recorded anonymously",
        "consent_private": "Only for the supervisor",
        "private_talk": "I would like a one-to-one talk (only the supervisor sees this)",
        "no_names": "Please no names. Text is anonymized before it is stored.",
        "submit": "Send",
        "submit_change": "Send change",
        "role_you": "Your role today: {role}",
        "kept_label": "Your text (not sent), to copy",
        "take_heading": "What do you take along?",
        "take_intro": "The ideas of this case discussion. The screen marks what you take along with ✓.",
        "take_button": "Take along",
        "take_undo": "✓ Taken along – undo",
        "take_none": "No ideas on the screen yet.",
        "err_role": "As {role} you send nothing in the phase “{phase}” – nothing was saved.",
        "err_role_none": "Your phone takes nothing in the phase “{phase}” – nothing was saved.",
        "err_take": "This idea is not here (any more). Please reload the page.",
        "err_storage_take": "Saving failed – nothing is marked. Please tap again in a moment.",
        "saved_heading": "Saved",
        "saved_text": "Thank you! Your answer is saved.",
        "saved_as": "Stored like this (anonymized):",
        "saved_mood": "Mood: {mood} – {label}",
        "saved_urgency": "Urgency: {urgency}",
        "saved_consent_quote": "May be shown anonymously.",
        "saved_consent_private": "Only for the supervisor.",
        "saved_private_talk": "One-to-one talk requested.",
        "change_answer": "Change answer",
        "already_answered": "You have answered already. You can change your answer here.",
        "late_notice": "The question changed before your answer arrived. It is not saved – here it is.",
        "late_for": "Your answer to “{question}”:",
        "late_for_unknown": "Your answer:",
        "late_text": "Your text (to copy)",
        "late_title": "Your concern (to copy)",
        "late_copy": "Copy text",
        "late_copied": "Copied",
        "late_fits": "The new question is below, with your answer filled in. Check that it fits and send "
        "it – or change it first.",
        "late_replaces": "Sending replaces your earlier answer to the new question.",
        "late_other": "The new question below asks for a different kind of input. Copy your text if you "
        "still need it.",
        "late_none": "There is no question right now. Copy your text if you still need it.",
        "late_submit": "Send to the new question",
        "question_new": "There is a new question now. Copy your text, then “Reload page”.",
        "question_moved": "The question has changed. Your text is not sent yet: tap Send, it is kept and "
        "you can give it to the new question.",
        "restart_heading": "The session will continue in a moment",
        "restart_text": "The session will continue in a moment. Saved answers are kept.",
        "restart_send": "The session will continue in a moment. What you just sent is not saved yet – "
        "please send it again in a moment.",
        "restart_wait": "This page tries again by itself. There is no need to scan the QR code again.",
        "restart_stay": "Stop reloading by itself",
        "restart_kept": "Your text is kept here. As soon as the session continues, send it again with one "
        "tap – it is saved only once.",
        "restart_resend": "Send again",
        "ended_late": "The session ended before your answer arrived. It is not saved – here it is to copy.",
        "ended_heading": "The session has ended",
        "ended_text": "Thank you for taking part! You can close this page.",
        "error_heading": "That did not work",
        "back": "Back to the question",
        "err_not_found": "This session does not exist (any more). Please scan the QR code again.",
        "err_ended": "The session has ended. Thank you for taking part!",
        "err_too_large": "The input is too large (at most 4 KB). Please shorten it.",
        "err_encoding": "The input is not readable as UTF-8. Please send it again.",
        "err_format": "Unknown input format. Please use the form.",
        "err_rate": "Too many submissions in a short time. Please wait a minute.",
        "err_invalid": "The input is invalid: {detail}",
        "err_mood": "Please choose a value from 1 to 5.",
        "err_text_long": "Please use at most {max} characters.",
        "err_title_long": "The title is too long (at most 120 characters).",
        "err_urgency": f"Please choose {urgency_choices('en')}.",
        "err_consent": "Please choose who may see the answer.",
        "err_step": "Unknown round.",
        "err_step_missing": "The answer names no round. Please reload the page and send again.",
        "err_field": "Field “{field}” is invalid.",
        "err_not_current": "The round has changed. Please answer the current question.",
        "err_storage": "Saving failed – your answer was not saved. Please send it again in a moment.",
        "err_storage_join": "Saving failed – you have not joined yet. Please confirm again in a moment.",
        "err_server": "Internal error. Please try again.",
        "err_method": "This action is not possible here.",
        "err_cross_site": "This request came from another site and was refused. "
        "Please use only this session's form (QR code on the screen).",
        "err_busy": "Too many open connections. Please reload the page.",
        "no_network": "No network found – the address only works on this computer (localhost). "
        "Switch on Wi-Fi or a hotspot and restart.",
        "port_taken": "Port {port} in use – using {new}.",
    },
}

# The engine speaks German; these are its messages a phone can trigger, for English phones.
_ENGINE_EN = {
    "Die Runde hat gewechselt. Bitte die aktuelle Frage beantworten.": "err_not_current",
    "Die Sitzung ist beendet. Danke fürs Mitmachen!": "err_ended",
    "Die Sitzung ist beendet.": "err_ended",
    "Bitte einen Wert auf der Skala wählen.": "err_mood",
}
_ENGINE_EN_TEXT = {
    "Bitte einen kurzen Titel für das Anliegen angeben.": "Please give a short title for your case.",
    "Bitte einen Text eingeben.": "Please enter a text.",
}


def pick_lang(value: str | None) -> str:
    return value if value in LANGS else DEFAULT_LANG


def t(lang: str, key: str, **values: object) -> str:
    """The message `key` in `lang` (German if missing), with `{placeholders}` filled in."""
    text = MESSAGES.get(lang, MESSAGES[DEFAULT_LANG]).get(key) or MESSAGES[DEFAULT_LANG][key]
    return text.format(**values) if values else text


def engine_error(lang: str, message: str) -> str:
    """An engine error for the phone: German as is, English where we know the message."""
    if lang == "de":
        return message
    if message in _ENGINE_EN:
        return t(lang, _ENGINE_EN[message])
    if message in _ENGINE_EN_TEXT:
        return _ENGINE_EN_TEXT[message]
    if message.startswith("Bitte höchstens ") and message.endswith(" Zeichen."):
        return t(lang, "err_text_long", max=message.removeprefix("Bitte höchstens ").split()[0])
    return message


def catalogue(lang: str) -> dict[str, str]:
    """All messages of `lang` (German filled in for missing keys), for templates."""
    merged = dict(MESSAGES[DEFAULT_LANG])
    merged.update(MESSAGES.get(lang, {}))
    return merged
