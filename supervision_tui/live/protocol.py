"""aiohttp's HTTP protocol with our own answer to requests its parser rejects, and no `Server` header.

A malformed request line or header never reaches the application, its middlewares or its
`on_response_prepare` hooks: aiohttp's `RequestHandler.handle_error` answers it directly, with the
parser's message (which quotes the offending bytes) and its default `Server: Python/… aiohttp/…`
header. Here that answer is a fixed German text with the same security headers as every other
response, and nothing of the request in it.

No response names the server's software (a version banner tells a scanner which flaws to try).
aiohttp sets `Server` by default while it prepares a response's headers (`setdefault`, so removing
it earlier does not help), after which the app's `on_response_prepare` hooks run: the runner adds one
that removes it from every response of the app (pages, errors, static files, event streams), and the
parser's answers, which run no hooks, remove it themselves.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiohttp import hdrs, web
from aiohttp.web_protocol import RequestHandler
from aiohttp.web_request import BaseRequest

from .i18n import phrase


async def drop_server_header(request: web.Request, response: web.StreamResponse) -> None:
    """An `on_response_prepare` hook: the response goes out without a `Server` header."""
    response.headers.popall(hdrs.SERVER, None)


class _Unbranded(web.Response):
    """A response that goes out without a `Server` header, for answers that run no app hooks."""

    async def _prepare_headers(self) -> None:
        await super()._prepare_headers()  # where aiohttp puts its default `Server` in
        self.headers.popall(hdrs.SERVER, None)


def plain_error(status: int, headers: Mapping[str, str]) -> web.Response:
    """The answer to a request that could not be parsed: German, fixed text, connection closed."""
    key = "error.server" if status >= 500 else "error.format"
    response = _Unbranded(status=status, text=phrase("de", key) + "\n", headers=headers)
    response.force_close()  # after a parse error the stream is out of step: no keep-alive
    return response


def runner(app: web.Application, headers: Mapping[str, str], **kwargs: Any) -> web.AppRunner:
    """An `AppRunner` whose connections answer parser errors with `plain_error(status, headers)`, and
    whose responses carry no `Server` header; `kwargs` go to the `AppRunner` as they are."""
    app.on_response_prepare.append(drop_server_header)

    class Protocol(RequestHandler):
        def handle_error(
            self,
            request: BaseRequest,
            status: int = 500,
            exc: BaseException | None = None,
            message: str | None = None,
        ) -> web.StreamResponse:
            if request.writer.output_size > 0:  # as aiohttp: half an answer sent, the connection is lost
                raise ConnectionError("response already started")
            return plain_error(status, headers)

    class Server(web.Server):
        def __call__(self) -> RequestHandler:
            return Protocol(self, loop=self._loop, **self._kwargs)

    class Runner(web.AppRunner):
        async def _make_server(self) -> web.Server:
            server = await super()._make_server()
            server.__class__ = Server  # same state, only the protocol it makes differs
            return server

    return Runner(app, **kwargs)
