"""The urgency of a concern reads the same on the phone and on the supervisor's screen (#13)."""

from __future__ import annotations

import aiohttp
import pytest

from supervision_tui.engine import Engine
from supervision_tui.live.i18n import catalogue
from supervision_tui.models import Urgency
from supervision_tui.tui.texts import Texts

from .helpers import join


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_phone_and_the_console_use_the_same_urgency_words(lang: str) -> None:
    phone = catalogue(lang)
    console = Texts(lang)
    assert [phone[f"urgency.{u.value}"] for u in Urgency] == [console(f"urgency.{u.value}") for u in Urgency]


async def test_the_phone_form_and_its_saved_page_show_the_consoles_words(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    console = Texts("de")
    await join(http, url)
    engine.goto("anliegen")
    async with http.get(url) as r:
        form = await r.text()
    for u in Urgency:
        assert f'<label for="u-{u.value}">{console(f"urgency.{u.value}")}</label>' in form
    data = {"step": "anliegen", "title": "Streit beim Amt", "urgency": "high"}
    async with http.post(f"{url}/answer", data=data) as r:
        assert r.status == 200
        saved = await r.text()
    assert "Dringlichkeit: dringend" in saved and console("urgency.high") == "dringend"
    async with http.post(f"{url}/answer", data={**data, "urgency": "sofort"}) as r:
        assert r.status == 422
        assert "Bitte „kann warten“, „mittel“ oder „dringend“ wählen." in await r.text()
