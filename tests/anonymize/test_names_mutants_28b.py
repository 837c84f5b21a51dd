"""The survivors of names.py's second sample of the twenty-second session (seed 3103, docs/testing.md), each
with sentences written here, failing with its mutant applied by hand."""

from __future__ import annotations

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.anonymize.types import Context

from .spans import anonymized


def test_a_facility_named_by_its_region_ends_before_a_lowercase_word() -> None:
    # `NameFinder._region_name` 51: a lowercase word after the region ends the facility's name, as a sign does
    assert anonymized("Die Beratungsstelle Vogtland ist gut.") == "Die Beratungsstelle [Einrichtung] ist gut."
    assert (
        anonymized("Das Frauenhaus Uckermark hat geholfen.") == "Das Frauenhaus [Einrichtung] hat geholfen."
    )


def test_herr_typed_with_caps_lock_is_still_the_salutation_before_a_chat_name() -> None:
    # `NameScan._lower_person_cue` 3: "hERR" (caps lock and shift) folds to "herr", a cue of its own; the job's
    # test would read it as "HERR", no noun
    assert anonymized("dER hERR jUNG rUFT aB 17 uHR zURÜCK") == "dER hERR [Person A] rUFT aB 17 uHR zURÜCK"
    assert anonymized("der hErr jung ruft morgen an") == "der hErr [Person A] ruft morgen an"


def test_a_kinship_or_role_word_after_a_closing_formula_is_no_writer() -> None:
    # `NameScan._writer_like` 7: a word of `NOT_NAMES_CHAT` alone ("bruder", "mentor") signs off no name
    assert anonymized("Das Treffen war gut. vg bruder") == "Das Treffen war gut. vg bruder"
    assert anonymized("Danke euch, lg mentor") == "Danke euch, lg mentor"


def test_a_learned_surnames_woman_in_chat_before_a_verb_of_telling_is_masked() -> None:
    # `NameScan.subject_of_verb` 41: a lowercase word before a verb that is no subject's ("erklärt", "spricht")
    # is left to the later steps, which recall "die huberin" from the session's "Huber"
    for chat in ("die huberin erklärt alles", "der huberin spricht"):
        anonymizer, context = default_anonymizer(), Context()
        anonymizer.anonymize("Frau Huber kam heute.", context)
        assert "huberin" not in anonymizer.anonymize(chat, context).text


def test_a_clubs_kind_before_a_sign_takes_no_town_after_the_sign() -> None:
    # `NameFinder.clubs` 177: the town's phrase is the club's only where a space, not a sign, follows the kind
    assert anonymized("Er spielt im TSV. Bad Sooden ist schön.") == "Er spielt im TSV. [Ort] ist schön."
    assert anonymized("Er war beim SV (Bad Kreuznach) aktiv.") == "Er war beim SV ([Ort]) aktiv."


def test_a_mosques_hyphenated_name_after_an_article_is_a_facility() -> None:
    # `NameFinder.named_facilities` 73: the parts of the hyphenated name itself are read, not the word before it
    assert anonymized("Wir beten in der Ulu-Cami Moschee.") == "Wir beten in der [Einrichtung] Moschee."
    assert anonymized("Er geht zur Eyüp-Cami Moschee.") == "Er geht zur [Einrichtung] Moschee."


def test_a_signers_surname_after_i_a_or_i_v_is_a_person_though_a_town_too() -> None:
    # `NameScan.candidates` 37: the name after "i. A." or "i. V." goes through the steps, which read it as the
    # signer's; left to the town steps, "Vogelsang" became a place
    assert (
        anonymized("Mit freundlichen Grüßen\ni. A. Vogelsang") == "Mit freundlichen Grüßen\ni. A. [Person A]"
    )
    assert (
        anonymized("Mit freundlichen Grüßen i. V. Vogelsang, Jobcenter")
        == "Mit freundlichen Grüßen i. V. [Person A], Jobcenter"
    )


def test_a_name_in_capitals_before_a_trailing_space_or_comma_is_masked() -> None:
    # `NameScan.shouted` 54: the run of capitals stops at the text's last token, whatever gap follows it
    assert anonymized("Patient: HADDAD SAMIR ") == "Patient: [Person A] "
    assert anonymized("Name: YILDIZ MEHMET, ") == "Name: [Person A], "
