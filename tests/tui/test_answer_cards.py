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
from supervision_tui.tui.widgets import AnswerCards

from .helpers import answer


async def _glitzer_round(pilot) -> None:  # type: ignore[no-untyped-def]
    app = pilot.app
    app.engine.set_moderation("runde-2", False)
    await pilot.press("pagedown", "pagedown")
    await pilot.pause()
    assert app.engine.position.step.id == "runde-2"


def _cards(app: SupervisionApp) -> AnswerCards:
    return app.screen.query_one("#cards", AnswerCards)


def _painted(app: SupervisionApp) -> str:
    """The answer area as painted (its render), one line per row."""
    return str(_cards(app).render())


async def test_answers_arriving_add_no_widgets_and_keep_what_is_shown(
    make_app: Callable[..., SupervisionApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await _glitzer_round(pilot)
        area = _cards(app)
        widgets = len(app.screen.query("*"))
        for i in range(30):
            answer(app.engine, f"phone-{i}", text=f"Moment {i}")
            await pilot.pause()
            # Every frame shows every answer so far that fits: never a blank area in between.
            assert [str(card.visual) for card in area.cards][-1] == f"Moment {i}"
            assert f"Moment {i}" in _painted(app)
        # One widget for the whole area, however many answers: nothing mounted per answer.
        assert _cards(app) is area
        assert len(app.screen.query("*")) == widgets


async def test_a_revised_answer_changes_its_card_in_place(make_app: Callable[..., SupervisionApp]) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await _glitzer_round(pilot)
        for i in range(3):
            answer(app.engine, f"phone-{i}", text=f"Moment {i}")
        await pilot.pause()
        answer(app.engine, "phone-1", text="Doch ein anderer Moment")
        await pilot.pause()
        shown = [str(card.visual) for card in _cards(app).cards]
        assert shown == ["Moment 0", "Doch ein anderer Moment", "Moment 2"]
        assert "Doch ein anderer Moment" in _painted(app)
        assert "Moment 1" not in _painted(app)


async def test_a_hidden_answer_leaves_and_comes_back_in_its_place(
    make_app: Callable[..., SupervisionApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await _glitzer_round(pilot)
        for i in range(4):
            answer(app.engine, f"phone-{i}", text=f"Moment {i}")
        await pilot.pause()
        second = _cards(app).cards[1].answer

        app.engine.moderate(second.id, Moderation.HIDDEN)
        await pilot.pause()
        assert [str(card.visual) for card in _cards(app).cards] == ["Moment 0", "Moment 2", "Moment 3"]
        assert "Moment 1" not in _painted(app)

        app.engine.moderate(second.id, Moderation.APPROVED)
        await pilot.pause()
        assert [str(card.visual) for card in _cards(app).cards] == [f"Moment {i}" for i in range(4)]


async def test_the_newest_answers_that_fit_are_cards_the_rest_are_counted(
    make_app: Callable[..., SupervisionApp],
) -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await _glitzer_round(pilot)
        for i in range(200):
            answer(app.engine, f"phone-{i:03d}", text=f"Moment {i}")
        await pilot.pause()
        cards = _cards(app)
        shown = [str(card.visual) for card in cards.cards]
        assert 4 <= len(shown) < 60
        assert shown == [f"Moment {i}" for i in range(200 - len(shown), 200)]
        assert cards.hidden == 200 - len(shown)
        painted = _painted(app).splitlines()
        assert painted[0] == f"+{cards.hidden} weitere Antworten (ältere)"
        assert len(painted) <= cards.content_size.height  # what is painted fits: nothing scrolled away
        # Two columns on a wide screen, the newest last: the last row (boxed at 45 lines) holds the two newest.
        assert "Moment 198" in painted[-2] and "Moment 199" in painted[-2]


async def test_the_empty_area_says_so(make_app: Callable[..., SupervisionApp]) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await _glitzer_round(pilot)
        assert _painted(app) == "Noch keine Antworten auf der Leinwand."
        assert _cards(app).cards == []
        answer(app.engine, "phone-0", text="Moment 0")
        await pilot.pause()
        assert "Noch keine Antworten" not in _painted(app)
        assert "weitere" not in _painted(app)


async def test_the_empty_note_wraps_beside_the_mood_chart_and_the_speaking_order(
    make_app: Callable[..., SupervisionApp],
) -> None:
    # At 100 columns the mood round leaves the answers a narrow column: the note was cut after 22 cells.
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("pagedown")
        await pilot.pause()
        width = _cards(app).content_size.width
        assert 0 < width < len("Noch keine Antworten auf der Leinwand.")
        painted = _painted(app).splitlines()
        assert len(painted) > 1
        assert all(len(line.rstrip()) <= width for line in painted)
        assert " ".join(line.strip() for line in painted) == "Noch keine Antworten auf der Leinwand."
