"""Requests a page of another origin made a phone's browser send.

A foreign page may link to the join URL or auto-submit a form to it. It must neither create a
participant nor give a joined phone a new identity. Browsers say where a request comes from:
`Sec-Fetch-Site` (Chromium, Firefox, Safari since 2023) and `Origin` on every cross-origin POST
(all current browsers). Requests with neither header come from programs (simulated phones, curl);
they cannot carry a phone's cookie without having it, so they can do no more than a phone can.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from aiohttp import web
from aiohttp.typedefs import Handler, Middleware

# "same-site" is foreign too: another port on the same host is another origin (and another program).
_OWN = frozenset({"same-origin", "none"})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def foreign(request: web.Request, public_host: str | None = None) -> bool:
    """True if the browser says a page of another origin started this request.

    `public_host` is the host (and port) of `--public-url`: a reverse proxy in front of this server
    may pass on its own address as Host, while the phone's page names the public one.
    """
    site = request.headers.get("Sec-Fetch-Site")
    if site is not None and site.strip().lower() not in _OWN:
        return True
    origin = request.headers.get("Origin")
    if origin is None:
        return False
    # "null" (a sandboxed frame, a data: URL, a redirect across origins) is never our page.
    # Host and Origin are compared without the scheme: behind a TLS proxy (`--public-url https://…`)
    # the page is https while this server sees http.
    netloc = urlsplit(origin.strip()).netloc if origin.strip() != "null" else ""
    return not netloc or netloc.lower() not in (request.host.lower(), (public_host or "").lower())


def middleware(public_host: str | None, refuse: Callable[[web.Request], web.StreamResponse]) -> Middleware:
    """An aiohttp middleware: a foreign page's POST (an auto-submitted join form, a fetch) changes
    nothing; it gets `refuse(request)` (a 403) instead of the handler."""

    @web.middleware
    async def same_origin(request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.method not in SAFE_METHODS and foreign(request, public_host):
            return refuse(request)
        return await handler(request)

    return same_origin
