"""How the console marks a doubt (a word that is neither a known word nor a known name): in the private
views (the queue, the note review) and in the summary while a projection has a window of its own."""

DOUBT_STYLE = "bold underline"
