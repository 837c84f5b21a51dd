"""The projection: `supervision-tui beamer`, a read-only view of the session running on this machine.

It shows what `RoomView` carries and nothing else; it has no engine, no store and no keys but quit
and colours. It finds the console through `running/beamer.json`, follows its local feed and
reconnects by itself (see `supervision_tui.live.feed`).
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, cast

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.geometry import Size
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Digits, Label, Static

from ..joinlink import short_join_url
from ..live.feed import FeedUpdate, follow
from ..models import StepKind, Urgency
from ..room import RoomAnswer, RoomSpeakers, RoomView
from ..timer import Clock, Countdown
from .base import AppScreen, RoomApp
from .widgets import BigText, Diamond, JoinAddress, KeyBar, MoodChart, QRCode, StepHeader, TimerDisplay
from .widgets.bigtext import Scale, draw, ink, layout, rows_needed
from .widgets.progress import PhaseBar, speaking_order


@dataclass
class RoomChanged(Message):
    """A new state of the feed. Views are whole states, so a newer one replaces an older one unread."""

    update: FeedUpdate

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, RoomChanged)


def _safe(text: str) -> str:
    # Phones' words are untrusted: control characters would reach the terminal, show them visibly.
    return "".join(ch if ch == "\n" or ch.isprintable() else f"\\x{ord(ch):02x}" for ch in text)


def _quote(answer: RoomAnswer, urgency_words: dict[Urgency, str]) -> str:
    # A concern says how urgent it is in the console's words, before its title.
    urgency = f"{urgency_words[answer.urgency]}:" if answer.urgency in urgency_words else ""
    return _safe("\n".join(part for part in (urgency, answer.title, answer.text) if part))


class Quote(Widget):
    """One approved answer: in the pixel font when every quote of the round fits at that size, else
    in bold text; either way larger and with more room than the body text around it."""

    def __init__(self, text: str, wall: QuoteWall, *, taken_along: bool = False) -> None:
        super().__init__(classes="beamer-quote -taken" if taken_along else "beamer-quote")
        self.text = text
        self.taken_along = taken_along
        self.wall = wall

    def show(self, text: str, taken_along: bool) -> None:
        """Another text or mark in the same place on the wall (a revised answer, one hidden before it)."""
        self.text, self.taken_along = text, taken_along
        self.set_class(taken_along, "-taken")
        self.refresh(layout=True)

    def _layout(self, width: int) -> tuple[Scale, list[str]]:
        return layout(self.text.replace("\n", " "), width, self.wall.budget(), self.wall.scales(width))

    @property
    def scale(self) -> Scale:
        """The size the quote is drawn at right now."""
        return self._layout(self.content_size.width)[0]

    def _plain(self) -> Text:
        return Text(f"✓ {self.text}" if self.taken_along else self.text, style="bold")

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        scale, lines = self._layout(width)
        if scale is Scale.PLAIN:
            return len(self._plain().wrap(self.app.console, max(width, 1)))
        return rows_needed(scale, len(lines))

    def render(self) -> Text:
        width = self.content_size.width
        scale, lines = self._layout(width)
        if scale is Scale.PLAIN:
            return self._plain()
        return ink(draw(lines, scale, width), self.rich_style.color)


class QuoteWall(VerticalScroll, can_focus=False):
    """The round's approved answers: the content of the round, so they take the room there is.

    Answers arrive one by one, up to 200 at a large event with moderation off, and every push of the
    feed carries them all. Only the newest `MAX_QUOTES` are widgets, the older ones are counted in one
    line on top ("+K weitere"), and a push changes only what changed: a new answer mounts one quote
    (and removes the oldest one when the wall is full), the others stay as they are. Removing and
    mounting every quote for each push made the work per answer, and the memory, grow with the round.
    """

    CHROME = 3  # border and gap around one quote
    SCALES = (Scale.TALL, Scale.HALF)
    MAX_QUOTES = 24  # more would not be readable from the back row anyway

    def __init__(
        self,
        *,
        empty_text: str,
        more_text: str = "+{n}",
        more_concerns_text: str = "+{n}",
        urgency_words: dict[Urgency, str] | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.empty_text = empty_text
        self.more_text = more_text
        self.more_concerns_text = more_concerns_text  # concerns: the ones counted are the least urgent
        self.urgency_words = urgency_words or {}
        self._texts: tuple[str, ...] | None = None
        self._taken: tuple[bool, ...] = ()
        self._scales: dict[int, tuple[Scale, ...]] = {}
        self._quotes: list[Quote] = []  # on the wall, oldest first

    def compose(self) -> ComposeResult:
        yield Static(Text(self.empty_text), classes="answers-empty")
        more = Static("", classes="answers-more")
        more.display = False
        yield more

    def show(self, answers: list[RoomAnswer]) -> None:
        hidden = max(0, len(answers) - self.MAX_QUOTES)
        # Concerns come most urgent first: the least urgent are the ones counted, never the urgent ones.
        concerns = any(a.urgency for a in answers)
        newest = answers[: self.MAX_QUOTES] if concerns else answers[hidden:]
        texts = tuple(_quote(a, self.urgency_words) for a in newest)
        taken = tuple(a.taken_along for a in newest)
        more = self.query_one(".answers-more", Static)
        more.display = bool(hidden)
        if hidden:
            more.update(Text((self.more_concerns_text if concerns else self.more_text).format(n=hidden)))
        if (texts, taken) == (self._texts, self._taken):
            return
        old = list(zip(self._texts or (), self._taken, strict=True))
        new = list(zip(texts, taken, strict=True))
        self._texts, self._taken = texts, taken
        self._scales.clear()
        self.query_one(".answers-empty").display = not new
        quotes = self._quotes  # not a query: a removal takes effect later, and pushes come fast
        # The old quotes that are still on the wall, in order: the oldest that left and the newest that
        # came are the only widgets to remove and mount. Anything else (an answer revised or hidden)
        # is updated in place.
        gone = next((k for k in range(len(old)) if old[k:] == new[: len(old) - k]), None)
        if gone is None and not new:
            gone = len(old)  # all of them left (another step)
        if gone is not None:
            if gone:
                self.remove_children(quotes[:gone])
            kept = quotes[gone:]
            for quote in kept:  # another count of quotes: another size for all of them
                quote.refresh(layout=True)
            came = new[len(old) - gone :]
        else:
            kept = quotes[: len(new)]
            if len(quotes) > len(new):
                self.remove_children(quotes[len(new) :])
            for quote, (text, mark) in zip(kept, new, strict=False):
                quote.show(text, mark)
            came = new[len(kept) :]
        added = [Quote(text, self, taken_along=mark) for text, mark in came]
        self._quotes = [*kept, *added]
        if added:
            self.mount_all(added)
        self.scroll_end(animate=False)

    def budget(self) -> int:
        """Rows one quote may take when all are shown at once."""
        return max(self.size.height // max(len(self._texts or ()), 1) - self.CHROME, 0)

    def scales(self, width: int) -> tuple[Scale, ...]:
        """The largest pixel size at which every quote fits, or none (bold text): one size for all,
        so that no answer looks louder than another."""
        if width not in self._scales:
            budget = self.budget()
            fitting = [
                scale
                for scale in self.SCALES
                if all(
                    layout(t.replace("\n", " "), width, budget, (scale,))[0] is scale
                    for t in self._texts or ()
                )
            ]
            self._scales[width] = tuple(fitting[:1])
        return self._scales[width]

    def on_resize(self) -> None:
        self._scales.clear()
        for quote in self.query(Quote):
            quote.refresh(layout=True)


class BeamerScreen(AppScreen[None]):
    """The one screen of the projection; sections show and hide with the kind of step.

    The join code is drawn whole or not at all, as on the console: if the window is too small for
    it, the projection says so and shows the address on one line instead (`#beamer-join.-no-qr`).
    """

    AUTO_FOCUS = ""

    def __init__(self) -> None:
        super().__init__()
        # The code's last `QRCode.Fitted` report: it is only posted on a change, and the join URL
        # can come and go (joining closed) without the code's fit changing.
        self._qr_fits = False
        self._join_url: str | None = None

    @property
    def beamer(self) -> BeamerApp:
        # The projection's screen runs inside `BeamerApp`; Textual types `app` as its base class.
        return cast("BeamerApp", self.app)

    def compose(self) -> ComposeResult:
        t = self.t
        yield StepHeader(id="header")
        with Vertical(id="beamer-waiting"):
            yield BigText(t("beamer.waiting"), ratio=0.35, id="beamer-waiting-title")
            yield Static(Text(t("beamer.waiting_hint")), id="beamer-waiting-hint")
        with Horizontal(id="beamer-join"):
            yield QRCode("", id="beamer-qr")
            with Vertical(id="beamer-join-info"):
                yield BigText(t("join.welcome"), max_rows=7, id="beamer-join-title")
                yield Static("", id="beamer-join-description")
                yield Static(t("join.scan"), id="beamer-join-scan")
                yield Static(t("join.too_small"), id="beamer-join-too-small", classes="notice")
                yield Static(t("join.or_open"), classes="box-hint", id="beamer-join-or")
                yield JoinAddress("", id="beamer-join-url", classes="join-url")
                yield Static(t("beamer.join_closed"), id="beamer-join-closed", classes="join-url")
                with Horizontal(id="beamer-join-count-row"):
                    yield Digits("0", id="beamer-join-count")
                    yield Label(t("join.devices"), id="beamer-join-count-label")
        with Vertical(id="beamer-step"):
            yield PhaseBar(id="beamer-phase-bar")
            yield Static("", id="beamer-case-title")
            with Horizontal(id="beamer-question-row"):
                yield Diamond(id="beamer-motif")
                yield BigText("", ratio=0.3, id="beamer-question")
            yield Static("", id="beamer-hint")
            with Horizontal(id="beamer-content"):
                with Vertical(id="beamer-side"):
                    yield TimerDisplay(id="beamer-timer")
                    with Vertical(id="beamer-blitz"):
                        yield Label(t("blitz.title"), classes="box-title", id="beamer-blitz-title")
                        yield BigText("", ratio=0.15, id="beamer-speaker")
                        yield Static("", id="beamer-order")
                    with Vertical(id="beamer-roles-box"):
                        yield Label(t("case.roles"), classes="box-title")
                        yield Static("", id="beamer-roles")
                with Vertical(id="beamer-main"):
                    with Vertical(id="beamer-mood-box"):
                        yield Label(t("mood.title"), classes="box-title")
                        yield MoodChart(id="beamer-mood")
                        yield Label(t("mood.scale"), classes="box-hint")
                    yield QuoteWall(
                        empty_text=t("answers.empty"),
                        more_text=t("answers.more"),
                        more_concerns_text=t("answers.more_concerns"),
                        urgency_words={u: t(f"urgency.{u.value}") for u in Urgency},
                        id="beamer-answers",
                    )
        with Vertical(id="beamer-ended"):
            yield BigText(t("beamer.ended_title"), ratio=0.4, id="beamer-ended-title")
            yield Static(t("beamer.ended"), id="beamer-ended-text")
        yield KeyBar(id="keybar")

    def on_mount(self) -> None:
        self.show(None, connected=False)
        self.set_interval(0.5, self.tick)

    # --- painting --------------------------------------------------------------------------------

    def show(self, view: RoomView | None, *, connected: bool) -> None:
        t = self.t
        header = self.query_one(StepHeader)
        sections = {"waiting": False, "join": False, "step": False, "ended": False}
        if view is None:
            sections["waiting"] = True
            header.show(t("beamer.title"), "")
            hint = t("beamer.no_session") if connected else t("beamer.waiting_hint")
            self.query_one("#beamer-waiting-hint", Static).update(Text(hint))
        else:
            devices = (
                t("header.device") if view.participants == 1 else t("header.devices", n=view.participants)
            )
            info = f"{t('header.step', n=view.step_index + 1, total=view.step_count)} · {devices}"
            header.show(f"{view.agenda_title} · {view.step_title}", info)
            if view.finished:
                sections["ended"] = True
            elif view.step_kind is StepKind.JOIN:
                sections["join"] = True
                self._show_join(view)
            else:
                sections["step"] = True
                self._show_step(view)
        for name, shown in sections.items():
            self.query_one(f"#beamer-{name}").display = shown
        self.tick()

    def _show_join(self, view: RoomView) -> None:
        url = view.join_url if view.joining_open else None
        self.query_one("#beamer-qr", QRCode).data = url or ""
        self.query_one("#beamer-join-description", Static).update(
            Text(view.step_description or view.agenda_title)
        )
        # Which parts show is the stylesheet's (`-closed`, `-no-qr`), not inline `display`, which
        # would override it.
        self.query_one("#beamer-join").set_class(url is None, "-closed")
        address = self.query_one("#beamer-join-url", JoinAddress)
        if url is not None and url != address.url:
            address.url, address.short = url, short_join_url(url)
            address.update(Text(url))
        self._join_url = url
        self._mark_no_qr()
        self.query_one("#beamer-join-count", Digits).update(str(view.participants))

    @on(QRCode.Fitted)
    def _qr_fitted(self, event: QRCode.Fitted) -> None:
        self._qr_fits = event.fits
        self._mark_no_qr()

    def _mark_no_qr(self) -> None:
        self.query_one("#beamer-join").set_class(self._join_url is not None and not self._qr_fits, "-no-qr")

    def _show_step(self, view: RoomView) -> None:
        t = self.t
        phase = view.phase
        case = view.step_kind is StepKind.CASE
        bar = self.query_one("#beamer-phase-bar", PhaseBar)
        bar.show(phase.names if phase is not None else [], phase.index if phase is not None else 0)
        bar.display = phase is not None
        title = self.query_one("#beamer-case-title", Static)
        # a private case comes without its title (""): then no "Fall:" line that ends in nothing
        title.display = case and bool(view.case_title)
        if view.case_title:
            line = Text(f"{t('case.case')}: ", style="bold")
            line.append(_safe(view.case_title))
            title.update(line)
        self.query_one("#beamer-motif").display = view.motif == "diamond"
        big = phase.name if phase is not None else (view.question or view.step_title)
        question = self.query_one("#beamer-question", BigText)
        # Once answers are up they are the content of the round: the question steps back for them.
        ratio = 0.2 if view.answers else 0.3
        if question.ratio != ratio:
            question.ratio = ratio
            question.refresh(layout=True)
        question.text = big
        hint = Text()
        if phase is not None:
            if view.question:
                hint.append(view.question + "\n", style="bold")
            hint.append(phase.description)
            if phase.silent_role:
                hint.append("\n" + t("case.silent", role=phase.silent_role), style="italic")
        else:
            hint.append(view.hint)
        self.query_one("#beamer-hint", Static).update(hint)
        self.query_one("#beamer-hint").display = bool(hint.plain)

        self.query_one("#beamer-timer").display = view.timer is not None
        self._timer_from(view)
        self.query_one("#beamer-blitz").display = view.speakers is not None
        if view.speakers is not None:
            self._show_speakers(view.speakers)
        self.query_one("#beamer-mood-box").display = view.mood
        if view.mood:
            self.query_one("#beamer-mood", MoodChart).counts = tuple(view.mood_counts)
        self.query_one("#beamer-roles-box").display = bool(view.roles)
        roles = Text()
        for index, role in enumerate(view.roles):
            if index:
                roles.append("\n")
            roles.append(f"{role.role}: ", style="bold")
            roles.append(role.participant or t("case.role_everyone" if role.everyone else "case.role_open"))
        self.query_one("#beamer-roles", Static).update(roles)
        answers = self.query_one("#beamer-answers", QuoteWall)
        # Steps without a question to the phones (break) have no answers to wait for; a case's closing
        # phase has none either, but keeps the ideas of the Beratung on screen.
        answers.display = view.step_kind is not StepKind.BREAK and bool(view.question or view.answers)
        answers.show(view.answers)

    def _show_speakers(self, order: RoomSpeakers) -> None:
        t = self.t
        current = order.order[order.position] if order.position < len(order.order) else None
        self.query_one("#beamer-speaker", BigText).text = current or ""
        self.query_one("#beamer-blitz-title", Label).update(
            f"{t('blitz.title')} · {t('blitz.now')}" if current else t("blitz.done")
        )
        line = speaking_order(order.order, order.position, order.passed, t("beamer.passed"))
        self.query_one("#beamer-order", Static).update(line)

    def _timer_from(self, view: RoomView) -> None:
        beamer = self.beamer
        countdown = beamer.countdown
        if view.timer is None:
            countdown.reset(0)
            return
        # A local countdown from the pushed figure, so the seconds run smoothly between pushes.
        countdown.reset(view.timer.remaining)
        if view.timer.running:
            countdown.start()

    def tick(self) -> None:
        beamer = self.beamer
        t = self.t
        self.query_one("#beamer-timer", TimerDisplay).show(
            beamer.countdown, t("timer.running"), t("timer.paused"), t("timer.over")
        )

    # --- what tests read ----------------------------------------------------------------------------

    @property
    def question_text(self) -> str:
        return self.query_one("#beamer-question", BigText).text


class BeamerApp(RoomApp):
    """The projection, read-only."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "key.quit", priority=True),
        Binding("d", "cycle_theme", "key.theme"),
    ]

    def __init__(
        self,
        sessions_dir: Path,
        lang: str = "de",
        theme: str | None = None,
        *,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(lang, theme)
        self.sessions_dir = Path(sessions_dir)
        self.countdown = Countdown(0, clock or time.monotonic)
        self.view: RoomView | None = None
        self.connected = False
        self.updates = 0  # views received (tests wait on it)
        self.title = "supervision-tui beamer"

    def on_mount(self) -> None:
        self.use_themes()
        self.push_screen(BeamerScreen())
        self.run_worker(self._follow(), exclusive=True, group="feed")

    async def _follow(self) -> None:
        async for update in follow(self.sessions_dir):
            self.post_message(RoomChanged(update))

    @on(RoomChanged)
    def _room_changed(self, message: RoomChanged) -> None:
        update = message.update
        self.connected = update.connected
        self.view = update.view
        self.updates += 1
        screen = self.screen
        if isinstance(screen, BeamerScreen):
            screen.show(update.view, connected=update.connected)


def main(args: argparse.Namespace) -> int:
    """Entry from the CLI (`supervision-tui beamer`)."""
    app = BeamerApp(sessions_dir=args.sessions_dir, lang=args.lang, theme=args.theme)
    return app.run() or 0
