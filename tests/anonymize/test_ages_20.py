"""A person's age is a quasi-identifier and is masked as a band (issue #16); a number that is no age (an amount,
a time, a count, a duration, a page, a class, a bus) stays. Each form is tested with sentences written for this
test, and with text of the same shape that must stay: a half in words after a name or "ist" ("zweieinhalb",
"anderthalb"); a word for a person, kin or a partner, as the subject of "ist", "war" or "wird" and a number ending
the clause, in digits or in words, and the next person of the list with the verb left out; the pronoun after its
verb ("heute ist er 20"); "mit 16" with no noun after it, in a clause about a person's life ("mit 15 ist sie
allein losgegangen"), where "mit 16 Leuten", "mit 14 Euro", "ich rechne mit 20" stay; an age with its unit in apposition after a name
("Sohn Emil, drei Jahre.", "Baby Lina, sechs Monate)") or after a birthday word ("geburtstag, 9 jahre 🎈"), where a
duration ("seit acht Monaten", "acht Monate Wartezeit", "alle 2 Jahre") stays; English in a chat ("both girls are
6", "my daughter is eleven", "a 4-year-old"), where "it is 5", "we are 5", "the bus is 17 minutes late" stay; the saying "18 ist 18" about an age. Numbers that are no age, in the shapes
the rules read, stay (a class, a time, a page, a bus, a size, a distance, a count). An age after a name that ends
the brackets, the sentence or follows "beide" ("(Jelena, 13)", "aus Eritrea, siebzehn.", "Amir und Sara, beide
7,"), and an age in brackets with a word or a mark about it ("(erst 9)", "(77!)", "(4 geworden 🎉)"). A toddler's half year in a list of names and ages ("Malik 1,5.",
"Jonah 2 1/2."), and an age after a name's own script in brackets ("Vater Taras (Тарас) 41, …"). An age in a clause
of time or reason ("als er 15 war"), the years without "alt" ending the clause ("Er ist 41 Jahre und …"), the answer
to "wie alt …?", a person "von 9", a birthday by its number ("ihren 30. gefeiert"); an age someone claims ("gibt
an, 15 zu sein") and a year of birth in two digits ("Jahrgang 01"). An ordinal ("ist 7. Klasse", "war 3. beim Lauf")
and a pregnancy's or a birth's months ("ist 3 Monate schwanger") are no age. A chat's name typed small, first in
its sentence, before "ist" and an age ("dilan ist 15 😅"), where a German word there ("termin ist 14") is none."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import default_anonymizer


def _age(text: str, phrase: str, number: str) -> bool:
    """`number` inside the first `phrase` of `text` lies whole inside a span masked as an age."""
    at = text.index(phrase) + phrase.index(number)
    result = default_anonymizer().anonymize(text)
    return any(e.label == "AGE" and e.start <= at and at + len(number) <= e.end for e in result.entities)


def _kept(text: str, phrase: str, number: str) -> bool:
    """No replaced span touches `number` inside the first `phrase` of `text`."""
    at = text.index(phrase) + phrase.index(number)
    result = default_anonymizer().anonymize(text)
    return not any(e.start < at + len(number) and at < e.end for e in result.entities)


@pytest.mark.parametrize(
    ("text", "phrase", "number"),
    [
        (
            "Für die kleine Tochter, Nasrin, dreieinhalb, fehlt noch der Kitaplatz.",
            "dreieinhalb",
            "dreieinhalb",
        ),
        ("Ihr Enkel Jonas ist eineinhalb und schläft nachts kaum.", "eineinhalb", "eineinhalb"),
        ("der kleine Yunus ist jetzt anderthalb.", "anderthalb", "anderthalb"),
    ],
)
def test_a_half_in_words_is_an_age_where_a_whole_number_is(text: str, phrase: str, number: str) -> None:
    assert _age(text, phrase, number)


@pytest.mark.parametrize(
    ("text", "phrase", "number"),
    [
        ("Die Fahrt hat dreieinhalb Stunden gedauert.", "dreieinhalb", "dreieinhalb"),
        ("Wir warten, Frau Okafor, schon eineinhalb Jahre auf den Bescheid.", "eineinhalb", "eineinhalb"),
        ("Das Gespräch dauerte anderthalb Stunden.", "anderthalb", "anderthalb"),
        ("Die Wartezeit ist zweieinhalb Monate.", "zweieinhalb", "zweieinhalb"),
    ],
)
def test_a_half_in_words_before_its_unit_stays(text: str, phrase: str, number: str) -> None:
    assert _kept(text, phrase, number)


@pytest.mark.parametrize(
    ("text", "phrase", "number"),
    [
        ("ihr opa ist 77 und lebt noch im dorf", "77", "77"),
        ("Die Großmutter war 91, als sie starb.", "91", "91"),
        ("sein opa war 88 als er gestorben ist", "88", "88"),
        ("ihre oma is 93 und fast blind", "93", "93"),
        ("der ältere ist sieben, der jüngere vier", "der jüngere vier", "vier"),
        ("mein mann ist 45 und findet keine arbeit", "45", "45"),
        ("Die Nachbarin ist 67 und hilft beim Deutschlernen.", "67", "67"),
        ("der jüngste ist sechzehn und geht zur Schule.", "sechzehn", "sechzehn"),
        ("Ihre Tante war damals dreiundzwanzig.", "dreiundzwanzig", "dreiundzwanzig"),
        ("Die Mutter ist 29, der Vater 33.", "der Vater 33", "33"),
        ("der große ist 12 und die kleine neun.", "die kleine neun", "neun"),
        ("Als sie ankam, war sie 15, jetzt ist sie 17.", "war sie 15", "15"),
        ("inzwischen ist er einundzwanzig und macht eine Ausbildung.", "einundzwanzig", "einundzwanzig"),
    ],
)
def test_an_age_after_a_person_and_its_verb_is_masked(text: str, phrase: str, number: str) -> None:
    assert _age(text, phrase, number)


@pytest.mark.parametrize(
    ("text", "phrase", "number"),
    [
        ("Die Miete ist 640 und die Kaution 1900.", "640", "640"),
        ("Die Miete war 75, die Kaution 150.", "75", "75"),
        ("Die Wohnung ist 64 qm groß.", "64", "64"),
        ("Die Oma wohnt 45 Kilometer entfernt, die Tante ist 30 Kilometer weg.", "30", "30"),
        ("Seite 23 ist wichtig, Seite 24 nicht.", "23", "23"),
        ("Der Vater ist 1,85 groß.", "1,85", "1,85"),
        ("Der Termin war um 14, danach der nächste.", "14", "14"),
        ("Die Miete war 90 als wir eingezogen sind.", "90", "90"),
        ("Befund: Parodontitis 37 und 47, Behandlung folgt.", "37", "37"),
        ("Die Tochter ist drei Stunden in der Kita.", "drei", "drei"),
        ("Heute ist er 20 Minuten zu spät gekommen.", "20", "20"),
    ],
)
def test_a_number_after_a_thing_or_before_its_unit_stays(text: str, phrase: str, number: str) -> None:
    assert _kept(text, phrase, number)


@pytest.mark.parametrize(
    ("text", "phrase", "number"),
    [
        ("mit 15 ist sie allein über die Balkanroute gekommen", "mit 15", "15"),
        ("Er war damals ganz allein unterwegs, mit 13, stell dir vor.", "mit 13", "13"),
        ("Sie hat mit 19 geheiratet.", "mit 19", "19"),
        ("Herr Darwish kam mit siebzehn nach Deutschland.", "siebzehn", "siebzehn"),
        ("Samira hat das Abitur nachgeholt, mit 41 🥳 und alle waren stolz.", "mit 41", "41"),
        ("sie ist mit 17 hier angekommen, ganz allein", "mit 17", "17"),
        ("er hat mit 15 angefangen zu arbeiten", "mit 15", "15"),
        ("ich kenn das, ich war mit 17 auch ganz allein hier", "mit 17", "17"),
        ("Sie war schon mit 13 verheiratet.", "mit 13", "13"),
    ],
)
def test_the_age_someone_did_something_at_is_masked(text: str, phrase: str, number: str) -> None:
    assert _age(text, phrase, number)


@pytest.mark.parametrize(
    ("text", "phrase", "number"),
    [
        ("Wir waren mit 12 Leuten beim Fest.", "mit 12", "12"),
        ("wir waren mit 12 leuten beim fest", "mit 12", "12"),
        ("Er hat mit 18 Euro bezahlt.", "mit 18", "18"),
        ("Ich rechne mit 25.", "mit 25", "25"),
        ("Sie haben mit 4 zu 2 gewonnen.", "mit 4", "4"),
        ("Mit 9 ist Schluss, sagt die Hausordnung.", "Mit 9", "9"),
        ("Die Gruppe startet mit 11, später kommen mehr.", "mit 11", "11"),
        ("Der Kurs mit 15 Teilnehmenden ist voll.", "mit 15", "15"),
        ("Wir fahren mit 3 Autos.", "mit 3", "3"),
        ("Ein Zimmer mit 2 Betten.", "mit 2", "2"),
        ("Termin mit 16:30 Uhr bestätigt.", "mit 16", "16"),
        ("Ich gehe mit 4, 5 Leuten hin.", "mit 4", "4"),
        ("Wir haben das Spiel mit 3 gewonnen, danach gab es Pizza.", "mit 3", "3"),
    ],
)
def test_a_count_or_an_amount_after_mit_stays(text: str, phrase: str, number: str) -> None:
    assert _kept(text, phrase, number)


@pytest.mark.parametrize(
    ("text", "phrase", "number"),
    [
        ("Ihr Sohn Emil, drei Jahre. Er spricht noch wenig.", "drei Jahre", "drei"),
        ("Mit im Zimmer: Baby Lina, sechs Monate), und die Mutter.", "sechs Monate", "sechs"),
        ("Frau Osei kam mit Tochter Ama, 9 Monate, zur Beratung.", "9 Monate", "9"),
        ("unsere kleine hat heute geburtstag, 9 jahre 🎈 wir feiern", "9 jahre", "9"),
        ("Geburtstag gestern, fünf Jahre, und er hat sich so gefreut.", "fünf Jahre", "fünf"),
        ("Mit Baby Sami (fast 4 Monate) war sie beim Amt.", "4 Monate", "4"),
    ],
)
def test_an_age_with_its_unit_after_a_name_or_a_birthday_is_masked(
    text: str, phrase: str, number: str
) -> None:
    assert _age(text, phrase, number)


@pytest.mark.parametrize(
    ("text", "phrase", "number"),
    [
        ("Herr Kaya, seit acht Monaten in Deutschland, sucht Arbeit.", "acht", "acht"),
        ("Frau Ndiaye, acht Monate Wartezeit, das ist zu lang.", "acht", "acht"),
        ("Wir feiern den Geburtstag alle 2 Jahre groß.", "2 Jahre", "2"),
        ("Der Geburtstag ist in 3 Jahren wieder rund.", "3 Jahren", "3"),
        ("Unser Hund ist gestorben, Rex, 12 Jahre.", "12 Jahre", "12"),
        ("Herr Bauer, 6 Monate Probezeit, dann unbefristet.", "6 Monate", "6"),
        ("heute geburtstagsfeier um 7, bring 2 kuchen mit", "um 7", "7"),
    ],
)
def test_a_duration_after_a_name_or_a_birthday_stays(text: str, phrase: str, number: str) -> None:
    assert _kept(text, phrase, number)


@pytest.mark.parametrize(
    ("text", "phrase", "number"),
    [
        ("can someone help with homework? both girls are 6", "are 6", "6"),
        ("my daughter is eleven and very shy", "eleven", "eleven"),
        ("thx! he's 15, so no kita anymore", "15", "15"),
        ("we found a place for her, she is 3 👍", "is 3", "3"),
        ("her son, 8 years old, needs glasses", "8 years", "8"),
        ("looking for clothes for a 4-year-old", "4-year", "4"),
        ("she was 9 when they left Aleppo", "was 9", "9"),
        ("the girls are 4 and 6", "and 6", "6"),
    ],
)
def test_an_age_in_english_is_masked(text: str, phrase: str, number: str) -> None:
    assert _age(text, phrase, number)


@pytest.mark.parametrize(
    ("text", "phrase", "number"),
    [
        ("it is 5 already, the meeting is at 6", "is 5", "5"),
        ("we are 5 in the group", "5", "5"),
        ("the bus is 17 minutes late", "17", "17"),
        ("she is 5 minutes away", "5", "5"),
        ("the rent is 640 and the deposit 1900", "640", "640"),
        ("the room is 12 square meters", "12", "12"),
    ],
)
def test_a_number_in_english_that_is_no_age_stays(text: str, phrase: str, number: str) -> None:
    assert _kept(text, phrase, number)


def test_the_saying_an_age_is_an_age_is_masked() -> None:
    text = "na und? 18 ist 18, dann muss er ausziehen"
    assert _age(text, "18 ist", "18")
    assert _age(text, "ist 18", "18")


@pytest.mark.parametrize(
    ("text", "phrase", "number"),
    [
        ("10 ist 10 Euro, mehr nicht.", "10 ist", "10"),
        ("Sie ist in Klasse 8, ihr Bruder in der 5. Klasse.", "8", "8"),
        ("ich muss um 9 weg, sorry", "9", "9"),
        ("Termin um 15, dann Kita.", "15", "15"),
        ("Seite 21 ist wichtig.", "21", "21"),
        ("Die Wohnung ist 58 qm und die Miete 710.", "58", "58"),
        ("Das ist 63 Kilometer entfernt.", "63", "63"),
        ("Er ist seit neun Monaten in Deutschland.", "neun", "neun"),
        ("wir nehmen bus 23 um 18 uhr", "23", "23"),
        ("B2 nach 700 Stunden, dann der Test.", "700", "700"),
        ("wir sind 13 leute, mit 2 kindern", "13", "13"),
        ("Die Kinder sind 4 Stunden in der Kita.", "4", "4"),
    ],
)
def test_numbers_that_are_no_age_stay(text: str, phrase: str, number: str) -> None:
    assert _kept(text, phrase, number)


@pytest.mark.parametrize(
    ("text", "phrase", "number"),
    [
        ("Ihre Tochter Ирина (Irina, 13) geht in die Gesamtschule.", "13", "13"),
        ("Sie kam mit ihrem Mann Goran Petrović (Горан Петровић, 58) aus Niš.", "58", "58"),
        ("Das ist Tesfay Gebru aus Eritrea, siebzehn. Er sucht eine Lehrstelle.", "siebzehn", "siebzehn"),
        ("heute kam ein neuer, Jamal, 15. er spricht kaum deutsch", "15", "15"),
        ("Zur Familie: Sohn Elias, 7. Er geht in die zweite Klasse.", "7", "7"),
        ("Sie hat Zwillinge, Amir und Sara, beide 7, in der Grundschule.", "beide 7", "7"),
        ("Herr Brandt (77!) hilft bei den Hausaufgaben.", "77", "77"),
        ("Ahmad (erst 9) übersetzt für die Eltern.", "9", "9"),
        ("die kleine Zeynep (4 geworden 🎉) hat gesungen", "4", "4"),
    ],
)
def test_an_age_after_a_name_ending_its_apposition_is_masked(text: str, phrase: str, number: str) -> None:
    assert _age(text, phrase, number)


@pytest.mark.parametrize(
    ("text", "phrase", "number"),
    [
        ("Termin mit Frau Asante, 3. Danach die Kita.", "3", "3"),
        ("Herr Kaya (Zimmer 12) war dabei.", "12", "12"),
        ("Frau Ali (ab 14 Uhr) kommt später.", "14", "14"),
        ("Herr Brandt (Tel. 3) ist erreichbar.", "3", "3"),
        ("Wir treffen Frau Osei, Raum 14, um 10.", "14", "14"),
        ("Termin mit Frau Haile, 14.", "14", "14"),
        ("Gespräch am Montag mit Herrn Abebe, 11.", "11", "11"),
    ],
)
def test_a_number_after_a_name_that_is_no_age_stays(text: str, phrase: str, number: str) -> None:
    assert _kept(text, phrase, number)


@pytest.mark.parametrize(
    ("text", "phrase", "number"),
    [
        ("Drei Kinder: Jana 9, Yusuf 4, Malik 1,5. Alle im Heim.", "1,5", "1,5"),
        ("Sie hat zwei Söhne: Emeka 7 und Jonah 2 1/2. Er schläft schlecht.", "2 1/2", "2 1/2"),
        ("Familie Bondar. Vater Taras (Тарас Бондар) 41, Mutter Halyna 38, Kinder Ivan (6).", "41", "41"),
    ],
)
def test_an_age_in_a_list_after_a_name_is_masked(text: str, phrase: str, number: str) -> None:
    assert _age(text, phrase, number)


@pytest.mark.parametrize(
    ("text", "phrase", "number"),
    [
        ("Frau Yilmaz hat 1,5 Stunden gewartet.", "1,5", "1,5"),
        ("Herr Kaya (Каја) 3 Mal angerufen, keiner ging ran.", "3", "3"),
        ("Termin mit Frau Haile 1,5.", "1,5", "1,5"),
        ("Herr Okoro (Zimmer 4) 2 1/2 Stunden beim Amt.", "2 1/2", "2 1/2"),
    ],
)
def test_a_half_after_a_name_that_is_no_age_stays(text: str, phrase: str, number: str) -> None:
    assert _kept(text, phrase, number)


@pytest.mark.parametrize(
    ("text", "phrase", "number"),
    [
        ("als er 15 war, ist er aus Herat weggegangen.", "15", "15"),
        ("Seitdem sie 13 ist, will sie nicht mehr zur Schule.", "13", "13"),
        ("Wenn die Kleine vier wird, bekommt sie einen Kitaplatz.", "vier", "vier"),
        ("Er ist 41 Jahre und sucht Arbeit.", "41 Jahre", "41"),
        ("die älteste ist 11 Jahre, die jüngste 3 Jahre.", "3 Jahre", "3"),
        ("wie alt ist deine tochter? 7 😊", "7", "7"),
        ("Wie alt ist Karim eigentlich? 19, sagt er.", "19", "19"),
        ("Sie hat ein Mädchen von 9 aufgenommen.", "9", "9"),
        ("Er hat gestern seinen 30. gefeiert, mit der ganzen WG.", "30", "30"),
        ("viele grüße und alles gute zum 70. 🎂", "70", "70"),
    ],
)
def test_an_age_in_a_clause_or_an_answer_is_masked(text: str, phrase: str, number: str) -> None:
    assert _age(text, phrase, number)


@pytest.mark.parametrize(
    ("text", "phrase", "number"),
    [
        ("Als wir 5 waren, war der Raum voll.", "5", "5"),
        ("Bis der Bus 17 kommt, warten wir.", "17", "17"),
        ("Wie alt ist die Wohnung? 30 Jahre.", "30", "30"),
        ("Die Gruppe von 9 ist zu groß.", "9", "9"),
        ("eine Frau von 40 Kilo", "40", "40"),
        ("Kündigung zum 1. Mai", "1", "1"),
        ("Er hat seinen 3. Termin gehabt.", "3", "3"),
        ("Sie ist 3 Jahre in Deutschland.", "3", "3"),
        ("Der Vertrag ist 2 Jahre, dann endet er.", "2", "2"),
        ("Wir sind 5 Jahre hier und bleiben.", "5", "5"),
        ("Die Oma war 2 Jahre, bevor sie starb, krank.", "2", "2"),
    ],
)
def test_a_count_a_date_or_a_duration_in_those_shapes_stays(text: str, phrase: str, number: str) -> None:
    assert _kept(text, phrase, number)


def test_a_claimed_age_and_a_two_digit_year_of_birth_are_masked() -> None:
    assert _age("Er gibt an, 15 zu sein, die Behörde glaubt ihm nicht.", "15", "15")
    assert _age("Sie behauptet, erst sechzehn zu sein.", "sechzehn", "sechzehn")
    text = "Neu im Kurs: Farah, Jahrgang 01, aus Herat."
    at = text.index("01")
    result = default_anonymizer().anonymize(text)
    assert any(e.start <= at and at + 2 <= e.end for e in result.entities)


def test_a_time_before_zu_sein_and_a_score_after_jahrgang_stay() -> None:
    assert _kept("Er hofft, um 5 da zu sein.", "5", "5")
    assert _kept("Der Jahrgang 99,5 Punkte im Schnitt.", "99", "99")


@pytest.mark.parametrize(
    ("text", "phrase", "number"),
    [
        ("Mein Sohn ist 6. Klasse und hat Probleme in Mathe.", "6", "6"),
        ("Sie ist 8. Klasse.", "8", "8"),
        ("Sohn Karim, 2. Klasse, braucht Hilfe beim Lesen.", "2", "2"),
        ("Die Tochter war 3. beim Lauf.", "3", "3"),
        ("Die Mutter ist 4 Monate schwanger.", "4", "4"),
        ("Der Kleine ist 2 Monate zu früh gekommen.", "2", "2"),
    ],
)
def test_an_ordinal_or_a_pregnancy_s_months_is_no_age(text: str, phrase: str, number: str) -> None:
    assert _kept(text, phrase, number)


def test_a_baby_s_months_ending_the_clause_stay_an_age() -> None:
    assert _age("Das Baby ist 11 Monate und schläft schlecht.", "11", "11")


@pytest.mark.parametrize(
    ("text", "phrase", "number"),
    [
        ("dilan ist 15 😅 will nur am handy sein", "15", "15"),
        ("ok danke. zilan is elf, sie geht in die fünfte", "elf", "elf"),
        ("alles gut. hevin ist 9 🙂", "9", "9"),
    ],
)
def test_an_age_after_a_chat_name_typed_small_is_masked(text: str, phrase: str, number: str) -> None:
    assert _age(text, phrase, number)


@pytest.mark.parametrize(
    ("text", "phrase", "number"),
    [
        ("termin ist 14, nicht vergessen", "14", "14"),
        ("zimmer ist 12.", "12", "12"),
        ("note ist 1! endlich", "1", "1"),
        ("ok. wartezeit ist 6.", "6", "6"),
    ],
)
def test_a_number_after_a_word_typed_small_stays(text: str, phrase: str, number: str) -> None:
    assert _kept(text, phrase, number)
