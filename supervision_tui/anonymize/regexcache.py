"""The anonymizer's compiled regular expressions kept across starts, beside the lexicon cache.

Importing `patterns`, `names` and `engine` compiles some 130 patterns; `re` parses each one and builds its
code in Python, about a third of the command line's start (`supervision-tui anonymize`). `kept()` wraps
that import: while it is open, what `re` would hand to `_sre.compile` (the code, the flags, the groups) is
looked up by pattern and flags in `$XDG_CACHE_HOME/supervision-tui/regex-<python>.bin` instead of parsed
again, and the file is rewritten when a pattern was missing. Patterns compare equal to what `re` builds
(`Pattern.__eq__` compares the code), tests/anonymize/test_regexcache.py checks each one.

The file holds the anonymizer's own patterns only: only compiles of the thread that opened `kept()` are
looked up and stored, and the window is the import of the modules, before any text is seen. Any error
reading it, a foreign or corrupt file or another Python falls back to `re`'s own compiling;
SUPERVISION_TUI_LEXICON_CACHE=0 turns it off with the lexicon cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_MAGIC = b"STUIRE\x00\x01"
_DIGEST = 16
_compiler: Any = getattr(re, "_compiler", None)  # 3.11+: re._compiler and re._parser
_parser: Any = getattr(re, "_parser", None)
_sre: Any = getattr(_compiler, "_sre", None)  # the C engine the code is for


def cache_path() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    # the code format belongs to the interpreter: one file per Python build
    return Path(base) / "supervision-tui" / f"regex-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}.bin"


def _read(path: Path) -> dict[Any, Any]:
    data = path.read_bytes()
    head = len(_MAGIC) + _DIGEST
    if (
        data[: len(_MAGIC)] != _MAGIC
        or hashlib.blake2b(data[head:], digest_size=_DIGEST).digest() != data[len(_MAGIC) : head]
    ):
        raise ValueError("not a regex cache")
    table = marshal.loads(data[head:])
    if not isinstance(table, dict):
        raise ValueError("not a regex cache")
    return table


def _write(path: Path, table: dict[Any, Any]) -> None:
    body = marshal.dumps(table)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(_MAGIC + hashlib.blake2b(body, digest_size=_DIGEST).digest() + body)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _arguments(pattern: str | bytes, flags: int) -> tuple[Any, ...]:
    """What `re._compiler.compile` passes to `_sre.compile` after the pattern (the same steps)."""
    tree = _parser.parse(pattern, flags)
    code = [
        int(op) for op in _compiler._code(tree, flags)
    ]  # its opcodes are an int subclass marshal cannot write
    groupindex = tree.state.groupdict
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | tree.state.flags), code, tree.state.groups - 1, groupindex, tuple(indexgroup))


@contextlib.contextmanager
def kept() -> Iterator[None]:
    """Compiles of this thread go through the cache file while the block runs."""
    if os.environ.get("SUPERVISION_TUI_LEXICON_CACHE", "1") == "0" or None in (_compiler, _parser, _sre):
        yield
        return
    path = cache_path()
    # read at the first compile: not at all when the modules were imported before
    table: dict[Any, Any] | None = None
    used: dict[Any, Any] = {}
    missed = False
    original = _compiler.compile
    owner = threading.get_ident()

    def compile(p: Any, flags: int = 0) -> Any:
        nonlocal missed, table
        if threading.get_ident() != owner or type(p) not in (str, bytes) or flags & re.DEBUG:
            return original(p, flags)
        if table is None:
            try:
                table = _read(path)
            except Exception:
                table = {}
        key = (p, flags)
        arguments = table.get(key)
        if arguments is not None:
            try:
                compiled = _sre.compile(p, *arguments)
            except Exception:  # a damaged entry: compiled anew and written again
                arguments = None
            else:
                used[key] = arguments
                return compiled
        try:
            arguments = _arguments(p, flags)
            compiled = _sre.compile(p, *arguments)
        except Exception:
            return original(p, flags)  # re's own error (or a change of its internals): as without the cache
        used[key] = arguments
        missed = True
        return compiled

    _compiler.compile = compile
    try:
        yield
    finally:
        _compiler.compile = original
        if missed:
            with contextlib.suppress(Exception):
                _write(path, used)
