"""The restart window: the app is back after a crash, the supervisor has not confirmed the resume yet.

Phones of the interrupted session still hold its join token (a resumed session keeps it, see
`Store.remembered_token`). In the window they are told "Die Sitzung wird gleich fortgesetzt" with a
503 and Retry-After, not "neu scannen"; their pages retry with backoff (a meta refresh without
JavaScript, the event stream with it) and find the resumed session under the same URL.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable

MAX_DELAY = 30  # seconds: a phone left on the page for a long break still asks twice a minute
_MAX_ATTEMPT = 20


class RestartWindow:
    """The join tokens of interrupted sessions that may be resumed any moment."""

    def __init__(self) -> None:
        self._tokens: tuple[bytes, ...] = ()

    def open(self, tokens: Iterable[str]) -> None:
        self._tokens = tuple(token.encode() for token in tokens if token)

    def close(self) -> None:
        self._tokens = ()

    def find(self, matches: Callable[[str], bool]) -> str | None:
        """The first expected token that `matches` (a short join address's code, say), or None."""
        return next((t.decode() for t in self._tokens if matches(t.decode())), None)

    def expects(self, token: str) -> bool:
        """Whether `token` belongs to a session that may be resumed (compared in constant time)."""
        given = token.encode()
        return any([secrets.compare_digest(given, known) for known in self._tokens])


def attempt(value: str | None) -> int:
    """The retry count a page carries in its query (`?retry=n`); anything odd counts as 0."""
    if value is None or not (value.isascii() and value.isdigit()) or len(value) > 3:
        return 0
    return min(int(value), _MAX_ATTEMPT)


def retry_delay(attempt: int) -> int:
    """Seconds before the next try: 2, 3, 4, 7, 10, 15, 23, 30, 30, …"""
    return min(MAX_DELAY, round(2 * 1.5**attempt))
