"""A real full disk: the sessions directory on a 200 KB tmpfs, filled with dd while phones answer over HTTP.

The tmpfs lives in a private mount namespace held by a `sleep` (`unshare`, as root or in a user
namespace), so no mount outlives the test; the server and the test reach it through that process's
`/proc/<pid>/root`. The server is a child process the test kills with SIGKILL, as in `test_kill9`.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import pytest

from supervision_tui.anonymize import Context, Result
from supervision_tui.engine import AnswerInput, Engine
from supervision_tui.store import Store

from .helpers import JSON, client, join

pytestmark = pytest.mark.e2e  # a real tmpfs, a server process, kill -9

STEP = "runde-2"

SERVER = textwrap.dedent(
    """
    import asyncio
    import datetime as dt
    import sys
    from pathlib import Path

    from supervision_tui.anonymize import Result
    from supervision_tui.engine import Engine
    from supervision_tui.live.server import LiveServer
    from supervision_tui.prompts import find_template
    from supervision_tui.store import Store


    class Identity:
        def anonymize(self, text, context=None):
            return Result(text)


    async def main():
        store = Store(Path(sys.argv[1]))
        engine = Engine.start(
            find_template("gruppensupervision-integrationslotsen"),
            title="tmpfs",
            date=dt.date(2025, 3, 14),
            store=store,
            session_id="tmpfs001",
            anonymizer=Identity(),
        )
        engine.next()
        engine.next()
        server = LiveServer("127.0.0.1", 0, rate_limit=100_000, ip_rate_limit=100_000)
        await server.start()
        server.attach(engine)
        print("READY", server.local_url, store.journal_path(engine.session), flush=True)
        await asyncio.Event().wait()


    asyncio.run(main())
    """
)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 200 KB tmpfs, as a path this process and its children can write to."""
    mountpoint = tmp_path / "mnt"
    mountpoint.mkdir()
    userns = [] if os.geteuid() == 0 else ["--user", "--map-root-user"]
    script = 'mount -t tmpfs -o size=200k,mode=0700 tmpfs "$1" && echo MOUNTED && exec sleep 3600'
    holder = subprocess.Popen(
        [
            "unshare",
            *userns,
            "--mount",
            "--propagation",
            "private",
            "sh",
            "-c",
            script,
            "sh",
            str(mountpoint),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = holder.stdout.readline() if holder.stdout else ""
        assert line.strip() == "MOUNTED", f"no tmpfs: {holder.stderr.read() if holder.stderr else ''}"
        root = Path(f"/proc/{holder.pid}/root{mountpoint}")
        assert os.statvfs(root).f_blocks * os.statvfs(root).f_frsize == 200 * 1024
        yield root
    finally:
        holder.kill()
        holder.wait()
        for stream in (holder.stdout, holder.stderr):
            if stream:
                stream.close()


def fill(disk: Path) -> None:
    """Fill the disk up with dd, as the tester did; dd stops at "No space left on device"."""
    done = subprocess.run(
        ["dd", "if=/dev/zero", f"of={disk / 'fill'}", "bs=4k"], capture_output=True, text=True, check=False
    )
    assert "No space left on device" in done.stderr, done.stderr
    assert os.statvfs(disk).f_bavail == 0


def free(disk: Path) -> None:
    (disk / "fill").unlink()


@dataclass
class Server:
    process: subprocess.Popen[str]
    url: str
    journal: Path


@pytest.fixture
def server(small_disk: Path) -> Iterator[Server]:
    process = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(small_disk / "sessions")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        first = (process.stdout.readline() if process.stdout else "").split()
        assert first[:1] == ["READY"], process.stderr.read() if process.stderr else ""
        yield Server(process, first[1], Path(first[2]))
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        for stream in (process.stdout, process.stderr):
            if stream:
                stream.close()


@dataclass
class Phones:
    """Simulated phones and what each was told: its last acknowledged answer, and every refused one."""

    url: str
    sessions: list[aiohttp.ClientSession]
    acked: dict[int, str] = field(default_factory=dict)
    refused: set[str] = field(default_factory=set)
    statuses: list[int] = field(default_factory=list)

    async def answer(self, i: int, text: str) -> int:
        data = {"step": STEP, "text": text, "consent": "quote"}
        async with self.sessions[i].post(f"{self.url}/answer", data=data, headers=JSON) as r:
            body = await r.json()
            status = r.status
        self.statuses.append(status)
        if status == 200:
            self.acked[i] = text
        else:
            assert status == 503 and "nicht gespeichert" in body["error"], body
            self.refused.add(text)
        return status

    async def round(self, label: str) -> list[int]:
        return await asyncio.gather(
            *(self.answer(i, f"{label}, Handy {i}.") for i in range(len(self.sessions)))
        )

    async def check_pages(self) -> None:
        """No phone is shown a refused answer as saved, on its page or in step.json."""
        for i, phone in enumerate(self.sessions):
            async with phone.get(f"{self.url}/step.json") as r:
                own = (await r.json())["answer"]
            async with phone.get(self.url) as r:
                page = await r.text()
            assert (own["text"] if own else None) == self.acked.get(i)
            assert not any(text in page for text in self.refused)
            if i in self.acked:
                assert "Gespeichert" in page and self.acked[i] in page


class Identity:
    """The server's anonymizer in these tests: texts stay as sent, so they can be looked for on disk."""

    def anonymize(self, text: str, context: Context | None = None) -> Result:
        return Result(text)


def _resumed(journal: Path) -> Engine:
    return Engine.resume(Store(journal.parent), journal, anonymizer=Identity())


def _check_journal(journal: Path, phones: Phones) -> None:
    """What is on disk is exactly what phones were told: each one's last acknowledged answer, nothing refused."""
    text = journal.read_text(encoding="utf-8")
    assert not [t for t in phones.refused if f'"{t}"' in text]
    session = Store(journal.parent).replay(journal)
    assert sorted(a.text for a in session.answers_for(STEP)) == sorted(phones.acked.values())


async def _run(server: Server, disk: Path, n: int, cycles: int) -> Phones:
    phones = Phones(server.url, [client() for _ in range(n)])
    try:
        await asyncio.gather(*(join(p, server.url) for p in phones.sessions))
        await phones.round("vorher")
        assert len(phones.acked) == n
        for cycle in range(cycles):
            fill(disk)
            # the journal's last page may still take a few answers; then every one is refused
            for attempt in range(40):
                statuses = await phones.round(f"voll {cycle}.{attempt}")
                if set(statuses) == {503}:
                    break
            else:
                pytest.fail("the full disk never refused an answer")
            await phones.check_pages()
            if cycle == cycles - 1:
                return phones  # killed while the disk is still full
            free(disk)
            await phones.round(f"danach {cycle}")
            await phones.check_pages()
            _check_journal(server.journal, phones)
        return phones
    finally:
        await asyncio.gather(*(p.close() for p in phones.sessions))


def _kill_and_resume(server: Server, disk: Path, phones: Phones) -> None:
    os.kill(server.process.pid, signal.SIGKILL)
    server.process.wait(timeout=10)
    free(disk)
    _check_journal(server.journal, phones)
    engine = _resumed(server.journal)
    assert engine.position.step.id == STEP
    answers = {a.text for a in engine.session.answers_for(STEP)}
    assert answers == set(phones.acked.values()), "every acknowledged answer is back, none refused"
    engine.submit_answer("neu", AnswerInput(step_id=STEP, text="nach dem Neustart"))
    assert engine.store is not None
    assert engine.store.replay(server.journal) == engine.session


async def test_a_full_tmpfs_refuses_answers_and_never_stores_them_later(
    server: Server, small_disk: Path
) -> None:
    phones = await _run(server, small_disk, n=8, cycles=2)
    assert phones.refused and 503 in phones.statuses
    _kill_and_resume(server, small_disk, phones)


@pytest.mark.slow
async def test_a_full_tmpfs_many_phones_several_fills_then_kill_9(server: Server, small_disk: Path) -> None:
    phones = await _run(server, small_disk, n=40, cycles=5)
    assert len(phones.refused) >= 40 * 5
    _kill_and_resume(server, small_disk, phones)
