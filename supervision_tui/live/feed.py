"""The projection's feed: the console serves `RoomView` to `supervision-tui beamer` on this machine.

A separate aiohttp site in a thread of its own, never the phones' listener: bound to 127.0.0.1 on an ephemeral port, and
every request must carry a bearer token made fresh at each console start. The console announces
port and token in `<sessions_dir>/running/beamer.json` (0600, in a 0700 folder) and removes the file
when it quits; a projection reads it to find the console, and reads it again after every lost
connection (a restarted console has a new port and token).

What crosses is only ever `room_view(...)` (see `supervision_tui.room`), pushed as server-sent
events: on every engine event, bursts coalesced to one push per `COALESCE` seconds, a step change
at once; the timer once a second while it runs; a heartbeat comment when nothing changes, so a
projection notices a dead console within a few seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import secrets
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web
from pydantic import BaseModel, ConfigDict, ValidationError

from ..engine import Engine
from ..events import Event, SessionEnded, StepChanged
from ..room import RoomView, room_view
from ..store import app_alive, atomic_write
from . import protocol
from .http import end_stream
from .signal import ChangeSignal

HOST = "127.0.0.1"
VIEW_PATH = "/room"
STREAM_PATH = "/room/stream"
COALESCE = 0.03  # seconds between two pushes of a burst of answers
TICK = 1.0  # the timer's push while it runs
HEARTBEAT = 2.0  # a comment line when nothing changed, so the client's read timeout means "dead"
READ_TIMEOUT = 3 * HEARTBEAT
BACKOFF = (0.05, 0.1, 0.2, 0.4, 0.8, 1.0)  # seconds between tries to find and reach a console


def discovery_path(sessions_dir: Path) -> Path:
    """Where a running console announces its feed."""
    return Path(sessions_dir) / "running" / "beamer.json"


class Discovery(BaseModel):
    """The content of the discovery file."""

    model_config = ConfigDict(extra="forbid")

    port: int
    token: str
    pid: int


def read_discovery(path: Path) -> Discovery | None:
    """The announced feed, or None when no console runs (or the file is half there or foreign)."""
    try:
        return Discovery.model_validate_json(path.read_bytes())
    except (OSError, ValidationError):
        return None


class RoomFeed:
    """Serves the room's view of the attached engine; `start()` in `on_mount`, `stop()` in `on_unmount`.

    Views are built on the caller's loop (the console's), where the engine lives; they are served from
    a thread of their own with its own asyncio loop. The console's loop is busy for a while at each
    step change, building its new screen (hundreds of milliseconds on a loaded laptop); served from that
    loop, the projection would wait for it. A step change's view is built inside the engine's commit and
    handed to the feed's thread at once, so it is on the wire while the console still paints.
    """

    def __init__(
        self,
        sessions_dir: Path | None = None,
        *,
        token: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.discovery = discovery_path(sessions_dir) if sessions_dir is not None else None
        self.token = token or secrets.token_urlsafe(32)
        self._expected = f"Bearer {self.token}".encode()
        self._clock = clock
        self._port: int | None = None
        self._address: tuple[str, int] | None = None
        self._engine: Engine | None = None
        self._join_url: str | None = None
        # the console's side (its loop): the last view built, for dedup and coalescing
        self._built = b""
        self._published = 0
        self._last_push = float("-inf")
        self._scheduled: asyncio.Handle | None = None
        self._ticker: asyncio.Task[None] | None = None
        # the feed's side (its thread and loop): what the streams send
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._frame = b"null"
        self._version = 0
        self._changes = ChangeSignal()
        self._stopping = False
        self._viewers = 0  # open streams: projections following this console now (the feed's thread counts)
        # Called on the console's loop whenever a projection starts or stops following (`viewers` changed).
        self.on_viewers: Callable[[], None] | None = None
        self._home: asyncio.AbstractEventLoop | None = None  # the console's loop
        self._announced = False  # this console wrote the discovery file (a deferring second window did not)

    # --- lifecycle --------------------------------------------------------------------------------

    @property
    def port(self) -> int | None:
        return self._port

    @property
    def viewers(self) -> int:
        """How many projections (`supervision-tui beamer`) follow this console right now.

        One or more means the room looks at a window of its own, so this console is the presenter's screen:
        what only the presenter may see (the anonymizer's doubts) can be shown on it."""
        return self._viewers

    @property
    def address(self) -> tuple[str, int] | None:
        """Where the socket listens, as the kernel reports it."""
        return self._address

    @property
    def url(self) -> str | None:
        return f"http://{HOST}:{self._port}" if self._port else None

    async def start(self) -> None:
        if self._thread is not None:
            return
        self._stopping = False
        self._home = asyncio.get_running_loop()
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, name="room-feed", daemon=True)
        thread.start()
        try:
            await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(self._serve(), loop))
            if self.discovery is not None:
                self._announce(self.discovery)
        except OSError:
            # no port, or the announcement cannot be written (disk full): no feed, nothing left open
            await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(self._shutdown(), loop))
            loop.call_soon_threadsafe(loop.stop)
            thread.join(5)
            loop.close()
            self._port = self._address = None
            raise
        self._loop, self._thread = loop, thread
        self._publish()
        self._ticker = asyncio.get_running_loop().create_task(self._tick())

    async def stop(self) -> None:
        if self._scheduled is not None:
            self._scheduled.cancel()
            self._scheduled = None
        if self._ticker is not None:
            self._ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._ticker
            self._ticker = None
        if self._engine is not None:
            self._engine.unsubscribe(self._on_event)
        if self.discovery is not None and self._thread is not None:
            self._withdraw(self.discovery)
        loop, thread = self._loop, self._thread
        self._loop = self._thread = None
        if loop is not None and thread is not None:
            await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(self._shutdown(), loop))
            loop.call_soon_threadsafe(loop.stop)
            await asyncio.get_running_loop().run_in_executor(None, thread.join, 5)
            loop.close()

    async def _serve(self) -> None:
        """In the feed's thread: the site on 127.0.0.1 and an ephemeral port."""
        app = web.Application(middlewares=[self._auth])
        app.router.add_get(VIEW_PATH, self._view)
        app.router.add_get(STREAM_PATH, self._stream)
        # as the phones' server: no `Server` header, parser errors answered without echo or banner
        runner = protocol.runner(app, {}, access_log=None, handle_signals=False, shutdown_timeout=0.5)
        await runner.setup()
        self._runner = runner
        await web.TCPSite(runner, HOST, 0).start()
        host, port = runner.addresses[0][:2]
        self._address = (str(host), int(port))
        self._port = int(port)

    async def _shutdown(self) -> None:
        """In the feed's thread: end every stream, close the socket."""
        self._stopping = True
        self._changes.wake()
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    def _announce(self, path: Path) -> None:
        # A console that still runs keeps the projection: a second window on the same folder would take
        # the room's view away from the session that goes on there.
        found = read_discovery(path)
        if found is not None and found.pid != os.getpid() and app_alive(found.pid):
            return
        # The folder may hold the running session's journal and join token too: only the owner reads it.
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(path.parent, 0o700)
        record = Discovery(port=self._port or 0, token=self.token, pid=os.getpid())
        atomic_write(path, record.model_dump_json().encode())
        self._announced = True

    def _withdraw(self, path: Path) -> None:
        # Only our own announcement: a second console started meanwhile keeps its file.
        found = read_discovery(path)
        if found is not None and found.token == self.token:
            path.unlink(missing_ok=True)
        self._announced = False

    # --- the session (the console's loop) ----------------------------------------------------------

    def attach(self, engine: Engine, join_url: str | None) -> None:
        """Follow `engine` (a new or resumed session); the projection moves to it at once."""
        if self._engine is not None:
            self._engine.unsubscribe(self._on_event)
        self._engine = engine
        self._join_url = join_url
        engine.subscribe(self._on_event)
        self._publish()

    def detach(self) -> None:
        if self._engine is not None:
            self._engine.unsubscribe(self._on_event)
        self._engine = None
        self._publish()

    @property
    def published(self) -> int:
        """How many distinct views were built and handed to the projections so far."""
        return self._published

    def view(self, *, step_changed: bool = False) -> RoomView | None:
        if self._engine is None:
            return None
        return room_view(self._engine, self._join_url, step_changed=step_changed)

    def _on_event(self, event: Event) -> None:
        # Called inside the engine's commit, on the console's loop.
        if isinstance(event, StepChanged | SessionEnded):
            # Out at once, not when the console's loop is next free: it is about to build a new screen.
            self._publish(step_changed=isinstance(event, StepChanged))
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop (a test driving the engine by hand): the next tick catches up
        if isinstance(event, StepChanged | SessionEnded):
            # and once more when the commit is through, which a step change's own view cannot include
            if self._scheduled is not None:
                self._scheduled.cancel()
            self._scheduled = loop.call_soon(self._scheduled_publish)
        elif self._scheduled is None:
            delay = max(0.0, self._last_push + COALESCE - self._clock())
            self._scheduled = loop.call_later(delay, self._scheduled_publish)

    def _scheduled_publish(self) -> None:
        self._scheduled = None
        self._publish()

    def _publish(self, *, step_changed: bool = False) -> None:
        view = self.view(step_changed=step_changed)
        frame = view.model_dump_json().encode() if view is not None else b"null"
        if frame == self._built:
            return
        self._built = frame
        self._published += 1
        self._last_push = self._clock()
        if self._loop is not None:
            with contextlib.suppress(RuntimeError):  # the feed's loop just closed (console quitting)
                self._loop.call_soon_threadsafe(self._offer, frame)

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(TICK)
            # Rebuilt every second: a running timer changes the view, a paused one does not (no push).
            self._publish()
            if self._announced and self.discovery is not None and not self.discovery.exists():
                # The sessions folder was removed while the session runs (the journal brings itself back):
                # a projection started now must still find this console.
                with contextlib.suppress(OSError):
                    self._announce(self.discovery)

    # --- serving (the feed's thread) ----------------------------------------------------------------

    def _offer(self, frame: bytes) -> None:
        self._frame = frame
        self._version += 1
        self._changes.wake()

    @web.middleware
    async def _auth(self, request: web.Request, handler: Callable[[web.Request], Any]) -> web.StreamResponse:
        given = request.headers.get("Authorization", "").encode()
        if not secrets.compare_digest(given, self._expected):
            return web.Response(status=401, text="401", headers={"WWW-Authenticate": "Bearer"})
        response: web.StreamResponse = await handler(request)
        return response

    async def _view(self, request: web.Request) -> web.StreamResponse:
        return web.Response(
            body=self._frame, content_type="application/json", headers={"Cache-Control": "no-store"}
        )

    async def _stream(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(
            headers={"Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store"}
        )
        await response.prepare(request)
        sent = -1
        self._viewers += 1  # only the feed's thread changes it; the console reads it
        self._tell_viewers()
        try:
            while not self._stopping:
                if self._version != sent:
                    sent = self._version
                    await response.write(b"data: " + self._frame + b"\n\n")
                if not await self._changes.wait(HEARTBEAT):
                    await response.write(b": hb\n\n")
        except ConnectionError:
            pass
        finally:
            self._viewers -= 1
            self._tell_viewers()
        return await end_stream(response)

    def _tell_viewers(self) -> None:
        """In the feed's thread: the console hears at once that a projection came or went."""
        home, told = self._home, self.on_viewers
        if home is not None and told is not None:
            with contextlib.suppress(RuntimeError):  # the console's loop has closed: nobody to tell
                home.call_soon_threadsafe(told)


# --- the projection's side ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedUpdate:
    """What the projection learns: whether a console is reachable, and the room's view if a session runs."""

    connected: bool
    view: RoomView | None = None


async def follow(sessions_dir: Path) -> AsyncIterator[FeedUpdate]:
    """Find the console on this machine and follow its feed, for ever, reconnecting by itself.

    Yields `FeedUpdate(False)` while none is reachable, then every view pushed. After a lost
    connection the discovery file is read again, because a restarted console has a new port and token.
    """
    path = discovery_path(sessions_dir)
    attempt = 0
    connected = True  # so that the first failure is reported once
    timeout = aiohttp.ClientTimeout(total=None, sock_connect=2.0, sock_read=READ_TIMEOUT)
    async with aiohttp.ClientSession(timeout=timeout) as http:
        while True:
            found = read_discovery(path)
            if found is not None:
                url = f"http://{HOST}:{found.port}{STREAM_PATH}"
                try:
                    async with http.get(url, headers={"Authorization": f"Bearer {found.token}"}) as response:
                        if response.status == 200:
                            attempt = 0
                            async for frame in _frames(response):
                                connected = True
                                yield FeedUpdate(True, frame)
                except (aiohttp.ClientError, TimeoutError, ValueError):
                    pass
            if connected:
                connected = False
                yield FeedUpdate(False)
            await asyncio.sleep(BACKOFF[min(attempt, len(BACKOFF) - 1)])
            attempt += 1


async def _frames(response: aiohttp.ClientResponse) -> AsyncIterator[RoomView | None]:
    """The views in a server-sent event stream (chunks split where they fall, so no line limit)."""
    buffer = b""
    async for chunk in response.content.iter_any():
        buffer += chunk
        while b"\n\n" in buffer:
            event, buffer = buffer.split(b"\n\n", 1)
            if not event.startswith(b"data: "):
                continue  # heartbeat
            payload = json.loads(event[len(b"data: ") :])
            yield RoomView.model_validate(payload) if payload is not None else None
