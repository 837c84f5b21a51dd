"""One gender-fair form of the case giver's role everywhere the user reads it (#13): "Fallerzähler·in",
"Fallgeber·in" (Balint), never "Fallerzählerin" beside it; the same for "Supervisor·in", whom phones
promise that a private answer stays with her or him. Searched: the catalogues, the phone's page
templates, the agenda templates and the docs."""

from __future__ import annotations

import re
from pathlib import Path

from supervision_tui.prompts import load_template

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "supervision_tui"
READ = [
    PACKAGE / "tui" / "texts.py",
    PACKAGE / "live" / "i18n.py",
    *sorted((PACKAGE / "live" / "templates").glob("*.html")),
    *sorted((PACKAGE / "report" / "templates").glob("*.html")),
    *sorted((ROOT / "prompts").glob("*.toml")),
    ROOT / "README.md",
    *sorted((ROOT / "docs").glob("*.md")),
]
# the role word in any other form than with "·in": Fallerzählerin, Fallgeber (alone), FallerzählerIn …
NOT_FAIR = re.compile(r"Fall(?:erzähler|geber)(?!·in)\w*|Supervisorin\w*")


def test_the_case_givers_role_has_one_gender_fair_form_everywhere() -> None:
    assert len(READ) > 8 and all(path.exists() for path in READ)
    found = {
        f"{path.relative_to(ROOT)}:{n}: {match.group()}"
        for path in READ
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for match in NOT_FAIR.finditer(line)
    }
    assert found == set()


def test_the_check_finds_the_other_forms() -> None:
    line = "Die Fallerzählerin, der Fallgeber und FallerzählerIn; die Fallerzähler·in und Fallgeber·innen."
    assert [m.group() for m in NOT_FAIR.finditer(line)] == ["Fallerzählerin", "Fallgeber", "FallerzählerIn"]
    line = "Nur für die Supervisorin; die Supervisor·in und der Supervisor (English: the supervisor)."
    assert [m.group() for m in NOT_FAIR.finditer(line)] == ["Supervisorin"]


def test_each_method_names_its_own_roles() -> None:
    # A Balint phase speaks of the Fallgeber·in, a Tietze phase of the Fallerzähler·in: a role word in a
    # template's texts is a role of that template's case step, never one of the other method's.
    for path in sorted((ROOT / "prompts").glob("*.toml")):
        agenda = load_template(path)
        roles = {role for step in agenda.steps for role in step.roles}
        texts = [agenda.description] + [
            text
            for step in agenda.steps
            for text in (step.description, *(p.description for p in step.phases))
        ]
        named = {word for text in texts for word in re.findall(r"\w+·in\b", text)}
        assert named <= roles, (path.name, named - roles)
