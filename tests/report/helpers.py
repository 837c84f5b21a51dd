"""Run `supervision-tui report` in-process and read what it wrote, in any format, as plain text."""

from __future__ import annotations

import html
import io
import re
from pathlib import Path

import pypdf

from supervision_tui.cli import main

FORMATS = ["md", "html", "csv", "pdf"]


def report(dirs: list[Path], out: Path, fmt: str = "md", *extra: str) -> int:
    return main(["report", *map(str, dirs), "--format", fmt, "--out", str(out), *extra])


def plain(path: Path, fmt: str) -> str:
    """The words of a written report, separators and markup turned into single spaces."""
    raw = path.read_bytes()
    if fmt == "pdf":
        text = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(raw)).pages)
    else:
        text = raw.decode("utf-8-sig")
    if fmt == "html":
        text = html.unescape(re.sub(r"<[^>]+>", " ", text.split("</style>", 1)[1]))
    text = re.sub(r"[|;_>#]|---", " ", text)
    return re.sub(r"\s+", " ", text)
