"""The form layer's edges over real HTTP: what survived the mutation audit of `live/forms.py` (issue #15).

After a 422 the phone's own choices come back ticked, the private-talk box reaches the engine, line and
paragraph separators become newlines, and the field and size caps answer in German without a crash.
"""

from __future__ import annotations

import re

import aiohttp
import pytest

from supervision_tui.engine import Engine
from supervision_tui.live.forms import MAX_BODY, FormError, answer_from_form, clean_text, decode_form, typed
from supervision_tui.live.i18n import phrase

from .helpers import JSON, client, join

FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def _checked(html: str, name: str) -> list[str]:
    """The values of the ticked inputs called `name` in a rendered form."""
    inputs = re.findall(r"<input[^>]*>", html)
    return [
        re.search(r'value="([^"]*)"', tag).group(1)  # type: ignore[union-attr]
        for tag in inputs
        if f'name="{name}"' in tag and re.search(r"\schecked\b", tag)
    ]


async def _still_serving(url: str) -> None:
    async with client() as other, other.get(url) as r:
        assert r.status == 200


@pytest.mark.parametrize("consent", ["private", "quote"])
async def test_after_a_422_the_phone_sees_its_own_consent_ticked(
    url: str, http: aiohttp.ClientSession, engine: Engine, consent: str
) -> None:
    await join(http, url)
    engine.goto("runde-1")
    data = {"step": "runde-1", "mood": "9", "text": "mein Satz", "consent": consent}
    async with http.post(f"{url}/answer", data=data) as r:
        assert r.status == 422
        html = await r.text()
    assert "Bitte einen Wert von 1 bis 5 wählen." in html
    assert _checked(html, "consent") == [consent]
    assert _checked(html, "private_talk") == []
    assert engine.session.answers == []


async def test_after_a_422_the_private_talk_box_stays_ticked(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    await join(http, url)
    engine.goto("runde-1")
    data = {"step": "runde-1", "mood": "0", "private_talk": "1", "consent": "private"}
    async with http.post(f"{url}/answer", data=data) as r:
        assert r.status == 422
        html = await r.text()
    assert _checked(html, "private_talk") == ["1"]
    assert _checked(html, "consent") == ["private"]


@pytest.mark.parametrize(
    ("step", "fields", "ticked", "kept"),
    [
        (
            "runde-1",
            {"mood": "3", "text": "Mein <b>Satz</b>", "consent": "alle"},
            {"mood": ["3"]},
            "Mein &lt;b&gt;Satz&lt;/b&gt;</textarea>",
        ),
        ("runde-2", {"text": "a" * 1001}, {"consent": ["private"]}, ">" + "a" * 1000 + "</textarea>"),
        (
            "anliegen",
            {"title": "t" * 121, "urgency": "high"},
            {"urgency": ["high"]},
            'value="' + "t" * 120 + '"',
        ),
        (
            "anliegen",
            {"title": "Streit\nim Amt", "urgency": "sofort"},
            {"urgency": ["medium"]},
            'value="Streit im Amt"',
        ),
    ],
)
async def test_after_a_422_from_the_form_layer_what_was_typed_comes_back(
    url: str,
    http: aiohttp.ClientSession,
    engine: Engine,
    step: str,
    fields: dict[str, str],
    ticked,
    kept: str,
) -> None:
    await join(http, url)
    engine.goto(step)
    async with http.post(f"{url}/answer", data={"step": step, **fields}) as r:
        assert r.status == 422
        html = await r.text()
    for name, values in ticked.items():
        assert _checked(html, name) == values
    assert kept in html


def test_typed_keeps_only_values_the_form_offers() -> None:
    assert [typed({"mood": m})["mood"] for m in ("1", "2", "3", "4", "5", "0", "6", "x")] == [
        1,
        2,
        3,
        4,
        5,
        None,
        None,
        None,
    ]
    assert [typed({"urgency": u})["urgency"] for u in ("low", "medium", "high", "sofort")] == [
        "low",
        "medium",
        "high",
        None,
    ]
    assert typed({})["text"] == "" and typed({})["title"] == "" and typed({})["mood"] is None
    assert typed({})["consent"] == "private" and typed({"consent": "quote"})["consent"] == "quote"
    assert typed({"private_talk": " Ja "})["private_talk"] is True and typed({})["private_talk"] is False
    assert typed({"text": "x\x1b[2Jy" + "z" * 2000})["text"] == "xy" + "z" * 998
    assert typed({"title": "a\nb" + "c" * 200})["title"] == "a b" + "c" * 117


async def test_the_private_talk_box_reaches_the_engine_as_a_talk_request(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    await join(http, url)
    engine.goto("runde-2")
    # no text at all: the request alone is an answer
    async with http.post(f"{url}/answer", data={"step": "runde-2", "private_talk": "1"}, headers=JSON) as r:
        assert r.status == 200, await r.text()
    [answer] = engine.session.answers
    assert answer.private_talk and answer.text == ""
    assert engine.private_talk_requests() == [answer.participant]


@pytest.mark.parametrize(
    ("value", "wanted"),
    [("1", True), ("on", True), ("true", True), ("yes", True), (" Ja ", True), ("", False), ("0", False)],
)
def test_what_counts_as_a_ticked_box(value: str, wanted: bool) -> None:
    data = answer_from_form({"step": "runde-2", "text": "x", "private_talk": value}, "de")
    assert data.private_talk is wanted


async def test_line_and_paragraph_separators_become_newlines(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    await join(http, url)
    engine.goto("runde-2")
    text = "Zeile 1\u2028Zeile 2\u2029Zeile 3"
    async with http.post(f"{url}/answer", data={"step": "runde-2", "text": text}, headers=JSON) as r:
        assert r.status == 200
    assert engine.session.answers[0].text == "Zeile 1\nZeile 2\nZeile 3"


@pytest.mark.parametrize(
    ("value", "cleaned"),
    [
        ("a\u2028b", "a\nb"),
        ("a\u2029b", "a\nb"),
        ("\u2028\u2029", "\n\n"),
        ("x\r\u2028y", "x\n\ny"),
        ("a\u2028\x1b[31mb", "a\nb"),
    ],
)
def test_clean_text_turns_unicode_separators_into_newlines(value: str, cleaned: str) -> None:
    assert clean_text(value) == cleaned
    assert clean_text(value, single_line=True) == " ".join(cleaned.split())


def _body(fields: int, size: int | None = None) -> bytes:
    """A valid answer for runde-2 with `fields` fields in all, padded to `size` bytes if given."""
    pairs = ["step=runde-2", "text=hallo"] + [f"f{i}=1" for i in range(fields - 2)]
    body = "&".join(pairs).encode()
    if size is not None:
        body += b"&pad=" + b"p" * (size - len(body) - 5)
        assert len(body) == size
    return body


async def test_forty_fields_are_fine_and_the_forty_first_is_a_clear_400(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    await join(http, url)
    engine.goto("runde-2")
    async with http.post(f"{url}/answer", data=_body(41), headers={**FORM, **JSON}) as r:
        assert r.status == 400
        assert (await r.json())["error"] == "Unbekanntes Eingabeformat. Bitte das Formular benutzen."
    async with http.post(f"{url}/answer", data=_body(41), headers=FORM) as r:
        assert r.status == 400
        assert "Unbekanntes Eingabeformat" in await r.text()
    assert engine.session.answers == []
    async with http.post(f"{url}/answer", data=_body(40), headers={**FORM, **JSON}) as r:
        assert r.status == 200, await r.text()
    assert [a.text for a in engine.session.answers] == ["hallo"]
    await _still_serving(url)


async def test_a_body_of_4096_bytes_is_fine_and_one_more_byte_is_a_clear_413(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    await join(http, url)
    engine.goto("runde-2")
    assert MAX_BODY == 4096
    async with http.post(f"{url}/answer", data=_body(3, MAX_BODY + 1), headers={**FORM, **JSON}) as r:
        assert r.status == 413
        assert (await r.json())["error"] == "Die Eingabe ist zu groß (höchstens 4 KB). Bitte kürzer fassen."
    assert engine.session.answers == []
    async with http.post(f"{url}/answer", data=_body(3, MAX_BODY), headers={**FORM, **JSON}) as r:
        assert r.status == 200, await r.text()
    assert [a.text for a in engine.session.answers] == ["hallo"]
    await _still_serving(url)


def test_a_field_over_4096_characters_is_a_413_even_without_the_servers_body_cap() -> None:
    # Over HTTP the server's 4096-byte body cap answers first; this cap keeps `answer_from_form`
    # safe for any other caller.
    fine = answer_from_form({"step": "runde-2", "text": "x", "pad": "p" * 4096}, "de")
    assert fine.text == "x"
    with pytest.raises(FormError) as info:
        answer_from_form({"step": "runde-2", "text": "x", "pad": "p" * 4097}, "de")
    assert info.value.status == 413
    assert info.value.message == "Die Eingabe ist zu groß (höchstens 4 KB). Bitte kürzer fassen."


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize(
    ("fields", "keys"),
    [
        ({"mood": "9"}, ["error.mood"]),
        ({"text": "a" * 1001}, ["error.text.too_long"]),
        ({"title": "t" * 121}, ["error.title_long"]),
        ({"urgency": "sofort"}, ["error.urgency"]),
        ({"consent": "alle"}, ["error.consent"]),
        ({"step": "s" * 81}, ["error.step"]),
        ({"phase": "51"}, ["error.field"]),
        ({"mood": "viel"}, ["error.mood"]),
        (
            {"phase": "vier"},
            ["error.field"],
        ),  # a number, but out of range: pydantic's error, not _int_or_none's
        ({"mood": "0", "consent": "alle"}, ["error.mood", "error.consent"]),
    ],
)
def test_each_invalid_field_has_its_own_message_in_the_phones_language(
    lang: str, fields: dict[str, str], keys: list[str]
) -> None:
    with pytest.raises(FormError) as info:
        answer_from_form({"step": "runde-1", **fields}, lang, max_chars=1000)
    assert info.value.status == 422
    limits = {"error.title_long": 120}  # the title's own limit (AnswerInput.title), else the prompt's
    assert info.value.message == " ".join(
        phrase(lang, key, max=limits.get(key, 1000), field="phase") for key in keys
    )


def test_blank_numbers_are_no_answer_and_numbers_are_decimal() -> None:
    blank = answer_from_form({"step": "runde-2", "text": "x", "mood": " ", "phase": ""}, "de")
    assert blank.mood is None and blank.phase is None
    assert answer_from_form({"step": "fallberatung", "text": "x", "phase": " 10 "}, "de").phase == 10


def test_the_step_is_read_as_one_trimmed_line() -> None:
    assert answer_from_form({"step": " runde-2\r\n", "text": "x"}, "de").step_id == "runde-2"


def test_decoding_keeps_the_first_value_even_a_blank_one_and_speaks_the_phones_language() -> None:
    assert decode_form(b"text=&text=zweiter&mood=3", "application/x-www-form-urlencoded", "de") == {
        "text": "",
        "mood": "3",
    }
    for body, content_type, key in [
        (b"text=x", "text/plain", "error.format"),
        (b"&".join([b"f=1"] * 41), "", "error.format"),
        (b"text=\xff", "", "error.encoding"),
    ]:
        with pytest.raises(FormError) as info:
            decode_form(body, content_type, "en")
        assert (info.value.status, info.value.message) == (400, phrase("en", key))
    with pytest.raises(FormError) as too_large:
        answer_from_form({"step": "runde-2", "pad": "p" * 4097}, "en")
    assert too_large.value.message == phrase("en", "error.too_large")


def test_a_mood_answer_has_no_title_and_no_text() -> None:
    data = answer_from_form({"step": "runde-1", "mood": "3"}, "de")
    assert (data.mood, data.title, data.text, data.private_talk) == (3, "", "", False)


def test_printable_text_keeps_its_spaces_and_a_single_line_collapses_them() -> None:
    assert clean_text("zwei  Leerzeichen") == "zwei  Leerzeichen"
    assert clean_text(" zwei  Leerzeichen ", single_line=True) == "zwei Leerzeichen"


@pytest.mark.parametrize(("max_chars", "named"), [(300, "300"), (None, "1000")])
def test_a_text_past_the_forms_limit_names_the_prompts_limit_else_the_forms(
    max_chars: int | None, named: str
) -> None:
    # The server passes the prompt's own (shorter) limit, so the phone is told the number that applies
    # to this question; another caller gets the form's own 1000.
    with pytest.raises(FormError) as info:
        answer_from_form({"step": "runde-2", "text": "x" * 1001}, "de", max_chars)
    assert info.value.status == 422
    assert re.findall(r"\d+", info.value.message) == [named], info.value.message
