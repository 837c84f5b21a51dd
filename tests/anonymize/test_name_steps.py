"""The steps of `NameFinder.find`, one by one: each decides a token it is written for and leaves alone one
that looks alike but is no case of it. A step is called on its own, whatever the steps before it say."""

from __future__ import annotations

from functools import cache

import pytest

from supervision_tui.anonymize import lexicon
from supervision_tui.anonymize.names import NameFinder, NameScan, Tokens
from supervision_tui.anonymize.types import Kind


@cache
def _finder() -> NameFinder:
    return NameFinder(lexicon.get())


def _scan(text: str, known: frozenset[str] = frozenset()) -> NameScan:
    finder = _finder()
    toks = Tokens(text)
    finder.annotate(toks)
    return NameScan(toks, finder.lex, known)


def _found(scan: NameScan, text: str) -> list[str]:
    toks = scan.toks
    return [text[toks.starts[i] : toks.ends[j - 1]] for i, j in scan.found.spans]


# step, text, the token the step is called on, what it takes as a name ([] for none), whether it decides
STEPS = [
    ("greeting", "Wir wünschen allen Eid Mubarak!", "Mubarak", [], True),
    ("greeting", "Wir grüßen Herrn Mubarak.", "Mubarak", [], False),
    ("drug_before_dose", "Sie bekommt Zorvexa 20 mg morgens.", "Zorvexa", [], True),
    ("drug_before_dose", "Sie hat Zorvexa gestern getroffen.", "Zorvexa", [], False),
    ("initial_after_salutation", "Herr B. vom Amt rief an.", "B", ["B"], True),
    ("initial_after_salutation", "Herr Bauer vom Amt rief an.", "Bauer", [], False),
    (
        "initial_before_name",
        "Gestern schrieb R. Tesfamariam zurück.",
        "Tesfamariam",
        ["R. Tesfamariam"],
        True,
    ),
    ("initial_before_name", "Das hilft z. B. Sommer nicht.", "Sommer", [], False),
    ("named_after_cue", "Onkel Zewdinesh kommt morgen.", "Zewdinesh", ["Zewdinesh"], True),
    ("named_after_cue", "Onkel zewdinesh kommt morgen.", "zewdinesh", [], False),
    ("day_after_salutation", "Herr Sonntag ruft an.", "Sonntag", ["Sonntag"], True),
    ("day_after_salutation", "Der Herr Sonntag ruft an.", "Sonntag", [], False),
    ("word_after_salutation", "Gestern war Frau Gießkanne da.", "Gießkanne", ["Gießkanne"], True),
    ("word_after_salutation", "Gestern war Frau Schneiderin da.", "Schneiderin", [], False),
    ("word_after_salutation", "Gestern war Frau Doktor da.", "Doktor", [], False),
    ("word_after_salutation", "Gestern war die Frau Gießkanne da.", "Gießkanne", [], False),
    ("chat_word_after_salutation", "gestern war frau gießkanne da", "gießkanne", ["gießkanne"], True),
    ("chat_word_after_salutation", "gestern war frau und kind da", "und", [], False),
    ("word_after_title", "Der Befund von Dr. Kesselring kam.", "Kesselring", ["Kesselring"], True),
    ("word_after_title", "Der Befund von Dr. Bescheid kam.", "Bescheid", [], False),
    ("lower_after_cue", "war mit tante oksana da", "oksana", ["oksana"], True),
    ("lower_after_cue", "war mit tante Oksana da", "Oksana", [], False),
    ("chat_word_after_title", "war mit frau zewdinesh da", "zewdinesh", ["zewdinesh"], True),
    ("chat_word_after_title", "war mit frau heute da", "heute", [], False),
    ("lexicon_name", "Gestern kam Meseret vorbei.", "Meseret", ["Meseret"], True),
    ("lexicon_name", "Gestern kam Sommer vorbei.", "Sommer", [], False),
    ("chat_subject", "mebo hat uns eingeladen", "mebo", ["mebo"], True),
    ("chat_subject", "das mebo hat uns eingeladen", "mebo", [], False),
    ("subject_of_verb", "zizi hat den bus verpasst", "zizi", ["zizi"], True),
    ("subject_of_verb", "Rabe sagt, er kommt.", "Rabe", ["Rabe"], True),
    ("subject_of_verb", "heute hat mir die oma geholfen", "heute", [], False),
    ("subject_of_verb", "Rabe sagt er nicht.", "Rabe", [], False),
    ("unknown_capitalised", "Gestern war Zewdinesh da.", "Zewdinesh", ["Zewdinesh"], True),
    ("unknown_capitalised", "Gestern war Windhorst da.", "Windhorst", [], False),
    ("weak_beside_name", "Gestern kam Sommer Tesfamariam.", "Sommer", ["Sommer Tesfamariam"], True),
    ("weak_beside_name", "Gestern im Sommer Tesfamariam.", "Sommer", [], False),
]


@pytest.mark.parametrize(("step", "text", "word", "names", "decides"), STEPS)
def test_each_step_decides_its_case_only(
    step: str, text: str, word: str, names: list[str], decides: bool
) -> None:
    scan = _scan(text)
    i = scan.toks.words.index(word)
    assert getattr(scan, step)(i) is decides
    assert _found(scan, text) == names


@pytest.mark.parametrize(
    ("text", "word", "cued"),
    [
        ("Tante Meseret kommt.", "Meseret", True),
        ("Frau Dr. Ahrens kommt.", "Ahrens", True),
        ("Die Tante, kommt sie?", "kommt", False),
        ("Meseret kommt.", "Meseret", False),
    ],
)
def test_a_cue_is_a_title_or_role_before_the_token(text: str, word: str, cued: bool) -> None:
    scan = _scan(text)
    assert scan.cued(scan.toks.words.index(word)) is cued


def test_after_cue_runs_only_after_a_cue() -> None:
    scan = _scan("Gießkanne und Frau Gießkanne")
    assert scan.after_cue(0) is False
    assert scan.after_cue(3) is True
    assert _found(scan, "Gießkanne und Frau Gießkanne") == ["Gießkanne"]


@pytest.mark.parametrize(
    ("known", "text", "word", "decides"),
    [
        (frozenset(["zewdinesh"]), "Zewdinesh kam.", "Zewdinesh", True),
        (frozenset(["zewdinesh"]), "Das ist Zewdineshs Heft.", "Zewdineshs", True),
        (frozenset(["sommer"]), "Es war im Sommer.", "Sommer", False),
        (frozenset(), "Zewdinesh kam.", "Zewdinesh", False),
    ],
)
def test_recalled_takes_a_session_name_where_its_place_allows(
    known: frozenset[str], text: str, word: str, decides: bool
) -> None:
    scan = _scan(text, known)
    assert scan.recalled(scan.toks.words.index(word)) is decides


def test_candidates_skip_ordinary_words() -> None:
    text = "Heute hat Frau Gießkanne mit Meseret und mebo gesprochen."
    scan = _scan(text, frozenset(["heute"]))
    words = [scan.toks.words[i] for i in scan.candidates([])]
    assert words == ["Heute", "Gießkanne", "Meseret", "mebo"]


def test_subjects_are_the_tokens_before_a_finite_verb_and_join_the_candidates() -> None:
    scan = _scan("Gestern hat zizi angerufen, dann kam Meseret.")
    subjects = scan.subjects()
    assert [scan.toks.words[i] for i in subjects] == ["Gestern", "dann"]
    assert [scan.toks.words[i] for i in scan.candidates(subjects)] == ["Gestern", "zizi", "dann", "Meseret"]


def test_genitives_of_a_found_name_are_taken_too() -> None:
    text = "war mit zewdinesh beim amt, zewdineshs tochter kam mit"
    scan = _scan(text)
    scan.found.add(2, 3)
    scan.genitives()
    assert _found(scan, text) == ["zewdinesh", "zewdineshs"]


def test_merged_joins_overlapping_spans_in_order() -> None:
    scan = _scan("Anna Meseret Tesfamariam kam mit Oksana.")
    scan.found.spans.extend([(5, 6), (1, 3), (0, 2)])
    assert scan.merged() == [(0, 3), (5, 6)]


def test_token_kinds_are_an_enum() -> None:
    scan = _scan("Meseret Sommer Zewdinesh oksana und Str.")
    assert scan.toks.kinds == [Kind.STRONG, Kind.WEAK, Kind.UNKNOWN, Kind.LOWER, Kind.WORD, Kind.ABBREVIATION]


def test_listed_names_takes_a_pair_beside_a_found_name() -> None:
    text = "Dabei: Yasemin Kaya, Ernst Sommer."
    scan = _scan(text)
    scan.found.add(1, 3)
    scan.listed_names()
    assert _found(scan, text) == ["Yasemin Kaya", "Ernst Sommer"]


def test_listed_names_leaves_a_pair_among_things() -> None:
    text = "Einkauf: Brot, Rose Kohl."
    scan = _scan(text)
    scan.listed_names()
    assert _found(scan, text) == []


def test_recurring_surnames_take_a_given_name_and_the_surname_of_a_salutation() -> None:
    text = "Ernst Hahn kommt. Herr Hahn bringt Kuchen. Der Hahn kräht."
    scan = _scan(text)
    scan.found.add(4, 5)
    scan.recurring_surnames()
    assert _found(scan, text) == ["Hahn", "Ernst Hahn"]


def test_coordinated_takes_a_short_unknown_name_beside_a_found_one() -> None:
    text = "Söhne Kerim und Ry."
    scan = _scan(text)
    scan.found.add(1, 2)
    scan.coordinated()
    assert _found(scan, text) == ["Kerim", "Ry"]


def test_coordinated_leaves_a_known_word() -> None:
    text = "mit kerim und mama"
    scan = _scan(text)
    scan.found.add(1, 2)
    scan.coordinated()
    assert _found(scan, text) == ["kerim"]
