"""Colour themes. `projektor` is the default: projectors wash out anything but pure black and white
with saturated accents, so no muted greys."""

from __future__ import annotations

from textual.theme import Theme

PROJEKTOR = Theme(
    name="projektor",
    dark=True,
    background="#000000",
    surface="#000000",
    panel="#000000",
    foreground="#ffffff",
    primary="#00e5ff",
    secondary="#ffe600",
    accent="#ffe600",
    warning="#ffb000",
    error="#ff3030",
    success="#00ff6a",
    boost="#ffffff",
    variables={"block-cursor-background": "#ffe600", "block-cursor-foreground": "#000000"},
)

HELL = Theme(
    name="hell",
    dark=False,
    background="#ffffff",
    surface="#ffffff",
    panel="#f2f2f2",
    foreground="#000000",
    primary="#0033cc",
    secondary="#7a1fa2",
    accent="#b3006b",
    warning="#8a5a00",
    error="#c80000",
    success="#006b2e",
    boost="#000000",
    variables={"block-cursor-background": "#0033cc", "block-cursor-foreground": "#ffffff"},
)

DUNKEL = Theme(
    name="dunkel",
    dark=True,
    background="#15171c",
    surface="#1e2128",
    panel="#272b34",
    foreground="#eeeeee",
    primary="#82aaff",
    secondary="#ffcb6b",
    accent="#ffcb6b",
    warning="#ffcb6b",
    error="#ff6b6b",
    success="#8bd49c",
    boost="#ffffff",
)

THEMES = (PROJEKTOR, HELL, DUNKEL)
THEME_NAMES = tuple(theme.name for theme in THEMES)
DEFAULT_THEME = PROJEKTOR.name
