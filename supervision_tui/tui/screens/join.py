"""The first screen of a session: a large QR code, the address as text, who has joined.

If the window is too small for the whole code, the code is left out and the screen says so, with
the address on one line above the rest (`#join.-no-qr` in the stylesheet).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Digits, Label, Static

from ...joinlink import short_join_url
from ..console import ConsoleScreen
from ..texts import Texts
from ..widgets import BigText, JoinAddress, KeyBar, QRCode, StepHeader
from ..widgets.content import update_static
from .base import SessionScreen


def compose_join(t: Texts, url: str, description: str, no_url: str) -> ComposeResult:
    """The join screen's body: the QR code and the address of `url` ("" while the form server starts)."""
    with Horizontal(id="join"):
        yield QRCode(url, id="join-qr")
        with Vertical(id="join-info"):
            yield BigText(t("join.welcome"), max_rows=7, id="join-title")
            yield Static(Text(description), id="join-description")
            yield Static(t("join.scan"), id="join-scan")
            yield Static(t("join.too_small"), id="join-too-small", classes="notice")
            yield Static(t("join.or_open"), id="join-or-open", classes="box-hint")
            # The form server starts after the first frame: the address fills in when it runs.
            yield JoinAddress(url, short_join_url(url) if url else None, id="join-url", classes="join-url")
            yield Static(no_url, id="join-no-url", classes="join-url")
            with Horizontal(id="join-count-row"):
                yield Digits("0", id="join-count")
                yield Label(t("join.devices"), id="join-count-label")
            yield Static("", id="join-notice", classes="notice")


@dataclass(frozen=True)
class JoinPreview:
    """What the join screen shows of a session not yet started: read from the template's file alone."""

    agenda_title: str
    step_title: str
    description: str
    steps: int

    @classmethod
    def of_template(cls, path: Path) -> JoinPreview | None:
        """The preview of a template whose first step is the join step, or None (unreadable, other)."""
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            return None
        steps = data.get("steps")
        title = data.get("title")
        if not (isinstance(steps, list) and steps and isinstance(steps[0], dict) and isinstance(title, str)):
            return None
        first = steps[0]
        step_title, description = first.get("title"), first.get("description") or title
        if first.get("kind") != "join" or not isinstance(step_title, str) or not isinstance(description, str):
            return None
        return cls(title, step_title, description, len(steps))


class JoinPreviewScreen(ConsoleScreen[None]):
    """The first frame of `run --template`: the join screen before its session is started.

    Painted from the template's file, so it waits neither for the engine and the store (pydantic
    builds their models at import) nor for the session's journal; the app starts the session right
    after this frame and replaces this screen with the `JoinScreen` of the same look. The form server
    starts only after that, so no phone reaches a session before its journal is on disk.
    """

    def __init__(self, preview: JoinPreview) -> None:
        super().__init__()
        self.preview = preview

    def compose(self) -> ComposeResult:
        yield StepHeader(id="header")
        with Vertical(id="body"):
            yield from compose_join(self.t, "", self.preview.description, self.t("join.starting"))
        yield KeyBar(id="keybar")

    def on_mount(self) -> None:
        preview = self.preview
        info = f"{self.t('header.step', n=1, total=preview.steps)} · {self.t('header.devices', n=0)}"
        self.query_one(StepHeader).show(f"{preview.agenda_title} · {preview.step_title}", info)
        self.query_one("#join-url").display = False
        self.query_one("#join-notice").display = False


class JoinScreen(SessionScreen):
    HAS_TIMER: ClassVar[bool] = False
    HAS_MODERATION: ClassVar[bool] = False

    def compose_body(self) -> ComposeResult:
        step = self.engine.position.step
        yield from compose_join(
            self.t, self.sup.join_url or "", step.description or self.engine.agenda.title, self._no_url_text()
        )

    @on(QRCode.Fitted)
    def _qr_fitted(self, event: QRCode.Fitted) -> None:
        self.query_one("#join").set_class(not event.fits and bool(self.sup.join_url), "-no-qr")

    def _no_url_text(self) -> str:
        return self.t("join.no_server" if self.sup.servers_ready else "join.starting")

    def refresh_view(self) -> None:
        url = self.sup.join_url or ""
        address = self.query_one("#join-url", JoinAddress)
        if url != address.url:
            self.query_one("#join-qr", QRCode).data = url
            address.url, address.short = url, short_join_url(url) if url else None
            address.update(Text(url))
        address.display = bool(url)
        no_url = self.query_one("#join-no-url", Static)
        no_url.display = not url
        if not url:
            update_static(no_url, self._no_url_text())
        self.query_one("#join-count", Digits).update(str(len(self.engine.session.participants)))
        notice = self.sup.server_notice
        update_static(self.query_one("#join-notice", Static), Text(notice))
        self.query_one("#join-notice").display = bool(notice)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "show_qr":
            return False
        return super().check_action(action, parameters)
