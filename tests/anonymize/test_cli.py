"""The real command as a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.e2e


def run(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "supervision_tui.anonymize", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_plain() -> None:
    proc = run(stdin="Frau Haile, Tel. 0176 12345678, war im Sommer beim Jobcenter.\n")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "Frau [Person A], Tel. [Telefon], war im Sommer beim Jobcenter.\n"


def test_json() -> None:
    proc = run("--json", stdin="Herr Hassan ist Muslim.")
    assert proc.returncode == 0, proc.stderr
    payload = json.loads(proc.stdout)
    assert payload["text"] == "Herr [Person A] ist Muslim."
    assert payload["entities"] == [{"start": 5, "end": 11, "label": "PERSON", "replacement": "[Person A]"}]
    assert payload["flags"] == [{"start": 20, "end": 26, "category": "religion"}]


def test_jsonl_one_document_per_line_with_offsets_into_the_line() -> None:
    lines = [json.dumps({"text": "Frau Haile kam."}), json.dumps({"text": "Herr Tesfay und Frau Haile."})]
    proc = run("--jsonl", stdin="\n".join(lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert out[0] == {
        "text": "Frau [Person A] kam.",
        "entities": [{"start": 5, "end": 10, "label": "PERSON", "replacement": "[Person A]"}],
        "doubts": [],
    }
    # a fresh context per line: the first person of line 2 is Person A again
    assert out[1]["text"] == "Herr [Person A] und Frau [Person B]."
    assert [e["start"] for e in out[1]["entities"]] == [5, 21]


def test_name_option() -> None:
    proc = run("--name", "Amani", "--name", "Bo Li", stdin="amani und Bo Li kamen, Amanis Sohn auch.")
    assert proc.returncode == 0, proc.stderr
    assert "mani" not in proc.stdout.lower() and "Bo Li" not in proc.stdout


def test_bad_json_line() -> None:
    stdin = json.dumps({"text": "Frau Haile"}) + "\n{kaputt\n" + json.dumps({"nope": 1}) + "\n"
    proc = run("--jsonl", stdin=stdin)
    assert proc.returncode == 1
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert out[0]["text"] == "Frau [Person A]"
    assert "Zeile 2" in out[1]["error"] and "Zeile 3" in out[2]["error"]
    assert "Zeile 2" in proc.stderr and "ungültig" in proc.stderr


def test_cli_does_not_import_textual_or_the_web_stack() -> None:
    code = (
        "import sys, io, argparse\n"
        "sys.stdin = io.StringIO('Herr Müller')\n"
        "from supervision_tui.anonymize import cli\n"
        "p = argparse.ArgumentParser(); cli.add_arguments(p); cli.run(p.parse_args([]))\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'textual', 'rich', 'aiohttp', 'jinja2'})\n"
        "print(); print(bad)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1] == "[]"
    assert proc.stdout.startswith("Herr [Person A]")
