"""The anonymizer's hot modules compiled with mypyc, used only while they match their sources.

`make native` compiles `patterns`, `names`, `learned` and `engine` into extension modules beside their sources and
records the sha256 of each source in `native.json` (`write_stamp`).
Compiled, the anonymizer runs about a fifth faster (benchmarks/anonymize_throughput.py). Python imports an
extension module before a .py of the same name, so after an edit a stale one would hide the change:
`use_sources_if_stale()`, called when the package is imported, then loads the sources instead. Without a
compiler nothing changes: the sources are the anonymizer, the extension modules only a faster copy.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = __name__.rpartition(".")[0]
MODULES = ("patterns", "names", "learned", "engine")  # in the order they import each other
STAMP = "native.json"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def compiled(directory: Path = HERE) -> list[str]:
    """The modules that have an extension module beside their source."""
    suffixes = importlib.machinery.EXTENSION_SUFFIXES
    return [m for m in MODULES if any((directory / f"{m}{suffix}").exists() for suffix in suffixes)]


def stale(directory: Path = HERE) -> list[str]:
    """Compiled modules whose source changed since they were compiled (all of them without a stamp)."""
    found = compiled(directory)
    try:
        stamp = json.loads((directory / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return found
    return [m for m in found if stamp.get(m) != _digest(directory / f"{m}.py")]


def write_stamp(directory: Path = HERE) -> None:
    stamp = {m: _digest(directory / f"{m}.py") for m in MODULES}
    (directory / STAMP).write_text(json.dumps(stamp, indent=1) + "\n", encoding="utf-8")


def use_sources_if_stale(directory: Path = HERE) -> bool:
    """Load the .py of every module if any extension module is stale; True if it did."""
    if not stale(directory):
        return False
    for module in MODULES:  # all or none: a compiled module calls its compiled neighbours directly
        name = f"{PACKAGE}.{module}"
        if name in sys.modules:
            continue
        loader = importlib.machinery.SourceFileLoader(name, str(directory / f"{module}.py"))
        spec = importlib.util.spec_from_loader(name, loader)
        assert spec is not None
        loaded = importlib.util.module_from_spec(spec)
        sys.modules[name] = loaded
        loader.exec_module(loaded)
    return True


def active() -> bool:
    """Whether the anonymizer that runs is the compiled one."""
    engine = sys.modules.get(f"{PACKAGE}.engine")
    return engine is not None and not str(getattr(engine, "__file__", "")).endswith(".py")
