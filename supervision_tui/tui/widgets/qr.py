"""The join QR code, painted from `qrcode`'s module matrix, and the join address beside it.

Always black on white in explicit colours (never the theme's: a dark theme would invert the code,
and strict phone readers don't decode inverted codes), a 4-module quiet zone as the spec asks,
error correction M. Two modules share a cell via the upper half block `▀`; when there is room every
module becomes two full cells (double width), so the code is twice as large on a big terminal.

A cut-off code is worse than none: phones find the finder patterns and then fail, and nobody can
tell why. So the code is drawn whole or not at all: when the space its container offers is too
small, the widget takes no room and posts `QRCode.Fitted(fits=False)`, and the screen says so and
shows the address as text instead (`JoinAddress`).
"""

from __future__ import annotations

from enum import Enum
from itertools import groupby

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Static

from ...joinlink import address_lines

BLACK = "#000000"
WHITE = "#ffffff"
QUIET_ZONE = 4
_DARK = Style(color=BLACK, bgcolor=BLACK)
_LIGHT = Style(color=WHITE, bgcolor=WHITE)
# (top module dark, bottom module dark) → the style of an upper half block `▀`
_HALVES = {
    (top, bottom): Style(color=BLACK if top else WHITE, bgcolor=BLACK if bottom else WHITE)
    for top in (False, True)
    for bottom in (False, True)
}


def qr_matrix(data: str) -> list[list[bool]]:
    """Module matrix (True = dark) including the quiet zone."""
    # Imported on first use: the first frame is painted before the form server has an address to encode.
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE, box_size=1)
    code.add_data(data)
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


class _Mode(Enum):
    NONE = "none"  # does not fit: nothing is drawn
    HALF = "half"  # one cell per module wide, two modules per cell tall (▀)
    DOUBLE = "double"  # two cells per module wide, one module per cell tall


def _cells(mode: _Mode, modules: int) -> Size:
    if mode is _Mode.DOUBLE:
        return Size(2 * modules, modules)
    if mode is _Mode.HALF:
        return Size(modules, (modules + 1) // 2)
    return Size(0, 0)


class QRCode(Widget):
    """A scannable QR code of `data`, drawn whole or not at all; empty data draws nothing.

    Give it a container of definite size (a `1fr` row or column, not an `auto` one): that size is
    what it measures itself against.
    """

    class Fitted(Message):
        """Posted when the code starts or stops fitting its container."""

        def __init__(self, qr: QRCode, fits: bool) -> None:
            super().__init__()
            self.qr = qr
            self.fits = fits

        @property
        def control(self) -> QRCode:
            return self.qr

    data: reactive[str] = reactive("", layout=True)

    def __init__(
        self, data: str = "", *, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._matrix: list[list[bool]] = []
        self._mode = _Mode.NONE
        self._reported: bool | None = None
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
        return self._mode is _Mode.DOUBLE

    @property
    def fits(self) -> bool:
        """True when the whole code is drawn (False: there is no code, or no room for it)."""
        return self._mode is not _Mode.NONE

    def _choose(self, width: int, height: int) -> None:
        mode = _Mode.NONE
        if self._matrix:
            for candidate in (_Mode.DOUBLE, _Mode.HALF):
                cells = _cells(candidate, self.modules)
                if cells.width <= width and cells.height <= height:
                    mode = candidate
                    break
        self._mode = mode
        if self.fits != self._reported:
            self._reported = self.fits
            self.set_class(not self.fits, "-too-small")
            self.post_message(self.Fitted(self, self.fits))

    def get_content_width(self, container: Size, viewport: Size) -> int:
        self._choose(container.width, container.height)
        return _cells(self._mode, self.modules).width

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return _cells(self._mode, self.modules).height

    def render_line(self, y: int) -> Strip:
        matrix = self._matrix
        needed = _cells(self._mode, self.modules)
        # Clipped after all (a parent smaller than it said): blank rather than a partial code.
        if not self.fits or self.size.width < needed.width or self.size.height < needed.height:
            return Strip.blank(self.size.width)
        # One segment per run of equal cells: fewer escape sequences for the terminal to parse.
        if self._mode is _Mode.DOUBLE:
            if y >= len(matrix):
                return Strip.blank(self.size.width)
            segments = [
                Segment("  " * len(list(run)), _DARK if module else _LIGHT)
                for module, run in groupby(matrix[y])
            ]
            return Strip(segments, 2 * len(matrix[y]))
        top_index, bottom_index = 2 * y, 2 * y + 1
        if top_index >= len(matrix):
            return Strip.blank(self.size.width)
        top = matrix[top_index]
        # An odd module count leaves the last half row light: it is quiet zone anyway.
        bottom = matrix[bottom_index] if bottom_index < len(matrix) else [False] * len(top)
        segments = [
            Segment("▀" * len(list(run)), _HALVES[pair])
            for pair, run in groupby(zip(top, bottom, strict=True))
        ]
        return Strip(segments, len(top))


class JoinAddress(Static):
    """The join URL as text, never broken inside the token (see `joinlink.address_lines`).

    `short` is the short form the server also accepts; it is shown when the full URL is too wide.
    The widget's content (what `visual` reads back) is the full URL; what is drawn fits the width.
    """

    def __init__(
        self, url: str, short: str | None = None, *, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(Text(url), id=id, classes=classes)
        self.url = url
        self.short = short

    def lines(self, width: int) -> list[str]:
        return address_lines(self.url, self.short, width)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.lines(width))

    def render(self) -> Text:
        return Text("\n".join(self.lines(self.content_size.width)), no_wrap=True, overflow="crop")
