"""The console words every engine refusal from its code, in German and English (#14)."""

from __future__ import annotations

import string

import pytest
from domain._support import engine_error_codes

from supervision_tui.engine import EngineError
from supervision_tui.tui.texts import CATALOGUES, Texts


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_engine_code_has_a_message_with_its_params(lang: str) -> None:
    table = CATALOGUES[lang]
    for code, params in engine_error_codes().items():
        key = f"error.{code}"
        assert key in table, f"{lang}: {key} fehlt"
        fields = {name for _, name, _, _ in string.Formatter().parse(table[key]) if name}
        assert fields <= params, (lang, code, fields, params)


def test_a_refusal_reads_in_the_console_language() -> None:
    refusal = EngineError("text.too_long", max=300)
    assert Texts("de").error(refusal) == "Bitte höchstens 300 Zeichen."
    assert Texts("en").error(refusal) == "Please use at most 300 characters."
    assert "niemals.da" in Texts("de").error(EngineError("niemals.da"))  # an unknown code never crashes


@pytest.mark.parametrize(
    ("lang", "message"),
    [("de", "Diesen Schritt gibt es nicht."), ("en", "This step does not exist.")],
)
async def test_a_refused_action_reads_in_the_console_language(make_app, lang: str, message: str) -> None:
    """Every key's engine call runs through `guarded`: a refusal is a notice in the console's language."""
    app = make_app(lang=lang)
    async with app.run_test(size=(120, 36)) as pilot:
        engine = app.engine
        assert engine is not None
        await pilot.pause()
        assert app.screen.guarded(engine.goto, "gibt-es-nicht") is False
        await pilot.pause()
        assert [n.message for n in app._notifications] == [message]
        assert app.is_running
