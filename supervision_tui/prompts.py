"""Agenda templates: TOML data in `prompts/`, so supervisors add methods without touching code.

Searched in the checkout's `prompts/` first, then in the installed package data, then in any
extra directories given. A template that fails validation never starts a session.

Finding a template's file needs no models: the supervisor's app paints its first frame from the file
before pydantic has built them (`load_template` imports them).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Agenda

DEFAULT_TEMPLATE = "gruppensupervision-integrationslotsen"

_PACKAGE_DIR = Path(__file__).resolve().parent
_SEARCH_PATH = (_PACKAGE_DIR.parent / "prompts", _PACKAGE_DIR / "_templates")


class TemplateError(Exception):
    """A template cannot be used; `str()` names file, field and what is wrong, in German."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__("\n".join(f"{path}: {p}" for p in problems))


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    path: Path
    agenda: Agenda | None
    error: TemplateError | None = None


def _where(loc: tuple[int | str, ...], data: dict[str, object]) -> str:
    """`steps[3] (Anliegen sammeln).minutes` – a field path a supervisor can find in the file."""
    parts: list[str] = []
    node: object = data
    for item in loc:
        if isinstance(item, int):
            label = ""
            if isinstance(node, list) and item < len(node) and isinstance(node[item], dict):
                name = node[item].get("title") or node[item].get("name")
                label = f" ({name})" if name else ""
            parts[-1:] = [f"{parts[-1] if parts else ''}[{item + 1}]{label}"]
            node = node[item] if isinstance(node, list) and item < len(node) else None
        else:
            parts.append(str(item))
            node = node.get(item) if isinstance(node, dict) else None
    return ".".join(parts) or "(Datei)"


def load_template(path: Path) -> Agenda:
    """Read and validate one template; raise `TemplateError` with German messages."""
    from pydantic import ValidationError

    from .models import Agenda
    from .validation_messages import german_reason

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise TemplateError(path, [f"nicht lesbar ({exc.strerror})"]) from exc
    except UnicodeDecodeError as exc:
        raise TemplateError(path, ["ist nicht UTF-8-kodiert"]) from exc
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(path, [f"kein gültiges TOML: {exc}"]) from exc
    data.setdefault("id", path.stem)
    try:
        return Agenda.model_validate(data)
    except ValidationError as exc:
        problems = [f"{_where(tuple(err['loc']), data)}: {german_reason(err)}" for err in exc.errors()]
        raise TemplateError(path, problems) from exc


def template_dirs(extra: list[Path] | None = None) -> list[Path]:
    return [d for d in (*(extra or []), *_SEARCH_PATH) if d.is_dir()]


def list_templates(extra: list[Path] | None = None) -> list[TemplateInfo]:
    """Every template found, the first of each name winning; broken ones carry their error."""
    found: dict[str, TemplateInfo] = {}
    for directory in template_dirs(extra):
        for path in sorted(directory.glob("*.toml")):
            if path.stem in found:
                continue
            try:
                found[path.stem] = TemplateInfo(path.stem, path, load_template(path))
            except TemplateError as exc:
                found[path.stem] = TemplateInfo(path.stem, path, None, exc)
    return sorted(found.values(), key=lambda t: (t.name != DEFAULT_TEMPLATE, t.name))


def template_path(name_or_path: str, extra: list[Path] | None = None) -> Path | None:
    """The file of a template by name or path (not read), or None if there is none."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".toml" or candidate.is_file():
        return candidate
    for directory in template_dirs(extra):
        path = directory / f"{name_or_path}.toml"
        if path.is_file():
            return path
    return None


def find_template(name_or_path: str, extra: list[Path] | None = None) -> Agenda:
    """A template by name (`gruppensupervision-integrationslotsen`) or by file path."""
    path = template_path(name_or_path, extra)
    if path is not None:
        return load_template(path)
    names = ", ".join(t.name for t in list_templates(extra))
    raise TemplateError(Path(name_or_path), [f"Vorlage nicht gefunden. Vorhanden: {names}"])
