"""A compact pixel font for projector text: 6 pixel rows, umlauts and ß included.

Rows 0–4 hold capitals and digits, lowercase letters sit in rows 1–4 with ascenders in row 0 and
descenders in row 5. Drawn with half blocks a glyph is 3 cells tall, so a question fits an 80×24
terminal; larger terminals draw each pixel with more cells.
"""

from __future__ import annotations

import unicodedata

HEIGHT = 6
LINE_GAP = 1  # blank pixel rows between two lines of text
SPACE_WIDTH = 2
LETTER_GAP = 1

_RAW: dict[str, str] = {
    "A": ".##. #..# #### #..# #..#",
    "B": "###. #..# ###. #..# ###.",
    "C": ".### #... #... #... .###",
    "D": "###. #..# #..# #..# ###.",
    "E": "#### #... ###. #... ####",
    "F": "#### #... ###. #... #...",
    "G": ".### #... #.## #..# .###",
    "H": "#..# #..# #### #..# #..#",
    "I": "### .#. .#. .#. ###",
    "J": "...# ...# ...# #..# .##.",
    "K": "#..# #.#. ##.. #.#. #..#",
    "L": "#... #... #... #... ####",
    "M": "#...# ##.## #.#.# #...# #...#",
    "N": "#..# ##.# #.## #..# #..#",
    "O": ".##. #..# #..# #..# .##.",
    "P": "###. #..# ###. #... #...",
    "Q": ".##. #..# #..# #.#. .#.#",
    "R": "###. #..# ###. #.#. #..#",
    "S": ".### #... .##. ...# ###.",
    "T": "### .#. .#. .#. .#.",
    "U": "#..# #..# #..# #..# .##.",
    "V": "#...# #...# .#.#. .#.#. ..#..",
    "W": "#...# #...# #.#.# ##.## #...#",
    "X": "#..# #..# .##. #..# #..#",
    "Y": "#.# #.# .#. .#. .#.",
    "Z": "#### ...# .##. #... ####",
    "Ä": "#..# .##. #..# #### #..#",
    "Ö": "#..# .##. #..# #..# .##.",
    "Ü": "#...# ..... #...# #...# .###.",
    # a: an arch over a closed bowl with its stem on the right, so it never reads as "o"
    "a": ".... ###. .### #..# .###",
    "b": "#... ###. #..# #..# ###.",
    "c": ".... .### #... #... .###",
    "d": "...# .### #..# #..# .###",
    "e": ".... .##. #### #... .###",
    "f": "..## .#.. ###. .#.. .#..",
    "g": ".... .### #..# .### ...# ###.",
    "h": "#... #... ###. #..# #..#",
    "i": "# . # # #",
    "j": "..# ... ..# ..# ..# ##.",
    "k": "#... #..# #.#. ###. #..#",
    "l": "#. #. #. #. .#",
    "m": "..... ####. #.#.# #.#.# #.#.#",
    "n": ".... ###. #..# #..# #..#",
    "o": ".... .##. #..# #..# .##.",
    "p": ".... ###. #..# ###. #... #...",
    "q": ".... .### #..# .### ...# ...#",
    "r": "... #.# ##. #.. #..",
    "s": ".... .### ##.. ..## ###.",
    "t": ".#.. ###. .#.. .#.. ..##",
    "u": ".... #..# #..# #..# .###",
    "v": "... #.# #.# #.# .#.",
    "w": "..... #...# #...# #.#.# .#.#.",
    "x": ".... #..# .##. .##. #..#",
    "y": ".... #..# #..# .### ...# ###.",
    "z": ".... #### ..#. .#.. ####",
    "ä": "#..# .... ###. #.## .###",
    "ö": "#..# .... .##. #..# .##.",
    "ü": "#..# .... #..# #..# .###",
    "ß": ".##. #..# #.#. #..# #.#.",
    "0": "### #.# #.# #.# ###",
    "1": ".#. ##. .#. .#. ###",
    "2": "##. ..# .#. #.. ###",
    "3": "##. ..# .#. ..# ##.",
    "4": "#.# #.# ### ..# ..#",
    "5": "### #.. ##. ..# ##.",
    "6": ".## #.. ##. #.# .#.",
    "7": "### ..# .#. .#. .#.",
    "8": "### #.# .#. #.# ###",
    "9": ".#. #.# .## ..# ##.",
    "?": "### ..# .## ... .#.",
    "!": "# # # . #",
    ".": ". . . . #",
    ",": ".. .. .. .. .# #.",
    ":": ". # . # .",
    ";": ". # . # # #",
    "-": "... ... ###",
    "–": ".... .... ####",
    "+": "... .#. ### .#.",
    "/": "..# ..# .#. #.. #..",
    "(": ".# #. #. #. .#",
    ")": "#. .# .# .# #.",
    "'": "# #",
    '"': "#.# #.#",
    "„": "... ... ... ... #.# #.#",
    "·": ". . #",
    "&": ".#.. #.#. .#.# #.#. .#.#",
    "%": "#..# ..#. .#.. #... #..#",
    "#": ".#.#. ##### .#.#. ##### .#.#.",
    "*": "#.# .#. #.#",
    "=": "... ### ... ###",
    "_": ".... .... .... .... ####",
}
_ALIASES = {"“": '"', "”": '"', "‚": ",", "‘": "'", "’": "'", "—": "–", "…": "."}
_UNKNOWN = "### ### ### ### ###"


def _parse(raw: str) -> tuple[str, ...]:
    rows = raw.split()
    width = max(len(r) for r in rows)
    rows += ["." * width] * (HEIGHT - len(rows))
    return tuple(r.ljust(width, ".") for r in rows)


GLYPHS: dict[str, tuple[str, ...]] = {ch: _parse(raw) for ch, raw in _RAW.items()}


def glyph(char: str) -> tuple[str, ...]:
    """The pixel rows of one character; accents fall back to the base letter."""
    char = _ALIASES.get(char, char)
    if char in GLYPHS:
        return GLYPHS[char]
    base = unicodedata.normalize("NFKD", char)[:1]
    if base in GLYPHS:
        return GLYPHS[base]
    if char.upper() in GLYPHS:
        return GLYPHS[char.upper()]
    return _parse(_UNKNOWN)


def word_width(word: str) -> int:
    """Pixel width of a word, gaps between letters included."""
    if not word:
        return 0
    return sum(len(glyph(c)[0]) for c in word) + LETTER_GAP * (len(word) - 1)


def wrap(text: str, width: int) -> list[str] | None:
    """Greedy word wrap to `width` pixels; None if one word alone is too wide."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        if word_width(word) > width:
            return None
        candidate = f"{current} {word}" if current else word
        if line_width(candidate) <= width:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def line_width(line: str) -> int:
    words = line.split(" ")
    return sum(word_width(w) for w in words) + (SPACE_WIDTH + 2 * LETTER_GAP) * (len(words) - 1)


def bitmap(lines: list[str]) -> list[list[bool]]:
    """Pixel rows for the given lines, left aligned, padded to the widest line."""
    width = max((line_width(line) for line in lines), default=0)
    rows: list[list[bool]] = []
    for index, line in enumerate(lines):
        if index:
            rows.extend([False] * width for _ in range(LINE_GAP))
        block = [[False] * width for _ in range(HEIGHT)]
        x = 0
        for pos, char in enumerate(line):
            if char == " ":
                x += SPACE_WIDTH + LETTER_GAP
                continue
            g = glyph(char)
            for y, row in enumerate(g):
                for dx, pixel in enumerate(row):
                    if pixel == "#":
                        block[y][x + dx] = True
            x += len(g[0]) + (LETTER_GAP if pos + 1 < len(line) else 0)
        rows.extend(block)
    return rows
