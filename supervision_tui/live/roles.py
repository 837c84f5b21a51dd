"""The phone's side of the case methods' roles: what a phone shows of its holder's role and task, when
its page must change, and how a refusal reads. The rule itself is the engine's (`Engine.duty`)."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from typing import Any

from ..engine import AnswerInput, Engine, EngineError, NotCurrentStep, RoleRefused, SessionClosed
from ..events import AnswerModerated, CaseSaved, Event, IdeaTakenAlong, RoleAssigned
from ..models import Answer, Sends, max_length
from ..roles import Duty
from .forms import FormError, clean_text
from .i18n import engine_error, phrase

# What changes a phone's page within a phase: its role, and for the case giver the ideas and marks.
_CHANGES = (RoleAssigned, CaseSaved, IdeaTakenAlong, AnswerModerated)


def phone_view(engine: Engine, label: str, lang: str = "de") -> dict[str, Any]:
    """Template context for `label`'s phone: its role, what it does now (`says`), what it may send, and
    when it marks ideas taken along, the discussion's ideas (what the room saw) with their marks. Role
    and task in the phone's language where the template has them (`Agenda.say`)."""
    task = _said(engine, engine.duty(label), lang)
    ideas: list[dict[str, Any]] = []
    if task.sends is Sends.TAKE_ALONG:
        case = engine.current_case()
        taken = set(case.taken_along) if case is not None else set()
        ideas = [{"id": a.id, "text": a.text, "taken": a.id in taken} for a in engine.ideas()]
    return {"role": task.role, "says": task.says, "sends": task.sends.value, "ideas": ideas}


def _said(engine: Engine, task: Duty, lang: str) -> Duty:
    """`task` with its role and its words as a reader of `lang` reads them."""
    say = engine.agenda.say
    return replace(task, role=say(task.role, lang) if task.role else task.role, says=say(task.says, lang))


def phone_key(engine: Engine, label: str | None, key: str) -> str:
    """One phone's page key: the step key (`key`), in a case phase with what else changes its page, so
    that a role drawn or an idea marked reaches this phone, and only this one."""
    if label is None or key == "ended" or engine.position.phase is None:
        return key
    view = phone_view(engine, label)
    state = (view["role"], view["sends"], [(i["id"], i["taken"]) for i in view["ideas"]])
    return f"{key}:{hashlib.sha256(repr(state).encode()).hexdigest()[:8]}"


def wakes(engine: Engine, event: Event) -> bool:
    """Whether `event` may change some phone's page key (`phone_key`) without a step change."""
    return isinstance(event, _CHANGES) and engine.position.phase is not None


def step_info(engine: Engine, label: str | None, lang: str = "de") -> dict[str, Any]:
    """What `step.json` tells one phone of its role; `input` is "none" where its role sends nothing."""
    task = _said(engine, engine.duty(label), lang)
    info: dict[str, Any] = {"role": task.role, "task": task.says or None, "sends": task.sends.value}
    if not task.answers:
        info["input"] = "none"
    return info


def mark_from_form(fields: dict[str, str], lang: str) -> tuple[str, int, str, bool]:
    """A take-along form → (step id, phase, idea id, on); a malformed one is a 422."""
    # Cut to what a step id and an answer id can be at most: longer ones name nothing.
    step_id = clean_text(fields.get("step", ""), single_line=True)[: max_length(AnswerInput, "step_id")]
    idea = clean_text(fields.get("idea", ""), single_line=True)[: max_length(Answer, "id")]
    phase = fields.get("phase", "").strip()
    if not step_id or not idea or not phase.isdigit() or len(phase) > 2:
        raise FormError(422, phrase(lang, "error.take"))
    return step_id, int(phase), idea, fields.get("on", "1") == "1"


def refusal(lang: str, exc: EngineError) -> tuple[int, str]:
    """HTTP status and the phone's message for an engine error of a take-along mark."""
    if isinstance(exc, RoleRefused):
        return 403, engine_error(lang, exc)
    if isinstance(exc, OSError):  # StorageFailed: nothing was marked
        return 503, phrase(lang, "error.storage_take")
    if isinstance(exc, SessionClosed):
        return 404, phrase(lang, "error.session.closed")
    if isinstance(exc, NotCurrentStep):
        return 409, engine_error(lang, exc)
    return 422, phrase(lang, "error.take")
