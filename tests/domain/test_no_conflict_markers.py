"""No merge left its conflict markers in a file of the project (the README once showed both sides)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEXT = {".md", ".py", ".toml", ".html", ".tcss", ".css", ".js", ".json", ".txt", ".cfg", ".ini", ".yml"}
SKIP = {
    ".git",
    ".venv",
    ".mypy_cache",
    ".ruff_cache",
    ".import_linter_cache",
    "build",
    "node_modules",
    "sessions",
    "__pycache__",
    "__snapshots__",
}
MARKER = re.compile(r"^(<{7}|>{7})( |$)", re.MULTILINE)


def test_no_file_holds_merge_conflict_markers() -> None:
    found = []
    for path in ROOT.rglob("*"):
        if path.suffix not in TEXT and path.name != "Makefile":
            continue
        if SKIP.intersection(path.relative_to(ROOT).parts) or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        found += [
            f"{path.relative_to(ROOT)}:{text.count(chr(10), 0, m.start()) + 1}" for m in MARKER.finditer(text)
        ]
    assert not found, f"merge conflict markers left in: {found}"
