"""Every row of the bad-input table: clear German message, right status, app running, data intact."""

from __future__ import annotations

import re

import aiohttp
import pytest
from hypothesis import given
from hypothesis import strategies as st

from supervision_tui.engine import Engine
from supervision_tui.live import forms
from supervision_tui.live.forms import clean_text
from supervision_tui.live.server import LiveServer

from .helpers import JSON, client, join, journal_text


async def _still_fine(url: str, engine: Engine, answers: int) -> None:
    async with client() as other, other.get(url) as r:
        assert r.status == 200
    assert len(engine.session.answers) == answers
    assert engine.store is not None
    replayed = engine.store.replay(engine.store.journal_path(engine.session))
    assert replayed.answers == engine.session.answers


@pytest.mark.parametrize("accept_json", [False, True])
async def test_wrong_token_is_404(url: str, engine: Engine, accept_json: bool) -> None:
    bad = url[:-4] + "XXXX"
    headers = JSON if accept_json else {}
    async with client() as http:
        for method, path in (
            ("GET", ""),
            ("POST", "/answer"),
            ("POST", "/join"),
            ("GET", "/step.json"),
            ("GET", "/events"),
        ):
            async with http.request(method, bad + path, data={"step": "runde-1"}, headers=headers) as r:
                assert r.status == 404
                if accept_json:
                    assert (await r.json())["error"].startswith("Diese Sitzung gibt es nicht")
                else:
                    assert "QR-Code" in await r.text()
        async with http.get(url.rsplit("/s/", 1)[0] + "/") as r:
            assert r.status == 404
        async with http.get(url.rsplit("/s/", 1)[0] + "/nirgends") as r:
            assert r.status == 404 and "Sitzung gibt es nicht" in await r.text()
    await _still_fine(url, engine, 0)


async def test_wrong_method_is_405_with_german_page(url: str) -> None:
    async with client() as http, http.put(f"{url}/answer", data=b"x") as r:
        assert r.status == 405 and "nicht möglich" in await r.text()


async def test_answer_for_other_step_is_409_and_shows_current_step(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    await join(http, url)
    engine.goto("runde-2")
    async with http.post(f"{url}/answer", data={"step": "runde-1", "mood": "3"}) as r:
        assert r.status == 409
        html = await r.text()
    # the typed mood is kept on the page (tests/live/test_late_answer.py)
    assert "Die Frage hat gewechselt" in html and "Glitzermoment" in html and 'value="runde-2"' in html
    async with http.post(f"{url}/answer", data={"step": "runde-1", "mood": "3"}, headers=JSON) as r:
        assert r.status == 409
        body = await r.json()
    assert body["error"].startswith("Die Runde hat gewechselt") and body["step"]["step_id"] == "runde-2"
    engine.goto("fallberatung", "Beratung")  # right step, wrong phase
    async with http.post(
        f"{url}/answer", data={"step": "fallberatung", "phase": "3", "text": "x"}, headers=JSON
    ) as r:
        assert r.status == 409
    engine.goto("pause")  # a step without phone input
    async with http.post(f"{url}/answer", data={"step": "pause", "text": "x"}, headers=JSON) as r:
        assert r.status == 409
    await _still_fine(url, engine, 0)


async def test_body_over_4kb_is_413(url: str, http: aiohttp.ClientSession, engine: Engine) -> None:
    await join(http, url)
    engine.goto("runde-2")
    big = {"step": "runde-2", "text": "x" * 5000}
    async with http.post(f"{url}/answer", data=big) as r:
        assert r.status == 413
        assert "zu groß" in await r.text()

    async def chunks():  # no Content-Length: the read limit catches it
        for _ in range(10):
            yield b"text=" + b"y" * 1000

    async with http.post(
        f"{url}/answer", data=chunks(), headers={**JSON, "Content-Type": "application/x-www-form-urlencoded"}
    ) as r:
        assert r.status == 413
        assert "zu groß" in (await r.json())["error"]
    await _still_fine(url, engine, 0)


@pytest.mark.parametrize(
    ("step", "fields", "message"),
    [
        ("runde-1", {"mood": "9"}, "Bitte einen Wert von 1 bis 5 wählen."),
        ("runde-1", {"mood": "viel"}, "Bitte einen Wert von 1 bis 5 wählen."),
        ("runde-1", {"mood": "0"}, "Bitte einen Wert von 1 bis 5 wählen."),
        ("runde-1", {}, "Bitte einen Wert auf der Skala wählen."),
        ("runde-1", {"mood": "3", "consent": "alle"}, "Bitte wählen, wer die Antwort sehen darf."),
        ("runde-2", {"text": "a" * 1001}, "Bitte höchstens 1000 Zeichen."),
        ("runde-2", {"text": "   "}, "Bitte einen Text eingeben."),
        (
            "anliegen",
            {"title": "Streit", "urgency": "sofort"},
            "Bitte „kann warten“, „mittel“ oder „dringend“ wählen.",
        ),
        ("anliegen", {"title": "t" * 121}, "Der Titel ist zu lang"),
        ("anliegen", {"title": ""}, "Bitte einen kurzen Titel"),
        ("fallberatung", {"phase": "vier", "text": "x"}, "Feld „phase“ ist ungültig."),
    ],
)
async def test_invalid_values_are_422(
    url: str, http: aiohttp.ClientSession, engine: Engine, step: str, fields: dict[str, str], message: str
) -> None:
    await join(http, url)
    engine.goto(step, 4 if step == "fallberatung" else 0)
    async with http.post(f"{url}/answer", data={"step": step, **fields}, headers=JSON) as r:
        assert r.status == 422
        assert message in (await r.json())["error"]
    async with http.post(f"{url}/answer", data={"step": step, **fields}) as r:
        assert r.status == 422
        html = await r.text()
    assert message in html
    assert "<form" in html  # the phone can correct it right there
    await _still_fine(url, engine, 0)


async def test_422_keeps_what_was_typed(url: str, http: aiohttp.ClientSession, engine: Engine) -> None:
    await join(http, url)
    engine.goto("runde-1")
    async with http.post(f"{url}/answer", data={"step": "runde-1", "text": "Mein Satz <i>dazu</i>"}) as r:
        assert r.status == 422
        assert "Mein Satz &lt;i&gt;dazu&lt;/i&gt;</textarea>" in await r.text()


async def test_more_than_ten_a_minute_is_429(url: str, http: aiohttp.ClientSession, engine: Engine) -> None:
    await join(http, url)
    engine.goto("runde-2")
    for i in range(10):
        async with http.post(f"{url}/answer", data={"step": "runde-2", "text": f"v{i}"}, headers=JSON) as r:
            assert r.status == 200
    async with http.post(f"{url}/answer", data={"step": "runde-2", "text": "v10"}, headers=JSON) as r:
        assert r.status == 429
        assert r.headers["Retry-After"] == "60"
        assert "Zu viele Eingaben" in (await r.json())["error"]
    async with http.post(f"{url}/answer", data={"step": "runde-2", "text": "v11"}) as r:
        assert r.status == 429 and "Bitte eine Minute warten" in await r.text()
    assert engine.session.answers[0].text == "v9"
    # Another phone is not affected.
    async with client() as other:
        await join(other, url)
        async with other.post(f"{url}/answer", data={"step": "runde-2", "text": "ok"}, headers=JSON) as r:
            assert r.status == 200
    await _still_fine(url, engine, 2)


async def test_rate_limit_falls_back_to_ip_without_device(
    server: LiveServer, url: str, engine: Engine
) -> None:
    engine.goto("runde-2")
    statuses = []
    for _ in range(32):  # fixture: 30 per minute and address
        async with client() as fresh, fresh.post(f"{url}/answer", data={"step": "runde-2", "text": "x"}) as r:
            statuses.append(r.status)
    assert statuses[:30] == [403] * 30
    assert statuses[30:] == [429, 429]
    async with client() as fresh:
        async with fresh.post(f"{url}/answer", data={"step": "runde-2"}) as r:
            assert "Bitte eine Minute warten" in await r.text()
        async with fresh.post(f"{url}/join", data={"confirm": "1"}) as r:
            assert r.status == 429
    assert engine.session.participants == []


async def test_answer_without_joining_is_403(url: str, engine: Engine) -> None:
    engine.goto("runde-2")
    async with client() as http:
        async with http.get(url):
            pass  # has a cookie now, but never confirmed
        async with http.post(f"{url}/answer", data={"step": "runde-2", "text": "x"}) as r:
            assert r.status == 403
            assert "Bitte bestätigen Sie zuerst die Schweigepflicht" in await r.text()
    assert engine.session.answers == []


@pytest.mark.parametrize(
    "body",
    [
        b"step=runde-2&text=\xff\xfe kaputt",
        b"step=runde-2&text=%FF%FE",
        b"step=runde-2&text=%C3%28",
        "step=runde-2&text=Grüße".encode("latin-1"),
    ],
)
async def test_non_utf8_is_400(url: str, http: aiohttp.ClientSession, engine: Engine, body: bytes) -> None:
    await join(http, url)
    engine.goto("runde-2")
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    async with http.post(f"{url}/answer", data=body, headers=headers) as r:
        assert r.status == 400
        assert "nicht als UTF-8 lesbar" in await r.text()
    async with http.post(f"{url}/answer", data=body, headers={**headers, **JSON}) as r:
        assert r.status == 400
        assert (await r.json()) == {
            "error": "Die Eingabe ist nicht als UTF-8 lesbar. Bitte erneut senden.",
            "status": 400,
        }
    await _still_fine(url, engine, 0)


async def test_unknown_content_type_is_400(url: str, http: aiohttp.ClientSession, engine: Engine) -> None:
    await join(http, url)
    engine.goto("runde-2")
    form = aiohttp.FormData({"step": "runde-2", "text": "x"})
    form.add_field("file", b"bin", filename="a.bin")  # forces multipart
    async with http.post(f"{url}/answer", data=form, headers=JSON) as r:
        assert r.status == 400
        assert "Unbekanntes Eingabeformat" in (await r.json())["error"]
    await _still_fine(url, engine, 0)


NASTY = (
    "Hallo\x1b[31mROT\x1b[0m \x1b]8;;http://evil.example\x07Link\x1b]8;;\x07 [bold red]fett[/] "
    "[link=https://evil.example]klick[/link] <script>alert(1)</script> <img src=x onerror=alert(2)> "
    "\x00\x07\x08\x7f\x9b31m\u202eUmgedreht\u202c Zeile1\r\nZeile2\ttab"
)


def test_clean_text_strips_controls_and_escapes_but_keeps_text() -> None:
    cleaned = clean_text(NASTY)
    assert not any(ord(c) < 32 and c != "\n" for c in cleaned)
    assert not any(0x7F <= ord(c) <= 0x9F for c in cleaned)
    assert "\u202e" not in cleaned
    assert "HalloROT Link [bold red]fett[/] [link=https://evil.example]klick[/link]" in cleaned
    assert "<script>alert(1)</script>" in cleaned
    assert "Zeile1\nZeile2 tab" in cleaned
    assert clean_text("Titel\nmit\nUmbruch", single_line=True) == "Titel mit Umbruch"


def _clean_every_time(value: str, single_line: bool) -> str:
    """`clean_text` without its shortcut for printable text: every replacement and pattern, always."""
    if not value:
        return value
    value = re.sub("\r\n|[\r\u2028\u2029]", "\n", value)
    value = forms._CONTROL.sub("", forms._ESC_SEQ.sub("", value)).replace("\t", " ")
    return " ".join(value.split()) if single_line else value


# Printable text, text with the characters the patterns remove, and both mixed.
_RISKY = "\x1b\x9b\x90\x9d\x07\x00\t\r\n\u2028\u2029\u200b\u202e\u2066\ufeff\x7f\xa0 []\\;"


@given(
    st.text(st.one_of(st.characters(), st.sampled_from(_RISKY)), max_size=60),
    st.booleans(),
)
def test_clean_text_shortcut_gives_what_the_patterns_give(value: str, single_line: bool) -> None:
    assert clean_text(value, single_line=single_line) == _clean_every_time(value, single_line)


async def test_markup_and_control_characters_are_stored_as_harmless_text(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    await join(http, url)
    engine.goto("runde-2")
    async with http.post(f"{url}/answer", data={"step": "runde-2", "text": NASTY, "consent": "quote"}) as r:
        assert r.status == 200
        html = await r.text()
    [answer] = engine.session.answers
    assert "\x1b" not in answer.text and "\x00" not in answer.text and "\x9b" not in answer.text
    assert "[bold red]fett[/]" in answer.text  # kept literally; the TUI escapes Rich markup
    assert "<script>alert(1)</script>" in answer.text  # kept as text …
    assert "<script>alert" not in html and "<img src=x" not in html  # … and never interpreted here
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "\x1b" not in journal_text(engine)
    async with http.get(f"{url}?edit=1") as r:
        edit = await r.text()
    assert "<script>alert" not in edit and "&lt;img src=x onerror=alert(2)&gt;" in edit
    await _still_fine(url, engine, 1)


async def test_intake_title_is_single_line(url: str, http: aiohttp.ClientSession, engine: Engine) -> None:
    await join(http, url)
    engine.goto("anliegen")
    data = {"step": "anliegen", "title": "Streit\r\nim\x1b[2J Amt", "urgency": "medium"}
    async with http.post(f"{url}/answer", data=data, headers=JSON) as r:
        assert r.status == 200
    assert engine.session.answers[0].title == "Streit im Amt"


async def test_phones_never_see_other_answers(url: str, engine: Engine) -> None:
    engine.goto("runde-2")
    async with client() as alice, client() as bob:
        await join(alice, url)
        await join(bob, url)
        async with alice.post(
            f"{url}/answer", data={"step": "runde-2", "text": "GEHEIM-ALICE", "consent": "quote"}
        ) as r:
            assert "GEHEIM-ALICE" in await r.text()  # her own, on her own page
        async with bob.post(f"{url}/answer", data={"step": "runde-2", "text": "bob-antwort"}) as r:
            seen = [await r.text()]
        for path in ("", "?edit=1", "/step.json", "?lang=en"):
            async with bob.get(url + path) as r:
                seen.append(await r.text())
        async with bob.get(f"{url}/events") as r:
            seen.append(
                (await r.content.readuntil(b"\n\n")).decode() + (await r.content.readuntil(b"\n\n")).decode()
            )
        engine.goto("runde-1")
        async with bob.post(f"{url}/answer", data={"step": "runde-2", "text": "spät"}, headers=JSON) as r:
            seen.append(await r.text())  # the 409 carries the step, not the room's answers
    assert all("GEHEIM-ALICE" not in page and ">T1<" not in page and '"T1"' not in page for page in seen)
    assert any("bob-antwort" in page for page in seen)
