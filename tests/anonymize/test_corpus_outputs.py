"""Approval test: the anonymizer's exact output on every annotated corpus, against its checked-in record.

The floor tests (`test_corpus.py`) let a change through that masks a few words more or fewer on 5,000 documents;
this test lets none through unseen. It does not judge a change (the floors and the targeted tests do): it makes
every change to what is masked, doubted or flagged visible, in the test's message and in the record's diff. After
a deliberate change: `python scripts/corpus_outputs.py --update`, and read the diff before committing it.
"""

from __future__ import annotations

import pytest

from .corpus_runs import corpora, differences, orphans, record_path


@pytest.mark.parametrize("name", corpora())
def test_the_anonymizer_gives_the_recorded_output_on_the_corpus(name: str) -> None:
    assert record_path(name).exists(), f"no record for {name}: python scripts/corpus_outputs.py --update"
    count, shown = differences(name)
    assert count == 0, (
        f"{count} documents of {name} are anonymized differently from the record "
        f"(tests/anonymize/corpus/outputs/{record_path(name).name}). If the change is meant, write the "
        f"record again (python scripts/corpus_outputs.py --update) and read its diff:\n\n{shown}"
    )


def test_every_record_has_its_corpus() -> None:
    assert orphans() == [], "records of corpora that are gone: python scripts/corpus_outputs.py --update"
