"""One window only (a mirrored projector): the console paints nothing private unless asked.

Every step exports what the terminal shows (`shown_text`, from `export_screenshot()`) and searches it
for what the room must not see: private answers, one-to-one requests (the word and the T-code that
asked), pending texts, typed identifiers and the pseudonym mapping. They may appear only after the
deliberate Enter behind the cover "Beamer-Ansicht verdeckt", which the tests also press, so that the
searches are shown to look at the right place.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from pathlib import Path

import aiohttp
from textual.pilot import Pilot

from supervision_tui.models import Moderation
from supervision_tui.tui.app import SupervisionApp
from supervision_tui.tui.dialogs import AgreementsDialog, ModerationScreen, NoteReviewDialog
from supervision_tui.tui.screens.case import CaseScreen
from supervision_tui.tui.screens.closing import ClosingScreen
from supervision_tui.tui.screens.intake import IntakeScreen
from supervision_tui.tui.screens.round import RoundScreen

from .helpers import follow_feed, open_queue, shown_text, static_text, until

COVER = "Beamer-Ansicht verdeckt"
PRIVATE_ANSWER = "Seit dem Brand schlafe ich kaum noch"
PENDING_ANSWER = "Der Deutschkurs hat endlich einen Platz frei"
QUOTED_ANSWER = "Die Familie hat eine Wohnung gefunden"
NOTE = "Frau Petrović ruft T5 auch sonntags an, Handy 0157 98765432. Wohnt in der Lindenstraße 12 in Enger."
# Distinctive parts of the note's identifiers: a prefix also catches them half typed.
NOTE_IDENTIFIERS = ["Petrovi", "0157", "98765432", "Lindenstr", "Enger"]
MAPPING = "→ [Person"


def assert_nothing_private(text: str, *, requester: str = "", extra: tuple[str, ...] = ()) -> None:
    """`text` is what the shared screen shows; none of the private things may be in it."""
    for private in (PRIVATE_ANSWER, PENDING_ANSWER, "Einzelgespräch", MAPPING, *extra):
        assert private not in text, f"{private!r} is painted on the shared screen:\n{text}"
    if requester:
        assert not re.search(rf"\b{requester}\b", text), f"{requester} (asked for a talk) is painted:\n{text}"


async def _phone_answers(base: str, device: int, **fields: str) -> None:
    # unsafe=True: aiohttp keeps no cookies from bare IP addresses otherwise (browsers do)
    jar = aiohttp.CookieJar(unsafe=True)
    async with aiohttp.ClientSession(headers={"Accept": "application/json"}, cookie_jar=jar) as phone:
        async with phone.post(f"{base}/join", data={"confirm": "1"}) as response:
            assert response.status == 200, await response.text()
        if fields:
            data = {"step": "runde-2", "nonce": f"n{device:08d}", **fields}
            async with phone.post(f"{base}/answer", data=data) as response:
                assert response.status == 200, await response.text()


async def test_queue_and_one_to_one_requests_only_behind_the_cover(make_app) -> None:
    app: SupervisionApp = make_app(start_server=True, host="127.0.0.1", port=0, public_url=None)
    async with app.run_test(size=(160, 45)) as pilot:  # room for the answer cards under the question
        await pilot.pause()
        await app.servers_started()  # the form server starts after the first frame
        engine, server = app.engine, app.server
        assert engine is not None and server is not None and server.local_url
        await pilot.press("pagedown", "pagedown")  # the Glitzermoment round: free text, moderated
        await pilot.pause()
        assert engine.position.step.id == "runde-2"

        await _phone_answers(server.local_url, 1, text=QUOTED_ANSWER, consent="quote")
        await _phone_answers(server.local_url, 2, text=PRIVATE_ANSWER, consent="private", private_talk="1")
        await _phone_answers(server.local_url, 3, text=PENDING_ANSWER, consent="quote")
        await pilot.pause(0.2)
        requester = engine.private_talk_requests()
        assert requester == ["T2"]
        assert len(engine.pending()) == 3
        shared = shown_text(app)
        # a count of quotable answers waiting is no secret; the private one never waits, so it is not counted
        assert "2 warten auf Freigabe" in shared
        assert_nothing_private(shared, requester="T2", extra=(QUOTED_ANSWER,))

        # m: the cover first, never the queue
        await pilot.press("m")
        await pilot.pause()
        assert not isinstance(app.screen, ModerationScreen)
        covered = shown_text(app)
        assert COVER in covered
        assert "Enter" in covered and "Esc" in covered
        assert_nothing_private(covered, requester="T2", extra=(QUOTED_ANSWER, "Freigabe – nur für Sie"))

        # Esc on the cover: back to the round, nothing revealed
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, RoundScreen)
        assert_nothing_private(shown_text(app), requester="T2")

        # m, Enter: the deliberate reveal shows the queue with everything private in it
        await open_queue(pilot)
        revealed = shown_text(app)
        assert PRIVATE_ANSWER in revealed and PENDING_ANSWER in revealed
        assert "Einzelgespräch gewünscht von: T2" in revealed

        # the queue works as before: approve, hide, moderation on/off
        for answer in engine.review_queue():  # in the queue's order: what may be shown first, then private
            # the highlight stays on a decided answer; ↓ goes to the next one
            await pilot.press("f" if answer.text != PENDING_ANSWER else "v", "down")
            await pilot.pause()
        states = {a.text: a.moderation for a in engine.session.answers_for("runde-2")}
        assert states[QUOTED_ANSWER] is Moderation.APPROVED
        assert states[PENDING_ANSWER] is Moderation.HIDDEN
        await pilot.press("o")
        await pilot.pause()
        assert not engine.moderated(engine.position.step)
        await pilot.press("o", "escape")
        await pilot.pause()
        assert engine.moderated(engine.position.step)

        assert isinstance(app.screen, RoundScreen)
        shared = shown_text(app)
        assert QUOTED_ANSWER in shared  # the approved, quotable answer is projected …
        assert_nothing_private(shared, requester="T2")  # … the private one and the request are not

        # A later request (a tap, no text) shows up nowhere on the shared screen either.
        await _phone_answers(server.local_url, 4, consent="private", private_talk="1")
        await pilot.pause(0.2)
        assert engine.private_talk_requests() == ["T2", "T4"]
        assert_nothing_private(shown_text(app), requester="T4")


async def _type(pilot: Pilot, app: SupervisionApp, text: str, forbidden: list[str]) -> None:
    """Type `text` key by key; after every key the shared screen shows none of `forbidden`."""
    for index, char in enumerate(text):
        await pilot.press(char)
        shown = shown_text(app)
        for part in forbidden:
            assert part not in shown, f"{part!r} painted after typing {text[: index + 1]!r}:\n{shown}"
        assert MAPPING not in shown


async def test_typing_a_note_shows_only_the_anonymized_preview(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        engine = app.engine
        assert engine is not None
        engine.goto("fallberatung", "Spontanerzählung")  # the case discussion
        await pilot.pause()
        assert isinstance(app.screen, CaseScreen)
        await pilot.press("e")
        await _type(pilot, app, NOTE, NOTE_IDENTIFIERS)
        shared = shown_text(app)
        # The preview is the anonymizer's result, so the supervisor still sees what she wrote.
        assert "Frau [Person A] ruft T5 auch sonntags an, Handy [Telefon]." in shared
        assert "[Adresse]" in shared
        assert not engine.session.notes

        # Strg+S: the review would show the original and the mapping, so the cover comes first.
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, NoteReviewDialog)
        covered = shown_text(app)
        assert COVER in covered
        for part in NOTE_IDENTIFIERS:
            assert part not in covered
        assert "[Person A]" not in covered  # the cover is opaque: nothing of the screen below

        await pilot.press("escape")  # back to the note, still only in memory
        await pilot.pause()
        assert isinstance(app.screen, CaseScreen)
        assert not engine.session.notes
        for part in NOTE_IDENTIFIERS:
            assert part not in shown_text(app)

        await pilot.press("ctrl+s", "enter")  # the deliberate reveal
        await pilot.pause()
        assert isinstance(app.screen, NoteReviewDialog)
        revealed = shown_text(app)
        assert "Petrović → [Person A]" in revealed and "Enger" in revealed
        # The anonymizer misses the town "Enger": the supervisor marks it here, behind the cover.
        await pilot.press("tab")
        await pilot.press(*"Enger", "enter")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()

        assert isinstance(app.screen, CaseScreen)
        note = engine.session.notes[-1].text
        assert note.startswith("Frau [Person A] ruft T5") and "Enger" not in note
        shared = shown_text(app)
        assert "Frau [Person A] ruft T5" in shared  # the saved note, anonymized
        for part in NOTE_IDENTIFIERS:
            assert part not in shared, f"{part!r} is painted after saving:\n{shared}"
        assert MAPPING not in shared


async def test_typing_an_agreement_and_a_concern_shows_only_the_anonymized_preview(make_app) -> None:
    agreement = "Frau Petrović bekommt die Liste, Handy 0157 98765432 ist notiert. "
    concern = "Streit mit Herrn Petrović "
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        engine = app.engine
        assert engine is not None
        engine.goto("anliegen")  # Anliegen sammeln
        await pilot.pause()
        assert isinstance(app.screen, IntakeScreen)
        await pilot.press("a")
        await _type(pilot, app, concern, ["Petrovi"])
        assert "Streit mit Herrn [Person A]" in shown_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert [c.title.strip() for c in engine.session.cases] == ["Streit mit Herrn [Person A]"]

        engine.goto("abschluss")
        await pilot.pause()
        assert isinstance(app.screen, ClosingScreen)
        await pilot.press("v")
        await _type(pilot, app, agreement, ["Petrovi", "0157", "98765432"])
        assert "Frau [Person A] bekommt die Liste, Handy [Telefon] ist notiert." in shown_text(app)
        await pilot.press("enter")
        await pilot.pause()
        saved = engine.session.agreements[-1].text.strip()
        assert saved == "Frau [Person A] bekommt die Liste, Handy [Telefon] ist notiert."
        shared = shown_text(app)
        for part in ("Petrovi", "0157", "98765432"):
            assert part not in shared


async def test_saved_agreements_are_counted_in_one_window_and_listed_behind_the_cover(make_app) -> None:
    """An agreement is the supervisor's typed text, never projected (`room.py`). In one window the
    console may be the projection: it shows how many were saved, and the list only behind the cover."""
    first, second = "Treffen im Januar: Thema Abgrenzung", "Frau [Person A] bekommt die Liste"
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        engine = app.engine
        assert engine is not None
        engine.goto("abschluss")
        await pilot.pause()
        assert isinstance(app.screen, ClosingScreen)
        await pilot.press("v", *first, "enter", *"Frau Petrović bekommt die Liste", "enter", "escape")
        await pilot.pause()
        assert [a.text.strip() for a in engine.session.agreements] == [first, second]
        shared = shown_text(app)
        assert "2 gespeichert – Taste a zeigt sie verdeckt" in shared
        assert_nothing_private(shared, extra=(first, second, "Januar"))

        await pilot.press("a")  # the cover first, never the list
        await pilot.pause()
        assert COVER in shown_text(app)
        assert_nothing_private(shown_text(app), extra=(first, second))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AgreementsDialog)
        shown = shown_text(app)
        assert f"1. {first}" in shown and f"2. {second}" in shown
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ClosingScreen)
        assert first not in shown_text(app)


async def test_saved_agreements_are_listed_while_a_projection_follows(make_app, tmp_path: Path) -> None:
    """With a projection (`supervision-tui beamer`) in a window of its own, the console is the presenter's
    screen: the closing round lists the agreements, and counts them again when the projection goes."""
    agreement = "Treffen im Januar: Thema Abgrenzung"
    app = make_app(start_feed=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await app.servers_started()
        engine = app.engine
        assert engine is not None and app.feed is not None
        engine.goto("abschluss")
        engine.add_agreement(agreement)
        await pilot.pause()
        assert agreement not in shown_text(app)
        projection = asyncio.create_task(follow_feed(tmp_path / "sessions"))
        try:
            await until(pilot, lambda: agreement in static_text(app, "#agreements"))
            assert "Taste a" not in shown_text(app)
            assert "Vereinbarungen zeigen" not in shown_text(app)  # nothing behind a key: it is listed
        finally:
            projection.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await projection
        await until(pilot, lambda: agreement not in static_text(app, "#agreements"))
        assert "1 gespeichert" in shown_text(app)
