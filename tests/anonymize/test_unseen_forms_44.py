"""Forms of identifiers that blind corpora 44 and 45 showed, each tested with sentences written for the test (not
taken from a corpus) and with text of the same shape that must stay: a handle given later in the sentence that
names its platform, with no cue word before it; a plain word after "insta ist" (what the account is like, not its
name); a date with its month in Roman numerals."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import default_anonymizer

from .spans import kept, masked


def _labels(text: str) -> dict[str, str]:
    result = default_anonymizer().anonymize(text)
    return {text[e.start : e.end]: e.label for e in result.entities}


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("sie hat mir ihr insta gezeigt lale.naeht.kleider, echt schön", "lale.naeht.kleider"),
        ("er hat einen youtube kanal angefangen, der heißt koch.mit.omid", "koch.mit.omid"),
        ("ihr tiktok mit rezepten läuft super, such mal nach mama.kocht.persisch", "mama.kocht.persisch"),
        # a handle whose end looks like a web address's still is one after its platform
        ("auf insta: tortillas.de.rosa folgen!", "tortillas.de.rosa"),
    ],
)
def test_a_handle_later_in_the_sentence_that_names_its_platform_is_masked_whole(
    text: str, handle: str
) -> None:
    assert _labels(text).get(handle) == "HANDLE", default_anonymizer().anonymize(text).text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("auf insta gibt es z.b. viele rezepte", "z.b."),
        ("auf tiktok ist sie um 10.30 uhr live", "10.30"),
        ("sein insta ist privat", "privat"),
        ("ihr insta ist voll schön", "voll"),
        ("sein tiktok ist aber gesperrt", "aber"),
        # a new sentence no longer speaks of the platform
        ("ich hab kein insta. die datei heißt bericht.final.docx", "bericht.final"),
    ],
)
def test_ordinary_words_near_a_platform_stay(text: str, word: str) -> None:
    assert kept(text, word)


def test_a_quoted_or_dotted_name_after_insta_ist_is_a_handle() -> None:
    assert _labels("sein insta ist „omidkocht“")["omidkocht"] == "HANDLE"
    assert _labels("sein insta ist omid_kocht")["omid_kocht"] == "HANDLE"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Frau Gelashvili, geb. 14.IX.1979, aus Batumi.", "14.IX.1979"),
        ("Laut Urkunde geboren am 2. XII. 2001 in Kutaissi.", "2. XII. 2001"),
    ],
)
def test_a_past_date_with_its_month_in_roman_numerals_is_masked(text: str, date: str) -> None:
    assert _labels(text).get(date) == "DATE", default_anonymizer().anonymize(text).text


def test_a_future_appointment_with_a_roman_month_stays() -> None:
    assert kept("Der Termin bei der Botschaft ist am 3.XI.2030.", "3.XI.2030")


def _session_text(*texts: str) -> str:
    from supervision_tui.anonymize.types import Context

    context = Context()
    return [default_anonymizer().anonymize(text, context).text for text in texts][-1]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("danke Reza-dschan für den Tee", "Reza-dschan"),
        ("Layla-joon hat heute gekocht.", "Layla-joon"),
        ("Die Kleine, Shirin (3, zu Hause Shiri oder Shiri-jan), schläft schlecht.", "Shiri-jan"),
    ],
)
def test_a_name_with_a_suffix_of_endearment_joined_small_is_masked_whole(text: str, name: str) -> None:
    out = _session_text(text)
    assert name not in out and name.split("-")[1] not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Das Make-up, das Know-how, der Check-in, ein Happy-end, im Stand-by, Hip-hop, Pop-up, ein Start-up.",
        "Die E-mail kam, das T-shirt, die U-bahn, ein Mini-job, der Deutsch-kurs, der Corona-test.",
    ],
)
def test_words_joined_small_by_a_hyphen_stay(text: str) -> None:
    assert default_anonymizer().anonymize(text).text == text


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Herr Dawit Berhane (ዳዊት, 52) wohnt allein.", "52"),
        ("Seine Frau Tamari Lomidze (თამარი, 29) lernt Deutsch.", "29"),
        ("Tochter Mariia (Марія, 17) geht zur Schule.", "17"),
    ],
)
def test_an_age_after_the_name_in_its_own_script_in_brackets_is_masked(text: str, age: str) -> None:
    assert _labels(text).get(age) == "AGE", default_anonymizer().anonymize(text).text


def test_a_count_in_brackets_after_a_name_stays() -> None:
    assert kept("Die Familie (Herr Sahin, 3 Kinder) kommt mit.", "3 Kinder")


def _places(text: str) -> list[str]:
    result = default_anonymizer().anonymize(text)
    return [text[e.start : e.end] for e in result.entities if e.label == "PLACE"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a life spent or stuck in a city is where someone lived, a city of any size
        ("Er hat zwölf Jahre in Mossul gelebt, bevor er floh.", "Mossul"),
        ("Ihre Schwester ist in Kandahar aufgewachsen.", "Kandahar"),
        ("Die Eltern, die in Teheran festsitzen, rufen jeden Abend an.", "Teheran"),
        # a birthplace of several words after the date
        ("Laut Ausweis geboren am 02.02.2011 in Mazar-e Sharif.", "Mazar-e Sharif"),
        # a rare noun placed in its country or region is a foreign town
        ("Herr Kouyaté kommt aus Mamou (Guinea) und lernt Deutsch.", "Mamou"),
        ("Ihr Vater lebt noch, aus Nyala in Sudan hat er geschrieben.", "Nyala"),
    ],
)
def test_a_town_someone_lived_in_or_comes_from_is_masked(text: str, town: str) -> None:
    assert any(town in place for place in _places(text)), default_anonymizer().anonymize(text).text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Er kommt aus Überzeugung in Deutschland zur Schule.", "Überzeugung"),
        ("Sie schweigt aus Angst (Syrien ist weit weg).", "Angst"),
        ("Sie hat aus Sorge (Somalia ist unsicher) nicht angerufen.", "Sorge"),
    ],
)
def test_a_word_or_a_city_visited_stays(text: str, word: str) -> None:
    assert kept(text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Er ist jeden Nachmittag im Jugendtreff Biberbau.", "Biberbau"),
        ("Der Frauentreff Morgenlicht hat einen Nähkurs.", "Morgenlicht"),
    ],
)
def test_a_meeting_place_s_name_after_its_kind_is_masked(text: str, name: str) -> None:
    assert any(name in place for place in _places(text)), default_anonymizer().anonymize(text).text


def test_a_meeting_place_named_only_by_its_kind_stays() -> None:
    assert (
        default_anonymizer().anonymize("Sie geht montags zum Elterntreff.").text
        == "Sie geht montags zum Elterntreff."
    )


def _dates(text: str) -> list[str]:
    result = default_anonymizer().anonymize(text)
    return [text[e.start : e.end] for e in result.entities if e.label == "DATE"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Seine Eltern sind im April 2024 über eine Aufnahmezusage gekommen.", "April 2024"),
        (
            "Sie ist im Februar 2025 nach Jahren der Drohungen durch den Schwager mit beiden Kindern ins "
            "Frauenhaus geflohen.",
            "Februar 2025",
        ),
    ],
)
def test_the_month_someone_came_or_fled_in_is_masked(text: str, date: str) -> None:
    assert any(date in d for d in _dates(text)), default_anonymizer().anonymize(text).text


def test_a_month_and_year_in_another_clause_than_the_coming_stay() -> None:
    assert kept("Im März 2027 ist die Prüfung, dann ist sie hoffentlich zur Ruhe gekommen.", "März 2027")


def test_a_name_with_its_suffix_and_the_name_alone_get_one_pseudonym() -> None:
    from supervision_tui.anonymize.types import Context

    context = Context()
    anonymizer = default_anonymizer()
    first = anonymizer.anonymize("Die Freunde sagen Reza-dschan zu ihm.", context)
    later = anonymizer.anonymize("Reza hat heute gekocht.", context)
    assert {e.replacement for e in first.entities} == {e.replacement for e in later.entities}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("antragsnr KiG-OHZ-26-04417. die frau war nett", "KiG-OHZ-26-04417"),
        ("Die Behörde führt ihn unter NI-ROW-K 55120 im System.", "NI-ROW-K 55120"),
    ],
)
def test_a_file_number_s_register_letters_go_with_it(text: str, code: str) -> None:
    result = default_anonymizer().anonymize(text)
    at = text.index(code)
    assert any(e.start <= at and at + len(code) <= e.end for e in result.entities), result.text


def test_a_lab_s_name_before_its_value_stays() -> None:
    assert kept("Die HBV-DNA 12.000 IU/ml ist gesunken.", "HBV-DNA")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Er hat in der Schule den Preis bekommen.", "Preis"),
        ("Yaman hat in der Lindenschule den Lesewettbewerb gewonnen.", "Lesewettbewerb"),
    ],
)
def test_an_article_after_a_facility_is_no_link_to_its_name(text: str, word: str) -> None:
    assert kept(text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Er hat in der Werkstatt den Spitznamen „Bobo“ und ist beliebt.", "Bobo"),
        ("Sie hat den Spitznamen Lulu.", "Lulu"),
        ("Sein Rufname ist „Stern“, sagt die Lehrerin.", "Stern"),
    ],
)
def test_a_nickname_after_its_noun_is_masked_also_in_quotes_and_before_a_full_stop(
    text: str, name: str
) -> None:
    assert masked(text, name)


def test_what_a_name_means_in_quotes_stays() -> None:
    assert kept("Ihr Name ist „Sonne“ auf Deutsch.", "Sonne")


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Herr Khalid bin Garten ist der Vermieter.", "Garten"),
        ("Sein Onkel Omar bin Schrank hat geschrieben.", "Schrank"),
    ],
)
def test_the_name_after_an_arabic_kin_particle_is_masked_though_it_is_a_word(text: str, surname: str) -> None:
    assert masked(text, surname)


def test_the_verb_bin_stays() -> None:
    assert (
        default_anonymizer().anonymize("Ich bin Laden und Garten gewohnt.").text
        == "Ich bin Laden und Garten gewohnt."
    )


def _addresses(text: str) -> list[str]:
    result = default_anonymizer().anonymize(text)
    return [text[e.start : e.end] for e in result.entities if e.label == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Er wohnt jetzt in Perleberg, Bad Wilsnacker Strase 12, ganz allein.", "Bad Wilsnacker Strase 12"),
        ("Sie lebt in Bernau, W.-Rathenau-Str. 8, im Erdgeschoss.", "W.-Rathenau-Str. 8"),
    ],
)
def test_a_street_named_by_a_town_s_two_words_or_a_shortened_given_name_is_masked_whole(
    text: str, street: str
) -> None:
    assert street in _addresses(text), default_anonymizer().anonymize(text).text


def test_a_spa_town_before_a_count_is_no_street() -> None:
    assert _addresses("Sie war in Bad Kissingen 3 Wochen zur Kur.") == []


def test_a_chat_name_before_a_bracketed_aside_and_its_verb_is_masked() -> None:
    assert masked("kurz zu mir: tahmin (lehrerin aus kabul) hat die prüfung bestanden", "tahmin")


def test_an_adverb_before_a_bracketed_aside_stays() -> None:
    text = "heute (am montag) hat es geregnet"
    assert default_anonymizer().anonymize(text).text == text


@pytest.mark.parametrize("text", ["Ich Ahmad bin Schüler in der 9.", "Omar bin Lehrer von Beruf."])
def test_bin_after_a_speaker_s_name_or_before_a_job_is_the_verb(text: str) -> None:
    word = text.split()[3] if text.startswith("Ich") else text.split()[2]
    assert kept(text, word)


@pytest.mark.parametrize("text", ["Er heißt Lulu.", "Ihr Sohn heißt Bobo. Er ist fünf."])
def test_a_short_name_after_heisst_before_the_sentence_s_full_stop_is_masked(text: str) -> None:
    word = text.split()[-1].rstrip(".") if text.startswith("Er") else "Bobo"
    assert masked(text, word)


def test_a_short_abbreviation_after_das_heisst_stays() -> None:
    assert default_anonymizer().anonymize("Das heißt Tel.").text == "Das heißt Tel."
