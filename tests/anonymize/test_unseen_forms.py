"""Forms of identifiers that blind corpora 38 and 39 left readable, each tested with sentences written for the test
(not taken from a corpus) and with text of the same shape that must stay: ages given with "von … Jahren", a baby's
months before an emoji, a lowercase salutation after an article, a street word typed in a hurry."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import default_anonymizer

from .spans import kept, masked


def _ages(text: str) -> list[str]:
    result = default_anonymizer().anonymize(text)
    return [text[e.start : e.end] for e in result.entities if e.label == "AGE"]


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        (
            "Familie K., vier Kinder im Alter von 3, 5, 8 und 14 Jahren, wohnt in der Unterkunft.",
            ["3", "5", "8", "14"],
        ),
        ("Sie hat zwei Kinder von 7 und 11 Jahren.", ["7", "11"]),
        ("Ein Junge von 15 Jahren kam allein über das Mittelmeer.", ["15"]),
        ("Die Zwillinge von 6 Jahren gehen in die Vorschule.", ["6"]),
    ],
)
def test_every_age_of_a_list_with_von_and_jahren_is_masked(text: str, ages: list[str]) -> None:
    assert _ages(text) == ages


@pytest.mark.parametrize(
    "text",
    [
        "Nach einer Wartezeit von 2 Jahren kam der Bescheid.",
        "Er wurde zu einer Haftstrafe von 3 Jahren verurteilt.",
        "Die Aufenthaltserlaubnis gilt für einen Zeitraum von 3 Jahren.",
        "Ein Angebot für Frauen von 18 bis 25 Jahren.",  # a group, not a person
    ],
)
def test_a_duration_or_a_group_with_von_and_jahren_stays(text: str) -> None:
    assert _ages(text) == []


def test_a_babys_months_before_an_emoji_are_an_age() -> None:
    assert _ages("der Kleine ist jetzt acht Monate 🥰") == ["acht Monate"]
    assert _ages("der Kurs ist schon drei Monate - zu lang") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ich kenn den herrn winter, berufsbetreuer aus der stadt", "winter"),
        ("die frau sommer hat gestern angerufen", "sommer"),
        ("mit der frau fuchs war ich beim amt", "fuchs"),
    ],
)
def test_a_lowercase_surname_after_an_article_and_a_salutation_is_masked(text: str, name: str) -> None:
    assert masked(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("die frau sagt das immer", "sagt"),
        ("die frau heute war nett", "heute"),
        ("der herr kommt morgen wieder", "kommt"),
        ("mit der frau nachbarin", "nachbarin"),
    ],
)
def test_the_noun_frau_with_a_verb_or_a_frequent_word_after_it_stays(text: str, word: str) -> None:
    assert kept(text, word)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Er wohnt allein, Lindauer Strase 41, seit dem Sommer.", "Lindauer Strase 41"),
        ("Neue Anschrift: Berliner Strße 5.", "Berliner Strße 5"),
    ],
)
def test_a_street_word_typed_in_a_hurry_after_a_towns_adjective_is_an_address(text: str, street: str) -> None:
    assert masked(text, street)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der Befund von Dr. med. Kessel kam gestern.", "Kessel"),
        ("Termin bei Prof. Dr. med. Tisch am Montag.", "Tisch"),
        ("Zahnärztin Dr. med. dent. Brot hat den Kostenplan.", "Brot"),
    ],
)
def test_a_surname_that_is_a_noun_after_a_doctors_title_with_its_faculty_is_masked(
    text: str, name: str
) -> None:
    """ "Dr. Kessel" was masked (the title is a form of address, any word after it the surname) but "Dr. med.
    Kessel" was not: the faculty stood between."""
    assert masked(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Warda sagt, auf deutsch heißt ihr name Rose und jetzt nennen sie alle so.", "Rose"),
        ("Ihr Name ist Rose, sie ist neu in der Klasse.", "Rose"),
        ("Sein Spitzname ist Stern.", "Stern"),
        ("Vorname: Amina, seit März hier.", "Amina"),
        ("ihr name ist sonne", "sonne"),
    ],
)
def test_a_name_the_note_tells_as_a_name_is_masked_though_it_is_a_word(text: str, name: str) -> None:
    assert masked(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Der Name ist unbekannt.", "unbekannt"),
        ("Ihr Name ist nicht bekannt.", "nicht"),
        ("Mein Name ist Seerose auf Tadschikisch.", "Seerose"),  # what a name means
        ("Der Name „Sonne“ passt zu ihr.", "Sonne"),
        ("Ihren Namen kenne ich nicht.", "kenne"),
    ],
)
def test_what_a_name_is_like_or_means_stays(text: str, word: str) -> None:
    assert kept(text, word)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Er lebt mit seiner Frau und vier Kindern in Hof bei Prüm.", "Hof"),
        ("Sie arbeitet in einer Gärtnerei in Buch bei Bernau.", "Buch"),
    ],
)
def test_a_town_that_is_a_word_placed_near_another_town_is_masked(text: str, town: str) -> None:
    assert masked(text, town)


@pytest.mark.parametrize(
    ("text", "word"),
    [("Er ist in Behandlung bei Dr. Weber.", "Behandlung"), ("Sie ist in Ruhe bei Oma.", "Ruhe")],
)
def test_a_state_before_bei_and_a_person_stays(text: str, word: str) -> None:
    assert kept(text, word)


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        ("BITTE ADEYEMI anrufen.", "BITTE", "ADEYEMI"),
        ("BAMF, ADEYEMI", "BAMF", "ADEYEMI"),
        ("ACHTUNG, TESFAMICHAEL ruft an", "ACHTUNG", "TESFAMICHAEL"),
        ("DANKE AMINA!", "DANKE", "AMINA"),
    ],
)
def test_a_word_written_loud_before_a_name_in_capitals_stays_a_word(text: str, word: str, name: str) -> None:
    """The capitals of a passport ("HADDAD, SAMIR") took the word shouted before a name with it: "BITTE ADEYEMI"
    was one person (helper mut18's finding)."""
    assert kept(text, word)
    assert masked(text, name)


@pytest.mark.parametrize(
    "text", ["HOFFNUNG ADEYEMI steht auf dem Bogen.", "SHIREEN KHALAF", "ALİ RIZA DOĞAN, 55"]
)
def test_a_whole_name_in_capitals_stays_one(text: str) -> None:
    name = text.split(",")[0].removesuffix(" steht auf dem Bogen.")
    assert masked(text, name)


def test_a_given_name_before_a_verb_cut_off_in_dialect_is_masked_alone() -> None:
    """ "hab das mit anna besproch'n" became "hab das mit [Person A]": the dialect's verb was read as her surname
    (helper mut18's finding)."""
    assert masked("hab das mit anna besproch'n", "anna")
    assert kept("hab das mit anna besproch'n", "besproch'n")


@pytest.mark.parametrize(
    ("text", "kind", "owner"),
    [
        ("Krankenfahrten Wolf holt sie um 6:15 ab.", "Krankenfahrten", "Wolf"),
        ("Er fährt Bus bei Reisedienst Kaiser.", "Reisedienst", "Kaiser"),
        ("Sie putzt beim Taxiunternehmen Yilmaz.", "Taxiunternehmen", "Yilmaz"),
    ],
)
def test_a_service_named_by_its_owner_keeps_its_kind_and_masks_the_owner(
    text: str, kind: str, owner: str
) -> None:
    """ "bei Reisedienst Kaiser" was "bei [Ort] Kaiser": the kind masked as a town, the owner readable (corpus 39)."""
    out = default_anonymizer().anonymize(text).text
    assert f"{kind} [Einrichtung]" in out and owner not in out, out


@pytest.mark.parametrize(
    "text", ["Die Fahrten am Montag sind lang.", "Ihre Unternehmen Zukunft", "Die Reinigung Montag"]
)
def test_the_same_kinds_before_no_name_stay(text: str) -> None:
    assert default_anonymizer().anonymize(text).text == text


# -- the mutants of `_near_town` that survived (twelfth session's whole run): texts where no word of living, no
# family and no workplace stands near the town, so that only "bei" and the town after it decide --------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("In Hof bei Prüm ist der Termin.", "Hof"),  # the text's first words: no gap before the preposition
        ("Der Termin ist in Hof bei Trier.", "Hof"),  # a town of the city list only, in no other list
    ],
)
def test_a_word_town_before_bei_and_a_town_is_masked_with_nothing_else_near(text: str, town: str) -> None:
    assert masked(text, town)


def test_a_word_town_before_bei_and_a_capitalised_word_that_is_no_town_stays() -> None:
    assert kept("Die Küche geriet in Brand bei Nacht.", "Brand")


def test_a_word_town_before_bei_at_the_end_of_a_text_ending_in_a_space_is_read() -> None:
    """A phone keyboard's space after the last word: no town after "bei" to look at."""
    assert default_anonymizer().anonymize("Der Termin ist in Hof bei ").text.startswith("Der Termin ist in ")


@pytest.mark.parametrize(
    ("text", "name"),
    [("den herrn winter kenn ich", "winter"), ("dem herrn winter geht es gut", "winter")],
)
def test_a_lowercase_salutation_after_an_article_opening_the_text_takes_the_surname(
    text: str, name: str
) -> None:
    """`_salutation_after_article` 10, 11 (`i > 2`, `i >= 3`): the article as the text's first word."""
    assert masked(text, name)


def test_a_lowercase_word_no_list_knows_after_a_capitalised_name_noun_is_the_name() -> None:
    """ "Ihr Name ist faadu." stayed readable (helper mut18b's finding): the word was neither capitalised nor a name
    of the lists, and the name noun was capitalised."""
    assert masked("Ihr Name ist faadu.", "faadu")
    assert kept("Ihr Name ist unbekannt.", "unbekannt")
