"""The join code at every terminal size from 40×12 to 250×70: scannable, or it says why not.

Each size is checked on the real screenshot: the SVG is rendered to PNG and read by zxing-cpp
(strict: no inverted codes). Where no code decodes, the screen must say that the window is too
small and show the join address on one unbroken line, and the QR widget must have painted nothing.
"""

from __future__ import annotations

import html
import re

import pytest

from supervision_tui.joinlink import short_join_url
from supervision_tui.tui.widgets import QRCode

from .test_qr_decode import decode

# `make test` reads four widths of each screen (the smallest, two where the code comes and goes, the
# largest); `make test-slow` reads all of them: each width is 8-20 s of screenshots and decodes.
WIDTHS = [40, 70, 120, 250]
SLOW_WIDTHS = [50, 60, 80, 100, 160, 200]


def widths(fast: list[int], slow: list[int]) -> list[object]:
    """All the widths in order, the slow ones marked for `make test-slow` only."""
    return [w if w in fast else pytest.param(w, marks=pytest.mark.slow) for w in sorted(fast + slow)]


HEIGHTS = [12, 16, 20, 24, 30, 40, 50, 70]
# A join URL as long as a real one: a LAN address, the default port, a 22-character token.
BASE = "http://192.168.178.23:8765"
TOKEN = "qtu0CCo5NVSgTLz4wFpvJQ"
URL = f"{BASE}/s/{TOKEN}"
TOO_SMALL = "Das Fenster ist zu klein für den QR-Code."

_TEXT = re.compile(
    r'<text class="[^"]*" x="([\d.]+)" y="[\d.]+" textLength="[\d.]+" clip-path="url\(#[\w-]*line-(\d+)\)">([^<]*)</text>'
)
_CELL = 12.2  # Textual's SVG export: one cell is 12.2 px wide


def screen_lines(svg: str) -> list[str]:
    """The terminal's rows as text, read back from the screenshot SVG."""
    rows: dict[int, dict[int, str]] = {}
    for x, line, content in _TEXT.findall(svg):
        col = round(float(x) / _CELL)
        for offset, char in enumerate(html.unescape(content).replace("\xa0", " ").rstrip("\n")):
            rows.setdefault(int(line), {})[col + offset] = char
    lines = []
    for index in range(max(rows, default=-1) + 1):
        cells = rows.get(index, {})
        lines.append("".join(cells.get(c, " ") for c in range(max(cells, default=-1) + 1)))
    return lines


def problems(svg: str, qr: QRCode, url: str, size: tuple[int, int]) -> list[str]:
    """What is wrong with one screenshot (empty: scannable, or says why not with the address).

    The text is read first: where the screen says the window is too small, the decoder has
    nothing to find, and no code may be painted at all (no half block anywhere on the screen).
    """
    lines = screen_lines(svg)
    says_too_small = TOO_SMALL in " ".join(" ".join(lines).split())
    addresses = [address for address in (url, short_join_url(url)) if address]
    on_one_line = any(address in line for line in lines for address in addresses)
    if says_too_small and on_one_line:
        if qr.fits or qr.region.area or any("▀" in line for line in lines):
            return [f"{size}: says too small, but paints (part of) a code at {qr.region}"]
        return []
    decoded = decode(svg)
    if decoded == [url]:
        return []
    found = [f"{size}: decoded {decoded!r}"]
    if qr.fits:
        found.append(f"{size}: the code is painted whole ({qr.region}) but does not scan")
    if not says_too_small:
        found.append(f"{size}: no 'window too small' notice")
    if not on_one_line:
        text = [line.rstrip() for line in lines if "▀" not in line]
        found.append(f"{size}: the address is not on one line: {text!r}")
    return found


@pytest.mark.parametrize("width", widths(WIDTHS, SLOW_WIDTHS))
async def test_join_screen_scans_or_says_why_not(make_app, width: int) -> None:
    """One app per width, resized through the heights (small to large: the code comes back)."""
    app = make_app(public_url=BASE, token=TOKEN)
    failures: list[str] = []
    async with app.run_test(size=(width, HEIGHTS[0])) as pilot:
        for height in HEIGHTS:
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            qr = app.screen.query_one(QRCode)
            failures += problems(app.export_screenshot(), qr, URL, (width, height))
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("width", widths([40, 80, 250], [60, 160]))
async def test_qr_overlay_scans_or_says_why_not(make_app, width: int) -> None:
    """The code shown again mid-session (`c`) keeps the same promise, on a coarser grid."""
    app = make_app(public_url=BASE, token=TOKEN)
    failures: list[str] = []
    async with app.run_test(size=(width, 12)) as pilot:
        await pilot.press("pagedown", "c")
        for height in (12, 20, 30, 70):
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            qr = app.screen.query_one(QRCode)
            failures += problems(app.export_screenshot(), qr, URL, (width, height))
    assert not failures, "\n".join(failures)


async def test_at_80x24_the_address_never_breaks_inside_the_token(make_app) -> None:
    app = make_app(public_url=BASE, token=TOKEN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        svg = app.export_screenshot()
        assert app.screen.query_one(QRCode).fits
        lines = screen_lines(svg)
        assert any(f"/s/{TOKEN}" in line for line in lines), lines
        assert any(line.rstrip().endswith(BASE) for line in lines), lines  # the break is before /s/
        assert decode(svg) == [URL]
