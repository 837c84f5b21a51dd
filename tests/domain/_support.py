"""Test doubles for every test folder (imported as `domain._support`): a controllable clock, a wall clock
and a recording anonymizer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from supervision_tui.anonymize import Context, Entity, Flag, Result
from supervision_tui.models import Agenda
from supervision_tui.prompts import DEFAULT_TEMPLATE, find_template


class FakeClock:
    """A monotonic clock the test moves by hand (seconds)."""

    def __init__(self, start: float = 1000.0) -> None:
        self.t = start

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


class FakeNow:
    """Aware UTC wall clock that ticks one second per call, so every timestamp differs."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self.current = start or dt.datetime(2025, 3, 14, 17, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        self.current += dt.timedelta(seconds=1)
        return self.current


@dataclass
class Call:
    text: str
    context: Context | None
    output: str


@dataclass
class RecordingAnonymizer:
    """Replaces every input by a fresh token `ANON-<n>` and remembers what went in and came out.

    Nothing of the input survives, so any raw text found later in state or on disk did not pass
    through the anonymizer.
    """

    calls: list[Call] = field(default_factory=list)

    def anonymize(self, text: str, context: Context | None = None) -> Result:
        output = f"ANON-{len(self.calls) + 1:03d}"
        self.calls.append(Call(text, context, output))
        return Result(
            output,
            entities=(Entity(0, len(text), "PERSON", output),),
            flags=(Flag(0, len(output), "Gesundheit"),),
        )

    @property
    def inputs(self) -> list[str]:
        return [c.text for c in self.calls]

    @property
    def outputs(self) -> set[str]:
        return {c.output for c in self.calls}

    def output_for(self, text: str) -> str:
        return next(c.output for c in self.calls if c.text == text)


class IdentityAnonymizer:
    """Lets text through unchanged (for tests about something other than anonymization)."""

    def anonymize(self, text: str, context: Context | None = None) -> Result:
        return Result(text)


def default_agenda() -> Agenda:
    return find_template(DEFAULT_TEMPLATE)


def engine_error_codes() -> dict[str, set[str]]:
    """Every code the engine raises (`EngineError(code, **params)`), with the names of its params.

    Read from engine.py's source, so a new refusal without a message in a catalogue fails the
    catalogue tests of both sides (tests/tui, tests/live).
    """
    import ast
    import inspect

    from supervision_tui import engine

    codes: dict[str, set[str]] = {}
    for node in ast.walk(ast.parse(inspect.getsource(engine))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        if name not in ("EngineError", "__init__"):
            continue
        for arg in node.args[:2]:  # `EngineError.__init__(self, code, …)` has the code second
            options = [arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]
            for option in options:
                if isinstance(option, ast.Constant) and isinstance(option.value, str):
                    codes[option.value] = {k.arg for k in node.keywords if k.arg}
    return codes


def stored_error_codes() -> dict[str, set[str]]:
    """Every code a stored file can be refused with (`StoreError`, `RecordError`), with its params.

    Read from store.py's and record.py's source like `engine_error_codes`. Every `StoreError` also names
    its `file`; a coordinator file's refusal carries the `RecordError`'s code and params.
    """
    import ast
    import inspect

    from supervision_tui import record, store

    codes: dict[str, set[str]] = {}
    for module in (store, record):
        for node in ast.walk(ast.parse(inspect.getsource(module))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("StoreError", "RecordError"):
                code = node.args[0]
                if isinstance(code, ast.Constant) and isinstance(code.value, str):
                    codes[code.value] = {k.arg for k in node.keywords if k.arg} | {"file"}
    return codes
