"""Named facilities masked as wholes (issue #16, twentieth session): a small named place tells who a person is
("singt im Chor der Pauluskirche in X"). A saint's name after St./Sankt/Hl. is the facility's, not a person's; a
club's name goes with every word; a school type's abbreviation names its school by the town after it; a house, a
club or an office named by a noun or a word no list holds; a church named by its saint. Every sentence is made up
here, with other names and places than the issue's examples; each kind is tested with the ordinary text that must
stay."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import anonymize

from .spans import kept as _kept
from .spans import masked as _masked

# -- saints' names: the facility's, with its "St." ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a café's link does not swallow the house a saint names
        ("Beim Sprachcafé im Pfarrsaal St. Ottilia hat Bereket mitgemacht.", "St. Ottilia"),
        ("Sie geht jetzt zur Gemeinde Hl. Pantaleimon in Arnstadt.", "Hl. Pantaleimon"),
        ("Die Familie geht sonntags zur Pfarrei Hl. Kyrill.", "Hl. Kyrill"),
        # chat, in lowercase
        ("der kleine ibo geht jetzt in die kita st hedwig", "st hedwig"),
        # before its kind, after an article
        ("Entlassbrief der Inneren des St. Vinzenz Hospital Wipperfürth", "St. Vinzenz"),
        ("Der Befund kam vom St. Bernward Krankenhaus.", "St. Bernward"),
        # after a preposition with its article, which no town takes
        ("Sie liegt seit Montag im St. Hildegard auf Station 4.", "St. Hildegard"),
        ("Er wurde ins St. Marienhospital verlegt.", "St. Marienhospital"),
    ],
)
def test_a_saints_name_goes_with_its_st(text: str, name: str) -> None:
    assert _masked(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Im Advent besuchen wir die Kirche.", "Kirche"),
        ("Wir waren am Sonntag im Dom.", "Dom"),
        ("Der Erfurter Dom ist schön.", "Dom"),
        ("Sie hat bei ihm einen Stein im Brett.", "Brett"),
        ("Beim Repair-Café im Pfarrheim wird geholfen.", "Pfarrheim"),
        # a feast's or a market's compound after "zum St." is a word, not a house
        ("Zum St. Martinsumzug gehen wir mit Laternen.", "Martinsumzug"),
        ("Sie fährt am Samstag zum St. Georgsmarkt.", "Georgsmarkt"),
        ("Wir feiern am Hl. Abend zusammen.", "Abend"),
    ],
)
def test_a_church_or_a_feast_without_a_name_stays(text: str, word: str) -> None:
    assert _kept(text, word)


# -- clubs: every word of the name ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("er spielt jetzt beim SV Eintracht Groß Ammensleben", "Eintracht"),
        ("er spielt jetzt beim SV Eintracht Groß Ammensleben", "Ammensleben"),
        ("Er trainiert jetzt bei Germania Wüstenbrand.", "Germania"),
    ],
)
def test_every_word_of_a_clubs_name_goes(text: str, word: str) -> None:
    assert _masked(text, word)
    assert word not in anonymize(text).text  # not "Germania [Einrichtung]"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Wir wollen am Samstag beim SV gewinnen.", "SV"),
        ("Die Eintracht in der Familie ist wichtig.", "Eintracht"),
        ("Er will im Sportverein Tennis spielen.", "Tennis"),
        ("Sie will im Verein Handball spielen.", "Handball"),
    ],
)
def test_a_clubs_word_without_a_name_stays(text: str, word: str) -> None:
    assert _kept(text, word)


# -- schools by their type's abbreviation and their town -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("jamal hat den platz an der IGS Bogen bekommen", "Bogen"),
        ("Die GS Buchen hat zum Gespräch eingeladen.", "Buchen"),
    ],
)
def test_a_school_types_abbreviation_names_its_school_by_the_town(text: str, word: str) -> None:
    assert _masked(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Er geht ab Sommer auf die IGS.", "IGS"),
        ("Die IGS Lehrer streiken heute.", "Lehrer"),
        ("Die GS hat heute zu.", "GS"),
    ],
)
def test_a_school_types_abbreviation_alone_stays(text: str, word: str) -> None:
    assert _kept(text, word)


# -- houses, homes and schools named as wholes ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sie wohnt in der Mädchen-WG Haus Birkenhain in Oberzell.", "Haus Birkenhain"),
        ("Ihre Tochter geht jetzt auf die Mühlbach-Schule.", "Mühlbach-Schule"),
        ("Der Kleine ist jetzt in der Sandberg-Kita.", "Sandberg-Kita"),
    ],
)
def test_a_named_house_or_school_goes_whole(text: str, word: str) -> None:
    assert _masked(text, word)


def test_a_home_named_after_a_person_is_a_facility_not_a_person() -> None:
    assert (
        anonymize("Sie wohnt seit Mai im Hedwig-Dransfeld-Heim.").text
        == "Sie wohnt seit Mai im [Einrichtung]."
    )


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sie wohnen jetzt im Fertig-Haus.", "Fertig-Haus"),
        ("Sie wartet im Haus.", "Haus"),
        ("Die Familie verlor Haus und Hof.", "Haus"),
    ],
)
def test_a_house_that_is_no_name_stays(text: str, word: str) -> None:
    assert _kept(text, word)


# -- clubs, offices and services named by a noun, a word no list holds, or a word twice ----------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Frau Brandt vom Reitverein Pegasus Dörentrup hat angerufen.", "Pegasus"),
        ("die leute vom Heimatverein Abendrot in bückeburg kennen sie", "Abendrot"),
        ("Die Frühförderstelle Wellenreiter schreibt im Bericht.", "Wellenreiter"),
        ("Der Verein Schritt für Schritt hilft der Familie.", "Schritt für Schritt"),
    ],
)
def test_a_facility_named_by_a_noun_or_a_new_word_goes(text: str, word: str) -> None:
    assert _masked(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Wir lernen die Sprache Schritt für Schritt.", "Schritt"),
        ("Die Fachstelle Sucht hat Termine frei.", "Sucht"),
        ("Der Helferkreis Asyl trifft sich am Montag.", "Asyl"),
        ("Im Landkreis Harz gibt es das nicht.", "Landkreis"),
    ],
)
def test_an_office_named_by_its_topic_stays(text: str, word: str) -> None:
    assert _kept(text, word)


# -- churches named by their saint, mosques by their name before the kind ------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Die Taufe ist im Mai in der Matthäuskirche.", "Matthäuskirche"),
        ("Er singt im Chor der Lukaskapelle.", "Lukaskapelle"),
        ("wir treffen uns in der al-rahma moschee", "al-rahma"),
    ],
)
def test_a_church_named_by_its_saint_or_a_named_mosque_goes(text: str, word: str) -> None:
    assert _masked(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Die Dorfkirche ist offen.", "Dorfkirche"),
        ("Wir gehen zur Friedenskirche.", "Friedenskirche"),
        ("Das Konzert ist in der Klosterkirche.", "Klosterkirche"),
        ("Sie geht in die syrisch-orthodoxe Kirche.", "syrisch-orthodoxe"),
        ("Er betet in der Moschee.", "Moschee"),
    ],
)
def test_a_church_made_of_words_stays(text: str, word: str) -> None:
    assert _kept(text, word)


# -- the same in other shapes: a hyphen after "St.", a club named by a saint, chat in lowercase ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er geht in die St.-Ludgeri-Schule.", "Er geht in die [Einrichtung]."),
        ("Er spielt beim FC St. Pauli.", "Er spielt beim FC [Einrichtung]."),
        ("er hilft im pfarrsaal st ludger aus", "er hilft im pfarrsaal [Einrichtung] aus"),
        ("sie liegt im st. walburga seit montag", "sie liegt im [Einrichtung] seit montag"),
        ("wir haben ihn an der igs bogen angemeldet", "wir haben ihn an der igs [Einrichtung] angemeldet"),
        (
            "mein kleiner spielt beim tsv grün-weiß klein wanzleben",
            "mein kleiner spielt beim tsv [Einrichtung]",
        ),
    ],
)
def test_a_facilitys_name_goes_whole_in_other_shapes(text: str, expected: str) -> None:
    assert anonymize(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "ich war heute mit dem st bei der arbeit",
        "er geht auf die igs in der stadt",
        "die igs lehrer streiken",
    ],
)
def test_the_same_words_without_a_name_stay_in_chat(text: str) -> None:
    assert anonymize(text).text == text


def test_a_meeting_place_named_after_its_kind_goes() -> None:
    # "-treff" makes a facility's kind like "-club" ("Jugendtreff", "Seniorentreff"); its name may be a noun
    assert anonymize("Der Seniorentreff Hafenlicht hat dienstags offen.").text == (
        "Der Seniorentreff [Einrichtung] hat dienstags offen."
    )
