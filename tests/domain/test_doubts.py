"""Doubts shown to a human (issue #16): the engine lists a stored text's doubts, and a doubt the supervisor
masks is masked in what was stored and for the rest of the session."""

from __future__ import annotations

import datetime as dt

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.engine import AnswerInput, Engine
from supervision_tui.models import Consent

from ._support import FakeClock, FakeNow


def _engine(agenda, store=None) -> Engine:
    return Engine.start(
        agenda,
        title="Zweifel",
        date=dt.date(2025, 3, 14),
        store=store,
        session_id="zweifel1",
        anonymizer=default_anonymizer(),
        now=FakeNow(),
        clock=FakeClock(),
    )


def test_a_masked_doubt_is_gone_from_stored_answers_and_from_later_ones(agenda, store):
    engine = _engine(agenda, store)
    engine.goto("runde-2")  # runde-2: free text
    first = engine.submit_answer(
        "p1", AnswerInput(step_id="runde-2", text="bin müde wegen ahmo, dauernd anrufe")
    )
    assert engine.doubts(first.text) == ["ahmo"], "readable, and neither a known word nor a known name"
    assert engine.mask_word("ahmo") == 1
    stored = engine.session.answers[0]
    assert "ahmo" not in stored.text and "[Person" in stored.text
    assert engine.doubts(stored.text) == []
    later = engine.submit_answer(
        "p2", AnswerInput(step_id="runde-2", text="heute wieder mit ahmo telefoniert", consent=Consent.QUOTE)
    )
    assert "ahmo" not in later.text, "the choice holds for the rest of the session"
    replayed = store.replay(store.journal_path(engine.session))
    assert "ahmo" not in replayed.model_dump_json(), "the journal holds the masked text only"


def test_a_doubt_kept_is_no_doubt_any_more(agenda):
    engine = _engine(agenda)
    engine.goto("runde-2")
    answer = engine.submit_answer("p1", AnswerInput(step_id="runde-2", text="heute mit zewdu beim amt"))
    assert engine.doubts(answer.text) == ["zewdu"]
    engine.release_word("zewdu")
    assert engine.doubts(answer.text) == []
    assert "zewdu" in engine.session.answers[0].text, "kept readable"


def test_a_doubt_masked_after_the_end_is_masked_in_the_coordinators_file(agenda, store):
    engine = _engine(agenda, store)
    engine.add_agreement("Nächstes Mal bringt ahmo Kuchen mit")
    path = engine.end()
    assert path is not None and "ahmo" in path.read_text(encoding="utf-8")
    assert engine.mask_word("ahmo") == 1, "the agreement"
    stored = path.read_text(encoding="utf-8")
    assert "ahmo" not in stored and "[Person" in stored
    assert "ahmo" not in engine.session.agreements[0].text
    assert not store.journal_path(engine.session).exists(), "no journal comes back after the end"


def test_a_doubt_masked_while_running_is_masked_in_agreements_too(agenda, store):
    engine = _engine(agenda, store)
    engine.add_agreement("Nächstes Mal bringt ahmo Kuchen mit")
    assert engine.mask_word("ahmo") == 1
    replayed = store.replay(store.journal_path(engine.session))
    assert "ahmo" not in replayed.agreements[0].text


def test_a_doubt_once_judged_is_no_doubt_again(agenda):
    """A word the supervisor kept readable must not come back as the first doubt, or the key that judges
    the first doubt is stuck on it."""
    engine = _engine(agenda)
    assert engine.doubts("T1 war mit zewdu und ahmo beim amt") == ["zewdu", "ahmo"]
    engine.release_word("zewdu")
    assert engine.doubts("T1 war mit zewdu und ahmo beim amt") == ["ahmo"]


def test_the_letter_of_a_participant_code_is_no_doubt(agenda, store):
    """A note names a phone by its code ("T2", "P1" for a paper answer): the code is no name, so its
    letter is no doubt for the supervisor to judge (masking "T" would change nothing anyway)."""
    engine = _engine(agenda, store)
    note = "Frau Petrović ruft T2 auch sonntags an, P1 wusste davon, wegen ahmo"
    doubts = engine.doubts(engine.preview(note).text)
    assert "T" not in doubts and "P" not in doubts, doubts
    assert "ahmo" in doubts, "a real doubt stays"
