"""A letter's patient written surname first ("Patient: Kaya, Zeynep") is one person with the given name, and the
same person as "Frau Zeynep Kaya" in the letter's text (twenty-fourth session: the clinical letters of blind corpus
95, where the surname and the given name after the label had two pseudonyms, and the unread 103, whose same-person
figure rose from 63.6 % to 85.5 %). A relative with the patient's surname stays another person ("Patient:
Kovalenko, Maksym" … "Mutter Olena Kovalenko"): the name is keyed in the prose's order, unless its surname is in
capitals as a passport writes it ("ABUKHALIL, Haidar"), which the session's other spellings match as it is."""

from __future__ import annotations

from .spans import anonymized


def test_a_patient_written_surname_first_is_one_person_with_the_prose() -> None:
    out = anonymized(
        "Patientin: Demir, Elif, geb. 2.3.1990. Wir berichten über Frau Elif Demir. Frau Demir geht."
    )
    assert out.count("[Person A]") == 3 and "[Person B]" not in out


def test_a_relative_with_the_patients_surname_is_another_person() -> None:
    out = anonymized(
        "Patient: Bondar, Taras, geb. 2.3.2019. Mutter Iryna Bondar begleitet. Taras Bondar hat Fieber."
    )
    assert out.count("[Person A]") == 2 and out.count("[Person B]") == 1


def test_a_surname_in_capitals_first_is_the_person_of_the_prose() -> None:
    out = anonymized("Herr Haidar Abu Khalil kam zur Kontrolle. Im Pass: ABUKHALIL, Haidar.")
    assert out.count("[Person A]") == 2 and "[Person B]" not in out
