"""The domain is reachable without the TUI or the web server, and light commands stay light."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

HEAVY = ("textual", "aiohttp")
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _python(code: str, cwd: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *flags, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def test_import_linter_contract_is_kept(repo_root):
    """The contract in pyproject.toml: models, engine, store, prompts, anonymize, timer import no UI."""
    assert LINT_IMPORTS.is_file(), f"{LINT_IMPORTS} fehlt"
    result = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        capture_output=True,
        text=True,
        cwd=repo_root,
        timeout=300,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "0 broken" in output


def test_the_domain_imports_neither_textual_nor_aiohttp(tmp_path):
    result = _python(
        """
        import sys
        import supervision_tui.engine, supervision_tui.store, supervision_tui.prompts
        import supervision_tui.models, supervision_tui.events, supervision_tui.timer
        import supervision_tui.anonymize, supervision_tui.room
        heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "aiohttp", "rich", "jinja2"))
        assert not heavy, heavy
        print("OK")
        """,
        tmp_path,
    )
    assert result.returncode == 0 and result.stdout.strip() == "OK", result.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["templates"],
        ["templates", "--validate", "__REPO__/prompts/balint-gruppe.toml"],
        ["--help"],
        ["templates", "--help"],
        ["purge", "--older-than", "365", "--dry-run", "--sessions-dir", "."],
        ["beamer", "--help"],
        ["report", "--help"],
        ["report", "__REPO__/tests/report/no-sessions-here"],
    ],
)
def test_light_commands_do_not_import_textual(argv, repo_root, tmp_path):
    argv = [a.replace("__REPO__", str(repo_root)) for a in argv]
    result = _python(
        f"""
        import contextlib, io, sys
        from supervision_tui.cli import main
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            try:
                code = main({argv!r})
            except SystemExit as exc:  # --help exits
                code = exc.code
        heavy = sorted(m for m in sys.modules if m.split(".")[0] in {HEAVY!r})
        print(code, heavy, len(out.getvalue()) > 0)
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[0] == "0 [] True", result.stdout + result.stderr


def test_console_script_help_does_not_import_textual(tmp_path):
    """The same, seen from outside: `-X importtime` of the real entry point."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "supervision_tui", "--help"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "supervision-tui" in result.stdout
    imported = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line]
    assert "supervision_tui.cli" in imported, "importtime hat nichts gemessen"
    assert not [m for m in imported if m.split(".")[0] in HEAVY]
