"""The projection's join code at every terminal size from 40×12 to 250×70: scannable, or it says why not.

The same promise as the console's join screen (`test_qr_sizes`), checked the same way on the real
screenshot, with the projection following a real feed: either zxing-cpp decodes exactly the join
URL, or the projection says the window is too small, shows the address on one unbroken line and
paints no part of a code.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from domain._support import FakeClock

from supervision_tui.tui.beamer import BeamerApp
from supervision_tui.tui.widgets import QRCode

from .helpers import until as _until
from .test_beamer import _console, _engine, _shows
from .test_qr_sizes import TOO_SMALL, URL, problems, screen_lines, widths

# `make test` reads three widths, `make test-slow` all six (see test_qr_sizes.py).
WIDTHS = widths([40, 80, 250], [60, 120, 160])
HEIGHTS = [12, 20, 24, 30, 45, 70]


@pytest.mark.parametrize("width", WIDTHS)
async def test_projection_join_scans_or_says_why_not(tmp_path: Path, width: int) -> None:
    """One projection per width, resized through the heights (small to large: the code comes back)."""
    sessions = tmp_path / "sessions"
    engine = _engine(sessions, FakeClock())
    feed = await _console(sessions, engine, URL)
    app = BeamerApp(sessions)
    failures: list[str] = []
    try:
        async with app.run_test(size=(width, HEIGHTS[0])) as pilot:
            await _until(pilot, _shows(app, engine))
            for height in HEIGHTS:
                await pilot.resize_terminal(width, height)
                await pilot.pause()
                qr = app.screen.query_one("#beamer-qr", QRCode)
                failures += problems(app.export_screenshot(), qr, URL, (width, height))
    finally:
        await feed.stop()
    assert not failures, "\n".join(failures)


async def test_without_a_phone_server_it_says_joining_is_closed_not_too_small(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    engine = _engine(sessions, FakeClock())
    feed = await _console(sessions, engine, None)
    app = BeamerApp(sessions)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await _until(pilot, _shows(app, engine))
            lines = screen_lines(app.export_screenshot())
            text = " ".join(" ".join(lines).split())
            assert "Die Anmeldung ist geschlossen." in text
            assert TOO_SMALL not in text and "QR-Code scannen" not in text and "http" not in text
    finally:
        await feed.stop()
