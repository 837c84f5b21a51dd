"""General forms probed in the seventeenth session (blind corpora 60 to 63): the river or region in brackets that
tells one town of a name from another ("Winsen (Aller)"), a person after "bei" in a sentence about work, an event's
day, a domain with a page, a town after an address, one person across scripts (Ukrainian "г", Latin "x", Russian
case forms, Turkish "ş"), sentences written in English, French or Turkish, names after a salutation, a kin word or
"heißt", a dialect's article, file numbers' tails, ages in appositions and brackets, a way's other end. Each is
tested with sentences written for the test and with text of the same shape that must stay."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context

from .spans import kept, masked


def _replacement(text: str, word: str) -> str:
    result = default_anonymizer().anonymize(text, Context())
    at = text.index(word)
    (entity,) = [e for e in result.entities if e.start <= at and at + len(word) <= e.end]
    return entity.replacement


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Der Hausarzt in Winsen (Aller) schreibt ein Attest.", "Aller"),
        ("Sie zieht im Mai nach Frankfurt (Oder) zu ihrer Schwester.", "Oder"),
        ("Er wohnt jetzt in Kalbe (Milde) bei einer Gastfamilie.", "Milde"),
        ("Die Praxis in Weiden (Opf.) hat einen Termin frei.", "Opf"),
        ("Er hat Arbeit in Borken (Hessen) gefunden.", "Hessen"),
    ],
)
def test_the_river_or_region_in_brackets_after_a_town_is_masked_with_it(text: str, word: str) -> None:
    assert masked(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a country or a part of one after a town is the note's, not the town's name
        ("Er ist aus Aleppo (Syrien) geflohen.", "Syrien"),
        ("Die Familie kommt aus Herat (Afghanistan).", "Afghanistan"),
        ("Sie stammt aus Kobane (Nordsyrien), sagt sie.", "Nordsyrien"),
        # brackets with more than one word are a remark
        ("Frau Weber aus Hardheim (Lehrerin in Rente) hilft beim Deutschkurs.", "Lehrerin"),
    ],
)
def test_a_country_or_a_remark_in_brackets_after_a_town_stays(text: str, word: str) -> None:
    assert kept(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Herr Krause vom Jobcenter hat bei Yusuf Demir eine Leistungsminderung verhängt.", "Yusuf"),
        (
            "Herr Winter vom Jobcenter hat bei Samiras Mann die Eingliederungsvereinbarung ausgesetzt.",
            "Samiras",
        ),
    ],
)
def test_a_person_after_bei_in_a_sentence_about_work_is_a_person_not_an_employer(
    text: str, word: str
) -> None:
    assert _replacement(text, word).startswith("[Person ")


def test_a_firm_named_by_a_person_and_a_word_is_still_an_employer() -> None:
    assert _replacement("Sie macht ein Praktikum bei Ahmad Bau in Celle.", "Ahmad") == "[Einrichtung]"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # (the day's last full stop is the sentence's too, and stays)
        ("Mehrfach nachts Atemnot, zuletzt Notaufnahme am 28.01.", "28.01"),
        ("An dem Tag war aber die Herz-OP seiner Tochter, am 12.3. Attest hat er.", "12.3"),
        ("Die Taufe am 24.12. war für ihn der Beweis.", "24.12."),
        ("Ihr Geburtstag am 17. Juli wird im Verein gefeiert.", "17. Juli"),
        ("Letzter großer Anfall am 14.03. im Schulbus.", "14.03."),
        ("Die Entbindung am 3.2. ging schnell.", "3.2."),
    ],
)
def test_an_events_day_without_a_year_is_masked(text: str, day: str) -> None:
    assert masked(text, day)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Wir treffen uns wieder, am 12.3. um 18 Uhr.", "12.3."),
        ("Der Termin beim Amt, am 12.3. um 10 Uhr.", "12.3."),
        ("Nächste Supervision am 14.1. im Gemeindehaus.", "14.1."),
    ],
)
def test_a_meetings_day_stays(text: str, day: str) -> None:
    assert kept(text, day)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Er hat so eine Link-Seite: linktr.ee/mahmoud.pflege – da ist sein Lebenslauf.", "pflege"),
        ("Ihre Seite beacons.ai/amal.naehen zeigt Fotos von ihr.", "naehen"),
    ],
)
def test_a_domain_with_a_page_is_a_url(text: str, word: str) -> None:
    assert masked(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Die Tel.Nr/Fax fehlt im Brief.", "Fax"),
        ("Leukos unter 1.000/µl, Glukose 140 mg/dl.", "mg"),
    ],
)
def test_a_unit_or_an_abbreviation_with_a_slash_is_no_url(text: str, word: str) -> None:
    assert kept(text, word)


def test_a_street_typed_with_gasse_as_gasze_is_an_address() -> None:
    assert masked("Der Brief ging an die Kirchgasse 3 statt Kirchgaße 8.", "Kirchgaße 8")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Praxis Dr. Kranich, Kinderpneumologie, Ludwigstr. 41 in Hof.", "Hof"),
        ("Die Praxis ist in der Bahnhofstraße 3 in Bad Hersfeld, gleich am Markt.", "Bad Hersfeld"),
    ],
)
def test_the_town_after_an_address_is_masked_whatever_word_it_is(text: str, word: str) -> None:
    assert masked(text, word)


def test_a_rooms_number_after_an_address_stays() -> None:
    assert kept("Er wohnt Lindenweg 3 in Zimmer 4.", "Zimmer")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Богдан", "Bohdan"),  # Ukrainian "г" is "h"
        ("Галина", "Halyna"),
        ("Оксана", "Oxana"),  # "x" is "ks"
        ("Галины", "Galina"),  # a Russian case form: Galina's
        ("Олегом", "Oleg"),  # with Oleg
        ("Şükrü", "Schükrü"),  # a Turkish letter as German spells it
        ("دلشاد", "Dilşad"),  # Kurmanji's "ş" is Arabic's "sh"
    ],
)
def test_one_person_in_cyrillic_and_in_latin_letters_keeps_one_pseudonym(first: str, second: str) -> None:
    context = Context()
    one = default_anonymizer().anonymize(f"Frau Weber hat {first} zum Arzt gebracht.", context)
    two = default_anonymizer().anonymize(f"Danach hat {second} sich bedankt.", context)
    first_pseudonym = [e.replacement for e in one.entities if e.replacement.startswith("[Person")][-1]
    assert first_pseudonym == two.entities[0].replacement


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I'm good, bisschen tired. Spent all Saturday in der Werkstatt, we fixed like 12 bikes.", "I'm"),
        ("I'm good, bisschen tired. Spent all Saturday in der Werkstatt, we fixed like 12 bikes.", "Spent"),
        ("Writing in English because she is learning English with me and reads along.", "English"),
        ("„do me a favour“ sagt sie immer, wenn sie was braucht.", "favour"),
        ('Sie sagt immer: "God is good, and my son is my blessing."', "blessing"),
    ],
)
def test_an_english_word_in_an_english_sentence_is_no_name(text: str, word: str) -> None:
    assert kept(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a capitalised word inside an English sentence is a name, and so is a listed name opening it
        ("Yesterday I met Said and his wife at the Tafel, they were happy.", "Said"),
        ('Sie sagt immer: "Blessing is my name and my son is my pride."', "Blessing"),
        ("Hi Zahra!! Writing in English because she is learning it with me.", "Zahra"),
    ],
)
def test_a_name_in_or_beside_an_english_sentence_is_masked(text: str, word: str) -> None:
    assert masked(text, word)


def test_a_german_sentence_that_quotes_english_is_german_around_the_quote() -> None:
    context = Context()
    default_anonymizer().anonymize("Der Fahrlehrer heißt Wagner.", context)
    text = 'er sagt der wagner is streng aber fair, "he shouts like my father"'
    result = default_anonymizer().anonymize(text, context)
    assert result.text.startswith("er sagt der [Person A] is streng")


def test_an_english_sentence_raises_no_doubt_on_its_words() -> None:
    text = "I'm good, thanks. We fixed like twelve bikes and drank way too much coffee."
    result = default_anonymizer().anonymize(text, Context())
    assert [text[d.start : d.end] for d in result.doubts] == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a surname that is a rare word after a given name no list knows, after the salutation
        ("Notiz: Frau Hinrika Schütte lebt allein in Groß Hesepe.", "Schütte"),
        # a rare noun right after a child's kin word is the child's name
        ("Elterngeld für Leyla, Baby Aras, geb. 28.10.2024.", "Aras"),
        ("Ihr Sohn Aras schläft schlecht.", "Aras"),
        # after "heißt" a capitalised word that is no noun is a name
        ("der orthopädietechniker in Weißenthurm heißt Kurz und macht kurzen prozess", "Kurz"),
        ("Der Arzt in Winsen (Aller) heißt Kurz.", "Kurz"),
        # a southern dialect's article glued to the name
        ("d'Rasha hot mir ihren Namen auf Arabisch gschriebe", "Rasha"),
        ("gestern war i mit d'Resi beim Arzt", "Resi"),
        # the check digit after a dash belongs to the number
        ("Hausratversicherung, Schadennummer HR-55 102 887-3 – die zahlt nur den Zeitwert.", "887-3"),
        # and the office's letters after the dash
        ("Aktenzeichen Ausländerbehörde: 32-AB 1187/2019-Ce.", "2019-Ce"),
        # a letter's day, a deadline counted from it or not
        ("Widerspruch: Frist ein Monat ab Bescheid vom 28.10.2026, ich schreib ihn.", "28.10.2026"),
        # a rehabilitation clinic by its name
        ("Sie war drei Wochen in der Kinderreha Kreidefelsen in Sassnitz.", "Kreidefelsen"),
        # a given name no list knows as one, before a listed surname
        ("Fallvorstellung: Lumturie Berisha, 27 Jahre, aus dem Kosovo.", "Lumturie"),
        # an age after an apposition with "aus" and an article, and one in words in brackets
        ("Neue Fallvorstellung: Fereshteh Karimi, aus dem Iran, 45, Ausbildung zur Pflegehelferin.", "45"),
        ("Sohn Luka (neun Jahre) geht jetzt zur Schule.", "neun Jahre"),
    ],
)
def test_names_and_numbers_of_corpus_60_and_61s_shapes_are_masked(text: str, word: str) -> None:
    assert masked(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("weil das Baby Hunger hat", "Hunger"),
        ("weil ihr Sohn Angst hat", "Angst"),
        ("dass die Tochter Fieber hatte", "Fieber"),
        ("Der Verein heißt Brücke.", "heißt"),
        ("Heißt Kurz: wir warten.", "Kurz"),
        ("Frist bis zum 28.12.2026 für den Widerspruch.", "28.12.2026"),
        ("Nach der Reha Zeit für sich.", "Zeit"),
        ("Heute Berisha angerufen, sie kommt morgen.", "Heute"),
        ("Ihr Ex-Mann Ramzan sucht sie über Instagram.", "Ex-Mann"),
        ("Das Projekt (zwei Jahre) läuft im Mai aus.", "zwei"),
        ("Mir goht's guat, d'Bluatwurscht vom Ochs war frisch", "Bluatwurscht"),
        ("d'Rasha hot mir ihren Name uf Arabisch gschriebe", "uf"),
    ],
)
def test_words_of_the_same_shapes_stay(text: str, word: str) -> None:
    assert kept(text, word)


def test_a_days_full_stop_that_ends_the_sentence_stays_in_the_text() -> None:
    result = default_anonymizer().anonymize("Zuletzt Notaufnahme am 28.01. Der Arzt kam sofort.", Context())
    assert result.text == "Zuletzt Notaufnahme am [Datum]. Der Arzt kam sofort."


def test_a_wifes_surname_beside_her_husbands_is_another_person() -> None:
    context = Context()
    one = default_anonymizer().anonymize("Herr Ruslan Umarov war beim Amt.", context)
    two = default_anonymizer().anonymize("Seine Frau Хава Умарова kam später.", context)
    assert one.entities[0].replacement not in {e.replacement for e in two.entities}


def test_a_firm_the_session_masked_is_masked_typed_small_after_bei() -> None:
    context = Context()
    default_anonymizer().anonymize("Er arbeitet bei Kranich Logistik in Daun.", context)
    assert (
        default_anonymizer().anonymize("bei kranich zahlen sie gut", context).text
        == "bei [Einrichtung] zahlen sie gut"
    )
    kept = "der kranich fliegt über das feld"
    assert default_anonymizer().anonymize(kept, context).text == kept


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Elle m'a dit qu'elle fait les nuits cette semaine, elle est épuisée mais fière.", "les"),
        ("Il a peur, deux fois par semaine avec son frère au foyer.", "peur"),
        ('Die Gutachterin hat nur den Sohn gefragt. "Annem iyi" – meiner Mutter geht es gut.', "Annem"),
        ('"Kendine iyi bak, Yusuf!" hab ich ihm geschrieben.', "Kendine"),
    ],
)
def test_a_word_of_a_french_or_turkish_sentence_is_no_name(text: str, word: str) -> None:
    assert kept(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a listed name stays one in such a sentence: opening it, typed small, or where Turkish has it as a word
        ("Mehmet ile konuştum, annem de geldi, çok iyi.", "Mehmet"),
        ("deniz ile konuştum, umut da geldi, çok iyi.", "umut"),
        ("Il a peur, deux fois par semaine avec Moussa au foyer.", "Moussa"),
    ],
)
def test_a_name_in_a_french_or_turkish_sentence_is_masked(text: str, word: str) -> None:
    assert masked(text, word)


def test_the_other_end_of_a_way_to_a_masked_town_is_a_town() -> None:
    assert masked("Der Umzug war am 28.10., von Wehr nach Bad Säckingen, neue Adresse folgt.", "Wehr")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Von Montag nach Dienstag hat sie durchgearbeitet.", "Montag"),
        ("Die Familie ist von Syrien nach Winsen gezogen.", "Syrien"),
    ],
)
def test_a_day_or_a_country_at_the_other_end_stays(text: str, word: str) -> None:
    assert kept(text, word)


def test_an_age_ending_its_line_is_no_ordinal_of_the_next() -> None:
    text = "Mein Sohn Ali ist 15.\nBeim Fußball ist er gut. Sonst auch."
    assert (
        default_anonymizer()
        .anonymize(text, Context())
        .text.startswith("Mein Sohn [Person A] ist [Alter 10–19].")
    )


def test_a_count_of_times_written_tight_is_no_age() -> None:
    assert kept("Tarek ist 3.mal da gewesen.", "3")
