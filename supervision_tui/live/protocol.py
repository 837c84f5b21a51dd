"""aiohttp's HTTP protocol with our own answer to requests its parser rejects.

A malformed request line or header never reaches the application, its middlewares or its
`on_response_prepare` hooks: aiohttp's `RequestHandler.handle_error` answers it directly, with the
parser's message (which quotes the offending bytes) and its default `Server: Python/… aiohttp/…`
header. Here that answer is a fixed German text with the same security headers as every other
response, no software banner, and nothing of the request in it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiohttp import web
from aiohttp.web_protocol import RequestHandler
from aiohttp.web_request import BaseRequest

from .i18n import t


def plain_error(status: int, headers: Mapping[str, str]) -> web.Response:
    """The answer to a request that could not be parsed: German, fixed text, connection closed."""
    key = "err_server" if status >= 500 else "err_format"
    response = web.Response(status=status, text=t("de", key) + "\n", headers=headers)
    response.force_close()  # after a parse error the stream is out of step: no keep-alive
    return response


def runner(app: web.Application, headers: Mapping[str, str], **kwargs: Any) -> web.AppRunner:
    """An `AppRunner` whose connections answer parser errors with `plain_error(status, headers)`;
    `kwargs` go to the `AppRunner` as they are."""

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
