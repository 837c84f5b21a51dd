"""The engine refuses with a stable English code and params, never with a sentence (#14)."""

from __future__ import annotations

import datetime as dt
import inspect
import re

import pytest

from supervision_tui import engine as engine_module
from supervision_tui.anonymize import Context, Result
from supervision_tui.engine import (
    AnswerInput,
    Engine,
    EngineError,
    NotCurrentStep,
    RoleRefused,
    SessionClosed,
)
from supervision_tui.models import Agreement, Note, max_length

from ._support import engine_error_codes


@pytest.fixture
def engine(agenda, store, anonymizer, clock, now) -> Engine:
    return Engine.start(
        agenda, title="", date=dt.date(2025, 3, 14), store=store, anonymizer=anonymizer, now=now, clock=clock
    )


def test_every_refusal_is_a_dotted_english_code() -> None:
    codes = engine_error_codes()
    assert len(codes) >= 20, codes
    assert {"text.too_long", "step.unknown", "session.closed", "role.refused"} <= set(codes)
    for code in codes:
        assert re.fullmatch(r"[a-z]+\.[a-z_]+", code), code
    assert codes["text.too_long"] == {"max"}


def test_refusals_carry_code_and_params_and_are_still_caught_by_kind(engine: Engine) -> None:
    with pytest.raises(EngineError) as unknown:
        engine.goto("gibt-es-nicht")
    assert (unknown.value.code, unknown.value.params) == ("step.unknown", {})
    assert not re.search(r"[äöüß]|Bitte|gibt es", str(unknown.value))  # no German sentence

    engine.goto("runde-2")
    prompt = engine.position.prompt
    assert prompt is not None
    # past the form's own check (the engine is the last guard, for every caller)
    too_long = AnswerInput.model_construct(step_id="runde-2", phase=None, text="a" * (prompt.max_chars + 1))
    with pytest.raises(EngineError) as long:
        engine.submit_answer("phone-1", too_long)
    assert (long.value.code, long.value.params) == ("text.too_long", {"max": prompt.max_chars})

    with pytest.raises(NotCurrentStep) as moved:
        engine.submit_answer("phone-1", AnswerInput(step_id="runde-1", mood=3))
    assert moved.value.code == "step.not_current"
    assert issubclass(RoleRefused, EngineError)

    engine.end()
    with pytest.raises(SessionClosed) as closed:
        engine.submit_answer("phone-1", AnswerInput(step_id="runde-2", text="spät"))
    assert isinstance(closed.value, EngineError) and closed.value.code == "session.closed"


class Lengthening:
    """An anonymizer whose output is longer than its input, as "[Person A]" is longer than "Al"."""

    def anonymize(self, text: str, context: Context | None = None) -> Result:
        return Result(text + text)


def test_free_text_is_cut_to_the_limit_its_model_declares(agenda, store, clock, now) -> None:
    engine = Engine.start(
        agenda,
        title="",
        date=dt.date(2025, 3, 14),
        store=store,
        anonymizer=Lengthening(),
        now=now,
        clock=clock,
    )
    note = engine.add_note("Notiz " * 500)
    agreement = engine.add_agreement("Wir vereinbaren " * 20)
    assert len(note.text) == max_length(Note, "text") == 5000
    assert len(agreement.text) == max_length(Agreement, "text") == 500
    # the limits are written once, on the model fields, not again where the engine cuts
    source = inspect.getsource(engine_module)
    assert not re.findall(r"\[:(?:100|300|500|2000|5000)\]", source)
