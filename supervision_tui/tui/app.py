"""The supervisor's app: one screen per agenda step, the phone form served from the same loop.

The app is thin: keys become engine calls, engine events become a typed message and a repaint.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import random
import sys
import time
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Input, TextArea

from ..defaults import DEFAULT_PORT
from .base import RoomApp
from .console import Syncable
from .messages import (
    DemoAnswered,
    ProjectionChanged,
    SessionFinished,
    SessionUpdated,
    StepMoved,
    StorageChanged,
)
from .screens.base import SessionScreen
from .screens.join import JoinPreview, JoinPreviewScreen
from .widgets import StorageWarning
from .widgets.keybar import key_entries

# The domain (engine, store, templates: pydantic builds its models at import) and the screens of
# later steps are imported where they are first used: the first frame (the join screen, painted from
# the template's file) does not wait for them.
if TYPE_CHECKING:
    from textual.timer import Timer

    from ..engine import Engine, StorageFailed, StorageHealth
    from ..events import Event
    from ..live import LiveServer
    from ..live.feed import RoomFeed
    from ..models import Agenda, StepKind
    from ..store import Store, StoredSession
    from ..timer import Clock


def screen_class(kind: StepKind) -> type[SessionScreen]:
    """The screen of an agenda step kind (its module imported now)."""
    from ..models import StepKind

    screen: type[SessionScreen]
    if kind is StepKind.JOIN:
        from .screens.join import JoinScreen

        screen = JoinScreen
    elif kind is StepKind.ROUND:
        from .screens.round import RoundScreen

        screen = RoundScreen
    elif kind is StepKind.INTAKE:
        from .screens.intake import IntakeScreen

        screen = IntakeScreen
    elif kind is StepKind.CASE:
        from .screens.case import CaseScreen

        screen = CaseScreen
    elif kind is StepKind.BREAK:
        from .screens.pause import BreakScreen

        screen = BreakScreen
    else:
        from .screens.closing import ClosingScreen

        screen = ClosingScreen
    return screen


class SupervisionApp(RoomApp):
    """Live group supervision on the projector."""

    # Repaints from the engine while changes keep coming (200 phones answer faster than the console can
    # repaint for each, and the form server's requests wait on the same loop): the first change after
    # a quiet moment is painted at once, later ones together, at least `sync_interval` seconds apart.
    # The interval grows to what the last repaint cost (a long list of concerns costs more than a
    # count), so repainting takes at most about half of the loop and the phones' requests the rest; a
    # larger factor holds a burst of projected answers back longer than the moderated count (200 at
    # once: p99 2.1× instead of 1.4×, `benchmarks/projection_latency.py`). It never exceeds
    # `MAX_SYNC_INTERVAL`, so the latest state is always on screen within that.
    SYNC_INTERVAL: ClassVar[float] = 0.05
    MAX_SYNC_INTERVAL: ClassVar[float] = 0.25
    SYNC_COST_FACTOR: ClassVar[float] = 1.0

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "request_quit", "key.quit", priority=True),
        Binding("question_mark", "help", "key.help"),
        Binding("d", "cycle_theme", "key.theme"),
    ]

    def __init__(
        self,
        sessions_dir: Path,
        template: str | None = None,
        title: str = "",
        host: str = "0.0.0.0",
        port: int = DEFAULT_PORT,
        public_url: str | None = None,
        lang: str = "de",
        theme: str | None = None,
        demo: bool = False,
        demo_participants: int = 8,
        *,
        clock: Clock | None = None,
        now: Callable[[], dt.datetime] | None = None,
        rng: random.Random | None = None,
        session_id: str | None = None,
        token: str | None = None,
        start_server: bool = True,
        auto_resume: bool = True,
        start_feed: bool | None = None,
        sync_interval: float | None = None,
        preview_first: bool = False,
    ) -> None:
        super().__init__(lang, theme)
        self.sessions_dir = Path(sessions_dir)
        self.template = template
        self.template_error = ""  # a --template that failed validation, printed by `main` after the app
        self.session_title = title
        self.host = host
        self.port = port
        self.public_url = public_url
        self.lang = self.texts.lang
        self.demo = demo
        self.demo_participants = demo_participants
        self._clock = clock
        self._now = now
        self._rng = rng or random.Random()
        self._session_id = session_id
        self._token = token
        self._start_server = start_server
        # The join screen before the session (`run` from the command line): see `on_mount`.
        self.preview_first = preview_first
        self.auto_resume = auto_resume
        # The projection's feed runs wherever the phone server does, unless a test asks otherwise.
        self._start_feed = start_server if start_feed is None else start_feed
        self.engine: Engine | None = None
        self.server: LiveServer | None = None
        self.feed: RoomFeed | None = None
        self.server_notice = ""
        self.join_url: str | None = None
        self.saved_path: Path | None = None
        # While the session's writes fail: the warning every screen shows (None while storing works).
        self.storage_warning: str | None = None
        self._shown_step: int | None = None
        self.sync_interval = self.SYNC_INTERVAL if sync_interval is None else sync_interval
        self._synced_at = float("-inf")
        self._sync_cost = 0.0
        self._sync_due: Timer | None = None
        self._servers_up = asyncio.Event()
        self._unmounting = False
        self._resume_tokens: list[str] = []  # the restart window to open once the form server runs
        self.title = "supervision-tui"

    @cached_property
    def store(self) -> Store:
        """The sessions folder's store (imported on first use: see the imports)."""
        from ..store import Store

        return Store(self.sessions_dir)

    # --- lifecycle -----------------------------------------------------------------------------

    async def on_mount(self) -> None:
        self.use_themes()
        preview = self._preview() if self.preview_first else None
        if preview is not None:
            # The first frame is the join screen from the template's file; the session starts after it.
            await self.push_screen(JoinPreviewScreen(preview))
            self.call_after_refresh(self._open_session)
        # The form server and the projection's feed (aiohttp and jinja2: a good part of the start) come
        # up right after the first frame; the join screen shows the QR code and the address from then.
        # The anonymizer's word lists load in a thread after them (loading sooner, they would slow
        # the servers' start). An answer that comes sooner waits for them (the lexicon's lock), so
        # nothing is ever stored unanonymized.
        if self._start_server or self._start_feed:
            self.call_after_refresh(self._start_servers)
        else:
            self._servers_up.set()
            self.call_after_refresh(self._warm_anonymizer)
        if preview is None:
            await self._open_session()

    def _preview(self) -> JoinPreview | None:
        """The join screen of a new session from the template's file, if this start begins one.

        Not with a typed title (only the anonymizer may show it), nor while a session waits to be
        resumed (its journal is in the store), nor for a template without a join step first.
        """
        from ..defaults import JOURNAL_SUFFIX, RUNNING_DIR
        from ..prompts import template_path

        if not self.template or self.session_title.strip():
            return None
        for folder in (self.sessions_dir, self.sessions_dir / RUNNING_DIR):
            if folder.is_dir() and any(folder.glob(f"*{JOURNAL_SUFFIX}")):
                return None
        path = template_path(self.template)
        return JoinPreview.of_template(path) if path is not None else None

    async def _open_session(self) -> None:
        """Resume an interrupted session, start one from the template, or show the start screen."""
        from ..prompts import TemplateError, find_template
        from .screens.start import StartScreen

        unfinished = self.store.unfinished() if self.template or self.auto_resume else []
        if self.auto_resume and self._resume_interrupted(unfinished):
            return
        if self.store.running_elsewhere():
            # A second `make run` on the same folder, while the first still runs its session: starting
            # a new session from the template at once would put a second join code in front of the room.
            self.notify(self.texts("notice.running_elsewhere"), severity="warning", timeout=30)
            await self._replace_preview(StartScreen())
            return
        if self.template:
            try:
                agenda = find_template(self.template)
            except TemplateError as exc:
                # The template asked for on the command line is bad input: the app ends, `main` prints
                # the German message and exits with 2, as every command does for bad input.
                self.template_error = str(exc)
                self.exit(return_code=2)
                return
            else:
                self._start_or_offer_resume(agenda, unfinished)
                return
        await self._replace_preview(StartScreen())

    async def _replace_preview(self, screen: Screen[Any]) -> None:
        if isinstance(self.screen, JoinPreviewScreen):
            await self.switch_screen(screen)
        else:
            await self.push_screen(screen)

    def _resume_interrupted(self, unfinished: list[StoredSession]) -> bool:
        """After an unclean stop (kill -9, crash, power cut) the session goes on without a question."""
        from .screens.start import resume_prompt

        # a damaged journal goes on only when the supervisor chooses it: what its damaged lines held stays
        # behind in the copy, and nobody would know
        interrupted = next(
            (
                s
                for s in unfinished
                if s.session is not None and not s.damaged and self.store.interrupted(s.session)
            ),
            None,
        )
        if interrupted is None or self.resume_session(interrupted.path) is None:
            return False
        summary = resume_prompt(interrupted, self.texts).plain
        self.notify(self.texts("notice.auto_resumed", session=summary), timeout=15)
        return True

    def _start_or_offer_resume(self, agenda: Agenda, unfinished: list[StoredSession]) -> None:
        """`run --template`: after a quit mid-session the same command must not bury that session."""
        from .dialogs import ConfirmDialog
        from .screens.start import resume_prompt

        resumable = [stored for stored in unfinished if stored.session is not None]
        if not resumable:
            self.start_session(agenda, self.session_title, self.today())
            return
        self.await_resume(resumable)
        latest = resumable[0]

        def answered(resume: bool | None) -> None:
            if not (resume and self.resume_session(latest.path, salvage=latest.damaged)):
                self.start_session(agenda, self.session_title, self.today())

        question = self.texts("confirm.resume", session=resume_prompt(latest, self.texts).plain)
        self.push_screen(ConfirmDialog(question), answered)

    def _warm_anonymizer(self) -> None:
        from ..anonymize import default_anonymizer

        def warm() -> None:
            default_anonymizer().anonymize("Aufwärmen mit Anna Beispiel")

        self.run_worker(warm, thread=True, group="warm", name="anonymizer")

    def await_resume(self, unfinished: list[StoredSession]) -> None:
        """Until a session is resumed or started, phones of these sessions hear "gleich fortgesetzt"."""
        tokens = [self.store.remembered_token(stored.session) for stored in unfinished if stored.session]
        self._resume_tokens = [token for token in tokens if token]
        if self.server is not None:
            self.server.await_resume(self._resume_tokens)

    async def _start_servers(self) -> None:
        """After the first frame: the form server and the feed; then serve the session already shown."""
        if self._unmounting:  # quit before the first frame was through: nothing to start
            self._servers_up.set()
            return
        try:
            if self._start_server:
                await self._start_live_server()
            if self._start_feed:
                await self._start_feed_server()
        finally:
            self._servers_up.set()
            self._warm_anonymizer()
        if self.engine is not None:
            self._connect(self.engine)
            self._sync_screens()
        elif self.server is not None and self._resume_tokens:
            self.server.await_resume(self._resume_tokens)

    @property
    def servers_ready(self) -> bool:
        """The form server and the feed run, or tried to start and failed (`server_notice` says why)."""
        return self._servers_up.is_set()

    async def servers_started(self) -> None:
        """Wait until the form server and the projection's feed run (or failed to start, see
        `server_notice`): they start right after the first frame."""
        await self._servers_up.wait()

    async def _start_live_server(self) -> None:
        try:
            from ..live import LiveServer
        except ImportError as exc:  # the form server is optional for the projection itself
            self.server_notice = self.texts("notice.no_live", error=exc)
            return
        server = LiveServer(self.host, self.port, self.public_url, token=self._token)
        try:
            await server.start()
        except OSError as exc:
            self.server_notice = self.texts("notice.server_failed", error=exc.strerror or exc)
            return
        self.server = server
        self.server_notice = server.notice or ""

    async def _start_feed_server(self) -> None:
        """The projection's local feed (`supervision-tui beamer` finds it in `running/beamer.json`)."""
        try:
            from ..live.feed import RoomFeed
        except ImportError as exc:
            self.server_notice = self.texts("notice.no_live", error=exc)
            return
        feed = RoomFeed(self.sessions_dir)
        feed.on_viewers = self._projection_changed
        try:
            await feed.start()
        except OSError as exc:
            self.notify(self.texts("notice.feed_failed", error=exc.strerror or exc), severity="error")
            return
        self.feed = feed

    def _projection_changed(self) -> None:
        # Every screen on the stack: the one that shows the doubts may lie under a dialog just now.
        for screen in self.screen_stack:
            screen.post_message(ProjectionChanged())

    @property
    def projection_follows(self) -> bool:
        """A projection (`supervision-tui beamer`) follows this console now: the room looks at a window
        of its own, and this console is the presenter's screen. Without one, the console may be what
        the room sees (one window on a mirrored projector)."""
        return self.feed is not None and self.feed.viewers > 0

    async def on_unmount(self) -> None:
        self._unmounting = True  # servers not started yet stay so
        if self.engine is not None:
            self.engine.unsubscribe(self._on_engine_event)
            self.engine.unwatch_storage(self._on_storage)
            # Quit mid-session: the journal stays, so the next start offers to resume. An ended session
            # whose file was refused is tried once more; if that fails too, the next start writes it
            # from the journal (`Store.unfinished`).
            with contextlib.suppress(OSError):
                self.engine.close()
                # Strg+Q is a choice: the next start asks before resuming. A SIGTERM (a shutdown, a
                # `kill`) is not: the next start resumes by itself, as after a crash.
                if not self.terminated:
                    self.store.mark_closed(self.engine.session)
        if self.server is not None:
            self.server.detach()
            await self.server.stop()
        if self.feed is not None:
            await self.feed.stop()

    def today(self) -> dt.date:
        return self._now().date() if self._now else dt.date.today()

    # --- sessions ------------------------------------------------------------------------------

    def start_session(self, agenda: Agenda, title: str, date: dt.date) -> Engine | None:
        """Begin a new session and show its first step (the join screen with the QR code).

        None (and a German notice) if its journal cannot be written: no session runs unstored.
        """
        from ..engine import Engine
        from .screens.start import StartScreen

        kwargs: dict[str, Any] = {"clock": self._clock, "rng": self._rng, "session_id": self._session_id}
        if self._now is not None:
            kwargs["now"] = self._now
        previous = self.store.last_of_series(agenda.series_id)
        try:
            engine = Engine.start(
                agenda, title=title, date=date, store=self.store, previous=previous, **kwargs
            )
        except OSError as exc:
            cause = self.texts.os_error(exc)
            self.notify(
                self.texts("storage.not_started", folder=str(self.sessions_dir), cause=cause),
                severity="error",
                timeout=30,
            )
            if not self.screen_stack or len(self.screen_stack) <= 1:
                self.push_screen(StartScreen())
            elif isinstance(self.screen, JoinPreviewScreen):
                self.switch_screen(StartScreen())
            return None
        self._attach_engine(engine)
        return engine

    def resume_session(self, journal_path: Path, *, salvage: bool = False) -> Engine | None:
        """Continue an interrupted session from its journal; a German error if it can't be read.

        `salvage`: a journal damaged in the middle, chosen by the supervisor, goes on without its damaged lines."""
        from ..engine import Engine, StorageFailed
        from ..store import StoreError

        kwargs: dict[str, Any] = {"clock": self._clock}
        if self._now is not None:
            kwargs["now"] = self._now
        try:
            engine = Engine.resume(self.store, journal_path, salvage=salvage, **kwargs)
        except StoreError as exc:
            self.notify(self.texts("start.resume_failed", error=self.texts.error(exc)), severity="error")
            return None
        except OSError as exc:  # the torn tail of the journal could not be cut off
            self.storage_refused(StorageFailed(exc, "journal"))
            return None
        self._attach_engine(engine)
        return engine

    def _attach_engine(self, engine: Engine) -> None:
        self.engine = engine
        engine.subscribe(self._on_engine_event)
        engine.watch_storage(self._on_storage)
        self._resume_tokens = []
        self._connect(engine)
        if not engine.finished:
            # After the first frame (its fsyncs need not delay it). On failure only convenience is lost:
            # after a crash, the next start asks before resuming.
            self.call_after_refresh(self._mark_open, engine)
        self.show_step()

    def _mark_open(self, engine: Engine) -> None:
        if engine is self.engine and not engine.finished:
            with contextlib.suppress(OSError):
                self.store.mark_open(engine.session)

    def _connect(self, engine: Engine) -> None:
        """Serve `engine` to the phones and the projection, as far as their servers run already."""
        if self.server is not None:
            self.join_url = self.server.attach(engine, self.store.remembered_token(engine.session))
            if self.server.token is not None and not engine.finished:
                # On failure only convenience is lost: after a crash, phones would scan again.
                with contextlib.suppress(OSError):
                    self.store.remember_token(engine.session, self.server.token)
        elif self._token:
            base = self.public_url or f"http://{self.host}:{self.port}"
            self.join_url = f"{base.rstrip('/')}/s/{self._token}"
        if self.feed is not None:
            self.feed.attach(engine, self.join_url)

    def _on_engine_event(self, event: Event) -> None:
        # Called synchronously by the engine (from a key handler or a web request on this loop);
        # the message queue turns it into a repaint, collapsing bursts.
        from ..events import SessionEnded, StepChanged

        if isinstance(event, StepChanged):
            self.post_message(StepMoved(event.step, event.phase))
        elif isinstance(event, SessionEnded):
            self.post_message(SessionFinished())
        else:
            self.post_message(SessionUpdated())

    # --- storage failures ------------------------------------------------------------------------

    def _on_storage(self, health: StorageHealth) -> None:
        # Called synchronously by the engine, like `_on_engine_event`.
        self.post_message(StorageChanged(health))

    @on(StorageChanged)
    def _storage_changed(self, message: StorageChanged) -> None:
        health = message.health
        was_failing = self.storage_warning is not None
        if health.ok:
            self.storage_warning = None
            if was_failing:
                self.notify(self.texts("storage.back"), timeout=5)
        else:
            last = health.last_saved.astimezone().strftime("%H:%M:%S") if health.last_saved else None
            self.storage_warning = self.texts(
                "storage.warning",
                cause=self.storage_cause(health.error),
                time=last or self.texts("storage.never"),
            )
        for screen in self.screen_stack:
            for warning in screen.query(StorageWarning):
                warning.show(self.storage_warning)

    def storage_cause(self, code: str | None) -> str:
        """The German cause of a failed write, from its errno name."""
        return self.texts.cause(code)

    def storage_refused(self, failure: StorageFailed) -> None:
        """Tell the supervisor what was not stored and why; the session runs on as it was."""
        what = self.texts(f"storage.what.{failure.what}")
        if what == f"storage.what.{failure.what}":
            what = self.texts("storage.what.other")
        self.notify(
            self.texts("storage.refused", what=what, cause=self.storage_cause(failure.cause)),
            severity="error",
            timeout=10,
        )

    async def run_action(self, action: Any, default_namespace: Any = None, namespaces: Any = None) -> bool:
        """Every key's action: a write that fails (disk full) is reported, never a traceback on the screen.

        The engine refused the change as a whole (`StorageFailed`), so the session runs on as before and
        the key can be pressed again once the disk takes writes.
        """
        try:
            return await super().run_action(action, default_namespace, namespaces)
        except OSError as exc:
            from ..engine import StorageFailed

            self.storage_refused(exc if isinstance(exc, StorageFailed) else StorageFailed(exc, "other"))
            return True

    def step_screen(self) -> SessionScreen | None:
        """The step screen under any open dialogs."""
        return next((s for s in reversed(self.screen_stack) if isinstance(s, SessionScreen)), None)

    def show_step(self) -> None:
        """Show the screen for the current step, closing dialogs that belonged to the old one."""
        assert self.engine is not None
        pos = self.engine.position
        self._shown_step = pos.index
        screen = screen_class(pos.step.kind)()
        while len(self.screen_stack) > 1 and not isinstance(self.screen, SessionScreen | JoinPreviewScreen):
            self.pop_screen()
        if isinstance(self.screen, SessionScreen | JoinPreviewScreen):
            self.switch_screen(screen)
        else:
            self.push_screen(screen)
        if self.demo:
            # Simulated phones join on the first screen and answer every step after it.
            self.set_timer(1.5, self.simulate_phones)

    @on(StepMoved)
    def _step_moved(self, message: StepMoved) -> None:
        if self.engine is None or self.engine.finished:
            return
        if message.step != self._shown_step:
            self.show_step()
        else:
            self._sync_screens()

    @on(SessionUpdated)
    def _session_updated(self) -> None:
        if self._sync_due is not None:
            return  # a repaint is due soon; it shows this change too
        interval = min(
            self.MAX_SYNC_INTERVAL, max(self.sync_interval, self.SYNC_COST_FACTOR * self._sync_cost)
        )
        wait = self._synced_at + interval - time.monotonic() if self.sync_interval > 0 else 0.0
        if wait <= 0:
            self._sync_screens()
        else:
            self._sync_due = self.set_timer(wait, self._sync_timed, name="sync")

    def _sync_timed(self) -> None:
        self._sync_due = None
        self._sync_screens()

    @on(SessionFinished)
    def _session_finished(self) -> None:
        self._sync_screens()

    def _sync_screens(self) -> None:
        if self._sync_due is not None:  # repainted before the timer was due (a step moved)
            self._sync_due.stop()
            self._sync_due = None
        start = self._synced_at = time.monotonic()
        if self.engine is None or self.engine.finished:
            return
        for screen in self.screen_stack:
            if isinstance(screen, Syncable) and screen.is_mounted:
                screen.sync()
        self._sync_cost = time.monotonic() - start

    def advance(self) -> None:
        """Next phase or step; at the very end, ask before closing the session."""
        engine = self.engine
        if engine is None or engine.finished:
            return
        if not engine.next():
            from .dialogs import ConfirmDialog

            def closing(yes: bool | None) -> None:
                if yes:
                    self.end_session()

            question = self.texts("confirm.end")
            # an answer its author let be quoted reaches the record only approved: the last chance to do it
            waiting = sum(len(engine.awaiting_approval(step.id)) for step in engine.agenda.steps)
            if waiting:
                question += "\n" + self.texts("confirm.end_waiting", n=waiting)
            self.push_screen(ConfirmDialog(question), closing)

    def end_session(self) -> None:
        """End the session for good (file written, journal gone) and show the summary.

        If the end cannot be stored, the session runs on (ending can be tried again). If only the final
        file cannot, the session has ended (the journal says so) and the file is tried again on quit.
        """
        from ..engine import StorageFailed
        from ..record import to_record
        from ..report.suppression import publish_session
        from .screens.summary import SummaryScreen

        engine = self.engine
        assert engine is not None
        try:
            self.saved_path = engine.end()
        except StorageFailed as exc:
            if not engine.finished:
                self.storage_refused(exc)
                return
            self.saved_path = None
            self.notify(
                self.texts("storage.final_pending", cause=self.storage_cause(exc.cause)),
                severity="error",
                timeout=15,
            )
        if self.server is not None:
            self.server.detach()
        while len(self.screen_stack) > 2:
            self.pop_screen()
        # the coordinator's view of the stored record, suppressed like every report
        self.switch_screen(SummaryScreen(publish_session(to_record(engine.session))))

    # --- demo ------------------------------------------------------------------------------------

    def simulate_phones(self) -> None:
        """Demo mode: let simulated phones answer the current step over real HTTP."""
        if self.demo and not self.servers_ready:  # the form server is still starting: a moment later
            self.set_timer(0.5, self.simulate_phones)
            return
        if self.demo and self.server is not None and self.engine is not None and not self.engine.finished:
            self.run_worker(self._simulate(), exclusive=True, group="demo")

    async def _simulate(self) -> None:
        try:
            from ..live.phones import answer_current_step
        except ImportError as exc:
            self.notify(self.texts("notice.demo_failed", error=exc), severity="error")
            return
        assert self.server is not None
        url = self.server.local_url or self.join_url
        if url is None:
            return
        try:
            count = await answer_current_step(url, self.demo_participants, rng=self._rng)
        except Exception as exc:  # a demo must not take the session down
            self.notify(self.texts("notice.demo_failed", error=exc), severity="warning")
            return
        self.post_message(DemoAnswered(count))

    @on(DemoAnswered)
    def _demo_answered(self, message: DemoAnswered) -> None:
        if message.count:
            self.notify(self.texts("notice.demo", n=message.count), timeout=3)

    # --- keys ------------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # `d` would be typed into a field: the theme key is off while one has focus.
        return not (action == "cycle_theme" and isinstance(self.focused, Input | TextArea))

    def action_help(self) -> None:
        from .dialogs import HelpScreen

        self.push_screen(HelpScreen(key_entries(self.screen)))

    def action_request_quit(self) -> None:
        from .dialogs import ConfirmDialog
        from .screens.summary import SummaryScreen

        if isinstance(self.screen, ConfirmDialog):
            return
        if isinstance(self.screen, SummaryScreen):
            if self._store_final():
                self.exit(0)
            else:
                self.push_screen(
                    ConfirmDialog(self.texts("confirm.quit_unsaved")),
                    lambda yes: self.exit(0) if yes else None,
                )
            return
        running = self.engine is not None and not self.engine.finished
        question = self.texts("confirm.quit" if running else "confirm.quit_idle")

        def answered(yes: bool | None) -> None:
            if yes:
                if self.engine is not None and not self.engine.finished:
                    # Nothing to write but a refused tail to cut off; the journal holds what was stored.
                    with contextlib.suppress(OSError):
                        self.engine.close()
                self.exit(0)

        self.push_screen(ConfirmDialog(question), answered)

    def _store_final(self) -> bool:
        """Write the final file of an ended session if it was refused before; False if it fails again."""
        from ..engine import StorageFailed

        engine = self.engine
        if engine is None or not engine.finished or engine.store is None or self.saved_path is not None:
            return True
        try:
            self.saved_path = engine.end()
        except StorageFailed as exc:
            self.storage_refused(exc)
            return False
        return True


def run_demo(args: argparse.Namespace) -> int:
    """Entry from the CLI (`supervision-tui demo`): the console with simulated phones."""
    return main(args, demo=True)


def main(args: argparse.Namespace, demo: bool = False) -> int:
    """Entry from the CLI (`supervision-tui run` / `demo`)."""
    from ..prompts import DEFAULT_TEMPLATE, TemplateError, find_template, template_path

    template = args.template or (DEFAULT_TEMPLATE if demo else None)
    # Only whether it exists: the app reads and checks it after its first frame (and says so there).
    if template and template_path(template) is None:
        try:
            find_template(template)
        except TemplateError as exc:
            print(str(exc), file=sys.stderr)
            return 2
    app = SupervisionApp(
        sessions_dir=args.sessions_dir,
        template=template,
        title=args.title,
        host=args.host,
        port=args.port,
        public_url=args.public_url,
        lang=args.lang,
        theme=args.theme,
        demo=demo,
        demo_participants=getattr(args, "participants", 8),
        auto_resume=not args.no_auto_resume,
        preview_first=True,
    )
    result = app.run()
    if app.template_error:
        print(app.template_error, file=sys.stderr)
        return 2
    return result or 0
