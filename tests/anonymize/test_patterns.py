"""One test per identifier kind and per tricky word."""

from __future__ import annotations

import datetime as dt

import pytest

from supervision_tui.anonymize import Context, anonymize


def masked(text: str, secret: str, label: str | None = None, context: Context | None = None) -> str:
    result = anonymize(text, context)
    assert secret not in result.text, result.text
    if label is not None:
        covering = [e for e in result.entities if e.start <= text.index(secret) < e.end]
        assert covering and covering[0].label == label, result.entities
    return result.text


@pytest.mark.parametrize(
    ("text", "secret", "label"),
    [
        ("Schreib an kerim.yilmaz@web.de bitte.", "kerim.yilmaz@web.de", "EMAIL"),
        ("Mobil 0176 12345678 abends.", "0176 12345678", "PHONE"),
        ("Ruf 0176/12345678 an.", "0176/12345678", "PHONE"),
        ("Festnetz (03941) 56 78 90.", "56 78 90", "PHONE"),
        ("Tel +49 (0)3941 123456.", "3941 123456", "PHONE"),
        ("Nummer +963 944 123 456 in Syrien.", "944 123 456", "PHONE"),
        ("Bitte 0049 3941 654321 anrufen.", "3941 654321", "PHONE"),
        ("IBAN DE89 3704 0044 0532 0130 00 für die Miete.", "DE89 3704 0044 0532 0130 00", "IBAN"),
        ("Steuer-ID 12 345 678 901 liegt vor.", "345 678 901", "ID"),
        ("Versichertennummer A123456789.", "A123456789", "ID"),
        ("Ausweisnummer L01X00T47.", "L01X00T47", "ID"),
        ("Az. 31-22/2024 beim Amt.", "31-22/2024", "ID"),
        ("Das Auto QLB-T 88 parkt.", "QLB-T 88", "PLATE"),
        ("Link: https://example.org/a?b=1.", "example.org", "URL"),
        ("Sie heißt @amina_2005 online.", "amina_2005", "HANDLE"),
        ("Wohnt Kirchgasse 4 im Erdgeschoss.", "Kirchgasse 4", "ADDRESS"),
        ("Treff Marktstr. 19.", "Marktstr. 19", "ADDRESS"),
        ("Beratung Am Alten Markt 11b.", "Am Alten Markt 11b", "ADDRESS"),
        ("Früher Unter den Linden 3.", "Unter den Linden 3", "ADDRESS"),
        ("Post an 38820 Halberstadt.", "38820 Halberstadt", "PLACE"),
        ("Sie ist am 07.11.1992 geboren.", "07.11.1992", "DATE"),
        ("Geburtsdatum 2. März 1985.", "2. März 1985", "DATE"),
        ("Er ist geb. 12.5.1978.", "12.5.1978", "DATE"),
        ("Schreiben vom 2024-03-18.", "2024-03-18", "DATE"),
        ("Geboren am 3.5.1990, seitdem hier.", "3.5.1990", "DATE"),
        ("Die Zahl 4711081512 stand da.", "4711081512", "NUMBER"),
    ],
)
def test_identifier_kinds(text: str, secret: str, label: str) -> None:
    masked(text, secret, label)


def test_a_date_is_not_taken_for_a_phone_number() -> None:
    result = anonymize("Der Bescheid kam am 03.05.2015 an.")
    assert [e.label for e in result.entities] == ["DATE"]
    assert result.text == "Der Bescheid kam am [Datum] an."
    # an appointment stays readable, and no other layer takes it for a number
    assert anonymize("Die Anhörung ist am 03.05.2099.").text == "Die Anhörung ist am 03.05.2099."


def test_a_two_digit_year_is_read_as_the_nearest_century_and_only_old_dates_are_masked() -> None:
    # "12.03.85" may be a birth date: masked. A date of last year, this year or the next few years is an
    # appointment and stays readable. The years are counted from today, as the anonymizer does.
    year = dt.date.today().year
    last = (year - 1) % 100

    def kept(date: str) -> bool:
        return anonymize(f"Der Termin ist am {date} gewesen.").text == f"Der Termin ist am {date} gewesen."

    assert not kept("03.05.85")
    assert not kept(f"03.05.{(year - 2) % 100:02d}"), "two years ago is no appointment"
    assert kept(f"03.05.{last:02d}") and kept(f"03.05.{year - 1}"), "last year still is"
    assert kept(f"03.05.{last + 5:02d}"), "up to five years ahead: a far appointment, not 19xx"
    assert not kept(f"03.05.{last + 6:02d}"), "six years ahead is read as the last century"
    assert kept("03.05."), "a date without a year is an appointment"


def test_ages_become_bands() -> None:
    assert anonymize("Sie ist 34 Jahre alt.").text == "Sie ist [Alter 30–39]."
    assert "[0–9]-jährige" in anonymize("Die 8-jährige Tochter.").text
    assert "([Alter 50–59])" in anonymize("Herr Ahmadi (52) sucht Arbeit.").text


@pytest.mark.parametrize(
    "text",
    [
        "Glitzermoment: Der Sprachkurs beim Jobcenter hat endlich begonnen.",
        "Die Erschöpfung nach der Ausländerbehörde war groß.",
        "Im Sommer ist es ernst, ein kleines Kind weint.",
        "Wir sind frei und noch jung, der Fuchs und der Vogel auch.",
        "Sie war wie ein Engel für uns.",
        "Die Miete ist um fünfzig Euro gestiegen, 1.500 Euro Kaution.",
        "Um 14.30 Uhr beginnt die Runde.",
        "Im März 2027 beginnt der Kurs.",  # (a month before the session's is a past event's: test_months_passed)
    ],
)
def test_ordinary_text_survives(text: str) -> None:
    assert anonymize(text).text == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Herr Sommer vom Sozialamt war da.", "Sommer"),
        ("Frau Klein hat angerufen.", "Klein"),
        ("Herr Ernst von der Caritas.", "Ernst"),
        ("Frau Frei ist neu.", "Frei"),
        ("Anna Sommer hat Kuchen gebracht.", "Sommer"),
        ("Frau Dr. Klein untersucht sie.", "Klein"),
    ],
)
def test_surnames_that_are_words_are_masked_with_a_cue(text: str, secret: str) -> None:
    masked(text, secret, "PERSON")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Heute kam Abdul Rahman zum Kurs.", "Abdul Rahman"),
        ("Herr El-Amin wartet.", "El-Amin"),
        ("Frau Le Thi Hoa arbeitet.", "Le Thi Hoa"),
        ("Marie-Luise begleitet eine Familie.", "Marie-Luise"),
        ("Jamals Bruder hat die Zusage.", "Jamal"),
        ("war heute mit kerim beim amt", "kerim"),
        ("ihr Neffe Ahmad lernt Deutsch.", "Ahmad"),
        ("Seine Betreuerin Frau Schulz hilft.", "Schulz"),
        ("Iryna Melnyk hat den Bescheid.", "Melnyk"),
        ("Yonas Tesfamariam zeigt sein Zeugnis.", "Tesfamariam"),
        ("Hodan und Faadumo verpassen den Bus.", "Faadumo"),
        ("Mamadou Diallo macht ein Praktikum.", "Diallo"),
        ("Herr Nguyen Van Minh hat Ärger.", "Nguyen"),
        ("Arben Krasniqi hat eine Zusage.", "Krasniqi"),
        ("Gulalai sucht eine Wohnung.", "Gulalai"),
        ("Rojin hat das Abitur.", "Rojin"),
        ("Herr Hodžić dolmetscht.", "Hodžić"),
        ("Mehmet Yılmaz begleitet seinen Vater.", "Yılmaz"),
    ],
)
def test_names_of_many_origins(text: str, secret: str) -> None:
    masked(text, secret, "PERSON")


def test_pseudonyms_are_consistent_and_keep_the_trigger_word() -> None:
    context = Context()
    first = anonymize("Familie Haile kam heute. Frau Klein half.", context)
    second = anonymize("Frau Haile rief an.", context)
    assert first.text == "Familie [Person A] kam heute. Frau [Person B] half."
    assert second.text == "Frau [Person A] rief an."
    assert context.pseudonyms["haile"] == "[Person A]"


def test_a_name_seen_with_a_cue_is_masked_later_in_the_session() -> None:
    context = Context()
    anonymize("Herr Sommer kam.", context)
    result = anonymize("Sommer sagte, im Sommer sei es besser.", context)
    assert result.text == "[Person A] sagte, im Sommer sei es besser."


def test_session_names_are_always_masked() -> None:
    context = Context()
    context.add_name("Tarek Haddad")
    context.add_name("Sommer")
    result = anonymize("Tarek kam, Haddads Antrag, TAREK HADDAD schrieb, im Sommer.", context)
    assert "Tarek" not in result.text and "Haddad" not in result.text and "TAREK" not in result.text
    assert "Sommer" not in result.text


def test_special_categories_are_flagged_in_the_output() -> None:
    result = anonymize("Herr Hassan ist Muslim und hat Depressionen, er ist kurdisch.")
    categories = {f.category for f in result.flags}
    assert categories == {"religion", "gesundheit", "herkunft"}
    for flag in result.flags:
        assert result.text[flag.start : flag.end] in {"Muslim", "Depressionen", "kurdisch"}


def test_the_pseudonym_mapping_stays_in_memory() -> None:
    context = Context()
    anonymize("Frau Haile", context)
    assert context.pseudonyms == {"haile": "[Person A]"}
