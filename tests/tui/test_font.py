"""The projector's pixel font: every German letter, digit and mark has a glyph of its own.

Rendered through the same drawing code as `BigText` (compact half-block scale and the tall one);
no two characters may come out the same, and no two glyphs may differ in a single pixel only.
"""

from __future__ import annotations

import string
from itertools import combinations

import pytest

from supervision_tui.tui.widgets import Scale, font
from supervision_tui.tui.widgets.bigtext import draw

GERMAN = string.ascii_uppercase + "ÄÖÜ" + string.ascii_lowercase + "äöüß"
MARKS = string.digits + "?!.,:–"
CHARACTERS = GERMAN + MARKS


def pixels(char: str) -> set[tuple[int, int]]:
    return {(x, y) for y, row in enumerate(font.glyph(char)) for x, p in enumerate(row) if p == "#"}


def counters(char: str) -> list[set[tuple[int, int]]]:
    """The glyph's enclosed holes (like the inside of o): blank pixels not reachable from outside."""
    rows = font.glyph(char)
    height, width = len(rows), len(rows[0])
    ink = pixels(char)
    outside: set[tuple[int, int]] = set()
    stack = [(x, y) for x in range(-1, width + 1) for y in (-1, height)]
    stack += [(x, y) for y in range(height) for x in (-1, width)]
    while stack:
        x, y = stack.pop()
        if (x, y) in outside or (x, y) in ink or not (-1 <= x <= width and -1 <= y <= height):
            continue
        outside.add((x, y))
        stack += [(x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)]
    holes = {(x, y) for x in range(width) for y in range(height)} - ink - outside
    found: list[set[tuple[int, int]]] = []
    for start in sorted(holes):
        if any(start in hole for hole in found):
            continue
        hole, todo = set(), [start]
        while todo:
            point = todo.pop()
            if point in hole or point not in holes:
                continue
            hole.add(point)
            x, y = point
            todo += [(x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)]
        found.append(hole)
    return found


def test_every_character_has_a_glyph_of_its_own() -> None:
    missing = [c for c in CHARACTERS if c not in font.GLYPHS]
    assert not missing  # no fallback to a base letter or the unknown box


@pytest.mark.parametrize("scale", [Scale.HALF, Scale.TALL])
def test_no_two_characters_render_alike(scale: Scale) -> None:
    rendered = {c: tuple(draw([c], scale, 12)) for c in CHARACTERS}
    same = [(a, b) for a, b in combinations(CHARACTERS, 2) if rendered[a] == rendered[b]]
    assert not same


def test_no_two_glyphs_differ_in_one_pixel_only() -> None:
    close = [(a, b) for a, b in combinations(CHARACTERS, 2) if len(pixels(a) ^ pixels(b)) < 2]
    assert not close


def test_lowercase_a_has_an_arch_over_a_closed_bowl_and_a_right_stem() -> None:
    """What tells a from o three metres away: a roof that o lacks, a bowl sitting low, a stem."""
    a, o = pixels("a"), pixels("o")
    top, base, right = 1, 4, 3  # x-height rows 1–4, four columns
    assert (0, top) in a and (0, top) not in o  # the arch reaches the top-left corner; o is round there
    assert {(right, y) for y in range(top + 1, base + 1)} <= a  # the stem on the right down to the baseline
    (bowl,) = counters("a")
    (inside_o,) = counters("o")
    assert {y for _, y in bowl} == {base - 1}  # a closed bowl in the lower half
    assert {y for _, y in inside_o} == {top + 1, base - 1}
    assert len(a ^ o) >= 4
    # The umlaut keeps the shape: an arch, then a closed bowl.
    assert len(counters("ä")) == 1 and (0, 2) in pixels("ä") and (0, 2) not in pixels("ö")


def test_h_has_a_tall_stem_and_n_does_not() -> None:
    assert {(0, 0), (0, 1)} <= pixels("h")
    assert (0, 0) not in pixels("n") and (1, 1) in pixels("n") and (1, 1) not in pixels("h")
