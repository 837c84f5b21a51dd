"""A name with a particle between its parts is one name and one pseudonym: "María José Pérez de los Ángeles",
"Jan van der Berg", "yusleidy de la cruz", "Olaf Meyer zu Hartum"; the particle is no word left between two
masks. German's bare "von" and "zu" between two persons keep them two ("der Sohn Ahmad von Mariam")."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import Context, default_anonymizer

from .spans import anonymized


def _one_person(text: str, name: str) -> bool:
    at = text.index(name)
    persons = [e for e in default_anonymizer().anonymize(text, Context()).entities if e.label == "PERSON"]
    return any(e.start <= at and at + len(name) <= e.end for e in persons)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Fallvorstellung: María José Pérez de los Ángeles (29), Venezuela.",
            "María José Pérez de los Ángeles",
        ),
        ("Jana: María de los Ángeles Pérez, Kolumbien, 44.", "María de los Ángeles Pérez"),
        ("die mama yusleidy de la cruz hat mir arepas mitgebracht", "yusleidy de la cruz"),
        ("Herr Jan van der Berg kam zur Sprechstunde.", "Jan van der Berg"),
        ("Frau Ursula von der Leyen kam.", "Ursula von der Leyen"),
        ("Befundet von Dr. med. Olaf Meyer zu Hartum, Facharzt für Radiologie.", "Olaf Meyer zu Hartum"),
    ],
)
def test_a_name_with_its_particle_is_one_person(text: str, name: str) -> None:
    assert _one_person(text, name), anonymized(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Frau Hoffmann von der Caritas hilft.", "von der Caritas"),
        ("Herr Ahmad Rahimi zu Besuch bei uns.", "zu Besuch"),
    ],
)
def test_an_office_or_a_word_after_the_particle_stays(text: str, kept: str) -> None:
    assert kept in anonymized(text)


@pytest.mark.parametrize(
    "text", ["Ich gehe morgen mit Amal zu Tesfay.", "Der Sohn Ahmad von Mariam kam auch."]
)
def test_two_given_names_joined_by_von_or_zu_stay_two_persons(text: str) -> None:
    result = default_anonymizer().anonymize(text, Context())
    persons = [e for e in result.entities if e.label == "PERSON"]
    assert len(persons) == 2 and persons[0].replacement != persons[1].replacement, result.text
