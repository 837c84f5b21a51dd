"""Recall per label, ordinary words kept and pseudonym consistency on the annotated corpora.

Usage: python benchmarks/anonymize_eval.py [-v]   (-v lists every miss and every extra span)
"""

from __future__ import annotations

import sys
from pathlib import Path

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.evaluation import evaluate, format_report, load

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "anonymize" / "corpus"


def main() -> int:
    verbose = "-v" in sys.argv[1:]
    anonymizer = default_anonymizer()
    corpora = (
        ("dev.txt", "development corpus (tuned on)"),
        ("heldout.txt", "held-out corpus"),
        ("heldout2.txt", "held-out corpus 2 (written blind)"),
        ("heldout3.txt", "held-out corpus 3 (written blind)"),
        ("heldout4.txt", "held-out corpus 4 (written blind)"),
        ("heldout5.txt", "held-out corpus 5 (written blind)"),
        ("heldout6.txt", "held-out corpus 6 (written blind: chat answers, non-Latin scripts)"),
        ("heldout7.txt", "held-out corpus 7 (written blind: medical and administrative language)"),
        ("heldout8.txt", "held-out corpus 8 (written blind: chat and notes, Schleswig-Holstein/Vorpommern)"),
        (
            "heldout9.txt",
            "held-out corpus 9 (written blind: medical and administrative language, Saarland/RLP/BW)",
        ),
        ("heldout10.txt", "held-out corpus 10 (written blind: chat and notes, Lower Saxony/Bremen/Altmark)"),
        (
            "heldout11.txt",
            "held-out corpus 11 (written blind: medical and administrative language, NRW/North Hesse)",
        ),
        ("heldout12.txt", "held-out corpus 12 (written blind: chat and notes, Bavaria/BW/Thuringia/Berlin)"),
        (
            "heldout13.txt",
            "held-out corpus 13 (written blind: medical and administrative language, Saxony/RLP/SH/Hamburg)",
        ),
        (
            "heldout14.txt",
            "held-out corpus 14 (written blind: chat and notes, Ruhr/Mecklenburg/Allgäu/Emsland/Vogtland)",
        ),
        (
            "heldout15.txt",
            "held-out corpus 15 (written blind: medical and administrative language, Brandenburg/Saarland/Bremen)",
        ),
        ("heldout16.txt", "held-out corpus 16 (written blind: chat and notes, small towns and villages)"),
        (
            "heldout17.txt",
            "held-out corpus 17 (written blind: monthly notes, Hunsrück/Nordhessen/Erzgebirge …)",
        ),
        (
            "heldout18.txt",
            "held-out corpus 18 (written blind, held back from the rules: chat and notes, Rhön …)",
        ),
        (
            "heldout19.txt",
            "held-out corpus 19 (written blind, held back from the rules: medical and administrative quotes)",
        ),
        (
            "heldout20.txt",
            "held-out corpus 20 (written blind: chat and notes, Westerwald/Uckermark/Allgäu/Ostfriesland …)",
        ),
        (
            "heldout21.txt",
            "held-out corpus 21 (written blind: doctors' letters, residence law, authorities; read in the sixth session)",
        ),
        (
            "heldout22.txt",
            "held-out corpus 22 (written blind, held back, then read in the sixth session: chat and notes, German as a"
            " second language, Emsland/Oderbruch/Frankenwald …)",
        ),
    )
    for name, title in corpora:
        path = CORPUS / name
        if path.exists():
            docs = load(path)
            report = evaluate(docs, anonymizer.anonymize)
            print(format_report(f"{title}: {len(docs)} documents", report, verbose))
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
