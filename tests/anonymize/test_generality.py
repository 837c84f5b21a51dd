"""Rules written for generality after blind corpora 6 and 7 (issue #16): each is tested with the identifier
that must go and the ordinary use that must stay."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from supervision_tui.anonymize import Context, default_anonymizer

ROOT = Path(__file__).resolve().parents[2]
MEDICAL = Path("/usr/share/hunspell/de_med.dic")


def _clean(text: str) -> str:
    return default_anonymizer().anonymize(text, Context()).text


@pytest.mark.parametrize(
    "name",
    ["روزا", "محمد الحسن", "شیرین\u200cدخت", "პეტრე", "ማርያም", "Олена Ковальчук", "אברהם"],
)
def test_a_name_in_another_script_is_masked(name: str) -> None:
    out = _clean(f"Heute hat {name} angerufen, sie kommt morgen.")
    letters = [ch for ch in name if ch.isalpha()]
    assert not any(ch in out for ch in letters), out
    assert "angerufen" in out and "morgen" in out


def test_frequent_words_of_another_script_stay() -> None:
    # "очень хорошо" (Russian: very good) is no name
    out = _clean("Sie sagte „очень хорошо“ und lachte.")
    assert "очень хорошо" in out


@pytest.mark.skipif(not MEDICAL.exists(), reason="needs Debian's hunspell-de-med (installed by make test)")
@pytest.mark.parametrize(
    "sentence",
    [
        "Herr Omerovic soll Metamizol 500 mg bei Bedarf nehmen.",
        "Sie empfiehlt Sertralin 50 mg und Mirtazapin zur Nacht.",
        "Diagnose laut Brief: Z. n. Sectio, Commotio cerebri.",
        "Die Ärztin Dr. Stein hat Pantoprazol verordnet.",
    ],
)
def test_drug_names_and_diagnoses_are_words(sentence: str) -> None:
    out = _clean(sentence)
    for word in ("Metamizol", "Sertralin", "Mirtazapin", "Sectio", "Commotio", "Pantoprazol"):
        if word in sentence:
            assert word in out, out
    assert "Omerovic" not in out and "Stein" not in out


def test_abbreviations_in_mixed_case_are_no_persons() -> None:
    out = _clean("Der Antrag nach AsylbLG und § 60a AufenthG, dazu KiZ; QTc normal, HbA1c 8,1 %.")
    for word in ("AsylbLG", "AufenthG", "KiZ", "QTc", "HbA1c"):
        assert word in out, out


def test_appointments_stay_and_birth_dates_go() -> None:
    out = _clean("Am 12.12. um 10 Uhr ist der Termin, die Duldung gilt bis 31.03.2099.")
    assert "12.12." in out and "31.03.2099" in out
    out = _clean("Herr Gashi, geb. 02.02.1958, und Amina hat am 5.6. Geburtstag.")
    assert "02.02.1958" not in out and "5.6." not in out
    assert "[Datum]" in _clean("Eingereist am 03.05.2016 über Italien.")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Seine E-Mail: hamid.sultani(at)web.de bitte", "sultani"),
        ("mail an lea [at] posteo [dot] de", "posteo"),
        ("Er ist auf Insta als jusuf.fulda98 und fragt", "jusuf"),
        ("tiktok mo_aleppo", "mo_"),
    ],
)
def test_obfuscated_addresses_and_user_names_are_masked(text: str, secret: str) -> None:
    assert secret not in _clean(text)


def test_no_user_name_in_ordinary_abbreviations() -> None:
    text = "z.B. um 10.30 Uhr, Version 2.1, ca.5 Leute, u.a. 3 Kinder, Abs.2"
    assert _clean(text) == text


def test_doubts_mark_what_is_neither_word_nor_name_with_offsets_into_the_input() -> None:
    text = "bin müde wegen ahmo, der Brief ist da"  # not the subject of a verb: a doubt, no name
    result = default_anonymizer().anonymize(text, Context())
    assert [text[d.start : d.end] for d in result.doubts] == ["ahmo"]
    assert default_anonymizer().anonymize("Die Familie wohnt jetzt dort.", Context()).doubts == ()
    released = Context()
    released.release("ahmo")
    assert default_anonymizer().anonymize(text, released).doubts == (), "a released word is no doubt"


def test_cli_jsonl_reports_doubts() -> None:
    # "zewdu", not "ahmo": the learned pass masks "ahmo" at the end of this sentence, so it would be no doubt
    lines = ['{"text": "bin müde wegen zewdu"}', '{"text": "Alles gut heute."}']
    done = subprocess.run(
        [sys.executable, "-m", "supervision_tui", "anonymize", "--jsonl"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    first, second = (json.loads(line) for line in done.stdout.splitlines())
    assert first["doubts"] == [{"start": 15, "end": 20}]
    assert second["doubts"] == []


def test_a_town_that_is_also_a_word_is_masked_where_the_word_would_be_lowercase() -> None:
    assert _clean("Wohnt in der Lindenstraße 12 in Enger.") == "Wohnt in der [Adresse] in [Ort]."
    assert _clean("Wir sind in enger Abstimmung.") == "Wir sind in enger Abstimmung."
    assert _clean("Sie wohnt in Halle.") == "Sie wohnt in Halle.", "a noun stays a noun"


# --- rules for what blind corpora 8 and 9 showed missing (their misses: docs/anonymizer.md) ---


@pytest.mark.parametrize(
    "text",
    [
        "Auf dem Brief vom Konsulat steht حيدر جاسم محمد.",  # the last word before a full stop is no abbreviation
        "Sie schreibt ihren Namen so: ሰላም ተስፋየ. Geburtsort unbekannt.",
        "Sein Name auf Persisch: گل احمد نوری; die Tochter so: مرسل.",
    ],
)
def test_a_name_in_a_script_without_capitals_is_masked_to_its_last_word(text: str) -> None:
    out = _clean(text)
    assert not any(not ("\u0000" <= ch <= "\u024f") and ch.isalpha() for ch in out), out


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Herr Karimi aus Herat, Mitte 30, wartet seit elf Monaten.", "Mitte 30"),
        ("Herr Magomadov ist Anfang 40.", "Anfang 40"),
        ("Frau Cali, Ende 20, ist nach Pasewalk gezogen.", "Ende 20"),
        # an age after the subject and a comma: "Herr Haddad, ist 52 und …"
        ("Der Vater, Herr Yousef Haddad, ist 52 und hat Rückenschmerzen.", "52"),
        ("Halyna, die Mutter von Frau Bondarenko, ist 84 und braucht einen Pflegegrad.", "84"),
    ],
)
def test_ages_by_decade_and_after_a_comma_are_masked(text: str, age: str) -> None:
    out = _clean(text)
    assert age not in out and "[Alter " in out, out


@pytest.mark.parametrize(
    "text",
    ["Ende 30. Januar kommt der Bescheid.", "Das kostet Anfang 30 Euro.", "Ende 2025 ist Schluss.",
     "Die Wartezeit, ist 6 Wochen.", "Das ist 3, oder?"],
)  # fmt: skip
def test_dates_amounts_and_counts_are_no_decade_ages(text: str) -> None:
    assert _clean(text) == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Beim Sozialgericht (Az. S 27 AY 118/26 ER) ging es um Leistungen.", "S 27 AY 118/26 ER"),
        ("Klage vor dem Sozialgericht, Az. S 12 AS 345/25, Anwalt kommt mit.", "S 12 AS 345/25"),
        ("Klage beim Verwaltungsgericht, Az. 6 K 1234/24.TR.", "6 K 1234/24.TR"),
        ("Arztbrief, Pat.-ID PIA-004518: Notfallplan besprochen.", "PIA-004518"),
        ("Nummer der Bescheinigung SLS-D-2026-04417.", "SLS-D-2026-04417"),
        ("Duldung (Nr. SIG-DUL-5521) nach § 60b AufenthG.", "SIG-DUL-5521"),
        ("Fiktionsbescheinigung (Nr. VG-AB 2026/04471).", "VG-AB 2026/04471"),
        ("Aktenzeichen der Ausländerbehörde ABH-VG 31.2-11876 wurde verlängert.", "ABH-VG 31.2-11876"),
        # the letters of a number's register go with it
        ("Eurotransplant-Nummer ET 412987, HLA-Typisierung erfolgt.", "ET 412987"),
        ("Ankunftsnachweis Nr. AKN 2026 771903, bitte mitbringen.", "AKN 2026 771903"),
        ("Aufenthaltsgestattung, Nummer AG 0349821.", "AG 0349821"),
    ],
)
def test_file_numbers_with_letters_are_masked_whole(text: str, secret: str) -> None:
    out = _clean(text)
    assert out in [text.replace(secret, label) for label in ("[Kennung]", "[Nummer]", "[Telefon]")], out


@pytest.mark.parametrize(
    "text",
    [
        "HBsAg positiv, HBV-DNA 2.400 IU/ml, GPT 48 U/l.",
        "Die B 96 ist gesperrt, Tempo 30.",
        "Das kostet EUR 12345.",
    ],
)
def test_lab_values_roads_and_amounts_are_no_file_numbers(text: str) -> None:
    out = _clean(text)
    assert "[Kennung]" not in out and ("EUR" in out or "EUR" not in text), out


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Familie wohnt Wellesweilerstr 87, Festnetz folgt.", "Wellesweilerstr 87"),
        ("Familie wohnt in der Hauptstr 112; Auto folgt.", "Hauptstr 112"),
        ("Wohnung Zeughausstr 4/1, bitte klingeln.", "Zeughausstr 4/1"),
        ("Familie wohnt jetzt Merziger Str 118.", "Merziger Str 118"),
        ("Kanzlei in der Französische Str. 8, Tel. folgt.", "Französische Str. 8"),
    ],
)
def test_streets_with_an_abbreviated_street_word_without_full_stop(text: str, street: str) -> None:
    assert _clean(text) == text.replace(street, "[Adresse]")


def test_an_article_before_a_street_word_is_no_street_name() -> None:
    text = "Die Straße 5 Jahre lang gesperrt, jede Straße 2 Mal gesperrt."
    assert _clean(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("sommer hier 🙋‍♀️ anliegen: wie krieg ich die berufsschule dazu", "sommer"),
        ("jan hier 👋 mir gehts gut", "jan"),
        ("Heike hier, kurze Frage an die Runde", "Heike"),
        ("fröhlich hier 😅 heute nicht so fröhlich, bin erkältet", "fröhlich hier"),
    ],
)
def test_an_answer_signed_with_name_and_hier_hides_the_name(text: str, name: str) -> None:
    out = _clean(text)
    assert out.startswith("[Person A] hier"), out
    assert out.count("[Person") == 1, out  # the later "fröhlich" is the word


@pytest.mark.parametrize(
    "text", ["alles hier ist neu", "gut hier 👍", "ich hier, du da", "Hier ist es ruhig."]
)
def test_words_before_hier_are_no_signature(text: str) -> None:
    assert _clean(text) == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("die lehrerin frau gans hat ja gesagt", "frau"),
        ("der trainer herr freitag war sooo stolz", "herr"),
        ("Herr Freitag kommt immer am Freitag zum Training.", "am Freitag"),
    ],
)
def test_a_surname_that_is_a_noun_or_a_weekday_after_a_salutation(text: str, kept: str) -> None:
    out = _clean(text)
    assert "[Person A]" in out and kept in out, out


@pytest.mark.parametrize("text", ["meine frau arbeit hat", "frau und kinder sind da", "die frau doktor kam"])
def test_a_chat_salutation_before_no_name_stays(text: str) -> None:
    assert _clean(text) == text


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Bruder Sohrab, 19, lebt in Wadgassen, Handy folgt.", "Wadgassen"),
        ("Die Familie wohnt seit April in Malente.", "Malente"),
        ("Er kommt aus Kindia und spricht Französisch.", "Kindia"),
        ("Herr Diallo kommt aus Labé. Er lebt in einer Unterkunft.", "Labé"),
        ("Sie kommt aus Mazar-e Sharif und ihr Bruder auch.", "Mazar-e Sharif"),
        ("Die Hausärztin praktiziert nicht weit, die Familie lebt in Losheim am See.", "Losheim am See"),
        ("Die Familie lebt in Wyk auf Föhr.", "Wyk auf Föhr"),
    ],
)
def test_a_town_where_someone_lives_or_comes_from_is_masked_though_no_list_knows_it(
    text: str, town: str
) -> None:
    out = _clean(text)
    assert "[Ort]" in out and not any(part in out for part in town.split() if len(part) > 3), out


@pytest.mark.parametrize(
    "text",
    [
        "Sie kommt aus Syrien.",
        "Das hat er aus Angst gesagt.",
        "Er lebt in Frieden.",
        "Sie hat Termine in Kürze.",
    ],
)
def test_countries_nouns_and_places_without_living_stay(text: str) -> None:
    assert _clean(text) == text


def test_an_age_after_a_town_of_origin_between_commas_is_masked() -> None:
    out = _clean("Herr Beridze aus Kutaissi, 33, hat kaum Chancen.")
    assert "33" not in out and "[Alter 30–39]" in out, out


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("Er arbeitet seit kurzem bei greifenfrost im Lager.", "greifenfrost"),
        ("Sie hat eine Stelle beim fehmarner hofladen gefunden.", "fehmarner hofladen"),
        ("er hat endlich nen job gefunden bei ostsee-bau 👷", "ostsee-bau"),
        ("Sie arbeitet in der Randow-Wäscherei.", "Randow-Wäscherei"),
        (
            "Der Sohn macht eine Ausbildung bei Medizintechnik Hermle GmbH, das ist gut.",
            "Medizintechnik Hermle GmbH",
        ),
        ("Staplerfahrer bei Schuhfabrik Kölsch, Rückenschmerzen.", "Schuhfabrik Kölsch"),
        ("Arbeitsunfall im Sägewerk Ruppenthal: Beugesehne verletzt.", "Sägewerk Ruppenthal"),
    ],
)
def test_a_named_employer_in_a_sentence_about_work_is_masked(text: str, employer: str) -> None:
    # the whole name, or its proper part after a kind of facility ("Schuhfabrik [Einrichtung]")
    kind = employer.split()[0]
    assert _clean(text) in (
        text.replace(employer, "[Einrichtung]"),
        text.replace(employer, f"{kind} [Einrichtung]"),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Er arbeitet im Lager und bei der Tafel.",
        "Im Herbst beginnt die Ausbildung.",
        "Die Arbeit beim Jobcenter Husum ist schwer.",
        "Er macht ein Praktikum in der Kfz-Werkstatt.",
        "Sie muss ab Juli arbeiten, die Kita hat erst im august nen platz.",
        "jetzt kann er beim paketdienst anfangen",
    ],
)
def test_common_workplaces_authorities_and_times_stay(text: str) -> None:
    out = _clean(text)
    assert "[Einrichtung]" not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Befund der Gastroenterologie: unauffällig.",
        "Hämodialyse 3x pro Woche, Retikulozyten 9 %.",
        "Tenolyse wird erwogen.",
        "Medikationsplan: Empagliflozin 10 mg 1-0-0, Pantoprazol morgens.",
        # a word right before a dose is a drug, whatever its name
        "Notfallmedikation Buccolam 7,5 mg bukkal.",
        "Dazu Novaminsulfon 500 mg 1-1-1-1 und Zopiclon 7,5 mg.",
    ],
)
def test_medical_terms_and_drugs_that_no_dictionary_lists_stay_words(text: str) -> None:
    assert _clean(text) == text


@pytest.mark.parametrize("text", ["Heute kam Annerose zum Treffen.", "Herr Tesfamichael kam zum Treffen."])
def test_names_are_no_medical_terms(text: str) -> None:
    assert "[Person A]" in _clean(text)


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        ("roj hatte heute seinen ersten schultag in der haffschule 🎒", "haffschule"),
        ("yonas geht in den hort von der deichgrafenschule und liebt es", "deichgrafenschule"),
        ("Ayaan ist 7 und besucht die Veldenz-Grundschule, Mahad ist 4.", "Veldenz-Grundschule"),
    ],
)
def test_a_facility_named_by_a_compound_no_dictionary_lists_is_masked(text: str, facility: str) -> None:
    out = _clean(text)
    assert facility not in out and "[Einrichtung]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Die Bewerbung an die Pflegeschule ist raus.",
        "Er geht in die Grundschule.",
        "Sie besucht die Sprachschule.",
    ],
)
def test_kinds_of_facility_stay(text: str) -> None:
    assert "[Einrichtung]" not in _clean(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mebi hat uns zur kaffeezeremonie eingeladen ☕️", "mebi"),
        ("faadu lässt grüßen 💕 sie hat nen platz im integrationskurs", "faadu"),
        ("bodja ist jetzt im fußballverein", "bodja"),
        ("rosa hier 🌹 mir gehts super, mursal hat heute zum ersten mal bestellt", "mursal"),
    ],
)
def test_a_small_word_no_list_knows_as_the_subject_of_a_verb_is_a_chat_name(text: str, name: str) -> None:
    out = _clean(text)
    assert name not in out and "[Person" in out, out


@pytest.mark.parametrize(
    "text",
    ["nur hat heute nur geweint", "mal sehen was wird", "alles ist gut", "Dass ist falsch geschrieben."],
)
def test_known_small_words_before_a_verb_stay(text: str) -> None:
    assert _clean(text) == text


def test_a_postal_code_before_a_town_of_several_words() -> None:
    out = _clean("Neue Adresse: Große Straße 44, 25938 Wyk auf Föhr.")
    assert "Wyk" not in out and "Föhr" not in out and "25938" not in out, out


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Beide wohnen in Burg auf Fehmarn.", "Burg auf Fehmarn"),
        ("Die Familie wohnt in Neustadt in Holstein.", "Neustadt in Holstein"),
        ("Er lebt in einer Wohngruppe in Bad Langensalza und geht zur Schule.", "Bad Langensalza"),
    ],
)
def test_a_town_named_by_a_common_word_and_more(text: str, town: str) -> None:
    assert _clean(text) == text.replace(town, "[Ort]")


@pytest.mark.parametrize(
    "text", ["Er lebt in Angst vor der Abschiebung.", "Sie wohnt in Untermiete bei Freunden."]
)
def test_living_in_a_state_is_no_town(text: str) -> None:
    assert _clean(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Er fährt einen alten Opel Astra, bitte nicht zuparken.",
        "Das Auto ist ein VW Passat.",
        "Jemand hat aus dem Dacia Logan Mandarinen geholt.",
        "Es gab Dolma, Kubba und Mămăligă zum Nachtisch.",
        "Wir tranken Tschai und redeten.",
    ],
)
def test_car_models_and_dishes_are_no_persons(text: str) -> None:
    assert _clean(text) == text


def test_a_dish_no_list_knows_is_still_shown_as_a_doubt() -> None:
    text = "Es gab Dolma zum Nachtisch."
    result = default_anonymizer().anonymize(text, Context())
    assert [text[d.start : d.end] for d in result.doubts] == ["Dolma"]


@pytest.mark.parametrize("text", ["Heute hat Ford angerufen.", "Khalida bringt Dolma mit."])
def test_a_person_beside_a_make_or_a_dish_is_still_masked(text: str) -> None:
    assert "[Person A]" in _clean(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kita-Platz in der Kita St. Martin Mengen zugesagt.", "St. Martin Mengen"),
        ("Sie arbeitet im Pflegeheim St. Anna, die Anerkennung läuft.", "St. Anna"),
    ],
)
def test_a_facility_named_after_a_saint_loses_the_name(text: str, name: str) -> None:
    out = _clean(text)
    assert name not in out and "[Einrichtung]" in out and not any(p in out for p in name.split()[1:]), out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("mit Yusuf Demir (0157 3344 5566) beim Arzt", "([Telefon]) beim Arzt"),
        ("Rückruf (+49 157 3344 5566).", "Rückruf ([Telefon])."),
        ("Tel. (0157) 3344 5566 ab Montag", "Tel. [Telefon] ab Montag"),  # the bracket is the number's own
    ],
)
def test_a_bracket_around_a_phone_number_stays_around_its_mask(text: str, kept: str) -> None:
    assert kept in default_anonymizer().anonymize(text, Context()).text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Oma Hawa ist am 28. November 80 geworden.", "ist am [Datum] [Alter 80–89] geworden."),
        ("Er wurde am 4. Juli 19 Jahre alt.", "am [Datum] [Alter 10–19]."),
    ],
)
def test_an_age_reached_after_a_day_is_no_year_and_the_day_a_birthday(text: str, masked: str) -> None:
    assert masked in default_anonymizer().anonymize(text, Context()).text


def test_an_appointment_s_year_stays_a_year() -> None:
    text = "Termin am 28. November 2026 um 10 Uhr."
    assert default_anonymizer().anonymize(text, Context()).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [("Gestern kam Frau Mohn.", "Mohn"), ("Das sagte Herr Zeh.", "Zeh"), ("Danke an Frau Zopf.", "Zopf")],
)
def test_a_short_noun_surname_ending_a_sentence_after_its_salutation_is_masked(text: str, name: str) -> None:
    # a word of up to four letters before a full stop was read as an abbreviation ("Str.", "Tel.")
    assert name not in default_anonymizer().anonymize(text, Context()).text


def test_a_degree_after_a_salutation_stays_an_abbreviation() -> None:
    assert "Frau Dipl. Päd." in default_anonymizer().anonymize("Frau Dipl. Päd. kam.", Context()).text
