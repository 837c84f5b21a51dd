"""One anonymization pass per annotated corpus, shared by the floor tests (`test_corpus.py`) and the approval test
of the exact output (`test_corpus_outputs.py`), and the record that test compares with.

`run(name)` anonymizes every document of `corpus/<name>` as `evaluation.evaluate` does (it *is* `evaluate`, with
the anonymizer's results kept): one fresh `Context` per session, its `@names` added, the documents in order. The
pass is cached per corpus, per process and per mutant: mutmut forks its mutant runs from a process that has run
the tests once, and a result cached there would hide every mutant from the corpus tests. Nor is it cached while
mutmut records which test calls which function (`MUTANT_UNDER_TEST=stats`): a test that found the pass cached
would be recorded as calling none, and mutmut would never run it for a mutant.

The record (`corpus/outputs/<corpus>.jsonl`) holds one line per document, in the corpus' order: the document's
line number in the corpus file, and what the anonymizer did to it: the replaced spans (start, end, label,
replacement, the text replaced), the doubts (start, end, the text doubted) and the Art. 9 flags (start, end,
category; their offsets point into the output). Nothing in it is not in the corpus already: the texts are the
corpus' own, the replacements are pseudonyms and placeholders. `python scripts/corpus_outputs.py --update`
writes it again after a deliberate change.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.evaluation import CORPUS_DAY, Doc, Report, evaluate, load
from supervision_tui.anonymize.types import Context, Result

CORPUS = Path(__file__).parent / "corpus"
OUTPUTS = CORPUS / "outputs"


@dataclass(frozen=True)
class Run:
    docs: list[Doc]
    lines: list[int]  # each document's line number in the corpus file (1-based)
    results: list[Result]
    report: Report


_runs: dict[tuple[str, int, str], Run] = {}


def corpora() -> list[str]:
    """Every annotated corpus, by file name."""
    return sorted(p.name for p in CORPUS.glob("*.txt"))


def run(name: str) -> Run:
    """The corpus anonymized as `evaluate` does it, once per process and mutant (see the module's doc)."""
    mutant = os.environ.get("MUTANT_UNDER_TEST", "")
    key = (name, os.getpid(), mutant)
    if key not in _runs or mutant == "stats":
        path = CORPUS / name
        docs = load(path)
        results: list[Result] = []
        anonymizer = default_anonymizer()

        def recorded(text: str, context: Context | None = None) -> Result:
            result = anonymizer.anonymize(text, context)
            results.append(result)
            return result

        report = evaluate(docs, recorded, CORPUS_DAY)
        _runs[key] = Run(docs, _line_numbers(path, docs), results, report)
    return _runs[key]


def _line_numbers(path: Path, docs: list[Doc]) -> list[int]:
    """The line of each document, as `evaluation.load` reads the file: a document is every line that is not
    blank, a comment or a `@names` line."""
    numbers = [
        number
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if (line := raw.rstrip()) and not line.startswith(("#", "@names:"))
    ]
    assert len(numbers) == len(docs), path
    return numbers


def entry(line: int, text: str, result: Result) -> dict[str, Any]:
    """What the record holds of one document (empty lists left out, so an untouched document is one short line)."""
    out: dict[str, Any] = {"line": line}
    if result.entities:
        out["spans"] = [
            [e.start, e.end, e.label, e.replacement, text[e.start : e.end]] for e in result.entities
        ]
    if result.doubts:
        out["doubts"] = [[d.start, d.end, text[d.start : d.end]] for d in result.doubts]
    if result.flags:
        out["flags"] = [[f.start, f.end, f.category] for f in result.flags]
    return out


def entries(name: str) -> list[dict[str, Any]]:
    """The record of a corpus as the anonymizer produces it now."""
    done = run(name)
    return [entry(n, d.text, r) for n, d, r in zip(done.lines, done.docs, done.results, strict=True)]


def record_path(name: str) -> Path:
    return OUTPUTS / f"{Path(name).stem}.jsonl"


def dumps(item: dict[str, Any]) -> str:
    return json.dumps(item, ensure_ascii=False, separators=(",", ":"))


def write(name: str) -> bool:
    """Write the record of a corpus; True if it changed."""
    path = record_path(name)
    text = "".join(dumps(item) + "\n" for item in entries(name))
    old = path.read_text(encoding="utf-8") if path.exists() else None
    if text != old:
        OUTPUTS.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return text != old


def orphans() -> list[Path]:
    """Records whose corpus is gone."""
    names = {record_path(name).name for name in corpora()}
    return sorted(p for p in OUTPUTS.glob("*.jsonl") if p.name not in names)


def recorded(name: str) -> list[dict[str, Any]]:
    path = record_path(name)
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def differences(name: str, shown: int = 5) -> tuple[int, str]:
    """How many documents of a corpus differ from the record, and the first `shown` of them, readably."""
    expected = recorded(name)
    got = entries(name)
    docs = run(name).docs
    if len(expected) != len(got):
        return max(len(expected), len(got), 1), (
            f"{name}: the record has {len(expected)} documents, the corpus {len(got)}: "
            "a corpus changed, write the record again (python scripts/corpus_outputs.py --update)"
        )
    differ = [(doc, old, new) for doc, old, new in zip(docs, expected, got, strict=True) if old != new]
    parts = [_shown(name, doc, old, new) for doc, old, new in differ[:shown]]
    if len(differ) > shown:
        parts.append(f"… and {len(differ) - shown} more documents")
    return len(differ), "\n\n".join(parts)


def _shown(name: str, doc: Doc, old: dict[str, Any], new: dict[str, Any]) -> str:
    lines = [f"{name}:{new['line']}: {doc.text}"]
    for key, what in (("spans", "masked"), ("doubts", "doubt"), ("flags", "flag")):
        before = [tuple(x) for x in old.get(key, [])]
        after = [tuple(x) for x in new.get(key, [])]
        for item in before:
            if item not in after:
                lines.append(f"  - {what} {_item(key, item)}   (recorded, gone now)")
        for item in after:
            if item not in before:
                lines.append(f"  + {what} {_item(key, item)}   (new)")
    if old.get("line") != new.get("line"):
        lines.append(f"  line {old.get('line')} in the record, {new['line']} in the corpus")
    return "\n".join(lines)


def _item(key: str, item: tuple[Any, ...]) -> str:
    if key == "spans":
        start, end, label, replacement, text = item
        return f"{text!r} {start}–{end} as {label} {replacement!r}"
    if key == "doubts":
        start, end, text = item
        return f"{text!r} {start}–{end}"
    start, end, category = item
    return f"{category} {start}–{end} of the output"
