"""From untrusted form bytes to an `AnswerInput`: decode, clean, map, validate.

Nothing here decides a business rule (that is the engine's job); it only makes sure what reaches
the engine is well-formed UTF-8 text without terminal control sequences.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl

from pydantic import ValidationError

from ..engine import AnswerInput
from ..models import Urgency, max_length
from .i18n import phrase

# The largest request body a phone may send, and so any one form field: more is refused with 413
# before it is parsed (the catalogue's `error.too_large` says "4 KB").
MAX_BODY = 4096

# ESC sequences: CSI (ESC [ … final), OSC (ESC ] … BEL/ST), DCS/SOS/PM/APC (… ST), two-byte ESC x.
_ESC_SEQ = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"
    r"|\x1b[ -/]*[0-~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|[\x90\x98\x9d-\x9f][^\x07\x1b\x9c]*(?:\x07|\x9c|\x1b\\)?",
    re.S,
)
# C0 except newline and tab, DEL, C1, bidi marks, overrides and isolates, and the invisible ones: soft
# hyphen, zero-width space / non-joiner, word joiner, invisible operators, BOM. Hidden inside a name
# they would keep the anonymizer from finding it, and the projection would show the name whole.
_CONTROL = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u061c\u180e\u200b\u200c\u200e\u200f\u202a-\u202e"
    r"\u2060-\u2064\u2066-\u2069\ufeff]"
)
# The zero-width joiner stays where it joins emoji (👨‍👩‍👧 is one family, not three people); anywhere
# else it goes like the other invisible characters.
_EMOJI = r"\u2600-\u27bf\U0001f000-\U0001faff"
_LONE_ZWJ = re.compile(rf"(?<![{_EMOJI}\ufe0f])\u200d|\u200d(?![{_EMOJI}])")


def clean_text(value: str, *, single_line: bool = False) -> str:
    """Keep text literal and harmless for a terminal: no control characters, no escape sequences."""
    if not value:
        return value
    if value.isprintable():
        # No control, format, line or paragraph character at all (ESC and C1 are control characters,
        # the bidi marks and zero-width ones are format characters): nothing below would change it.
        return " ".join(value.split()) if single_line else value
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    value = _ESC_SEQ.sub("", value)
    value = _LONE_ZWJ.sub("", _CONTROL.sub("", value)).replace("\t", " ")
    if single_line:
        value = " ".join(value.split())
    return value


class FormError(Exception):
    """A request the form layer rejects; `status` is the HTTP status, `message` is for the phone."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def decode_form(body: bytes, content_type: str, lang: str) -> dict[str, str]:
    """`application/x-www-form-urlencoded` → first value per field. Non-UTF-8 is a 400."""
    if content_type not in ("application/x-www-form-urlencoded", ""):
        raise FormError(400, phrase(lang, "error.format"))
    try:
        text = body.decode("utf-8", errors="strict")
        pairs = parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict", max_num_fields=40)
    except UnicodeDecodeError as exc:
        raise FormError(400, phrase(lang, "error.encoding")) from exc
    except ValueError as exc:  # too many fields
        raise FormError(400, phrase(lang, "error.format")) from exc
    fields: dict[str, str] = {}
    for key, value in pairs:
        fields.setdefault(key, value)
    return fields


_TRUE = {"1", "on", "true", "yes", "ja"}


def _int_or_none(value: str | None, lang: str, error_key: str, **kw: object) -> int | None:
    if value is None or value.strip() == "":
        return None
    try:
        return int(value.strip(), 10)
    except ValueError as exc:
        raise FormError(422, phrase(lang, error_key, **kw)) from exc


def answer_from_form(fields: dict[str, str], lang: str, max_chars: int | None = None) -> AnswerInput:
    """Map form fields onto the engine's `AnswerInput` (pydantic); invalid values are a 422."""
    if any(len(v) > MAX_BODY for v in fields.values()):
        raise FormError(413, phrase(lang, "error.too_large"))
    step_id = clean_text(fields.get("step", ""), single_line=True)
    if not step_id:
        # Not a step that has passed (409): the form that sent it is not ours or is broken.
        raise FormError(422, phrase(lang, "error.step_missing"))
    data: dict[str, object] = {
        "step_id": step_id,
        "phase": _int_or_none(fields.get("phase"), lang, "error.field", field="phase"),
        "mood": _int_or_none(fields.get("mood"), lang, "error.mood"),
        "text": clean_text(fields.get("text", "")),
        "title": clean_text(fields.get("title", ""), single_line=True),
        "consent": fields.get("consent") or "private",
        "private_talk": fields.get("private_talk", "").strip().lower() in _TRUE,
        "revises": clean_text(fields.get("revises", ""), single_line=True) or None,
    }
    if fields.get("urgency"):
        data["urgency"] = fields["urgency"]
    try:
        return AnswerInput.model_validate(data)
    except ValidationError as exc:
        limit = max_chars if max_chars is not None else max_length(AnswerInput, "text")
        raise FormError(422, _validation_message(exc, lang, limit)) from exc


def typed(fields: dict[str, str]) -> dict[str, object]:
    """What the phone typed, cleaned, to put back into the form after an error."""
    mood = fields.get("mood", "")
    return {
        "mood": int(mood) if mood in ("1", "2", "3", "4", "5") else None,
        "text": clean_text(fields.get("text", ""))[: max_length(AnswerInput, "text")],
        "title": clean_text(fields.get("title", ""), single_line=True)[: max_length(AnswerInput, "title")],
        "urgency": fields.get("urgency") if fields.get("urgency") in set(Urgency) else None,
        "consent": "quote" if fields.get("consent") == "quote" else "private",
        "private_talk": fields.get("private_talk", "").strip().lower() in _TRUE,
        # the idea an edit form changes stays named when the form comes back with an error
        "revises": clean_text(fields.get("revises", ""), single_line=True)[
            : max_length(AnswerInput, "revises")
        ]
        or None,
    }


def _validation_message(exc: ValidationError, lang: str, max_chars: int) -> str:
    messages = []
    for err in exc.errors():
        field = str(err["loc"][0]) if err["loc"] else ""
        match field:
            case "mood":
                msg = phrase(lang, "error.mood")
            case "text":
                msg = phrase(lang, "error.text.too_long", max=max_chars)
            case "title":
                msg = phrase(lang, "error.title_long", max=max_length(AnswerInput, "title"))
            case "urgency":
                msg = phrase(lang, "error.urgency")
            case "consent":
                msg = phrase(lang, "error.consent")
            case "step_id":
                msg = phrase(lang, "error.step")
            case _:
                msg = phrase(lang, "error.field", field=field[:20])
        if msg not in messages:
            messages.append(msg)
    return " ".join(messages)
