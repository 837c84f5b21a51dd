"""What the anonymizer itself decides (`anonymize/engine.py`), through the public interface: which of two
overlapping finds wins, what is widened around a find, which pseudonym a mention gets, which Art. 9 words are
flagged. Written for the survivors of its mutation run (docs/testing.md); every example is made up here."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import Context, Result, anonymize


def _clean(text: str, *names: str, context: Context | None = None) -> Result:
    context = context if context is not None else Context()
    for name in names:
        context.add_name(name)
    return anonymize(text, context)


# -- what the layers found, and which of two overlapping finds wins ----------------------------------------------


def test_the_anonymizer_s_own_placeholders_stay_as_they_are() -> None:
    # a text anonymized before (a stored answer shown again): its placeholders are no finds and stay whole
    text = "Frau [Person A] kam mit [Person B] aus [Ort], Tel. [Telefon], [Alter 30–39]."
    result = _clean(text)
    assert result.text == text
    assert result.entities == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the phone search runs beside the date, IBAN and e-mail found before: digits of theirs never start a phone
        ("Termin 12.03.2024 0176 1234567", "Termin [Datum] [Telefon]"),
        ("am 2024-03-12 030 1234567", "am [Datum] [Telefon]"),
        ("IBAN DE89 3704 0044 0532 0130 00 0176 1234567", "IBAN [IBAN] [Telefon]"),
        ("0176 1234567 12345@web.de", "[Telefon] [E-Mail]"),
    ],
)
def test_a_phone_beside_a_date_an_iban_or_an_address_is_masked_too(text: str, expected: str) -> None:
    assert _clean(text).text == expected


def test_a_session_name_is_one_person_whole_not_its_parts() -> None:
    # words no list knows, in lowercase: only the session's names find them, the full name before its parts
    result = _clean("heute kam zorbo quaxi, zorbo lachte.", "Zorbo Quaxi")
    assert result.text == "heute kam [Person A], [Person A] lachte."


def test_the_town_after_an_address_is_a_place() -> None:
    # a city is context, but not where it completes someone's address
    result = _clean("Am Frauenberg 7a, Fulda")
    assert result.text == "[Adresse], [Ort]"
    assert [(e.label, e.replacement) for e in result.entities] == [
        ("ADDRESS", "[Adresse]"),
        ("PLACE", "[Ort]"),
    ]


@pytest.mark.parametrize(
    ("text", "expected", "labels"),
    [
        # a town's name of several words is one place, not "Bad" and a person
        ("Der Kurs findet in Bad Bevensen statt.", "Der Kurs findet in [Ort] statt.", ["PLACE"]),
        # a facility named by a compound no dictionary lists
        ("Er geht auf die Deichgrafenschule.", "Er geht auf die [Einrichtung].", ["PLACE"]),
        # an employer after a verb of working: a place, not a person
        ("Sie arbeitet bei Hermle.", "Sie arbeitet bei [Einrichtung].", ["PLACE"]),
        # the town of the work is a town, and reads as one ("in [Einrichtung]" puzzled the supervisor)
        (
            "Ausbildung bei der Bäckerei Kuhn in Weiden",
            "Ausbildung bei der Bäckerei [Einrichtung] in [Ort]",
            ["PLACE", "PLACE"],
        ),
        # a club with the year it was founded; its kind stays
        ("Er spielt beim SV Rabenstein 1921.", "Er spielt beim SV [Einrichtung].", ["PLACE"]),
        # an association: the word before its name stays, the name and "e. V." go
        (
            "Sie ist bei Kinderhilfe Lindenau e. V. aktiv.",
            "Sie ist bei Kinderhilfe [Einrichtung] aktiv.",
            ["PLACE"],
        ),
        # a kind with nothing after it but the legal form is the name itself: it goes
        ("Sie ist bei Kinderhilfe e. V. aktiv.", "Sie ist bei [Einrichtung] aktiv.", ["PLACE"]),
        ("Er ist bei Pflegedienst GmbH.", "Er ist bei [Einrichtung].", ["PLACE"]),
        # a school named by its street is the school; an address that runs past the school's name is the address
        (
            "Er geht auf die Oberschule an der Lerchenstraße.",
            "Er geht auf die Oberschule [Einrichtung].",
            ["PLACE"],
        ),
        ("Die Grundschule Am Gröpertor 5 liegt nah.", "Die Grundschule [Adresse] liegt nah.", ["ADDRESS"]),
        # the town an authority is named by names no one who goes there, of one word or two
        ("Jobcenter Bad Kissingen hat angerufen.", "Jobcenter Bad Kissingen hat angerufen.", []),
    ],
)
def test_places_and_facilities_are_places(text: str, expected: str, labels: list[str]) -> None:
    result = _clean(text)
    assert result.text == expected
    assert [e.label for e in result.entities] == labels


@pytest.mark.parametrize("gap", [" ", "\n", "\t", "  "])
def test_a_postal_code_before_a_town_of_two_words_is_one_place_whatever_the_space(gap: str) -> None:
    # with a line break the town's first word stayed readable ("[Nummer]\nBad [Person A]")
    assert _clean(f"Post an 29549{gap}Bad Bevensen").text == "Post an [Ort]"


def test_each_part_of_a_session_name_is_masked_alone_but_its_particles_stay() -> None:
    # words no list knows, in lowercase: only the session's names find them
    assert _clean("Das Geld von zorbo kam an.", "Anna von Zorbo").text == "Das Geld von [Person A] kam an."
    # a part of three letters is a name too ("Le Thi Hoa" … "Hoa")
    assert _clean("heute kam qix allein.", "Zuo Qix").text == "heute kam [Person A] allein."


def test_a_blank_session_name_masks_nothing_and_stops_no_other() -> None:
    # `add_name` keeps no blank name, but the set is the context's own: a blank one set there is skipped
    context = Context(names={" " * 20, "Zorbo Quaxi"})
    assert anonymize("heute kam zorbo.", context).text == "heute kam [Person A]."


def test_the_words_of_a_placeholder_are_no_tokens_of_the_text() -> None:
    # the name finder reads the text around a placeholder, not "Person A" or "Telefon" in it: a name that is also a
    # word, alone after a list of labels, is a doubt for the reviewer
    text = "Herr [Person A], Tel. [Telefon], Sommer"
    result = _clean(text)
    assert result.text == text
    assert [text[d.start : d.end] for d in result.doubts] == ["Sommer"]


# -- ages by their frame -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # months and weeks are a baby's age: the band of years is 0–9 whatever the number
        ("Baby Aarav (10 Monate) schläft.", "Baby [Person A] ([Alter 0–9]) schläft."),
        ("Die Kleine ist elf Monate alt.", "Die Kleine ist [Alter 0–9] alt."),
        ("Die Kleine (zwölf Wochen) schläft.", "Die Kleine ([Alter 0–9]) schläft."),
        ("Sie ist ein Jahr alt.", "Sie ist [Alter 0–9] alt."),
    ],
)
def test_an_age_in_months_or_weeks_is_in_the_first_band(text: str, expected: str) -> None:
    assert _clean(text).text == expected


# -- persons by their initials -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # initials written tight, with no space after them anywhere in the text, were never searched
        ("Termin mit H.W.", "Termin mit [Person A]"),
        ("Termin mit H.W.\nDanach Pause", "Termin mit [Person A]\nDanach Pause"),
        ("Termin mit H.W.; danach Pause", "Termin mit [Person A]; danach Pause"),
        ("Termin (H.W.) danach", "Termin ([Person A]) danach"),
        ("Termin mit H.W.!", "Termin mit [Person A]!"),
        ("Termin mit H.W., danach", "Termin mit [Person A], danach"),
        ("Termin mit H. W.", "Termin mit [Person A]"),
        # a lowercase abbreviation and "O.K." are no initials
        ("z.B. O.K.", "z.B. O.K."),
    ],
)
def test_initials_are_a_person_wherever_they_stand(text: str, expected: str) -> None:
    assert _clean(text).text == expected


# -- one pseudonym per person ----------------------------------------------------------------------------------


def _session(*texts: str) -> list[str]:
    context = Context()
    return [anonymize(text, context).text for text in texts]


def test_initials_take_the_pseudonym_of_the_one_name_they_shorten() -> None:
    assert _session("Mehri Rezaei kam.", "M. R. sagt ja.") == ["[Person A] kam.", "[Person A] sagt ja."]
    # initials that shorten no one named before are someone else
    assert _session("Anna Berg kam.", "M. R. sagt ja.") == ["[Person A] kam.", "[Person B] sagt ja."]
    # a name of three parts is not shortened by two initials (nor a crash)
    assert _session("Mehri Sara Rezaei kam.", "M. R. sagt ja.") == ["[Person A] kam.", "[Person B] sagt ja."]


def test_a_given_name_links_a_later_full_name_only_within_one_family() -> None:
    assert _session("Ali Hassan kam.", "Ali Hamid auch.") == ["[Person A] kam.", "[Person B] auch."]
    assert _session("Ali Hassan kam.", "Ali H. auch.") == ["[Person A] kam.", "[Person A]. auch."]


def test_a_name_in_another_script_is_the_same_person_only_within_one_family() -> None:
    # the given name alone first: its person has no surname yet, so the full name in Cyrillic is that person
    assert _session("Tetiana kam.", "Тетяна Шевчук auch.") == ["[Person A] kam.", "[Person A] auch."]
    # a given name shared across scripts, with another surname: another person
    assert _session("Tetiana Shevchuk kam.", "Тетяна Іваненко auch.") == [
        "[Person A] kam.",
        "[Person B] auch.",
    ]


# -- Art. 9 flags ----------------------------------------------------------------------------------------------


def test_a_special_category_word_glued_to_a_placeholder_is_flagged() -> None:
    # a placeholder right before or after the word does not hide it from the supervisor's review
    text = "Befund: [Ort]Diabetes, [Person A]-Depression, Depression[Ort]"
    result = _clean(text)
    assert result.text == text
    assert [(result.text[f.start : f.end], f.category) for f in result.flags] == [
        ("Diabetes", "gesundheit"),
        ("Depression", "gesundheit"),
        ("Depression", "gesundheit"),
    ]


# -- which mention keys a pseudonym (`_pseudonym`) -----------------------------------------------------------------


def test_a_name_ending_in_s_known_as_it_is_keeps_its_person() -> None:
    # "Zorbos" is no genitive of "Zorbo" once "Zorbos" is someone of the session: the word itself keys the pseudonym
    assert _session("Herr Zorbos kam.", "Herr Zorbo auch.", "Herr Zorbos lacht.") == [
        "Herr [Person A] kam.",
        "Herr [Person B] auch.",
        "Herr [Person A] lacht.",
    ]


def test_a_name_written_with_its_marks_is_the_person_who_was_written_so() -> None:
    # "Hêvî" alone is the "Hêvî Aslan" written with the same marks, not the "Hevi Demir" typed without them
    assert _session("Hevi Demir kam.", "Hêvî Aslan auch.", "Hêvî lacht.") == [
        "[Person A] kam.",
        "[Person B] auch.",
        "[Person B] lacht.",
    ]


def test_the_surname_of_a_name_of_three_words_is_its_last_word() -> None:
    # "Anna Maria Koch" shares given names with "Anna Maria Berg", not the surname: two people
    assert _session("Anna Maria Berg kam.", "Anna Maria Koch auch.") == [
        "[Person A] kam.",
        "[Person B] auch.",
    ]


def test_an_arabic_article_joined_to_a_surname_links_it_only_when_nothing_else_does() -> None:
    # "El-Sayed" is the "Sayed" of before
    assert _session("Ahmed Sayed kam.", "Herr El-Sayed auch.") == ["[Person A] kam.", "Herr [Person A] auch."]
    # a surname of three letters after its article too; a double name's second part is no surname after an article
    assert _session("Omar Ali kam.", "Herr Al-Ali auch.") == ["[Person A] kam.", "Herr [Person A] auch."]
    assert _session("Mina Rezaei kam.", "Frau Ahmadi-Rezaei auch.") == [
        "[Person A] kam.",
        "Frau [Person B] auch.",
    ]
    # the article is the first part of the name, not all before its last hyphen
    assert _session("Omar Sayed-Nour kam.", "Herr El-Sayed-Nour auch.") == [
        "[Person A] kam.",
        "Herr [Person A] auch.",
    ]
    # a full name seen before is its own person, whoever "Hassan" alone stands for since
    assert _session("Mahmoud Al-Hassan kam.", "Hassan Ali auch.", "Mahmoud Al-Hassan lacht.") == [
        "[Person A] kam.",
        "[Person B] auch.",
        "[Person A] lacht.",
    ]


def test_a_surname_links_its_family_even_where_its_spelling_is_shared() -> None:
    # the family's surname alone links a full name of the family; after a full name of the family with another given
    # name, "Tesfaye Haile", "Meron Haile" is another person (since 7 Dec; before, both were one family's pseudonym)
    assert _session("Frau Haile kam.", "Meron Haile lacht.") == ["Frau [Person A] kam.", "[Person A] lacht."]
    assert _session("Tesfaye Haile kam.", "Haile Gebre auch.", "Meron Haile lacht.") == [
        "[Person A] kam.",
        "[Person B] auch.",
        "[Person C] lacht.",
    ]
