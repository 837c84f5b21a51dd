"""Phones by role and phase over real HTTP: the server refuses what a role may not send now, keeps what
was typed, and lets the case giver mark the ideas taken along."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack

import aiohttp
import pytest

from supervision_tui.engine import AnswerInput, Engine
from supervision_tui.live.i18n import MESSAGES
from supervision_tui.live.roles import mark_from_form
from supervision_tui.live.server import LiveServer
from supervision_tui.models import Answer, Moderation, max_length
from supervision_tui.room import room_view

from .helpers import JSON, client, join, journal_text

GIVER = "Fallerzähler·in"
IDEA = "Vielleicht hilft ein Gespräch mit der Heimleitung."


@pytest.fixture
async def phones(url: str, engine: Engine) -> AsyncIterator[dict[str, aiohttp.ClientSession]]:
    """Five phones in a kollegiale Fallberatung, by role: the one who brought the case is the
    Fallerzähler·in, Moderation and Protokoll are drawn, the other two are Beratende."""
    async with AsyncExitStack() as stack:
        sessions = [await stack.enter_async_context(client()) for _ in range(5)]
        for phone in sessions:
            await join(phone, url)
        engine.goto("anliegen")
        data = {"step": "anliegen", "title": "Streit im Wohnheim", "urgency": "high", "consent": "quote"}
        async with sessions[2].post(f"{url}/answer", data=data, headers=JSON) as r:
            assert r.status == 200
        [concern] = engine.session.answers
        case = engine.case_from_answer(concern.id)
        engine.goto("fallberatung")
        engine.select_case(case.id)
        roles = engine.cast_roles()
        by_label = {}
        for phone in sessions:
            async with phone.get(f"{url}/step.json") as r:
                by_label[(await r.json())["label"]] = phone
        by_role = {role: by_label.pop(label) for role, label in roles.items()}
        by_role["Beratende"], by_role["Beratende 2"] = by_label.values()
        yield by_role


def _idea_form(engine: Engine, text: str = IDEA) -> dict[str, str]:
    pos = engine.position
    return {"step": pos.step.id, "phase": str(pos.phase_index), "text": text, "consent": "quote"}


async def test_the_case_givers_idea_in_beratung_is_refused_and_the_text_kept(
    url: str, engine: Engine, phones: dict[str, aiohttp.ClientSession]
) -> None:
    engine.goto("fallberatung", "Beratung")
    giver = phones[GIVER]
    async with giver.get(url) as r:
        page = await r.text()
    assert "Ihre Rolle heute: Fallerzähler·in" in page and "<form" not in page, "kein Ideenfeld"
    assert "Zuhören." in page
    before = journal_text(engine)

    # a form kept from before, or sent by hand: refused with a clear message, the text on the page
    async with giver.post(f"{url}/answer", data=_idea_form(engine), allow_redirects=False) as r:
        assert r.status == 403
        page = await r.text()
    assert "Als Fallerzähler·in senden Sie in der Phase „Beratung“ nichts – nichts wurde gespeichert." in page
    assert f"readonly>{IDEA}</textarea>" in page, "der getippte Text bleibt auf der Seite"
    async with giver.post(f"{url}/answer", data=_idea_form(engine), headers=JSON) as r:
        assert r.status == 403
        assert "Fallerzähler·in" in (await r.json())["error"]
    async with giver.post(f"{url}/answer?lang=en", data=_idea_form(engine), headers=JSON) as r:
        body = await r.json()
    assert body["error"] == "As Fallerzähler·in you send nothing in the phase “Beratung” – nothing was saved."
    for role in ("Moderation", "Protokoll"):
        async with phones[role].post(f"{url}/answer", data=_idea_form(engine), headers=JSON) as r:
            assert r.status == 403, role
    assert [a for a in engine.session.answers if a.phase == 4] == []
    assert journal_text(engine) == before, "nichts davon ist gespeichert"

    async with phones["Beratende"].post(f"{url}/answer", data=_idea_form(engine), headers=JSON) as r:
        assert r.status == 200
    [idea] = [a for a in engine.session.answers if a.phase == 4]
    assert idea.text == IDEA


async def test_step_json_tells_each_phone_its_role_and_task(
    url: str, engine: Engine, phones: dict[str, aiohttp.ClientSession]
) -> None:
    engine.goto("fallberatung", "Beratung")
    infos = {}
    for role, phone in phones.items():
        async with phone.get(f"{url}/step.json") as r:
            infos[role] = await r.json()
    assert infos[GIVER]["role"] == GIVER and infos[GIVER]["input"] == "none"
    assert infos["Beratende"]["role"] == "Beratende" and infos["Beratende"]["input"] == "idea"
    assert infos["Beratende"]["task"] == "Senden Sie Ihre Ideen und Fragen zum Fall."
    assert infos["Protokoll"]["input"] == "none" and infos["Moderation"]["input"] == "none"
    engine.goto("fallberatung", "Abschluss")
    async with phones[GIVER].get(f"{url}/step.json") as r:
        info = await r.json()
    assert (info["input"], info["sends"]) == ("none", "take_along")


async def _abschluss(url: str, engine: Engine, phones: dict[str, aiohttp.ClientSession]) -> list[str]:
    """Two approved ideas from the Beratenden, then Abschluss; returns their ids."""
    engine.goto("fallberatung", "Beratung")
    for role, text in (("Beratende", "Idee eins"), ("Beratende 2", "Idee zwei")):
        async with phones[role].post(f"{url}/answer", data=_idea_form(engine, text), headers=JSON) as r:
            assert r.status == 200
    ids = [a.id for a in engine.session.answers if a.phase == 4]
    for answer_id in ids:
        engine.moderate(answer_id, Moderation.APPROVED)
    engine.next()
    return ids


async def test_in_abschluss_the_case_giver_marks_ideas_on_the_phone(
    url: str, engine: Engine, phones: dict[str, aiohttp.ClientSession]
) -> None:
    _, second = await _abschluss(url, engine, phones)
    giver = phones[GIVER]
    async with giver.get(url) as r:
        page = await r.text()
    assert "Was nehmen Sie mit?" in page and "Idee eins" in page and "Idee zwei" in page
    assert page.count(">Mitnehmen</button>") == 2
    form = {"step": "fallberatung", "phase": "5", "idea": second, "on": "1"}
    async with giver.post(f"{url}/take", data=form, allow_redirects=False) as r:
        assert r.status == 303
    assert engine.current_case().taken_along == [second], "dasselbe Ereignis wie die Taste w"
    assert [a.taken_along for a in room_view(engine).answers] == [False, True], "die Leinwand zeigt es"
    async with giver.get(url) as r:
        page = await r.text()
    assert page.count(">Mitnehmen</button>") == 1 and "✓ Mitgenommen – zurücknehmen" in page

    async with giver.post(f"{url}/take", data={**form, "on": "0"}, headers=JSON) as r:
        assert r.status == 200 and (await r.json())["taken"] is False
    assert engine.current_case().taken_along == []


async def test_take_along_refusals_are_clear_and_change_nothing(
    url: str, engine: Engine, phones: dict[str, aiohttp.ClientSession]
) -> None:
    first, _ = await _abschluss(url, engine, phones)
    form = {"step": "fallberatung", "phase": "5", "idea": first, "on": "1"}
    async with phones["Beratende"].post(f"{url}/take", data=form) as r:
        assert r.status == 403
        page = await r.text()
    assert "Als Beratende senden Sie in der Phase „Abschluss“ nichts" in page
    async with phones[GIVER].post(f"{url}/take", data={**form, "phase": "4"}, headers=JSON) as r:
        assert r.status == 409 and "gewechselt" in (await r.json())["error"]
    async with phones[GIVER].post(f"{url}/take", data={**form, "idea": "a9999"}, headers=JSON) as r:
        assert r.status == 422 and "neu laden" in (await r.json())["error"]
    for broken in ({"step": "fallberatung", "idea": first}, {**form, "phase": "fünf"}, {**form, "idea": ""}):
        async with phones[GIVER].post(f"{url}/take", data=broken, headers=JSON) as r:
            assert r.status == 422, broken
    async with client() as stranger, stranger.post(f"{url}/take", data=form) as r:
        assert r.status == 403 and "Schweigepflicht" in await r.text()
    assert engine.current_case().taken_along == []
    engine.end()
    async with phones[GIVER].post(f"{url}/take", data=form, headers=JSON) as r:
        assert r.status == 404


async def test_a_mark_reaches_the_case_givers_phone_and_only_it(
    url: str, engine: Engine, phones: dict[str, aiohttp.ClientSession], server: LiveServer
) -> None:
    """The supervisor's `w` changes the case giver's page key (the page follows by itself); the
    Beratenden's pages, which may hold typed text, stay as they are."""
    first, _ = await _abschluss(url, engine, phones)

    async def keys(phone: aiohttp.ClientSession, out: list[str]) -> None:
        async with phone.get(f"{url}/events") as r:
            async for line in r.content:
                if line.startswith(b"data: "):
                    out.append(json.loads(line[6:])["key"])

    giver_keys: list[str] = []
    other_keys: list[str] = []
    tasks = [
        asyncio.create_task(keys(phones[GIVER], giver_keys)),
        asyncio.create_task(keys(phones["Beratende"], other_keys)),
    ]
    try:
        for _ in range(50):
            if giver_keys and other_keys:
                break
            await asyncio.sleep(0.05)
        assert giver_keys[0].startswith("fallberatung:5:") and other_keys[0].startswith("fallberatung:5")
        engine.take_along(first)  # the supervisor's key w
        for _ in range(50):
            if len(giver_keys) > 1:
                break
            await asyncio.sleep(0.05)
        assert len(giver_keys) == 2 and giver_keys[1] != giver_keys[0]
        await asyncio.sleep(0.3)
        assert len(other_keys) == 1, "die Seiten der anderen bleiben"
        async with phones[GIVER].get(url) as r:
            assert f'data-key="{giver_keys[1]}"' in await r.text(), "Seite und Strom sagen dasselbe"
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


def test_every_phone_word_is_in_both_languages() -> None:
    """The role words, like every other phone word, are in the catalogue in German and English."""
    assert set(MESSAGES["de"]) == set(MESSAGES["en"])
    for key in (
        "role.you",
        "form.kept_label",
        "take.heading",
        "take.button",
        "take.undo",
        "error.role.refused",
        "error.take",
    ):
        assert MESSAGES["en"][key] != MESSAGES["de"][key], key


def test_a_mark_is_cut_to_the_longest_step_and_answer_id_the_models_take() -> None:
    # The route keeps no limit of its own: a step id as long as a phone's answer may name, an idea id as
    # long as an answer id may be.
    form = {"step": "s" * 500, "idea": "a" * 500, "phase": "2", "on": "0"}
    step_id, phase, idea, on = mark_from_form(form, "de")
    assert len(step_id) == max_length(AnswerInput, "step_id")
    assert len(idea) == max_length(Answer, "id")
    assert (phase, on) == (2, False)
