"""Offline anonymizer: every free text passes through here before it reaches state, disk or screen.

The rest of the product depends only on this module's public names: `Anonymizer`, `anonymize`,
`Context`, `Result`, `Entity`, `Flag`, `Doubt`.
"""

from __future__ import annotations

from typing import Protocol

from . import native
from .types import Context, Doubt, Entity, Flag, Result

native.use_sources_if_stale()  # before anything imports the compiled modules

__all__ = ["Anonymizer", "Context", "Doubt", "Entity", "Flag", "Result", "anonymize", "default_anonymizer"]


class Anonymizer(Protocol):
    """The one seam every free-text path goes through."""

    def anonymize(self, text: str, context: Context | None = None) -> Result: ...


_default: Anonymizer | None = None


def default_anonymizer() -> Anonymizer:
    """The process-wide anonymizer (built lazily: the lexicons load on the first call to `anonymize`)."""
    global _default
    if _default is None:
        from .engine import GermanAnonymizer

        _default = GermanAnonymizer()
    return _default


def anonymize(text: str, context: Context | None = None) -> Result:
    """Anonymize `text`; `context` keeps pseudonyms consistent across a session."""
    return default_anonymizer().anonymize(text, context)
