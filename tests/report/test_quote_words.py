"""A period's report without quotes says why, not that there were none: four consented Glitzermomente of
a round with four answers are held back by the rule, they exist."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from supervision_tui.store import Store

from .conftest import hold
from .helpers import plain, report


def test_a_period_without_quotes_says_why(store: Store, sessions_dir: Path, tmp_path: Path) -> None:
    hold(store, 4, dt.date(2026, 3, 5), "few4abcd")
    out = tmp_path / "bericht.md"
    assert report([sessions_dir], out) == 0
    text = plain(out, "md")
    assert "keine zitierbaren Glitzermomente" not in text
    assert "keine Zitate: erst ab 5 Antworten einer Runde und mit Einwilligung" in text
