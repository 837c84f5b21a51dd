"""A whole session of the default template, driven by keys as the supervisor would."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Digits, Input, OptionList, SelectionList

from supervision_tui.models import Consent, Moderation, StepKind, Topic
from supervision_tui.tui.dialogs import (
    ChoiceDialog,
    ConfirmDialog,
    NoteReviewDialog,
    TopicsDialog,
)
from supervision_tui.tui.screens.case import CaseScreen
from supervision_tui.tui.screens.closing import ClosingScreen
from supervision_tui.tui.screens.intake import IntakeScreen
from supervision_tui.tui.screens.join import JoinScreen
from supervision_tui.tui.screens.pause import BreakScreen
from supervision_tui.tui.screens.round import RoundScreen
from supervision_tui.tui.screens.summary import SummaryScreen
from supervision_tui.tui.widgets import AnswerCards, BigText, MoodChart, QRCode

from .conftest import JOIN_URL
from .helpers import answer, open_queue, screen_text, static_text


async def test_complete_session_of_the_default_template(make_app, tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        engine = app.engine
        assert engine is not None

        # --- join: QR and URL on the first screen, live device count
        assert isinstance(app.screen, JoinScreen)
        assert app.screen.query_one(QRCode).data == JOIN_URL
        assert JOIN_URL in screen_text(app)
        for device in ("d1", "d2", "d3", "d4", "d5"):
            engine.join(device)
        await pilot.pause()
        assert app.screen.query_one("#join-count", Digits).value == "5"

        # --- round 1: mood scale, histogram, Blitzlicht
        await pilot.press("pagedown")
        await pilot.pause()
        assert isinstance(app.screen, RoundScreen)
        assert app.screen.query_one("#question", BigText).text == "Wie geht es Ihnen?"
        for device, mood in (("d1", 4), ("d2", 5), ("d3", 4), ("d4", 2)):
            answer(engine, device, mood=mood)
        await pilot.pause()
        assert app.screen.query_one(MoodChart).counts == (0, 1, 0, 2, 1)
        assert app.screen.query_one("#answer-count", Digits).value == "4"

        await pilot.press("l")
        await pilot.pause()
        order = engine.speaking_order()
        assert order is not None and sorted(order.order) == ["T1", "T2", "T3", "T4", "T5"]
        assert app.screen.query_one("#speaker", BigText).text == order.order[0]
        await pilot.press("p")  # the first speaker passes
        await pilot.press("n")
        await pilot.pause()
        order = engine.speaking_order()
        assert order is not None and order.position == 2 and order.passed == [order.order[0]]
        assert app.screen.query_one("#speaker", BigText).text == order.order[2]
        assert f"{order.order[0]} (setzt aus)" in static_text(app, "#speaking-order")

        # --- round 2: Glitzermoment with the diamond, moderation, untrusted text
        await pilot.press("pagedown")
        await pilot.pause()
        assert isinstance(app.screen, RoundScreen)
        assert app.screen.query("#motif")
        answer(engine, "d1", text="Die Familie hat eine Wohnung!")
        answer(engine, "d2", text="[bold red]laut[/] \x1b[31mrot")
        answer(
            engine, "d3", text="Nur für Sie: mir geht es schlecht", consent=Consent.PRIVATE, private_talk=True
        )
        answer(engine, "d4", text="Peinlich, bitte nicht zeigen")
        await pilot.pause()
        assert app.screen.query_one(AnswerCards).cards == []  # nothing approved yet
        # no talk requests, and the private answer does not wait for approval
        assert static_text(app, "#moderation-status") == "3 warten auf Freigabe"

        await open_queue(pilot)  # the queue is behind the cover: Enter reveals it
        queue_text = screen_text(app) + "".join(
            str(app.screen.query_one("#queue", OptionList).get_option_at_index(i).prompt)
            for i in range(app.screen.query_one("#queue", OptionList).option_count)
        )
        assert "nur für die Supervisor·in" in queue_text
        assert "Einzelgespräch gewünscht von: T3" in queue_text
        # the answers that may be shown come first, the private one last: approve two, hide the third
        for _ in range(2):  # the highlight stays on an approved answer: ↓ to the next
            await pilot.press("f", "down")
            await pilot.pause()
        await pilot.press("v")
        await pilot.pause()
        states = {a.text: a.moderation for a in engine.session.answers_for("runde-2")}
        assert states["Die Familie hat eine Wohnung!"] is Moderation.APPROVED
        assert states["Peinlich, bitte nicht zeigen"] is Moderation.HIDDEN
        await pilot.press("escape")
        await pilot.pause()
        cards = [str(card.visual) for card in app.screen.query_one(AnswerCards).cards]
        assert "Die Familie hat eine Wohnung!" in cards
        assert any("[bold red]laut[/]" in c and "\\x1b" in c for c in cards)  # literal, not styled
        assert not any("schlecht" in c for c in cards)  # private: approved but never projected
        assert not any("Peinlich" in c for c in cards)

        # --- intake: concerns with urgency, take one as a case, tag topics
        await pilot.press("pagedown")
        await pilot.pause()
        assert isinstance(app.screen, IntakeScreen)
        answer(engine, "d1", title="Aggression im Wartezimmer", urgency="high")
        answer(engine, "d2", title="Schulanmeldung ohne Papiere", urgency="low")
        for pending in engine.pending():
            engine.moderate(pending.id, Moderation.APPROVED)
        await pilot.pause()
        concerns = app.screen.query_one("#concerns", OptionList)
        assert "dringend" in str(concerns.get_option_at_index(0).prompt)
        assert "Aggression im Wartezimmer" in str(concerns.get_option_at_index(0).prompt)
        await pilot.press("u")
        await pilot.pause()
        assert [c.title for c in engine.session.cases] == ["Aggression im Wartezimmer"]
        app.screen.query_one("#cases", OptionList).focus()
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, TopicsDialog)
        topics = app.screen.query_one(SelectionList)
        topics.select(Topic.VIOLENCE.value)
        topics.select(Topic.HEALTH.value)
        await pilot.press("enter")
        await pilot.pause()
        assert set(engine.session.cases[0].tags) == {Topic.VIOLENCE, Topic.HEALTH}
        assert "Gewalt/Aggression" in str(
            app.screen.query_one("#cases", OptionList).get_option_at_index(0).prompt
        )

        # --- the break sits between intake and the case, where supervisors place it
        await pilot.press("pagedown")
        await pilot.pause()
        assert isinstance(app.screen, BreakScreen)

        # --- case discussion: choose the case, roles, notes through the anonymizer
        await pilot.press("pagedown")
        await pilot.pause()
        assert isinstance(app.screen, CaseScreen)
        assert app.screen.query_one("#phase-name", BigText).text == "Rollen/Casting"
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("enter")
        await pilot.pause()
        assert engine.current_case() is not None
        assert "Aggression im Wartezimmer" in static_text(app, "#case-title")
        await pilot.press("r")
        await pilot.pause()
        roles = engine.roles_for()
        assert set(roles) == {"Fallerzähler·in", "Moderation", "Protokoll"}
        assert len(set(roles.values())) == 3
        for role, person in roles.items():
            assert f"{role}: {person}" in static_text(app, "#roles")
        assert "Beratende: alle anderen" in static_text(app, "#roles")

        await pilot.press("e")
        assert isinstance(app.screen.focused, Input)
        await pilot.press(*"Rueckruf an anna.schmidt@example.org t")  # the 't' is typed, not the timer
        assert not engine.timer.running
        await pilot.press("ctrl+s", "enter")  # the review of what the anonymizer found, behind the cover
        await pilot.pause()
        assert isinstance(app.screen, NoteReviewDialog)
        assert not engine.session.notes, "nothing is saved before the review"
        await pilot.press("ctrl+s")
        await pilot.pause()
        note = engine.session.notes[-1]
        assert "anna.schmidt@example.org" not in note.text
        assert "[E-Mail]" in note.text
        shown = static_text(app, "#notes")
        assert "[E-Mail]" in shown and "example.org" not in shown
        await pilot.press("escape")

        # through the phases; the Beratung phase takes ideas from phones
        for _ in range(4):
            await pilot.press("pagedown")
        await pilot.pause()
        assert engine.position.phase is not None and engine.position.phase.name == "Beratung"
        # from one of the Beratenden: the drawn roles and the case giver send no idea in the Beratung
        adviser = next(
            d for d in ("d1", "d2", "d3", "d4", "d5") if engine.duty(engine.participant_for(d).label).answers
        )
        answer(engine, adviser, text="Perspektivwechsel versuchen")
        for pending in engine.pending():
            engine.moderate(pending.id, Moderation.APPROVED)
        await pilot.pause()
        assert app.screen.query_one("#ideas-box").display
        assert [str(c.visual) for c in app.screen.query_one(AnswerCards).cards] == [
            "Perspektivwechsel versuchen"
        ]

        # --- closing with agreements
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        assert isinstance(app.screen, ClosingScreen)
        answer(engine, "d1", text="Ich nehme Mut mit", consent=Consent.QUOTE)
        await pilot.press("v", *"Treffen im Januar: Thema Abgrenzung", "enter")
        await pilot.pause()
        assert [a.text for a in engine.session.agreements] == ["Treffen im Januar: Thema Abgrenzung"]
        # one window (no projection follows): counted, not listed; the list is behind the cover (key a)
        assert static_text(app, "#agreements") == "1 gespeichert – Taste a zeigt sie verdeckt"
        await pilot.press("escape")

        # --- the end: confirmation, then the coordinator's view of the stored file, suppressed
        await pilot.press("pagedown")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("j")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert engine.finished
        assert app.saved_path is not None and app.saved_path.exists()
        text = screen_text(app)
        assert "Anwesende: 5" in text
        # 4 moods and 4 Glitzermomente: no distribution and no quote (fewer than 5 answers)
        assert text.count("weniger als 5 Antworten") == 2
        assert "Die Familie hat eine Wohnung!" not in text
        assert "schlecht" not in text and "Peinlich" not in text  # private, hidden
        assert "Aggression im Wartezimmer" not in text  # a case's title stays in the room
        assert "Gewalt/Aggression: ." in text  # one case: a count below 3
        # one window: the agreements are counted here too, the list behind the cover (key a)
        assert "Treffen im Januar" not in text and "1 gespeichert – Taste a zeigt sie verdeckt" in text
        assert "Notizen" not in text and str(app.saved_path) not in text and "sessions" not in text
        assert not list(app.screen.query(MoodChart))
        assert not list((tmp_path / "sessions").rglob("*.journal.jsonl"))
        assert [s.kind for s in engine.agenda.steps][-1] is StepKind.CLOSING
