"""Words on screen (issue #13): no English key in the German confirm dialog, the start screen's step
count in words, and a clear word when topic tags have no case yet."""

from __future__ import annotations

import pytest
from textual.geometry import Region
from textual.widgets import OptionList, Static

from supervision_tui.models import Moderation
from supervision_tui.tui.dialogs import ChoiceDialog, ConfirmDialog, TopicsDialog
from supervision_tui.tui.screens.summary import SummaryScreen

from .helpers import answer, shown_text, static_text


async def test_confirm_dialog_shows_only_german_keys_and_topics_need_a_case(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        engine = app.engine
        assert engine is not None
        engine.goto("anliegen")  # intake, no case yet
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause(0.5)
        assert not isinstance(app.screen, TopicsDialog)
        assert any("Erst einen Fall wählen" in n.message for n in app._notifications)
        engine.add_case("Ein Fall")
        await pilot.pause()
        app.screen.query_one("#cases").focus()
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, TopicsDialog)
        assert "Leertaste" in shown_text(app)
        await pilot.press("escape")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        shown = shown_text(app)
        assert " j Ja" in shown and "j/y" not in shown
        await pilot.press("y")  # still works for English keyboard habits
        await pilot.pause()


async def test_the_start_screen_says_what_its_figures_count(make_app) -> None:
    app = make_app(template=None)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        templates = app.screen.query_one("#templates", OptionList)
        default = str(templates.get_option_at_index(0).prompt)
        # the default agenda's 7 steps and 120 minutes, in words, not behind a symbol nobody explained
        assert "Gruppensupervision Integrationslotsen" in default and "120 Min. · 7 Schritte" in default
        assert "✦" not in shown_text(app)


async def test_the_balint_group_reads_in_its_own_words(make_app) -> None:
    """The Balint template names its case giver and its answers itself (template data): images and
    feelings, not ideas; and no role takes ideas along there, so the console offers no "mitnehmen"."""
    app = make_app(template="balint-gruppe")
    async with app.run_test(size=(120, 36)) as pilot:
        engine = app.engine
        assert engine is not None
        engine.goto("balint", "Assoziationsrunde")  # the group's images and feelings
        answer(engine, "phone-1", text="Ein Bild von einem Zug, der nicht hält.")
        for pending in engine.pending():
            engine.moderate(pending.id, Moderation.APPROVED)
        await pilot.pause()
        assert static_text(app, "#ideas-title") == "Bilder und Gefühle"
        shown = shown_text(app)
        assert "Fallgeber·in" in shown and "Fallerzähler" not in shown
        # the silent role from data, in a sentence that needs no article; said once, not by the template too
        assert shown.count("Schweigt und hört zu: Fallgeber·in") == 1 and "schweigend" not in shown
        engine.goto("balint", "Rückmeldung")  # the images stay on screen while the case giver answers
        await pilot.pause()
        shown = shown_text(app)
        assert static_text(app, "#ideas-title") == "Bilder und Gefühle" and "Zug, der nicht hält" in shown
        assert "mit?" not in shown and "Mitnehmen" not in shown, "no role takes ideas along in Balint"
        await pilot.press("w")
        await pilot.pause()
        assert not isinstance(app.screen, ChoiceDialog)


async def test_the_kollegiale_fallberatung_keeps_its_ideas_and_their_taking_along(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        engine = app.engine
        assert engine is not None
        engine.goto("fallberatung", "Beratung")
        answer(engine, "phone-1", text="Feste Sprechzeiten vereinbaren.")
        for pending in engine.pending():
            engine.moderate(pending.id, Moderation.APPROVED)
        await pilot.pause()
        assert static_text(app, "#ideas-title") == "Ideen"
        engine.goto("fallberatung", "Abschluss")  # the Fallerzähler·in's phone marks what it takes along
        await pilot.pause()
        assert "Was nimmt die Fallerzähler·in mit?" in shown_text(app)
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)


@pytest.mark.parametrize(("template", "glitter"), [("balint-gruppe", False), (None, True)])
async def test_the_summary_has_a_glitzermoment_section_only_where_the_agenda_asks_for_them(
    make_app, template: str | None, glitter: bool
) -> None:
    app = make_app(**({"template": template} if template else {}))
    async with app.run_test(size=(120, 36)) as pilot:
        app.end_session()
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert ("Glitzermoment" in shown_text(app)) is glitter


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 36)])
async def test_the_key_of_a_hint_stays_beside_its_word(make_app, size: tuple[int, int]) -> None:
    """The hint to draw the order names its key and what it does on one line of the Blitzlicht box: the key
    never stands alone on a line ("– Taste l")."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        assert app.engine is not None
        app.engine.goto("runde-1")
        await pilot.pause()
        hint = app.screen.query_one("#speaking-order", Static)
        lines = [
            strip.text.replace("\xa0", " ").strip() for strip in hint.render_lines(Region(0, 0, *hint.size))
        ]
        drawn = [line for line in lines if line]
        assert any("Taste" in line for line in drawn), drawn
        assert all("Taste" not in line or "Taste l: auslosen" in line for line in drawn), drawn
