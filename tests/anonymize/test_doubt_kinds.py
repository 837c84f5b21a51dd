"""Doubts for the kinds of leak that are known words used as names (issue #16, part 3): each shows the reviewer
the token where it may be an identifier, and stays quiet where the same word is used in its own sense. The
sentences are written for these tests; none is taken from a corpus."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import Context, default_anonymizer


def _doubts(text: str, context: Context | None = None) -> list[str]:
    result = default_anonymizer().anonymize(text, context if context is not None else Context())
    return [text[d.start : d.end] for d in result.doubts]


def _readable(text: str, word: str) -> bool:
    return word in default_anonymizer().anonymize(text, Context()).text


# -- the word alone ---------------------------------------------------------------------------------------


def test_a_name_that_is_a_word_only_by_a_rule_is_a_doubt() -> None:
    # "Shire|en" (a noun in -e takes -n, not -en) and "Kar|wan" (two parts of three letters)
    assert "Shireen" in _doubts("Gestern hat Shireen für uns übersetzt.")
    assert "Karwan" in _doubts("Am Montag wurde Karwan vom Vorarbeiter geschlagen.")
    assert _doubts("Die Jesiden feiern im Dezember.") == [], "the plural of a noun in -e is a word"


def test_a_capitalised_word_with_letters_german_does_not_write_is_a_doubt() -> None:
    assert "Génesis" in _doubts("Génesis lacht viel, sagt die Lehrerin.")
    assert _doubts("Der Ärger über die Bürokratie bleibt.") == []


@pytest.mark.parametrize(
    "text",
    [
        "mir gehts gut, wie geht's dir? ich nehm das mit und hab heut frei.",  # spoken forms
        "Keine intrakranielle Blutung, arthroskopische Refixation empfohlen, apikale Parodontitis.",
        "Fibroscan 7,8 kPa, oGTT unauffällig.",  # units and lab values in mixed case
        "Z.n. Sectio, V.a. Morbus Basedow, siehe S. 4.",  # letters of abbreviations and of page numbers
    ],
)
def test_ordinary_words_of_chat_and_of_doctors_letters_are_no_doubts(text: str) -> None:
    assert _doubts(text) == []


# -- the word in a name's place -------------------------------------------------------------------------------


def test_a_name_after_a_signatures_cue_is_a_doubt() -> None:
    assert "Winter" in _doubts("Duldung verlängert, unterschrieben i.A. Winter, Ausländerbehörde.")
    assert _doubts("Im Winter ist die Wohnung kalt.") == []


def test_the_owner_after_a_trades_workshop_is_a_doubt() -> None:
    # in a sentence about work the employer rule masks it ("fragt in der Tischlerei Fink nach einer Stelle")
    assert "Fink" in _doubts("Die neuen Fenster kommen von der Tischlerei Fink.")
    assert "Fink" not in _doubts("Ein Fink saß auf dem Dach.")


def test_the_writer_before_a_colon_is_a_doubt() -> None:
    assert "Fuchs" in _doubts("Glitzermoment Fuchs: Khaled hat mir Schach beigebracht.")
    assert "wolle" in _doubts("blitzlicht wolle: passt scho")
    assert "Matze" in _doubts("Matze: nur damit das klar ist, ich komme später.")
    assert _doubts("Fallvorstellung zwei: die Familie wartet.") == []
    assert _doubts("Widerspruchsfrist notiert: bitte alle dran denken.") == []


def test_a_small_town_whose_name_is_a_word_is_a_doubt_after_in() -> None:
    assert "Wissen" in _doubts("Sie lebt mit ihrem Mann in Wissen.")
    assert _doubts("Wir wissen noch nicht, ob das klappt.") == []


def test_a_name_that_is_a_word_again_in_the_same_text_is_a_doubt() -> None:
    text = "Er fragt in der Tischlerei Fink nach, der alte Fink ist sein Schwager."
    assert _doubts(text).count("Fink") == 2
    # masked after "Frau", the word in its own sense after "ein" stays quiet
    assert _doubts("Frau Engel war heute ein Engel.") == []


def test_a_number_after_a_name_is_a_doubt() -> None:
    text = "Die Kinder: Layla 14, Jihan 12."
    doubts = _doubts(text)
    assert "14" in doubts and "12" in doubts
    assert "15" in _doubts("Mahad, der Große, 15, will Geigenbauer werden.")
    assert _doubts("Artem hat Diabetes Typ 1, seit Juni 22 in Behandlung.") == []


def test_a_user_name_without_at_is_a_doubt() -> None:
    assert "blume.vogtland" in _doubts("Sie hat einen Kanal, blume.vogtland, mit vielen Followern.")
    # its first part masked as a name, the rest is the doubt
    text = "Sie hat einen Kanal, lena.vogtland, mit vielen Followern."
    assert "lena" not in default_anonymizer().anonymize(text, Context()).text
    assert _doubts(text) == ["vogtland"]
    assert _doubts("Das ist z.B. so, d.h. wir warten.") == []


def test_a_single_initial_is_a_doubt() -> None:
    assert "O" in _doubts("Der Stoffhase hat O. sehr beruhigt.")
    assert _doubts("Die Regel steht in Abs. 2 S. 1.") == []
    assert _doubts("Siehe Anlage B.), danach weiter.") == [], "a list item's letter, not a person's"


def test_a_foreign_particle_beside_a_masked_name_is_a_doubt() -> None:
    text = "Herr de Vries schreibt, die Familie lüfte falsch."
    assert "Vries" not in default_anonymizer().anonymize(text, Context()).text
    assert "de" in _doubts(text)
    assert "von" not in _doubts("Der Brief von Kerim Haddad kam gestern.")


def test_a_name_in_capitals_is_a_doubt_with_its_neighbour() -> None:
    doubts = _doubts("Auf dem Prüfungsbogen steht HOFFNUNG ADEYEMI, ganz in Großbuchstaben.")
    assert "ADEYEMI" in doubts and "HOFFNUNG" in doubts
    assert _doubts("Das BAMF und die UNHCR haben geantwortet.") == [], "acronyms have few vowels or are words"


def test_the_writer_signing_at_the_end_is_a_doubt() -> None:
    assert "Matze" in _doubts("Kann jemand am Samstag fahren? Mein Auto ist kaputt. Matze")
    assert "KD" in _doubts("ich kann nich immer rangehen. KD")
    assert _doubts("Danke euch allen. LG") == []


def test_a_name_that_is_a_word_after_a_role_or_a_facility_is_a_doubt() -> None:
    assert "Herz" in _doubts("Pfarrer Herz hat angeboten, dass sie im Pfarrhaus lernen kann.")
    assert "Ernst" in _doubts("Die Kanzlei Ernst nimmt solche Fälle.")
    assert "Kurz" in _doubts("Die Fahrschule Kurz in Thalfang macht ihm ein Angebot.")
    assert _doubts("Mit Herz und Hand, sagt er immer.") == []


def test_an_age_after_a_pronoun_or_a_bracket_is_a_doubt() -> None:
    doubts = _doubts("Ehepaar Hosseinzadeh aus Herat, er 52, sie 47, seit Jahren hier.")
    assert "52" in doubts and "47" in doubts
    assert "39" in _doubts("Vater Ислам (Islam) 39, Mutter Madina.")


def test_headings_abbreviations_and_lab_symbols_are_no_doubts() -> None:
    # a compound noun heading a note before the writer's name; "V. a." spaced; a lab symbol before its value
    assert "Fallvorstellung" not in _doubts("Fallvorstellung Walter: die Familie wartet.")
    assert _doubts("Befund: V. a. niedriggradiges Gliom, Z. n. Sectio.") == []
    assert _doubts("Anämie mit Hb 8,4 g/dl, Kontrolle von Hb und Ferritin.") == []
    assert "Mo" in _doubts("Mo = Mohammad, er kommt morgen."), "a given name is no symbol"


# -- word knowledge --------------------------------------------------------------------------------------------


def test_names_of_languages_are_words_unless_beside_a_name() -> None:
    # from Debian's iso-codes: English and German names of languages, none a name of the name lists
    assert _readable("Er spricht Pulaar und ein bisschen Wolof.", "Pulaar")
    assert _readable("Er spricht Pulaar und ein bisschen Wolof.", "Wolof")
    # beside a masked given name it may be a surname: a doubt
    assert _doubts("Aminata Wolof kommt morgen.") == ["Wolof"]


def test_an_age_after_a_name_and_two_words_about_the_person_is_masked() -> None:
    text = "Mamadou Diallo, Guinea, Fulbe, 19, macht eine Ausbildung zum Koch."
    result = default_anonymizer().anonymize(text, Context())
    assert "19," not in result.text and "[Alter 10–19]" in result.text
    assert _readable(text, "Fulbe")
