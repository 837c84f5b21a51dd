"""A method names its answers itself (template data): the Balint group's phones are asked for an image
or a feeling, not for an idea; the kollegiale Fallberatung keeps the catalogue's word."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from supervision_tui.engine import Engine
from supervision_tui.live.server import LiveServer

from .helpers import client, join, new_engine


async def _field_label(tmp_path: Path, template: str, step: str, phase: int) -> str:
    async with (
        _phone_in(tmp_path / template, template, step, phase) as (_, url, phone),
        phone.get(url) as response,
    ):
        assert response.status == 200
        page = await response.text()
    start = page.index('<label for="text">') + len('<label for="text">')
    return page[start : page.index("</label>", start)]


async def test_the_balint_phone_asks_for_an_image_or_a_feeling(tmp_path: Path) -> None:
    assert await _field_label(tmp_path, "balint-gruppe", "balint", 2) == "Ihr Bild, Ihr Gefühl"


async def test_the_beratung_phone_asks_for_an_idea(tmp_path: Path) -> None:
    label = await _field_label(tmp_path, "gruppensupervision-integrationslotsen", "fallberatung", 4)
    assert label == "Ihre Idee oder Frage"


def _words(page: str) -> str:
    """What a phone's reader sees of `page`: its text and labels, without tags, classes or styles."""
    import re

    page = re.sub(r"<style.*?</style>|<script.*?</script>", " ", page, flags=re.S)
    labels = " ".join(re.findall(r'aria-label="([^"]*)"', page))
    return re.sub(r"<[^>]+>", " ", page) + " " + labels


@asynccontextmanager
async def _phone_in(
    folder: Path, template: str, step: str, phase: int
) -> AsyncIterator[tuple[Engine, str, Any]]:
    """A joined phone of a session from `template`, served over real HTTP, at `step`'s `phase`."""
    engine = new_engine(folder, template)
    server = LiveServer("127.0.0.1", 0)
    await server.start()
    try:
        server.attach(engine)
        assert server.url is not None
        async with client() as phone:
            await join(phone, server.url)
            engine.goto(step, phase)
            yield engine, server.url, phone
    finally:
        await server.stop()


async def _balint_pages(tmp_path: Path, lang: str) -> tuple[str, str, str]:
    """A Balint group phone in the Assoziationsrunde: its form, its saved page after one image, and the
    form for one more, in `lang` (the phone's language switch, ?lang=)."""
    from .helpers import form_fields

    async with _phone_in(tmp_path / lang, "balint-gruppe", "balint", 2) as (_, url, phone):
        async with phone.get(f"{url}?lang={lang}") as response:
            assert response.status == 200
            form_page = await response.text()
        fields = form_fields(form_page)
        assert fields is not None, form_page
        async with phone.post(f"{url}/answer", data={**fields, "text": "Ein Sturm über dem Meer"}) as r:
            assert r.status == 200
            saved = await r.text()
        async with phone.get(f"{url}?edit=new") as response:
            more = await response.text()
    return _words(form_page), _words(saved), _words(more)


async def test_the_balint_phone_never_speaks_of_ideas_after_sending_in_german_and_english(
    tmp_path: Path,
) -> None:
    _, saved, more = await _balint_pages(tmp_path, "de")
    assert "Ein Sturm über dem Meer" in saved and "Bilder und Gefühle" in saved
    assert "idee" not in saved.lower() and "idee" not in more.lower(), saved
    _, saved, more = await _balint_pages(tmp_path, "en")
    assert "Ein Sturm über dem Meer" in saved and "Images and feelings" in saved
    assert "idea" not in saved.lower() and "idea" not in more.lower(), saved


async def test_a_balint_phone_with_all_its_answers_hears_of_answers_not_ideas(tmp_path: Path) -> None:
    """One answer too many in the Assoziationsrunde: refused (409), the text kept, in the method's words."""
    from yarl import URL

    from supervision_tui.engine import AnswerInput
    from supervision_tui.live.http import DEVICE_COOKIE
    from supervision_tui.models import MAX_IDEAS

    from .helpers import form_fields

    async with _phone_in(tmp_path, "balint-gruppe", "balint", 2) as (engine, url, phone):
        at = engine.position
        device = phone.cookie_jar.filter_cookies(URL(url))[DEVICE_COOKIE].value
        for i in range(MAX_IDEAS):  # straight to the engine: the phone's rate limit is not the point
            engine.submit_answer(
                device, AnswerInput(step_id=at.step.id, phase=at.phase_index, text=f"Bild {i}")
            )
        async with phone.get(f"{url}?edit=new") as response:
            fields = form_fields(await response.text())
        assert fields is not None
        async with phone.post(f"{url}/answer", data={**fields, "text": "Noch ein Bild"}) as r:
            status, page = r.status, await r.text()
    assert status == 409 and f"schon {MAX_IDEAS} Antworten gesendet" in page
    assert "Noch ein Bild" in page and "idee" not in _words(page).lower(), _words(page)
