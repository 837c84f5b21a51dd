"""One person, one pseudonym (issue #16, seventh session): the kinds of split of blind corpora 20-22, 25 and 26,
each a general mechanism of the pseudonym linking, with the people it must keep apart. Every example is made up
here, with other names than the corpora; each runs through the public `anonymize` with one shared `Context`."""

from __future__ import annotations

from supervision_tui.anonymize import Context, default_anonymizer


def _persons(texts: list[str]) -> list[list[str]]:
    """The pseudonyms of each text's persons, in order, all texts in one session."""
    context = Context()
    out = []
    for text in texts:
        result = default_anonymizer().anonymize(text, context)
        out.append([e.replacement for e in result.entities if e.label == "PERSON"])
    return out


# -- a name ending in -s that is a name of its own is no genitive ----------------------------------------------


def test_a_name_in_s_keeps_its_pseudonym_beside_its_cyrillic_spelling() -> None:
    [[latin], [cyrillic]] = _persons(["Gestern hat Taras angerufen.", "Тарас Мельничук kommt morgen."])
    assert latin == cyrillic


def test_a_genitive_of_a_known_name_still_takes_its_pseudonym() -> None:
    [[tara], [genitive]] = _persons(["Tara kommt morgen.", "Das ist Taras Fahrrad."])
    assert tara == genitive


# -- two people of one given name: "der andere X" ---------------------------------------------------------------


def test_the_other_person_of_a_given_name_gets_a_pseudonym_of_its_own() -> None:
    persons = _persons(
        [
            "ousmane hat die prüfung bestanden!",
            "Der aus Lennestadt, Ousmane Camara. Der andere Ousmane wartet noch auf den Termin.",
            "Ich hab den Ousmane gestern zum Arzt gefahren.",
            "Ousmane Sow hat jetzt eine Duldung bis Mai.",
            "Ousmane Camara feiert am Samstag.",
        ]
    )
    first, [camara, other], [later], [sow], [camara_again] = persons
    assert first == [camara] and other != camara
    assert later == other and sow == other and camara_again == camara


# -- two given names seen alone begin the full name ----------------------------------------------------------


def test_two_given_names_seen_alone_are_the_beginning_of_the_full_name() -> None:
    [[alone], [full]] = _persons(
        [
            "Ana Lucía hat die Prüfung bestanden.",
            "Fallnotiz: Ana Lucía Gómez de la Vega, aus Kolumbien, wohnt in Laer.",
        ]
    )
    assert alone == full


def test_a_given_name_shared_with_another_surname_stays_apart() -> None:
    [[first], [second]] = _persons(["Ali Hassan kommt morgen.", "Ali Reza Mohammadi kommt übermorgen."])
    assert first != second


# -- a kunya ("Abu Khaled", father of Khaled) is not the son ------------------------------------------------


def test_a_kunya_is_not_the_son_it_names() -> None:
    [father, [son], [again]] = _persons(
        [
            "Herr Samir Daher (سمير ضاهر), 49, im Dorf nur Abu Tarek genannt, war Lehrer.",
            "Tarek hat die Probezeit geschafft.",
            "Abu Tarek hat angerufen.",
        ]
    )
    assert son not in father and again == father[-1]


def test_a_kunya_keeps_its_pseudonym_across_scripts() -> None:
    [[arabic], [latin]] = _persons(["أبو كريم كان هنا.", "Abu Karim kommt morgen wieder."])
    assert arabic == latin


def test_abu_as_part_of_a_surname_still_names_the_family() -> None:
    [[full], [short]] = _persons(["Herr Nabil Abu Saleh kommt morgen.", "Herr Abu Saleh hat angerufen."])
    assert full == short
