"""Several ideas from one phone in the Beratung, over real HTTP: each Senden is a new idea, the saved page
lists them with "Weitere Idee" and "Ändern", an edit changes only the named idea, a double tap with the
same nonce stores one idea, another phone's idea cannot be changed, and the cap keeps the typed text."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import aiohttp
import pytest
from yarl import URL

from supervision_tui.engine import AnswerInput, Engine
from supervision_tui.live.http import DEVICE_COOKIE
from supervision_tui.models import MAX_IDEAS

from .helpers import JSON, client, form_fields, join

BERATUNG = 4


@pytest.fixture
async def phones(
    url: str, engine: Engine
) -> AsyncIterator[tuple[aiohttp.ClientSession, aiohttp.ClientSession]]:
    """A Beratende's phone and a second one, in the Beratung of a case the case giver's phone brought."""
    async with client() as giver, client() as first, client() as second:
        for phone in (giver, first, second):
            await join(phone, url)
        engine.goto("anliegen")
        data = {"step": "anliegen", "title": "Streit im Wohnheim", "consent": "quote"}
        async with giver.post(f"{url}/answer", data=data, headers=JSON) as r:
            assert r.status == 200
        [concern] = engine.session.answers
        case = engine.case_from_answer(concern.id)
        engine.goto("fallberatung", BERATUNG)
        engine.select_case(case.id)
        yield first, second


async def _page(phone: aiohttp.ClientSession, url: str, query: str = "") -> str:
    async with phone.get(f"{url}{query}") as r:
        assert r.status == 200
        return await r.text()


async def _send(phone: aiohttp.ClientSession, url: str, fields: dict[str, str], text: str) -> tuple[int, str]:
    """Fill the form's text as a browser would and send it: the status and the page it ends on."""
    async with phone.post(f"{url}/answer", data={**fields, "text": text}) as r:
        return r.status, await r.text()


def _ideas(html: str) -> list[str]:
    return re.findall(r'<li class="box idea">\s*<p class="quote">([^<]*)</p>', html)


def _changes(html: str) -> list[str]:
    return [found for found in re.findall(r"\?edit=([a-z0-9]+)\"", html) if found != "new"]


async def test_two_ideas_are_listed_an_edit_changes_one_and_a_double_tap_stores_one(
    url: str, engine: Engine, phones: tuple[aiohttp.ClientSession, aiohttp.ClientSession]
) -> None:
    phone, _ = phones
    form = form_fields(await _page(phone, url))
    assert form is not None and "revises" not in form
    status, saved = await _send(phone, url, form, "Mit der Heimleitung sprechen")
    assert status == 200 and "Gespeichert" in saved and "Weitere Idee" in saved

    more = form_fields(await _page(phone, url, "?edit=new"))
    assert more is not None and more["text"] == "" and more["nonce"] != form["nonce"]
    status, saved = await _send(phone, url, more, "Dolmetscher dazuholen")
    assert status == 200
    assert _ideas(saved) == ["Mit der Heimleitung sprechen", "Dolmetscher dazuholen"]
    assert "2 von höchstens 10 Ideen" in saved
    first, second = _changes(saved)

    edit = form_fields(await _page(phone, url, f"?edit={first}"))
    assert edit is not None and edit["revises"] == first and edit["text"] == "Mit der Heimleitung sprechen"
    status, saved = await _send(phone, url, edit, "Mit der Heimleitung reden")
    assert _ideas(saved) == ["Mit der Heimleitung reden", "Dolmetscher dazuholen"]
    assert [(a.id, a.revision) for a in engine.session.answers if a.phase == BERATUNG] == [
        (first, 2),
        (second, 1),
    ]

    # a double tap, or a resend after the reply was lost: the same form twice is one new idea
    third = form_fields(await _page(phone, url, "?edit=new"))
    assert third is not None
    for _ in range(2):
        status, saved = await _send(phone, url, third, "Supervision für das Team")
        assert status == 200
    # ... and sent again with text typed on, it changes that idea instead of adding a fourth
    await _send(phone, url, third, "Supervision für das ganze Team")
    saved = await _page(phone, url)
    assert _ideas(saved) == [
        "Mit der Heimleitung reden",
        "Dolmetscher dazuholen",
        "Supervision für das ganze Team",
    ]
    assert len([a for a in engine.session.answers if a.phase == BERATUNG]) == 3

    async with phone.get(f"{url}/step.json") as r:
        info = await r.json()
    assert [i["text"] for i in info["ideas"]] == _ideas(saved) and info["max_ideas"] == MAX_IDEAS


async def test_another_phones_idea_is_refused_and_the_cap_keeps_the_text(
    url: str, engine: Engine, phones: tuple[aiohttp.ClientSession, aiohttp.ClientSession]
) -> None:
    phone, other = phones
    form = form_fields(await _page(phone, url))
    assert form is not None
    await _send(phone, url, form, "Meine Idee")
    [mine] = _changes(await _page(phone, url))

    theirs = form_fields(await _page(other, url))
    assert theirs is not None
    status, page = await _send(other, url, {**theirs, "revises": mine}, "Fremd geändert")
    assert status == 403 and "Sie können nur Ihre eigenen Ideen ändern." in page
    kept = form_fields(page)
    assert kept is not None and kept["text"] == "Fremd geändert" and "revises" not in kept
    assert [a.text for a in engine.session.answers if a.phase == BERATUNG] == ["Meine Idee"]

    # nine more from the same phone (straight to its engine: the phone's rate limit is not the point)
    device = phone.cookie_jar.filter_cookies(URL(url))[DEVICE_COOKIE].value
    for i in range(MAX_IDEAS - 1):
        engine.submit_answer(device, AnswerInput(step_id="fallberatung", phase=BERATUNG, text=f"Idee {i}"))
    full = await _page(phone, url)
    assert len(_ideas(full)) == MAX_IDEAS
    assert "Weitere Idee" not in full and "Mehr Ideen gehen in dieser Phase nicht" in full
    # a form for one more idea all the same (opened by hand: the page offers none)
    late = form_fields(await _page(phone, url, "?edit=new"))
    assert late is not None
    status, page = await _send(phone, url, late, "Eine zu viel")
    assert status == 409 and "schon 10 Ideen gegeben" in page
    kept = form_fields(page)
    assert kept is not None and kept["text"] == "Eine zu viel"
    assert len([a for a in engine.session.answers if a.phase == BERATUNG]) == MAX_IDEAS


async def test_an_edit_sent_back_with_an_error_still_changes_the_same_idea(
    url: str, engine: Engine, phones: tuple[aiohttp.ClientSession, aiohttp.ClientSession]
) -> None:
    """An edit form that comes back with an error (here: a text past the limit) keeps naming the idea it
    changes, so sending it again corrects that idea instead of adding another."""
    phone, _ = phones
    form = form_fields(await _page(phone, url))
    assert form is not None
    await _send(phone, url, form, "Mit der Heimleitung sprechen")
    [first] = _changes(await _page(phone, url))
    edit = form_fields(await _page(phone, url, f"?edit={first}"))
    assert edit is not None
    status, page = await _send(phone, url, edit, "zu lang " * 250)
    assert status == 422
    again = form_fields(page)
    assert again is not None and again["revises"] == first
    status, _ = await _send(phone, url, again, "Mit der Heimleitung reden")
    assert status == 200
    assert [(a.id, a.text, a.revision) for a in engine.session.answers if a.phase == BERATUNG] == [
        (first, "Mit der Heimleitung reden", 2)
    ]
    # a new idea sent back with an error names none: sent again, it is a second idea
    new = form_fields(await _page(phone, url, "?edit=new"))
    assert new is not None
    status, page = await _send(phone, url, new, "zu lang " * 250)
    kept = form_fields(page)
    assert status == 422 and kept is not None and "revises" not in kept
    status, _ = await _send(phone, url, kept, "Dolmetscher dazuholen")
    assert status == 200
    assert [a.text for a in engine.session.answers if a.phase == BERATUNG] == [
        "Mit der Heimleitung reden",
        "Dolmetscher dazuholen",
    ]
