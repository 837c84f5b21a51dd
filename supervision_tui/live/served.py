"""The session the form serves now: its engine, its join token and the step key phones compare."""

from __future__ import annotations

import secrets

from aiohttp import web

from ..engine import Engine
from ..events import Event, SessionEnded, StepChanged
from . import roles
from .pages import Session, label_of
from .signal import ChangeSignal


class Served:
    """One engine at a time under an unguessable token; `changes` wakes the event streams."""

    def __init__(self, changes: ChangeSignal) -> None:
        self.engine: Engine | None = None
        self.token: str | None = None
        self.key = "none"  # what phones compare to notice a step change: "step:phase", "ended" or "none"
        self._closed = False
        self._changes = changes

    def attach(self, engine: Engine, token: str) -> None:
        self.release()
        self.engine = engine
        self.token = token
        self._closed = engine.finished
        self._refresh_key()
        engine.subscribe(self._on_event)

    def close(self) -> None:
        """The session ended: phones see "beendet"."""
        self._closed = True
        self._refresh_key()
        self.release()

    def release(self) -> None:
        """Stop listening to the engine (the server stops, or another session comes)."""
        if self.engine is not None:
            self.engine.unsubscribe(self._on_event)

    def ok(self, request: web.Request) -> bool:
        """Whether the request's token is this session's (compared in constant time)."""
        token = request.match_info.get("token", "")
        return self.token is not None and secrets.compare_digest(token.encode(), self.token.encode())

    def phone_key(self, device: str | None) -> str:
        """The step key one phone compares: in a case phase it changes with the phone's role too."""
        if self.engine is None:
            return self.key
        return roles.phone_key(self.engine, label_of(self.engine, device), self.key)

    @property
    def base(self) -> str:
        """The session's page, as a path."""
        return f"/s/{self.token}"

    def view(self) -> Session:
        """The session as a page shows it (only with an engine attached)."""
        assert self.engine is not None
        return Session(self.engine, self.key, self.base)

    def _on_event(self, event: Event) -> None:
        if isinstance(event, SessionEnded):
            self._closed = True
            self._refresh_key()
            self._changes.wake()
        elif isinstance(event, StepChanged):
            self._refresh_key()
            self._changes.wake()
        elif self.engine is not None and roles.wakes(self.engine, event):
            self._changes.wake()  # a role drawn, an idea marked: some phone's page changes (`phone_key`)

    def _refresh_key(self) -> None:
        # Kept, not computed per request: it changes only with the events that call this.
        engine = self.engine
        if engine is None:
            self.key = "none"
        elif self._closed or engine.finished:
            self.key = "ended"
        else:
            pos = engine.position
            self.key = f"{pos.step.id}:{pos.phase_index if pos.phase is not None else ''}"
