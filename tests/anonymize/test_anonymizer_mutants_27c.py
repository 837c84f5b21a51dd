"""The non-equivalent survivor of the anonymizer's third fresh sample of the twenty-first session (seed 3002,
docs/testing.md), with a sentence written here, failing with its mutant applied by hand."""

from __future__ import annotations

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context


def test_a_name_corrected_with_only_a_sorry_between_is_one_person() -> None:
    # `GermanAnonymizer._detect` 814 (`"SORRY" in text` for `"sorry"` in the gate of `_corrections`): a text whose
    # only word of correction is a lowercase "sorry" never reached `_corrections`, so the name and the name meant
    # instead became two people
    result = default_anonymizer().anonymize("Frau Wien, sorry, Nguyen kam heute.", Context())
    assert result.text == "Frau [Person A], sorry, [Person A] kam heute."
