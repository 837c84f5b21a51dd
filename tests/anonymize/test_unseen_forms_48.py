"""Forms that blind corpora 48 and 49 showed, each tested with sentences written for the test (not taken from a
corpus) and with text of the same shape that must stay."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context

from .spans import kept, masked


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Wiktionary lists these short forms and adjectival nouns with a second part of speech beside "Substantiv";
        # they are everyday nouns all the same, never someone's name
        ("Die Bäckerei sucht wieder Azubis.", "Azubis"),
        ("Azubis gesucht, steht am Tor.", "Azubis"),
        ("er ist jetzt Azubi im zweiten Lehrjahr", "Azubi"),
        ("Der Platz in der Kita ist sicher.", "Kita"),
        ("In seiner WG wohnen noch zwei Studenten.", "WG"),
        ("Die Auszubildende hat heute frei.", "Auszubildende"),
    ],
)
def test_an_everyday_noun_the_dictionary_lists_as_a_short_form_stays(text: str, word: str) -> None:
    assert kept(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Die Bäckerei sucht Azubis, sagt Frau Koch.", "Koch"),
        ("Salam ist drei und geht in die Kita.", "Salam"),
    ],
)
def test_a_name_beside_such_a_noun_is_still_masked(text: str, word: str) -> None:
    assert masked(text, word)


def _session(*texts: str) -> list[str]:
    """The texts anonymized in order in one session."""
    context = Context()
    return [default_anonymizer().anonymize(text, context).text for text in texts]


@pytest.mark.parametrize(
    ("first", "later", "name"),
    [
        # a business named after its owner names the owner: the surname alone later is the person
        (
            "Er lernt bei der Schreinerei Brandt in Kastellaun.",
            "der alte brandt hat geheult, ehrlich",
            "brandt",
        ),
        (
            "Sie arbeitet nachts bei Hunsrücker Wurstwaren Mohr.",
            "der mohr hat gesagt, sie kann tagsüber",
            "mohr",
        ),
        ("Ausbildung in der Bäckerei Schmitt ab August.", "schmitt sagt, er ist der beste azubi", "schmitt"),
    ],
)
def test_the_owner_a_business_is_named_after_is_the_person_later(first: str, later: str, name: str) -> None:
    assert name not in _session(first, later)[1]


@pytest.mark.parametrize(
    ("first", "later", "name"),
    [
        # chat types the surname small after an article, with the verb right after: the person, whatever the noun
        ("Kinderarzt Dr. Sven Kaiser hat sich Zeit genommen.", "der kaiser ist ein ganz lieber", "kaiser"),
        ("Rechtsanwalt Dr. Konrad Fuchs hat geschrieben.", "der fuchs ist schlau wie ein fuchs", "der fuchs"),
        ("Klassenlehrer Herr Vogel meldet Störungen.", "der vogel hat doch selber n vogel", "der vogel"),
        ("Onkologin Dr. Ricarda Hahn hat angerufen.", "die hahn is e ganz feine ärztin", "hahn"),
        ("Frau Dr. Lange hat die Überweisung.", "ok. die lange is im urlaub", "lange"),
    ],
)
def test_a_learned_surname_typed_small_as_the_subject_of_a_verb_is_the_person(
    first: str, later: str, name: str
) -> None:
    assert name not in _session(first, later)[1]


@pytest.mark.parametrize(
    ("first", "later", "word"),
    [
        # the noun stays where no verb follows, after an indefinite article, or capitalised in a note
        (
            "Rechtsanwalt Dr. Konrad Fuchs hat geschrieben.",
            "der fuchs ist schlau wie ein fuchs",
            "wie ein fuchs",
        ),
        ("Onkologin Dr. Ricarda Hahn hat angerufen.", "der hahn vom nachbarn kräht um fünf", "der hahn vom"),
        ("Herr Richter kam mit.", "Der Richter war sachlich.", "Der Richter war"),
        ("Bäckerei Koch in Dornum.", "eigentlich will er ja koch werden", "koch werden"),
    ],
)
def test_the_noun_the_learned_surname_also_is_stays_a_word(first: str, later: str, word: str) -> None:
    assert word in _session(first, later)[1]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # the named person's age after a comma, the verb's subject left out
        ("Seine Tochter Mina übersetzt beim Arzt, ist aber erst 13 und das ist zu viel.", "13"),
        ("der kleine heißt Samir, ist elf und will zur feuerwehr", "elf"),
        ("Frau Okafor kam allein, ist schon 71.", "71"),
    ],
)
def test_a_named_person_s_age_after_a_comma_without_its_subject_is_masked(text: str, age: str) -> None:
    assert masked(text, age)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Frau Okafor rief an, es ist erst 14 Uhr.", "14"),
        ("Der Termin bei Frau Kaya, ist um 14.", "14"),
        ("Der Bus war voll, ist aber erst 12 gekommen.", "12"),
        ("Frau Kaya hat Fieber, ist 39,5.", "39,5"),
    ],
)
def test_a_number_after_a_comma_that_is_no_person_s_age_stays(text: str, number: str) -> None:
    assert kept(text, number)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # no list holds the village; its ending is a German place name's
        ("Kennt jemand eine Hebamme, die nach Wolfsfeld rausfährt?", "Wolfsfeld"),
        ("Termin in Harmsdorf am Montag, ich fahre mit.", "Harmsdorf"),
        ("Der Bus nach Ellerbüttel fährt nur zweimal.", "Ellerbüttel"),
    ],
)
def test_a_village_no_list_holds_after_nach_or_in_is_masked_by_its_ending(text: str, town: str) -> None:
    assert masked(text, town)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sie fragt nach Reiseimpfungen für Ghana.", "Reiseimpfungen"),
        ("Er sucht nach Wohnungen in der Nähe.", "Wohnungen"),
        ("Wir treffen uns nach Feierabend.", "Feierabend"),
    ],
)
def test_a_noun_after_nach_with_such_an_ending_stays(text: str, word: str) -> None:
    assert kept(text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "ein herr"/"eine frau" in chat's lowercase: someone new, the name after it from the lists
        ("vermieter ist ein herr brandt aus der stadt", "brandt"),
        ("da war eine frau sommer vom amt am telefon", "sommer"),
    ],
)
def test_a_name_after_ein_herr_or_eine_frau_in_lowercase_is_masked(text: str, name: str) -> None:
    assert masked(text, name)


@pytest.mark.parametrize(
    "text", ["eine frau doktor hat angerufen", "ein herr papa halt", "eine frau kocht für alle"]
)
def test_a_word_after_eine_frau_that_is_no_name_stays(text: str) -> None:
    assert default_anonymizer().anonymize(text).text == text


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        # a plate without its hyphen after a vehicle's word other than a car's
        ("vor dem haus parkt seit wochen ein weißer sprinter HOM KS 318, alle haben angst", "HOM KS 318"),
        ("er fährt einen alten Kombi KA RS 88 und parkt ihn im Hof", "KA RS 88"),
        ("Sein Roller, WES T 12, wurde geklaut.", "WES T 12"),
    ],
)
def test_a_plate_without_its_hyphen_after_a_vehicle_is_masked(text: str, plate: str) -> None:
    assert masked(text, plate)


def test_a_law_s_book_after_a_bus_stays() -> None:
    assert kept("Mit dem Bus zum Amt wegen SGB II 7 Fragen.", "SGB II 7")


@pytest.mark.parametrize(
    ("text", "week"),
    [
        # a pregnancy's week after the age: no second age
        ("Frau Ahmadi, 24 Jahre, 22. SSW, Gestationsdiabetes.", "22. SSW"),
        ("Frau Yıldız, 38 J., 31. Schwangerschaftswoche, Blutdruck hoch.", "31. Schwangerschaftswoche"),
    ],
)
def test_a_pregnancy_s_week_after_an_age_stays(text: str, week: str) -> None:
    assert kept(text, week)


def test_the_age_before_a_pregnancy_s_week_is_still_masked() -> None:
    assert masked("Frau Ahmadi, 24 Jahre, 22. SSW, Gestationsdiabetes.", "24 Jahre")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a day without its year, told in the perfect tense: the day of an incident points to one file
        ("Herr Haddad hat sich am 14.8. auf der Baustelle die Hand gequetscht.", "14.8."),
        ("Er ist am 3.11. vom Gerüst gefallen.", "3.11."),
        ("Sie ist am 20.12. aus der Unterkunft ausgezogen.", "20.12."),
        # an incident's noun before the day
        ("Polizeikontrolle am 22.2., seitdem läuft ein Verfahren.", "22.2."),
        ("Anzeige am 9.4. bei der Polizei in der Stadt.", "9.4."),
    ],
)
def test_an_incident_s_day_without_a_year_is_masked(text: str, day: str) -> None:
    assert masked(text, day)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # an appointment or a plan stays, in the perfect tense too
        ("Sie ist am 14.1. beim Amt.", "14.1."),
        ("Er hat am 14.1. einen Termin gemacht.", "14.1."),
        ("Die Aufnahme zur OP ist für den 2.2. geplant.", "2.2."),
        ("Die Abschiebung ist für den 12.03. angekündigt.", "12.03."),
        ("Kontrolle in der Ambulanz am 11.2. um 9:30 Uhr.", "11.2."),
    ],
)
def test_an_appointment_s_or_a_plan_s_day_stays(text: str, day: str) -> None:
    assert kept(text, day)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a trade's business and a rare noun that is its owner's name
        ("Er arbeitet bei Sägewerk Kretschmer in der Frühschicht.", "Kretschmer"),
        ("bei Fleischwerk Kretschmer, frühschicht ab 5", "Kretschmer"),
        # a quarry, a driving school, a market by their owners
        ("Er hat sich im Steinbruch Brandt die Hand verletzt.", "Brandt"),
        ("Der Getränkemarkt Wolf hat samstags zu.", "Wolf"),
        # the owner's name first, the trade after it ending the phrase
        ("Er schafft bei Kaltenbach Metallbau in Lauchheim.", "Kaltenbach Metallbau"),
        ("Er schafft bei Müller Metallbau.", "Müller Metallbau"),
    ],
)
def test_a_business_named_by_its_owner_is_masked(text: str, name: str) -> None:
    assert masked(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Er hat im Bauhof Arbeit gefunden.", "Arbeit"),
        ("Er ist nach einem Stockwerk Belastungsdyspnoe.", "Belastungsdyspnoe"),
        ("Er macht eine Ausbildung im Holzbau.", "Holzbau"),
        ("In Kassel Metallbau gelernt.", "Metallbau"),
        ("Die Lage auf dem Arbeitsmarkt Weser-Ems ist gut.", "Arbeitsmarkt"),
    ],
)
def test_a_trade_s_word_beside_a_common_word_stays(text: str, word: str) -> None:
    assert kept(text, word)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a big city of several words where someone lives or comes from
        ("Sie lebt mit den Kindern in Schwäbisch Gmünd.", "Schwäbisch Gmünd"),
        ("Die Familie wohnt jetzt in Bergisch Gladbach.", "Bergisch Gladbach"),
        ("Frau Okafor kommt aus Benin City.", "Benin City"),
    ],
)
def test_a_city_of_several_words_someone_lives_in_is_masked(text: str, city: str) -> None:
    assert masked(text, city)


def test_a_city_of_several_words_as_context_stays() -> None:
    assert kept("Betreuung in der Frauenklinik, Schwäbisch Gmünd.", "Schwäbisch Gmünd")


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # the last child of a list the sentence began, a small age ending the sentence
        ("Kinder Meron, geboren 12.06.2017, und Abel, 4. Pässe fehlen.", "4"),
        ("Kinder: Lina und Samir, 3.", "3"),
        # "jung" for "alt"
        ("Sie ist erst 15 Jahre jung.", "15"),
    ],
)
def test_more_ages_of_named_children(text: str, age: str) -> None:
    assert masked(text, age)


def test_a_small_number_after_a_name_in_a_list_of_adults_stays_readable() -> None:
    assert kept("Termine mit Frau Haile und Herrn Abel, 4.", "4")


@pytest.mark.parametrize(
    ("text", "initial"),
    [
        # a surname's initial without its full stop after the given name
        ("Heute war Karim B nicht da.", "Karim B"),
        ("Frau Lena K ruft morgen an", "Lena K"),
        ("Amal S, 34, kommt morgen", "Amal S"),
    ],
)
def test_a_surname_s_initial_without_its_full_stop_is_masked_with_the_name(text: str, initial: str) -> None:
    assert masked(text, initial)


@pytest.mark.parametrize(
    ("text", "letter"),
    [
        ("Er braucht Vitamin D jeden Tag.", "D"),
        ("Plan B ist gut.", "B"),
        ("Khalil: Gut, I am fine.", "I"),
    ],
)
def test_a_capital_letter_after_a_word_stays(text: str, letter: str) -> None:
    assert kept(text, letter)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a chat name no list knows, its age in brackets, then its verb
        ("tarvo (17) hat angerufen", "tarvo"),
        ("kerem (8) war heute mit in der kita", "kerem"),
    ],
)
def test_a_small_name_before_its_bracketed_age_and_verb_is_masked(text: str, name: str) -> None:
    assert masked(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "heißt" after a word for a child names the child, a word form or not
        ("Der Junge heißt Momo.", "Momo"),
        ("Das Mädchen heißt Sonne und ist drei.", "Sonne"),
        ("das kind heißt jojo", "jojo"),
        # a name of the lists typed small, the subject of what only a person does
        ("lulu hat angerufen, sie kommt später", "lulu"),
        ("ok. rose hat mich gestern besucht", "rose"),
    ],
)
def test_a_child_named_by_heisst_or_a_small_name_that_called_is_masked(text: str, name: str) -> None:
    assert masked(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Der Ordner heißt Archiv.", "Archiv"),
        ("sommer hat angefangen", "sommer"),
        ("kurz hat er gesagt, dass es klappt", "kurz"),
        ("amt hat geschrieben", "amt"),
        ("mama hat angerufen", "mama"),
    ],
)
def test_a_word_before_heisst_or_a_verb_that_names_no_one_stays(text: str, word: str) -> None:
    assert kept(text, word)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # lowercase chat: a long town name with a place name's ending after an ordinary word
        ("wohnungssache bredstedt gibts da was neues?", "bredstedt"),
        ("freitag 14 uhr, friedhof lauterbach.", "lauterbach"),
        # a small town whose name is a rarer word, where the sentence speaks of living or moving there
        ("sie ist nach leck gezogen", "leck"),
        ("sie wohnt in leck", "leck"),
    ],
)
def test_a_town_typed_small_is_masked(text: str, town: str) -> None:
    assert masked(text, town)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("ich lebe in frieden", "frieden"),
        ("wir wohnen in ruhe", "ruhe"),
        ("er hot wieda so a gschmarri gmacht", "wieda"),
    ],
)
def test_a_word_of_every_day_or_dialect_stays(text: str, word: str) -> None:
    assert kept(text, word)


@pytest.mark.parametrize(
    ("text", "age", "shown"),
    [
        # the ending "-jährig" belongs to the age's span; the replacement keeps it for the grammar
        ("Frau Roya M., 62-jährig, hat Katarakt.", "62-jährig", "[60–69]-jährig"),
        ("Die Meldung für den 16-Jährigen läuft.", "16-Jährigen", "[10–19]-Jährigen"),
    ],
)
def test_an_age_with_its_ending_is_one_span(text: str, age: str, shown: str) -> None:
    result = default_anonymizer().anonymize(text)
    assert masked(text, age) and shown in result.text, result.text


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # a toddler's age in years and months, abbreviated
        ("Amina (3 J. 4 Mon.) war zur U7 beim Kinderarzt.", "3 J. 4 Mon."),
        ("Amina, 2 J. 11 Mon., war beim Arzt.", "2 J. 11 Mon."),
    ],
)
def test_a_toddler_s_years_and_months_are_one_age(text: str, age: str) -> None:
    assert masked(text, age)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # the facility's town after a comma, closing the phrase, a word-town too
        ("Notiz: Nour, 3, Kita Wichtelburg, Schotten. Sprachstand gut.", "Schotten"),
        ("Sie geht in die Grundschule am Teich, Lauterbach.", "Lauterbach"),
    ],
)
def test_a_facility_s_town_after_a_comma_is_masked(text: str, town: str) -> None:
    assert masked(text, town)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sie geht in die Kita Sonnenschein, Deutschland ist neu für sie.", "Deutschland"),
        ("Kita Sonnenschein, Erzieherin sagt ok.", "Erzieherin"),
    ],
)
def test_a_word_after_a_facility_s_comma_that_is_no_town_stays(text: str, word: str) -> None:
    assert kept(text, word)


def test_a_full_name_given_with_the_name_the_session_knew_first_takes_its_pseudonym() -> None:
    # the name someone goes by came first, the full name later "genannt" it: one person, one pseudonym
    first, full, again = _session(
        "anderes thema schule. hamoudi hat wieder nen verweis",
        "Fallvorstellung: Mohammad Al-Hassan, genannt Hamoudi, 13 Jahre.",
        "Mohammad kommt morgen, Hamoudi auch.",
    )
    assert "[Person A]" in first, first
    assert full.count("[Person A]") == 2, full
    assert again.count("[Person A]") == 2, again


def test_two_people_one_called_like_the_other_s_alias_keep_two_pseudonyms() -> None:
    # a different person named earlier keeps hers: only the name that came with "genannt" is linked
    first, full = _session(
        "Lena war heute da.",
        "Fallvorstellung: Mohammad Al-Hassan, genannt Hamoudi, 13 Jahre.",
    )
    assert "[Person A]" in first and "[Person A]" not in full, full


@pytest.mark.parametrize(
    ("text", "plural"),
    [
        # a counted plural of children before their bracketed ages is no name; the ages are masked
        ("Sie kam mit 3 Kindern (2, 5, 9) nach Deutschland.", "Kindern"),
        ("Sie hat drei Jungs (4, 6, 8).", "Jungs"),
        ("Zwei Mädchen (3 und 5) gehen in die Kita.", "Mädchen"),
    ],
)
def test_children_counted_before_their_bracketed_ages_stay_a_word(text: str, plural: str) -> None:
    result = default_anonymizer().anonymize(text)
    assert kept(text, plural), result.text
    assert plural not in [text[d.start : d.end] for d in result.doubts], result.doubts
    assert not any(ch.isdigit() for ch in result.text.split("(", 1)[1].split(")", 1)[0].replace("0–9", "")), (
        result.text
    )


def test_a_name_before_its_bracketed_age_in_a_list_of_children_is_still_masked() -> None:
    assert masked("Kinder Gift (10), Wisdom (7) und Peace (acht Monate).", "Wisdom")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # a medical term whose first part is a compound itself
        ("Katarakt links, Offenwinkelglaukom. Latanoprost abends.", "Offenwinkelglaukom"),
        ("Befund: Engwinkelglaukom, Kontrolle in drei Monaten.", "Engwinkelglaukom"),
    ],
)
def test_a_medical_compound_with_a_compound_first_part_stays(text: str, term: str) -> None:
    assert kept(text, term)


def test_a_surname_after_frau_ending_like_a_compound_is_still_masked() -> None:
    assert masked("Frau Sonnenwinkel kam heute.", "Sonnenwinkel")


def test_a_weekday_s_short_form_in_a_list_of_days_stays() -> None:
    assert kept("Dialyse Di/Do/Sa, Fahrdienst bestellt.", "Do")


def test_a_short_name_that_is_a_weekday_s_short_form_alone_is_still_masked() -> None:
    assert masked("Do kommt morgen wieder zur Gruppe.", "Do")


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # the unit's short form without its full stop, and an age right after the name before a comma
        ("Ahmad, 16 J, kommt allein zur Gruppe.", "16 J"),
        ("Amir (17 J) wohnt allein.", "17 J"),
        ("Yusuf 17 Jahre, aus Herat, sucht eine Lehrstelle.", "17 Jahre"),
    ],
)
def test_more_ages_after_a_name(text: str, age: str) -> None:
    assert masked(text, age)


@pytest.mark.parametrize(
    ("text", "number"),
    [("Frau Müller hat sie 3 Jahre lang gepflegt.", "3 Jahre"), ("Gruppe 3 J und 4 J treffen sich.", "3 J")],
)
def test_a_duration_or_a_group_stays(text: str, number: str) -> None:
    assert kept(text, number)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # the town of a titled person, a word-town too
        ("Mariam war beim Arzt, Dr. Vogel in Schotten.", "Schotten"),
        ("Frau Kaya in Treuen hat angerufen.", "Treuen"),
    ],
)
def test_a_titled_person_s_town_is_masked(text: str, town: str) -> None:
    assert masked(text, town)


def test_a_noun_after_a_titled_person_and_in_stays() -> None:
    assert kept("Herr Weber in Sorge um den Sohn.", "Sorge")


def test_a_town_of_several_words_where_someone_works_reads_as_a_town() -> None:
    out = default_anonymizer().anonymize("Sie arbeitet jetzt in Bad Hersfeld.").text
    assert out == "Sie arbeitet jetzt in [Ort].", out


def test_chat_s_own_spellings_end_a_workplace_s_name() -> None:
    out = default_anonymizer().anonymize("bei edeka schulte in meschede gibts ne stelle").text
    assert out.endswith("gibts ne stelle"), out
    assert "schulte" not in out and "meschede" not in out, out


def test_an_owner_named_before_the_trade_is_the_person_later() -> None:
    assert "fink" not in _session("Er schafft bei Fink Metallbau.", "der alte fink hat geheult")[1]


def test_a_season_before_a_trade_is_no_owner() -> None:
    assert kept("Er lernt ab Herbst Metallbau.", "Herbst")
