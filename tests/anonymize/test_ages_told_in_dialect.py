"""Ages as volunteers type them in dialect and in short notes: "isch" and "is" for "ist", particles between the
verb and the age ("is fei erst 15", "ist auch 15"), the second of two guessed ages, a child's age after the name
and before the verb ("Tochter Mursal 15 macht …"), a kin word with a comma before the name ("eine Tochter, Hodan,
6"), and the origin told with its verb between the name and the age ("Ebrima ist aus Gambia, 22, will …")."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import Context, default_anonymizer

from .spans import anonymized, kept


def _age_at(text: str, age: str, nth: int = 0) -> bool:
    """The `nth` `age` of `text` (counted from 0) lies whole inside an age's replacement."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(age, at + 1)
    result = default_anonymizer().anonymize(text, Context())
    return any(
        e.start <= at and at + len(age) <= e.end and e.replacement.startswith("[Alter")
        for e in result.entities
    )


@pytest.mark.parametrize(
    ("text", "age", "nth"),
    [
        ("Samir isch sechzehn und macht Praktikum in ner Werkstatt.", "sechzehn", 0),
        ("ihr Sohn Andrij isch 23, bi de Armee im Oste.", "23", 0),
        ("Abdirahman isch jetzt neunzehn, kam unbegleitet über Italien.", "neunzehn", 0),
        ("Der Junge will Moped fahrn. Baran is fei erst 15 und hat schon den Helm.", "15", 0),
        (
            "Ihr Sohn Mohammad ist 15, und der Mohammad von Herrn Ahmadzai ist auch 15 und in derselben Klasse.",
            "15",
            1,
        ),
        ("Yonas is 23 oder 24 genau weiß er's selbst nich", "23", 0),
        ("Yonas is 23 oder 24 genau weiß er's selbst nich", "24", 0),
        ("Tochter Mursal 15 macht den Quran-Unterricht online.", "15", 0),
        ("Er ist 27, hat in Somalia noch eine Tochter, Hodan, 6", "6", 0),
        ("Ebrima ist aus Gambia, 22, will Kfz-Mechatroniker werden.", "22", 0),
        ("Ahmad kommt aus Herat, 17, und spricht Dari.", "17", 0),
    ],
)
def test_an_age_told_so_is_masked(text: str, age: str, nth: int) -> None:
    assert _age_at(text, age, nth), anonymized(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Das Essen isch aber 5 Euro.", "5"),
        ("Die Miete ist auch 500 und zu hoch.", "500"),
        ("Sohn Ali 2 mal die Woche beim Training.", "2"),
        ("Ahmad ist aus Herat, 3 Geschwister sind noch dort.", "3"),
    ],
)
def test_a_price_a_count_or_a_frequency_stays(text: str, number: str) -> None:
    assert kept(text, number), anonymized(text)
