"""Identifiers as people type and dictate on phones (issue #16, ninth session): whole answers typed in capitals,
phone numbers and e-mail addresses dictated in words, a birthday said in ordinal words, an age after the chat form
"is" of "ist", a street of two words in lowercase, and a licence plate written without its hyphen. The sentences
are made up here, with names, towns and numbers of their own; each kind is tested with the ordinary words around
it, and with text of the same shape that must stay."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import default_anonymizer

from .spans import kept as _kept
from .spans import unchanged as _unchanged


def _masked(text: str, word: str) -> bool:
    result = default_anonymizer().anonymize(text)
    at = text.index(word)
    return all(
        any(e.start <= i < e.end for e in result.entities)
        for i in range(at, at + len(word))
        if text[i].isalnum()
    )


# -- whole answers typed in capitals --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "HALLO IHR LIEBEN MIR GEHTS GUT, HAB NUR GRAD VIEL STRESS AUF ARBEIT",
        "ICH WEISS NICH OB ICH DAS NOCH SCHAFFE MIT ZWEI FAMILIEN UND DEM UMZUG",
        "MOIN ZUSAMMEN WAR KRANK ABER JETZT GEHTS WIEDER, NUR DIENSTAGS HAB ICH KEINE ZEIT",
    ],
)
def test_a_shouted_answer_without_identifiers_stays(text: str) -> None:
    # every word of it begins with a capital, as a name does; read in ordinary case, none is one
    assert _unchanged(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("GUTE NACHRICHT: YUSUF HAT DIE PRÜFUNG BESTANDEN 🎉", "YUSUF"),
        ("TOLL, ARAM HAT SEIN ERSTES ZEUGNIS GEKRIEGT", "ARAM"),
    ],
)
def test_a_name_in_a_shouted_answer_is_masked(text: str, name: str) -> None:
    assert _masked(text, name)


def test_a_placeholder_in_a_shouted_answer_stays_as_it_is() -> None:
    text = "[Person A] HAT DIE THEORIE BESTANDEN UND IST GANZ STOLZ"
    result = default_anonymizer().anonymize(text)
    assert result.text.startswith("[Person A] HAT DIE THEORIE")


def test_a_number_dictated_in_a_shouted_answer_is_masked() -> None:
    text = (
        "SEINE NEUE NUMMER HAT ER MIR SO GESCHICKT NULL EINS SECHS ZWEI DREI NEUN VIER VIER ACHT NULL SIEBEN"
    )
    assert _masked(text, "NULL EINS SECHS ZWEI DREI NEUN VIER VIER ACHT NULL SIEBEN")
    assert _kept(text, "GESCHICKT")


# -- phone numbers and e-mail addresses dictated in words -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "ihre nummer is plus vier drei sechs sechs null zwei eins fünf acht acht",
            "plus vier drei sechs sechs",
        ),
        ("ruf ihn an unter plus vier neun eins sieben zwei drei null acht fünf fünf", "plus vier neun eins"),
    ],
)
def test_the_plus_of_a_dictated_country_code_is_part_of_the_number(text: str, number: str) -> None:
    assert _masked(text, number)


@pytest.mark.parametrize(
    "text", ["das kostet plus minus zwanzig euro", "eins zwei drei vier fünf sechs sieben los"]
)
def test_plus_and_counting_stay(text: str) -> None:
    assert _unchanged(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # digits said after a part of the name, and a letter alone before them
        (
            "die mail is lena punkt vogt eins neun neun acht at web punkt de",
            "lena punkt vogt eins neun neun acht",
        ),
        ("schreib an tarek punkt h 1990 at posteo punkt de bitte", "tarek punkt h 1990 at posteo punkt de"),
        # "minus" in the host, and the host cut in two by the recogniser
        (
            "an k punkt brandt at stadtwerke minus nordheim punkt de",
            "k punkt brandt at stadtwerke minus nordheim",
        ),
        (
            "ihre adresse: samira unterstrich k at g mail punkt com",
            "samira unterstrich k at g mail punkt com",
        ),
        # "com" heard as "kommt"
        (
            "die spracherkennung schreibt jonas punkt falk at gmx punkt kommt",
            "jonas punkt falk at gmx punkt kommt",
        ),
    ],
)
def test_an_e_mail_address_dictated_in_words_is_masked(text: str, address: str) -> None:
    assert _masked(text, address)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("die mail is lena punkt vogt eins neun neun acht at web punkt de", "die mail is"),
        ("schreib an k punkt brandt at stadtwerke punkt de", "schreib an"),
    ],
)
def test_the_words_before_a_dictated_address_stay(text: str, kept: str) -> None:
    assert _kept(text, kept)


@pytest.mark.parametrize(
    "text",
    [
        "wir sind um punkt acht uhr at home, sagt sie immer",
        "treffen uns at the station punkt zwei",
    ],
)
def test_at_and_punkt_in_a_sentence_stay(text: str) -> None:
    assert _unchanged(text)


# -- an age after the chat form "is" of "ist", after the verb first, and after a name someone is called by ----------


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("die kleine samira is sechs und geht schon zur schule", "sechs"),
        ("er is sieben und spielt nur fußball", "sieben"),
        ("tarek is übrigens 31 nich 13 wie im bescheid steht", "31"),
        ("Lejla ist zwölf", "zwölf"),
        # the verb first, the person, the age
        ("die wohnung is zu klein, dabei is die samira erst zweiundzwanzig", "zweiundzwanzig"),
        ("Und jetzt wird Aram schon 16.", "16"),
        # after the name someone is called by
        ("Notiz: Herr Yusuf Demir, von allen „Abu Deniz“ genannt, 52, aus Mardin, wohnt in Kassel.", "52"),
    ],
)
def test_an_age_in_chat_and_in_inverted_order_is_masked(text: str, age: str) -> None:
    assert _masked(text, age)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("der bus is um neun da", "neun"),
        ("es is zwölf und ich hab hunger", "zwölf"),
        ("das is fünf euro billiger", "fünf"),
        ("morgen kommt tarek erst neun uhr", "neun"),
        ("jetzt is tarek schon zwei stunden weg", "zwei"),
        ("das ist tarek erst drei mal passiert", "drei"),
    ],
)
def test_times_counts_and_prices_after_is_stay(text: str, number: str) -> None:
    assert _kept(text, number)


# -- dates: said in words, a letter's day after an apposition, the season of an event's year -----------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("ihr geburtsdatum is dritter fünfter zweitausendvier laut pass", "dritter fünfter zweitausendvier"),
        (
            "geboren am elften sechsten neunzehnhundertneunzig in kabul",
            "elften sechsten neunzehnhundertneunzig",
        ),
        ("der zwölfte märz 2001 is sein geburtstag", "zwölfte märz 2001"),
        (
            "SEIN GEBURTSDATUM IS ZWANZIGSTER ZWEITER ZWEITAUSENDSIEBEN",
            "ZWANZIGSTER ZWEITER ZWEITAUSENDSIEBEN",
        ),
        ("sie hat den bescheid, ablehnung als unbegründet, vom 14. märz bekommen", "14. märz"),
        ("Die Familie ist im Herbst 2019 eingereist.", "Herbst 2019"),
    ],
)
def test_a_date_said_in_words_or_cued_farther_off_is_masked(text: str, date: str) -> None:
    assert _masked(text, date)


@pytest.mark.parametrize(
    "text",
    [
        "wir sehen uns am dritten vierten beim grillen",
        "beim ersten dritten zweitausend euro gezahlt",
        "das zweite mal zweitausend leute da",
        "im ersten halbjahr 2024 waren es viele",
        "Urlaub vom 3. bis 5. Januar",
    ],
)
def test_ordinals_amounts_and_holidays_stay(text: str) -> None:
    assert _unchanged(text)


# -- addresses: a house number in words, a street's own adjective in lowercase, a dictated postal code -----------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("zwei zimmer in der bottroper straße hundertvier dritter stock", "bottroper straße hundertvier"),
        ("in der lindenstraße neunzehn wohnen sie jetzt", "lindenstraße neunzehn"),
        ("sie haben was gefunden, hohe gasse 7 mit balkon", "hohe gasse 7"),
        ("sie wohnt lindenweg 12 b 3 4 5 6 7 hainau seit märz", "lindenweg 12 b 3 4 5 6 7 hainau"),
        (
            "ADRESSE FÜR DAS AMT IST BIRKENSTRASSE 9 C 5 4 3 2 1 TANNHEIM ERDGESCHOSS",
            "BIRKENSTRASSE 9 C 5 4 3 2 1",
        ),
    ],
)
def test_a_street_said_or_typed_in_a_hurry_is_masked(text: str, address: str) -> None:
    assert _masked(text, address)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("die nächste straße 2 häuser weiter", "2 häuser"),
        ("in der hauptstraße ein paar läden", "ein paar"),
        ("wir wohnen in der goethestraße zehn minuten von hier", "zehn minuten"),
        ("ich wohn in der kirchstraße acht uhr is zu früh", "acht uhr"),
        ("eine ruhige straße 3 km weiter", "ruhige straße 3 km"),
        ("die alte straße zwei mal gesperrt", "zwei mal"),
    ],
)
def test_counts_times_and_distances_after_a_street_stay(text: str, kept: str) -> None:
    assert _kept(text, kept)


@pytest.mark.parametrize(
    "text",
    [
        "TOLL, ARAM HAT BEIM TSV EICHENAU SEIN ERSTES TOR GESCHOSSEN",
        "SIE MACHT JETZT DIE DREIJÄHRIGE AUSBILDUNG IM SENIORENHEIM HAUS LINDENHOF",
        "MELDET EUCH BEIM MIETERVEREIN BIRKENSTRASSE 9 C 5 4 3 2 1 TANNHEIM",
    ],
)
def test_words_kept_in_a_replacement_stay_in_capitals(text: str) -> None:
    # the replacement of a club, a home or an age keeps a word of the span: as the text writes it, not recased
    from supervision_tui.anonymize.patterns import PLACEHOLDER

    result = default_anonymizer().anonymize(text)
    assert result.text != text
    assert not any(c.islower() for c in PLACEHOLDER.sub("", result.text))


# -- a licence plate without its hyphen, after a car ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("jamal hat sich nen alten polo gekauft WES KT 208 🚗 steht vorm haus", "WES KT 208"),
        ("ER FÄHRT JETZT MIT DEM SKODA VOM ONKEL HX LM 77", "HX LM 77"),
        ("Das Auto der Familie, ein grauer Transporter mit GÖ RN 1184, wurde abgeschleppt.", "GÖ RN 1184"),
    ],
)
def test_a_plate_without_its_hyphen_after_a_car_is_masked(text: str, plate: str) -> None:
    assert _masked(text, plate)


@pytest.mark.parametrize(
    "text",
    [
        "Leistungen nach SGB II 7 Monate lang, das Auto ist kaputt",
        "WIR HABEN AB 12 UHR ZEIT",
        "Termin bei der ABH AB 14 Uhr",
    ],
)
def test_capitals_and_numbers_without_a_car_stay(text: str) -> None:
    assert _unchanged(text)


# -- an age between a name and where the person comes from, without commas ------------------------------------------


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("in gronau hab ich jetzt yonas kennengelernt sechzehn aus asmara, wohnt in der wg", "sechzehn"),
        ("Neu dabei: Samir 17 aus Homs, spricht gut Englisch", "17"),
    ],
)
def test_an_age_before_where_someone_comes_from_is_masked(text: str, age: str) -> None:
    assert _masked(text, age)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("ich hab samir zwei aus der tüte gegeben", "zwei"),
        ("tarek hat 13 aus 15 punkten", "13"),
        ("sie hat mit samir drei aus syrien getroffen", "drei"),
        ("hab samir getroffen zwei aus seiner klasse waren auch da", "zwei"),
    ],
)
def test_counts_before_aus_stay(text: str, number: str) -> None:
    assert _kept(text, number)


# -- one sentence or line typed in capitals inside a note in ordinary case -------------------------------------------


def test_a_shouted_sentence_in_a_note_keeps_its_words_and_loses_its_name() -> None:
    text = (
        "Termin beim Amt war okay. ICH BIN ABER SO WÜTEND AUF DIE BEHÖRDE, DIE HABEN AHMAD WIEDER "
        "WEGGESCHICKT! Morgen geht es weiter."
    )
    result = default_anonymizer().anonymize(text)
    assert result.text == text.replace("AHMAD", "[Person A]")


def test_a_shouted_line_with_a_dictated_number_is_masked() -> None:
    text = (
        "Kurze Info zur Familie Haddad.\nNEUE NUMMER VON FRAU HADDAD NULL EINS SIEBEN SECHS DREI DREI NEUN ACHT "
        "ZWEI EINS FÜNF\nBitte nicht weitergeben."
    )
    assert _masked(text, "NULL EINS SIEBEN SECHS DREI DREI NEUN ACHT ZWEI EINS FÜNF")
    assert _kept(text, "Bitte nicht weitergeben")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("NEUE ADRESSE VON DEN BEIDEN IST HOHE GASSE 12 IN TANNHEIM", "HOHE GASSE 12"),
        ("DIE FAMILIE WOHNT JETZT IN DER SELBACHER STRASSE 40", "SELBACHER STRASSE 40"),
    ],
)
def test_the_adjective_of_a_street_in_capitals_is_part_of_it(text: str, address: str) -> None:
    assert _masked(text, address)


def test_a_word_before_a_pitch_and_its_number_in_capitals_stays() -> None:
    assert _unchanged("DER TRAINER HAT GESAGT ER KOMMT AUF DEN PLATZ 2 UM SIEBEN")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the area code digit by digit, the rest in pairs
        (
            "seine nummer is null eins fünf neun einundsechzig dreizehn siebenundvierzig",
            "null eins fünf neun",
        ),
        ("ruf an null vier null, achtzehn, zweiundfünfzig, neunzig", "null vier null, achtzehn"),
        ("IHRE NUMMER IST NULL SIEBEN ACHT ZWEI SECHSUNDDREISSIG ELF VIERZEHN", "NULL SIEBEN ACHT ZWEI"),
    ],
)
def test_a_number_dictated_in_pairs_is_masked(text: str, number: str) -> None:
    assert _masked(text, number)


@pytest.mark.parametrize(
    "text",
    [
        "es stand null zu drei, dann zwei zu zwei",
        "das war null acht fünfzehn",
        "null, zehn, zwanzig, dreißig, vierzig grad hatten wir alles",
    ],
)
def test_scores_and_scales_in_words_stay(text: str) -> None:
    assert _unchanged(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("sie is am neunten zehnten geboren, sagt der pass", "neunten zehnten"),
        ("sein geburtstag is am vierundzwanzigsten mai", "vierundzwanzigsten mai"),
        ("GEBURTSDATUM LAUT AUSWEIS ERSTER ERSTER", "ERSTER ERSTER"),
    ],
)
def test_a_birthday_said_in_words_without_its_year_is_masked(text: str, date: str) -> None:
    assert _masked(text, date)


@pytest.mark.parametrize(
    "text",
    [
        "nach der geburt im zweiten monat ging es besser",
        "zum geburtstag war sie zum dritten mal da",
        "wieso haben eigentlich so viele am ersten januar geburtstag?",
    ],
)
def test_ordinals_near_a_birth_that_name_no_day_stay(text: str) -> None:
    assert _unchanged(text)


@pytest.mark.parametrize(
    ("text", "ago"),
    [
        ("Frau K. hat vor sechs Wochen die kleine Lea bekommen und schläft kaum", "sechs Wochen"),
        ("sie hat vor zehn tagen entbunden, ein mädchen", "zehn tagen"),
    ],
)
def test_the_time_since_a_birth_is_masked(text: str, ago: str) -> None:
    assert _masked(text, ago)


@pytest.mark.parametrize(
    "text",
    [
        "vor zwei wochen hat sie den bescheid bekommen",
        "vor drei Wochen hat sie einen Termin bekommen",
    ],
)
def test_the_time_since_a_letter_or_an_appointment_stays(text: str) -> None:
    assert _unchanged(text)
