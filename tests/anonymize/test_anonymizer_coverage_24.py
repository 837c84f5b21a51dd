"""The branches of the anonymizer (`anonymize/engine.py`) that no test of mutmut's selection executed (coverage.py
with --branch, 7 Dec 2026): a mutant on a line no test runs always survives. Each test reaches one such branch
through `anonymize` and fails where the branch is broken by hand. Sentences written for the tests."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import Context, default_anonymizer


def _clean(text: str, context: Context | None = None) -> str:
    return default_anonymizer().anonymize(text, context if context is not None else Context()).text


def _doubts(text: str, context: Context) -> list[str]:
    result = default_anonymizer().anonymize(text, context)
    return [text[d.start : d.end] for d in result.doubts]


# -- _ordinal_value: the ordinals whose stem is no number word ("ers", "drit", "sieb", "ach") ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zum ersten Geburtstag von Amina kam ihre Patin aus der Unterkunft.",
            "Zum [Alter 0–9] Geburtstag von [Person A] kam ihre Patin aus der Unterkunft.",
        ),
        (
            "Yusuf feiert am Samstag seinen dritten Geburtstag im Heim.",
            "[Person A] feiert am Samstag seinen [Alter 0–9] Geburtstag im Heim.",
        ),
        (
            "Zum siebten Geburtstag wünscht sich Lea ein Fahrrad für den Schulweg.",
            "Zum [Alter 0–9] Geburtstag wünscht sich [Person A] ein Fahrrad für den Schulweg.",
        ),
        (
            "Die Zwillinge feiern ihren achten Geburtstag bei der Tafel.",
            "Die Zwillinge feiern ihren [Alter 0–9] Geburtstag bei der Tafel.",
        ),
    ],
)
def test_a_birthday_told_by_an_ordinal_of_an_irregular_stem_is_an_age(text: str, expected: str) -> None:
    # "ersten" is "ers" once its ending is gone, which no number word is: without the table of these stems the
    # child's age stayed readable
    assert _clean(text) == expected


# -- _after_bracketed: a name that closes a bracket it does not stand alone in -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the bracket opened more than 40 characters before the name: a remark, not the name in its own script
        "Beim Elterncafé waren alle Familien (aus beiden Unterkünften, auch die von Herrn Haddad) 12, davon fünf Kinder.",
        # the nearest "(" before the name is closed before it: the name ends the outer bracket
        "Beim Elterncafé (mit Dolmetscherin (Arabisch) und Herrn Haddad) 12, davon fünf Kinder.",
    ],
)
def test_a_count_after_a_bracket_that_a_name_ends_is_no_age_of_that_name(text: str) -> None:
    # only "Farhod (Фарҳод Раҳмонов) 36" puts the age after the bracket: here 12 counts the people at the café
    assert _clean(text) == text.replace("Haddad", "[Person A]")


def test_the_age_after_a_name_in_its_own_script_in_brackets_is_still_an_age() -> None:
    # the other side of the branch above, so that a break of the condition either way fails one of them
    text = "Familie Rahimi: Vater Farhod (Фарҳод Раҳмонов) 36, Mutter Zarina 31, Sohn Amir 8."
    out = _clean(text)
    assert "36" not in out and "31" not in out
    assert out.startswith("Familie [Person A]: Vater [Person B] ([Person B]) [Alter 30–39], Mutter")


# -- _widened: a dictated postal code and town, and a name after them ---------------------------------------------


def test_a_dictated_address_ends_at_its_town_and_the_name_after_it_is_a_person_of_its_own() -> None:
    # the address takes in the spans inside the dictated code and the town, and stops at the first one after it:
    # taking in "yilmaz" too would hide the volunteer behind "[Adresse]" and drop "herr"
    text = "sie wohnt lindenweg 12 b 3 4 5 6 7 hainau, herr yilmaz hilft beim umzug"
    assert _clean(text) == "sie wohnt [Adresse], herr [Person A] hilft beim umzug"


# -- anonymize: the session's agenda words are no doubt -------------------------------------------------------------


def test_a_word_of_the_agenda_is_no_doubt_and_the_name_beside_it_is_still_masked() -> None:
    # the round asked "Wie seid ihr durch den Winter gekommen?"; the chat answer uses its word
    text = "sven winter gut überstanden"
    assert _doubts(text, Context()) == ["winter"]
    agenda = Context(vocabulary={"wie", "seid", "ihr", "durch", "den", "winter", "gekommen"})
    assert _doubts(text, agenda) == []
    assert _clean(text, agenda) == "[Person A] winter gut überstanden"


# -- flags: no Art. 9 flag inside a placeholder ----------------------------------------------------------------------


def test_a_pseudonym_whose_letters_spell_a_health_word_raises_no_flag() -> None:
    # the 5,664th person of a session is "[Person HIV]"; a text stored with it and cleaned again keeps it as it is
    result = default_anonymizer().anonymize(
        "Aus der letzten Sitzung: [Person HIV] war wieder beim Amt.", Context()
    )
    assert result.text == "Aus der letzten Sitzung: [Person HIV] war wieder beim Amt."
    assert result.flags == ()
    told = default_anonymizer().anonymize("Beim Arzt: HIV-Test war negativ.", Context())
    assert [f.category for f in told.flags] == ["gesundheit"], "the word itself is still flagged"


# -- _session_names: a doubt the supervisor masked is a town, a facility or a person ---------------------------------


def test_a_masked_doubt_the_place_lists_hold_is_a_town_not_a_person() -> None:
    context = Context()
    text = "Der Termin beim Amt war in Kassel, lief gut."
    assert _doubts(text, context) == ["Kassel"]
    context.mask_doubt("Kassel")
    assert _clean(text, context) == "Der Termin beim Amt war in [Ort], lief gut."
    assert _clean("nächste woche wieder nach kassel", context) == "nächste woche wieder nach [Ort]"


def test_a_masked_doubt_that_is_a_german_word_is_a_facility() -> None:
    context = Context()
    text = "Wir holen Amir bei Storchennest ab."
    assert _doubts(text, context) == ["Storchennest"]
    context.mask_doubt("Storchennest")
    assert _clean(text, context) == "Wir holen [Person A] bei [Einrichtung] ab."


def test_a_masked_doubt_no_list_knows_is_a_person() -> None:
    context = Context()
    text = "heute wegen zewdu beim amt"
    assert _doubts(text, context) == ["zewdu"]
    context.mask_doubt("zewdu")
    assert _clean(text, context) == "heute wegen [Person A] beim amt"
