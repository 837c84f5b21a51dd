"""Small helpers for reading what the projector shows."""

from __future__ import annotations

import html
import re

from textual.app import App
from textual.widgets import Static

from supervision_tui.engine import AnswerInput, Engine
from supervision_tui.models import Consent


def screen_text(app: App) -> str:
    """Every Static's text on the active screen, one per line (labels, cards, notes …)."""
    parts = []
    for widget in app.screen.query(Static):
        parts.append(str(widget.visual) if hasattr(widget, "visual") else str(widget.render()))
    return "\n".join(parts)


def static_text(app: App, selector: str) -> str:
    widget = app.screen.query_one(selector, Static)
    return str(widget.visual)


def answer(engine: Engine, device: str, **fields: object) -> None:
    """Submit an answer for the current step as a phone would."""
    pos = engine.position
    data: dict[str, object] = {"step_id": pos.step.id, "consent": Consent.QUOTE}
    if pos.phase is not None:
        data["phase"] = pos.phase_index
    data.update(fields)
    engine.submit_answer(device, AnswerInput(**data))  # type: ignore[arg-type]


def shown_text(app: App) -> str:
    """Everything painted in the terminal right now, as one line: what a mirrored projector shows.

    Read from `export_screenshot()`, so dialogs, the dimmed screen under them and notifications
    count too; runs of whitespace collapse to one space.
    """
    svg = re.sub(r"<style>.*?</style>", "", app.export_screenshot(), flags=re.DOTALL)
    text = html.unescape(re.sub(r"<[^>]+>", "", svg)).replace("\xa0", " ")
    return " ".join(text.split())
