"""Words the phone and the supervisor's screens share, so the room reads the same word on both.

The urgency of a concern is chosen on the phone and shown on the console's intake list, which is the
projection in a mirrored room: one word each, from here, in both catalogues (`tui/texts.py`,
`live/i18n.py`). Keyed by the stored value (`models.Urgency`), which is never shown.
"""

from __future__ import annotations

URGENCY: dict[str, dict[str, str]] = {
    "de": {"hoch": "dringend", "mittel": "mittel", "niedrig": "kann warten"},
    "en": {"hoch": "urgent", "mittel": "medium", "niedrig": "can wait"},
}


def urgency_choices(lang: str) -> str:
    """The urgency words as a list in a sentence: „kann warten“, „mittel“ oder „dringend“."""
    words = URGENCY[lang]
    quoted = [f"„{words[v]}“" if lang == "de" else f"“{words[v]}”" for v in ("niedrig", "mittel", "hoch")]
    joiner = " oder " if lang == "de" else " or "
    return ", ".join(quoted[:-1]) + joiner + quoted[-1]
