"""German wording for pydantic's validation errors.

Supervisors read these when a template or a stored session is broken; pydantic's own messages are
English and name Python types, which tells them nothing.
"""

from __future__ import annotations

from collections.abc import Mapping

_MESSAGES = {
    "missing": "fehlt",
    "extra_forbidden": "unbekanntes Feld",
    "int_parsing": "muss eine ganze Zahl sein",
    "int_type": "muss eine ganze Zahl sein",
    "int_from_float": "muss eine ganze Zahl sein",
    "float_parsing": "muss eine Zahl sein",
    "float_type": "muss eine Zahl sein",
    "string_type": "muss Text sein",
    "bool_type": "muss true oder false sein",
    "bool_parsing": "muss true oder false sein",
    "list_type": "muss eine Liste sein",
    "dict_type": "muss eine Tabelle sein",
    "model_type": "muss eine Tabelle sein",
    "model_attributes_type": "muss eine Tabelle sein",
    "enum": "unbekannter Wert",
    "literal_error": "unbekannter Wert",
    "string_too_short": "darf nicht leer sein",
    "string_too_long": "ist zu lang",
    "greater_than": "ist zu klein",
    "greater_than_equal": "ist zu klein",
    "less_than": "ist zu groß",
    "less_than_equal": "ist zu groß",
    "too_short": "braucht mindestens einen Eintrag",
    "too_long": "hat zu viele Einträge",
    "string_pattern_mismatch": "nur Kleinbuchstaben, Ziffern und Bindestriche",
    "date_parsing": "ist kein Datum (JJJJ-MM-TT)",
    "date_from_datetime_parsing": "ist kein Datum (JJJJ-MM-TT)",
    "datetime_parsing": "ist kein Zeitpunkt",
    "datetime_from_date_parsing": "ist kein Zeitpunkt",
    "uuid_parsing": "ist keine gültige Kennung",
    "json_invalid": "kein gültiges JSON (abgeschnitten?)",
    "json_type": "kein gültiges JSON",
    "union_tag_invalid": "unbekannte Art",
    "union_tag_not_found": "Art fehlt",
}


def german_reason(error: Mapping[str, object]) -> str:
    """One pydantic error (an item of `ValidationError.errors()`) as a short German phrase."""
    kind = str(error.get("type"))
    if kind == "value_error":
        # Our own validators already speak German.
        return str(error.get("msg", "")).removeprefix("Value error, ")
    message = _MESSAGES.get(kind, "ungültiger Wert")
    ctx = error.get("ctx")
    if kind == "enum" and isinstance(ctx, Mapping):
        expected = str(ctx.get("expected", ""))
        message += f" (erlaubt: {expected.replace(' or ', ' oder ')})"
    return message
