"""Practices named by their field and where they stand ("Physio am Steinweg", "Orthopädie am Schlosspark",
"Radiologie Passau") and shops named by their goods or their chain and their owner ("Immobilien Kremer", "Elektro
Fuchs", "Edeka Lange", "Optik Kurz") name one small place a person goes to: the name is masked, the field or the
goods stay. A field alone, a time after the kind, and the goods in a plain sentence stay readable."""

from __future__ import annotations

import pytest

from .spans import anonymized, kept, masked


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Zusammenarbeit mit der Physio am Steinweg ist gut.", "Steinweg"),
        ("Operateur ist Dr. Kötter, Orthopädie am Schlosspark, in Coesfeld.", "Schlosspark"),
        ("Termine bei der Psychotherapie am Saargau nur telefonisch.", "Saargau"),
        ("Radiologie am Ried – Praxis für Radiologie und Nuklearmedizin", "Ried"),
        ("Hausverwaltung ist Immobilien Kremer in Gummersbach.", "Kremer"),
        ("Die Hausverwaltung Immobilien Sommer reagiert nicht auf Mails.", "Sommer"),
        ("Elektro Fuchs in Tiefenort sucht noch Leute.", "Fuchs"),
        ("Der Sohn wurde vor dem Edeka Lange geschlagen.", "Lange"),
        ("Zwei Kostenvoranschläge, u.a. von Optik Kurz, bitte beilegen.", "Kurz"),
        ("Sie hat das Kleid bei Brautmoden Sommer in Varel gefunden.", "Sommer"),
    ],
)
def test_the_name_of_a_practice_or_a_shop_is_masked(text: str, name: str) -> None:
    assert masked(text, name), anonymized(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Die Physio am Montag fällt aus.", "Montag"),
        ("Die Praxis am Nachmittag war voll.", "Nachmittag"),
        ("Überweisung an die Kardiologie wegen Vorhofflimmern.", "Vorhofflimmern"),
        ("Klinik für Radiologie und Nuklearmedizin", "Nuklearmedizin"),
        ("Die Immobilien Preise steigen jedes Jahr.", "Preise"),
        ("Reifen Sommer und Winter wechseln.", "Sommer"),
        ("Er kauft Getränke Montag.", "Montag"),
    ],
)
def test_a_time_a_field_alone_or_goods_in_a_sentence_stay(text: str, word: str) -> None:
    assert kept(text, word), anonymized(text)
