"""The join QR code, painted from `qrcode`'s module matrix.

Always black on white in explicit colours (never the theme's: a dark theme would invert the code,
and strict phone readers don't decode inverted codes), a 4-module quiet zone as the spec asks,
error correction M. Two modules share a cell via the upper half block `▀`; when there is room every
module becomes two full cells (double width), so the code is twice as large on a big terminal.
"""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from rich.segment import Segment
from rich.style import Style
from textual.geometry import Size
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

BLACK = "#000000"
WHITE = "#ffffff"
QUIET_ZONE = 4


def qr_matrix(data: str) -> list[list[bool]]:
    """Module matrix (True = dark) including the quiet zone."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE, box_size=1)
    code.add_data(data)
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


class QRCode(Widget):
    """A scannable QR code of `data`; empty data draws nothing."""

    data: reactive[str] = reactive("", layout=True)

    def __init__(
        self, data: str = "", *, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._matrix: list[list[bool]] = []
        self._double = False
        self.set_reactive(QRCode.data, data)
        self._matrix = qr_matrix(data) if data else []

    def watch_data(self, data: str) -> None:
        self._matrix = qr_matrix(data) if data else []

    @property
    def modules(self) -> int:
        return len(self._matrix)

    @property
    def double(self) -> bool:
        """True when each module is drawn two cells wide and one cell tall."""
        return self._double

    def _fits_double(self, width: int, height: int) -> bool:
        return bool(self._matrix) and width >= 2 * self.modules and height >= self.modules

    def get_content_width(self, container: Size, viewport: Size) -> int:
        self._double = self._fits_double(container.width, container.height)
        return 2 * self.modules if self._double else self.modules

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        self._double = self._fits_double(width, container.height)
        return self.modules if self._double else (self.modules + 1) // 2

    def render_line(self, y: int) -> Strip:
        matrix = self._matrix
        if not matrix:
            return Strip.blank(self.size.width)
        dark = Style(color=BLACK, bgcolor=BLACK)
        light = Style(color=WHITE, bgcolor=WHITE)
        if self._double:
            if y >= len(matrix):
                return Strip.blank(self.size.width)
            segments = [Segment("  ", dark if module else light) for module in matrix[y]]
            return Strip(segments, 2 * len(matrix[y]))
        top_index, bottom_index = 2 * y, 2 * y + 1
        if top_index >= len(matrix):
            return Strip.blank(self.size.width)
        top = matrix[top_index]
        # An odd module count leaves the last half row light: it is quiet zone anyway.
        bottom = matrix[bottom_index] if bottom_index < len(matrix) else [False] * len(top)
        segments = [
            Segment("▀", Style(color=BLACK if t else WHITE, bgcolor=BLACK if b else WHITE))
            for t, b in zip(top, bottom, strict=True)
        ]
        return Strip(segments, len(top))
