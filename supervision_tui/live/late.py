"""A late answer: what a phone typed for a question that passed before Senden reached the server.

Without JavaScript a phone does not notice that the supervisor moved on, and with it a tap can race the
change. The engine refuses such an answer (it is never stored for a question it was not written for);
this module decides what the refusal page offers instead of losing it: the typed text to copy, and,
when the current question takes the same kind of input, the current question's form pre-filled with it,
so that one more tap, and only that tap, sends it there. Nothing here stores anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..models import Agenda, InputKind, Prompt
from .forms import clean_text, typed

# Free text is free text: an idea typed for one phase reads as well as an answer to a text question.
_FAMILY = {InputKind.IDEA: InputKind.TEXT}


def _family(kind: InputKind) -> InputKind:
    return _FAMILY.get(kind, kind)


def _prompt_of(agenda: Agenda, step_id: str, phase: str) -> Prompt | None:
    """The question a form was rendered for, if the agenda still knows it."""
    step = next((s for s in agenda.steps if s.id == step_id), None)
    if step is None:
        return None
    if not step.phases:
        return step.prompt_for_phones
    index = int(phase) if phase.isdigit() else -1
    if not 0 <= index < len(step.phases):
        return None
    found = step.phases[index]
    return found.prompt if found.phone_input else None


@dataclass(frozen=True)
class LateAnswer:
    """A refused answer, kept for its phone's next page; `values` are the form fields as typed."""

    question: str | None  # the question it was typed for (None: a step the agenda does not know)
    kind: InputKind
    values: dict[str, Any]

    @classmethod
    def from_form(cls, agenda: Agenda, fields: dict[str, str]) -> LateAnswer:
        values = typed(fields)
        prompt = _prompt_of(
            agenda, clean_text(fields.get("step", ""), single_line=True), fields.get("phase", "").strip()
        )
        if prompt is not None:
            kind = prompt.input
        elif values["mood"] is not None:
            kind = InputKind.MOOD
        elif values["title"]:
            kind = InputKind.INTAKE
        else:
            kind = InputKind.TEXT
        return cls(prompt.question if prompt else None, kind, values)

    @property
    def kept(self) -> bool:
        """Whether anything was typed that the phone would miss (a mood, a text or a title)."""
        return bool(self.values["mood"] is not None or self.values["text"] or self.values["title"])

    def fits(self, prompt: Prompt | None) -> bool:
        """Whether it can go to `prompt` as typed: the same kind of input (mood, free text, concern)."""
        return prompt is not None and self.fits_input(prompt.input)

    def fits_input(self, kind: str) -> bool:
        """`fits` for the input kind the form is rendered for (templates know the kind, not the prompt)."""
        return self.kept and _family(InputKind(kind)) is _family(self.kind)

    def form_values(self, prompt: Prompt | None, current: dict[str, Any], answered: bool) -> dict[str, Any]:
        """What the current question's form shows: the late answer where it fits, else `current`.

        The phone's own choices (projected or only for the supervisor, a one-to-one talk) carry over
        as it made them, unless it has answered the current question already: then its form shows
        that answer, choices included, and the late text stays beside it to copy.
        """
        if self.fits(prompt):
            # an edit of an idea of a passed phase goes to the current one as a new idea
            return {**self.values, "revises": None}
        if answered:
            return current
        return {
            **current,
            "consent": self.values["consent"],
            "private_talk": self.values["private_talk"],
        }
