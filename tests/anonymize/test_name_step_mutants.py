"""What the mutation run of 5 Dec, 11:40 UTC (`anonymize/names.py`: the steps that decide whether a token is
a person, and the survivors earlier runs left open) found unguarded (issue #15). Each case fails with the
mutants docs/testing.md names for it and passes with the code.

The annotated lines come from the corpora (`[LABEL:text|identity]`, as in tests/anonymize/corpus): every
identifier masked, every other word kept."""

from __future__ import annotations

import pytest

from supervision_tui.anonymize import Context, anonymize
from supervision_tui.anonymize.evaluation import Doc, evaluate, parse_line


def _clean(text: str) -> str:
    return anonymize(text, Context()).text


def _right(line: str, names: tuple[str, ...] = ()) -> None:
    """Every identifier of the annotated line masked, and no word outside them."""
    text, items = parse_line(line)
    report = evaluate([Doc(text, items, 0, names)], anonymize)
    assert not report.misses, f"leaked: {report.misses}"
    assert not report.lost_words, f"masked without cause: {dict(report.lost_words)} in {text!r}"


# -- the name someone is called by (`NameScan.called`) ------------------------------------------------------


def test_a_word_in_quotes_after_a_calling_verb_is_what_they_say() -> None:
    """„zocken“ is what the youths call it, a verb: the quotes keep it from the name rule (`called` 37, 38)."""
    assert _clean("Die Jugendlichen nennen es „zocken“.") == "Die Jugendlichen nennen es „zocken“."


def test_the_name_after_a_calling_verb_is_found_after_any_number_of_small_words() -> None:
    """ "nennen ihn nur einfach immer Momo": four words between the verb and the name (three were the limit,
    and "Momo" stayed readable)."""
    for text in ("Sie nennen ihn nur einfach immer Momo.", "Die Kinder nennen ihn immer nur einfach mausi."):
        out = _clean(text)
        assert "Momo" not in out and "mausi" not in out and "[Person" in out, out


# -- a short name in brackets after a name (`NameScan.aliases`) ---------------------------------------------


def test_a_name_of_two_letters_in_brackets_after_a_name_is_masked_and_the_text_after_it_kept() -> None:
    """ "(Mo)" is the same person's short name (`aliases` 24, 25: two letters; 43: only the one token)."""
    out = _clean("Mohammed Aziz (Mo) kommt.")
    assert "Mo)" not in out and out.startswith("[Person") and out.endswith(") kommt."), out


def test_a_bracket_left_open_after_a_name_at_the_text_s_end_is_no_alias() -> None:
    """`aliases` 15 (`j <= n`) reads past the last token: an `IndexError`."""
    assert _clean("Das sagte Rêbîn Aziz (") == "Das sagte [Person A] ("


# -- after "Frau"/"Herr" (`word_after_salutation`) and after another title (`word_after_title`) -------------


def test_a_surname_ending_in_in_after_frau_is_masked_unless_it_names_a_woman_by_her_job() -> None:
    """ "Frau Wein" is a surname (`word_after_salutation` 11: every word ending in "in" kept); "Frau
    Studentin", "Frau Kaiserin" name a woman by what she is (17: the stem cut one letter short)."""
    assert _clean("Frau Wein kommt morgen.") == "Frau [Person A] kommt morgen."
    for text in ("Frau Studentin kommt.", "Frau Kaiserin kommt."):
        assert _clean(text) == text


@pytest.mark.parametrize("text", ["Familie LANGE kommt.", "Familie HANS kommt.", "Madame LANGE kommt."])
def test_a_surname_in_capitals_after_a_title_is_masked(text: str) -> None:
    """A name the lexicons know and that is no ambiguous word, written in capitals as on a form: the capitals
    make it no lexicon name for `_classify` (an acronym's rule), so only `word_after_title` takes it (9, 10)."""
    out = _clean(text)
    assert out.split()[1] == "[Person" and out.endswith("kommt."), out


# -- the session memory (`NameScan.recalled`) -------------------------------------------------------------


def test_a_learned_name_ending_in_s_is_recalled_and_a_plural_is_no_genitive_of_an_unknown_name() -> None:
    """ "Kiros" learned, then written in lowercase: masked as the name (`recalled` 6, 7 looked for a
    genitive's stem "kiro" instead); "azubis" is a plural, not the genitive of a name the session never
    learned (16 took every stem)."""
    context = Context()
    texts = ["Herr Kiros kam heute.", "heute war kiros da", "wir haben die azubis getroffen"]
    assert [anonymize(text, context).text for text in texts] == [
        "Herr [Person A] kam heute.",
        "heute war [Person A] da",
        "wir haben die azubis getroffen",
    ]
