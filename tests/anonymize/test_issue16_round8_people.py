"""Persons the finder left readable and a product it took for a person (issue #16, eighth session): a surname
after a salutation and an academic degree, a given name in capitals closing an answer, a full name in lowercase
chat, and a product named after a brand written in mixed case. Every sentence is made up here."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import Context, default_anonymizer

from .spans import kept as _kept
from .spans import masked as _masked


def _clean(text: str) -> str:
    return default_anonymizer().anonymize(text, Context()).text


@pytest.mark.parametrize(
    ("text", "degree", "surname"),
    [
        ("Frau Mag. Huber kam heute zur Sprechstunde.", "Mag.", "Huber"),
        ("Frau Dipl.-Psych. Weber kam.", "Dipl.-Psych.", "Weber"),
        ("Herr Dipl.-Ing. Sommer kam.", "Dipl.-Ing.", "Sommer"),
        ("Termin bei Herrn Dipl.-Kfm. Brenner am Freitag.", "Dipl.-Kfm.", "Brenner"),
        ("Frau Dipl.-Sozialpäd. Fuchs hat angerufen.", "Dipl.-Sozialpäd.", "Fuchs"),
    ],
)
def test_the_surname_after_a_salutation_and_a_degree_is_masked(text: str, degree: str, surname: str) -> None:
    out = _clean(text)
    assert surname not in out, out
    assert degree in out, out


def test_a_degree_alone_after_a_salutation_stays() -> None:
    assert "Frau Dipl. Päd." in _clean("Frau Dipl. Päd. kam.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Danke. ANJA", "ANJA"),
        ("Alles gut, bis morgen! KERSTIN", "KERSTIN"),
        ("Liebe Grüße. MARTINA", "MARTINA"),
    ],
)
def test_a_given_name_in_capitals_closing_an_answer_is_masked(text: str, name: str) -> None:
    assert _masked(text, name)


@pytest.mark.parametrize("text", ["Termin beim BAMF. DANKE", "Wir waren beim Amt. BAMF", "Gute Nacht. MOIN"])
def test_a_word_or_an_acronym_in_capitals_closing_an_answer_stays(text: str) -> None:
    assert _clean(text) == text


@pytest.mark.parametrize(
    ("text", "surname", "word"),
    [
        ("heute war anna kowalski da", "kowalski", "heute"),
        ("gestern hat maria wieczorek angerufen", "wieczorek", "angerufen"),
        ("termin mit jonas brzezinski morgen", "brzezinski", "termin"),
    ],
)
def test_a_full_name_in_lowercase_chat_is_masked(text: str, surname: str, word: str) -> None:
    at = text.index(surname)
    given = text[: at - 1].rsplit(" ", 1)[1]
    assert _masked(text, given) and _masked(text, surname)
    assert _kept(text, word)


@pytest.mark.parametrize(
    "text",
    ["i bin heid ned so guad drauf, im wald is a wolf gsichtet worn", "mi geiht dat good, danke"],
)
def test_dialect_after_a_name_like_word_is_not_a_surname(text: str) -> None:
    for word in ("gsichtet", "good"):
        if word in text:
            assert _kept(text, word)


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Sie misst mit dem FreeStyle Libre ihren Zucker.", "Libre"),
        ("Er spielt abends an der PlayStation Portal.", "Portal"),
    ],
)
def test_a_product_after_a_brand_in_mixed_case_stays(text: str, product: str) -> None:
    assert _kept(text, product)


@pytest.mark.parametrize(
    ("text", "surname"),
    [("Herr McAllister Brownlee kam.", "Brownlee"), ("Frau DeLuca Ferreira kam.", "Ferreira")],
)
def test_a_name_in_mixed_case_is_no_brand(text: str, surname: str) -> None:
    assert _masked(text, surname)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("bilal postet jetzt fotos aus der unterkunft", "postet"),
        ("gestern bei nino khinkali gegessen", "khinkali"),
    ],
)
def test_a_verb_or_a_dish_after_a_lowercase_name_stays(text: str, word: str) -> None:
    assert _kept(text, word)


@pytest.mark.parametrize(
    ("text", "name", "word"),
    [
        ("hab gestern mit lenchen telefoniert, alles gut", "lenchen", "telefoniert"),
        ("war heute mit tesfu beim amt, hat ewig gedauert", "tesfu", "amt"),
        ("heute kam zizou vorbei mit kuchen", "zizou", "kuchen"),
        ("gestern war mimi da und hat geholfen", "mimi", "geholfen"),
    ],
)
def test_a_lowercase_name_no_list_knows_where_only_a_person_fits_is_masked(
    text: str, name: str, word: str
) -> None:
    assert _masked(text, name)
    assert _kept(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [("ich war krass müde heute", "krass"), ("wir sind mit bus und bahn gekommen", "bus")],
)
def test_a_word_in_a_companions_slot_stays(text: str, word: str) -> None:
    assert _kept(text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [("die kinder haben bei zizi übernachtet", "zizi"), ("ich soll dich von lenchen grüßen", "lenchen")],
)
def test_a_lowercase_name_someone_stayed_with_or_heard_from_is_masked(text: str, name: str) -> None:
    assert _masked(text, name)


@pytest.mark.parametrize("text", ["das hab ich von zuhause gebracht", "sie hat von nachbarn was bekommen"])
def test_a_word_after_bei_or_von_stays(text: str) -> None:
    assert _clean(text) == text


def test_a_firms_owner_named_by_the_firm_is_the_person_later_in_the_text() -> None:
    text = "Er lernt bei der Bäckerei Brenner in Esens, der alte Brenner sagt, er ist pünktlich."
    result = default_anonymizer().anonymize(text, Context())
    at = text.rindex("Brenner")
    assert any(e.start <= at and at + 7 <= e.end for e in result.entities), result.text


def test_the_firms_name_after_an_indefinite_article_stays_the_word() -> None:
    text = "Die Firma Holzbau Fuchs will ihn, der Meister is a Fuchs, der kennt jeden."
    result = default_anonymizer().anonymize(text, Context())
    at = text.rindex("Fuchs")
    assert not any(e.start < at + 5 and at < e.end for e in result.entities), result.text
