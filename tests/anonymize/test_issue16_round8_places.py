"""Places that no list knows, found by general mechanisms (issue #16, eighth session): villages and parts of towns
by the endings German place names have or where a sentence speaks of living there, in lowercase chat too; a town
whose name is a word before the facility one goes to there; a village called by the first word of its GeoNames
name; associations, clubs and cafés named by ordinary words. Every sentence is made up here, with invented or
other villages than any corpus; each kind is tested with the ordinary text that must stay."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import Context, default_anonymizer

from .spans import kept as _kept
from .spans import masked as _masked

# -- villages in lowercase chat: a compound no list holds, with a place name's ending or where someone lives ---------


@pytest.mark.parametrize(
    ("text", "village", "word"),
    [
        ("wohnt jetzt in kuhlenfeld bei der tante", "kuhlenfeld", "tante"),
        ("die familie kommt aus hollenbüttel und ist nett", "hollenbüttel", "familie"),
        ("sie wohnt seit märz in zwiebelow mit den kindern", "zwiebelow", "kindern"),
        ("wir fahren morgen nach grabbenkoog zum arzt", "grabbenkoog", "arzt"),
        ("er lebt in hinterwiesach, ganz weit draußen", "hinterwiesach", "draußen"),
    ],
)
def test_a_lowercase_village_no_list_knows_is_masked(text: str, village: str, word: str) -> None:
    assert _masked(text, village)
    assert _kept(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("er ist in behandlung seit montag", "behandlung"),
        ("sie ist in elternzeit bis mai", "elternzeit"),
        ("die kinder sind in sprachkursen", "sprachkursen"),
        ("bin in arbeit gerade, melde mich", "arbeit"),
    ],
)
def test_a_lowercase_word_after_in_stays(text: str, word: str) -> None:
    assert _kept(text, word)


# -- a town whose name is a word, before the facility one goes to there ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Der Kleine geht in Fischen ins Kinderhaus.", "Fischen"),
        ("Die Kinder gehen in Buchen in die Grundschule.", "Buchen"),
    ],
)
def test_a_word_town_before_the_facility_there_is_masked(text: str, town: str) -> None:
    assert _masked(text, town)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Er geht in Zukunft in die Grundschule.", "Zukunft"),
        ("Sie geht in Begleitung ins Krankenhaus.", "Begleitung"),
    ],
)
def test_a_noun_after_in_before_a_facility_stays(text: str, word: str) -> None:
    assert _kept(text, word)


# -- a village called by the first word of its GeoNames name ("X im Allgäu", "X an der Y") --------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Er jobbt in einer Bäckerei in Buchen.", "Buchen"),  # "Buchen in Odenwald"
        ("Sie arbeitet in einer Metzgerei in Gingen.", "Gingen"),  # "Gingen an der Fils"
        ("Sie wohnt in Hammer, ganz ruhig.", "Hammer"),  # "Hammer an der Uecker"
    ],
)
def test_the_first_word_of_a_town_named_by_its_region_is_a_place(text: str, town: str) -> None:
    assert _masked(text, town)


def test_a_big_city_known_by_its_first_word_stays_context() -> None:
    # "Frankfurt am Main" is a city of 750,000: context, like "Hannover"
    assert _kept("Wir sind über Wien nach Frankfurt gekommen.", "Frankfurt")


# -- associations, clubs and cafés named by ordinary words ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "word"),
    [
        ("Die Flüchtlingshilfe Nordstadt e. V. hat die Möbel gebracht.", "Nordstadt", "Möbel"),
        ("Die Tafel Oststadt e. V. hat geholfen.", "Oststadt", "geholfen"),
        ("Er spielt jetzt beim TSV Einheit, zweimal die Woche.", "Einheit", "Woche"),
        ("Wir treffen uns donnerstags im Café Miteinander.", "Miteinander", "donnerstags"),
    ],
)
def test_a_facility_named_by_ordinary_words_is_masked(text: str, name: str, word: str) -> None:
    assert _masked(text, name)
    assert _kept(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Das macht die Tafel e. V. seit Jahren.", "Tafel"),
        ("Die Einheit der Familie ist ihr wichtig.", "Einheit"),
        ("Sie war im Café Kuchen essen.", "Kuchen"),
    ],
)
def test_a_kind_or_a_word_stays(text: str, word: str) -> None:
    assert _kept(text, word)


# -- facilities named by their region, their town's whole name, or any word after kinds named so ------------------


@pytest.mark.parametrize(
    ("text", "name", "word"),
    [
        ("Sie lebt seit Oktober im Frauenhaus Westerwald.", "Westerwald", "Oktober"),
        ("Er macht die Ausbildung an der Pflegeschule Uckermark, im ersten Jahr.", "Uckermark", "Jahr"),
        ("Die Grundschule Bad Essen hat angerufen.", "Essen", "angerufen"),
        ("Er ist jeden Abend im Jugendclub Oase, sagt er.", "Oase", "Abend"),
        ("Sie ist im Frauenhaus Lichtblick untergekommen.", "Lichtblick", "untergekommen"),
    ],
)
def test_a_facility_named_by_its_region_its_town_or_any_word_is_masked(
    text: str, name: str, word: str
) -> None:
    assert _masked(text, name)
    assert _kept(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Die Botschaft Eritrea antwortet nicht.", "Eritrea"),
        ("Die beiden spielen im Verein Fußball.", "Fußball"),
        ("Sie empfiehlt das Frauenhaus im Landkreis, die Nummer auf Papier.", "Landkreis"),
        ("Er hat in der Gärtnerei von Herrn Kaiser angefangen.", "von"),
    ],
)
def test_a_country_an_activity_or_a_unit_after_a_facility_stays(text: str, word: str) -> None:
    assert _kept(text, word)


# -- villages after "Dorf", "OT", "bei … um die Ecke", "in der Nähe von" --------------------------------------------


@pytest.mark.parametrize(
    ("text", "village", "word"),
    [
        ("im dorf rettmerhusen gibts keinen laden", "rettmerhusen", "laden"),
        ("ot wiepersfelde hat keinen bus mehr", "wiepersfelde", "bus"),
        ("Sie wohnt bei Kuhlenfeld um die Ecke.", "Kuhlenfeld", "Ecke"),
        ("sie wohnt in der nähe von grabbenhusen", "grabbenhusen", "wohnt"),
    ],
)
def test_a_village_named_by_where_it_lies_is_masked(text: str, village: str, word: str) -> None:
    assert _masked(text, village)
    assert _kept(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("im dorf kennen sich alle", "kennen"),
        ("bei uns im dorf hieß das früher anders", "hieß"),
        ("Im Dorf Leben ist schön.", "Leben"),
    ],
)
def test_a_word_after_dorf_stays(text: str, word: str) -> None:
    assert _kept(text, word)


# -- a Kita's or a group's made-up name, a shop or club by its compound, an address by its postal code -------------


@pytest.mark.parametrize(
    ("text", "name", "word"),
    [
        ("die kleine geht jetzt in die sonnenkäfer und sagt schon hallo", "sonnenkäfer", "hallo"),
        (
            "Der Kleine geht seit Montag in die Wichtelzwerge, die Eingewöhnung klappt.",
            "Wichtelzwerge",
            "Montag",
        ),
        ("Die Tochter ist bei den Regenbogenkindern in der Kita.", "Regenbogenkindern", "Tochter"),
        ("Er trainiert dienstags beim Boxclub Phönix.", "Phönix", "dienstags"),
        ("Wir kaufen samstags im Bioladen Körnchen ein.", "Körnchen", "samstags"),
    ],
)
def test_a_group_or_a_shop_named_by_a_made_up_word_is_masked(text: str, name: str, word: str) -> None:
    assert _masked(text, name)
    assert _kept(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("die kinder brauchen für den kindergarten die wollsachen", "wollsachen"),
        ("Die Tochter spielt mit den Mädchen.", "Mädchen"),
        ("Die Kinder sind im Ausland.", "Ausland"),
        ("Der Fensterladen klemmt.", "Fensterladen"),
    ],
)
def test_a_word_where_a_group_or_a_shop_could_stand_stays(text: str, word: str) -> None:
    assert _kept(text, word)


@pytest.mark.parametrize(
    ("text", "street", "word"),
    [
        ("Neue Adresse: Kirchgase 4, 37081 Göttingen.", "Kirchgase 4", "Adresse"),
        ("Bitte an Hinterm Bach 3a, 01234 Bautzen schicken.", "Hinterm Bach 3a", "schicken"),
        ("Sie wohnt jetzt Hinter den Höfen 8.", "Höfen 8", "jetzt"),
        ("Sie wohnt am Mühlbach 3, ganz ruhig.", "Mühlbach 3", "ruhig"),
    ],
)
def test_a_street_by_its_postal_code_or_where_someone_lives_is_masked(
    text: str, street: str, word: str
) -> None:
    assert _masked(text, street)
    assert _kept(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [("Sie lebt im Mai 2027 noch da.", "Mai"), ("Sie wohnt im Zimmer 4 der Unterkunft.", "Unterkunft")],
)
def test_a_date_or_a_room_after_living_is_no_street(text: str, word: str) -> None:
    assert _kept(text, word)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("die familie wohnt jetzt in neu wulmstorf", "neu wulmstorf"),
        ("sie kommt aus groß kummerfeld", "groß kummerfeld"),
        ("wir fahren morgen nach bad bevensen zur reha", "bad bevensen"),
    ],
)
def test_a_town_of_two_words_in_lowercase_chat_is_masked(text: str, town: str) -> None:
    assert _masked(text, town)


@pytest.mark.parametrize("text", ["sie ist in neu gekommen", "das ist aus alt gemacht"])
def test_a_prefix_word_after_a_preposition_stays(text: str) -> None:
    assert default_anonymizer().anonymize(text, Context()).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Er holt die Tabletten in der Adler-Apotheke.", "Adler-Apotheke"),
        ("Er betet freitags in der Al-Huda-Moschee.", "Al-Huda-Moschee"),
        ("Die Taufe war in der Stern-Kapelle.", "Stern-Kapelle"),
        ("Sie kauft im Orient-Imbiss ein.", "Orient-Imbiss"),
    ],
)
def test_a_facility_named_with_a_hyphen_that_is_no_word_is_masked(text: str, name: str) -> None:
    assert _masked(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Er macht einen Kurs bei der Sprach-Schule.", "Sprach-Schule"),
        ("Sie geht in die Kinder-Klinik.", "Kinder-Klinik"),
        ("Er war in der Kfz-Werkstatt.", "Kfz-Werkstatt"),
        ("Die DRK-Kita hat angerufen.", "DRK-Kita"),
    ],
)
def test_a_kind_written_with_a_hyphen_stays(text: str, word: str) -> None:
    assert _kept(text, word)
