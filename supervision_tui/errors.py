"""Refusals as data: a stable English code and its params, never a sentence.

The domain says what went wrong (`store.unreadable`, `file`, `cause`); each side words it in its own
catalogue and language (`tui/texts.py`, `live/i18n.py`, `words.py` for what both or the report show),
filling in the params. A handler never matches a sentence.
"""

from __future__ import annotations


class CodedError(Exception):
    """A code ("record.not_json") and its params; `str()` is for logs and tracebacks only."""

    def __init__(self, code: str, /, **params: object) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return self.code + "".join(f" {name}={value!r}" for name, value in self.params.items())
