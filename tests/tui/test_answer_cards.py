"""Live answers without moderation: each answer changes only its own card, and the cards stay bounded.

With moderation off every quotable answer is projected the moment it arrives, up to 200 at a large
event. Removing every card and mounting them all again for each answer made the projection blank
between frames, cost time per card for every answer and grew the memory; these tests pin the
behaviour that replaced it, through the running app.
"""

from __future__ import annotations

from collections.abc import Callable

from supervision_tui.models import Moderation
from supervision_tui.tui.app import SupervisionApp
from supervision_tui.tui.widgets import AnswerCard, AnswerCards

from .helpers import answer, static_text


async def _glitzer_round(pilot) -> None:  # type: ignore[no-untyped-def]
    app = pilot.app
    app.engine.set_moderation("runde-2", False)
    await pilot.press("pagedown", "pagedown")
    await pilot.pause()
    assert app.engine.position.step.id == "runde-2"


def _cards(app: SupervisionApp) -> AnswerCards:
    return app.screen.query_one("#cards", AnswerCards)


async def test_a_new_answer_keeps_the_cards_on_screen(make_app: Callable[..., SupervisionApp]) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await _glitzer_round(pilot)
        for i in range(3):
            answer(app.engine, f"phone-{i}", text=f"Moment {i}")
        await pilot.pause()
        before = _cards(app).cards
        assert [str(card.visual) for card in before] == ["Moment 0", "Moment 1", "Moment 2"]

        answer(app.engine, "phone-3", text="Moment 3")
        await pilot.pause()
        after = _cards(app).cards
        # The same widgets, still mounted, and one more: no remount, so no blank frame in between.
        assert after[:3] == before and all(card.is_mounted for card in after)
        assert [str(card.visual) for card in after] == ["Moment 0", "Moment 1", "Moment 2", "Moment 3"]
        assert list(app.screen.query(AnswerCard)) == after


async def test_a_revised_answer_changes_its_card_in_place(make_app: Callable[..., SupervisionApp]) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await _glitzer_round(pilot)
        for i in range(3):
            answer(app.engine, f"phone-{i}", text=f"Moment {i}")
        await pilot.pause()
        before = _cards(app).cards

        answer(app.engine, "phone-1", text="Doch ein anderer Moment")
        await pilot.pause()
        after = _cards(app).cards
        assert after == before
        assert [str(card.visual) for card in after] == ["Moment 0", "Doch ein anderer Moment", "Moment 2"]


async def test_a_hidden_answer_leaves_and_comes_back_in_its_place(
    make_app: Callable[..., SupervisionApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await _glitzer_round(pilot)
        for i in range(4):
            answer(app.engine, f"phone-{i}", text=f"Moment {i}")
        await pilot.pause()
        first, second, third, fourth = _cards(app).cards

        app.engine.moderate(second.answer.id, Moderation.HIDDEN)
        await pilot.pause()
        assert _cards(app).cards == [first, third, fourth]
        assert second not in list(app.screen.query(AnswerCard))  # removed from the screen

        app.engine.moderate(second.answer.id, Moderation.APPROVED)
        await pilot.pause()
        shown = _cards(app).cards
        assert [str(card.visual) for card in shown] == ["Moment 0", "Moment 1", "Moment 2", "Moment 3"]
        assert [shown[0], shown[2], shown[3]] == [first, third, fourth]
        assert list(app.screen.query(AnswerCard)) == shown  # the DOM order is the order shown


async def test_only_the_newest_answers_are_cards_the_rest_are_counted(
    make_app: Callable[..., SupervisionApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await _glitzer_round(pilot)
        limit = AnswerCards.DEFAULT_LIMIT
        for i in range(limit + 25):
            answer(app.engine, f"phone-{i}", text=f"Moment {i}")
            if i % 20 == 0:
                await pilot.pause()
        await pilot.pause()
        cards = _cards(app)
        shown = [str(card.visual) for card in cards.cards]
        assert shown == [f"Moment {i}" for i in range(25, limit + 25)]
        assert cards.hidden == 25
        assert len(app.screen.query(AnswerCard)) == limit  # bounded: no card beyond the limit is mounted
        assert "+25 weitere Antworten" in static_text(app, ".answers-more")
        assert app.screen.query_one(".answers-more").display
        assert not app.screen.query_one(".answers-empty").display


async def test_the_empty_area_says_so(make_app: Callable[..., SupervisionApp]) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await _glitzer_round(pilot)
        assert app.screen.query_one(".answers-empty").display
        assert "Noch keine Antworten" in static_text(app, ".answers-empty")
        answer(app.engine, "phone-0", text="Moment 0")
        await pilot.pause()
        assert not app.screen.query_one(".answers-empty").display
        assert not app.screen.query_one(".answers-more").display
