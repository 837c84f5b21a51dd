from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from supervision_tui.engine import Engine
from supervision_tui.live.server import LiveServer

from .helpers import client, new_engine


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return new_engine(tmp_path / "sessions")


@pytest.fixture
async def server(engine: Engine) -> AsyncIterator[LiveServer]:
    srv = LiveServer("127.0.0.1", 0, ip_rate_limit=30)
    await srv.start()
    srv.attach(engine)
    yield srv
    await srv.stop()


@pytest.fixture
def url(server: LiveServer) -> str:
    assert server.url is not None
    return server.url


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with client() as session:
        yield session
