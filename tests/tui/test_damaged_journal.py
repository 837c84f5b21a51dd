"""A journal damaged in the middle, as the supervisor meets it: listed with the line and the state without it,
resumed so only when chosen (never by itself after a crash), the whole file kept as a copy."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.widgets import OptionList

from supervision_tui.engine import Engine
from supervision_tui.prompts import find_template
from supervision_tui.store import Store
from supervision_tui.tui.dialogs import ConfirmDialog
from supervision_tui.tui.screens.round import RoundScreen
from supervision_tui.tui.screens.start import StartScreen

from .conftest import TEMPLATE
from .helpers import answer, screen_text


def _damaged_session(sessions: Path) -> tuple[Engine, Path]:
    """Runde 2 with three answers; the journal line of the second one garbled, as a bad sector leaves it."""
    store = Store(sessions)
    engine = Engine.start(
        find_template(TEMPLATE), title="Novembertreffen", date=dt.date(2026, 11, 24), store=store
    )
    engine.join("phone-1")
    engine.join("phone-2")
    engine.join("phone-3")
    engine.next()
    engine.next()
    answer(engine, "phone-1", text="Vor dem Schaden")
    answer(engine, "phone-2", text="Im Schaden")
    answer(engine, "phone-3", text="Nach dem Schaden")
    journal = store.journal_path(engine.session)
    lines = journal.read_bytes().split(b"\n")
    hit = next(i for i, line in enumerate(lines) if b"Im Schaden" in line)
    lines[hit] = b'{"type": "answer_submitted", "kaputt'
    journal.write_bytes(b"\n".join(lines))
    engine.close()
    return engine, journal


async def test_the_start_screen_offers_the_session_without_the_damaged_line_and_keeps_a_copy(
    make_app, tmp_path: Path
) -> None:
    engine, journal = _damaged_session(tmp_path / "sessions")
    damaged = journal.read_bytes()
    app = make_app(template=None)
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        resume = app.screen.query_one("#resume", OptionList)
        option = resume.get_option_at_index(0)
        assert not option.disabled
        prompt = " ".join(str(option.prompt).split())
        assert "Novembertreffen" in prompt and "2 Antworten" in prompt, prompt
        assert "Zeile" in prompt and "beschädigt" in prompt and "Kopie" in prompt, prompt
        resume.focus()
        resume.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RoundScreen)
        assert app.engine is not None and app.engine.session.id == engine.session.id
        # the answer acknowledged after the damage is back, only the damaged line's is not
        assert [a.text for a in app.engine.session.answers] == ["Vor dem Schaden", "Nach dem Schaden"]
    (copy,) = journal.parent.glob("*.beschaedigt-*.jsonl")
    assert copy.read_bytes() == damaged  # the damaged line is still on disk
    assert b"kaputt" not in journal.read_bytes()


async def test_after_a_crash_a_damaged_journal_is_asked_about_never_resumed_by_itself(
    make_app, tmp_path: Path
) -> None:
    engine, journal = _damaged_session(tmp_path / "sessions")
    Store(tmp_path / "sessions").mark_open(engine.session)  # the app died while the session was open
    damaged = journal.read_bytes()
    app = make_app(session_id="fresh0001")  # `run --template`, which resumes an interrupted session at once
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert not [n.message for n in app._notifications if n.severity == "error"]  # no failed try first
        shown = " ".join(screen_text(app).split())
        assert "Novembertreffen" in shown and "beschädigt" in shown, shown
        await pilot.press("n")  # a new session instead
        await pilot.pause()
        assert app.engine is not None and app.engine.session.id == "fresh0001"
    assert journal.read_bytes() == damaged  # untouched, still offered next time
    assert not list(journal.parent.glob("*.beschaedigt-*"))
