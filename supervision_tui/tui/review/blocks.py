"""The report's document blocks (tables, mood bands, quotes) as Rich renderables for the terminal.

They come from `report.document`, already suppressed: a hidden count arrives here as "." and a
distribution below five answers as its note, so nothing here can show more than an export.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table as RichTable
from rich.text import Text

from ...report.document import Block, Chart, Paragraph, Quotes, Section, Table

BAR_WIDTH = 30


def _table(block: Table) -> RichTable:
    table = RichTable(title=block.title, title_justify="left", title_style="bold", expand=False)
    for index, column in enumerate(block.columns):
        table.add_column(column, justify="left" if index == 0 else "right")
    for row in block.rows:
        table.add_row(*(Text(cell) for cell in row))
    return table


def _chart(block: Chart) -> Text:
    text = Text()
    text.append(f"Stimmung · {block.title}: {block.question}\n", style="bold")
    if block.note:
        answers = f" ({block.answers} Antworten)" if block.answers else ""
        text.append(f"{block.note}{answers}\n")
        return text
    text.append(f"Median {block.median} · {block.answers} Antworten\n")
    shown = [v for v in block.values if v]
    largest = max(shown, default=1)
    for label, value, cell in zip(block.labels, block.values, block.texts, strict=True):
        bar = "█" * max(1, round(BAR_WIDTH * value / largest)) if value else ""
        text.append(f"{label:>4} ")
        text.append(f"{bar} ", style="bold")
        text.append(f"{cell}\n")
    return text


def _quotes(block: Quotes) -> Text:
    text = Text()
    text.append(f"{block.title}\n", style="bold")
    if block.note:
        text.append(f"{block.note}\n")
    for item in block.items:
        text.append(f"  „{item}“\n")
    return text


def block_renderable(block: Block) -> RenderableType:
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Chart):
        return _chart(block)
    if isinstance(block, Quotes):
        return _quotes(block)
    assert isinstance(block, Paragraph)
    return Text(block.text)


def section_renderable(section: Section) -> RenderableType:
    """A whole report section: its title and each block, a blank line apart."""
    parts: list[RenderableType] = [Text(section.title, style="bold underline")]
    for block in section.blocks:
        parts += [Text(""), block_renderable(block)]
    return Group(*parts)
