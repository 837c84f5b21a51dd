"""A template may carry English for its own words (`[translations.en]`): a phone that reads English gets
the question, the step and phase, its role and what the role does in English, over real HTTP; a German
phone in the same session reads the template as written."""

from __future__ import annotations

import pytest

from supervision_tui.engine import Engine
from supervision_tui.prompts import find_template, list_templates

from .helpers import client, join


async def test_an_english_phone_reads_role_and_task_in_english(url: str, engine: Engine) -> None:
    async with client() as english, client() as german:
        async with english.get(f"{url}?lang=en") as r:  # the page's language link sets a cookie
            assert r.status == 200
        await join(english, url)
        await join(german, url)
        engine.goto("fallberatung", "Beratung")  # everyone without another role is a Beratende
        async with english.get(url) as r:
            page = await r.text()
        assert "Your role today: Advisers" in page
        assert "Send your ideas and questions on the case." in page
        assert "Your idea or question on the case" in page and "Now: Peer case consultation – Advice" in page
        assert "Beratende" not in page and "Senden Sie" not in page
        async with english.get(f"{url}/step.json") as r:
            info = await r.json()
        assert (info["role"], info["task"]) == ("Advisers", "Send your ideas and questions on the case.")
        assert (info["step_title"], info["phase_name"]) == ("Peer case consultation", "Advice")
        assert info["question"] == "Your idea or question on the case"
        async with german.get(url) as r:
            page = await r.text()
        assert "Ihre Rolle heute: Beratende" in page and "Senden Sie Ihre Ideen und Fragen zum Fall." in page
        engine.goto("runde-1")
        async with english.get(url) as r:
            page = await r.text()
        assert "<h1" in page and "How are you?" in page and "Wie geht es Ihnen?" not in page


@pytest.mark.parametrize("name", [info.name for info in list_templates()])
def test_every_translated_text_is_a_text_of_its_template(name: str) -> None:
    """A key that is no text of the template (a typo, a text changed since) would never be used."""
    agenda = find_template(name)
    texts: set[str] = set()
    for step in agenda.steps:
        texts |= {step.title, *step.roles}
        prompts = [step.prompt, *(p.prompt for p in step.phases)]
        texts |= {
            t for p in prompts if p is not None for t in (p.question, p.hint, p.answer_label, p.answers_title)
        }
        for phase in step.phases:
            texts |= {phase.name, *(duty.says for duty in phase.roles.values())}
    for lang, table in agenda.translations.items():
        assert set(table) <= texts, (lang, sorted(set(table) - texts))
        assert all(table.values()), "an empty translation would blank the text"
