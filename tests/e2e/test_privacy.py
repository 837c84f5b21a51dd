"""End to end: answers full of identifiers go through the real form server into the running TUI.

Afterwards the journal, the session file and the text on the projection are searched for every
identifier (and its distinctive parts); none may be found.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import aiohttp

from supervision_tui.models import Moderation
from supervision_tui.tui.app import SupervisionApp

# (what a volunteer types, the parts of it that must never be readable again)
IDENTIFIERS = [
    ("Frau Amina Haddad", ["Amina", "Haddad"]),
    ("Herrn Tesfaye Gebremedhin", ["Tesfaye", "Gebremedhin"]),
    ("0176 23456789", ["23456789"]),
    ("+49 3941 123456", ["3941 123456", "123456"]),
    ("amina.haddad@web.de", ["amina.haddad", "web.de"]),
    ("Kirchgasse 4", ["Kirchgasse"]),
    ("38820 Halberstadt", ["38820"]),
    ("DE89 3704 0044 0532 0130 00", ["3704 0044", "0532 0130"]),
    ("07.11.1992", ["07.11.1992", "1992"]),
    ("Az. 31-22/2024", ["31-22/2024"]),
    ("QLB-T 88", ["QLB-T"]),
]
TEXTS = [
    "Ich war mit Frau Amina Haddad beim Jobcenter, ihre Nummer ist 0176 23456789.",
    "Herrn Tesfaye Gebremedhin erreicht man unter +49 3941 123456 oder amina.haddad@web.de.",
    "Die Familie wohnt in der Kirchgasse 4, 38820 Halberstadt, geb. 07.11.1992.",
    "Bescheid Az. 31-22/2024, Konto DE89 3704 0044 0532 0130 00, Auto QLB-T 88.",
]


# Machine-written values (timestamps, hashes, answer ids) may contain digit runs such as "1992" by
# chance ("23.199263Z"); they are blanked before the search so the test fails only on real leaks.
_MACHINE = re.compile(r"\d{4}-\d\d-\d\dT[\d:.]+Z|\b[0-9a-f]{32}\b|\ba[0-9a-f]{8}\b")


def _screen_text(app: SupervisionApp) -> str:
    svg = app.export_screenshot()
    text = html.unescape(re.sub(r"<[^>]+>", "", svg)).replace("\xa0", " ")
    return " ".join(text.split())


async def test_identifiers_never_reach_disk_or_projection(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    app = SupervisionApp(sessions, template="gruppensupervision-integrationslotsen", host="127.0.0.1", port=0)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await app.servers_started()  # the form server starts after the first frame
        engine, server = app.engine, app.server
        assert engine is not None and server is not None and server.url
        base = f"http://127.0.0.1:{server.port}" + server.url.split(str(server.port), 1)[1]

        await pilot.press("pagedown", "pagedown")  # to the Glitzermoment round (free text)
        await pilot.pause()
        assert engine.position.step.id == "runde-2"
        for i, text in enumerate(TEXTS):
            # unsafe=True: aiohttp keeps no cookies from bare IP addresses otherwise (browsers do)
            jar = aiohttp.CookieJar(unsafe=True)
            async with aiohttp.ClientSession(headers={"Accept": "application/json"}, cookie_jar=jar) as phone:
                async with phone.post(f"{base}/join", data={"confirm": "1"}) as r:
                    assert r.status == 200, await r.text()
                fields = {"step": "runde-2", "text": text, "consent": "quote", "nonce": f"n{i:08d}"}
                async with phone.post(f"{base}/answer", data=fields) as r:
                    assert r.status == 200, await r.text()
        assert len(engine.session.answers) == len(TEXTS)
        for answer in engine.session.answers:
            engine.moderate(answer.id, Moderation.APPROVED)
        await pilot.pause(0.3)

        projected = _screen_text(app)
        # The projection really shows the answers (so the search below is meaningful) …
        assert "Jobcenter" in projected
        assert len(engine.projected()) == len(TEXTS)
        # … and none of the identifiers.
        for typed, parts in IDENTIFIERS:
            for part in [typed, *parts]:
                assert part not in projected, f"{part!r} is readable on the projection"

        journal = next((sessions / "running").glob("*.journal.jsonl")).read_text(encoding="utf-8")
        assert "Jobcenter" in journal
        app.end_session()
        await pilot.pause()

    stored = next(sessions.glob("*.json")).read_text(encoding="utf-8")
    assert "Jobcenter" in stored
    for where, content in (
        ("journal", _MACHINE.sub("", journal)),
        ("session file", _MACHINE.sub("", stored)),
    ):
        for typed, parts in IDENTIFIERS:
            for part in [typed, *parts]:
                assert part not in content, f"{part!r} is readable in the {where}"
