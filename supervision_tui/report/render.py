"""The output formats, all from the one `document.Report`: Markdown, HTML, CSV and PDF.

HTML is one self-contained German file: jinja2 with autoescape, inline CSS, charts as inline SVG
from a template macro (integer geometry, no ids, no timestamps), no script and no reference outside
the file. The same report gives the same bytes. PDF is that HTML printed by weasyprint, an optional
extra (`pip install -e '.[pdf]'`).
"""

from __future__ import annotations

import csv
import io
import re
from functools import cache

import jinja2
import markupsafe

from .document import Chart, Paragraph, Quotes, Report, Table

_NUMERIC = re.compile(r"^(\d+(,\d+)?|\.)$")


class PdfUnavailable(Exception):
    """weasyprint (the optional `pdf` extra) is not installed or cannot load its libraries."""


@cache
def _cell(text: str) -> str:
    """One table cell as HTML; cells repeat across sessions, so each is escaped once."""
    numeric = ' class="num"' if _NUMERIC.match(text) else ""
    return f"<td{numeric}>{markupsafe.escape(text)}</td>"


def _rows(rows: tuple[tuple[str, ...], ...]) -> markupsafe.Markup:
    # A 1,000-session report has some 100,000 cells: one join here instead of a template loop.
    return markupsafe.Markup("\n".join("<tr>" + "".join(_cell(c) for c in row) + "</tr>" for row in rows))


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("supervision_tui.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters["rows"] = _rows
    return env


def to_html(report: Report) -> str:
    """The report as one self-contained HTML page."""
    return _environment().get_template("report.html").render(report=report)


def _md(text: str) -> str:
    # A cell must not end the table row or start markup of its own.
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def to_markdown(report: Report) -> str:
    """The report as Markdown (tables as pipe tables, charts as band tables)."""
    out = [f"# {_md(report.title)}", "", _md(report.subtitle), ""]
    out.extend(f"> {_md(note)}\n" for note in report.notes)
    for section in report.sections:
        out += [f"## {_md(section.title)}", ""]
        for block in section.blocks:
            if isinstance(block, Paragraph):
                out += [_md(block.text), ""]
            elif isinstance(block, Table):
                out += [f"### {_md(block.title)}", ""]
                out.append("| " + " | ".join(_md(c) for c in block.columns) + " |")
                out.append("|" + "|".join("---" for _ in block.columns) + "|")
                out.extend("| " + " | ".join(_md(c) for c in row) + " |" for row in block.rows)
                out.append("")
            elif isinstance(block, Chart):
                out += [f"### Stimmung · {_md(block.title)}: {_md(block.question)}", ""]
                if block.note:
                    answers = f" ({block.answers} Antworten)" if block.answers else ""
                    out += [f"_{_md(block.note)}{answers}_", ""]
                else:
                    out += [f"Median {block.median} · {block.answers} Antworten", ""]
                    if block.remark:
                        out += [f"_{_md(block.remark)}_", ""]
                    out += ["| Bereich | Antworten |", "|---|---|"]
                    out.extend(
                        f"| {label} | {text} |" for label, text in zip(block.labels, block.texts, strict=True)
                    )
                    out.append("")
            elif isinstance(block, Quotes):
                out += [f"### {_md(block.title)}", ""]
                if block.note:
                    out += [f"_{_md(block.note)}_", ""]
                out.extend(f"> „{_md(item)}“\n" for item in block.items)
    return "\n".join(out).rstrip("\n") + "\n"


def to_csv(report: Report) -> bytes:
    """The report as CSV for a German spreadsheet: UTF-8 with BOM, `;`, decimal comma, CRLF.

    One file; each table follows the section and table name in its first column, then its header
    and rows, then an empty line.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([report.title])
    writer.writerow([report.subtitle])
    for note in report.notes:
        writer.writerow([note])
    writer.writerow([])
    for section in report.sections:
        for block in section.blocks:
            if isinstance(block, Paragraph):
                writer.writerow([section.title, block.text])
            elif isinstance(block, Table):
                writer.writerow([section.title, block.title])
                writer.writerow(block.columns)
                writer.writerows(block.rows)
            elif isinstance(block, Chart):
                writer.writerow([section.title, f"Stimmung · {block.title}: {block.question}"])
                if block.note:
                    writer.writerow([block.note, block.answers])
                else:
                    writer.writerow(["Bereich", "Antworten"])
                    writer.writerows(zip(block.labels, block.texts, strict=True))
                    writer.writerow(["Median", block.median])
                    writer.writerow(["Antworten gesamt", block.answers])
                    if block.remark:
                        writer.writerow([block.remark])
            elif isinstance(block, Quotes):
                writer.writerow([section.title, block.title])
                if block.note:
                    writer.writerow([block.note])
                writer.writerows([item] for item in block.items)
            writer.writerow([])
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")


def to_pdf(report: Report) -> bytes:
    """The HTML report printed to PDF by weasyprint; `PdfUnavailable` without it."""
    try:
        from weasyprint import HTML  # the optional `pdf` extra
    except (ImportError, OSError) as exc:  # OSError: the package is there, Pango is not
        raise PdfUnavailable(str(exc)) from exc
    pdf: bytes = HTML(string=to_html(report)).write_pdf()
    return pdf
