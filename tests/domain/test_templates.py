"""Agenda templates: the shipped ones, broken ones with German messages, and the `templates` command."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from supervision_tui.models import InputKind, StepKind
from supervision_tui.prompts import (
    DEFAULT_TEMPLATE,
    TemplateError,
    find_template,
    list_templates,
    load_template,
)

SHIPPED = {"gruppensupervision-integrationslotsen", "balint-gruppe", "blitzlicht-kurz"}
CLI = Path(sys.executable).with_name("supervision-tui")

ENGLISH = re.compile(
    r"Input should|should be|Field required|valid (integer|boolean|string|list)|Extra inputs"
)


def _assert_german(message: str) -> None:
    assert not ENGLISH.search(message), f"englische Meldung: {message}"


# --- shipped templates --------------------------------------------------------------------------


def test_all_shipped_templates_load(repo_root):
    files = sorted((repo_root / "prompts").glob("*.toml"))
    assert {f.stem for f in files} == SHIPPED
    for path in files:
        agenda = load_template(path)
        assert agenda.id == path.stem
        assert agenda.language == "de"
    infos = list_templates()
    assert infos[0].name == DEFAULT_TEMPLATE, "die Standardvorlage steht vorn"
    assert {i.name for i in infos} >= SHIPPED
    assert all(i.agenda is not None and i.error is None for i in infos)


def test_the_default_template_is_the_supervision_sheet():
    agenda = find_template(DEFAULT_TEMPLATE)
    assert agenda.title == "Gruppensupervision Integrationslotsen"
    assert agenda.moderation is True
    assert 110 <= agenda.minutes <= 130 and agenda.minutes == 120
    steps = agenda.steps
    assert [s.kind for s in steps] == [
        StepKind.JOIN,
        StepKind.ROUND,
        StepKind.ROUND,
        StepKind.INTAKE,
        StepKind.BREAK,
        StepKind.CASE,
        StepKind.CLOSING,
    ]
    join, round1, round2, intake, pause, case, closing = steps
    assert "Ankommen" in join.title and "Beitreten" in join.title
    assert join.prompt_for_phones is None

    assert round1.title == "Runde 1"
    assert (round1.prompt.question, round1.prompt.input) == ("Wie geht es Ihnen?", InputKind.MOOD)
    assert round1.blitzlicht

    assert round2.title == "Runde 2"
    assert round2.prompt.question == "Was läuft gut? Was war Ihr Glitzermoment?"
    assert (round2.prompt.input, round2.prompt.motif) == (InputKind.TEXT, "diamond")

    assert intake.title == "Anliegen sammeln" and intake.prompt.input is InputKind.INTAKE

    assert case.title == "Kollegiale Fallberatung"
    assert [(p.name, p.minutes) for p in case.phases] == [
        ("Rollen/Casting", 5),
        ("Spontanerzählung", 10),
        ("Schlüsselfrage", 5),
        ("Methodenwahl", 5),
        ("Beratung", 10),
        ("Abschluss", 5),
    ]
    assert sum(p.minutes for p in case.phases) <= case.minutes
    assert case.roles == ["Fallerzähler·in", "Moderation", "Beratende", "Protokoll"]
    assert [p.name for p in case.phases if p.phone_input] == ["Beratung"]
    assert case.phases[4].prompt.input is InputKind.IDEA

    assert pause.title == "Pause" and pause.prompt_for_phones is None

    assert closing.title == "Abschlussrunde" and closing.agreements
    assert closing.prompt.question == "Was nehme ich mit?"


def test_balint_has_an_association_round_with_a_silent_case_giver():
    agenda = find_template("balint-gruppe")
    [case] = [s for s in agenda.steps if s.kind is StepKind.CASE]
    association = next(p for p in case.phases if p.name == "Assoziationsrunde")
    assert association.silent_role == "Fallgeber·in"
    assert association.silent_role in case.roles
    assert association.phone_input
    assert [p.name for p in case.phases if p.silent_role] == ["Assoziationsrunde"]


def test_blitzlicht_is_sixty_minutes():
    agenda = find_template("blitzlicht-kurz")
    assert agenda.minutes == 60
    assert any(s.blitzlicht for s in agenda.steps)
    assert any(s.prompt and s.prompt.motif == "diamond" for s in agenda.steps)


def test_find_template_by_path_and_unknown_name(repo_root):
    path = repo_root / "prompts" / "balint-gruppe.toml"
    assert find_template(str(path)).title == "Balint-Gruppe"
    with pytest.raises(TemplateError) as info:
        find_template("gibt-es-nicht")
    message = str(info.value)
    assert "nicht gefunden" in message and DEFAULT_TEMPLATE in message


# --- broken templates ---------------------------------------------------------------------------


def _default_text(repo_root: Path) -> str:
    return (repo_root / "prompts" / f"{DEFAULT_TEMPLATE}.toml").read_text(encoding="utf-8")


def _variant(repo_root: Path, old: str, new: str, count: int = 1) -> str:
    text = _default_text(repo_root)
    assert old in text
    return text.replace(old, new, count)


CASE_WITHOUT_PHASES = """
title = "Fall ohne Phasen"
[[steps]]
id = "fall"
kind = "case"
title = "Fall"
minutes = 30
"""

BROKEN = {
    # name: (how to break the default, field named in the message, German phrase)
    "kaputt-toml": (lambda t: t.replace("[[steps]]", "[[steps]", 1), "", "kein gültiges TOML"),
    "unbekanntes-feld": (
        lambda t: t.replace("blitzlicht = true", 'blitzlicht = true\nfarbe = "rot"', 1),
        "steps[2] (Runde 1).farbe",
        "unbekanntes Feld",
    ),
    "falscher-typ": (
        lambda t: t.replace("minutes = 40", 'minutes = "vierzig"', 1),
        "steps[6] (Kollegiale Fallberatung).minutes",
        "muss eine ganze Zahl sein",
    ),
    "kommazahl": (
        lambda t: t.replace("minutes = 40", "minutes = 40.5", 1),
        "steps[6] (Kollegiale Fallberatung).minutes",
        "muss eine ganze Zahl sein",
    ),
    "ja-statt-true": (
        lambda t: t.replace("moderation = true", 'moderation = "ja"', 1),
        "moderation",
        "muss true oder false sein",
    ),
    "unbekannte-eingabe": (
        lambda t: t.replace('input = "mood"', 'input = "foto"', 1),
        "steps[2] (Runde 1).prompt.input",
        "unbekannter Wert",
    ),
    "phasen-zu-lang": (
        lambda t: t.replace("minutes = 40", "minutes = 30", 1),
        "steps[6] (Kollegiale Fallberatung)",
        "Die Phasen dauern länger als der Schritt",
    ),
    "doppelte-id": (
        lambda t: t.replace('id = "pause"', 'id = "anliegen"', 1),
        "steps",
        "„anliegen“ kommt doppelt vor",
    ),
    "fall-ohne-phasen": (lambda t: CASE_WITHOUT_PHASES, "steps[1] (Fall)", "mindestens eine Phase"),
    "gruppenrolle-ohne-rolle": (
        lambda t: t.replace('group_roles = ["Beratende"]', 'group_roles = ["Beobachtende"]', 1),
        "steps[6] (Kollegiale Fallberatung)",
        "Gruppenrolle ohne Rolle: Beobachtende",
    ),
    "rolle-unbekannt": (
        lambda t: t.replace(
            '  Protokoll = { says = "Die gewählte Methode festhalten." }',
            '  Schreibdienst = { says = "x" }',
            1,
        ),
        "steps[6] (Kollegiale Fallberatung)",
        "Phase „Methodenwahl“: unbekannte Rolle Schreibdienst",
    ),
    "rolle-sendet-ohne-frage": (
        lambda t: t.replace(
            'Protokoll = { says = "Die gewählte Methode festhalten." }',
            'Protokoll = { says = "x", sends = "idea" }',
            1,
        ),
        "steps[6] (Kollegiale Fallberatung)",
        "„Protokoll“ sendet „idea“, die Phase fragt aber nach nichts",
    ),
    "rolle-sendet-falsches": (
        lambda t: t.replace('Fall.", sends = "idea" }', 'Fall.", sends = "mood" }', 1),
        "steps[6] (Kollegiale Fallberatung)",
        "„Beratende“ sendet „mood“, die Phase fragt aber nach „idea“",
    ),
    "niemand-darf-antworten": (
        lambda t: t.replace('Fall.", sends = "idea" }', 'Fall." }', 1),
        "steps[6] (Kollegiale Fallberatung)",
        "Phase „Beratung“: Die Phase stellt eine Frage, aber keine Rolle darf sie beantworten",
    ),
    "mitnehmen-ohne-ideen": (
        lambda t: t.replace('ohne Namen." }', 'ohne Namen.", sends = "take_along" }', 1),
        "steps[6] (Kollegiale Fallberatung)",
        "„Protokoll“ soll Ideen mitnehmen, aber keine Phase davor sammelt Ideen",
    ),
    "unbekanntes-senden": (
        lambda t: t.replace('sends = "take_along"', 'sends = "foto"', 1),
        "steps[6] (Kollegiale Fallberatung).phases[6] (Abschluss).roles.Fallerzähler·in.sends",
        "unbekannter Wert",
    ),
    "leere-frage": (
        lambda t: t.replace('question = "Wie geht es Ihnen?"', 'question = ""', 1),
        "steps[2] (Runde 1).prompt.question",
        "darf nicht leer sein",
    ),
    "ohne-titel": (
        lambda t: t.replace('title = "Gruppensupervision Integrationslotsen"\n', "", 1),
        "title",
        "fehlt",
    ),
}


@pytest.fixture(params=sorted(BROKEN))
def broken(request, repo_root, tmp_path):
    mutate, field, phrase = BROKEN[request.param]
    path = tmp_path / f"{request.param}.toml"
    path.write_text(mutate(_default_text(repo_root)), encoding="utf-8")
    return path, field, phrase


def test_broken_templates_give_german_messages_naming_file_and_field(broken):
    path, field, phrase = broken
    with pytest.raises(TemplateError) as info:
        load_template(path)
    error = info.value
    assert error.path == path and error.problems
    message = str(error)
    assert str(path) in message
    matching = [p for p in error.problems if phrase in p]
    assert matching, f"„{phrase}“ fehlt in {error.problems}"
    if field:
        assert any(p.startswith(f"{field}:") for p in matching), f"Feld {field} fehlt in {matching}"
    for problem in error.problems:
        _assert_german(problem)


def test_a_broken_template_is_listed_with_its_error(tmp_path, repo_root):
    (tmp_path / "meine-vorlage.toml").write_text(
        _variant(repo_root, "minutes = 40", "minutes = 30"), encoding="utf-8"
    )
    infos = {i.name: i for i in list_templates([tmp_path])}
    assert infos["meine-vorlage"].agenda is None
    assert "Phasen dauern länger" in str(infos["meine-vorlage"].error)
    assert infos[DEFAULT_TEMPLATE].agenda is not None


def test_a_template_without_utf8_or_file(tmp_path):
    latin = tmp_path / "latin.toml"
    latin.write_bytes('title = "Größe"\n'.encode("latin-1"))
    with pytest.raises(TemplateError, match="UTF-8"):
        load_template(latin)
    with pytest.raises(TemplateError, match="nicht lesbar"):
        load_template(tmp_path / "fehlt.toml")


# --- the command line ---------------------------------------------------------------------------


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    assert CLI.is_file(), f"{CLI} fehlt: Projekt nicht installiert?"
    return subprocess.run([str(CLI), *args], capture_output=True, text=True, cwd=cwd, timeout=60, check=False)


def test_cli_lists_the_templates(tmp_path):
    result = _cli("templates", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(DEFAULT_TEMPLATE)
    text = result.stdout
    assert re.search(
        r"gruppensupervision-integrationslotsen\s+120 Min\.\s+Gruppensupervision Integrationslotsen", text
    )
    assert re.search(r"balint-gruppe\s+90 Min\.\s+Balint-Gruppe", text)
    assert re.search(r"blitzlicht-kurz\s+60 Min\.\s+Blitzlicht kurz", text)


def test_cli_validate_a_good_template(repo_root, tmp_path):
    path = repo_root / "prompts" / f"{DEFAULT_TEMPLATE}.toml"
    result = _cli("templates", "--validate", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "in Ordnung" in result.stdout and "120 Min." in result.stdout and "7 Schritte" in result.stdout


def test_cli_validate_a_bad_template(broken, tmp_path):
    path, field, phrase = broken
    result = _cli("templates", "--validate", str(path), cwd=tmp_path)
    assert result.returncode == 2  # bad input: the same code as `run --template FILE` (tests/e2e)
    assert result.stdout == ""
    assert "Vorlage fehlerhaft" in result.stderr
    assert phrase in result.stderr
    problem_lines = [line.strip() for line in result.stderr.splitlines() if phrase in line]
    assert all(line.startswith(f"{path}: {field}") for line in problem_lines), problem_lines
    _assert_german(result.stderr)


def test_cli_validate_via_python_dash_m(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "supervision_tui", "templates", "--validate", str(tmp_path / "fehlt.toml")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "fehlt.toml" in result.stderr and "nicht lesbar" in result.stderr
