"""How to set up the console and the projection: shown on the start screen and in the help."""

from __future__ import annotations

import shlex
from pathlib import Path

from rich.text import Text

from ...defaults import DEFAULT_SESSIONS
from ..texts import Texts


def beamer_command(sessions_dir: Path) -> str:
    """The command for the projection's terminal window; it must look in the console's sessions dir."""
    if sessions_dir == DEFAULT_SESSIONS:
        return "supervision-tui beamer"
    return f"supervision-tui beamer --sessions-dir {shlex.quote(str(sessions_dir.resolve()))}"


def views_text(t: Texts, sessions_dir: Path) -> Text:
    """How to set up the two views: console on the laptop, projection on the projector, or one window."""
    text = Text()
    text.append(t("start.views"), style="bold")
    text.append(f" {t('start.views_extended')}", style="bold")
    text.append(f" – {t('start.views_extended_how', command=beamer_command(sessions_dir))} ")
    text.append(t("start.views_mirrored"), style="bold")
    text.append(f" – {t('start.views_mirrored_how')}")
    return text
