"""How a concern and a case read on the console: urgency first, a private case without its title."""

from __future__ import annotations

from rich.text import Text

from ...models import Answer, Case, Urgency
from ..texts import Texts
from .answers import terminal_text


def urgency_text(urgency: Urgency, t: Texts) -> Text:
    label = t(f"urgency.{urgency.value}")
    style = {Urgency.HIGH: "bold reverse", Urgency.MEDIUM: "bold", Urgency.LOW: ""}[urgency]
    text = Text()
    text.append(f" {label} ", style=style)
    return text


def concern_text(concern: Answer, taken: bool, t: Texts) -> Text:
    """A concern in the intake's lists, marked once it has become a case."""
    text = urgency_text(concern.urgency or Urgency.MEDIUM, t)
    text.append(" ")
    text.append(terminal_text(concern.title))
    if taken:
        text.append(f"  ✓ {t('intake.taken')}", style="bold")
    return text


def case_text(case: Case, t: Texts) -> Text:
    """A case as the room may see it: a private one without its title."""
    text = urgency_text(case.urgency, t)
    text.append(" ")
    text.append(t("case.private_title") if case.private else terminal_text(case.title))
    if case.tags:
        text.append("\n   ")
        text.append(" · ".join(t(f"topic.{tag.value}") for tag in case.tags), style="italic")
    return text
