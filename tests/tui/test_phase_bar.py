"""The phase bar of a case discussion breaks lines between phases only: at 80 columns the current
phase ("5 Beratung") stays whole on one line, on the console and on the projection."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from textual.app import App
from textual.geometry import Region

from supervision_tui.tui.beamer import BeamerApp
from supervision_tui.tui.widgets.progress import PhaseBar


def _lines(app: App, selector: str) -> list[str]:
    bar = app.screen.query_one(selector, PhaseBar)
    width, height = bar.content_size
    return [strip.text for strip in bar.render_lines(Region(0, 0, width, height))]


async def test_the_current_phase_is_never_cut_in_two(make_app, tmp_path: Path) -> None:
    console = make_app(start_feed=True)
    beamer = BeamerApp(tmp_path / "sessions")
    async with beamer.run_test(size=(80, 24)) as room, console.run_test(size=(80, 24)) as pilot:
        await console.servers_started()
        engine = console.engine
        assert engine is not None
        for phase, current in ((4, "5 Beratung"), (5, "6 Abschluss"), (1, "2 Spontanerzählung")):
            engine.goto("fallberatung", phase)
            deadline = time.monotonic() + 5
            while beamer.view is None or beamer.view.position_key[1] != phase:
                assert time.monotonic() < deadline, "the projection did not follow"
                await asyncio.sleep(0.01)
            await pilot.pause()
            await room.pause(0.1)
            for app, selector in ((console, "#phase-bar"), (beamer, "#beamer-phase-bar")):
                lines = _lines(app, selector)
                assert len(lines) == 2, lines  # six phases do not fit on one line of 80 columns
                assert any(current in line for line in lines), (current, lines)
                assert all(line.rstrip().endswith("›") for line in lines[:-1]), lines
