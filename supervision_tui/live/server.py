"""The phone form: a small aiohttp app that runs inside the caller's asyncio loop (Textual's).

Usage (from the TUI): `server = LiveServer(); await server.start()` in `on_mount`,
`url = server.attach(engine)` when the session starts, `await server.stop()` in `on_unmount`.

This module holds the routes, the lifecycle and the server-sent events. The rest of the form:
`served` (the session served now), `commit` (rate limits, group commit), `resubmit` (the same form
sent twice), `pages` (what a phone sees), `http` (cookies, language, the form body, headers),
`address` (port and LAN address), `collector` (the garbage collector).

Flow of an answer: cookie → rate limit → size limit → UTF-8 form → pydantic `AnswerInput` →
group commit: `engine.submit_answer(..., sync=False)` (anonymizer, validation) for every answer
that arrived in the same loop iteration, up to `WORK_SLOTS`, then one write and fsync for them, after
which the engine applies them (state, listeners) → only then 200 / 303 "gespeichert". A failed write
refuses the whole batch: 503 for each, and none of it is ever stored or shown.
Business rules stay in the engine; this module only translates HTTP to engine calls and back.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from aiohttp.typedefs import Handler

from ..defaults import DEFAULT_PORT
from ..engine import Engine, EngineError, NotCurrentStep, RoleRefused, SessionClosed
from ..joinlink import SHORT_PREFIX, short_code
from . import crosssite, http, protocol, restart, roles
from .address import lan_address, listen, url_host
from .collector import Collector
from .commit import WORK_SLOTS, GroupCommit, RateLimiter
from .forms import MAX_BODY, FormError, answer_from_form, typed
from .i18n import phrase
from .pages import RESTARTING, Pages, label_of, step_info
from .resubmit import ResubmitGuard
from .served import Served
from .signal import ChangeSignal

_GONE = "gone"  # the step key once the restart window closed without their session: it is not coming back
_STREAM = "events"  # the route that stays open while a phone shows the form: not a request in work


class LiveServer:
    """Serves the phone form for one engine at a time, inside the running asyncio loop."""

    def __init__(
        self,
        host: str = "0.0.0.0",
        port: int = DEFAULT_PORT,
        public_url: str | None = None,
        *,
        backlog: int = 1024,
        token: str | None = None,
        rate_limit: int = 10,
        ip_rate_limit: int = 60,
        rate_window: float = 60.0,
        max_streams: int = 1000,
        work_slots: int = WORK_SLOTS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.host = host
        self.requested_port = port
        self.public_url = public_url.rstrip("/") if public_url else None
        self._public_host = urlsplit(self.public_url).netloc if self.public_url else None
        self.backlog = backlog
        self._fixed_token = token
        self._device_limit = RateLimiter(rate_limit, rate_window, clock)
        self._ip_limit = RateLimiter(ip_rate_limit, rate_window, clock)
        self.max_streams = max_streams
        self.work_slots = work_slots  # answers and joins per fsync (`GroupCommit`)
        self._notices: list[str] = []
        self._runner: web.AppRunner | None = None
        self._port: int | None = None
        self._address: str | None = None
        self._stopping = False
        self._streams = 0
        self._changes = ChangeSignal()
        self._served = Served(self._changes)
        self._commit: GroupCommit | None = None
        self._restart = restart.RestartWindow()
        self.collector = Collector()
        self._resubmits = ResubmitGuard()
        self._pages = Pages()
        self._static = http.static_files()

    # --- lifecycle --------------------------------------------------------------------------------

    @property
    def notice(self) -> str | None:
        """German notes for the supervisor (port fallback, no network), or None."""
        return " ".join(self._notices) or None

    @property
    def port(self) -> int | None:
        return self._port

    @property
    def running(self) -> bool:
        return self._runner is not None

    async def start(self) -> None:
        if self._runner is not None:
            return
        self._stopping = False
        app = web.Application(
            client_max_size=MAX_BODY,
            middlewares=[
                self.collector.middleware(not_in_work=_STREAM),
                self._errors,
                crosssite.middleware(self._public_host, self._cross_site),
            ],
        )
        app.router.add_get("/", self._root)
        app.router.add_get("/static/{name}", self._static_file)
        app.router.add_get("/s/{token}", self._page)
        app.router.add_get(SHORT_PREFIX + "{code}", self._short)
        app.router.add_post("/s/{token}/join", self._join)
        app.router.add_post("/s/{token}/answer", self._answer)
        app.router.add_post("/s/{token}/take", self._take)
        app.router.add_get("/s/{token}/step.json", self._step_json)
        app.router.add_get("/s/{token}/events", self._events, name=_STREAM)
        app.on_response_prepare.append(self._headers)
        # the security headers, and no `Server` header at all
        runner = protocol.runner(
            app, http.SECURITY_HEADERS, access_log=None, handle_signals=False, shutdown_timeout=1.0
        )
        await runner.setup()
        port = self.requested_port
        self._port = await listen(runner, self.host, port, self.backlog)
        self._runner = runner
        if port and self._port != port:
            self._notices.append(phrase("de", "server.port_taken", port=port, new=self._port))
        self._address = None
        self._detect_address()

    async def stop(self) -> None:
        """Close every stream and the listening socket (await it in `on_unmount`)."""
        self._stopping = True
        self._changes.wake()
        self._served.release()
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()
        self.collector.release()

    def _detect_address(self) -> str:
        if self._address is None:
            if self.host not in ("0.0.0.0", "::", ""):
                self._address = self.host
            else:
                address = lan_address()
                if address is None:
                    self._notices.append(phrase("de", "server.no_network"))
                self._address = address or "localhost"
        return self._address

    # --- sessions ---------------------------------------------------------------------------------

    def attach(self, engine: Engine, token: str | None = None) -> str:
        """Serve `engine` under a fresh unguessable token; returns the join URL."""
        self._served.attach(engine, token or self._fixed_token or secrets.token_urlsafe(16))
        self._restart.close()  # resumed, or a new session: either way the waiting is over
        self._commit = GroupCommit(lambda: engine.sync(), limit=self.work_slots)
        self._resubmits.clear()
        self._changes.wake()
        self.collector.serve()
        url = self.url
        assert url is not None
        return url

    def await_resume(self, tokens: Iterable[str]) -> None:
        """Open the restart window: phones with one of these join tokens hear "gleich fortgesetzt".

        The app calls this when it starts and finds interrupted sessions; `attach` closes it.
        """
        self._restart.open(tokens)
        self._changes.wake()

    def detach(self) -> None:
        """The session ended: phones see "beendet", no answer is taken any more."""
        self._served.close()
        self._changes.wake()

    @property
    def engine(self) -> Engine | None:
        return self._served.engine

    @property
    def token(self) -> str | None:
        return self._served.token

    @property
    def base_url(self) -> str:
        if self.public_url:
            return self.public_url
        return f"http://{url_host(self._detect_address())}:{self._port or self.requested_port}"

    @property
    def url(self) -> str | None:
        """The join URL for the QR code, or None before `attach`."""
        return f"{self.base_url}/s/{self._served.token}" if self._served.token else None

    @property
    def local_url(self) -> str | None:
        """The join URL over loopback (simulated phones on this machine)."""
        if not self._served.token or self._port is None:
            return None
        return f"http://127.0.0.1:{self._port}/s/{self._served.token}"

    # --- request plumbing -------------------------------------------------------------------------

    async def _headers(self, request: web.Request, response: web.StreamResponse) -> None:
        response.headers.update(http.SECURITY_HEADERS)

    @web.middleware
    async def _errors(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            return await handler(request)
        except web.HTTPException as exc:
            if exc.status < 400:
                raise
            return self._error(request, exc.status, phrase(http.lang_of(request), http.error_key(exc.status)))
        except (asyncio.CancelledError, ConnectionResetError):
            raise
        except Exception:
            return self._error(request, 500, phrase(http.lang_of(request), "error.server"))

    def _cross_site(self, request: web.Request) -> web.StreamResponse:
        return self._error(request, 403, phrase(http.lang_of(request), "error.cross_site"))

    def _stream_key(self, request: web.Request) -> str:
        """The key for one event stream: the session's, "restarting" in the restart window, or "gone"."""
        if self._served.ok(request):
            return self._served.phone_key(http.device_of(request))
        return RESTARTING if self._restart.expects(request.match_info["token"]) else _GONE

    def _error(
        self,
        request: web.Request,
        status: int,
        message: str,
        *,
        extra: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> web.StreamResponse:
        back = self._served.base if self._served.ok(request) else None
        return self._pages.error(request, status, message, back=back, extra=extra, headers=headers)

    def _no_session(self, request: web.Request) -> web.StreamResponse:
        """No session under this token: "gleich fortgesetzt" in the restart window, else 404."""
        token = request.match_info.get("token", "")
        if not self._restart.expects(token):
            return self._error(request, 404, phrase(http.lang_of(request), "error.not_found"))
        return self._pages.restarting(request, token)

    # --- views ------------------------------------------------------------------------------------

    async def _root(self, request: web.Request) -> web.StreamResponse:
        return self._error(request, 404, phrase(http.lang_of(request), "error.not_found"))

    async def _static_file(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        if name not in http.STATIC_TYPES:
            return self._error(request, 404, phrase(http.lang_of(request), "error.not_found"))
        return web.Response(body=self._static[name], headers={"Content-Type": http.STATIC_TYPES[name]})

    def _step_view(self, request: web.Request, device: str | None, **how: Any) -> web.Response:
        """The page a phone should see now (`Pages.step_view`)."""
        return self._pages.step_view(request, self._served.view(), device, **how)

    async def _short(self, request: web.Request) -> web.StreamResponse:
        """The short join address (`joinlink`): on to the full one; rate-limited against guessing."""
        lang = http.lang_of(request)
        if not self._ip_limit.allow(f"short:{request.remote}"):
            return self._error(request, 429, phrase(lang, "error.rate"))
        code = short_code(self._served.token) if self._served.token else None
        given = request.match_info.get("code", "")
        if code is None or not secrets.compare_digest(given.encode(), code.encode()):
            # in the restart window: on to the interrupted session's address, which says "gleich"
            waiting = self._restart.find(
                lambda token: secrets.compare_digest(given.encode(), (short_code(token) or "").encode())
            )
            if waiting is None:
                return self._error(request, 404, phrase(lang, "error.not_found"))
            raise web.HTTPFound(f"/s/{waiting}")
        raise web.HTTPFound(self._served.base)

    async def _page(self, request: web.Request) -> web.StreamResponse:
        if not self._served.ok(request):
            return self._no_session(request)
        device = http.device_of(request)
        if device is None and not crosssite.foreign(request, self._public_host):
            # Not for a navigation from another site: a browser that withholds the phone's cookie there
            # would store the new one over it. The join form gives such a phone its cookie.
            device = secrets.token_urlsafe(16)
        response = self._step_view(request, device, edit=request.query.get("edit"))
        if device is not None:
            http.with_device(request, response, device)
        return response

    async def _join(self, request: web.Request) -> web.StreamResponse:
        lang = http.lang_of(request)
        if not self._served.ok(request):
            return self._no_session(request)
        if self._served.key == "ended":
            return self._error(request, 404, phrase(lang, "error.session.closed"))
        device = http.device_of(request)
        if not self._ip_limit.allow(f"ip:{request.remote}"):
            return self._error(request, 429, phrase(lang, "error.rate"))
        try:
            fields = await http.read_form(request, lang)
        except FormError as exc:
            return self._error(request, exc.status, exc.message)
        if fields.get("confirm", "").strip().lower() not in ("1", "on", "true", "yes", "ja"):
            if http.wants_json(request):
                return self._error(request, 422, phrase(lang, "join.required"))
            return self._step_view(request, None, status=422, notice=phrase(lang, "join.required"))
        device = device or secrets.token_urlsafe(16)
        engine = self._served.engine
        assert engine is not None and self._commit is not None
        try:
            participant = await self._commit.run(lambda: engine.join(device, sync=False))
        except SessionClosed:
            return self._error(request, 404, phrase(lang, "error.session.closed"))
        except OSError:
            return self._error(request, 503, phrase(lang, "error.storage_join"))
        if http.wants_json(request):
            response: web.StreamResponse = web.json_response({"ok": True, "label": participant.label})
        else:
            response = http.redirect(self._served.base)
        http.with_device(request, response, device)
        return response

    async def _answer(self, request: web.Request) -> web.StreamResponse:
        lang = http.lang_of(request)
        token = request.match_info.get("token", "")
        if not self._served.ok(request):
            if self._restart.expects(token) and not http.wants_json(request):
                return await self._pages.resend_later(request, token)
            return self._no_session(request)
        engine = self._served.engine
        assert engine is not None and self._commit is not None
        if self._served.key == "ended":
            return await self._pages.ended_answer(request, self._served.view())
        device = http.device_of(request)
        if device is None or label_of(engine, device) is None:
            # No joined phone behind this request: limit by address instead of by device.
            if not self._ip_limit.allow(f"ip:{request.remote}"):
                return self._error(request, 429, phrase(lang, "error.rate"))
            return self._error(request, 403, phrase(lang, "join.first"))
        if not self._device_limit.allow(device):
            return self._error(request, 429, phrase(lang, "error.rate"))
        try:
            fields = await http.read_form(request, lang)
        except FormError as exc:
            return self._error(request, exc.status, exc.message)
        try:
            prompt = engine.position.prompt
            data = answer_from_form(fields, lang, prompt.max_chars if prompt else None)
        except FormError as exc:
            if exc.status != 422 or http.wants_json(request):
                return self._error(request, exc.status, exc.message)
            return self._step_view(request, device, status=422, notice=exc.message, submitted=typed(fields))
        form = self._resubmits.form(device, fields.get("nonce", ""), await request.read())

        def submit(made: str | None) -> tuple[int, str]:
            # the same form sent again with other text changes the answer it made (never a second idea)
            sent = data if made is None or data.revises else data.model_copy(update={"revises": made})
            answer = engine.submit_answer(device, sent, sync=False)
            return answer.revision, answer.id

        def store() -> int:  # in the commit batch; a copy of a stored form gets that form's revision
            return form.revision(self._served.key, submit)

        try:
            revision = await self._commit.run(store, form.refused)
        except (NotCurrentStep, SessionClosed, RoleRefused, OSError, EngineError) as exc:
            return self._pages.answer_refused(request, self._served.view(), device, exc, fields, data)
        return self._saved(request, revision)

    async def _take(self, request: web.Request) -> web.StreamResponse:
        """The case giver's phone marks an idea taken along (Abschluss); the engine says who may."""
        lang = http.lang_of(request)
        if not self._served.ok(request):
            return self._no_session(request)
        engine = self._served.engine
        assert engine is not None
        device = http.device_of(request)
        if self._served.key == "ended":
            return self._error(request, 404, phrase(lang, "error.session.closed"))
        if device is None or label_of(engine, device) is None:
            return self._error(request, 403, phrase(lang, "join.first"))
        if not self._device_limit.allow(device):
            return self._error(request, 429, phrase(lang, "error.rate"))
        try:
            step_id, phase, idea, on = roles.mark_from_form(await http.read_form(request, lang), lang)
            engine.take_along_from(device, step_id, phase, idea, on)
        except FormError as exc:
            return self._error(request, exc.status, exc.message)
        except EngineError as exc:
            status, message = roles.refusal(lang, exc)
            if http.wants_json(request) or status == 404:
                return self._error(request, status, message)
            return self._step_view(request, device, status=status, notice=message)
        if http.wants_json(request):
            return web.json_response({"ok": True, "taken": on})
        return http.redirect(self._served.base)

    def _saved(self, request: web.Request, revision: int) -> web.StreamResponse:
        if http.wants_json(request):
            return web.json_response(
                {"ok": True, "saved": True, "revision": revision, "key": self._served.key}
            )
        return http.redirect(self._served.base)

    async def _step_json(self, request: web.Request) -> web.StreamResponse:
        if not self._served.ok(request):
            return self._no_session(request)
        assert self._served.engine is not None
        engine, key = self._served.engine, self._served.key
        return web.json_response(step_info(engine, key, http.device_of(request), http.lang_of(request)))

    async def _events(self, request: web.Request) -> web.StreamResponse:
        """Server-sent events: the step key whenever the supervisor moves on.

        In the restart window the key is "restarting" and the stream stays open: the resume turns it
        into the step's key (or "gone" if another session starts), and the page follows by itself.
        """
        if not self._served.ok(request) and not self._restart.expects(request.match_info["token"]):
            return self._no_session(request)
        if self._streams >= self.max_streams:
            return self._error(request, 503, phrase(http.lang_of(request), "error.busy"))
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream; charset=utf-8"})
        self._streams += 1
        try:
            await response.prepare(request)
            await response.write(b"retry: 3000\n\n")
            sent = None
            while not self._stopping:
                key = self._stream_key(request)
                if key != sent:
                    await response.write(f"data: {json.dumps({'key': key})}\n\n".encode())
                    sent = key
                if key in ("ended", _GONE):
                    break
                if not await self._changes.wait(20):
                    await response.write(b": ping\n\n")
        except (ConnectionResetError, ConnectionError):
            pass
        finally:
            self._streams -= 1
        return await http.end_stream(response)
