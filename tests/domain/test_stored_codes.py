"""Stored values are English codes (#14): urgency `high`, topic `authorities`; the words are the catalogues'.

`old_files/` holds files the code of commit 48fd1f1 wrote (record schema 2, session schema 1, with
German words for urgency and topics): a version-1 and a version-2 coordinator file and an unfinished
journal. They must still be read, migrated and resumed.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from supervision_tui.anonymize import Result
from supervision_tui.engine import AnswerInput, Engine
from supervision_tui.models import SCHEMA_VERSION, Consent, Topic, Urgency
from supervision_tui.record import RECORD_VERSION, RecordError, RecordSource, SessionRecord, parse_record
from supervision_tui.store import Store, StoreError
from supervision_tui.words import stored_error

OLD = Path(__file__).parent / "old_files"
JOURNAL = "2025-03-14-gruppensupervision-integrationslotsen-alt00003.journal.jsonl"


class Same:
    def anonymize(self, text: str, context: object = None) -> Result:
        return Result(text)


def _old(store: Store, *names: str) -> None:
    store.root.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(OLD / name, store.root / name)


def _expected_cases(record: SessionRecord) -> None:
    assert [(c.urgency, c.tags) for c in record.cases] == [
        (Urgency.HIGH, [Topic.AUTHORITIES, Topic.HEALTH]),
        (Urgency.LOW, [Topic.BOUNDARIES]),
    ]
    [intake] = [s for s in record.steps if s.id == "anliegen"]
    assert intake.concerns == {Urgency.LOW: 1, Urgency.MEDIUM: 1, Urgency.HIGH: 1}


def test_the_old_files_hold_german_words() -> None:
    v2 = (OLD / "record-v2.json").read_text(encoding="utf-8")
    assert '"schema_version": 2' in v2 and '"urgency": "hoch"' in v2 and '"Behörden"' in v2
    v1 = json.loads((OLD / "record-v1.json").read_text(encoding="utf-8"))
    assert v1["schema_version"] == 1 and v1["cases"][0]["tags"] == [
        "Behörden",
        "Gesundheit/psychische Belastung",
    ]
    assert '"urgency":"hoch"' in (OLD / JOURNAL).read_text(encoding="utf-8").replace(" ", "")


def test_version_2_and_version_1_coordinator_files_read_as_codes(store: Store) -> None:
    _old(store, "record-v1.json", "record-v2.json")
    found = {s.path.name: s for s in store.sessions()}
    v2, v1 = found["record-v2.json"], found["record-v1.json"]
    assert v2.record is not None and v1.record is not None, (v2.error, v1.error)
    assert not v2.migrated and v2.record.migrated_from is None  # nothing lost, only words → codes
    assert v1.migrated and v1.record.migrated_from == 1
    for stored in (v1, v2):
        _expected_cases(stored.record)
        written = json.loads(stored.record.model_dump_json())
        assert written["schema_version"] == RECORD_VERSION == 3
        assert written["cases"][0]["urgency"] == "high" and written["cases"][0]["tags"] == [
            "authorities",
            "health",
        ]
        assert SessionRecord.model_validate_json(stored.record.model_dump_json()) == stored.record


def test_a_journal_begun_before_the_codes_resumes_and_ends_with_codes(store: Store) -> None:
    store.running_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(OLD / JOURNAL, store.running_dir / JOURNAL)
    [found] = store.unfinished()
    assert found.session is not None, found.error
    assert found.session.schema_version == 1  # the header as written; its words read as codes
    engine = Engine.resume(store, found.path, anonymizer=Same())
    first = engine.session.cases[0]
    assert (first.urgency, first.tags) == (Urgency.HIGH, [Topic.AUTHORITIES, Topic.HEALTH])
    engine.goto("anliegen")
    engine.submit_answer(
        "p9",
        AnswerInput(
            step_id="anliegen", title="Neu nach dem Umstieg", urgency=Urgency.HIGH, consent=Consent.QUOTE
        ),
    )
    appended = found.path.read_text(encoding="utf-8").splitlines()[-1]
    assert '"urgency":"high"' in appended.replace(" ", "")
    engine.end()
    record = store.load(store.session_path(engine.session))
    [intake] = [s for s in record.steps if s.id == "anliegen"]
    assert intake.concerns == {Urgency.LOW: 1, Urgency.MEDIUM: 1, Urgency.HIGH: 2}
    assert record.cases[1].tags == [Topic.BOUNDARIES]


def test_a_new_session_stores_codes(store: Store, agenda) -> None:
    import datetime as dt

    engine = Engine.start(agenda, title="", date=dt.date(2025, 3, 14), store=store, anonymizer=Same())
    assert engine.session.schema_version == SCHEMA_VERSION == 2
    engine.goto("anliegen")
    answer = engine.submit_answer("p1", AnswerInput(step_id="anliegen", title="Amt", urgency=Urgency.LOW))
    case = engine.case_from_answer(answer.id)
    engine.tag_case(case.id, Topic.HOUSING)
    text = store.journal_path(engine.session).read_text(encoding="utf-8").replace(" ", "")
    assert '"urgency":"low"' in text and '"tag":"housing"' in text
    assert "niedrig" not in text and "Wohnen" not in text


def test_a_broken_version_2_file_is_refused_naming_the_field() -> None:
    data = json.loads((OLD / "record-v2.json").read_text(encoding="utf-8"))
    data["cases"][0]["urgency"] = "sofort"  # neither a code nor an old word
    with pytest.raises(RecordError) as info:
        parse_record(json.dumps(data).encode())
    assert (info.value.code, info.value.params["where"]) == ("record.broken", "cases.0.urgency")
    assert "cases.0.urgency: unbekannter Wert (erlaubt: 'low', 'medium' oder 'high')" in stored_error(
        StoreError(info.value.code, file="alt.json", **info.value.params)
    )


def test_a_version_2_file_reads_as_the_same_file_of_version_3() -> None:
    raw = (OLD / "record-v2.json").read_bytes()
    record, source = parse_record(raw)
    again = json.loads(raw)
    again.update(schema_version=3, cases=json.loads(record.model_dump_json())["cases"])
    for step, written in zip(again["steps"], json.loads(record.model_dump_json())["steps"], strict=True):
        step["concerns"] = written["concerns"]
    assert source is RecordSource.CURRENT and parse_record(json.dumps(again).encode()) == (record, source)
