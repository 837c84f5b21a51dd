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


# -- what people call a person, told after the person ---------------------------------------------------------


def test_what_everybody_calls_a_person_is_that_person() -> None:
    [[full, alias], [later]] = _persons(
        ["Ich bin neu hier, Karl-Heinz Lemke, alle sagen Kalle.", "Kalle fährt am Montag mit."]
    )
    assert alias == full and later == full


def test_the_name_someone_goes_by_in_brackets_is_that_person() -> None:
    [[latin, _script, alias]] = _persons(["Vater Dawit Tesfamariam (ዳዊት ተስፋማርያም, nennt sich Dave) ist Koch."])
    assert alias == latin


def test_a_name_given_after_the_person_with_genannt_is_that_person() -> None:
    [[name, _script, alias]] = _persons(
        ["Der Vater, Karim Haddad (كريم حداد), 52, im Dorf nur Abu Samir genannt, ist krank."]
    )
    assert alias == name


def test_what_a_person_calls_the_writer_is_no_alias_of_that_person() -> None:
    [[child, writer]] = _persons(["Mir geht es gut, Bohdana nennt mich jetzt „Tante Gisela“."])
    assert child != writer


# -- a name with an Arabic article found apart from its given name --------------------------------------------


def test_a_given_name_and_its_surname_with_an_article_are_one_person() -> None:
    [[first], [later]] = _persons(
        ["Herr Yamen el-Khatib (24) aus Daraa.", "Yamen hat das Praktikum begonnen."]
    )
    assert first == later


# -- an initial after a title is a surname's ------------------------------------------------------------------


def test_an_initial_after_a_title_is_the_surname_of_the_one_full_name_it_fits() -> None:
    [[mother, daughter], [initial]] = _persons(
        ["Frau Nazanin Safavi, 41, kam mit ihrer Tochter Sanaz.", "Ich begleite Frau S. zur Beratung."]
    )
    assert initial == mother and initial != daughter


# -- a short form seen alone before the full name ------------------------------------------------------------


def test_a_short_form_seen_before_the_full_name_is_that_person() -> None:
    [[short], [full]] = _persons(["Rosi hat heute gekocht.", "Fallnotiz: Rosemarie Brandl, 67, aus Roding."])
    assert short == full


def test_a_short_form_of_a_person_with_another_surname_stays_apart() -> None:
    [[full], [short], [other]] = _persons(
        ["Rosemarie Brandl hat gekocht.", "Rosi hat abgewaschen.", "Rosemarie Huber kam später."]
    )
    assert short == full and other != full


# -- German "j" and English "y" of one Cyrillic name ----------------------------------------------------------


def test_german_and_english_transliterations_with_j_and_y_are_one_person() -> None:
    [[english], [german]] = _persons(["Yevheniya hat angerufen.", "Jewhenija kommt am Montag."])
    assert english == german


# -- the everyday form of an East Slavic given name ----------------------------------------------------------


def test_the_everyday_form_of_a_slavic_given_name_is_that_person() -> None:
    [[full], [short], [olga]] = _persons(
        [
            "Herr Oleksandr Marchenko kommt aus Poltawa.",
            "Sascha hat den Sprachkurs bestanden.",
            "Olga kam auch.",
        ]
    )
    assert short == full and olga != full


def test_the_belarusian_and_the_russian_form_of_a_name_are_one_person() -> None:
    [[belarusian], [russian]] = _persons(["Frau Volha Kazlova hat angerufen.", "Olga möchte einen Termin."])
    assert belarusian == russian


def test_a_short_form_of_two_names_of_the_session_links_neither() -> None:
    [[brother], [sister], [short]] = _persons(
        ["Oleksandr Marchenko kommt.", "Oleksandra Hnatiuk kommt auch.", "Sascha hat angerufen."]
    )
    assert short not in (brother, sister)


# -- one rule for short forms, in the finder and in the pseudonyms ------------------------------------------


def test_a_pet_form_whose_stem_is_two_letters_short_of_the_name_is_that_person() -> None:
    [[full], [pet]] = _persons(["Herr Mesay Gebru kam heute.", "Mesi hat gekocht."])
    assert pet == full


def test_a_name_of_its_own_one_letter_short_of_another_stays_apart() -> None:
    [[dana], [dani]] = _persons(["Dana hat gekocht.", "Dani hat abgewaschen."])
    assert dana != dani


def test_an_initial_after_a_title_is_the_surname_seen_alone_after_a_title() -> None:
    [[surname], [given], [initial]] = _persons(
        ["Frau Kowalczyk hat angerufen.", "Karin bringt Kuchen mit.", "Ich begleite Frau K. zum Amt."]
    )
    assert initial == surname and initial != given


# -- an Arabic article joined to the surname or apart ----------------------------------------------------------


def test_a_surname_with_its_article_apart_is_the_surname_with_the_article_joined() -> None:
    [[joined], [apart]] = _persons(["Herr Al-Rashid hat angerufen.", "Mahmoud al Rashid kommt morgen."])
    assert joined == apart


# -- compound names and their everyday forms ---------------------------------------------------------------


def test_a_pet_form_joining_two_given_names_is_that_person() -> None:
    [[full], [pet]] = _persons(["Ana Lucía Gómez kam mit ihrem Sohn.", "Analu hat die Anerkennung!"])
    assert pet == full


def test_capital_initials_of_a_double_given_name_are_that_person() -> None:
    [[full], [initials]] = _persons(["Karl-Heinz hat die Fahrt übernommen.", "KH hier: Blitzlicht, gut."])
    assert initials == full


def test_the_name_an_arabic_compound_is_called_by_is_that_person() -> None:
    [[full], [short], [other]] = _persons(
        ["Abdulkarim Haidari hat angerufen.", "Karim kommt morgen.", "Hamid kommt auch."]
    )
    assert short == full and other != full


def test_a_pashto_name_in_ullah_is_called_by_its_first_part() -> None:
    [[full], [short]] = _persons(["Herr Habibullah Wardak kam heute.", "Habib hat angerufen."])
    assert short == full


# -- two words in one script, one word in the other ----------------------------------------------------------


def test_a_surname_of_two_words_in_arabic_script_is_the_hyphenated_latin_one() -> None:
    [[latin], [arabic]] = _persons(
        ["Frau Samira Abdel-Karim kam heute.", "Ihr Name im Pass: سميرة عبد الكريم"]
    )
    assert latin == arabic


def test_a_persian_name_written_as_one_word_is_its_two_latin_words() -> None:
    [[persian], [latin]] = _persons(["Vater محمد‌حسن kam heute.", "Mohammad Hassan hat angerufen."])
    assert latin == persian


def test_the_father_and_grandfather_names_of_a_longer_name_link_no_one_word_name() -> None:
    [[persian], [somali]] = _persons(["Herr محمد‌حسن کریمی kam heute.", "Ifrah Mohamed Hassan hat angerufen."])
    assert somali != persian


# -- a pronoun or a dialect verb after a given name is no surname ---------------------------------------------


def test_a_dialect_verb_after_a_given_name_is_no_surname() -> None:
    context = Context()
    anonymize = default_anonymizer().anonymize
    first = anonymize("Herr Baran Aydın kommt morgen.", context)
    later = anonymize("die kinner vom Baran ham mir a bild gmalt", context)
    assert "ham mir a bild" in later.text
    assert [e.replacement for e in later.entities] == [first.entities[0].replacement]


def test_a_pronoun_after_a_lowercase_given_name_is_no_surname() -> None:
    context = Context()
    anonymize = default_anonymizer().anonymize
    first = anonymize("Frau Tamara Gelaschwili kam.", context)
    later = anonymize("dass die tamara mir ein foto gezeigt hat", context)
    assert "mir ein foto" in later.text
    assert [e.replacement for e in later.entities] == [first.entities[0].replacement]
