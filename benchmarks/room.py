"""What the benchmarks that put phones in front of the real app share: the app with its form server, and
the phones as a child process.

The app (`SupervisionApp`, headless, 160×45, the default agenda) runs its real form server on
127.0.0.1. The phones are a Python script run in a child process, as real phones are other
machines: they print one JSON document, which `phones_output` returns. Textual is imported only
when an app is started, so a parent process that only runs children stays small.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.pilot import Pilot

    from supervision_tui.tui.app import SupervisionApp

ROOT = Path(__file__).resolve().parent.parent


def pct(values: list[float], q: float) -> float:
    """The `q` quantile (0..1) of `values`, the nearest rank; 0.0 for none."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else 0.0


@asynccontextmanager
async def running_app() -> AsyncIterator[tuple[SupervisionApp, Pilot[None], str]]:
    """The app on the default agenda's join screen with its form server started, and the URL phones open."""
    from supervision_tui.tui.app import SupervisionApp

    app = SupervisionApp(
        Path(tempfile.mkdtemp()), template="gruppensupervision-integrationslotsen", host="127.0.0.1", port=0
    )
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        await app.servers_started()  # the form server starts after the first frame
        server = app.server
        assert app.engine is not None and server is not None and server.url
        yield app, pilot, f"http://127.0.0.1:{server.port}/s/{server.url.rsplit('/', 1)[1]}"


async def start_phones(script: str, url: str, *args: object) -> asyncio.subprocess.Process:
    """The phones: `script` run as `python -c script url *args` in the repository's root."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        script,
        url,
        *map(str, args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )


async def phones_output(proc: asyncio.subprocess.Process) -> Any:
    """What the phones printed once they are done (JSON); a failed run ends the benchmark with its error."""
    out, err = await proc.communicate()
    if proc.returncode:
        raise SystemExit(f"phones failed: {err.decode()[-2000:]}")
    return json.loads(out)
