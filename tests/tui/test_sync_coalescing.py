"""A burst of changes is repainted together: bounded work on the loop the form server shares, and the
latest state on screen soon after.

The app as it runs (`sync_interval` not set to 0 as in the other tests): fifty answers approved one
after another, each approval a change of its own that the app receives separately.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Callable

from supervision_tui.models import Moderation
from supervision_tui.tui.app import SupervisionApp
from supervision_tui.tui.widgets import AnswerCards

from .helpers import answer

BURST = 50


async def test_fifty_approvals_in_a_burst_are_shown_together_within_the_interval(
    make_app: Callable[..., SupervisionApp],
) -> None:
    app = make_app(sync_interval=None)  # the app's own coalescing
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        engine = app.engine
        assert engine is not None and engine.position.step.id == "runde-2"
        for i in range(BURST):
            answer(engine, f"phone-{i}", text=f"Moment {i}")
        await pilot.pause(0.3)
        screen = app.screen
        cards = screen.query_one("#cards", AnswerCards)
        assert cards.cards == []  # moderated: nothing projected yet
        repaints: list[float] = []
        repaint = screen.refresh_view

        def counted() -> None:
            repaints.append(time.monotonic())
            repaint()

        screen.refresh_view = counted  # type: ignore[method-assign]
        waiting = engine.awaiting_approval()
        assert len(waiting) == BURST
        start = time.monotonic()
        for waiting_answer in waiting:
            engine.moderate(waiting_answer.id, Moderation.APPROVED)
            # the message queue runs between two approvals, as between two key presses or requests
            await asyncio.sleep(0.002)
        done = time.monotonic()
        # Within the longest interval (and a frame) every approved answer is on screen: the newest as
        # cards, the older ones counted.
        while len(cards.cards) + cards.hidden < BURST and time.monotonic() - done < 2:
            await pilot.pause(0.01)
        shown_after = time.monotonic() - done
        assert len(cards.cards) + cards.hidden == BURST
        assert cards.cards[-1].answer.text == f"Moment {BURST - 1}"
        assert shown_after <= app.MAX_SYNC_INTERVAL + 0.25, shown_after
        # Far fewer repaints than changes: the first at once, then at most one per interval. No fixed count:
        # how many intervals the burst spans depends on the machine (a loaded one took 0.6 s: 13 repaints).
        assert repaints and repaints[0] - start < app.SYNC_INTERVAL + 0.1
        gaps = [later - earlier for earlier, later in itertools.pairwise(repaints)]
        assert all(gap >= app.SYNC_INTERVAL * 0.9 for gap in gaps), gaps
        assert len(repaints) <= (done - start) / app.SYNC_INTERVAL + 2, (len(repaints), done - start)


async def test_without_coalescing_every_change_is_repainted(
    make_app: Callable[..., SupervisionApp],
) -> None:
    """`sync_interval=0` (the other tests): each change on screen after one pause."""
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        engine = app.engine
        assert engine is not None
        engine.set_moderation("runde-2", False)
        cards = app.screen.query_one("#cards", AnswerCards)
        for i in range(5):
            answer(engine, f"phone-{i}", text=f"Moment {i}")
            await pilot.pause()
            assert cards.cards[-1].answer.text == f"Moment {i}"
