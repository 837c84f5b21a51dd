"""The join code again, full size, for latecomers."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Vertical
from textual.widgets import Label, Static

from ...joinlink import short_join_url
from ..widgets import JoinAddress, KeyBar, QRCode
from .base import Dialog


class QrScreen(Dialog[None]):
    """The join code again, full size, for latecomers."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,c", "close", "key.close")]

    def compose(self) -> ComposeResult:
        url = self.sup.join_url
        with Vertical(classes="dialog qr-dialog"):
            yield Label(self.t("qr.title"), classes="dialog-title")
            if url:
                # The code measures itself against this 1fr area: whole, or not at all.
                with Center(id="qr-area"):
                    yield QRCode(url, id="qr")
                yield Static(self.t("join.too_small"), id="qr-too-small", classes="notice")
                yield JoinAddress(url, short_join_url(url), classes="join-url")
            else:
                yield Static(self.t("qr.none"), classes="notice")
            yield KeyBar()

    @on(QRCode.Fitted)
    def _qr_fitted(self, event: QRCode.Fitted) -> None:
        self.query_one(".qr-dialog").set_class(not event.fits, "-no-qr")

    def action_close(self) -> None:
        self.dismiss()
