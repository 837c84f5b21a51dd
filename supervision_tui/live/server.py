"""The phone form: a small aiohttp app that runs inside the caller's asyncio loop (Textual's).

Usage (from the TUI): `server = LiveServer(); await server.start()` in `on_mount`,
`url = server.attach(engine)` when the session starts, `await server.stop()` in `on_unmount`.

Flow of an answer: cookie → rate limit → size limit → UTF-8 form → pydantic `AnswerInput` →
group commit: `engine.submit_answer(..., sync=False)` (anonymizer, validation) for every answer
that arrived in the same loop iteration, up to `WORK_SLOTS`, then one write and fsync for them, after
which the engine applies them (state, listeners) → only then 200 / 303 "gespeichert". A failed write
refuses the whole batch: 503 for each, and none of it is ever stored or shown.
Business rules stay in the engine; this module only translates HTTP to engine calls and back.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import re
import secrets
import socket
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from aiohttp import web
from jinja2 import Environment, FileSystemLoader

from ..engine import Engine, EngineError, NotCurrentStep, RoleRefused, SessionClosed
from ..events import Event, SessionEnded, StepChanged
from ..joinlink import SHORT_PREFIX, short_code
from ..models import Answer, InputKind, StepKind
from . import crosssite, protocol, restart, roles
from .collector import Collector
from .forms import FormError, answer_from_form, decode_form, typed
from .i18n import catalogue, engine_error, pick_lang, t
from .late import LateAnswer
from .signal import ChangeSignal

T = TypeVar("T")

MAX_BODY = 4096
DEVICE_COOKIE = "sv_dev"
LANG_COOKIE = "sv_lang"
CSP = (
    "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    # Not "no-referrer": under it a browser sends `Origin: null` with the phone's own form, and a
    # foreign page can send the same (`crosssite.foreign`). Other sites still get no referrer.
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}
_RESPONSE_HEADERS = SECURITY_HEADERS  # and no `Server` header at all (`protocol.runner`)
# Answers and joins per commit batch. In a burst of hundreds of phones, without a bound every request
# reaches the commit before any is acknowledged, and the acknowledgements queue behind new work
# (p99 120 ms after the state, 500 phones); with it, each group is committed and answered first.
WORK_SLOTS = 32
_RESTARTING = "restarting"  # the step key phones see in the restart window
# The fields of an answer form, sent again as they came after a restart (the nonce keeps it single).
_RESENT = ("step", "phase", "nonce", "mood", "text", "title", "urgency", "consent", "private_talk")
_GONE = "gone"  # … and once the window closed without their session: it is not coming back
_STREAM = "events"  # the route that stays open while a phone shows the form: not a request in work
_DEVICE_RE = re.compile(r"^[A-Za-z0-9_-]{22,64}$")
_NONCE_RE = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
_HERE = Path(__file__).resolve().parent
_STATIC = {
    "form.css": "text/css; charset=utf-8",
    "live.js": "text/javascript; charset=utf-8",
}


# --- where phones reach us ----------------------------------------------------------------------


def lan_address() -> str | None:
    """This machine's LAN address, or None without a network.

    A UDP `connect` only asks the kernel for a route; no packet is sent.
    """
    for probe in ("10.254.254.254", "192.168.254.254", "172.31.254.254"):
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            try:
                sock.connect((probe, 9))
                address = sock.getsockname()[0]
            except OSError:
                continue
        if address and not address.startswith(("127.", "0.")):
            return address
    return None


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


# --- small helpers --------------------------------------------------------------------------------


class RateLimiter:
    """At most `limit` hits per `window` seconds per key (sliding window)."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float]) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}

    def allow(self, key: str) -> bool:
        now = self._clock()
        if len(self._hits) > 20_000:  # forget idle keys, keep memory bounded
            self._hits = {k: q for k, q in self._hits.items() if q and q[-1] > now - self.window}
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) >= self.limit:
            return False
        hits.append(now)
        return True


class GroupCommit:
    """Engine work of many requests in one batch, then one `sync()` for the batch, then all their answers.

    Handlers hand in their engine work (`run`); it runs on the loop thread in arrival order, at most
    `limit` items per batch, and each handler gets its item's result once the batch is durable. Each
    request is suspended once, not at a semaphore and again at the commit: in `live_load` bursts of 200
    and 500 phones the server's CPU per answer fell by 6–16 % against a semaphore of 32 slots, measured
    side by side. The limit keeps a burst's first acknowledgements from waiting behind its last answers.
    While the fsync blocks, new requests queue in the kernel and form the next batch.
    """

    def __init__(self, sync: Callable[[], None], *, batch: bool = True, limit: int = WORK_SLOTS) -> None:
        self._sync = sync
        self._batch = batch
        self._limit = limit
        self._queue: deque[tuple[Callable[[], Any], asyncio.Future[Any], Callable[[], None] | None]] = deque()
        self._scheduled = False
        self.batches = 0
        self.synced = 0

    async def run(self, work: Callable[[], T], refused: Callable[[], None] | None = None) -> T:
        """`work()`'s result once it is durable; its exception, or the sync's (`OSError`: nothing saved).

        `refused` is called when the batch's sync failed, before anyone of the batch is answered: it
        undoes what `work` noted outside the engine (the next batch must not see it).
        """
        if not self._batch:  # one fsync per request, for comparison in benchmarks
            result = work()
            try:
                self._sync()
            except Exception:
                if refused is not None:
                    refused()
                raise
            self.batches += 1
            self.synced += 1
            return result
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[T] = loop.create_future()
        self._queue.append((work, fut, refused))
        if not self._scheduled:
            self._scheduled = True
            loop.call_soon(self._flush)
        return await fut

    def _flush(self) -> None:
        self._scheduled = False
        done: list[tuple[asyncio.Future[Any], Any, BaseException | None, Callable[[], None] | None]] = []
        while self._queue and len(done) < self._limit:
            work, fut, refused = self._queue.popleft()
            if fut.cancelled():  # the phone hung up before its turn: its answer is not taken
                continue
            try:
                done.append((fut, work(), None, refused))
            except Exception as exc:  # a business error of this one request (not current step, …)
                done.append((fut, None, exc, None))
        try:
            self._sync()
        except Exception as exc:  # disk full, I/O error: nobody gets "saved", and nothing is stored later
            for _fut, _result, _error, refused in done:
                if refused is not None:
                    refused()
            for fut, _result, error, _refused in done:
                if not fut.done():
                    fut.set_exception(error or exc)
        else:
            self.batches += 1
            self.synced += len(done)
            for fut, result, error, _refused in done:
                if fut.done():
                    continue
                if error is not None:
                    fut.set_exception(error)
                else:
                    fut.set_result(result)
        if self._queue:  # the rest is the next batch, scheduled after the answers to this one
            self._scheduled = True
            asyncio.get_running_loop().call_soon(self._flush)


def _wants_json(request: web.Request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


# --- the server -----------------------------------------------------------------------------------


class LiveServer:
    """Serves the phone form for one engine at a time, inside the running asyncio loop."""

    def __init__(
        self,
        host: str = "0.0.0.0",
        port: int = 8765,
        public_url: str | None = None,
        *,
        backlog: int = 1024,
        token: str | None = None,
        rate_limit: int = 10,
        ip_rate_limit: int = 60,
        rate_window: float = 60.0,
        max_streams: int = 1000,
        group_commit: bool = True,
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
        self.group_commit = group_commit  # False: one fsync per request (for comparison in benchmarks)
        self._notices: list[str] = []
        self._runner: web.AppRunner | None = None
        self._port: int | None = None
        self._address: str | None = None
        self._engine: Engine | None = None
        self._token: str | None = None
        self._closed = False
        self._step_key = "none"
        self._stopping = False
        self._streams = 0
        self._changes = ChangeSignal()
        self._commit: GroupCommit | None = None
        self._restart = restart.RestartWindow()
        self.collector = Collector()
        self._nonces: OrderedDict[tuple[str, str], tuple[bytes, str, int]] = OrderedDict()
        self._env = Environment(
            loader=FileSystemLoader(_HERE / "templates"),
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self._static = {name: (_HERE / "static" / name).read_bytes() for name in _STATIC}

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
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self._errors, self._same_origin])
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
        runner = protocol.runner(
            app, _RESPONSE_HEADERS, access_log=None, handle_signals=False, shutdown_timeout=1.0
        )
        await runner.setup()
        port = self.requested_port
        candidates = [port] if port == 0 else [*range(port, min(port + 20, 65536)), 0]
        last: OSError | None = None
        for candidate in candidates:
            site = web.TCPSite(runner, self.host, candidate, backlog=self.backlog)
            try:
                await site.start()
            except OSError as exc:
                last = exc
                continue
            self._runner = runner
            self._port = int(runner.addresses[0][1])
            if port and self._port != port:
                self._notices.append(t("de", "port_taken", port=port, new=self._port))
            break
        else:
            await runner.cleanup()
            raise last or OSError("no port")
        self._address = None
        self._detect_address()

    async def stop(self) -> None:
        """Close every stream and the listening socket (await it in `on_unmount`)."""
        self._stopping = True
        self._changes.wake()
        if self._engine is not None:
            self._engine.unsubscribe(self._on_event)
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
                    self._notices.append(t("de", "no_network"))
                self._address = address or "localhost"
        return self._address

    # --- sessions ---------------------------------------------------------------------------------

    def attach(self, engine: Engine, token: str | None = None) -> str:
        """Serve `engine` under a fresh unguessable token; returns the join URL."""
        if self._engine is not None:
            self._engine.unsubscribe(self._on_event)
        self._engine = engine
        self._token = token or self._fixed_token or secrets.token_urlsafe(16)
        self._restart.close()  # resumed, or a new session: either way the waiting is over
        self._closed = engine.finished
        self._refresh_key()
        self._commit = GroupCommit(lambda: engine.sync(), batch=self.group_commit)
        self._nonces.clear()
        engine.subscribe(self._on_event)
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
        self._closed = True
        self._refresh_key()
        if self._engine is not None:
            self._engine.unsubscribe(self._on_event)
        self._changes.wake()

    @property
    def engine(self) -> Engine | None:
        return self._engine

    @property
    def token(self) -> str | None:
        return self._token

    @property
    def base_url(self) -> str:
        if self.public_url:
            return self.public_url
        return f"http://{_url_host(self._detect_address())}:{self._port or self.requested_port}"

    @property
    def url(self) -> str | None:
        """The join URL for the QR code, or None before `attach`."""
        return f"{self.base_url}/s/{self._token}" if self._token else None

    @property
    def local_url(self) -> str | None:
        """The join URL over loopback (simulated phones on this machine)."""
        if not self._token or self._port is None:
            return None
        return f"http://127.0.0.1:{self._port}/s/{self._token}"

    def _on_event(self, event: Event) -> None:
        if isinstance(event, SessionEnded):
            self._closed = True
            self._refresh_key()
            self._changes.wake()
        elif isinstance(event, StepChanged):
            self._refresh_key()
            self._changes.wake()
        elif self._engine is not None and roles.wakes(self._engine, event):
            self._changes.wake()  # a role drawn, an idea marked: some phone's page changes (`_stream_key`)

    # --- request plumbing -------------------------------------------------------------------------

    async def _headers(self, request: web.Request, response: web.StreamResponse) -> None:
        response.headers.update(_RESPONSE_HEADERS)

    @web.middleware
    async def _errors(
        self, request: web.Request, handler: Callable[[web.Request], Any]
    ) -> web.StreamResponse:
        working = request.match_info.route.name != _STREAM
        if working:
            self.collector.busy()
        try:
            return await handler(request)
        except web.HTTPException as exc:
            if exc.status < 400:
                raise
            key = {
                404: "err_not_found",
                405: "err_method",
                413: "err_too_large",
            }.get(exc.status, "err_format" if exc.status < 500 else "err_server")
            return self._error(request, exc.status, t(self._lang(request), key))
        except (asyncio.CancelledError, ConnectionResetError):
            raise
        except Exception:
            return self._error(request, 500, t(self._lang(request), "err_server"))
        finally:
            if working:
                self.collector.idle()

    @web.middleware
    async def _same_origin(
        self, request: web.Request, handler: Callable[[web.Request], Any]
    ) -> web.StreamResponse:
        """A foreign page's POST (an auto-submitted join form, a fetch) changes nothing: 403."""
        if request.method not in crosssite.SAFE_METHODS and crosssite.foreign(request, self._public_host):
            return self._error(request, 403, t(self._lang(request), "err_cross_site"))
        return await handler(request)

    def _lang(self, request: web.Request) -> str:
        # the query is parsed only if there is one: a phone's answer has none
        query = request.query.get("lang") if request.query_string else None
        return pick_lang(query or request.cookies.get(LANG_COOKIE))

    def _device(self, request: web.Request) -> str | None:
        value = request.cookies.get(DEVICE_COOKIE, "")
        return value if _DEVICE_RE.match(value) else None

    def _session_ok(self, request: web.Request) -> bool:
        token = request.match_info.get("token", "")
        return self._token is not None and secrets.compare_digest(token.encode(), self._token.encode())

    def _base(self) -> str:
        return f"/s/{self._token}"

    def _key(self) -> str:
        """What phones compare to notice a step change: "step:phase", "ended" or "none"."""
        return self._step_key

    def _stream_key(self, request: web.Request) -> str:
        """The key for one event stream: the session's, "restarting" in the restart window, or "gone"."""
        if self._session_ok(request):
            engine = self._engine
            if engine is None:
                return self._key()
            return roles.phone_key(engine, self._label(engine, self._device(request)), self._key())
        return _RESTARTING if self._restart.expects(request.match_info["token"]) else _GONE

    def _refresh_key(self) -> None:
        # Kept, not computed per request: it changes only with the events that call this.
        engine = self._engine
        if engine is None:
            self._step_key = "none"
        elif self._closed or engine.finished:
            self._step_key = "ended"
        else:
            pos = engine.position
            self._step_key = f"{pos.step.id}:{pos.phase_index if pos.phase is not None else ''}"

    def _render(self, request: web.Request, template: str, status: int = 200, **ctx: Any) -> web.Response:
        lang = self._lang(request)
        context = {"lang": lang, "m": catalogue(lang), "base": None, "key": None, "label": None}
        context.update(ctx)
        html = self._env.get_template(template).render(**context)
        response = web.Response(text=html, status=status, content_type="text/html", charset="utf-8")
        if "lang" in request.query and request.query["lang"] in ("de", "en"):
            response.set_cookie(
                LANG_COOKIE, lang, httponly=True, samesite="Strict", path="/", max_age=86400 * 30
            )
        return response

    def _error(
        self,
        request: web.Request,
        status: int,
        message: str,
        *,
        extra: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> web.StreamResponse:
        if status == 429:
            headers = {"Retry-After": "60"}
        if _wants_json(request):
            body: dict[str, Any] = {"error": message, "status": status}
            body.update(extra or {})
            return web.json_response(body, status=status, headers=headers)
        back = self._base() if self._token and self._session_ok(request) else None
        response = self._render(
            request,
            "error.html",
            status,
            page_title=t(self._lang(request), "error_heading"),
            message=message,
            back=back,
            base=back,
        )
        if headers:
            response.headers.update(headers)
        return response

    def _no_session(self, request: web.Request) -> web.StreamResponse:
        """No session under this token: "gleich fortgesetzt" in the restart window, else 404."""
        lang = self._lang(request)
        token = request.match_info.get("token", "")
        if not self._restart.expects(token):
            return self._error(request, 404, t(lang, "err_not_found"))
        retry = restart.attempt(request.query.get("retry") if request.query_string else None)
        delay = restart.retry_delay(retry)
        headers = {"Retry-After": str(delay)}
        if request.method not in crosssite.SAFE_METHODS:
            # an answer or a join sent in the window is not taken: the phone sends it again
            return self._error(
                request, 503, t(lang, "restart_send"), extra={"resuming": True}, headers=headers
            )
        if _wants_json(request) or request.path.endswith("/step.json"):
            body = {"error": t(lang, "restart_text"), "status": 503, "resuming": True}
            return web.json_response(body, status=503, headers=headers)
        base = f"/s/{token}"
        # WCAG 2.2.1: a page that reloads itself offers to stop it; `?stay=1` waits for a tap
        # (live.js still follows the resume).
        stay = bool(request.query_string) and request.query.get("stay") == "1"
        response = self._render(
            request,
            "restart.html",
            503,
            page_title=t(lang, "restart_heading"),
            base=base,
            key=_RESTARTING,
            refresh=None if stay else f"{delay};url={base}?retry={retry + 1}",
        )
        response.headers.update(headers)
        return response

    async def _resend_later(self, request: web.Request, lang: str) -> web.StreamResponse:
        """An answer sent in the restart window without JavaScript: kept on the page to send again."""
        try:
            fields = await self._read_form(request, lang)
        except FormError:
            return self._no_session(request)
        kept = {name: fields[name] for name in _RESENT if fields.get(name)}
        if not (kept.get("text") or kept.get("title") or kept.get("mood")):
            return self._no_session(request)
        delay = restart.retry_delay(0)
        response = self._render(
            request,
            "resend.html",
            503,
            page_title=t(lang, "restart_heading"),
            base=f"/s/{request.match_info.get('token', '')}",
            key=_RESTARTING,
            kept=True,
            action=request.path,
            fields=kept,
        )
        response.headers["Retry-After"] = str(delay)
        return response

    async def _ended_answer(self, request: web.Request, engine: Engine, lang: str) -> web.StreamResponse:
        """An answer that arrived after the end: not stored, but its text stays on the phone."""
        try:
            fields = await self._read_form(request, lang)
        except FormError:
            fields = {}
        late = LateAnswer.from_form(engine.agenda, fields) if fields else None
        if _wants_json(request) or late is None or not late.kept:
            return self._error(request, 404, t(lang, "err_ended"))
        return self._render(
            request,
            "ended.html",
            404,
            page_title=t(lang, "ended_heading"),
            base=self._base(),
            key="ended",
            late=late,
            late_notice=t(lang, "ended_late"),
        )

    def _redirect(self, location: str) -> web.Response:
        return web.Response(status=303, headers={"Location": location})

    def _with_device(self, request: web.Request, response: web.StreamResponse, device: str) -> None:
        if request.cookies.get(DEVICE_COOKIE) != device:
            # Lax, not Strict: a phone that follows a link to the join URL from another site still
            # shows its cookie and keeps its label. A foreign POST never carries it, and is refused
            # anyway (`_same_origin`); no GET changes anything.
            response.set_cookie(
                DEVICE_COOKIE, device, httponly=True, samesite="Lax", path="/", max_age=12 * 3600
            )

    async def _read_form(self, request: web.Request, lang: str) -> dict[str, str]:
        if request.content_length is not None and request.content_length > MAX_BODY:
            raise FormError(413, t(lang, "err_too_large"))
        try:
            body = await request.read()
        except web.HTTPRequestEntityTooLarge as exc:
            raise FormError(413, t(lang, "err_too_large")) from exc
        if len(body) > MAX_BODY:
            raise FormError(413, t(lang, "err_too_large"))
        return decode_form(body, request.content_type if request.body_exists else "", lang)

    # --- views ------------------------------------------------------------------------------------

    async def _root(self, request: web.Request) -> web.StreamResponse:
        return self._error(request, 404, t(self._lang(request), "err_not_found"))

    async def _static_file(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        if name not in _STATIC:
            return self._error(request, 404, t(self._lang(request), "err_not_found"))
        return web.Response(body=self._static[name], headers={"Content-Type": _STATIC[name]})

    def _label(self, engine: Engine, device: str | None) -> str | None:
        """The joined phone's label (the engine keeps each phone it has found)."""
        participant = engine.participant_for(device) if device is not None else None
        return participant.label if participant is not None else None

    def _own_answer(self, engine: Engine, device: str | None) -> Answer | None:
        label = self._label(engine, device)
        return engine.current_answer(label) if label is not None else None

    def _step_view(
        self,
        request: web.Request,
        device: str | None,
        *,
        status: int = 200,
        edit: bool = False,
        notice: str | None = None,
        submitted: dict[str, Any] | None = None,
        nonce: str | None = None,
        late: LateAnswer | None = None,
    ) -> web.Response:
        """The page a phone should see now: join, form, saved, waiting or ended."""
        engine = self._engine
        assert engine is not None
        lang = self._lang(request)
        m = catalogue(lang)
        ctx: dict[str, Any] = {"base": self._base(), "key": self._key(), "notice": notice, "late": late}
        if self._key() == "ended":
            return self._render(
                request, "ended.html", 404 if status == 200 else status, page_title=m["ended_heading"], **ctx
            )
        label = self._label(engine, device)
        if label is None:
            return self._render(request, "join.html", status, page_title=m["join_heading"], **ctx)
        ctx["label"] = label
        ctx["key"] = roles.phone_key(engine, label, self._key())
        ctx.update(roles.phone_view(engine, label))
        pos = engine.position
        ctx["step_label"] = m["step_label"].format(
            title=f"{pos.step.title} – {pos.phase.name}" if pos.phase is not None else pos.step.title
        )
        prompt = pos.prompt
        if ctx["sends"] == "take_along":
            ctx.update(step_id=pos.step.id, phase=pos.phase_index)
            return self._render(request, "take.html", status, page_title=m["take_heading"], **ctx)
        if prompt is None or ctx["sends"] == "none":
            # what a refused phone typed stays on its page, to copy
            kept = str(submitted.get("text") or "") if submitted else ""
            title = ctx["says"] or m["waiting_heading"]
            return self._render(request, "waiting.html", status, page_title=title, kept=kept, **ctx)
        answer = self._own_answer(engine, device)
        ctx["question"] = prompt.question
        if answer is not None and not edit and submitted is None and notice is None:
            return self._render(
                request, "saved.html", status, page_title=m["saved_heading"], answer=answer, **ctx
            )
        if submitted is not None:
            cur = submitted
        elif answer is not None:
            cur = {
                "mood": answer.mood,
                "text": answer.text,
                "title": answer.title,
                "urgency": answer.urgency.value if answer.urgency else None,
                "consent": answer.consent.value,
                "private_talk": answer.private_talk,
            }
        else:
            cur = {
                "mood": None,
                "text": "",
                "title": "",
                "urgency": None,
                "consent": "private",
                "private_talk": False,
            }
        if late is not None:
            cur = late.form_values(prompt, cur, answered=answer is not None)
        kind = prompt.input.value
        text_label = {
            InputKind.IDEA: m["idea_label"],
        }.get(prompt.input, m["closing_label"] if pos.step.kind is StepKind.CLOSING else m["text_label"])
        return self._render(
            request,
            "form.html",
            status,
            page_title=prompt.question,
            kind=kind,
            hint=prompt.hint,
            motif=prompt.motif,
            max_chars=prompt.max_chars,
            step_id=pos.step.id,
            phase=pos.phase_index if pos.phase is not None else None,
            nonce=nonce if nonce and _NONCE_RE.match(nonce) else secrets.token_urlsafe(12),
            cur=cur,
            answered=answer is not None,
            text_label=text_label,
            **ctx,
        )

    async def _short(self, request: web.Request) -> web.StreamResponse:
        """The short join address (`joinlink`): on to the full one; rate-limited against guessing."""
        lang = self._lang(request)
        if not self._ip_limit.allow(f"short:{request.remote}"):
            return self._error(request, 429, t(lang, "err_rate"))
        code = short_code(self._token) if self._token else None
        given = request.match_info.get("code", "")
        if code is None or not secrets.compare_digest(given.encode(), code.encode()):
            # in the restart window: on to the interrupted session's address, which says "gleich"
            waiting = self._restart.find(
                lambda token: secrets.compare_digest(given.encode(), (short_code(token) or "").encode())
            )
            if waiting is None:
                return self._error(request, 404, t(lang, "err_not_found"))
            raise web.HTTPFound(f"/s/{waiting}")
        raise web.HTTPFound(self._base())

    async def _page(self, request: web.Request) -> web.StreamResponse:
        if not self._session_ok(request):
            return self._no_session(request)
        device = self._device(request)
        if device is None and not crosssite.foreign(request, self._public_host):
            # Not for a navigation from another site: a browser that withholds the phone's cookie there
            # would store the new one over it. The join form gives such a phone its cookie.
            device = secrets.token_urlsafe(16)
        response = self._step_view(request, device, edit=request.query.get("edit") == "1")
        if device is not None:
            self._with_device(request, response, device)
        return response

    async def _join(self, request: web.Request) -> web.StreamResponse:
        lang = self._lang(request)
        if not self._session_ok(request):
            return self._no_session(request)
        if self._key() == "ended":
            return self._error(request, 404, t(lang, "err_ended"))
        device = self._device(request)
        if not self._ip_limit.allow(f"ip:{request.remote}"):
            return self._error(request, 429, t(lang, "err_rate"))
        try:
            fields = await self._read_form(request, lang)
        except FormError as exc:
            return self._error(request, exc.status, exc.message)
        if fields.get("confirm", "").strip().lower() not in ("1", "on", "true", "yes", "ja"):
            if _wants_json(request):
                return self._error(request, 422, t(lang, "join_required"))
            return self._step_view(request, None, status=422, notice=t(lang, "join_required"))
        device = device or secrets.token_urlsafe(16)
        engine = self._engine
        assert engine is not None and self._commit is not None
        try:
            participant = await self._commit.run(lambda: engine.join(device, sync=False))
        except SessionClosed:
            return self._error(request, 404, t(lang, "err_ended"))
        except OSError:
            return self._error(request, 503, t(lang, "err_storage_join"))
        if _wants_json(request):
            response: web.StreamResponse = web.json_response({"ok": True, "label": participant.label})
        else:
            response = self._redirect(self._base())
        self._with_device(request, response, device)
        return response

    async def _answer(self, request: web.Request) -> web.StreamResponse:
        lang = self._lang(request)
        if not self._session_ok(request):
            if self._restart.expects(request.match_info.get("token", "")) and not _wants_json(request):
                return await self._resend_later(request, lang)
            return self._no_session(request)
        engine = self._engine
        assert engine is not None and self._commit is not None
        if self._key() == "ended":
            return await self._ended_answer(request, engine, lang)
        device = self._device(request)
        if self._label(engine, device) is None:
            # No joined phone behind this request: limit by address instead of by device.
            if not self._ip_limit.allow(f"ip:{request.remote}"):
                return self._error(request, 429, t(lang, "err_rate"))
            return self._error(request, 403, t(lang, "join_first"))
        if not self._device_limit.allow(device):
            return self._error(request, 429, t(lang, "err_rate"))
        try:
            fields = await self._read_form(request, lang)
        except FormError as exc:
            return self._error(request, exc.status, exc.message)
        try:
            prompt = engine.position.prompt
            data = answer_from_form(fields, lang, prompt.max_chars if prompt else 1000)
        except FormError as exc:
            if exc.status != 422 or _wants_json(request):
                return self._error(request, exc.status, exc.message)
            return self._step_view(request, device, status=422, notice=exc.message, submitted=typed(fields))

        assert device is not None  # a joined phone has one
        nonce = fields.get("nonce", "")
        nonce_key = (device, nonce) if _NONCE_RE.match(nonce) else None
        # the same form sent again is the same body (aiohttp keeps the body it read); without a nonce
        # nothing is compared
        digest = hashlib.sha256(await request.read()).digest() if nonce_key else b""
        recorded = False

        def refused() -> None:
            # The batch was not stored: a resend of this form is a new answer, not a copy of a saved one.
            if recorded and nonce_key:
                self._nonces.pop(nonce_key, None)

        def submit() -> int:
            """The engine work of this answer, run in its commit batch; the revision the phone is told."""
            nonlocal recorded
            seen = self._nonces.get(nonce_key) if nonce_key else None
            if seen is not None and seen[0] == digest and seen[1] == self._key():
                # The same form sent twice (Wi-Fi dropped before the answer came back): no second
                # revision. It is still answered after its batch's sync, in case the first copy is not
                # durable yet.
                return seen[2]
            answer = engine.submit_answer(device, data, sync=False)
            if nonce_key:
                self._nonces[nonce_key] = (digest, self._key(), answer.revision)
                recorded = True
                while len(self._nonces) > 20_000:
                    self._nonces.popitem(last=False)
            return answer.revision

        try:
            revision = await self._commit.run(submit, refused)
        except NotCurrentStep as exc:
            message = engine_error(lang, str(exc))
            if _wants_json(request):
                return self._error(request, 409, message, extra={"step": self._step_info(engine, device)})
            late = LateAnswer.from_form(engine.agenda, fields)
            return self._step_view(request, device, status=409, notice=message, late=late)
        except SessionClosed as exc:
            return self._error(request, 404, engine_error(lang, str(exc)))
        except RoleRefused as exc:  # the case giver's idea during Beratung
            if _wants_json(request):
                return self._error(request, 403, roles.refused(lang, exc))
            submitted = data.model_dump(mode="json")
            return self._step_view(
                request, device, status=403, notice=roles.refused(lang, exc), submitted=submitted
            )
        except OSError:  # `StorageFailed` too (it is an EngineError as well): nothing of it is stored
            message = t(lang, "err_storage")
            if _wants_json(request):
                return self._error(request, 503, message)
            # The form again, with what was typed and the same nonce: sending it again stores it once.
            submitted = data.model_dump(mode="json")
            return self._step_view(
                request, device, status=503, notice=message, submitted=submitted, nonce=nonce or None
            )
        except EngineError as exc:
            message = engine_error(lang, str(exc))
            if _wants_json(request):
                return self._error(request, 422, message)
            submitted = data.model_dump(mode="json")
            return self._step_view(request, device, status=422, notice=message, submitted=submitted)
        return self._saved(request, revision)

    async def _take(self, request: web.Request) -> web.StreamResponse:
        """The case giver's phone marks an idea taken along (Abschluss); the engine says who may."""
        lang = self._lang(request)
        if not self._session_ok(request):
            return self._no_session(request)
        engine = self._engine
        assert engine is not None
        device = self._device(request)
        if self._key() == "ended":
            return self._error(request, 404, t(lang, "err_ended"))
        if device is None or self._label(engine, device) is None:
            return self._error(request, 403, t(lang, "join_first"))
        if not self._device_limit.allow(device):
            return self._error(request, 429, t(lang, "err_rate"))
        try:
            step_id, phase, idea, on = roles.mark_from_form(await self._read_form(request, lang), lang)
            engine.take_along_from(device, step_id, phase, idea, on)
        except FormError as exc:
            return self._error(request, exc.status, exc.message)
        except EngineError as exc:
            status, message = roles.refusal(lang, exc)
            if _wants_json(request) or status == 404:
                return self._error(request, status, message)
            return self._step_view(request, device, status=status, notice=message)
        if _wants_json(request):
            return web.json_response({"ok": True, "taken": on})
        return self._redirect(self._base())

    def _saved(self, request: web.Request, revision: int) -> web.StreamResponse:
        if _wants_json(request):
            return web.json_response({"ok": True, "saved": True, "revision": revision, "key": self._key()})
        return self._redirect(self._base())

    def _step_info(self, engine: Engine, device: str | None) -> dict[str, Any]:
        """What one phone may know: the public question and its own answer, nothing else."""
        key = self._key()
        info: dict[str, Any] = {"key": key, "ended": key == "ended"}
        label = self._label(engine, device)
        info["joined"] = label is not None
        info["label"] = label
        if key == "ended":
            return info
        pos = engine.position
        prompt = pos.prompt
        info.update(
            step_id=pos.step.id,
            step_title=pos.step.title,
            phase=pos.phase_index if pos.phase is not None else None,
            phase_name=pos.phase.name if pos.phase is not None else None,
            input=prompt.input.value if prompt else "none",
            question=prompt.question if prompt else None,
            hint=prompt.hint if prompt else None,
            max_chars=prompt.max_chars if prompt else None,
        )
        info.update(roles.step_info(engine, label))
        answer = self._own_answer(engine, device) if prompt else None
        info["answer"] = (
            answer.model_dump(
                mode="json",
                include={"mood", "text", "title", "urgency", "consent", "private_talk", "revision"},
            )
            if answer
            else None
        )
        return info

    async def _step_json(self, request: web.Request) -> web.StreamResponse:
        if not self._session_ok(request):
            return self._no_session(request)
        assert self._engine is not None
        return web.json_response(self._step_info(self._engine, self._device(request)))

    async def _events(self, request: web.Request) -> web.StreamResponse:
        """Server-sent events: the step key whenever the supervisor moves on.

        In the restart window the key is "restarting" and the stream stays open: the resume turns it
        into the step's key (or "gone" if another session starts), and the page follows by itself.
        """
        if not self._session_ok(request) and not self._restart.expects(request.match_info["token"]):
            return self._no_session(request)
        if self._streams >= self.max_streams:
            return self._error(request, 503, t(self._lang(request), "err_busy"))
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
                try:
                    await asyncio.wait_for(asyncio.shield(self._changes.future()), 20)
                except TimeoutError:
                    await response.write(b": ping\n\n")
        except (ConnectionResetError, ConnectionError):
            pass
        finally:
            self._streams -= 1
        with contextlib.suppress(ConnectionError, RuntimeError):
            await response.write_eof()
        return response
