"""The page presenters: which page a phone sees and what it shows, as HTML or JSON.

They read the engine and the request and render a template; they change nothing. The routes in
`server.py` decide what happens and call these to answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiohttp import web
from jinja2 import Environment, FileSystemLoader

from ..engine import AnswerInput, Engine, EngineError, NotCurrentStep, RoleRefused, SessionClosed
from ..models import MAX_IDEAS, Answer, InputKind, StepKind, max_length
from . import crosssite, restart, roles
from .forms import FormError
from .http import LANG_COOKIE, lang_of, read_form, wants_json
from .i18n import catalogue, engine_error, named_catalogue, phrase
from .late import LateAnswer
from .resubmit import form_nonce

RESTARTING = "restarting"  # the step key phones see in the restart window
# The fields of an answer form, sent again as they came after a restart (the nonce keeps it single).
_RESENT = ("step", "phase", "nonce", "mood", "text", "title", "urgency", "consent", "private_talk", "revises")
# Refusals of an idea that say more than "not valid": another's idea (403), one idea too many (409).
_REFUSED_IDEA = {"answer.not_own": 403, "idea.too_many": 409}


def _named(engine: Engine, lang: str) -> str:
    """What the template calls the current phase's answers ("Bilder und Gefühle"), or "" if it says nothing."""
    prompt, say = engine.position.prompt, engine.agenda.say
    return (say(prompt.answers_title, lang) or say(prompt.answer_label, lang)) if prompt is not None else ""


_TEMPLATES = Path(__file__).resolve().parent / "templates"


@dataclass(frozen=True, slots=True)
class Session:
    """The session a page shows: its engine, its step key (`Served.key`) and its address."""

    engine: Engine
    key: str
    base: str


def label_of(engine: Engine, device: str | None) -> str | None:
    """The joined phone's label (the engine keeps each phone it has found)."""
    participant = engine.participant_for(device) if device is not None else None
    return participant.label if participant is not None else None


def own_answer(engine: Engine, device: str | None) -> Answer | None:
    label = label_of(engine, device)
    return engine.current_answer(label) if label is not None else None


def own_answers(engine: Engine, device: str | None) -> list[Answer]:
    """The phone's answers to the current question: one, or in an idea phase its ideas, oldest first."""
    label = label_of(engine, device)
    return engine.current_answers(label) if label is not None else []


def _values(answer: Answer | None, idea: bool) -> dict[str, Any]:
    """What the form shows: `answer` to change (an idea names itself in `revises`), or an empty form."""
    if answer is None:
        return {
            "mood": None,
            "text": "",
            "title": "",
            "urgency": None,
            "consent": "private",
            "private_talk": False,
            "revises": None,
        }
    return {
        "mood": answer.mood,
        "text": answer.text,
        "title": answer.title,
        "urgency": answer.urgency.value if answer.urgency else None,
        "consent": answer.consent.value,
        "private_talk": answer.private_talk,
        "revises": answer.id if idea else None,
    }


def step_info(engine: Engine, key: str, device: str | None, lang: str = "de") -> dict[str, Any]:
    """What one phone may know: the public question and its own answer, nothing else; the template's
    words in the phone's language where the template has them (`Agenda.say`)."""
    info: dict[str, Any] = {"key": key, "ended": key == "ended"}
    label = label_of(engine, device)
    info["joined"] = label is not None
    info["label"] = label
    if key == "ended":
        return info
    pos = engine.position
    prompt = pos.prompt
    say = engine.agenda.say
    info.update(
        step_id=pos.step.id,
        step_title=say(pos.step.title, lang),
        phase=pos.phase_index if pos.phase is not None else None,
        phase_name=say(pos.phase.name, lang) if pos.phase is not None else None,
        input=prompt.input.value if prompt else "none",
        question=say(prompt.question, lang) if prompt else None,
        hint=say(prompt.hint, lang) if prompt else None,
        max_chars=prompt.max_chars if prompt else None,
    )
    info.update(roles.step_info(engine, label, lang))
    answers = own_answers(engine, device) if prompt else []
    shown = {"mood", "text", "title", "urgency", "consent", "private_talk", "revision"}
    info["answer"] = answers[-1].model_dump(mode="json", include=shown) if answers else None
    if prompt is not None and prompt.input is InputKind.IDEA:
        # every idea of this phone in this phase, with the id an edit names (`revises`)
        info["ideas"] = [a.model_dump(mode="json", include={*shown, "id"}) for a in answers]
        info["max_ideas"] = MAX_IDEAS
    return info


class Pages:
    """Renders the phone's pages from the templates."""

    def __init__(self) -> None:
        self._env = Environment(
            loader=FileSystemLoader(_TEMPLATES),
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def render(self, request: web.Request, template: str, status: int = 200, **ctx: Any) -> web.Response:
        lang = lang_of(request)
        context = {"lang": lang, "m": catalogue(lang), "base": None, "key": None, "label": None}
        context.update(ctx)
        html = self._env.get_template(template).render(**context)
        response = web.Response(text=html, status=status, content_type="text/html", charset="utf-8")
        if "lang" in request.query and request.query["lang"] in ("de", "en"):
            response.set_cookie(
                LANG_COOKIE, lang, httponly=True, samesite="Strict", path="/", max_age=86400 * 30
            )
        return response

    def error(
        self,
        request: web.Request,
        status: int,
        message: str,
        *,
        back: str | None = None,
        extra: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> web.StreamResponse:
        """The error page (or JSON), with a link `back` to the session's page where there is one."""
        if status == 429:
            headers = {"Retry-After": "60"}
        if wants_json(request):
            body: dict[str, Any] = {"error": message, "status": status}
            body.update(extra or {})
            return web.json_response(body, status=status, headers=headers)
        response = self.render(
            request,
            "error.html",
            status,
            page_title=phrase(lang_of(request), "error.heading"),
            message=message,
            back=back,
            base=back,
        )
        if headers:
            response.headers.update(headers)
        return response

    def step_view(
        self,
        request: web.Request,
        session: Session,
        device: str | None,
        *,
        status: int = 200,
        edit: str | None = None,
        notice: str | None = None,
        submitted: dict[str, Any] | None = None,
        nonce: str | None = None,
        late: LateAnswer | None = None,
    ) -> web.Response:
        """The page a phone should see now: join, form, saved, waiting or ended."""
        engine = session.engine
        lang = lang_of(request)
        m = catalogue(lang)
        ctx: dict[str, Any] = {"base": session.base, "key": session.key, "notice": notice, "late": late}
        if session.key == "ended":
            return self.render(
                request, "ended.html", 404 if status == 200 else status, page_title=m["ended.heading"], **ctx
            )
        label = label_of(engine, device)
        if label is None:
            return self.render(request, "join.html", status, page_title=m["join.heading"], **ctx)
        ctx["label"] = label
        ctx["key"] = roles.phone_key(engine, label, session.key)
        ctx.update(roles.phone_view(engine, label, lang))
        say = engine.agenda.say
        pos = engine.position
        step_title = say(pos.step.title, lang)
        ctx["step_label"] = m["form.step_label"].format(
            title=f"{step_title} – {say(pos.phase.name, lang)}" if pos.phase is not None else step_title
        )
        prompt = pos.prompt
        if ctx["sends"] == "take_along":
            ctx.update(step_id=pos.step.id, phase=pos.phase_index)
            return self.render(request, "take.html", status, page_title=m["take.heading"], **ctx)
        if prompt is None or ctx["sends"] == "none":
            # what a refused phone typed stays on its page, to copy
            kept = str(submitted.get("text") or "") if submitted else ""
            title = ctx["says"] or m["waiting.heading"]
            return self.render(request, "waiting.html", status, page_title=title, kept=kept, **ctx)
        idea = prompt.input is InputKind.IDEA
        named = _named(engine, lang)
        if idea and named:
            ctx["m"] = m = named_catalogue(lang, named)  # the method's word, as on the console
        answers = own_answers(engine, device)
        ctx["question"] = say(prompt.question, lang)
        if answers and not edit and submitted is None and notice is None:
            return self.render(
                request,
                "saved.html",
                status,
                page_title=m["saved.heading"],
                answer=answers[-1],
                own_ideas=answers if idea else None,
                max_ideas=MAX_IDEAS,
                **ctx,
            )
        # In an idea phase the form is a new idea unless it names one of the phone's own (?edit=<id>);
        # elsewhere it changes the phone's one answer.
        if idea:
            wanted = submitted.get("revises") if submitted is not None else edit
            changing = next((a for a in answers if a.id == wanted), None)
        else:
            changing = answers[-1] if answers else None
        cur = submitted if submitted is not None else _values(changing, idea)
        if late is not None:
            cur = late.form_values(prompt, cur, answered=changing is not None)
        kind = prompt.input.value
        text_label = say(prompt.answer_label, lang) or {
            InputKind.IDEA: m["form.idea_label"],
        }.get(
            prompt.input,
            m["form.closing_label"] if pos.step.kind is StepKind.CLOSING else m["form.text_label"],
        )
        return self.render(
            request,
            "form.html",
            status,
            page_title=ctx["question"],
            kind=kind,
            hint=say(prompt.hint, lang),
            motif=prompt.motif,
            max_chars=prompt.max_chars,
            max_title=max_length(AnswerInput, "title"),
            step_id=pos.step.id,
            phase=pos.phase_index if pos.phase is not None else None,
            nonce=form_nonce(nonce),
            cur=cur,
            answered=changing is not None,
            idea=idea,
            text_label=text_label,
            **ctx,
        )

    def answer_refused(
        self,
        request: web.Request,
        session: Session,
        device: str,
        exc: Exception,
        fields: dict[str, str],
        data: AnswerInput,
    ) -> web.StreamResponse:
        """An answer the engine or the disk refused: the error, or the form again with what was typed."""
        lang = lang_of(request)
        engine = session.engine
        if isinstance(exc, NotCurrentStep):
            message = engine_error(lang, exc)
            if wants_json(request):
                extra = {"step": step_info(engine, session.key, device, lang)}
                return self.error(request, 409, message, back=session.base, extra=extra)
            late = LateAnswer.from_form(engine.agenda, fields)
            return self.step_view(request, session, device, status=409, notice=message, late=late)
        if isinstance(exc, SessionClosed):
            return self.error(request, 404, engine_error(lang, exc), back=session.base)
        if isinstance(exc, RoleRefused):  # the case giver's idea during Beratung
            if wants_json(request):
                return self.error(request, 403, engine_error(lang, exc), back=session.base)
            submitted = data.model_dump(mode="json")
            return self.step_view(
                request, session, device, status=403, notice=engine_error(lang, exc), submitted=submitted
            )
        if isinstance(exc, OSError):  # `StorageFailed` too (it is an EngineError as well): nothing stored
            message = phrase(lang, "error.storage.failed")
            if wants_json(request):
                return self.error(request, 503, message, back=session.base)
            # The form again, with what was typed and the same nonce: sending it again stores it once.
            submitted = data.model_dump(mode="json")
            nonce = fields.get("nonce", "") or None
            return self.step_view(
                request, session, device, status=503, notice=message, submitted=submitted, nonce=nonce
            )
        assert isinstance(exc, EngineError)
        message = engine_error(lang, exc)
        if exc.code == "idea.too_many" and (named := _named(engine, lang)):
            # the method's word here too: a Balint phone gave images and feelings, not "Ideen"
            message = named_catalogue(lang, named)[f"error.{exc.code}"].format(**exc.params)
        status = _REFUSED_IDEA.get(exc.code, 422)
        if wants_json(request):
            return self.error(request, status, message, back=session.base)
        submitted = data.model_dump(mode="json")
        if exc.code == "answer.not_own":  # the text stays, as a new idea of this phone's own
            submitted["revises"] = None
        return self.step_view(request, session, device, status=status, notice=message, submitted=submitted)

    def restarting(self, request: web.Request, token: str) -> web.StreamResponse:
        """A request for the session in the restart window: "gleich fortgesetzt", 503 and Retry-After."""
        lang = lang_of(request)
        retry = restart.attempt(request.query.get("retry") if request.query_string else None)
        delay = restart.retry_delay(retry)
        headers = {"Retry-After": str(delay)}
        if request.method not in crosssite.SAFE_METHODS:
            # an answer or a join sent in the window is not taken: the phone sends it again
            return self.error(
                request, 503, phrase(lang, "restart.send"), extra={"resuming": True}, headers=headers
            )
        if wants_json(request) or request.path.endswith("/step.json"):
            body = {"error": phrase(lang, "restart.text"), "status": 503, "resuming": True}
            return web.json_response(body, status=503, headers=headers)
        base = f"/s/{token}"
        # WCAG 2.2.1: a page that reloads itself offers to stop it; `?stay=1` waits for a tap
        # (live.js still follows the resume).
        stay = bool(request.query_string) and request.query.get("stay") == "1"
        refresh = None if stay else f"{delay};url={base}?retry={retry + 1}"
        return self._restart_page(request, "restart.html", delay, base=base, refresh=refresh)

    async def resend_later(self, request: web.Request, token: str) -> web.StreamResponse:
        """An answer sent in the restart window without JavaScript: kept on the page to send again."""
        lang = lang_of(request)
        try:
            fields = await read_form(request, lang)
        except FormError:
            return self.restarting(request, token)
        kept = {name: fields[name] for name in _RESENT if fields.get(name)}
        if not (kept.get("text") or kept.get("title") or kept.get("mood")):
            return self.restarting(request, token)
        return self._restart_page(
            request,
            "resend.html",
            restart.retry_delay(0),
            base=f"/s/{token}",
            kept=True,
            action=request.path,
            fields=kept,
        )

    def _restart_page(self, request: web.Request, template: str, delay: int, **ctx: Any) -> web.Response:
        """A page of the restart window: 503, and Retry-After `delay` seconds."""
        title = phrase(lang_of(request), "restart.heading")
        response = self.render(request, template, 503, page_title=title, key=RESTARTING, **ctx)
        response.headers["Retry-After"] = str(delay)
        return response

    async def ended_answer(self, request: web.Request, session: Session) -> web.StreamResponse:
        """An answer that arrived after the end: not stored, but its text stays on the phone."""
        lang = lang_of(request)
        try:
            fields = await read_form(request, lang)
        except FormError:
            fields = {}
        late = LateAnswer.from_form(session.engine.agenda, fields) if fields else None
        if wants_json(request) or late is None or not late.kept:
            return self.error(request, 404, phrase(lang, "error.session.closed"), back=session.base)
        return self.render(
            request,
            "ended.html",
            404,
            page_title=phrase(lang, "ended.heading"),
            base=session.base,
            key="ended",
            late=late,
            late_notice=phrase(lang, "ended.late"),
        )
