"""Persons in hurried and dictated text (issue #16, ninth session): phone answers typed all in lowercase or
dictated, where a name has no capital to show it and a misheard name comes back in a second spelling. Each
kind is a general mechanism of German text, not a list of names; the sentences are made up here, with names
of their own, and each kind is tested with text of the same shape that must stay."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import Context, default_anonymizer

from .spans import kept as _kept
from .spans import masked as _masked

# -- a doctor's title after an article, and its degree, in lowercase --------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "der Dr." is no noun like "die Frau": the article does not make the title a word
        ("sie braucht noch ne überweisung vom dr winter oder so", "winter"),
        ("beim dr. sommer war er schon zweimal", "sommer"),
        # the degree typed small is the degree, the word after it the surname
        ("beim dr. med. hase hat sie am montag nen termin", "hase"),
        ("der dr med kranich sagt das wird wieder", "kranich"),
    ],
)
def test_a_doctor_after_an_article_or_a_degree_in_lowercase(text: str, name: str) -> None:
    assert _masked(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("beim dr. med. hase hat sie am montag nen termin", "med"),
        ("der dr med kranich sagt das wird wieder", "med"),
        ("die frau vom amt war echt nett", "amt"),
    ],
)
def test_the_degree_and_the_words_around_stay(text: str, word: str) -> None:
    assert _kept(text, word)


# -- "heißt" with a person before it -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a surname that is a word, after a pronoun that stands for a person
        ("die vom jugendamt die heißt hase ruf die einfach an", "hase"),
        ("ihr neuer chef heißt kranich und is voll korrekt", "kranich"),
        # after "heißt sie", a name no list holds, with its surname
        ("auf der schule heißt sie jolanda mirzayi", "jolanda mirzayi"),
    ],
)
def test_a_name_after_heisst_in_lowercase(text: str, name: str) -> None:
    assert _masked(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("das heißt hase und igel spielen wir morgen", "hase"),
        ("wie heißt die nochmal", "nochmal"),
        ("er heißt eigentlich anders", "eigentlich"),
        ("die heißt genauso wie ich", "genauso"),
    ],
)
def test_heisst_without_a_name_keeps_its_words(text: str, word: str) -> None:
    assert _kept(text, word)


# -- a word no list holds after a kinship word or a role, or between an article and its verb ---------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("seine tochter jolinde kommt ab märz in die grundschule", "jolinde"),
        ("die nachbarin hawijo passt solange auf die kinder auf", "hawijo"),
        # "mama" and "papa" are kinship words like "mutter" and "vater"
        ("seine mama tavrida kommt morgen mit", "tavrida"),
        ("der papa orzu hat die papiere", "orzu"),
        # an article, a word no list knows and its verb: the subject is a person
        ("gestern beim amt, der tarvek hat alles allein ausgefüllt", "tarvek"),
        ("die jolinde war total stolz auf ihr zeugnis", "jolinde"),
    ],
)
def test_an_unlisted_word_after_a_role_or_an_article_in_lowercase(text: str, name: str) -> None:
    assert _masked(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # spoken contractions of a preposition and an article are no names
        ("ihr freund aufm sportplatz hat ihr geholfen", "aufm"),
        ("der nachbar mitm hund is wieder da", "mitm"),
        ("die kinder vonner schule kommen später", "vonner"),
        ("der vater hat die papiere", "papiere"),
        ("die mama hat gesagt sie kommt später", "gesagt"),
        # a noun no dictionary has, by its ending: a trade's, an abstract noun's
        ("die glaserei hat montags zu", "glaserei"),
        ("die bürgerbeteiligung war gut besucht", "bürgerbeteiligung"),
        # a relative clause ends with its verb: the word before it is its object
        ("wir suchen ne helferin die zaza kann", "zaza"),
        ("wir suchen ne helferin die mbochi spricht", "mbochi"),
        # capitals are another abbreviation than a doctor's: the country
        ("Die Familie kommt aus der DR Kongo.", "Kongo"),
    ],
)
def test_contractions_and_words_after_a_role_stay(text: str, word: str) -> None:
    assert _kept(text, word)


def test_contractions_are_recognised() -> None:
    from supervision_tui.anonymize.names import contraction

    assert all(contraction(w) for w in ("aufm", "mitm", "anner", "vonner", "inner", "ausm", "mitter"))
    assert not any(contraction(w) for w in ("umer", "milan", "ida", "aufgabe"))


# -- a name heard again in another spelling: one person, one pseudonym ------------------------------------------


def _session(*lines: str) -> list[tuple[str, dict[str, str]]]:
    """Each line's text and its masked words -> replacement, through one session."""
    context = Context()
    out = []
    for line in lines:
        result = default_anonymizer().anonymize(line, context)
        out.append((result.text, {line[e.start : e.end]: e.replacement for e in result.entities}))
    return out


def test_the_same_sound_in_another_spelling_is_the_same_person() -> None:
    (_, first), (_, second) = _session(
        "Frau Rezvan Moradi (34) wohnt seit Mai in Lingen.", "bei der kasse steht sie als resvan moradi"
    )
    assert second["resvan"] == first["Rezvan Moradi"]


def test_a_surname_heard_with_ch_for_h_keeps_its_pseudonym() -> None:
    (_, first), (_, second) = _session(
        "Familie Tahiri wohnt in Gelsenkirchen.", "Die Familie Tachiri hat die Zusage bekommen."
    )
    assert second["Tachiri"] == first["Tahiri"]


def test_an_unlisted_word_is_a_name_of_the_session_heard_again() -> None:
    (_, first), (_, second) = _session(
        "Javidan Sultani arbeitet jetzt in Bautzen.", "der javedan hat angerufen"
    )
    assert second.get("javedan") == first["Javidan Sultani"]
    (_, first), (_, second) = _session("Gul Nabi Rahmani kommt aus Kunduz.", "gulnabi is übrigens 34")
    assert second.get("gulnabi") == first["Gul Nabi Rahmani"]


def test_names_a_sound_apart_stay_two_people() -> None:
    # another last letter makes another name; a name of the lists is no mishearing of another
    lines = _session("Murad Hasso wohnt in Herne.", "Murat Demir ist sein Kollege.", "murat hat gesagt")
    assert lines[1][1]["Murat Demir"] != lines[0][1]["Murad Hasso"]
    lines = _session("Amina Yusuf wohnt in Herne.", "Amin hat gesagt, er kommt morgen.")
    assert lines[1][1]["Amin"] != lines[0][1]["Amina Yusuf"]
    lines = _session("Samir Haddad wohnt in Herne.", "Samer Aziz wohnt in Bochum.")
    assert lines[1][1]["Samer Aziz"] != lines[0][1]["Samir Haddad"]


def test_sound_keys() -> None:
    from supervision_tui.anonymize.spelling import misheard, sound_key

    same = [("Nasreen", "Nasrin"), ("Tachiri", "Tahiri"), ("Schewan", "Shewan"), ("Márquez", "marques")]
    assert all(sound_key(a) == sound_key(b) != "" for a, b in same)
    assert sound_key("Тимофій") == sound_key("tymofii")
    assert sound_key("Omar") == ""  # too short to tell by ear
    assert misheard(sound_key("aleksander"), sound_key("Aleksandr"))
    assert misheard(sound_key("Timofej"), sound_key("Тимофій"))
    assert not misheard(sound_key("Hassan"), sound_key("Hussein"))
    assert not misheard(sound_key("Hassan"), sound_key("Husan"))  # the first vowel carries the stress
    assert misheard(sound_key("Javidan"), sound_key("javedan"))  # a later one may be heard otherwise
    assert not misheard(sound_key("Amina"), sound_key("Amine"))  # the last letter
    assert not misheard(sound_key("Murad"), sound_key("Murat"))  # a consonant


# -- an article, a name that is no noun, and its verb ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an adjective stands between an article and a verb only with its ending, as a noun
        ("der fröhlich will die nebenkosten nich zurückzahlen", "fröhlich"),
        ("gestern abend die brandt hat nochmal angerufen wegen der wohnung", "brandt"),
    ],
)
def test_a_name_between_an_article_and_its_verb(text: str, name: str) -> None:
    assert _masked(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("die kleine hat heute zum ersten mal gelacht", "kleine"),
        ("der alte will nich mehr umziehen", "alte"),
        ("der will nich mehr umziehen", "will"),
        ("der bauer hat uns eier geschenkt", "bauer"),  # a noun: the farmer
    ],
)
def test_an_adjective_as_a_noun_or_a_noun_stays(text: str, word: str) -> None:
    assert _kept(text, word)


# -- a full name of three words in lowercase ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("heute war ich mit luis alberto nunes beim amt", "luis alberto nunes"),
        ("also der luis alberto soares hat angerufen", "luis alberto soares"),
    ],
)
def test_a_surname_of_the_lists_after_given_names_in_lowercase(text: str, name: str) -> None:
    assert _masked(text, name)


def test_a_short_word_after_a_lowercase_name_stays() -> None:
    # a short word of the lists after a name is another language's word as often
    assert _kept("moin tosamen, mi geiht dat good", "good")


def test_a_dropped_vowel_links_a_listed_spelling_to_another_script() -> None:
    # "Матвій" reads "Matvii": "Matwej", a name of the lists, drops no letter but one vowel of it
    (_, first), (_, second) = _session(
        "Ihr Sohn heißt Матвій und ist vier.", "In der Liste der Schule steht Matwej."
    )
    assert second["Matwej"] == first["Матвій"]
    # a word no list holds, heard so, is the name too
    (_, first), (_, second) = _session(
        "Ihr Sohn heißt Матвій und ist vier.", "in der liste der schule steht matvej"
    )
    assert second.get("matvej") == first["Матвій"]


# -- a word no list holds before "aus" and a town: a person introduced by where they come from -------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("jarek aus somalia hat jetzt nen platz im sprachkurs", "jarek"),
        ("gestern war tarvo aus herne wieder da", "tarvo"),
    ],
)
def test_an_unlisted_word_before_aus_and_a_town(text: str, name: str) -> None:
    assert _masked(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("des is scho aus halle", "scho"),  # a town that is a word too
        ("die kinder kommen ausm kindergarten aus gotha", "ausm"),
    ],
)
def test_words_before_aus_stay(text: str, word: str) -> None:
    assert _kept(text, word)


# -- a facility's name masked once is the facility again later in the session ------------------------------------


def test_a_facilitys_name_alone_later_in_the_session() -> None:
    lines = _session(
        "Sie wohnt in der Jugendwohngruppe Haus Birkenquell in Olpe.",
        "im birkenquell is heute grillfest",
        "Er arbeitet bei der Glaserei Holtkamp in Attendorn.",
        "der chef von holtkamp hat angerufen",
    )
    assert "birkenquell" in lines[1][1]
    assert "holtkamp" in lines[3][1]


def test_words_of_a_facilitys_name_that_are_words_stay() -> None:
    lines = _session(
        "Sie arbeitet im Café Sonnenschein in Olpe.",
        "heute war viel sonnenschein",
        "Er arbeitet bei der Glaserei Holtkamp in Attendorn.",
        "die glaserei hat montags zu",
    )
    assert lines[1][1] == {}
    assert lines[3][1] == {}


# -- a firm named by its trade and its owner, before an emoji or its verb --------------------------------------


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("sie trainiert jetzt im boxclub wiebusch 🥊 zweimal die woche", "wiebusch"),
        ("die kinder gehen zur fahrschule lamprecht 🚗 seit montag", "lamprecht"),
        ("die schreinerei wiebusch hat ihn genommen", "wiebusch"),
    ],
)
def test_a_lowercase_firm_before_an_emoji_or_its_verb(text: str, owner: str) -> None:
    assert _masked(text, owner)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("in der bäckerei 🥖 war es voll", "bäckerei"),
        ("die bäckerei hat montags zu", "montags"),
        ("im tanzstudio heute 💃 war es voll", "heute"),
    ],
)
def test_a_trade_without_an_owner_keeps_its_words(text: str, word: str) -> None:
    assert _kept(text, word)
