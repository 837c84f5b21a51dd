"""The anonymizer's doubts (words that are neither a known word nor a known name) on the console: how they
are marked in the private views (the queue, the note review) and in the summary while a projection has a
window of its own, and the two keys that judge one wherever they are shown."""

from __future__ import annotations

from textual.binding import Binding

from ...engine import Engine
from ..texts import Texts

DOUBT_STYLE = "bold underline"

MASK_DOUBT = Binding("x", "mask_doubt", "key.mask_doubt")
KEEP_DOUBT = Binding("b", "keep_doubt", "key.keep_doubt")


def judge_doubt(engine: Engine, word: str, *, mask: bool, t: Texts) -> str:
    """Decide a doubt for the rest of the session; returns the confirmation to show beside it.

    Masked: a name, masked in what was stored too and in every later text. Kept: no name, readable from now
    on and no doubt any more."""
    if mask:
        engine.mask_word(word)
        return t("review.added", name=word)
    engine.release_word(word)
    return t("review.released", word=word)
