"""General forms probed in the sixteenth session before blind corpora 56 and 57 were read: a facility named by
an adjective and a noun, a family listed with bare ages, and a name part that recurs in the same text as a clause's
subject. Each is tested with sentences written for the test and with text of the same shape that must stay."""

from __future__ import annotations

import re

import pytest

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context

from .spans import kept, masked


def _occurrence(text: str, word: str, at: int) -> tuple[int, int]:
    """Where the word's occurrence number `at` (from 0, whole words only) stands."""
    found = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
    return found[at]


def _masked_at(text: str, word: str, at: int) -> bool:
    start, end = _occurrence(text, word, at)
    result = default_anonymizer().anonymize(text, Context())
    return any(e.start <= start and end <= e.end for e in result.entities)


def _kept_at(text: str, word: str, at: int) -> bool:
    start, end = _occurrence(text, word, at)
    result = default_anonymizer().anonymize(text, Context())
    return not any(e.start < end and start < e.end for e in result.entities)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Die Kinder gehen jetzt in die Kita Kleine Strolche am Bach.", ("Kleine", "Strolche")),
        ("Wir waren in der Bäckerei Goldene Brezel frühstücken.", ("Goldene", "Brezel")),
        ("Der Jugendtreff Alte Mühle hat freitags offen.", ("Alte", "Mühle")),
        ("Sie wohnt in der Unterkunft Alte Ziegelei in Großdalzig.", ("Alte", "Ziegelei")),
        ("Er kickt beim Sportverein Blaue Adler.", ("Blaue", "Adler")),
    ],
)
def test_a_facility_named_by_an_adjective_and_a_noun_is_masked(text: str, words: tuple[str, ...]) -> None:
    for word in words:
        assert masked(text, word), word


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an adjective of a field or a body makes a kind of facility, not its name
        ("Er liegt in der Klinik Innere Medizin.", "Medizin"),
        ("Sie hat im Verein Erste Hilfe gelernt.", "Hilfe"),
        ("Die Feuerwehr Freiwillige Helfer sucht.", "Helfer"),
        ("Sie geht zur Beratungsstelle Psychosoziale Beratung.", "Beratung"),
        ("Die Praxis Allgemeine Medizin ist voll.", "Medizin"),
        # the adjective written small is no name
        ("Die Kinder gehen in die Kita und spielen gern.", "Kita"),
    ],
)
def test_a_field_s_adjective_after_a_facility_stays(text: str, word: str) -> None:
    assert kept(text, word)


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Sohn 8, Tochter 5, beide in der Schule.", ("8", "5")),
        ("Der Sohn 12 Jahre, die Tochter 9.", ("12", "9")),
        ("Mutter 41; Baby 1", ("41", "1")),
    ],
)
def test_a_family_listed_with_bare_ages_masks_each_age(text: str, ages: tuple[str, ...]) -> None:
    out = default_anonymizer().anonymize(text, Context()).text
    assert "[Alter" in out
    for age in ages:
        assert f" {age}," not in out and f" {age}." not in out and not out.endswith(f" {age}"), (age, out)


@pytest.mark.parametrize(
    "text",
    [
        "Eltern 2, Kinder 3.",  # counts of people, plurals
        "Zimmer 8, Etage 2.",
        "Sohn 1 und Sohn 2 gehen zur Schule.",  # numbered, not aged
        "Termin mit Vater 1. Mai",
    ],
)
def test_counts_and_numbered_people_stay(text: str) -> None:
    assert default_anonymizer().anonymize(text, Context()).text == text


@pytest.mark.parametrize(
    ("text", "word", "at"),
    [
        # a given name that is a noun too ("Rosa", "Ernst"), named in full first and then alone as a subject
        ("Gestern kam Rosa Wagner, Rosa war froh.", "Rosa", 1),
        ("Ernst Meier kam vorbei. Ernst hat Kuchen mitgebracht.", "Ernst", 1),
        # a surname that is a noun, as the subject of a verb only a person does
        (
            "Vermieter ist Herr Hase. Bei Regen tropft es, und der Hase sagt, das sei nicht sein Problem.",
            "Hase",
            1,
        ),
        ("Die Betreuerin heißt Frau Vogel. Vogel meint, der Antrag geht durch.", "Vogel", 1),
    ],
)
def test_a_name_part_recurring_as_a_subject_in_the_same_text_is_masked(text: str, word: str, at: int) -> None:
    assert _masked_at(text, word, at)


@pytest.mark.parametrize(
    ("text", "word", "at"),
    [
        # the noun in its own sense, after a surname that is the noun
        ("Anwalt ist RA Winter aus Reutlingen. Der Winter kommt bald.", "Winter", 1),
        ("Herr Koch kam. Koch ist ein schöner Beruf.", "Koch", 1),
        ("Frau Glück rief an. Glück gehabt!", "Glück", 1),
        ("Der Chef heißt Herr Bauer, er war früher selber Bauer.", "Bauer", 1),
        # "rosa" written small is the colour
        ("Gestern kam Rosa Wagner, rosa war ihr Kleid.", "rosa", 0),
    ],
)
def test_the_noun_s_own_sense_after_such_a_name_stays(text: str, word: str, at: int) -> None:
    assert _kept_at(text, word, at)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the name a person goes by, after "heißt", "sagen … zu" or before "nennt ihn jeder"
        ("beim training heißt er nur jojo", "jojo"),
        ("bei der arbeit heißt sie bei allen nur lulu", "lulu"),
        ("zuhause sagen sie nur mimi zu ihr", "mimi"),
        ("dodo nennt ihn jeder in der schule", "dodo"),
        ("Momo nennen sie alle im Verein.", "Momo"),
    ],
)
def test_the_name_a_person_goes_by_is_masked(text: str, name: str) -> None:
    assert masked(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Das nennt man Glück.", "Glück"),
        ("auf arbeit heißt er nur der lange", "lange"),
        ("die sagen nur ja und amen", "ja"),
        ("das heißt nur, dass wir warten", "dass"),
    ],
)
def test_what_is_said_or_meant_stays(text: str, word: str) -> None:
    assert kept(text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("nataschas mann ist wieder auf montage", "nataschas"),
        ("ich war gestern bei saras mutter", "saras"),
        ("leylas ältester hat jetzt ausbildung", "leylas"),
    ],
)
def test_a_given_name_s_genitive_before_a_word_of_kin_is_masked(text: str, name: str) -> None:
    assert masked(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("papas handy ist kaputt", "papas"),
        ("omas wohnung ist warm", "omas"),
        ("„this baby is a blessing“", "this"),
    ],
)
def test_a_noun_s_genitive_before_such_a_word_stays(text: str, word: str) -> None:
    assert kept(text, word)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Der Kleine ist 1,5 Jahre alt.", "1,5"),
        ("die kleine ist 2,5 und spricht schon viel", "2,5"),
        ("Sie ist 3½ und geht in die Krippe.", "3½"),
        ("Amir, 7;2 J., Entwicklungsverzögerung", "7;2"),
        ("zwei Kinder (11 und fünfeinhalb)", "fünfeinhalb"),
        ("zwei Kinder (11 und fünfeinhalb)", "11"),
    ],
)
def test_an_age_with_its_fraction_is_masked_whole(text: str, age: str) -> None:
    assert masked(text, age)


@pytest.mark.parametrize(
    "text",
    [
        "Die Note ist 2,5 und das reicht.",
        "Es ist 1,5 Jahre her.",
        "Sie wartet seit 2,5 Jahren auf den Bescheid.",
        "Sie hat Fieber, sie ist 38,5 und liegt im Bett.",
    ],
)
def test_a_grade_or_a_duration_with_a_fraction_stays(text: str) -> None:
    assert default_anonymizer().anonymize(text, Context()).text == text


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Einreise Feb. 2024 über Italien.", "Feb."),
        ("Einreise Okt. 2025 über die Balkanroute.", "Okt."),
        ("Sie kam im Sept. 2019 nach Deutschland.", "Sept."),
    ],
)
def test_an_arrival_s_month_abbreviated_is_masked_with_its_year(text: str, month: str) -> None:
    assert masked(text, month)


def test_an_appointment_s_abbreviated_month_stays() -> None:
    text = "Termin im Feb. 2027 beim Amt."
    assert default_anonymizer().anonymize(text, Context()).text == text


def _session(*texts: str) -> list[str]:
    """The texts anonymized in order in one session."""
    context = Context()
    return [default_anonymizer().anonymize(text, context).text for text in texts]


def test_a_firm_named_by_a_rarer_noun_before_its_trade_is_masked_and_known_later() -> None:
    first, later, bird = _session(
        "Er hat ein Angebot von Kranich Logistik bekommen, Lager im Schichtdienst.",
        "Kranich zahlt sofort 14,50 € die Stunde.",
        "Im Herbst ziehen die Kraniche, und der Kranich im Garten ist zahm.",
    )
    assert "Kranich" not in first and "[Einrichtung]" in first
    assert later.startswith("[Einrichtung] zahlt")
    assert bird == "Im Herbst ziehen die Kraniche, und der Kranich im Garten ist zahm."


def test_a_cafe_s_name_that_is_a_word_is_known_later_only_as_a_name() -> None:
    first, later, word = _session(
        "Das Frauencafé Lichtblick trifft sich dienstags.",
        "Lichtblick jetzt jeden Donnerstag im Gemeindehaus.",
        "Das war ein echter Lichtblick für sie.",
    )
    assert "Lichtblick" not in first and "Lichtblick" not in later
    assert word == "Das war ein echter Lichtblick für sie."


@pytest.mark.parametrize(
    "text",
    [
        "Er arbeitet im Bereich Lager Logistik.",  # an everyday noun before the trade is no firm's name
        "Sie studiert Logistik in Magdeburg.",
        "Das Backhaus im Dorf ist alt.",
    ],
)
def test_a_trade_s_word_alone_or_after_an_everyday_noun_stays(text: str) -> None:
    out = default_anonymizer().anonymize(text, Context()).text
    assert "[Einrichtung]" not in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("die werkstatt heißt übrigens Speichenwerk 🚲", "Speichenwerk"),
        ("der Laden heißt jetzt Kette & Kaffee, das Schild ist neu", "Kette & Kaffee"),
        ("Unsere Gruppe heißt „Sonnenkinder“.", "Sonnenkinder"),
    ],
)
def test_the_name_a_text_gives_a_facility_with_heisst_is_masked(text: str, name: str) -> None:
    out = default_anonymizer().anonymize(text, Context()).text
    assert name not in out and "[Einrichtung]" in out


@pytest.mark.parametrize("text", ["Die Schule heißt so, weil sie alt ist.", "Das heißt Warten."])
def test_heisst_that_gives_no_facility_a_name_keeps_the_text(text: str) -> None:
    assert default_anonymizer().anonymize(text, Context()).text == text


def test_a_plate_without_hyphens_some_words_after_the_lorry_is_masked() -> None:
    out = (
        default_anonymizer()
        .anonymize("der lkw von denen steht nachts immer bei mir vor der tür 🙄 XY TK 240", Context())
        .text
    )
    assert "TK 240" not in out and "[Kennzeichen]" in out


@pytest.mark.parametrize(
    "text",
    ["Az. beim Jugendamt: 51.2-JH 0447/26, falls jemand nachhaken will", "Aktenzeichen 32.1-ABH-0815/26"],
)
def test_a_file_number_with_its_office_s_number_is_masked_whole(text: str) -> None:
    out = default_anonymizer().anonymize(text, Context()).text
    assert "51.2" not in out and "32.1" not in out and "[Kennung]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Erreichbarkeit: Mo–Fr bis 19 Uhr.",
        "Mo – Fr geöffnet",
        "Offen Mo, Mi und Fr.",
        "Jugendtraining Di und Do, kostet nix.",
    ],
)
def test_a_list_of_weekdays_is_no_name_and_no_doubt(text: str) -> None:
    result = default_anonymizer().anonymize(text, Context())
    assert result.text == text and result.doubts == ()


def test_a_person_called_mo_is_still_masked() -> None:
    assert masked("Mo hat gestern angerufen.", "Mo")


def test_a_club_named_with_heisst_is_a_facility_not_a_person() -> None:
    # a club's name in a small town identifies as a village does; it was kept as "no person" before
    result = default_anonymizer().anonymize("Der Verein heißt Brücke.", Context())
    assert result.text == "Der Verein heißt [Einrichtung]."
    assert [e.label for e in result.entities] == ["PLACE"]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a hospital's or a school's name that is a compound of a saint's, a holy or a person's name, with its
        # town: none of it may stay in the replacement
        ("Stent in der St.-Marien-Klinik Daun.", ("Marien", "Daun")),
        ("Schulung im Heilig-Kreuz-Hospital Kirn.", ("Heilig", "Kreuz")),
        ("Die Theodor-Heuss-Schule Homberg macht kein glutenfreies Essen.", ("Theodor", "Heuss", "Homberg")),
    ],
)
def test_a_named_compound_facility_with_its_town_shows_none_of_its_name(
    text: str, gone: tuple[str, ...]
) -> None:
    out = default_anonymizer().anonymize(text, Context()).text
    assert "[Einrichtung]" in out
    for word in gone:
        assert word not in out, (word, out)


def test_a_medical_supply_shop_named_by_its_owner_is_masked() -> None:
    out = default_anonymizer().anonymize("Rollator vom Sanitätshaus Kraft in Kirn.", Context()).text
    assert "Kraft" not in out and "Sanitätshaus" in out


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Bandscheibenvorfall nach Arbeitsunfall am 22.01. auf einer Baustelle.", "22.01."),
        ("Bescheid zugestellt am 02.04.. Klagefrist eine Woche!", "02.04."),
        ("Entlassbrief aus der Kreisklinik Donauwörth vom 08.04. liegt vor.", "08.04."),
    ],
)
def test_the_day_of_an_accident_or_of_a_letter_received_is_masked(text: str, day: str) -> None:
    assert masked(text, day)


@pytest.mark.parametrize("text", ["Termin am 22.01. beim Amt.", "Der Brief vom Amt kommt am 3.5."])
def test_an_appointment_s_day_stays(text: str) -> None:
    assert default_anonymizer().anonymize(text, Context()).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("wohngeld für familie nasser ist durch", "nasser"),
        ("bei familie koch war ich", "koch"),
        ("familie lange hat angerufen", "lange"),
    ],
)
def test_a_surname_after_familie_typed_small_is_masked(text: str, name: str) -> None:
    assert masked(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "familie ist wichtig",
        "die familie kommt aus syrien",
        "meine familie lange nicht gesehen",
        "familie geht vor",
    ],
)
def test_familie_as_a_noun_keeps_the_text(text: str) -> None:
    assert default_anonymizer().anonymize(text, Context()).text == text


def test_two_people_of_one_family_named_in_full_get_two_pseudonyms() -> None:
    child, father, father_alone, child_alone, family = _session(
        "Fallvorstellung: Adam Mansour, 9 J., ADHS.",
        "Der Vater Yousef Mansour kommt mit.",
        "yousef hat angerufen",
        "adam war heute ruhig",
        "Familie Mansour ist nett.",
    )
    adam = child.split("Fallvorstellung: ")[1].split(",")[0]
    yousef = father.removeprefix("Der Vater ").removesuffix(" kommt mit.")
    assert adam.startswith("[Person") and yousef.startswith("[Person") and adam != yousef
    assert father_alone.startswith(yousef) and child_alone.startswith(adam)
    assert family == f"Familie {adam} ist nett."  # the family's surname alone stays with the first named


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Yusuf Mansour kam.", "Yousef Mansour ruft an."),  # one name spelled two ways
        ("Jusuf Mansour kam.", "Yusuf Mansour ruft an."),
        ("Monika Koch kam.", "Moni Koch ruft an."),  # a short form
    ],
)
def test_one_person_spelled_two_ways_keeps_one_pseudonym(first: str, second: str) -> None:
    one, two = _session(first, second)
    assert one.split(" ", 2)[:2] == two.split(" ", 2)[:2]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("in der werkstatt nennen ihn alle „schorsch“ 😄", "schorsch"),
        ("vasja 😄 so nennen ihn alle, war heut mit ihm beim tüv", "vasja"),
    ],
)
def test_a_nickname_in_quotes_or_before_so_nennen_is_masked(text: str, name: str) -> None:
    assert masked(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("sie nennt mich immer „schatz“", "schatz"),
        ("die Kinder nennen mich „maman“", "maman"),
        ("Gut so, so nennen wir das.", "Gut"),
    ],
)
def test_a_pet_word_in_quotes_or_a_word_before_so_stays(text: str, word: str) -> None:
    assert kept(text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sie ist bei der Jugendfeuerwehr Biesenthal.", "Biesenthal"),
        ("Er trainiert bei der DLRG Geestland.", "Geestland"),
    ],
)
def test_a_fire_brigade_or_a_lifesaving_club_named_by_its_village_is_masked(text: str, name: str) -> None:
    assert masked(text, name)


@pytest.mark.parametrize("text", ["Wir rufen die Feuerwehr an.", "Die Feuerwehr kam schnell."])
def test_the_fire_brigade_alone_stays(text: str) -> None:
    assert default_anonymizer().anonymize(text, Context()).text == text


@pytest.mark.parametrize(
    "later",
    ["kennst du die hahn? die ist gut", "ich kenn die hahn\nsie ist nett", "frag mal die hahn; die weiß das"],
)
def test_a_learned_surname_after_a_feminine_article_ending_a_question_or_a_line_is_masked(later: str) -> None:
    _, out = _session("Onkologin Dr. Ricarda Hahn hat endlich zurückgerufen.", later)
    assert "hahn" not in out and "[Person" in out


def test_the_noun_after_its_own_article_at_a_question_s_end_stays() -> None:
    _, out = _session("Onkologin Dr. Ricarda Hahn hat endlich zurückgerufen.", "hörst du den hahn?")
    assert out == "hörst du den hahn?"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Neuer Kontakt: Tharshan Sivakumar, 31, Tamile aus Sri Lanka.", "Tharshan"),
        ("Tharshan Sivakumar kam heute.", "Tharshan"),
    ],
)
def test_a_given_name_a_compound_reading_makes_a_word_is_masked_beside_its_surname(
    text: str, name: str
) -> None:
    # "Tharshan" reads as "Thars|han" (the noun list holds "Han"); beside a masked surname it is the given name
    assert masked(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Glitzermoment Uta: die Sonne kam raus.", "Glitzermoment"),
        ("Gesundheitskarte Mohamad Alkhatib liegt vor.", "Gesundheitskarte"),
        ("Herr Sivakumar Deutschkurs ist voll.", "Deutschkurs"),
    ],
)
def test_a_compound_with_a_longer_head_beside_a_name_stays(text: str, word: str) -> None:
    assert kept(text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lulu hat angerufen.", "Lulu"),
        ("Rosa hat gestern geschrieben, dass sie kommt.", "Rosa"),
        ("Gut. Engel hat zurückgerufen.", "Engel"),
    ],
)
def test_a_given_name_that_is_a_word_opening_a_sentence_before_a_person_s_act_is_masked(
    text: str, name: str
) -> None:
    assert masked(text, name)


@pytest.mark.parametrize(
    "text", ["Das Amt hat angerufen.", "Amt hat angerufen.", "Koch hat gekocht.", "Die Sonne hat gelacht."]
)
def test_an_office_or_a_noun_s_own_act_keeps_the_text(text: str) -> None:
    assert default_anonymizer().anonymize(text, Context()).text == text


def test_a_firm_named_in_full_and_by_its_name_alone_in_one_text_is_masked_both_times() -> None:
    out = default_anonymizer().anonymize(
        "Der Vater arbeitet nachts bei Kranich Logistik, Kranich zahlt gut.", Context()
    )
    assert "Kranich" not in out.text and out.text.count("[Einrichtung]") == 2


def test_a_learned_surname_after_the_article_before_a_person_s_act_is_masked() -> None:
    _, later, animal = _session(
        "Rechtsanwalt Hase vertritt sie.",
        "Der Hase hat geschrieben, dass es klappt.",
        "Der Hase hat gefressen.",
    )
    assert "Hase" not in later and animal == "Der Hase hat gefressen."


def test_the_day_a_letter_came_is_masked_and_a_coming_one_stays() -> None:
    assert masked("Am 3. März kam die Abschiebungsandrohung.", "3. März")
    text = "Am 3. März kommt der Brief."
    assert default_anonymizer().anonymize(text, Context()).text == text
