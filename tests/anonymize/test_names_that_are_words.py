"""Names that are German words, read by their place in the sentence: a firm's owner name that is also a job
("Bäckerei Koch" beside "will Koch werden"), and a given name and surname that are both words ("Ernst Kraft")
after a verb of coming or saying. Each kind is tested with text of the same shape that must stay."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import default_anonymizer

from .spans import kept, masked

# -- what someone becomes is a noun, though a firm in the text is named by it ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Er will Koch werden. Die Bäckerei Koch hat ihm eine Stelle angeboten.",
        "Er wollte Koch werden. Das Restaurant Koch hat ihn genommen.",
        "Um Koch zu werden, geht er zur Bäckerei Koch.",
        "Weil er Koch werden will, fragt er bei der Bäckerei Koch.",
    ],
)
def test_the_job_someone_becomes_stays_while_the_firms_owner_is_masked(text: str) -> None:
    assert kept(text, "Koch")
    assert default_anonymizer().anonymize(text).text.count("Koch") == 1  # the firm's is masked


@pytest.mark.parametrize(
    "text",
    [
        # the owner as a subject: of a verb, of a verb of saying, or with more of its clause after "werden"
        "Gestern hat Koch angerufen. Die Bäckerei Koch hat zu.",
        "Der alte Koch sagt, die Bäckerei Koch schließt.",
        "Morgen werden Koch und Anna kommen, die Bäckerei Koch hat zu.",
    ],
)
def test_the_owner_named_again_is_still_the_person(text: str) -> None:
    assert masked(text, "Koch")


# -- a given name and a surname, both words, after a verb of coming or saying -----------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gestern kam Ernst Kraft.", "Ernst Kraft"),
        ("Gestern kam Rose Glück vorbei.", "Rose Glück"),
        ("Dann kommt Rose Winter dazu.", "Rose Winter"),
        ("Dann sagte Ernst Kraft, dass er bleibt.", "Ernst Kraft"),
        ("Heute erzählte Ernst Kraft von seiner Reise.", "Ernst Kraft"),
    ],
)
def test_a_given_name_and_surname_that_are_words_after_a_verb_are_the_person(text: str, name: str) -> None:
    assert masked(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Dann kam Ernst, Kraft hatte er keine.", "Kraft"),  # two clauses
        ("Dann sagte er ernst: Kraft braucht Zeit.", "Kraft"),
        ("Er kam ernst Kraft schöpfend zurück.", "Kraft"),  # an adverb in lowercase
        ("Im Sommer kam Rose Glück.", "Sommer"),
    ],
)
def test_the_words_around_stay(text: str, word: str) -> None:
    assert kept(text, word)


# -- a name that is also a function word, capitalised only because a sentence begins with it ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nur für Sie gedacht",  # a private phone answer (Balint walk): was "[Person A] für Sie gedacht"
        "Nur so viel: es war schwer.",
        "Es war ein langer Tag. Nur heute war es leichter.",
        "Nur Mut!",
        "Nur hat er keine Zeit.",  # the adverb before verb and subject
    ],
)
def test_a_sentence_that_begins_with_the_word_keeps_it(text: str) -> None:
    assert kept(text, "Nur")


@pytest.mark.parametrize(
    "text",
    [
        "Nur war heute nur kurz beim Treffen.",
        "Nur hat heute geweint.",
        "Gestern kam Nur vorbei.",
        "Die Tochter Nur ist 6.",
    ],
)
def test_the_same_name_as_a_subject_or_inside_a_sentence_is_masked(text: str) -> None:
    assert masked(text, "Nur")


# -- a name's particles after a job or office: the particle is part of the name, not an article ------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hubert fragt bei Rechtsanwalt de Vries nach einem Termin.", "de Vries"),
        ("Die Ärztin de la Cruz hat den Befund geschickt.", "de la Cruz"),
        ("Anwältin van Dijk hat Widerspruch eingelegt.", "van Dijk"),
        ("Die Richterin ter Horst hat die Klage abgewiesen.", "ter Horst"),
        ("Frau ten Brink kommt morgen.", "ten Brink"),
    ],
)
def test_a_particle_after_a_job_or_title_is_masked_with_the_name(text: str, name: str) -> None:
    assert masked(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Die Kellnerin de la Bar war nett.", "de la Bar"),  # no name after the particles
        ("der Bauer de Wind", "de Wind"),  # Low German: the article
        ("wir sind ten minutes late", "ten"),
    ],
)
def test_the_same_small_words_without_a_name_after_them_stay(text: str, word: str) -> None:
    assert kept(text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der Rechtsanwalt Vogel hat geschrieben.", "Vogel"),
        ("Sie war gestern bei Anwalt Stein.", "Stein"),
        ("Der Zahnarzt Fuchs hat den Kostenplan geschickt.", "Fuchs"),
    ],
)
def test_a_surname_that_is_a_word_after_a_job_whose_womans_form_takes_an_umlaut_is_masked(
    text: str, name: str
) -> None:
    """Anwalt/Anwältin, Zahnarzt/Zahnärztin: the man's job names a person before a surname as Nachbar/Nachbarin
    does ("Zahnarzt Fuchs" was readable)."""
    assert masked(text, name)


def test_the_word_at_a_sentences_start_is_no_doubt_either() -> None:
    """The rules keep "Nur" as the word there; the learned pass then doubted it in every such answer, noise in the
    supervisor's queue ("Nur für Sie gedacht (unsicher: Nur)")."""
    for text in ("Nur für Sie gedacht", "Es war lang. Nur heute nicht."):
        result = default_anonymizer().anonymize(text)
        assert result.text == text and not result.doubts, result


def test_two_particles_after_a_job_further_into_the_text_are_masked_with_the_name() -> None:
    assert masked("Hubert fragt bei Rechtsanwalt de la Cruz nach.", "de la Cruz")


def test_two_particles_after_a_word_that_names_no_person_stay_outside_the_name() -> None:
    """The particles of "im Lokal de la Cruz" are articles: no title, name or job stands before them."""
    assert kept("Wir essen im Lokal de la Cruz.", "de la")


# -- the survivors of the whole run of `told_names` (twelfth session): each verb and mark that tells a name, and the
# name noun that tells none ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ihr Name war Rose.", "Rose"),
        ("Sein Spitzname lautet Stern.", "Stern"),
        ("Spitzname: Stern", "Stern"),
        ("Heißt ihr Name Rose?", "Rose"),  # the naming verb the text's first word
    ],
)
def test_a_name_told_with_war_lautet_a_colon_or_heisst_first_is_masked(text: str, name: str) -> None:
    assert masked(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "Der Name Rose ist sehr beliebt.",
        # a naming verb further back names something else
        "Wie ihr Hund heißt, weiß ich nicht. Der Name Rose ist sehr beliebt.",
        "Ihr Hund heißt jetzt anders: der Name Rose war ihr zu blumig.",
    ],
)
def test_a_name_noun_before_a_word_without_a_verb_or_colon_that_tells_it_keeps_the_word(text: str) -> None:
    assert kept(text, "Rose")


def test_a_name_noun_at_the_end_of_a_text_ending_in_a_space_is_read() -> None:
    assert default_anonymizer().anonymize("Wie ist ihr Name ").text == "Wie ist ihr Name "


@pytest.mark.parametrize(
    "text",
    [
        "Den Namen kenne ich, ihr Spitzname ist Stern.",  # a name noun that tells nothing before the one that does
        "Ihr Name ist Amina, ihr Spitzname ist Stern.",  # a name told and found before
    ],
)
def test_every_name_noun_of_a_text_is_read(text: str) -> None:
    assert masked(text, "Stern")


# (a nickname's noun gives its name in quotes as often as not, and that is masked: test_unseen_forms_44.py)
@pytest.mark.parametrize("text", ["Ihr Name ist „Stern“.", "Name: „Stern“"])
def test_a_name_told_in_quotes_is_a_word_talked_about(text: str) -> None:
    assert kept(text, "Stern")


def test_a_text_ending_with_a_name_noun_and_its_verb_is_read() -> None:
    text = "Ich weiß nicht, wie ihr Name ist"
    assert default_anonymizer().anonymize(text).text == text


def test_a_name_told_before_auf_at_the_end_of_a_text_is_masked() -> None:
    """A text cut off after "auf" (a phone's answer sent too early): no language after it to look at."""
    assert masked("Ihr Spitzname ist Stern auf", "Stern")
