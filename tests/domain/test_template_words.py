"""What the shipped templates make the screens say: the line under a question adds to it and does not say
it again, and what the engine says from data (a silent role) is not said by the template as well."""

from __future__ import annotations

from supervision_tui.models import Agenda
from supervision_tui.prompts import find_template, list_templates


def _shipped() -> list[Agenda]:
    return [find_template(info.name) for info in list_templates()]


def test_the_line_under_a_question_does_not_repeat_it() -> None:
    for agenda in _shipped():
        for step in agenda.steps:
            asked = [(step.prompt, step.description)] + [(p.prompt, p.description) for p in step.phases]
            for prompt, description in asked:
                if prompt is None:
                    continue
                # the projection and the console show the hint, or without one the description
                shown = prompt.hint or description
                assert prompt.question not in shown, (agenda.id, step.id, shown)


def test_a_silent_role_is_said_once() -> None:
    """The screens add "Schweigt und hört zu: <role>" for a phase's silent role (`case.silent`)."""
    for agenda in _shipped():
        for step in agenda.steps:
            for phase in step.phases:
                if phase.silent_role:
                    assert "schweig" not in phase.description.lower(), (agenda.id, phase.name)
