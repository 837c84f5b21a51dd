"""Mechanisms written from the kinds of miss and of over-masking of blind corpus 26 (issue #16, seventh session):
file numbers with a register's letter or glued letters, doses and measurements that are no IDs, drug names from an
installed drug list, persons after a title or a lawyer's abbreviation, facilities and streets. Every example is
made up here, with other names, towns and numbers than the corpus; each mechanism is tested with its kind and with
the ordinary text that must stay."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import default_anonymizer


def _masked(text: str, part: str) -> bool:
    """Whether every character of `part` lies under an entity."""
    result = default_anonymizer().anonymize(text)
    at = text.index(part)
    return all(any(e.start <= k < e.end for e in result.entities) for k in range(at, at + len(part)))


def _untouched(text: str, part: str) -> bool:
    """Whether no character of `part` lies under an entity."""
    result = default_anonymizer().anonymize(text)
    at = text.index(part)
    return not any(e.start < at + len(part) and at < e.end for e in result.entities)


# -- file numbers: a register's letter after the number, a long code of capitals and digits ------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Az. der Ausländerbehörde: 41.3-2281/24-K, bitte angeben.", "41.3-2281/24-K"),
        ("Das Jobcenter zahlt die Miete direkt (BG 71044BG0093321).", "71044BG0093321"),
        ("Bedarfsgemeinschaft 12301BG0456789 laut Bescheid.", "12301BG0456789"),
    ],
)
def test_a_file_number_is_masked_whole(text: str, code: str) -> None:
    assert _masked(text, code), default_anonymizer().anonymize(text).text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Blutdruck beim Hausarzt: RR 142/88 mmHg, Puls 80.", "142/88"),
        ("Neu: Lopinavir/Ritonavir 200/50 mg 2-0-2 für vier Wochen.", "200/50"),
        ("Inhalation mit Beclometason/Formoterol 200/6 1-0-1, dazu Salbutamol.", "200/6"),
    ],
)
def test_a_dose_or_a_measurement_is_no_number_to_mask(text: str, value: str) -> None:
    assert _untouched(text, value), default_anonymizer().anonymize(text).text


# -- drug names from an installed drug list (generic and brand), a drug before its strengths ------------------------


@pytest.mark.parametrize(
    ("text", "drug"),
    [
        ("Therapie: Glecaprevir/Pibrentasvir über acht Wochen, dann Kontrolle.", "Pibrentasvir"),
        ("Therapie: Glecaprevir/Pibrentasvir über acht Wochen, dann Kontrolle.", "Glecaprevir"),
        ("Das HIV-Medikament Biktarvy nimmt er jeden Morgen.", "Biktarvy"),
        ("Zur Blutverdünnung Eliquis, gegen den Diabetes Jardiance.", "Eliquis"),
    ],
)
def test_a_drug_of_the_drug_list_is_a_word(text: str, drug: str) -> None:
    assert _untouched(text, drug), default_anonymizer().anonymize(text).text


def test_a_name_before_strengths_and_a_dosing_schedule_is_a_drug() -> None:
    text = "Inhalation: Miller 200/6 1-0-1, dazu bei Bedarf Salbutamol."
    assert _untouched(text, "Miller"), default_anonymizer().anonymize(text).text
    assert _masked("Herr Miller kommt am Montag zur Gruppe.", "Miller")


# -- medical words no dictionary lists: compounds, German spellings, Latin diagnoses, graded scores -----------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a German first part before a medical first part and a German noun
        ("Geplant ist eine Drahtosteosynthese am Handgelenk.", "Drahtosteosynthese"),
        # a German first part before a term the dictionaries spell with c: concentrator, inhalator
        ("Der Heimkonzentrator steht im Flur, er rauscht nachts.", "Heimkonzentrator"),
        ("Er bekommt einen Heiminhalator für die Nacht.", "Heiminhalator"),
        # a specialist named by the field's English name: gastroenterology, hepatology
        ("Der Sohn war beim Gastroenterologen, alles gut.", "Gastroenterologen"),
        ("Termin beim Hepatologen am Montag, danach Labor.", "Hepatologen"),
        # a Latin diagnosis: its first word before a lowercase term
        ("Befund: Ulcus cruris links, Wundversorgung durch den Pflegedienst.", "Ulcus"),
        ("Befund: Fractura ulnae rechts, Gips für vier Wochen.", "Fractura"),
        # a score or a classification named after two people, with its grade
        ("Subarachnoidalblutung, laut Brief Hunt-Hess III, jetzt Reha.", "Hunt-Hess"),
        ("Der Blutdruck nach Riva-Rocci III gemessen.", "Riva-Rocci"),
    ],
)
def test_a_medical_word_no_list_has_is_no_person(text: str, word: str) -> None:
    assert _untouched(text, word), default_anonymizer().anonymize(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Frau Müller-Okafor kommt mit ihrer Tochter.", "Müller-Okafor"),
        ("Die Familie Tesfamariam wohnt jetzt in der Stadt.", "Tesfamariam"),
    ],
)
def test_names_stay_masked_beside_the_medical_words(text: str, name: str) -> None:
    assert _masked(text, name), default_anonymizer().anonymize(text).text


# -- persons after an office, a lawyer's abbreviation, an abbreviated title with particles, a chat salutation -------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a given name and a surname that is a noun after a lawyer's abbreviation or an office
        ("Sie fragt bei RA Tobias Schaufel nach.", "Tobias Schaufel"),
        ("Sie fragt bei RAin Greta Kessel nach.", "Greta Kessel"),
        ("Die Taufe macht Pfarrer Jonas Mantel im Januar.", "Jonas Mantel"),
        ("Die Taufe macht Pastorin Jana Kübel im Januar.", "Jana Kübel"),
        # particles after an abbreviated title
        ("Termin bei Prof. van der Zande am Dienstag.", "van der Zande"),
        # chat: article, salutation small, the surname alone capitalised
        ("die frau Kübel vom amt war echt nett", "Kübel"),
        ("der herr Hobel hat zurückgerufen", "Hobel"),
    ],
)
def test_a_person_after_an_office_or_a_title_is_masked_whole(text: str, name: str) -> None:
    assert _masked(text, name), default_anonymizer().anonymize(text).text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sie fragt bei RAin Greta Kessel nach.", "RAin"),  # no town Rain
        ("Wir hoffen, dass die Frau Arbeit findet.", "Arbeit"),
        ("Der Lehrer hat der Klasse Deutsch beigebracht.", "Deutsch"),
    ],
)
def test_words_beside_offices_and_salutations_stay(text: str, word: str) -> None:
    assert _untouched(text, word), default_anonymizer().anonymize(text).text


# -- places: a street's adjective, a town's region after a slash, "St." for "Sankt", facilities by river or street ---


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Die Familie wohnt jetzt Innere Bautzener Str. 14, Hinterhaus.", "Innere Bautzener Str. 14"),
        ("Treffpunkt ist der Bahnhof in Neustadt/Opf., gleich nach der Schule.", "Neustadt/Opf."),
        ("Sie sind nach St. Blasien gezogen, weg von der Großstadt.", "St. Blasien"),
        ("Er geht jetzt in die Realschule an der Wertach, 7. Klasse.", "Realschule an der Wertach"),
        ("Befund vom MVZ am Lindenhof, Kopie liegt bei.", "am Lindenhof"),
        ("Sie hat einen Termin in der Kanzlei am Alten Hafen, Raum 2.", "am Alten Hafen"),
    ],
)
def test_a_place_is_masked_whole(text: str, place: str) -> None:
    assert _masked(text, place), default_anonymizer().anonymize(text).text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Die Schule an der Ecke hat eine neue Mensa.", "Schule an der Ecke"),
        ("Das MVZ hat angerufen, die Kanzlei auch.", "MVZ"),
        ("Unsere Wohnung ist klein, aber hell.", "Unsere Wohnung"),
    ],
)
def test_words_beside_facilities_and_streets_stay(text: str, words: str) -> None:
    assert _untouched(text, words), default_anonymizer().anonymize(text).text


@pytest.mark.parametrize(
    "text",
    [
        "der arzt will nur ziehen weil nach AsylbLG nur schmerzbehandlung bezahlt wird",
        "sie wollen umziehen, aber nach AufenthG geht das erst später",
    ],
)
def test_a_law_abbreviation_in_mixed_case_is_no_town(text: str) -> None:
    result = default_anonymizer().anonymize(text)
    assert not [e for e in result.entities if e.label == "PLACE"], result.text


def test_a_hyphenated_town_is_still_a_town() -> None:
    assert _masked("Sie ist nach Hohenstein-Ernstthal gezogen.", "Hohenstein-Ernstthal")
