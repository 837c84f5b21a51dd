"""The first screen of a session: a large QR code, the address as text, who has joined.

If the window is too small for the whole code, the code is left out and the screen says so, with
the address on one line above the rest (`#join.-no-qr` in the stylesheet).
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Digits, Label, Static

from ...joinlink import short_join_url
from ..widgets import BigText, JoinAddress, QRCode
from ..widgets.content import update_static
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
                yield Static(self.t("join.too_small"), id="join-too-small", classes="notice")
                yield Static(self.t("join.or_open"), id="join-or-open", classes="box-hint")
                # The form server starts after the first frame: the address fills in when it runs.
                yield JoinAddress(
                    url, short_join_url(url) if url else None, id="join-url", classes="join-url"
                )
                yield Static(self._no_url_text(), id="join-no-url", classes="join-url")
                with Horizontal(id="join-count-row"):
                    yield Digits("0", id="join-count")
                    yield Label(self.t("join.devices"), id="join-count-label")
                yield Static("", id="join-notice", classes="notice")

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
