"""A late answer over real HTTP: the question changed before Senden arrived (a phone without JavaScript).

The refusal (409) keeps what was typed, escaped, says the question changed, and offers it to the current
question only where that takes the same kind of input; sending that offer stores it once. Nothing is
ever stored for a question it was not typed for.
"""

from __future__ import annotations

import re

import aiohttp

from supervision_tui.engine import Engine
from supervision_tui.models import Consent

from .helpers import form_fields, form_nonce, join

TEXT = 'Danke </textarea><script>alert("x")</script> & <b>mehr</b>'


def _late_block(html: str) -> str:
    match = re.search(r'<section class="box late">(.*?)</section>', html, re.S)
    assert match, html
    return match.group(1)


async def test_a_late_text_comes_back_escaped_with_a_form_for_the_current_question_and_is_stored_once(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    await join(http, url)
    engine.goto("runde-2")
    nonce = await form_nonce(http, url)
    engine.goto("abschluss")  # the supervisor moved on while the phone typed
    late = {"step": "runde-2", "text": TEXT, "consent": "quote", "private_talk": "1", "nonce": nonce}
    async with http.post(f"{url}/answer", data=late) as r:
        assert r.status == 409
        html = await r.text()
    assert engine.session.answers == []  # refused: nothing for either question
    escaped = (
        "Danke &lt;/textarea&gt;&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;mehr&lt;/b&gt;"
    )
    assert "<script>alert" not in html and "</textarea><script>" not in html
    block = _late_block(html)
    assert "Die Frage hat gewechselt" in html
    assert "Ihre Antwort auf „Was läuft gut? Was war Ihr Glitzermoment?“" in block
    assert f'<textarea id="late-text" readonly rows="3">{escaped}</textarea>' in block
    assert '<h1 tabindex="-1">Was nehme ich mit?</h1>' in html  # the new question
    offer = form_fields(html)
    assert offer is not None
    assert offer["step"] == "abschluss" and offer["nonce"] != nonce  # the current step, a fresh nonce
    assert (offer["text"], offer["consent"], offer["private_talk"]) == (TEXT, "quote", "1")
    assert ">An die neue Frage senden</button>" in html

    for _ in range(2):  # the same form twice (a double tap, a lost reply): stored once
        async with http.post(f"{url}/answer", data=offer, allow_redirects=False) as r:
            assert r.status == 303
    (answer,) = engine.session.answers
    assert (answer.step_id, answer.text, answer.consent, answer.private_talk, answer.revision) == (
        "abschluss",
        TEXT,
        Consent.QUOTE,
        True,
        1,
    )


async def test_a_late_mood_for_a_question_of_another_kind_is_kept_to_copy_and_not_offered(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    await join(http, url)
    engine.goto("runde-1")
    engine.goto("runde-2")  # mood → free text: the mood has no place there
    late = {"step": "runde-1", "mood": "4", "text": "Müde, aber da.", "consent": "quote", "private_talk": "1"}
    async with http.post(f"{url}/answer", data=late) as r:
        assert r.status == 409
        html = await r.text()
    block = _late_block(html)
    assert "Ihre Antwort auf „Wie geht es Ihnen?“" in block and "Stimmung: 4 – gut" in block
    assert '<textarea id="late-text" readonly rows="3">Müde, aber da.</textarea>' in block
    assert "andere Eingabe" in block
    current = form_fields(html)
    assert current is not None and current["step"] == "runde-2"
    assert current["text"] == "" and "mood" not in current  # not filled in: a different question
    assert (current["consent"], current["private_talk"]) == ("quote", "1")  # the phone's choices carry
    assert ">Senden</button>" in html
    assert engine.session.answers == []


async def test_a_late_text_when_no_question_is_open_is_kept_to_copy(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    await join(http, url)
    engine.goto("runde-2")
    engine.goto("pause")
    async with http.post(f"{url}/answer", data={"step": "runde-2", "text": "Ein Lächeln."}) as r:
        assert r.status == 409
        html = await r.text()
    block = _late_block(html)
    assert ">Ein Lächeln.</textarea>" in block and "Gerade gibt es keine Frage" in block
    assert form_fields(html) is None and 'data-keep="1"' in html  # live.js keeps this page
    assert engine.session.answers == []


async def test_a_late_text_offered_where_the_phone_has_answered_says_it_replaces_that_answer(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    await join(http, url)
    engine.goto("abschluss")
    async with http.post(f"{url}/answer", data={"step": "abschluss", "text": "Zuerst."}) as r:
        assert r.status == 200
    async with http.post(f"{url}/answer", data={"step": "runde-2", "text": "Später."}) as r:
        assert r.status == 409
        html = await r.text()
    assert "ersetzt Ihre bisherige Antwort" in _late_block(html)
    offer = form_fields(html)
    assert offer is not None and offer["text"] == "Später."
    assert [a.text for a in engine.session.answers] == ["Zuerst."]  # until the phone sends it


async def test_a_late_submit_with_nothing_typed_gets_the_plain_notice(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    await join(http, url)
    engine.goto("runde-2")
    async with http.post(f"{url}/answer", data={"step": "runde-1"}) as r:
        assert r.status == 409
        html = await r.text()
    assert "Die Runde hat gewechselt" in html and 'class="box late"' not in html


async def test_the_late_page_in_english(url: str, http: aiohttp.ClientSession, engine: Engine) -> None:
    await join(http, url)
    engine.goto("abschluss")
    async with http.post(f"{url}/answer?lang=en", data={"step": "runde-2", "text": "Late."}) as r:
        assert r.status == 409
        html = await r.text()
    assert "The question changed before your answer arrived" in html
    assert ">Send to the new question</button>" in html


async def test_a_late_answer_for_a_step_the_agenda_does_not_know_is_kept_by_what_it_holds(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    await join(http, url)
    engine.goto("runde-2")
    async with http.post(f"{url}/answer", data={"step": "alt", "phase": "7", "text": "Noch da."}) as r:
        assert r.status == 409
        html = await r.text()
    block = _late_block(html)
    assert "Ihre Antwort:" in block and ">Noch da.</textarea>" in block
    offer = form_fields(html)  # free text, and the current question takes free text
    assert offer is not None and offer["step"] == "runde-2" and offer["text"] == "Noch da."
    assert engine.session.answers == []


async def test_a_late_idea_from_a_case_phase_names_its_question_and_is_offered_to_a_text_question(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    await join(http, url)
    engine.goto("abschluss")
    data = {"step": "fallberatung", "phase": "4", "text": "Feste Sprechzeiten?"}
    async with http.post(f"{url}/answer", data=data) as r:
        assert r.status == 409
        html = await r.text()
    assert "Ihre Antwort auf „Ihre Idee oder Frage zum Fall“" in _late_block(html)
    offer = form_fields(html)
    assert offer is not None and (offer["step"], offer["text"]) == ("abschluss", "Feste Sprechzeiten?")


async def test_an_answer_that_arrives_after_the_end_keeps_its_text(
    url: str, http: aiohttp.ClientSession, engine: Engine
) -> None:
    await join(http, url)
    engine.goto("runde-2")
    sent = {"step": "runde-2", "text": "Noch <b>schnell</b> getippt", "nonce": await form_nonce(http, url)}
    engine.end()
    async with http.post(f"{url}/answer", data=sent) as r:
        assert r.status == 404
        html = await r.text()
    assert "Die Sitzung ist beendet, bevor Ihre Antwort ankam" in html
    block = _late_block(html)
    assert "Noch &lt;b&gt;schnell&lt;/b&gt; getippt" in block and "<b>schnell" not in html
    async with http.post(f"{url}/answer", data=sent, headers={"Accept": "application/json"}) as r:
        assert r.status == 404 and "beendet" in (await r.json())["error"]
    assert engine.session.answers == []
