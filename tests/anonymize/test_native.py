"""The compiled anonymizer is used only while it matches its sources; otherwise the sources run."""

from __future__ import annotations

import importlib.machinery
import shutil
import subprocess
import sys
from pathlib import Path

from supervision_tui.anonymize import native

PACKAGE = Path(native.__file__).resolve().parent.parent  # supervision_tui/
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def copy_package(tmp_path: Path) -> Path:
    """A copy of the package without any compiled module."""
    target = tmp_path / "supervision_tui"
    shutil.copytree(
        PACKAGE, target, ignore=shutil.ignore_patterns("*.so", "*.pyd", "native.json", "__pycache__")
    )
    return target / "anonymize"


def run(root: Path, code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PYTHONPATH": str(root)},
    )


PROBE = (
    "from supervision_tui.anonymize import anonymize, native; "
    "print(anonymize('Herr Müller ruft an.').text); "
    "import supervision_tui.anonymize.engine as e; print(e.__file__)"
)


def test_stale_follows_the_stamp(tmp_path: Path) -> None:
    directory = copy_package(tmp_path)
    assert native.compiled(directory) == [] and native.stale(directory) == []
    for module in native.MODULES:
        (directory / f"{module}{SUFFIX}").write_bytes(b"")
    assert native.stale(directory) == list(native.MODULES)  # no stamp: nothing is trusted
    native.write_stamp(directory)
    assert native.stale(directory) == []
    with (directory / "names.py").open("a", encoding="utf-8") as fh:
        fh.write("\n# edited\n")
    assert native.stale(directory) == ["names"]


def test_a_stale_extension_module_is_never_imported(tmp_path: Path) -> None:
    """An unloadable extension module stands for a stale one: imported, it would fail."""
    directory = copy_package(tmp_path)
    for module in native.MODULES:
        (directory / f"{module}{SUFFIX}").write_bytes(b"not a shared object")
    native.write_stamp(directory)
    with (directory / "patterns.py").open("a", encoding="utf-8") as fh:
        fh.write("\n# edited after compiling\n")
    proc = run(tmp_path, PROBE)
    assert proc.returncode == 0, proc.stderr
    text, engine_file = proc.stdout.splitlines()
    assert text == "Herr [Person A] ruft an."
    assert engine_file.endswith("engine.py")


def test_without_compiled_modules_the_sources_run(tmp_path: Path) -> None:
    copy_package(tmp_path)
    proc = run(tmp_path, PROBE + "; print(native.active())")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == "Herr [Person A] ruft an."
    assert proc.stdout.splitlines()[-1] == "False"


def test_the_compiled_modules_here_are_fresh_or_absent() -> None:
    """After `make native` (which `make test` runs first) the checkout's extension modules are in use."""
    assert native.stale() == []
    proc = run(PACKAGE.parent, PROBE + "; print(native.active())")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1] == str(bool(native.compiled()))
