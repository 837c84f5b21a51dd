"""A method names its answers itself (template data): the Balint group's phones are asked for an image
or a feeling, not for an idea; the kollegiale Fallberatung keeps the catalogue's word."""

from __future__ import annotations

from pathlib import Path

from supervision_tui.live.server import LiveServer

from .helpers import client, join, new_engine


async def _field_label(tmp_path: Path, template: str, step: str, phase: int) -> str:
    engine = new_engine(tmp_path / template, template)
    server = LiveServer("127.0.0.1", 0)
    await server.start()
    try:
        server.attach(engine)
        assert server.url is not None
        async with client() as phone:
            await join(phone, server.url)
            engine.goto(step, phase)
            async with phone.get(server.url) as response:
                assert response.status == 200
                page = await response.text()
    finally:
        await server.stop()
    start = page.index('<label for="text">') + len('<label for="text">')
    return page[start : page.index("</label>", start)]


async def test_the_balint_phone_asks_for_an_image_or_a_feeling(tmp_path: Path) -> None:
    assert await _field_label(tmp_path, "balint-gruppe", "balint", 2) == "Ihr Bild, Ihr Gefühl"


async def test_the_beratung_phone_asks_for_an_idea(tmp_path: Path) -> None:
    label = await _field_label(tmp_path, "gruppensupervision-integrationslotsen", "fallberatung", 4)
    assert label == "Ihre Idee oder Frage"
