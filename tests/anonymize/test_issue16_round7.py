"""Mechanisms written from the kinds of miss of blind corpus 25 (issue #16, seventh session): named clubs and
firms, learned surnames that are words, lowercase towns of origin, and dialect words taken for names. Each is a
kind of evidence, not a list of missed tokens; every example is made up here, with other names and other towns
than the corpus, and each kind is tested with the ordinary text that must stay."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import Context, default_anonymizer


def _masked(text: str, word: str, context: Context | None = None) -> bool:
    result = default_anonymizer().anonymize(text, context)
    at = text.index(word)
    return any(e.start <= at and at + len(word) <= e.end for e in result.entities)


def _kept(text: str, word: str, context: Context | None = None) -> bool:
    result = default_anonymizer().anonymize(text, context)
    at = text.index(word)
    return not any(e.start < at + len(word) and at < e.end for e in result.entities)


# -- the data lists' "ß" against casefolded tokens -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Der Junge spielt jetzt bei Grün-Weiß Tannenkirchen in der C-Jugend.", "Grün-Weiß Tannenkirchen"),
        ("Sie turnt beim Verein Rot-Weiß Hollerbrunn, jeden Dienstag.", "Rot-Weiß Hollerbrunn"),
    ],
)
def test_a_club_named_by_two_colours_with_sharp_s_is_masked_with_its_town(text: str, club: str) -> None:
    # the club names ("blau-weiß") were compared with casefolded tokens ("blau-weiss") and never matched
    assert _masked(text, club)


def test_a_colour_pair_that_names_no_club_stays() -> None:
    assert _kept("Das Trikot ist rot-weiß gestreift und frisch gewaschen.", "rot-weiß")


# -- a learned surname that is a word, where the grammar leaves room only for the person -----------------------------


def _session(first: str) -> Context:
    context = Context()
    default_anonymizer().anonymize(first, context)
    return context


@pytest.mark.parametrize(
    ("first", "text", "name"),
    [
        # a feminine article after a dative preposition, before a noun that is never feminine
        (
            "Rechtsanwältin Fink vertritt die Familie.",
            "hab heute mit der fink gesprochen, sie meldet sich",
            "fink",
        ),
        ("Frau Stein hat angerufen.", "bin morgen bei der stein wegen der unterlagen", "stein"),
        # "die" before such a noun and a singular verb
        ("Frau Vogel kommt am Montag.", "die vogel hat gesagt, dass es dauert", "vogel"),
        # an article before a word that is no noun, where the phrase ends
        (
            "Der Vermieter, Herr Kurz, will mehr Geld.",
            "das geld geht direkt an den kurz, jeden monat",
            "kurz",
        ),
        # the subject of a verb of saying after an article and an adjective
        ("Herr Winter leitet die Werkstatt.", "Der alte Winter sagt, er kann bleiben.", "Winter"),
    ],
)
def test_a_learned_surname_in_a_persons_place_is_masked(first: str, text: str, name: str) -> None:
    assert _masked(text, name, _session(first))


@pytest.mark.parametrize(
    ("first", "text", "word"),
    [
        ("Rechtsanwältin Fink vertritt die Familie.", "im garten sitzt der fink und singt", "fink"),
        ("Frau Stein hat angerufen.", "der stein liegt noch im hof", "stein"),
        ("Frau Vogel kommt am Montag.", "die vogel im garten fliegen weg", "vogel"),
        ("Der Vermieter, Herr Kurz, will mehr Geld.", "die kurz gefasste antwort kam heute", "kurz"),
        ("Herr Winter leitet die Werkstatt.", "Der lange Winter war hart für alle.", "Winter"),
    ],
)
def test_the_word_stays_where_the_grammar_wants_it(first: str, text: str, word: str) -> None:
    assert _kept(text, word, _session(first))


# -- a lowercase word that only surname lists know is no name without a cue ----------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("hatten einen black friday im laden, alles voll", "black"),
        ("schöne grüße und have a nice day 🌞", "day"),
        ("ich sag nur good luck für morgen", "good"),
    ],
)
def test_a_lowercase_word_only_surname_lists_know_stays(text: str, word: str) -> None:
    assert _kept(text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("war heute mit zainab beim amt", "zainab"),  # a given name in lowercase: still masked alone
        ("hab mit frau black telefoniert", "black"),  # the surname after a cue
        ("wir waren mit den kindern in aurich beim zahnarzt", "aurich"),  # a town that is also a surname
    ],
)
def test_lowercase_given_names_cued_surnames_and_towns_are_still_masked(text: str, name: str) -> None:
    assert _masked(text, name)


# -- dialect and greetings: why they became names ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a word only a place list knows, after an ordinary lowercase word that is no preposition
        ("kommst du morgen mal rüber? dann reden wir", "rüber"),
        # a greeting said twice, or opening the answer before a mark
        ("ja moin moin ihr lieben, alles gut", "moin ihr"),
        ("Servus! Mir geht's gut, danke.", "Servus"),
        # "an" before a day's name is no greeting ("genau an X")
        ("sie hat genau an newroz geburtstag", "newroz"),
        # a small word before a verb with its subject after it is an adverb
        ("vlt hat er morgen zeit", "vlt"),
        ("wahrsch hat er recht", "wahrsch"),
    ],
)
def test_dialect_and_greetings_stay(text: str, word: str) -> None:
    assert _kept(text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("wir waren in quedlinburg beim arzt", "quedlinburg"),
        ("liebe grüße an doro und danke", "doro"),
        ("hallo mebi, wie gehts dir", "mebi"),
        ("Salam hat gestern angerufen.", "Salam"),
        ("faadu hat uns eingeladen", "faadu"),
    ],
)
def test_towns_and_names_in_those_places_are_still_masked(text: str, name: str) -> None:
    assert _masked(text, name)


# -- the town after a workplace, when its name is an inflected word ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Er hat eine Lehre bei Tischlerei Brandl & Söhne in Ulmen angefangen.", "Ulmen"),
        ("Er fährt jetzt für die Spedition Kranz in Wolken, ab Januar.", "Wolken"),
        ("Sie hat den Job im Dönerladen in Ulmen bekommen, vier Tage die Woche.", "Ulmen"),
        ("Er arbeitet in Kapellen beim Gärtner.", "Kapellen"),
    ],
)
def test_a_town_that_is_an_inflected_word_is_masked_after_a_workplace(text: str, town: str) -> None:
    assert _masked(text, town)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Das Geld ist bei ihr in Treuen Händen.", "Treuen"),
        ("Die Arbeit kam in Wellen, mal viel, mal wenig.", "Wellen"),
        ("Die Kunden in der Bäckerei kamen in Wellen, mal viele, mal keiner.", "Wellen"),
    ],
)
def test_an_inflected_word_after_in_stays_where_nothing_speaks_of_a_place(text: str, word: str) -> None:
    assert _kept(text, word)


# -- a city of origin in lowercase chat ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("er kommt aus bagdad und spricht kaum deutsch", "bagdad"),
        ("sie hat in kandahar gewohnt, bis 2021", "kandahar"),
    ],
)
def test_a_lowercase_city_someone_comes_from_is_masked(text: str, city: str) -> None:
    assert _masked(text, city)


def test_a_lowercase_city_as_a_destination_stays_context() -> None:
    assert _kept("die fahrt nach istanbul war lang, aber schön", "istanbul")


# -- the names an e-mail address is made of ----------------------------------------------------------------------------


def test_a_surname_from_the_writers_mail_address_is_masked_where_it_names_the_writer() -> None:
    text = "Rückfragen gern an greta.vogel@posteo.de. Und ja, ich heiße wirklich Vogel 😄 der vogel im garten singt."
    assert _masked(text, "Vogel")
    assert _kept(text, "vogel im")  # the bird, in lowercase after an article


def test_a_word_in_an_address_that_is_no_name_teaches_nothing() -> None:
    assert _kept("Anmeldung über kontakt@tafel-sommer.de, im Sommer ist zu.", "Sommer ist")


# -- a village named by a prefix and a noun's plural ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("Bei uns in Unterkirchen war am Sonntag Markt.", "Unterkirchen"),
        ("Gestern in Mittelkirchen war Markt, schön voll.", "Mittelkirchen"),
        ("Gestern in Großweiler war Markt, schön voll.", "Großweiler"),
    ],
)
def test_a_village_named_by_a_prefix_and_a_plural_is_masked(text: str, village: str) -> None:
    assert _masked(text, village)


@pytest.mark.parametrize(
    "text", ["Wir sammeln in Nachbarkirchen Spenden.", "Die Messe war in Kirchen der Umgebung."]
)
def test_churches_in_the_plural_stay(text: str) -> None:
    assert not default_anonymizer().anonymize(text).entities


# -- a trade's owner whose name is a word only by splitting it ----------------------------------------------------------


def test_an_owner_after_a_trade_known_only_as_a_compound_is_masked() -> None:
    assert _masked("Er lernt bei der Schlosserei Kirnberger seit Mai.", "Kirnberger")


def test_a_listed_word_after_a_trade_stays() -> None:
    assert _kept("Im Bauhof Arbeit gibt es genug, sagt er.", "Arbeit")
