"""A minimal stand-in until the full German anonymizer lands: session names, e-mail, long digit runs."""

from __future__ import annotations

import re

from .types import Context, Entity, Result

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DIGITS = re.compile(r"\+?\d[\d /-]{4,}\d")


class StandInAnonymizer:
    def anonymize(self, text: str, context: Context | None = None) -> Result:
        context = context if context is not None else Context()
        spans: list[tuple[int, int, str, str]] = []
        for name in sorted(context.names, key=len, reverse=True):
            for m in re.finditer(rf"\b{re.escape(name)}\w*", text, flags=re.IGNORECASE):
                key = name.casefold()
                if key not in context.pseudonyms:
                    context.pseudonyms[key] = f"[Person {chr(ord('A') + len(context.pseudonyms) % 26)}]"
                spans.append((m.start(), m.end(), "PERSON", context.pseudonyms[key]))
        spans += [(m.start(), m.end(), "EMAIL", "[E-Mail]") for m in _EMAIL.finditer(text)]
        spans += [(m.start(), m.end(), "NUMBER", "[Nummer]") for m in _DIGITS.finditer(text)]
        spans.sort()
        out: list[str] = []
        entities: list[Entity] = []
        pos = 0
        for start, end, label, repl in spans:
            if start < pos:
                continue
            out.append(text[pos:start])
            out.append(repl)
            entities.append(Entity(start, end, label, repl))
            pos = end
        out.append(text[pos:])
        return Result("".join(out), tuple(entities))
