"""The compiled patterns kept across starts (`regexcache.kept`) are the patterns `re` builds."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest

from supervision_tui.anonymize import engine, names, patterns, regexcache

ORIGINAL = re._compiler.compile  # type: ignore[attr-defined]


def _anonymizer_patterns() -> list[re.Pattern[str]]:
    found: dict[tuple[str, int], re.Pattern[str]] = {}

    def visit(value: object, depth: int) -> None:
        if isinstance(value, re.Pattern):
            found[value.pattern, value.flags] = value
        elif depth and isinstance(value, (tuple, list, frozenset, set)):
            for item in value:
                visit(item, depth - 1)
        elif depth and isinstance(value, dict):
            for item in value.values():
                visit(item, depth - 1)

    for module in (patterns, names, engine):
        for value in vars(module).values():
            visit(value, 2)
    return list(found.values())


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("SUPERVISION_TUI_LEXICON_CACHE", raising=False)
    return tmp_path


def _compile_all(items: list[re.Pattern[str]]) -> list[re.Pattern[str]]:
    with regexcache.kept():
        return [re._compiler.compile(p.pattern, p.flags) for p in items]  # type: ignore[attr-defined]


def test_every_pattern_of_the_anonymizer_comes_back_equal(cache_home: Path) -> None:
    items = _anonymizer_patterns()
    assert len(items) > 100
    first = _compile_all(items)  # compiled and written
    path = regexcache.cache_path()
    assert path.exists() and path.stat().st_mode & 0o777 == 0o600
    written = path.stat().st_mtime_ns, path.read_bytes()
    second = _compile_all(items)  # read back: nothing missing, the file stays as it is
    assert (path.stat().st_mtime_ns, path.read_bytes()) == written
    for p, a, b in zip(items, first, second, strict=True):
        expected = ORIGINAL(p.pattern, p.flags)
        for got in (a, b):
            # Pattern.__eq__ compares the pattern, the flags and the compiled code
            assert got == expected, p.pattern
            assert (got.groups, got.groupindex) == (expected.groups, expected.groupindex), p.pattern


def test_a_pattern_read_back_matches_like_re(cache_home: Path) -> None:
    source = r"(?P<year>\d{4})-(?P<month>\d\d)|(?i:straße)"
    _compile_all([re.compile(source)])
    [cached] = _compile_all([re.compile(source)])
    text = "am 2024-05 in der STRASSE und Straße"
    assert [m.groupdict() for m in cached.finditer(text)] == [
        m.groupdict() for m in re.finditer(source, text)
    ]
    assert cached.groupindex == {"year": 1, "month": 2}
    inline = "(?x) a b  # verbose, from the pattern's own flags"
    with regexcache.kept():
        re._compiler.compile(inline, 0)  # type: ignore[attr-defined]
    with regexcache.kept():
        read_back = re._compiler.compile(inline, 0)  # type: ignore[attr-defined]
    assert read_back == ORIGINAL(inline, 0) and read_back.flags == re.VERBOSE | re.UNICODE


def test_other_threads_and_a_corrupt_file_are_left_to_re(cache_home: Path) -> None:
    path = regexcache.cache_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"STUIRE\x00\x01" + b"\x00" * 40)  # damaged: ignored, then written anew
    seen: list[re.Pattern[str]] = []
    with regexcache.kept():
        worker = threading.Thread(target=lambda: seen.append(re._compiler.compile("other-thread", 0)))  # type: ignore[attr-defined]
        worker.start()
        worker.join()
        mine = re._compiler.compile("this-thread", 0)  # type: ignore[attr-defined]
    assert seen == [ORIGINAL("other-thread", 0)] and mine == ORIGINAL("this-thread", 0)
    assert re._compiler.compile is ORIGINAL  # type: ignore[attr-defined]
    assert regexcache._read(path) == {("this-thread", 0): regexcache._arguments("this-thread", 0)}


def test_turned_off_with_the_lexicon_cache(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUPERVISION_TUI_LEXICON_CACHE", "0")
    assert _compile_all([re.compile("a+b")]) == [ORIGINAL("a+b", re.UNICODE)]
    assert not regexcache.cache_path().exists()
