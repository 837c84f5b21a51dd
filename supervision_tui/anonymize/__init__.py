"""Offline anonymizer: every free text passes through here before it reaches state, disk or screen.

The rest of the product depends only on this module's public names: `Anonymizer`, `anonymize`,
`Context`, `Result`, `Entity`, `Flag`, `Doubt`.
"""

from __future__ import annotations

import threading
from typing import Protocol

from . import native
from .types import Context, Doubt, Entity, Flag, Result

native.use_sources_if_stale()  # before anything imports the compiled modules

__all__ = ["Anonymizer", "Context", "Doubt", "Entity", "Flag", "Result", "anonymize", "default_anonymizer"]


class Anonymizer(Protocol):
    """The one seam every free-text path goes through."""

    def anonymize(self, text: str, context: Context | None = None) -> Result: ...


class _Deferred:
    """The process-wide anonymizer, imported and built on its first use.

    Its rules (compiled patterns) take a noticeable part of a second to import, its word lists more
    to load: a session can start, and the TUI paint its first frame, before either is needed.
    """

    def __init__(self) -> None:
        self._real: Anonymizer | None = None
        self._lock = threading.Lock()

    def anonymize(self, text: str, context: Context | None = None) -> Result:
        real = self._real
        if real is None:
            with self._lock:  # one build, even when a warm-up thread and an answer race
                if self._real is None:
                    from .regexcache import kept

                    with kept():  # the rules' patterns as compiled at an earlier start
                        from .engine import GermanAnonymizer

                    self._real = GermanAnonymizer()
                real = self._real
        return real.anonymize(text, context)


_default = _Deferred()


def default_anonymizer() -> Anonymizer:
    """The process-wide anonymizer (built lazily: its rules and lexicons load on the first call to `anonymize`)."""
    return _default


def anonymize(text: str, context: Context | None = None) -> Result:
    """Anonymize `text`; `context` keeps pseudonyms consistent across a session."""
    return default_anonymizer().anonymize(text, context)
