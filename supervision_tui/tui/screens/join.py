"""The first screen of a session: a large QR code, the address as text, who has joined."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Digits, Label, Static

from ..widgets import BigText, QRCode
from .base import SessionScreen


class JoinScreen(SessionScreen):
    HAS_TIMER: ClassVar[bool] = False
    HAS_MODERATION: ClassVar[bool] = False

    def compose_body(self) -> ComposeResult:
        url = self.sup.join_url or ""
        step = self.engine.position.step
        with Horizontal(id="join"):
            yield QRCode(url, id="join-qr")
            with Vertical(id="join-info"):
                yield BigText(self.t("join.welcome"), max_rows=7, id="join-title")
                yield Static(Text(step.description or self.engine.agenda.title), id="join-description")
                yield Static(self.t("join.scan"), id="join-scan")
                yield Static(self.t("join.or_open"), classes="box-hint")
                yield Static(Text(url or self.t("join.no_server")), id="join-url", classes="join-url")
                with Horizontal(id="join-count-row"):
                    yield Digits("0", id="join-count")
                    yield Label(self.t("join.devices"), id="join-count-label")
                yield Static("", id="join-notice", classes="notice")

    def refresh_view(self) -> None:
        self.query_one("#join-count", Digits).update(str(len(self.engine.session.participants)))
        notice = self.sup.server_notice
        self.query_one("#join-notice", Static).update(Text(notice))
        self.query_one("#join-notice").display = bool(notice)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "show_qr":
            return False
        return super().check_action(action, parameters)
