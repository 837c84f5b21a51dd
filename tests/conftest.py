"""Fixtures shared by every test folder. Keep this small: folder-specific ones live in their conftest."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def repo_root() -> Path:
    """The checkout (where `pyproject.toml`, `prompts/` and `sessions/` live)."""
    return REPO_ROOT
