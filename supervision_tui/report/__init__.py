"""The coordinator's reports: read model, small-group suppression, and the output formats.

Import path for other parts of the product (the review TUI, the summary screen):

- `summary`: the read model over `record.SessionRecord`s (`summarize`, `in_period`, `median`, …),
  exact figures that must not be shown as they are;
- `suppression`: the one rule every output goes through (`publish_session`, `publish_period`,
  `protect`, `distribution`, `Cell`);

Nothing here imports Textual or aiohttp, and nothing reads a journal or a running `Session`.
"""

from __future__ import annotations

from .summary import SessionSummary, in_period, summarize
from .suppression import (
    FEW_ANSWERS,
    ONE_BAND,
    SUPPRESSED,
    Cell,
    Distribution,
    PublishedPeriod,
    PublishedSession,
    publish_period,
    publish_session,
)

__all__ = [
    "FEW_ANSWERS",
    "ONE_BAND",
    "SUPPRESSED",
    "Cell",
    "Distribution",
    "PublishedPeriod",
    "PublishedSession",
    "SessionSummary",
    "in_period",
    "publish_period",
    "publish_session",
    "summarize",
]
