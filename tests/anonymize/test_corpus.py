"""The annotated corpora: recall of identifiers, ordinary words kept, pseudonym consistency."""

from __future__ import annotations

from pathlib import Path

import pytest

from supervision_tui.anonymize.evaluation import evaluate, format_report, load, parse_line

from .corpus_runs import run

CORPUS = Path(__file__).parent / "corpus"


def test_dev_corpus_is_large_enough_and_covers_every_label() -> None:
    docs = load(CORPUS / "dev.txt")
    assert len(docs) >= 250
    labels = {item.label for doc in docs for item in doc.items}
    assert labels >= {
        "PER",
        "TEL",
        "MAIL",
        "URL",
        "HANDLE",
        "IBAN",
        "ID",
        "PLATE",
        "ADDR",
        "PLACE",
        "DATE",
        "AGE",
    }
    assert sum(1 for doc in docs if not doc.items) >= 40


def test_dev_corpus_meets_targets() -> None:
    report = run("dev.txt").report  # the pass test_corpus_outputs.py compares too, made once
    summary = format_report("dev", report, verbose=True)
    assert report.leaked_share <= 0.01, summary
    assert report.kept_share >= 0.97, summary
    assert report.consistency == 1.0, summary
    assert report.distinctness >= 0.99, summary


@pytest.mark.parametrize(
    ("name", "size", "recall"),
    [
        ("heldout.txt", 55, 0.9),  # not tuned on: a looser floor that still catches a regression
        ("heldout2.txt", 150, 0.98),  # written blind; keeps the general rules its misses led to
        ("heldout3.txt", 165, 0.96),  # written blind
        ("heldout4.txt", 160, 0.96),  # written blind
        ("heldout5.txt", 160, 0.956),  # written blind, another region
        ("heldout6.txt", 100, 0.96),  # written blind, chat
        ("heldout7.txt", 60, 0.99),  # written blind, medical
        ("heldout8.txt", 170, 0.964),  # written blind, chat, other region
        ("heldout9.txt", 160, 0.97),  # written blind, medical
    ],
)
def test_heldout_corpora_stay_at_their_level(name: str, size: int, recall: float) -> None:
    done = run(name)
    assert len(done.docs) >= size
    report = done.report
    summary = format_report(name, report, verbose=True)
    assert report.recall >= recall, summary
    assert report.kept_share >= 0.97, summary


@pytest.mark.parametrize(
    ("name", "size", "recall", "kept"),
    [
        # Written blind; first run 88.7 % and 87.9 % caught. Since then general mechanisms were written from
        # the kinds of miss they show (docs/anonymizer.md, 5 December, second session): 94.7 % and 98.5 %.
        ("heldout10.txt", 200, 0.971, 0.97),  # chat and notes, another region
        ("heldout11.txt", 200, 0.98, 0.965),  # medical and administrative language
        # Written blind on 5 December while those mechanisms were written: their first run was 90.9 % and 88.0 %
        # caught, 96.7 % and 97.5 % words kept. Then read for their kinds of miss (docs/anonymizer.md, 5 December,
        # third round): 94.4 % and 95.4 % caught, 96.7 % and 97.7 % kept.
        ("heldout12.txt", 230, 0.951, 0.965),  # chat and notes, Bavaria/BW/Thuringia/Berlin
        # 97.7 % caught after the seventh session's mechanisms from 26 (facilities by a river, places whole)
        ("heldout13.txt", 190, 0.981, 0.975),  # medical and administrative language, Saxony/RLP/SH/Hamburg
        # Written blind on 5 December (third session) while rules were written from 12 and 13; no rule was
        # written from them. First run on 5f59650: 91.2 % and 94.1 % caught, 97.2 % and 98.7 % kept; after the
        # third round's mechanisms 91.5 % and 95.4 %, the same words kept.
        ("heldout14.txt", 250, 0.972, 0.97),  # chat and notes, Ruhr/Mecklenburg/Allgäu/Emsland/Vogtland
        ("heldout15.txt", 220, 0.976, 0.985),  # medical and administrative language, Brandenburg/Saarland
        # Written blind on 5 December (fourth session) while mechanisms were written from 14 and 15; first run on
        # 37d3ee2 (/work/blind/first): 90.7 % and 90.3 % caught, 97.7 % and 97.9 % kept.
        ("heldout16.txt", 255, 0.907, 0.979),  # chat and notes, small towns and villages
        (
            "heldout17.txt",
            270,
            0.974,
            0.978,
        ),  # monthly notes, Hunsrück/Nordhessen/Thüringer Wald/Erzgebirge …
        # Written blind at the same time and held back from every rule writer: measured on 37d3ee2 (91.2 % and
        # 90.6 % caught, 97.6 % and 96.9 % kept) and after the fourth session's mechanisms (95.99 % and 94.72 %
        # caught, 97.6 % and 96.8 % kept): the round's figure on text nobody tuned it to.
        ("heldout18.txt", 265, 0.97, 0.979),  # chat and notes, Rhön/Prignitz/Vorpommern/Alb/Odenwald …
        ("heldout19.txt", 255, 0.962, 0.973),  # medical and administrative quotes, Vulkaneifel/Kyffhäuser …
        # Written blind on 5 December (sixth session); first run on c468de1: 92.6 % caught, 97.9 % kept. Then read
        # for its kinds of miss (docs/anonymizer.md, 5 December, sixth session): 97.8 % caught, 98.1 % kept.
        ("heldout20.txt", 255, 0.982, 0.982),  # chat and notes, Westerwald/Uckermark/Allgäu/Ostfriesland …
        # Written blind on 5 December (sixth session); first run on c468de1 (/work/blind/first): 95.8 % caught, 97.5 %
        # kept. Then read for its kinds of over-masking and miss (docs/anonymizer.md, 5 December, sixth session):
        # 97.2 % caught, 98.5 % kept. Doctors' letters, residence law, authorities; Altmark, Saarland …
        ("heldout21.txt", 260, 0.98, 0.985),
        # Written blind on 5 December (sixth session) and held back while rules were written from 20 and 21: first
        # run on c468de1 94.3 % caught, 97.4 % kept; on main 467812c 95.3 %. Then read for why its leaks were no
        # doubts (docs/anonymizer.md, 5 December, sixth session): 96.3 % caught, 97.6 % kept. Chat and notes,
        # volunteers writing German as a second language; Emsland, Oderbruch, Frankenwald, Hunsrück …
        ("heldout22.txt", 265, 0.962, 0.977),  # 4,169 of 4,272: the town after an address (35c988a) took one
        # Written blind on 5 December (seventh session); first runs on 064c037, before anything was read from
        # them: 96.0 % caught, 99.1 % kept (25: chat and notes, Sauerland/Vogtland/Ostfriesland/Altmark/Bavarian
        # Forest) and 94.4 % caught, 98.7 % kept (26: doctors' letters and residence law, Saarland/Rheinhessen/
        # Oberlausitz/Allgäu). Then read for their kinds of miss (docs/anonymizer.md, seventh session): 25 97.8 %
        # caught, 99.4 % kept (s12-anon7: named clubs and firms, learned surnames, dialect); 26 after the mechanisms
        # from it (file numbers, drug names and medical words, persons after offices, places whole) 98.0 %, 99.1 %.
        # The eighth session's mechanisms (villages by their make-up, facilities named by a region or any word,
        # docs/anonymizer.md, 6 December) raised 5, 8, 10, 12–15, 17–19, 21, 25 and 26 by one or two identifiers each.
        ("heldout25.txt", 131, 0.981, 0.993),
        ("heldout26.txt", 125, 0.99, 0.989),
        # Written blind on 6 December (eighth session); first run on f70208d 90.1 % caught, 98.9 % kept (official
        # and medical language, Ostwestfalen/Spreewald/Thüringer Wald/Bodensee). Then read for its kinds of miss:
        # 93.1 %, 98.6 % on 6dc19b3. The ninth session's persons in hurried text and dates (docs/anonymizer.md):
        # 93.7 % (s15-anon13), 94.0 % (s15-anon12), both merged: 94.6 %.
        ("heldout30.txt", 119, 0.946, 0.986),
        # Written blind on 6 December (ninth session); first run on 6dc19b3: 83.0 % caught, 97.9 % kept. Phone
        # answers dictated or typed in a hurry: no capitals or all capitals, numbers and e-mail addresses spoken.
        # Then read for its kinds (docs/anonymizer.md, ninth session): persons and places (s15-anon13) 85.7 %
        # caught, 97.8 % kept; shouted text, spoken phones, e-mails, dates, streets, plates, ages (s15-anon12)
        # 88.0 %, 98.5 %; both merged: 91.2 %, 98.4 %.
        ("heldout32.txt", 142, 0.912, 0.984),
    ],
)
def test_unseen_corpora_stay_at_their_first_run(name: str, size: int, recall: float, kept: float) -> None:
    done = run(name)
    assert len(done.docs) >= size
    report = done.report
    summary = format_report(name, report, verbose=True)
    assert report.recall >= recall, summary
    assert report.kept_share >= kept, summary


@pytest.mark.parametrize(
    ("line", "text", "spans"),
    [
        ("Frau [PER:Haile] kam.", "Frau Haile kam.", [(5, 10, "PER")]),
        ("[TEL:0176 1] und [PER:Kerim|k]", "0176 1 und Kerim", [(0, 6, "TEL"), (11, 16, "PER")]),
        ("keine Markierung", "keine Markierung", []),
    ],
)
def test_markup_parser(line: str, text: str, spans: list[tuple[int, int, str]]) -> None:
    parsed, items = parse_line(line)
    assert parsed == text
    assert [(i.start, i.end, i.label) for i in items] == spans


def test_evaluation_counts_a_partly_masked_item_as_missed() -> None:
    from supervision_tui.anonymize import Entity, Result

    docs = load_docs("Herr [PER:Abdul Rahman] kam.")

    def half(text: str, context: object = None) -> Result:
        start = text.index("Abdul")
        return Result(text, (Entity(start, start + 5, "PERSON", "[Person A]"),))

    report = evaluate(docs, half)
    assert report.caught["PER"] == 0


def load_docs(line: str):  # type: ignore[no-untyped-def]
    from supervision_tui.anonymize.evaluation import Doc

    text, items = parse_line(line)
    return [Doc(text, items, 0)]


def test_the_verbose_report_lists_split_and_merged_people() -> None:
    from supervision_tui.anonymize import Entity, Result
    from supervision_tui.anonymize.evaluation import Doc

    lines = ["[PER:Olena Koval|olena] rief an.", "[PER:Frau K.|olena] kam mit [PER:Rami|rami]."]
    docs = [Doc(*parse_line(line), 0) for line in lines]
    given = iter(["[Person A]", "[Person B]", "[Person B]"])

    def pseudonyms(text: str, context: object = None) -> Result:
        spans = [(0, text.index(" rief") if "rief" in text else 7)]
        if "Rami" in text:
            spans.append((text.index("Rami"), text.index("Rami") + 4))
        return Result(text, tuple(Entity(s, e, "PERSON", next(given)) for s, e in spans))

    report = evaluate(docs, pseudonyms)
    summary = format_report("split", report, verbose=True)
    assert "SPLIT 'olena': Olena Koval → [Person A]; Frau K. → [Person B]" in summary
    assert "MERGED [Person B]: 'olena' (Frau K.); 'rami' (Rami)" in summary
