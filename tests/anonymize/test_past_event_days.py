"""The day of a past event about a person, told as people write news (twenty-fourth session, read off blind corpora
85, 86, 89 and 90): a participle, with a comma or cheers, right before the day ("is unterschrieben, am 15. Januar",
"ABGELEHNT!! am 23. Februar"); a stay or a visit in the simple past, its day in apposition ("war mit ihr bei der
Anhörung, am 5. November, sechs Stunden"); the perfect whose participle comes after "und" or far after the day ("hat
am 28.11. Röhrchen bekommen und hört besser", "Bin am 12.11. … auf Glatteis hingefallen"); an event's noun with
cheers before the day and its weekday ("nen Unfall!! am Montag, 10.11."); "seit Sept. 2023".

A plan or an appointment stays: "beginnt am 3.1.", "verschoben, am 5.12. geht es weiter", "war beim Amt, am 5.12. muss
ich wieder hin", "haben am 14.1. einen Termin bekommen und …".
"""

from __future__ import annotations

import pytest

from .spans import kept, masked


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Mietvertrag ist unterschrieben, am 12. Februar, Einzug war gleich.", "12. Februar"),
        ("Asylantrag ABGELEHNT!! am 4. Juni. Klage läuft.", "4. Juni"),
        ("Arbeitsvertrag unterschrieben!!! am 3.11. 🎉", "3.11."),
        (
            "Gestern erzählt: ich war mit Samira bei der Anhörung in Gießen, am 7. Oktober, fast fünf Stunden.",
            "7.",
        ),
        ("Leyla war wegen Blutungen im Kreiskrankenhaus, vom 2. bis 5. Oktober, jetzt wieder zuhause.", "2."),
        ("Jonas hat am 14.10. die Zahnspange bekommen und isst kaum noch.", "14.10."),
        (
            "Ich bin am 20.10. mit Amir auf dem Weg zur Schule auf dem nassen Laub hingefallen, Knie kaputt.",
            "20.10.",
        ),
        ("Ibrahim hatte nen Unfall!! am Freitag, 6.11. auf der Kreuzung vorm Rathaus.", "6.11."),
        ("Er ist in Deutschland seit Sept. 2022, Gestattung.", "Sept. 2022"),
    ],
)
def test_the_day_of_a_past_event_is_masked(text: str, day: str) -> None:
    assert masked(text, day)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Der Deutschkurs beginnt am 3.1. in der Volkshochschule.", "3.1."),
        ("Das Gespräch ist verschoben, am 5.12. geht es weiter.", "5.12."),
        ("Ich war heute beim Amt, am 5.12. muss ich wieder hin.", "5.12."),
        ("Wir haben am 14.1. einen Termin bekommen und freuen uns.", "14.1."),
        ("War alles gut im Kurs, am 9.12. ist Prüfung.", "9.12."),
        ("Sie hat endlich einen Termin beim Kinderarzt in Wetter bekommen, am 8.1. 🎉", "8.1."),
    ],
)
def test_the_day_of_a_plan_or_an_appointment_stays(text: str, day: str) -> None:
    assert kept(text, day)
