"""What the review list shows per stored file: the published session, or why the file was refused.

No Textual here: the rows are assembled from the store, the report's suppression and retention.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ...record import SessionRecord
from ...report.suppression import PublishedSession, publish_session
from ...retention import due_date
from ...store import Store, StoreError


@dataclass(frozen=True)
class Entry:
    """One file in the sessions folder: readable (`record`, `published`) or refused (`error`)."""

    path: Path
    record: SessionRecord | None
    published: PublishedSession | None
    error: StoreError | None = None
    migrated: bool = False
    keep_until: dt.date | None = None  # the template's retention: kept up to this day

    def due(self, today: dt.date) -> bool:
        """The template's retention has run out: `purge` would delete it."""
        return self.keep_until is not None and self.keep_until < today


def load_entries(root: Path) -> list[Entry]:
    """Every coordinator file in `root`, newest first; refused ones with their error."""
    entries = []
    for stored in Store(root).sessions():
        record = stored.record
        if record is None:
            entries.append(Entry(stored.path, None, None, error=stored.error))
            continue
        entries.append(
            Entry(
                stored.path,
                record,
                publish_session(record),
                migrated=stored.migrated,
                keep_until=due_date(record),
            )
        )
    return entries
