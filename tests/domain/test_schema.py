"""The published JSON Schema of the coordinator's file matches the record model, and stored files validate."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from supervision_tui.engine import AnswerInput, Engine
from supervision_tui.models import Consent, Moderation, Topic, Urgency
from supervision_tui.record import RECORD_VERSION, record_json_schema

from ._support import FakeClock, FakeNow, RecordingAnonymizer

REGENERATE = "Neu erzeugen mit: .venv/bin/python scripts/write_schema.py (und die Datei mit committen)"


def _expected_text() -> str:
    return json.dumps(record_json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


@pytest.fixture
def committed(repo_root):
    path = repo_root / "sessions" / "schema.json"
    assert path.is_file(), f"sessions/schema.json fehlt. {REGENERATE}"
    return path


def test_committed_schema_matches_the_models(committed):
    on_disk = json.loads(committed.read_text(encoding="utf-8"))
    assert on_disk == record_json_schema(), (
        f"sessions/schema.json passt nicht mehr zu record.py. {REGENERATE}"
    )
    assert committed.read_text(encoding="utf-8") == _expected_text(), f"Format weicht ab. {REGENERATE}"


def test_the_script_writes_exactly_the_committed_file(committed, repo_root, tmp_path):
    out = tmp_path / "schema.json"
    result = subprocess.run(
        [sys.executable, str(repo_root / "scripts" / "write_schema.py"), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8"), REGENERATE


def test_schema_is_valid_draft_2020_12_and_versioned(committed):
    schema = json.loads(committed.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"supervision-tui/session/v{RECORD_VERSION}"
    assert schema["properties"]["schema_version"]["const"] == RECORD_VERSION


def _walked_session_file(agenda, store):
    engine = Engine.start(
        agenda,
        title="Schema",
        date=dt.date(2025, 3, 14),
        store=store,
        session_id="schema01",
        anonymizer=RecordingAnonymizer(),
        now=FakeNow(),
        clock=FakeClock(),
    )
    engine.join("p0")
    engine.next()
    engine.submit_answer("p1", AnswerInput(step_id="runde-1", mood=3, text="müde"))
    engine.shuffle_speakers()
    engine.next_speaker(passed=True)
    engine.next()
    a = engine.submit_answer("p2", AnswerInput(step_id="runde-2", text="Glitzer", consent=Consent.QUOTE))
    engine.moderate(a.id, Moderation.APPROVED)
    engine.set_moderation("runde-2", False)
    engine.next()
    intake = engine.submit_answer(
        "p3", AnswerInput(step_id="anliegen", title="Fall", urgency=Urgency.HIGH, private_talk=True)
    )
    case = engine.case_from_answer(intake.id)
    engine.tag_case(case.id, Topic.HEALTH)
    engine.next()
    engine.select_case(case.id)
    engine.cast_roles()
    engine.add_note("Notiz", case_id=case.id)
    engine.goto("fallberatung", "Beratung")
    # a phone without a drawn role: one of the Beratenden, who send ideas in the Beratung
    engine.submit_answer(
        "p5", AnswerInput(step_id="fallberatung", phase=4, text="Idee", consent=Consent.QUOTE)
    )
    engine.goto("abschluss")
    engine.add_agreement("Vereinbarung")
    return engine.end()


def test_a_stored_session_validates_against_the_schema(committed, agenda, store):
    path = _walked_session_file(agenda, store)
    schema = json.loads(committed.read_text(encoding="utf-8"))
    instance = json.loads(path.read_text(encoding="utf-8"))
    for key in ("participants", "steps", "cases", "agreements", "methods"):
        assert instance[key], f"{key} sollte im Beispiel nicht leer sein"
    assert any(step["quotes"] for step in instance["steps"]) and any(
        step["moods"] for step in instance["steps"]
    )
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def test_the_schema_rejects_what_the_models_reject(committed, agenda, store):
    schema = json.loads(committed.read_text(encoding="utf-8"))
    instance = json.loads(_walked_session_file(agenda, store).read_text(encoding="utf-8"))
    validator = Draft202012Validator(schema)
    bad_case = json.loads(json.dumps(instance))
    bad_case["cases"][0]["urgency"] = "egal"
    extra = json.loads(json.dumps(instance))
    extra["steps"][0]["answers_text"] = "darf es nicht geben"
    wrong_version = dict(instance, schema_version=1)
    for bad in (bad_case, extra, wrong_version):
        assert list(validator.iter_errors(bad)), "das Schema muss das ablehnen"
