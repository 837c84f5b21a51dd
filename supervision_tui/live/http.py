"""What every request and response of the phone form shares: cookies, language, the form body, headers."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

from aiohttp import web

from .forms import MAX_BODY, FormError, decode_form
from .i18n import phrase, pick_lang

DEVICE_COOKIE = "sv_dev"
LANG_COOKIE = "sv_lang"
CSP = (
    "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    # Not "no-referrer": under it a browser sends `Origin: null` with the phone's own form, and a
    # foreign page can send the same (`crosssite.foreign`). Other sites still get no referrer.
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}
STATIC_TYPES = {
    "form.css": "text/css; charset=utf-8",
    "live.js": "text/javascript; charset=utf-8",
}
_DEVICE_RE = re.compile(r"^[A-Za-z0-9_-]{22,64}$")


def static_files() -> dict[str, bytes]:
    """The stylesheet and the script, read once (they are served as they are)."""
    folder = Path(__file__).resolve().parent / "static"
    return {name: (folder / name).read_bytes() for name in STATIC_TYPES}


def error_key(status: int) -> str:
    """The catalogue key of the error page for an HTTP error aiohttp raised."""
    default = "error.format" if status < 500 else "error.server"
    return {404: "error.not_found", 405: "error.method", 413: "error.too_large"}.get(status, default)


def wants_json(request: web.Request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def lang_of(request: web.Request) -> str:
    # the query is parsed only if there is one: a phone's answer has none
    query = request.query.get("lang") if request.query_string else None
    return pick_lang(query or request.cookies.get(LANG_COOKIE))


def device_of(request: web.Request) -> str | None:
    value = request.cookies.get(DEVICE_COOKIE, "")
    return value if _DEVICE_RE.match(value) else None


def with_device(request: web.Request, response: web.StreamResponse, device: str) -> None:
    if request.cookies.get(DEVICE_COOKIE) != device:
        # Lax, not Strict: a phone that follows a link to the join URL from another site still
        # shows its cookie and keeps its label. A foreign POST never carries it, and is refused
        # anyway (`crosssite.middleware`); no GET changes anything.
        response.set_cookie(DEVICE_COOKIE, device, httponly=True, samesite="Lax", path="/", max_age=12 * 3600)


def redirect(location: str) -> web.Response:
    return web.Response(status=303, headers={"Location": location})


async def read_form(request: web.Request, lang: str) -> dict[str, str]:
    """The urlencoded body as fields, at most `MAX_BODY` bytes (`FormError` with a German message)."""
    if request.content_length is not None and request.content_length > MAX_BODY:
        raise FormError(413, phrase(lang, "error.too_large"))
    try:
        body = await request.read()
    except web.HTTPRequestEntityTooLarge as exc:
        raise FormError(413, phrase(lang, "error.too_large")) from exc
    if len(body) > MAX_BODY:
        raise FormError(413, phrase(lang, "error.too_large"))
    return decode_form(body, request.content_type if request.body_exists else "", lang)


async def end_stream(response: web.StreamResponse) -> web.StreamResponse:
    """Finish an event stream whose reader may be gone already."""
    with contextlib.suppress(ConnectionError, RuntimeError):
        await response.write_eof()
    return response
