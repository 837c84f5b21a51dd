"""A facility's name is masked whole, its kind's words with it (twenty-fourth session, read off blind corpora 83–97).

Before, only the town or the proper word in a facility's name was masked, and the words a reader takes as part of
the name stayed outside it: "in der LEA [Ort]", "im [Person K] Klinikum", "KMG Klinikum [Einrichtung]", "Wohnbau
[Einrichtung] eG". Three mechanisms: a compound of a word and a kind's head is a facility's kind ("Stadtkirche",
"Gospelchor", "Pfarrheim", "Wohnungsgenossenschaft", "Marienhospital"), as are the offices' capitals for where
refugees are housed or held (LEA, ZUE, JVA, GU) and a university's hospital; and a masked name is widened over a
hospital's kind after it, a carrier's capitals before it, and a cooperative's "eG".
"""

from __future__ import annotations

import pytest

from .spans import anonymized, kept, masked


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Amira singt jetzt sonntags in der Stadtkirche Lauterbach mit.", "Stadtkirche Lauterbach"),
        ("Der Gospelchor Wennigsen sucht noch Stimmen, Oksana geht hin.", "Gospelchor Wennigsen"),
        ("Deutschkurs ist jetzt im Pfarrheim Mitterteich, dienstags.", "Pfarrheim Mitterteich"),
        ("Das Fest war im Dorfgemeinschaftshaus Hülsede, mit Musik.", "Dorfgemeinschaftshaus Hülsede"),
        (
            "Vermieter ist die Wohnungsgenossenschaft Warnowtal, Brief liegt vor.",
            "Wohnungsgenossenschaft Warnowtal",
        ),
        ("Der Entlassbrief kam vom Marienhospital Vechta.", "Marienhospital Vechta"),
        ("Wir waren beim Sommerfest im Gemeindehaus Lauenau.", "Gemeindehaus Lauenau"),
        ("Er wohnt noch in der LEA Freiburg, mit vier anderen im Zimmer.", "LEA Freiburg"),
        ("Sie ist seit März in der ZUE Wuppertal.", "ZUE Wuppertal"),
        ("Ihr Sohn sitzt in der JVA Bützow, Besuch nur mit Antrag.", "JVA Bützow"),
        ("Er wurde in der Unimedizin Greifswald operiert.", "Unimedizin Greifswald"),
    ],
)
def test_a_facility_by_a_kinds_compound_or_an_offices_capitals_is_masked_whole(text: str, name: str) -> None:
    assert masked(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Yonas lag drei Tage im Helios Klinikum, jetzt geht es besser.", "Helios Klinikum"),
        ("Überweisung an das Robert Koch Krankenhaus, Innere.", "Robert Koch Krankenhaus"),
        ("Entlassung aus der BG Unfallklinik Murnau, jetzt Reha.", "BG Unfallklinik Murnau"),
        ("Die Miete geht an die Wohnbau Lüdinghausen eG, seit Mai.", "Wohnbau Lüdinghausen eG"),
    ],
)
def test_a_masked_name_takes_its_hospitals_kind_its_carrier_and_its_form(text: str, name: str) -> None:
    assert masked(text, name)


def test_a_hospital_named_before_its_kind_is_no_person() -> None:
    # the chain's name had been a person's pseudonym: "im [Person A] Klinikum"
    assert (
        "[Person" not in anonymized("Nour war im Helios Klinikum zur Geburt.").split("zur")[0].split("war")[1]
    )


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Die Wohnungsgenossenschaft hat endlich geantwortet.", "Wohnungsgenossenschaft"),  # a kind, no name
        ("Die Berufsgenossenschaft Holz und Metall zahlt die Reha.", "Holz"),  # the insurer, an authority
        ("Termin beim Jobcenter Kassel am Montag.", "Kassel"),  # an office in its city
        ("Der Pfarrer wohnt im Pfarrhaus.", "Pfarrhaus"),  # a kind without a name after it
        ("Die Lea aus der Gruppe kommt später.", "aus"),
    ],
)
def test_cities_insurers_offices_and_lone_kinds_stay(text: str, word: str) -> None:
    assert kept(text, word)


def test_a_given_name_in_ordinary_case_is_no_reception_centre() -> None:
    # "LEA" is a facility's kind only in capitals: "Lea" is a given name, and the town after her hers
    out = anonymized("Lea Schmidt kommt aus Sigmaringen.")
    assert out.startswith("[Person") and "[Ort]" in out


def test_a_church_by_a_name_stays_a_name() -> None:
    # "Kreuzkirche" is no common noun: the church's own name, masked as before, not a kind
    assert masked("In der Kreuzkirche macht Nino beim Krippenspiel mit.", "Kreuzkirche")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Yusuf lag eine Woche in den Havelland Kliniken, jetzt zuhause.", "Havelland Kliniken"),
        ("Der Befund kam aus dem Elbe-Elster Klinikum, abgetippt.", "Elbe-Elster Klinikum"),
        ("Sie ist zur Reha in der Eifel Klinik.", "Eifel Klinik"),
    ],
)
def test_a_hospital_named_by_its_landscape_is_masked(text: str, name: str) -> None:
    assert masked(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sie wohnt im Havelland und fährt ins Klinikum.", "Havelland"),  # the landscape alone is context
        ("Die Klinik in Syrien gibt es nicht mehr.", "Klinik"),
    ],
)
def test_a_landscape_without_a_hospitals_kind_stays(text: str, word: str) -> None:
    assert kept(text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sie sind konvertiert und gehen in die Freie evangelische Gemeinde Bünde.",
            "Freie evangelische Gemeinde Bünde",
        ),
        (
            "Taufe war in der Evangelischen Gemeinde Eschershausen, schön.",
            "Evangelischen Gemeinde Eschershausen",
        ),
        (
            "Er macht Praktikum im Pflegeheim Haus am Sonnenhang, gefällt ihm.",
            "Pflegeheim Haus am Sonnenhang",
        ),
        ("Die Familie geht in die Gemeinde am Lindenberg, jeden Sonntag.", "Gemeinde am Lindenberg"),
        ("Institut für Pathologie Hameln · Histologischer Befund", "Institut für Pathologie Hameln"),
    ],
)
def test_a_congregations_adjectives_a_houses_hill_and_an_institutes_field_go_with_its_name(
    text: str, name: str
) -> None:
    assert masked(text, name)


def test_a_municipality_keeps_its_word() -> None:
    # "Gemeinde" alone before a town is the town's: the word stays, the town goes
    text = "Zuweisung in die Gemeinde Nalbach ist geplant."
    assert kept(text, "Gemeinde") and masked(text, "Nalbach")


@pytest.mark.parametrize("pronoun", ["Diese", "Meine", "Unsere", "Jene"])
def test_a_pronoun_before_a_facilitys_kind_stays(pronoun: str) -> None:
    # seen by the seed 3304 sample: "Diese" and "Meine" were read as adjectives of the name and left the text
    assert (
        anonymized(f"{pronoun} Stadtkirche Lauterbach ist voll.")
        == f"{pronoun} Stadtkirche [Einrichtung] ist voll."
    )
