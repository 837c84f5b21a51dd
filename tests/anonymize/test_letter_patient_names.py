"""A letter's patient written surname first ("Patient: Kaya, Zeynep") is one person with the given name, and the
same person as "Frau Zeynep Kaya" in the letter's text (twenty-fourth session: the clinical letters of blind corpus
95, where the surname and the given name after the label had two pseudonyms, and the unread 103, whose same-person
figure rose from 63.6 % to 85.5 %). Left: a relative with the patient's surname ("Patient: Kovalenko, Maksym" …
"Mutter Olena Kovalenko") may take the patient's pseudonym; reading the name in the prose's order for its key
parted them, but joined fewer same persons written in capitals ("ABUKHALIL, Haidar") on five project corpora."""

from __future__ import annotations

from .spans import anonymized


def test_a_patient_written_surname_first_is_one_person_with_the_prose() -> None:
    out = anonymized(
        "Patientin: Demir, Elif, geb. 2.3.1990. Wir berichten über Frau Elif Demir. Frau Demir geht."
    )
    assert out.count("[Person A]") == 3 and "[Person B]" not in out
