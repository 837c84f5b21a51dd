"""Colour themes. `projektor` is the default: projectors wash out anything but pure black and white
with saturated accents, so no muted greys."""

from __future__ import annotations

from typing import Any

from textual.theme import Theme

# One theme a row. `boost` is the strongest text; `cursor` the block cursor's background and text
# where Textual's default is too faint ("-": the default).
_TABLE = """
name       dark  background surface  panel    foreground boost    primary  secondary accent   warning  error    success  cursor   cursor-text
projektor  yes   #000000    #000000  #000000  #ffffff    #ffffff  #00e5ff  #ffe600   #ffe600  #ffb000  #ff3030  #00ff6a  #ffe600  #000000
hell       no    #ffffff    #ffffff  #f2f2f2  #000000    #000000  #0033cc  #7a1fa2   #b3006b  #8a5a00  #c80000  #006b2e  #0033cc  #ffffff
dunkel     yes   #15171c    #1e2128  #272b34  #eeeeee    #ffffff  #82aaff  #ffcb6b   #ffcb6b  #ffcb6b  #ff6b6b  #8bd49c  -        -
"""


def _themes(table: str) -> tuple[Theme, ...]:
    head, *rows = (line.split() for line in table.strip().splitlines())
    themes = []
    for row in rows:
        colours: dict[str, Any] = dict(zip(head, row, strict=True))
        cursor, text = colours.pop("cursor"), colours.pop("cursor-text")
        themes.append(
            Theme(
                name=colours.pop("name"),
                dark=colours.pop("dark") == "yes",
                variables={"block-cursor-background": cursor, "block-cursor-foreground": text}
                if cursor != "-"
                else {},
                **colours,
            )
        )
    return tuple(themes)


THEMES = _themes(_TABLE)
PROJEKTOR, HELL, DUNKEL = THEMES
THEME_NAMES = tuple(theme.name for theme in THEMES)
DEFAULT_THEME = PROJEKTOR.name
