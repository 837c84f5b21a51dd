"""The room → coordinator boundary: what the stored session file may hold (`record.to_record`).

Every test reads the real file the store wrote and searches it for what must not arrive.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from supervision_tui.engine import AnswerInput, Engine
from supervision_tui.models import Consent, Moderation, SessionStatus, Urgency
from supervision_tui.store import JOURNAL_SUFFIX, Store, StoreError
from supervision_tui.words import stored_error

from ._support import FakeClock, FakeNow, IdentityAnonymizer

DATE = dt.date(2025, 3, 14)

PRIVATE_TEXTS = ["Privat-Stimmung", "Privat-Glitzer", "Privat-Anliegen", "Privat-Idee"]


class MinuteNow(FakeNow):
    """A wall clock the test moves by whole minutes, so step durations are exact."""

    def __init__(self) -> None:
        super().__init__()
        self.step = dt.timedelta(0)

    def __call__(self) -> dt.datetime:
        self.current += self.step
        return self.current


def _engine(store: Store, agenda, now=None, session_id: str = "grenze01") -> Engine:
    return Engine.start(
        agenda,
        title="Grenztest",
        date=DATE,
        store=store,
        session_id=session_id,
        anonymizer=IdentityAnonymizer(),
        now=now or FakeNow(),
        clock=FakeClock(),
    )


def _text(step: str, text: str, **kw) -> AnswerInput:
    return AnswerInput(step_id=step, text=text, **kw)


def _walk(engine: Engine) -> tuple[str, str]:
    """A session with private answers, quotes, a one-to-one request and a note; returns the
    label of the phone that asked for a talk and the approved quote."""
    engine.next()  # runde-1: mood
    engine.submit_answer("p1", AnswerInput(step_id="runde-1", mood=2, text=PRIVATE_TEXTS[0]))
    engine.submit_answer("p2", AnswerInput(step_id="runde-1", mood=4, private_talk=True))
    engine.submit_answer(
        "p3", AnswerInput(step_id="runde-1", mood=4, text="Quote-Stimmung", consent=Consent.QUOTE)
    )
    engine.next()  # runde-2: Glitzermoment
    private = engine.submit_answer("p1", _text("runde-2", PRIVATE_TEXTS[1]))
    engine.moderate(private.id, Moderation.APPROVED)  # approved, but the author kept it private
    quote = engine.submit_answer("p3", _text("runde-2", "Ein Lächeln im Jobcenter", consent=Consent.QUOTE))
    engine.moderate(quote.id, Moderation.APPROVED)
    hidden = engine.submit_answer("p4", _text("runde-2", "Versteckt-Glitzer", consent=Consent.QUOTE))
    engine.moderate(hidden.id, Moderation.HIDDEN)
    engine.submit_answer("p5", _text("runde-2", "Wartet-Glitzer", consent=Consent.QUOTE))  # never approved
    engine.next()  # anliegen
    concern = engine.submit_answer(
        "p1", AnswerInput(step_id="anliegen", title=PRIVATE_TEXTS[2], urgency=Urgency.HIGH)
    )
    open_concern = engine.submit_answer(
        "p3",
        AnswerInput(
            step_id="anliegen", title="Ärger mit dem Amt", urgency=Urgency.LOW, consent=Consent.QUOTE
        ),
    )
    private_case = engine.case_from_answer(concern.id)
    engine.case_from_answer(open_concern.id)
    engine.next()  # fallberatung
    engine.select_case(private_case.id)
    engine.add_note("Notiz-über-Personen")
    while engine.position.phase is None or engine.position.phase.prompt is None:
        engine.next()
    phase = engine.position.phase_index
    engine.submit_answer("p2", _text("fallberatung", PRIVATE_TEXTS[3], phase=phase))
    while engine.next():
        pass
    engine.add_agreement("Beim nächsten Mal mehr Zeit für Fälle")
    talk = engine.participant_for("p2")
    assert talk is not None
    return talk.label, quote.text


def test_the_stored_file_holds_nothing_private(store, agenda):
    engine = _engine(store, agenda)
    asked, quote = _walk(engine)
    assert engine.private_talk_requests() == [asked], "im Raum sieht die Supervisorin, wer fragte"
    path = engine.end()
    raw = path.read_text(encoding="utf-8")
    for text in [
        *PRIVATE_TEXTS,
        "Versteckt-Glitzer",
        "Wartet-Glitzer",
        "Notiz-über-Personen",
        "Quote-Stimmung",
    ]:
        assert text not in raw, f"{text!r} darf nicht in die Datei der Koordination"
    assert (
        '"private_talk"' not in raw
        and "device_hash" not in raw
        and "participant" not in raw.replace('"participants"', "")
    )
    assert not re.search(r'"T\d+"', raw), "kein Kürzel verknüpft Antworten mit einer Person"
    assert asked not in re.findall(r"\bT\d+\b", raw)
    data = json.loads(raw)
    steps = {s["id"]: s for s in data["steps"]}
    assert data["private_talks"] == 1, "die Zahl darf bleiben, wer fragte nicht"
    assert data["participants"] == 5
    assert steps["runde-1"]["moods"] == [0, 1, 0, 2, 0], "Stimmungen zählen als Zahlen, auch private"
    assert steps["runde-1"]["answers"] == 3
    assert [q["text"] for q in steps["runde-2"]["quotes"]] == [quote]
    assert steps["runde-2"]["highlights"] is True
    assert steps["anliegen"]["concerns"] == {"high": 1, "low": 1}
    titles = sorted(c["title"] for c in data["cases"])
    assert titles == ["", "Ärger mit dem Amt"], "der Titel eines privaten Anliegens bleibt im Raum"
    assert [a["text"] for a in data["agreements"]] == ["Beim nächsten Mal mehr Zeit für Fälle"]
    assert data["methods"] == ["Kollegiale Fallberatung", "Blitzlicht"]


def test_steps_and_phases_carry_their_real_duration(store, agenda):
    now = MinuteNow()
    engine = _engine(store, agenda, now=now)
    now.step = dt.timedelta(minutes=3)  # every clock read moves three minutes on
    engine.next()  # ankommen ran 3 min
    engine.next()  # runde-1 ran 3 min
    engine.previous()  # back to runde-1 after 3 min in runde-2
    engine.next()  # 3 more min in runde-1
    engine.goto("fallberatung", "Spontanerzählung")
    engine.next()
    record_path = engine.end()
    data = json.loads(record_path.read_text(encoding="utf-8"))
    steps = {s["id"]: s for s in data["steps"]}
    assert steps["ankommen"]["minutes"] == 3
    assert steps["runde-1"]["minutes"] == 6, "wer zurückgeht, verlängert den Schritt"
    assert steps["runde-2"]["minutes"] == 6
    phases = steps["fallberatung"]["phases"]
    assert phases[0]["minutes"] == 0 and phases[1]["minutes"] == 3 and phases[2]["minutes"] == 3
    assert steps["abschluss"]["minutes"] == 0, "nie erreicht"
    assert data["minutes"] == sum(s["minutes"] or 0 for s in data["steps"])


def test_an_unfinished_session_leaves_no_coordinator_file(store, agenda):
    engine = _engine(store, agenda)
    _walk(engine)
    engine.close()  # quit mid-session
    assert sorted(p.name for p in store.root.iterdir()) == ["running"]
    assert [p.suffix for p in store.running_dir.iterdir()] == [".jsonl"]
    assert store.sessions() == [], "keine Auswertung zählt eine laufende Sitzung"


def _v1_file(store: Store, agenda, *, finished: bool, session_id: str) -> str:
    """A file as version 1 wrote it: the whole session, private answers and all."""
    engine = _engine(Store(store.root.parent / "v1"), agenda, session_id=session_id)
    _walk(engine)
    session = engine.session
    if finished:
        session = session.model_copy(
            update={"status": SessionStatus.FINISHED, "ended_at": dt.datetime(2025, 3, 14, 19, tzinfo=dt.UTC)}
        )
    data = json.loads(session.model_dump_json())
    data["schema_version"] = 1
    data.pop("step_log")
    data.pop("follow_ups")
    store.root.mkdir(parents=True, exist_ok=True)
    path = store.root / f"{session.file_stem}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert "Privat-Glitzer" in path.read_text(encoding="utf-8") and '"private_talk": true' in path.read_text(
        encoding="utf-8"
    )
    return path.name


def test_version_1_files_are_migrated_through_the_same_boundary_or_refused(store, agenda):
    finished = _v1_file(store, agenda, finished=True, session_id="alt00001")
    running = _v1_file(store, agenda, finished=False, session_id="alt00002")
    (store.root / "neu.json").write_text('{"schema_version": 7}', encoding="utf-8")
    found = {s.path.name: s for s in store.sessions()}
    assert found[finished].migrated and found[finished].record is not None
    migrated = found[finished].record.model_dump_json()
    for text in PRIVATE_TEXTS:
        assert text not in migrated
    assert '"private_talk"' not in migrated and found[finished].record.private_talks == 1
    assert found[finished].record.migrated_from == 1
    refused, unknown = found[running].error, found["neu.json"].error
    assert found[running].record is None and refused is not None and refused.code == "record.v1_unfinished"
    assert "unfertige Sitzung" in stored_error(refused)
    assert found["neu.json"].record is None and unknown is not None
    assert stored_error(unknown) == "neu.json: unbekannte Version 7: wird nicht gelesen."
    with pytest.raises(StoreError) as info:
        store.load(store.root / running)
    assert info.value.code == "record.v1_unfinished"


def test_a_journal_from_before_running_dir_is_moved_there_and_resumable(store, agenda):
    engine = _engine(store, agenda)
    engine.next()
    engine.close()
    journal = store.journal_path(engine.session)
    legacy = store.root / journal.name
    journal.rename(legacy)
    [found] = Store(store.root).unfinished()
    assert found.path == journal and journal.exists() and not legacy.exists()
    assert found.session is not None and found.session.current_step == 1
    assert journal.name.endswith(JOURNAL_SUFFIX)
