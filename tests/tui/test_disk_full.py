"""A full disk under the console: no key crashes the app, each says what was not saved, a warning with
the cause and the last successful write stays on screen until a write succeeds, and every action can be
repeated once there is space again."""

from __future__ import annotations

from textual.message import Message
from textual.notifications import Notify
from textual.widgets import Input

from supervision_tui.models import Moderation
from supervision_tui.store import Store
from supervision_tui.tui.dialogs import ConfirmDialog, NoteReviewDialog
from supervision_tui.tui.screens.case import CaseScreen
from supervision_tui.tui.screens.closing import ClosingScreen
from supervision_tui.tui.screens.round import RoundScreen
from supervision_tui.tui.screens.summary import SummaryScreen
from supervision_tui.tui.widgets import StorageWarning

from .helpers import answer, open_queue, static_text


class Notices:
    """What the app told the supervisor (`App.notify`), collected with `run_test(message_hook=…)`."""

    def __init__(self) -> None:
        self.all: list[str] = []

    def __call__(self, message: Message) -> None:
        if isinstance(message, Notify):
            self.all.append(message.notification.message)

    def since(self, mark: int) -> str:
        return "\n".join(self.all[mark:])


def _warning(app) -> StorageWarning:
    return app.screen.query_one(StorageWarning)


async def test_next_step_and_approve_on_a_full_disk(make_app, tmp_path, disk_full) -> None:
    app = make_app()
    disk = disk_full(tmp_path / "sessions", "write")
    notices = Notices()
    async with app.run_test(size=(100, 30), message_hook=notices) as pilot:
        engine = app.engine
        assert engine is not None
        engine.goto("runde-2")  # Runde 2: free text, moderated
        answer(engine, "phone-1", text="Ein guter Moment")
        await pilot.pause()
        assert isinstance(app.screen, RoundScreen)
        assert not _warning(app).display

        disk.full = True
        mark = len(notices.all)
        await pilot.press("pagedown")  # Bild↓
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, RoundScreen)
        assert engine.position.step.id == "runde-2"  # not moved on: the step change was not stored
        assert "Nicht gespeichert: Schrittwechsel (Datenträger voll)" in notices.since(mark)
        warning = _warning(app)
        assert warning.display
        text = static_text(app, "StorageWarning")
        assert "Speichern fehlgeschlagen: Datenträger voll" in text
        last = engine.storage.last_saved
        assert last is not None
        assert "Antworten werden nicht angenommen" in text
        assert f"Zuletzt gespeichert: {last.astimezone():%H:%M:%S}" in text
        mark = len(notices.all)
        await pilot.press("t", "plus")  # the timer: not stored, so not changed
        await pilot.pause()
        assert app.is_running and not engine.timer.running
        assert "Nicht gespeichert: Timer (Datenträger voll)" in notices.since(mark)

        await open_queue(pilot)  # the cover first, then the deliberate reveal
        mark = len(notices.all)
        await pilot.press("f")  # approve
        await pilot.pause()
        assert app.is_running and "Nicht gespeichert" in notices.since(mark)
        assert engine.session.answers[0].moderation is Moderation.PENDING
        await pilot.press("o")  # moderation off for this step
        await pilot.pause()
        assert app.is_running and engine.moderated(engine.position.step)
        await pilot.press("escape")
        await pilot.pause()
        assert _warning(app).display, "the warning stays until a write succeeds"

        disk.full = False  # space returns: the same keys work
        mark = len(notices.all)
        await pilot.press("m", "enter", "f", "escape")
        await pilot.pause()
        assert engine.session.answers[0].moderation is Moderation.APPROVED
        assert "Speichern funktioniert wieder." in notices.since(mark)
        assert not _warning(app).display
        await pilot.press("pagedown")
        await pilot.pause()
        assert engine.position.step.id == "anliegen"
        assert not _warning(app).display, "a new screen does not show an old warning"


async def test_a_note_and_an_agreement_on_a_full_disk_keep_what_was_typed(
    make_app, tmp_path, disk_full
) -> None:
    app = make_app()
    disk = disk_full(tmp_path / "sessions", "fsync")
    notices = Notices()
    async with app.run_test(size=(100, 30), message_hook=notices) as pilot:
        engine = app.engine
        assert engine is not None
        engine.goto("fallberatung", "Spontanerzählung")  # the case discussion
        await pilot.pause()
        assert isinstance(app.screen, CaseScreen)
        disk.full = True
        await pilot.press("e")
        app.screen.query_one("#note-editor", Input).insert_text_at_cursor("Anruf beim Amt")
        await pilot.press("ctrl+s", "enter")  # the cover, then the review
        await pilot.pause()
        assert isinstance(app.screen, NoteReviewDialog)
        mark = len(notices.all)
        await pilot.press("ctrl+s")  # save the reviewed note
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, CaseScreen)
        assert "Nicht gespeichert: Notiz (Datenträger voll)" in notices.since(mark)
        assert engine.session.notes == []
        assert app.screen.query_one("#note-editor", Input).value == "Anruf beim Amt"
        assert _warning(app).display
        await pilot.press("escape", "end")  # skip to the next step: refused too
        await pilot.pause()
        assert app.is_running and engine.position.step.id == "fallberatung"

        disk.full = False
        await pilot.press("e", "ctrl+s", "enter")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert [n.text for n in engine.session.notes] == ["Anruf beim Amt"]

        engine.goto("abschluss")  # the closing round
        await pilot.pause()
        assert isinstance(app.screen, ClosingScreen)
        disk.full = True
        mark = len(notices.all)
        await pilot.press("v", *"Pause einplanen", "enter")
        await pilot.pause()
        assert app.is_running and "Nicht gespeichert: Vereinbarung" in notices.since(mark)
        assert engine.session.agreements == []
        assert app.screen.query_one("#agreement-input", Input).value == "Pause einplanen"
        disk.full = False
        await pilot.press("enter")
        await pilot.pause()
        assert [a.text for a in engine.session.agreements] == ["Pause einplanen"]


async def test_ending_on_a_full_disk_runs_on_and_the_file_follows_on_quit(
    make_app, tmp_path, disk_full
) -> None:
    app = make_app()
    sessions = tmp_path / "sessions"
    notices = Notices()
    async with app.run_test(size=(100, 30), message_hook=notices) as pilot:
        engine = app.engine
        assert engine is not None
        engine.goto("abschluss")
        await pilot.pause()
        journal_disk = disk_full(sessions, "write")
        journal_disk.full = True
        await pilot.press("pagedown", "j")  # end the session: refused, it runs on
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, ClosingScreen) and not engine.finished
        assert "Nicht gespeichert: Sitzungsende" in notices.since(0)
        journal_disk.full = False

        file_disk = disk_full(sessions, "fsync", suffix=".tmp")  # only the session file is refused
        file_disk.full = True
        await pilot.press("pagedown", "j")
        await pilot.pause()
        assert engine.finished and isinstance(app.screen, SummaryScreen)
        assert "Die Sitzung ist beendet, aber die Sitzungsdatei ist nicht geschrieben" in notices.since(0)
        assert _warning(app).display and "Datenträger voll" in static_text(app, "StorageWarning")
        await pilot.press("ctrl+q")  # quitting tries again, still refused: it asks
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog) and app.is_running
        await pilot.press("n")
        await pilot.pause()
        file_disk.full = False
        await pilot.press("ctrl+q")  # written now, and the app quits
        await pilot.pause()
    assert app.return_code == 0
    [stored] = Store(sessions).sessions()
    assert stored.record is not None and stored.record.status == "finished"
    assert not list(sessions.rglob("*.journal.jsonl"))


async def test_quitting_mid_session_on_a_full_disk_keeps_the_journal(make_app, tmp_path, disk_full) -> None:
    app = make_app()
    disk = disk_full(tmp_path / "sessions", "both")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("pagedown")
        await pilot.pause()
        disk.full = True
        await pilot.press("pagedown", "ctrl+q", "j")
        await pilot.pause()
    assert app.return_code == 0
    [unfinished] = Store(tmp_path / "sessions").unfinished()
    assert unfinished.session is not None and unfinished.session.current_step == 1
