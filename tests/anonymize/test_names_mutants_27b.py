"""The non-equivalent survivors of names.py's second fresh sample of the twenty-first session (seed 2901,
docs/testing.md), each with sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

from supervision_tui.anonymize import Context, default_anonymizer

from .spans import anonymized


def test_a_church_named_by_a_given_name_in_the_genitive_is_masked() -> None:
    # `NameFinder._saint_church` 20: "Jakobs-", "Karls-": the head without its genitive's "s" is the given name
    assert anonymized("Die Taufe ist in der Jakobskirche.") == "Die Taufe ist in der [Einrichtung]."
    assert anonymized("Das Konzert ist in der Karlskirche.") == "Das Konzert ist in der [Einrichtung]."


def test_a_facility_named_with_hiess_is_masked() -> None:
    # `NameFinder.facility_called` 10: the past "hieß" (casefolded "hiess") names the facility as "heißt" does
    assert anonymized("Der Laden hieß Kette & Kaffee.") == "Der Laden hieß [Einrichtung]."
    assert anonymized("Die Werkstatt hieß Speichenwerk.") == "Die Werkstatt hieß [Einrichtung]."


def test_the_words_between_heisst_and_the_name_are_skipped_whatever_stands_before_them() -> None:
    # `NameFinder.facility_called` 40: a filler is passed where a space follows it; the gap before it does not count
    assert (
        anonymized("Die Werkstatt heißt\nübrigens jetzt Speichenwerk.")
        == "Die Werkstatt heißt\nübrigens jetzt [Einrichtung]."
    )
    assert (
        anonymized("Der Laden heißt – übrigens jetzt Kette & Kaffee.")
        == "Der Laden heißt – übrigens jetzt [Einrichtung]."
    )


def test_a_learned_surname_after_a_job_opening_a_text_that_ends_in_als_is_masked() -> None:
    # `_person_after_job` 11: "als" before the job ("als koch bäcker") is no cue; at the text's start nothing stands
    # before the job, and the text's last word ("als") is not before it
    context = Context()
    anonymizer = default_anonymizer()
    anonymizer.anonymize("Frau Fischer hat angerufen.", context)
    assert (
        anonymizer.anonymize("anwältin fischer erreicht man besser als", context).text
        == "anwältin [Person A] erreicht man besser als"
    )
    context = Context()
    anonymizer.anonymize("Herr Jäger hat angerufen.", context)
    assert (
        anonymizer.anonymize("neurologe jäger erreicht man eher per mail als", context).text
        == "neurologe [Person A] erreicht man eher per mail als"
    )


def test_a_kind_of_shop_with_a_short_prefix_is_no_employers_name() -> None:
    # `NameFinder._proper_part` 28: a part of three letters ("Bio-", "Pro-") makes no proper name of a kind
    assert anonymized("Sie arbeitet bei Bio-Markt.") == "Sie arbeitet bei Bio-Markt."
    assert anonymized("Sie arbeitet bei Pro-Werkstatt.") == "Sie arbeitet bei Pro-Werkstatt."


def test_a_small_unknown_word_opening_a_line_before_a_chat_verb_is_masked() -> None:
    # `NameScan.chat_subject` 38: a line break before the word opens its clause as a mark does
    assert anonymized("alles gut\nfaadu lässt grüßen") == "alles gut\n[Person A] lässt grüßen"


def test_a_word_in_lowercase_after_bin_is_no_part_of_the_name() -> None:
    # `_Found.extend` 288: "bin" after a given name goes on with a surname only where a capital follows
    assert anonymized("Hallo, Tarek bin krank") == "Hallo, [Person A] bin krank"
    assert anonymized("Yusuf bin traurig.") == "[Person A] bin traurig."


def test_dishes_listed_with_a_comma_after_a_verb_of_eating_are_things() -> None:
    # `_things` 118: the dishes after the verb are read on over ", " as over " und "
    assert anonymized("Wir aßen Dolma, Kubba.") == "Wir aßen Dolma, Kubba."
    assert anonymized("Er trank Tschai, Ayran.") == "Er trank Tschai, Ayran."


def test_a_part_of_a_name_opening_the_text_as_a_subject_is_the_person() -> None:
    # `NameScan.recurring_subjects` 52: the text's first word is a clause's start, whatever stands before it
    assert (
        anonymized("Rosa war froh. Gestern kam Rosa Wagner.")
        == "[Person A] war froh. Gestern kam [Person A]."
    )
    assert anonymized("Rosa kam spät, Rosa Wagner ist krank.") == "[Person A] kam spät, [Person A] ist krank."
