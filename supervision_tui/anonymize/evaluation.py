"""Scoring the anonymizer against an annotated corpus (used by benchmarks/anonymize_eval.py and the tests).

Corpus format: one document per line, identifiers marked as ``[LABEL:text]`` or ``[LABEL:text|id]``; a blank
line starts a new session (fresh Context); ``@names: A, B`` registers session names; ``#`` lines are comments; a
document of several lines (a clinical letter) writes each line break as a backslash and an "n".
An identifier counts as caught only if every letter and digit of it lies inside a replaced span.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .types import CORPUS_DAY, Context, Result

__all__ = ["CORPUS_DAY", "Doc", "Report", "evaluate", "load"]

MARK = re.compile(r"\[([A-Z]+):([^\[\]|]+)(?:\|([^\[\]]+))?\]")
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass
class Item:
    start: int
    end: int
    label: str
    identity: str


@dataclass
class Doc:
    text: str
    items: list[Item]
    session: int
    names: tuple[str, ...] = ()


@dataclass
class Report:
    items: Counter[str] = field(default_factory=Counter)
    caught: Counter[str] = field(default_factory=Counter)
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # label, item, sentence
    words: int = 0
    words_kept: int = 0
    lost_words: Counter[str] = field(default_factory=Counter)
    same_pairs: int = 0
    same_consistent: int = 0
    diff_pairs: int = 0
    diff_distinct: int = 0
    false_spans: list[tuple[str, str, str]] = field(default_factory=list)  # label, span, document
    clean_docs: int = 0
    clean_unchanged: int = 0
    misses_doubted: int = 0  # leaks whose readable letters were all flagged as doubts
    doubts: int = 0  # doubts raised outside any annotation (the noise a reviewer sees)
    # one person under several pseudonyms: identity, [(mention, pseudonym, pairs split)]
    splits: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)
    # one pseudonym for several people: pseudonym, [(identity, mention)]
    merges: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        total = sum(self.items.values())
        return sum(self.caught.values()) / total if total else 1.0

    @property
    def leaked_share(self) -> float:
        return 1.0 - self.recall

    @property
    def kept_share(self) -> float:
        return self.words_kept / self.words if self.words else 1.0

    @property
    def consistency(self) -> float:
        return self.same_consistent / self.same_pairs if self.same_pairs else 1.0

    @property
    def distinctness(self) -> float:
        return self.diff_distinct / self.diff_pairs if self.diff_pairs else 1.0


def parse_line(line: str) -> tuple[str, list[Item]]:
    out: list[str] = []
    items: list[Item] = []
    pos = 0
    length = 0
    for m in MARK.finditer(line):
        out.append(line[pos : m.start()])
        length += m.start() - pos
        value = m.group(2)
        identity = (m.group(3) or _identity(value)).casefold()
        items.append(Item(length, length + len(value), m.group(1), identity))
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(line[pos:])
    return "".join(out), items


def _identity(value: str) -> str:
    words = value.casefold().split()
    last = words[-1] if words else value.casefold()
    for suffix in ("'s", "’s", "s"):
        if last.endswith(suffix) and len(last) > 4 and not last.endswith("ss"):
            last = last[: -len(suffix)]
            break
    return last


def load(path: Path) -> list[Doc]:
    docs: list[Doc] = []
    session = 0
    names: tuple[str, ...] = ()
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line:
            session += 1
            names = ()
            continue
        if line.startswith("#"):
            continue
        if line.startswith("@names:"):
            names = tuple(n.strip() for n in line.split(":", 1)[1].split(",") if n.strip())
            continue
        # a letter is one line with its line breaks written as a backslash and an "n": read as a space and a newline,
        # two characters for two, so that the marks' offsets hold
        text, items = parse_line(line.replace("\\n", " \n"))
        docs.append(Doc(text, items, session, names))
    return docs


def _covered(result: Result, start: int, end: int, text: str, *, doubts: bool = False) -> bool:
    spans = [(e.start, e.end) for e in result.entities]
    if doubts:
        spans += [(d.start, d.end) for d in result.doubts]
    return all(any(s <= i < e for s, e in spans) for i in range(start, end) if text[i].isalnum())


def evaluate(docs: list[Doc], anonymize, today: dt.date | None = None) -> Report:  # type: ignore[no-untyped-def]
    """`anonymize` run on `docs`, one fresh `Context` per session (read against `today`, if given)."""
    report = Report()
    contexts: dict[int, Context] = {}
    seen: dict[int, list[tuple[str, str]]] = defaultdict(list)  # session -> (identity, pseudonym)
    said: dict[int, list[str]] = defaultdict(list)  # session -> the mentions' text, in seen's order
    for doc in docs:
        context = contexts.get(doc.session)
        if context is None:
            context = contexts[doc.session] = Context() if today is None else Context(today=today)
            for name in doc.names:
                context.add_name(name)
        result = anonymize(doc.text, context)
        for item in doc.items:
            report.items[item.label] += 1
            if _covered(result, item.start, item.end, doc.text):
                report.caught[item.label] += 1
            else:
                report.misses.append((item.label, doc.text[item.start : item.end], doc.text))
                report.misses_doubted += _covered(result, item.start, item.end, doc.text, doubts=True)
            if item.label == "PER":
                pseudonyms = {
                    e.replacement for e in result.entities if e.start < item.end and item.start < e.end
                }
                if len(pseudonyms) == 1:
                    seen[doc.session].append((item.identity, pseudonyms.pop()))
                    said[doc.session].append(doc.text[item.start : item.end])
        inside = [(i.start, i.end) for i in doc.items]
        for m in WORD.finditer(doc.text):
            if any(s < m.end() and m.start() < e for s, e in inside):
                continue
            report.words += 1
            if any(e.start < m.end() and m.start() < e.end for e in result.entities):
                report.lost_words[m.group()] += 1
            else:
                report.words_kept += 1
        for e in result.entities:
            if not any(s < e.end and e.start < end for s, end in inside):
                report.false_spans.append((e.label, doc.text[e.start : e.end], doc.text))
        report.doubts += sum(
            1 for d in result.doubts if not any(s < d.end and d.start < end for s, end in inside)
        )
        if not doc.items:
            report.clean_docs += 1
            report.clean_unchanged += result.text == doc.text
    for session, pairs in seen.items():
        _splits_and_merges(report, pairs, said[session])
        for a in range(len(pairs)):
            for b in range(a + 1, len(pairs)):
                (id_a, ps_a), (id_b, ps_b) = pairs[a], pairs[b]
                if id_a == id_b:
                    report.same_pairs += 1
                    report.same_consistent += ps_a == ps_b
                else:
                    report.diff_pairs += 1
                    report.diff_distinct += ps_a != ps_b
    return report


def _splits_and_merges(report: Report, pairs: list[tuple[str, str]], texts: list[str]) -> None:
    """Which person of a session got several pseudonyms, and which pseudonym stood for several people."""
    by_person: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    by_pseudonym: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for (identity, pseudonym), text in zip(pairs, texts, strict=True):
        by_person[identity][pseudonym].append(text)
        by_pseudonym[pseudonym][identity].append(text)
    for identity, pseudonyms in by_person.items():
        if len(pseudonyms) > 1:
            report.splits.append(
                (identity, [(" / ".join(dict.fromkeys(said)), ps) for ps, said in pseudonyms.items()])
            )
    for pseudonym, people in by_pseudonym.items():
        if len(people) > 1:
            report.merges.append(
                (
                    pseudonym,
                    [(identity, " / ".join(dict.fromkeys(said))) for identity, said in people.items()],
                )
            )


def format_report(title: str, report: Report, verbose: bool = False) -> str:
    lines = [f"== {title}", f"{'label':8} {'items':>6} {'caught':>7} {'recall':>7}"]
    for label in sorted(report.items):
        n, c = report.items[label], report.caught[label]
        lines.append(f"{label:8} {n:6d} {c:7d} {c / n:7.1%}")
    total = sum(report.items.values())
    lines.append(f"{'ALL':8} {total:6d} {sum(report.caught.values()):7d} {report.recall:7.1%}")
    lines.append(f"identifiers left readable: {report.leaked_share:.1%}")
    lines.append(f"ordinary words kept: {report.words_kept}/{report.words} = {report.kept_share:.1%}")
    lines.append(f"PII-free documents unchanged: {report.clean_unchanged}/{report.clean_docs}")
    lines.append(
        f"pseudonym consistency: same person {report.same_consistent}/{report.same_pairs} = "
        f"{report.consistency:.1%}, different people {report.diff_distinct}/{report.diff_pairs} = "
        f"{report.distinctness:.1%}"
    )
    lines.append(f"spans outside any annotation: {len(report.false_spans)}")
    missed = len(report.misses)
    lines.append(
        f"leaks not flagged as doubts: {missed - report.misses_doubted}/{total}"
        f" ({missed} readable, {report.misses_doubted} of them flagged); doubts on ordinary words: {report.doubts}"
    )
    if verbose:
        for label, value, sentence in report.misses:
            lines.append(f"  MISS {label}: {value!r} in {sentence!r}")
        for label, value, sentence in report.false_spans:
            lines.append(f"  EXTRA {label}: {value!r} in {sentence!r}")
        for identity, parts in report.splits:
            shown = "; ".join(f"{said} → {ps}" for said, ps in parts)
            lines.append(f"  SPLIT {identity!r}: {shown}")
        for pseudonym, people in report.merges:
            shown = "; ".join(f"{identity!r} ({said})" for identity, said in people)
            lines.append(f"  MERGED {pseudonym}: {shown}")
    return "\n".join(lines)
