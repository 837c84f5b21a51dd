"""Small helpers for reading what the projector shows, and for making stored sessions."""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import random
import re
import time
from collections.abc import Callable
from pathlib import Path

from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Static

from supervision_tui.engine import AnswerInput, Engine
from supervision_tui.live.feed import follow
from supervision_tui.models import Consent, Moderation
from supervision_tui.prompts import find_template
from supervision_tui.store import Store
from supervision_tui.tui.dialogs import ModerationScreen
from supervision_tui.tui.widgets import AnswerCards

from .conftest import TEMPLATE


def screen_text(app: App) -> str:
    """Every Static's text on the active screen, one per line (labels, cards, notes …)."""
    parts = []
    for widget in app.screen.query(Static):
        parts.append(str(widget.visual) if hasattr(widget, "visual") else str(widget.render()))
    # The answer cards are painted by one widget of their own.
    parts.extend(str(cards.render()) for cards in app.screen.query(AnswerCards))
    return "\n".join(parts)


def static_text(app: App, selector: str) -> str:
    widget = app.screen.query_one(selector, Static)
    return str(widget.visual)


async def open_queue(pilot: Pilot[object]) -> None:
    """`m`, then Enter behind the cover: the moderation queue, as the supervisor opens it.

    Each key waits for its screen: on a loaded machine an Enter pressed before the cover is up would
    land on the screen below it."""
    before = pilot.app.screen
    await pilot.press("m")
    await until(pilot, lambda: pilot.app.screen is not before)
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(pilot.app.screen, ModerationScreen))


def answer(engine: Engine, device: str, **fields: object) -> None:
    """Submit an answer for the current step as a phone would."""
    pos = engine.position
    data: dict[str, object] = {"step_id": pos.step.id, "consent": Consent.QUOTE}
    if pos.phase is not None:
        data["phase"] = pos.phase_index
    data.update(fields)
    engine.submit_answer(device, AnswerInput(**data))  # type: ignore[arg-type]


PRIVATE = "Geheimnis Sonnenblume"  # a private answer: must reach no stored file and no export
QUOTE = "Der Ausflug mit der Gruppe"
TITLES = {"large001": "Herbsttreffen", "small001": "Frühjahrstreffen", "old00001": "Wintertreffen"}


def held_session(
    sessions: Path,
    session_id: str,
    date: dt.date,
    moods: list[int],
    *,
    retention_days: int | None = None,
    v1: bool = False,
) -> Path:
    """A finished session of the default template in `sessions`: `moods` answered in round 1 (the
    first phone privately, with text), as many consented and approved Glitzermomente, one agreement.
    `v1`: the whole session written as files were before the room → coordinator boundary."""
    agenda = find_template(TEMPLATE).model_copy(update={"retention_days": retention_days})
    store = Store(sessions)
    engine = Engine.start(
        agenda,
        title=TITLES[session_id],
        date=date,
        store=None if v1 else store,
        session_id=session_id,
        rng=random.Random(1),
    )
    engine.next()  # runde-1: "Wie geht es Ihnen?" (mood)
    for index, mood in enumerate(moods):
        engine.submit_answer(
            f"phone-{index}",
            AnswerInput(
                step_id="runde-1",
                mood=mood,
                text=PRIVATE if index == 0 else "",
                consent=Consent.PRIVATE,
                private_talk=index == 1,
            ),
        )
    engine.next()  # runde-2: Glitzermomente
    for index in range(len(moods)):
        answer = engine.submit_answer(
            f"phone-{index}", AnswerInput(step_id="runde-2", text=f"{QUOTE} {index}", consent=Consent.QUOTE)
        )
        engine.moderate(answer.id, Moderation.APPROVED)
    engine.add_agreement("Notfallnummern als Liste")
    path = engine.end()
    if v1:  # a version-1 file: the whole session
        path = sessions / f"{engine.session.file_stem}.json"
        path.write_text(engine.session.model_copy(update={"schema_version": 1}).model_dump_json())
    assert path is not None
    return path


def shown_text(app: App) -> str:
    """Everything painted in the terminal right now, as one line: what a mirrored projector shows.

    Read from `export_screenshot()`, so dialogs, the dimmed screen under them and notifications
    count too; runs of whitespace collapse to one space.
    """
    svg = re.sub(r"<style>.*?</style>", "", app.export_screenshot(), flags=re.DOTALL)
    text = html.unescape(re.sub(r"<[^>]+>", "", svg)).replace("\xa0", " ")
    return " ".join(text.split())


async def until(pilot: Pilot, done: Callable[[], bool], timeout: float = 8.0) -> None:
    """Wait (real time: a server or a feed is involved) until `done()`, then let the app repaint."""
    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.005)
    await pilot.pause()


async def follow_feed(sessions: Path) -> None:
    """A projection following the console's feed, as `supervision-tui beamer` does (cancel to stop)."""
    async for _update in follow(sessions):
        pass
