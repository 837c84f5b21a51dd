"""Fixtures shared by every test folder. Keep this small: folder-specific ones live in their conftest."""

from __future__ import annotations

import errno
import os
import socket
from collections.abc import Callable
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _reading_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every session a test opens reads its texts against the corpora's day, not the calendar's: whether "am
    24.11." has passed (a past event's day, masked) or is ahead (an appointment's, kept) must not change with
    the day the suite runs. A test that means another day gives its `Context(today=...)`."""
    from supervision_tui.anonymize import types  # light: no rules, no word lists (the TUI's start tests ask)

    monkeypatch.setattr(types, "reading_day", lambda: types.CORPUS_DAY)


@pytest.fixture
def repo_root() -> Path:
    """The checkout (where `pyproject.toml`, `prompts/` and `sessions/` live)."""
    return REPO_ROOT


@pytest.fixture
def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago (for a server that must keep its port)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class DiskFull:
    """A disk that fills up under `root`: while `full`, `os.write` and/or `os.fsync` of files below `root`
    fail with ENOSPC, as on a full disk (a write fails on tmpfs, an fsync on ext4 with delayed allocation).

    Only files below `root` fail (with `suffix`, only those whose name ends so): sockets, pipes and other
    files work, so a real server keeps answering.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch, root: Path, at: str, suffix: str = "") -> None:
        assert at in ("write", "fsync", "both")
        self.root = str(root.resolve())
        self.suffix = suffix
        self.at = at
        self.full = False
        self.refused = 0  # calls that failed
        real_write, real_fsync = os.write, os.fsync

        def write(fd: int, data: bytes) -> int:
            if self.at != "fsync":
                self._check(fd)
            return real_write(fd, data)

        def fsync(fd: int) -> None:
            if self.at != "write":
                self._check(fd)
            real_fsync(fd)

        monkeypatch.setattr(os, "write", write)
        monkeypatch.setattr(os, "fsync", fsync)

    def _check(self, fd: int) -> None:
        if not self.full:
            return
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            return
        inside = target == self.root or target.startswith(self.root + os.sep)
        if inside and target.endswith(self.suffix):
            self.refused += 1
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.fixture
def disk_full(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path, str], DiskFull]:
    """`disk_full(sessions_dir, "write" | "fsync" | "both", suffix="")`; `.full = True` fills the disk."""

    def make(root: Path, at: str = "write", suffix: str = "") -> DiskFull:
        root.mkdir(parents=True, exist_ok=True)
        return DiskFull(monkeypatch, root, at, suffix)

    return make


@pytest.fixture(scope="session", autouse=True)
def _name_finders_forget_under_mutmut() -> None:
    """`make mutation`: mutmut forks each mutant's test run from a process that has run the tests already,
    where the name finders (the default anonymizer's, a test module's cached one) hold their decisions per
    token text. A mutant of `_classify`, `_info`, `_doubtful` or the finder's constructor would then never be
    called and survive whatever it breaks: under mutmut, every finder starts afresh (built again by the
    code under test), as in a new process, and so does the module's cache of `_person_noun`. Outside mutmut
    this does nothing."""
    if "MUTANT_UNDER_TEST" not in os.environ:
        return
    import gc

    from supervision_tui.anonymize import names
    from supervision_tui.anonymize.engine import GermanAnonymizer
    from supervision_tui.anonymize.names import NameFinder

    # the module's cache of person nouns ("Anwalt" names a person): a mutant of `_umlauted` was never called
    names._PERSON_NOUNS.clear()
    gc.unfreeze()  # mutmut freezes what the forking process holds, and frozen objects are not listed
    for obj in gc.get_objects():
        if isinstance(obj, NameFinder):
            obj.__init__(obj.lex)  # type: ignore[misc]
        elif isinstance(obj, GermanAnonymizer):
            obj._surfaces.clear()
