"""The join address in a form short enough to type: `/j/<first characters of the token>`.

The QR code carries the full `/s/<token>` URL. A narrow window (40 columns) cannot show that URL
on one line, so the screen offers the short form, which the phone server redirects to the full
one. Eight characters of a `token_urlsafe` token are 48 random bits: guessing them over the LAN at
thousands of requests a second would still take centuries, so the short form keeps the session
unguessable. Shared by the TUI (which shows it) and the server (which accepts it); imports neither.
"""

from __future__ import annotations

from urllib.parse import urlsplit

SHORT_CODE_LENGTH = 8
SHORT_PREFIX = "/j/"
TOKEN_PREFIX = "/s/"


def short_code(token: str) -> str | None:
    """The code of the short form, or None when the token is no longer than it."""
    return token[:SHORT_CODE_LENGTH] if len(token) > SHORT_CODE_LENGTH else None


def short_join_url(join_url: str | None) -> str | None:
    """`http://host:port/j/<code>` for `http://host:port/s/<token>`, or None if there is none."""
    if not join_url:
        return None
    parts = urlsplit(join_url)
    if not parts.path.startswith(TOKEN_PREFIX):
        return None
    code = short_code(parts.path[len(TOKEN_PREFIX) :])
    if code is None:
        return None
    return f"{parts.scheme}://{parts.netloc}{SHORT_PREFIX}{code}"


def split_url(url: str) -> tuple[str, str]:
    """The URL as (scheme://host:port, /path): the one place it may break across two lines."""
    parts = urlsplit(url)
    origin = f"{parts.scheme}://{parts.netloc}" if parts.scheme else parts.netloc
    return origin, url[len(origin) :]


def address_lines(url: str, short: str | None, width: int) -> list[str]:
    """How to show the join address in `width` columns, never breaking inside the token.

    The full URL on one line if it fits, else the short form on one line, else either split once
    between host and path; if even that is too wide, the full URL on one line (cut by the edge).
    """
    if len(url) <= width:
        return [url]
    if short is not None and len(short) <= width:
        return [short]
    for candidate in (url, short):
        if candidate is None:
            continue
        lines = [line for line in split_url(candidate) if line]
        if all(len(line) <= width for line in lines):
            return lines
    return [url]
