"""The phone words every engine refusal from its code, in German and English (#14)."""

from __future__ import annotations

import string

import aiohttp
import pytest
from domain._support import engine_error_codes

from supervision_tui.engine import Engine, EngineError
from supervision_tui.live.i18n import MESSAGES, engine_error

from .helpers import JSON, join


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_engine_code_has_a_phone_message_with_its_params(lang: str) -> None:
    for code, params in engine_error_codes().items():
        key = f"error.{code}"
        assert key in MESSAGES[lang], f"{lang}: {key} fehlt"
        fields = {name for _, name, _, _ in string.Formatter().parse(MESSAGES[lang][key]) if name}
        assert fields <= params, (lang, code, fields, params)


def test_a_refusal_is_worded_from_code_and_params() -> None:
    assert engine_error("de", EngineError("text.too_long", max=250)) == "Bitte höchstens 250 Zeichen."
    assert engine_error("en", EngineError("text.too_long", max=250)) == "Please use at most 250 characters."


@pytest.mark.parametrize(
    ("lang", "step", "fields", "message"),
    [
        ("en", "runde-1", {}, "Please choose a value from 1 to 5."),
        ("en", "runde-2", {"text": "   "}, "Please enter a text."),
        ("en", "anliegen", {"title": ""}, "Please give a short title for your case."),
        ("en", "runde-1", {"step": "runde-2"}, "The round has changed. Please answer the current question."),
        ("de", "anliegen", {"title": ""}, "Bitte einen kurzen Titel für das Anliegen angeben."),
        (
            "de",
            "runde-1",
            {"step": "runde-2"},
            "Die Runde hat gewechselt. Bitte die aktuelle Frage beantworten.",
        ),
    ],
)
async def test_an_engine_refusal_reaches_the_phone_in_its_language(
    url: str, http: aiohttp.ClientSession, engine: Engine, lang: str, step: str, fields: dict, message: str
) -> None:
    await join(http, url)
    engine.goto(step)
    data = {"step": step, **fields}
    async with http.post(f"{url}/answer?lang={lang}", data=data, headers=JSON) as r:
        assert r.status in (409, 422)
        assert (await r.json())["error"] == message
    async with http.post(f"{url}/answer?lang={lang}", data=data) as r:
        assert message in await r.text()
    assert not engine.session.answers
