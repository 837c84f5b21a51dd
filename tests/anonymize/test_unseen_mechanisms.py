"""Mechanisms written from the kinds of miss of corpora 14 and 15 (issue #16, fourth round): each is a kind of
evidence (a frame around a number, a position in an answer, the words of a sentence), not a list of the missed
tokens. Every example is made up here; none is a sentence of a corpus. Each mechanism is tested with its kind
and with the ordinary text that must stay."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import Context, default_anonymizer


def _clean(text: str, context: Context | None = None) -> str:
    return default_anonymizer().anonymize(text, context or Context()).text


# -- ages by their frame ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # a list of names with their ages
        ("Die Enkel: Rania 11, Samir 8 und Dunja 4.", "Samir 8"),
        ("Die Kinder: Rania 11, Samir 8, Dunja 4. Alle gesund.", "Dunja 4"),
        # appositions between the name and its age
        ("Nesrin, die Älteste, 16, geht aufs Gymnasium.", "16"),
        ("Herr Bakari, Kamerun (Bamileke), 33, sucht Arbeit.", "33"),
        # ages joined to a found age
        ("Die Zwillinge Mara und Tim sind 6 und 9.", "und 9"),
        # turning an age, with up to three words of time between
        ("Tarek wird im März 16, dann endet die Vormundschaft.", "16"),
        ("Die kleine Aylin wird nächste Woche sechs.", "sechs"),
        ("Sie wird am 14. Mai siebzig und feiert groß.", "siebzig"),
        # a baby's age in words, a report's age, a birthday by its number
        ("Das Baby ist sieben Monate alt.", "sieben Monate"),
        ("Das Gutachten nennt ein Mindestalter von 17 Jahren.", "17 Jahren"),
        ("Gestern hat Amira ihren neunten Geburtstag gefeiert.", "neunten"),
        ("Zum 5. Geburtstag von Jonas gab es Kuchen.", "5."),
        # read from corpora 16 and 17's kinds: a pronoun and a bare number, ages listed before a found one, a
        # baby's months in brackets, "ein Jahr alt", the writer's own age, an age reached, "mit 16 Jahren"
        ("Ehepaar Karimi aus Herat, er 52, sie 47, Sohn Omid.", "52"),
        ("Sie hat 3 Kinder, 2, 5 und 9 Jahre alt.", "2, "),
        ("Sohn Kavin und Baby Aarav (vier Monate) sind gesund.", "vier"),
        ("Die Kita nimmt ihn erst, wenn er ein Jahr alt ist.", "ein Jahr"),
        ("bin neu dabei, ich bin 24, studier in Trier.", "24"),
        ("Hatte Geburtstag, bin 60 geworden 🎂", "bin 60"),
        ("Sie kam mit 16 Jahren nach Deutschland.", "16"),
        # a kinship word before a single "Name N.", an alias between, a guessed age in brackets
        ("Frau H., alleinerziehend, Sohn Arian 15. Wohnt in Morbach.", "15"),
        ("Familie Musaev, Vater Ислам (Islam) 39, Mutter Madina.", "Islam) 39"),
        ("Gul Bibi (ca. 60) weiß ihr Geburtsdatum nicht.", "ca. 60"),
    ],
)
def test_an_age_is_found_by_its_frame(text: str, age: str) -> None:
    out = _clean(text)
    assert age not in out and "[Alter" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Er hat 2 Kinder und 3 Enkel.",
        "Es sind 3 und 4 Zimmer.",
        "Der Bus wird um 18 Uhr kommen.",
        "Der Termin wird auf den 3. verschoben.",
        "Die Miete wird ab Januar 450 Euro.",
        "Der Antrag wird in 3 Wochen entschieden.",
        "Die Wartezeit wird 6 Monate betragen.",
        "Es ist der erste Geburtstag in Deutschland.",
        "Termin mit Frau Haile 1. Dann Pause.",
        "Er sagt, er 3 mal versucht.",
        "Ich bin 5 Minuten zu spät.",
        "Das sind 3, 4 und 5 Euro.",
        "Wir sind 3 und 4 Leute.",
    ],
)
def test_numbers_outside_an_age_frame_stay(text: str) -> None:
    assert "[Alter" not in _clean(text), _clean(text)


# -- the writer's name where an answer gives it ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("tobi: war schön heute", "tobi"),
        ("Blitzlicht Rose: war ein guter Abend.", "Rose"),
        ("Glitzermoment Fuchs: er hat zum ersten Mal gelacht.", "Fuchs"),
        ("blitzlicht von wolfi: passt scho", "wolfi"),
        ("Anliegen Engel:\nWer zahlt die Fahrkarte?", "Engel"),
        ("super abend heute. lg moni 🌸", "moni"),
        ("Danke euch allen. Liebe Grüße, Rose", "Rose"),
        # the last word alone after the last sentence, an emoji or a line break
        ("Will nicht drüber reden. Bin trotzdem hier. J.", "J."),
        ("Mein Auto ist in der Werkstatt. Matze", "Matze"),
        ("ich kann nich immer rangehen. KD", "KD"),
        ("Anliegen von G.: Ich komme an meine Grenzen.", "G."),
    ],
)
def test_a_writer_is_named_before_a_colon_or_after_a_closing(text: str, name: str) -> None:
    out = _clean(text)
    assert name not in out and "[Person" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Anliegen Wohnung: die Miete ist zu hoch.",
        "Thema Schule: keiner kümmert sich.",
        "Termin: morgen um 10.",
        "Fallvorstellung 2: eine Familie aus Syrien.",
        "Wichtig: bitte den Ausweis mitbringen.",
        "Wie geht's: gut!",
        "Gronau: eine Familie aus Syrien sucht eine Wohnung.",
        "Viele Grüße an alle",
        "lg und bis bald",
        "Das war ein guter Abend. Danke.",
        "Alles gut. Tschüss!",
        "Das war schön. Amen.",
        "Heute war es schön. Gute Nacht",
        "Sie ist reiseunfähig (Gravidität, 32. SSW).",
        "Ich mag z. B. Kuchen",
    ],
)
def test_headings_topics_and_closings_without_a_name_stay(text: str) -> None:
    assert _clean(text) == text


# -- names by their cue: a signature, a job, a particle, a passport's capitals, initials with a particle --------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bescheid vom Amt, gez. i.A. Sommer.", "Sommer"),
        ("Unterschrieben i.V. Kramer, Sachgebiet 3.", "Kramer"),
        ("Meister Koch sagt, der Junge ist fleißig.", "Koch"),
        ("Vorarbeiter Fink schreit oft.", "Fink"),
        ("Vermieterin Jantje de Boer will mehr Geld; Frau de Boer schreibt oft.", "de "),
        ("Im Pass steht HADDAD, SAMIR, im Bescheid Samir Haddad.", "HADDAD"),
        ("Im Pass steht HADDAD, SAMIR, im Bescheid Samir Haddad.", "SAMIR"),
        ("Befund von R. el-M. liegt vor.", "el-M"),
        # after a kinship word or a role, or a compound ending in one, a word only a compound splitter knows
        ("Vater Khalaf, Mutter Shireen, 4 Kinder.", "Shireen"),
        ("Sie lebt mit Tochter Mariami in Kiel.", "Mariami"),
        ("Nazar lebt bei der Gastfamilie Sommerfeld in Clenze.", "Sommerfeld"),
        # an office used as a form of address, before a surname that is a noun
        ("Pfarrer Herz aus dem Dorf hat angeboten zu helfen.", "Herz"),
        ("Seine Anwältin RAin Frühling hat einen Folgeantrag gestellt.", "Frühling"),
        # a passport's surname in capitals and the given name as written: "SURNAME, Given"
        ("Auf dem Bescheid steht BERHANE, Tsega, auf der Karte anders.", "BERHANE"),
        ("Im Pass: AL-HAMWI, Yaser (41).", "HAMWI"),
        # two words in capitals, one a name by its capitalised form
        ("Mal steht da KIDANE WELDU, mal anders.", "WELDU"),
    ],
)
def test_a_name_is_found_by_its_cue(text: str, name: str) -> None:
    out = _clean(text)
    assert name not in out and "[Person" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Gabe i.v. Ringer-Lösung über zwei Stunden.",
        "Der Lehrer Deutsch unterrichtet gut.",
        "Laut BAMF AZR ist alles NICHT OK.",
        "Bitte SOFORT ANRUFEN wegen SGB II.",
        "Diagnose PTBS, Therapieplatz frühestens im Herbst.",
        "WICHTIG, Termin morgen.",
        "ACHTUNG BAUSTELLE vor dem Haus.",
        "Er war de facto krank.",
        "Die Mutter Erde braucht uns.",
        "Der Vater Staat zahlt.",
        "Es sind vier Kinder. Dublin-Fall, sagt das Amt.",
        "Der Lehrer Deutsch unterrichtet gut. Im Frühling kommt er wieder.",
    ],
)
def test_cue_like_text_without_a_name_stays(text: str) -> None:
    assert _clean(text) == text


def test_a_job_before_the_name_stays_readable() -> None:
    assert _clean("Meister Koch sagt, der Junge ist fleißig.").startswith("Meister [Person")


# -- a dotted handle a few words after its platform --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("sie hat mir ihren insta gezeigt: lina.rbg", "lina.rbg"),
        ("Sein TikTok-Kanal, kemo.live, hat viele Follower.", "kemo.live"),
    ],
)
def test_a_dotted_handle_after_its_platform_is_masked(text: str, handle: str) -> None:
    out = _clean(text)
    assert handle not in out and "[Handle]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Ihr Profil ist öffentlich, das ist gefährlich.",
        "Auf Insta, z.B. in der Story, sieht man alles.",
        "Der Kanal ist neu. Er postet viel.",
    ],
)
def test_platform_words_without_a_handle_stay(text: str) -> None:
    assert _clean(text) == text


# -- a business by its trade and its owner's name; a facility's name with its adjective or its street -----------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kalle fragt in der Tischlerei Fink nach.", "Fink"),
        ("Er stellt sich beim Sägewerk Bauer vor.", "Bauer"),
        ("Khalaf hilft bei der Ernte auf dem Spargelhof Többen.", "Többen"),
        ("Sie liefern an das Weingut Fischer-Hügelin.", "Hügelin"),
        ("Er geht kaum in die Regionale Schule Klütz.", "Klütz"),
        ("Mohamed besucht die Oberschule an der Lerchenstraße; das ist weit.", "Lerchenstraße"),
    ],
)
def test_a_business_or_school_is_masked_whole(text: str, name: str) -> None:
    result = default_anonymizer().anonymize(text, Context())
    assert name not in result.text and "[Einrichtung]" in result.text, result.text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # any club's capitals ending in V or C before a town, and the year it was founded
        ("Ihre Trainerin vom RSV Wolfhagen ist begeistert.", "Wolfhagen"),
        ("Er spielt beim SV Rabenstein 1921 im Sturm.", "1921"),
        # a facility's name that is a frequent word or a noun, where the name ends
        ("Die Fahrschule Kurz in Thalfang macht einen guten Preis.", "Kurz"),
        # a saint's name after any noun
        ("Er lebt in der Einrichtung Haus St. Martin in Waldmünchen.", "Martin"),
        ("Getauft in der Pfarrei St. Johann, sagt sie.", "Johann"),
        # more kinds of facility, a school type with "plus", adjectives after a signature's comma
        ("Arian ist auffällig in der Schule (IGS Morbach).", "Morbach"),
        ("Er geht auf die Realschule plus Kirchberg, sagt er.", "Kirchberg"),
        ("Hab einen Platz im Kinderhaus Zwergenland gefunden!", "Zwergenland"),
    ],
)
def test_clubs_schools_and_houses_by_their_names(text: str, name: str) -> None:
    out = _clean(text)
    assert name not in out and "[Einrichtung]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Das Baby hat eine RSV-Infektion, die GKV zahlt.",
        "Er ist HIV positiv.",
        "Die Schule Frei hat heute zu.",
        "Am St. Martinstag gibt es Umzüge.",
        "Die BBS ist weit weg.",
        "Gute Schule, sagt er.",
        "Er war beim Sozialamt St. Wendel.",
        "un denn noch de Tähndokter",
    ],
)
def test_club_and_saint_like_text_without_a_facility_stays(text: str) -> None:
    assert "[Einrichtung]" not in _clean(text), _clean(text)


def test_adjectives_after_a_signatures_comma_are_inside_the_span() -> None:
    text = "Mit freundlichen Grüßen, Dr. Mann, Städtisches Krankenhaus Pirmasens, Station 3"
    result = default_anonymizer().anonymize(text, Context())
    assert any(text[e.start : e.end] == "Städtisches Krankenhaus Pirmasens" for e in result.entities), result


def test_the_adjective_of_a_schools_name_is_inside_its_span() -> None:
    text = "Er geht kaum in die Regionale Schule Klütz."
    result = default_anonymizer().anonymize(text, Context())
    assert any(text[e.start : e.end] == "Regionale Schule Klütz" for e in result.entities), result.entities


@pytest.mark.parametrize(
    "text",
    [
        "Im Sägewerk Arbeit zu finden ist schwer.",
        "Die Tischlerei Montag ist zu.",
        "In der Bäckerei Kuchen kaufen.",
        "Die Schule hat gute Lehrer.",
        "Wir treffen uns am Bahnhof um zehn.",
    ],
)
def test_a_trade_without_an_owners_name_stays(text: str) -> None:
    assert _clean(text) == text


# -- a small town whose name is a noun, where the sentence speaks of living there ------------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Familie Okafor wohnt jetzt in Bogen.", "Bogen"),
        ("Sie haben eine Wohnung in Burg gefunden.", "Burg"),
        ("Die Unterkunft in Forst ist voll.", "Forst"),
    ],
)
def test_a_town_that_is_a_noun_is_masked_where_someone_lives(text: str, town: str) -> None:
    out = _clean(text)
    assert town not in out and "[Ort]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Er hat den Bogen raus, in Bogen schießen ist schwer.",
        "Wir wohnen in Ruhe hier.",
        "Die Kinder sind an Burg und Schloss interessiert.",
    ],
)
def test_the_same_nouns_elsewhere_stay(text: str) -> None:
    assert _clean(text) == text


# -- dates of an event told in the past, and the year someone came ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Am 17. Oktober wurde Nino im Bus beleidigt.", "17. Oktober"),
        ("Die Anhörung war am 8. September, sie war schlimm.", "8. September"),
        ("Sergej hatte am 2. November einen Arbeitsunfall.", "2. November"),
        ("Es sind 36 Monate seit dem 3. November um.", "3. November"),
        ("Alireza wird am 3. März volljährig.", "3. März"),
        ("Familie Okafor lebt seit März 2024 in Heide.", "2024"),
        ("Sie wohnt seit 2018 in Bärnau.", "2018"),
    ],
)
def test_an_event_told_in_the_past_or_the_year_someone_came_is_a_date(text: str, date: str) -> None:
    out = _clean(text)
    assert date not in out and "[Datum]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Die Verhandlung ist am 3. März um 10 Uhr.",
        "Wir treffen uns am 12.12. wieder.",
        "Der Termin war am 12.3., alles gut.",
        "Seit Jahren wartet er, seit 3 Wochen krank.",
        "Die Frist endet am 30.9.",
    ],
)
def test_appointments_deadlines_and_spans_of_time_stay(text: str) -> None:
    assert _clean(text) == text
