"""Who does what in a case discussion: a phone holder's role, and what that role does and may send now.

The methods (Tietze's kollegiale Beratung, the Balint group) give every phase a task per role: the
Beratende send ideas while the case giver listens, the case giver marks what they take along at the
end. Templates declare this per phase (`Phase.roles`); this module reads it. The engine refuses what a
phone may not send, and the phone shows what its holder does, both from `duty`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .models import InputKind, Phase, Sends, Step


@dataclass(frozen=True)
class Duty:
    """What one participant does at one point of the agenda."""

    role: str | None  # their role in this case discussion; None outside one, or without a role
    says: str  # what their phone says they do now (the template's words); "" if it says nothing
    sends: Sends  # what their phone may send now

    @property
    def answers(self) -> bool:
        """Whether their phone answers the current question."""
        return self.sends not in (Sends.NOTHING, Sends.TAKE_ALONG)


def role_of(step: Step, assigned: Mapping[str, str], label: str | None) -> str | None:
    """`label`'s role in `step` (`assigned`: role → label): an assigned role, else the step's group role
    ("Beratende": everyone without another role), else None."""
    if label is not None:
        for role in step.roles:  # in the template's order: one role per person, the first one counts
            if assigned.get(role) == label:
                return role
    return step.group_roles[0] if step.group_roles else None


def duty(step: Step, phase: Phase | None, role: str | None) -> Duty:
    """What a holder of `role` does in `phase` of `step` (None: a step without phases).

    Outside case phases everyone answers the step's question. A phase that declares no roles lets
    everyone answer its question, except its silent role; a phase that declares roles lets only
    those send, and only what they declare.
    """
    if phase is None:
        prompt = step.prompt_for_phones
        return Duty(role, "", _sends(prompt.input) if prompt else Sends.NOTHING)
    declared = phase.roles.get(role) if role is not None else None
    if declared is not None:
        return Duty(role, declared.says, declared.sends)
    if phase.roles or not phase.phone_input or (role is not None and role == phase.silent_role):
        return Duty(role, "", Sends.NOTHING)
    assert phase.prompt is not None  # phone_input
    return Duty(role, "", _sends(phase.prompt.input))


def _sends(kind: InputKind) -> Sends:
    return Sends(kind.value)
