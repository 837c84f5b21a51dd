"""A journal damaged in the middle (a bad sector, a sync tool, a hand edit): the session is offered to go on
without its damaged lines, only when the supervisor chooses it; the answers acknowledged after the damage
come back; the whole file is kept as a copy and nothing of it is deleted; a session resumed so keeps
journaling and survives the next kill -9."""

from __future__ import annotations

from pathlib import Path

import pytest

from supervision_tui.engine import AnswerInput, Engine
from supervision_tui.models import Moderation
from supervision_tui.store import Store, StoreError

from ._support import FakeClock, FakeNow, IdentityAnonymizer
from .test_store import DATE, _engine


def _damaged(store: Store, agenda) -> tuple[Engine, Path, bytes]:
    """A session with answers whose journal line of the second answer is garbled."""
    engine = _engine(store, agenda, session_id="salvage1")
    engine.next()
    for i, mood in enumerate([2, 5, 3], start=1):
        engine.submit_answer(f"p{i}", AnswerInput(step_id="runde-1", mood=mood, text=f"Satz {i}"))
    engine.moderate(engine.session.answers[0].id, Moderation.APPROVED)
    journal = store.journal_path(engine.session)
    original = journal.read_bytes()
    lines = original.split(b"\n")
    second = next(i for i, line in enumerate(lines) if b"Satz 2" in line)
    lines[second] = lines[second][:20] + b"\x00kaputt"
    journal.write_bytes(b"\n".join(lines))
    return engine, journal, journal.read_bytes()


def _resume(store: Store, journal: Path, *, salvage: bool = False) -> Engine:
    return Engine.resume(
        store, journal, anonymizer=IdentityAnonymizer(), now=FakeNow(), clock=FakeClock(), salvage=salvage
    )


def test_a_damaged_journal_is_offered_without_its_damaged_line(store: Store, agenda) -> None:
    _, journal, _ = _damaged(store, agenda)
    with pytest.raises(StoreError):
        store.replay(journal)  # the plain replay still refuses: nothing is skipped silently
    (stored,) = store.unfinished()
    assert stored.damaged and stored.error is not None and stored.error.code == "journal.broken_line"
    assert stored.session is not None
    # the line before the damage and the ones after it (an answer and the approval of the first)
    assert [a.text for a in stored.session.answers] == ["Satz 1", "Satz 3"]
    assert stored.session.answers[0].moderation is Moderation.APPROVED
    assert store.replay(journal, skip_damaged=True).answers == stored.session.answers


def test_a_journal_damaged_in_its_first_line_is_not_offered(store: Store, agenda) -> None:
    _, journal, _ = _damaged(store, agenda)
    journal.write_bytes(b"\x00kaputt\n" + journal.read_bytes().split(b"\n", 1)[1])
    (stored,) = store.unfinished()
    assert stored.session is None and not stored.damaged


def test_salvage_keeps_the_whole_file_and_the_session_goes_on(store: Store, agenda) -> None:
    _, journal, damaged = _damaged(store, agenda)
    engine = _resume(store, journal, salvage=True)
    copies = sorted(journal.parent.glob("*.beschaedigt-*.jsonl"))
    assert [c.name for c in copies] == [journal.name.replace(".journal.jsonl", ".beschaedigt-1.jsonl")]
    assert copies[0].read_bytes() == damaged  # every byte, the lines after the damage included
    assert (copies[0].stat().st_mode & 0o777) == 0o600
    assert [a.text for a in engine.session.answers] == ["Satz 1", "Satz 3"]
    engine.submit_answer("p4", AnswerInput(step_id="runde-1", mood=4, text="Satz 4"))
    # the journal reads whole again, so a kill -9 now resumes without any question of damage
    again = store.replay(journal)
    assert [a.text for a in again.answers] == ["Satz 1", "Satz 3", "Satz 4"]
    assert again.answers[0].moderation is Moderation.APPROVED
    (stored,) = store.unfinished()
    assert not stored.damaged and stored.error is None
    # the copy is no journal: neither resumed nor listed for the coordinator
    assert all(s.path == journal for s in store.unfinished())
    assert all("beschaedigt" not in r.path.name for r in store.sessions())


def test_a_second_salvage_keeps_the_first_copy(store: Store, agenda) -> None:
    _, journal, first = _damaged(store, agenda)
    store.salvage(journal)
    with journal.open("ab") as fh:
        fh.write(b'{kaputt}\n{"auch": 1}\n')
    second = journal.read_bytes()
    copy = store.salvage(journal)
    assert copy.name.endswith(".beschaedigt-2.jsonl") and copy.read_bytes() == second
    assert (
        journal.with_name(journal.name.replace(".journal.jsonl", ".beschaedigt-1.jsonl")).read_bytes()
        == first
    )
    assert b"kaputt" not in journal.read_bytes()


def test_without_salvage_resuming_a_damaged_journal_is_refused(store: Store, agenda) -> None:
    _, journal, damaged = _damaged(store, agenda)
    with pytest.raises(StoreError):
        _resume(store, journal)
    assert journal.read_bytes() == damaged  # untouched
    assert not list(journal.parent.glob("*.beschaedigt-*"))


def test_a_torn_tail_after_the_damage_is_not_kept(store: Store, agenda) -> None:
    _, journal, _ = _damaged(store, agenda)
    with journal.open("ab") as fh:
        fh.write(b'{"type": "answer_submi')  # the process died mid-write
    store.salvage(journal)
    assert journal.read_bytes().endswith(b"\n")
    assert DATE.isoformat() in journal.read_text(encoding="utf-8")


def test_salvage_never_drops_a_readable_line(store: Store, agenda) -> None:
    """On a journal whose lines all read (nothing to salvage), every line stays, the last one included."""
    engine = _engine(store, agenda, session_id="salvage2")
    engine.next()
    engine.submit_answer("p1", AnswerInput(step_id="runde-1", mood=3, text="Satz 1"))
    journal = store.journal_path(engine.session)
    whole = journal.read_bytes()
    store.salvage(journal)
    assert journal.read_bytes() == whole
    assert [a.text for a in store.replay(journal).answers] == ["Satz 1"]


def test_several_damaged_lines_are_each_left_out(store: Store, agenda) -> None:
    _, journal, _ = _damaged(store, agenda)
    lines = journal.read_bytes().split(b"\n")
    third = next(i for i, line in enumerate(lines) if b"Satz 3" in line)
    lines[third] = b"{kaputt"
    journal.write_bytes(b"\n".join(lines))
    (stored,) = store.unfinished()
    assert stored.damaged and stored.session is not None
    assert [a.text for a in stored.session.answers] == ["Satz 1"]
    store.salvage(journal)
    assert [a.text for a in store.replay(journal).answers] == ["Satz 1"]
    assert store.replay(journal).answers[0].moderation is Moderation.APPROVED


def test_the_copies_go_when_the_session_ends_and_only_its_own(store: Store, agenda) -> None:
    _, journal, _ = _damaged(store, agenda)
    other = _engine(store, agenda, session_id="salvage3")  # another session's copy stays
    other_journal = store.journal_path(other.session)
    other_copy = other_journal.with_name(other_journal.name.replace(".journal.jsonl", ".beschaedigt-1.jsonl"))
    other_copy.write_bytes(b"{}\n")
    engine = _resume(store, journal, salvage=True)
    store.salvage(journal)  # a second copy
    assert len(list(journal.parent.glob("*salvage1*.beschaedigt-*.jsonl"))) == 2
    record = engine.end()
    assert record is not None and record.exists()
    assert not list(journal.parent.glob("*salvage1*"))  # journal and both copies gone
    assert other_copy.exists()
