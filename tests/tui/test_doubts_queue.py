"""The queue behind the cover underlines doubts; one key masks one, another approves every quotable answer.
A doubt never reaches the projection highlighted: the round shows no doubt marker."""

from __future__ import annotations

from supervision_tui.models import Consent, Moderation
from supervision_tui.tui.app import SupervisionApp

from .helpers import answer, open_queue, shown_text


async def test_mask_a_doubt_in_the_queue_and_approve_all(make_app) -> None:
    app: SupervisionApp = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        engine = app.engine
        assert engine is not None
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        answer(engine, "p1", text="bin müde wegen ahmo, dauernd anrufe")
        answer(engine, "p2", text="Das Sommerfest war schön")
        answer(engine, "p3", text="Nur für Sie gedacht", consent=Consent.PRIVATE)
        await pilot.pause()
        await open_queue(pilot)
        revealed = shown_text(app)
        assert "unsicher: ahmo" in revealed
        await pilot.press("x")  # the highlighted answer (waiting, first) has the doubt
        await pilot.pause()
        texts = [a.text for a in engine.session.answers_for("runde-2")]
        assert not any("ahmo" in t for t in texts), texts
        assert "unsicher" not in shown_text(app)
        await pilot.press("a")
        await pilot.pause()
        states = {a.participant: a.moderation for a in engine.session.answers_for("runde-2")}
        assert states["T1"] is Moderation.APPROVED and states["T2"] is Moderation.APPROVED
        assert states["T3"] is Moderation.PENDING, "a private answer is never approved for projection"
        await pilot.press("escape")
        await pilot.pause()
        projected = shown_text(app)
        assert "Sommerfest" in projected and "ahmo" not in projected and "unsicher" not in projected
        assert "underline" not in app.export_screenshot(), "no doubt marked on a screen the room may see"
