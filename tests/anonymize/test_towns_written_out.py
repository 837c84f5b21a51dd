"""A municipality the official list writes with an abbreviated link ("Schwarzenbach a.Wald", "Sand a.Main",
"Dillingen a.d.Donau") is masked whole where people write the link out: "wohnt in Schwarzenbach am Wald", not
"[Ort] am Wald". A big city and a place in it stay as they were: "in Kassel am Bahnhof"."""

from __future__ import annotations

import pytest

from .spans import anonymized, kept, masked


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Blessing wohnt in Schwarzenbach am Wald, Dublin-Fall.", "Schwarzenbach am Wald"),
        ("Klaus redet mit dem Bürgermeister von Sand am Main.", "Sand am Main"),
        ("Er wohnt jetzt in Dillingen an der Donau.", "Dillingen an der Donau"),
        ("Die Familie lebt in Bischofsheim in der Rhön.", "Bischofsheim in der Rhön"),
    ],
)
def test_a_town_written_out_is_masked_whole(text: str, town: str) -> None:
    assert masked(text, town), anonymized(text)


def test_a_big_city_s_place_stays() -> None:
    text = "Sie wohnt in Kassel am Bahnhof."
    assert kept(text, "am Bahnhof"), anonymized(text)
