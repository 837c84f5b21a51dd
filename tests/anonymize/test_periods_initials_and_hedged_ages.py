"""Kinds of leak seen on blind clinical letters and chat notes (docs/anonymizer.md, 8 December): a period's first
day read in its last day's year, a hearing told in the past, a hyphenated given name's initials, ages told with a
hedge, in dialect or in weeks, a hospital's town in a letter's head in capitals, a file's person surname first,
streets after an address's label, an event's hour, a field's practice by its town; and what is done at a facility,
no name of it. Every text is read against 7 Dec 2026 (tests/conftest.py)."""

from __future__ import annotations

import pytest

from .spans import anonymized, kept, masked


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the first day has no year of its own; the last day's year makes it a passed day
        ("stationär 09.05.–12.05.2026, Diagnose: Appendizitis", "09.05."),
        ("stationär 09.05.–12.05.2026, Diagnose: Appendizitis", "12.05.2026"),
        ("Aufenthalt vom 02.06. bis 05.06.2026 auf der Station", "02.06."),
        # a night's two days before one month: "04./" is no date alone
        ("Untersuchungsnächte: 04./05.03.2026 (Diagnostik)", "04./05.03.2026"),
        # a hearing told in the past is an event, though "Verhandlung" names a deadline's or a meeting's day
        ("die Verhandlung von Giorgi war am 2.12.2026, Klage abgewiesen.", "2.12.2026"),
        # the initials of a hyphenated given name: the word after them is a surname, whatever else it is
        ("Mit freundlichen Grüßen\nDr. K.-U. Fink", "K.-U. Fink"),
        ("E.-A. Riemer, Oberarzt", "E.-A. Riemer"),
        ("Befund von H.-J. Vogel, Facharzt", "H.-J. Vogel"),
        # ages: after "offiziell"/"mittlerweile", after a dialect's "is"/"isch", hedged in brackets, a baby's weeks
        ("Herr Vogel ist als Vormund raus, der Junge ist jetzt offiziell 18", "18"),
        ("Amira ist mittlerweile 21, sie macht die Ausbildung", "21"),
        ("geb. 12.05.2005, also is er 21", "21"),
        ("er isch erst 19 und schafft schon", "19"),
        ("Gul Bibi (ca. 60) weiß ihr Geburtsdatum nicht", "ca. 60"),
        ("Mutter von 4 wochen altem baby, daher bitte zeitnah", "4 wochen altem"),
        ("ein 3 Monate alter Säugling mit Fieber", "3 Monate alter"),
        # a household's list after a kin word ending in "u": the gate of the family list's pattern let it by (the
        # seed 3502 sample's `_kin_before_digit` 3, where the mutant was right)
        ("Haushalt: Ehefrau 38 Jahre", "38"),
        # and kin by marriage or by one parent in the list
        ("Ehefrau 38 Jahre, Schwiegermutter 70 Jahre.", "70"),
        ("Im Haushalt: Stiefvater 45, Halbbruder 12.", "45"),
        # a case's facts opening with the age after the case's initial or name
        ("Fakten Fall B.: 31, zwei Kinder, Mann ist in Italien geblieben", "31"),
        ("Fall Behnam: 31, aus Schiras, seit 2019 hier", "31"),
        # a letter's head in capitals: the town after the hospital's kind is the hospital's name
        ("KLINIKUM KÖTHEN – MEDIZINISCHE KLINIK II, KARDIOLOGIE", "KLINIKUM KÖTHEN"),
        ("KLINIKUM KÖTHEN KARDIOLOGIE", "KLINIKUM KÖTHEN"),
        # a rare noun of that make is a name, a church's or a school's
        ("Jelena fehlt oft in der Mittelschule Dreifaltigkeit, weil sie aufpasst.", "Dreifaltigkeit"),
        # a file's person surname first, the surname a word, after the file's label: "Pat.", a rehabilitation's, a
        # school's; and given name first, the line going on with the person's data
        ("Pat.: Winter, Sabine *12.3.1970", "Winter"),
        ("Rehabilitand: Sommer, Jürgen, geb. 3.4.1960", "Sommer"),
        ("Schülerin: Vogel, Amina (Klasse 4b)", "Vogel"),
        ("Patient: Jürgen Hoffnung, geb. 30.11.1961", "Hoffnung"),
        ("Pat.: Jürgen Hoffnung *30.11.1961", "Hoffnung"),
        # a street with no street's word after an address's label, and a village's street with its bare prefix
        ("Anschrift: Amtsfreiheit 3 (Gemeinschaftsunterkunft)", "Amtsfreiheit 3"),
        ("wohnhaft Amtsfreiheit 3a, Dannenberg", "Amtsfreiheit 3a"),
        ("Adresse: Neu Tramm 4, 29485 Lemgow", "Neu Tramm 4"),
        # an hour after a passed day is an event's where no meeting's word stands before it
        ("Unfalltag: 07.10.2026, 05:40 Uhr – Arbeitsunfall", "07.10.2026"),
        # a field's practice or institute by its town, a big one too, or by a surname; the institute whole
        ("Institut für Pathologie Weimar · Histologischer Befund", "Institut für Pathologie Weimar"),
        ("Befund in Kooperation mit Pathologie Lüneburg erstellt", "Lüneburg"),
        ("Physio Sommer hat angerufen", "Sommer"),
        # the words of a facility's name before its kind: an adjective after a naming verb, a kind joined to another
        ("Die Gemeinde heißt Islamisches Zentrum Güstrow, Unterricht Samstag", "Islamisches Zentrum Güstrow"),
        (
            "Die Schule ist die Grund- und Mittelschule Weidenberg, Klassenlehrerin",
            "Grund- und Mittelschule Weidenberg",
        ),
        # a firm in lowercase chat before the time it is told at
        ("die spedition hammes seit montag nicht erreichbar", "hammes"),
        ("bei der spedition hammes um 8 anfangen", "hammes"),
        ("die bäckerei dierks ab januar", "dierks"),
    ],
)
def test_masked(text: str, word: str) -> None:
    assert masked(text, word), anonymized(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a period ahead stays an appointment's, its first day too
        ("Kur vom 09.01. bis 12.01.2027 geplant", "09.01."),
        ("Kur vom 09.01. bis 12.01.2027 geplant", "12.01.2027"),
        # a hearing ahead, and a deadline that passed, stay
        ("Die Verhandlung ist am 14.12.2026.", "14.12.2026"),
        ("Die Frist endet am 30.9.2025", "30.9.2025"),
        # a hyphen after one initial is an abbreviation's compound
        ("die U.-Haft dauert an", "U.-Haft"),
        # a thing's weeks or months, a number that is no age
        ("ein 3 Monate alter Bescheid liegt noch da", "3 Monate"),
        ("Der Pflegegrad ist offiziell 3.", "3"),
        ("Kosten (ca. 30 €) übernimmt der Verein", "30"),
        ("auf jeden Fall: 3, dann 4", "3"),
        ("in der bäckerei brötchen seit jahren", "brötchen"),
        # what is done at a facility, a word of every day after its kind, is no name of it
        ("Kita Anmeldung läuft noch", "Anmeldung"),
        ("Physio Verordnung fehlt", "Verordnung"),
        ("Apotheke Rechnung bezahlt", "Rechnung"),
        # a word in a line of capitals that is a word stays one
        ("WIR WOHNEN JETZT IN KÖTHEN UND DIE HALLE IST VOLL", "HALLE"),
        # after a label, a word that goes on with the sentence is no surname
        ("Kind: Amira Deutsch lernt gut", "Deutsch"),
        ("Kind: Morgen, wir sehen uns", "Morgen"),
        # a room's number, and the next sentence, are no street
        ("Neue Adresse: Zimmer 3 im Heim", "Zimmer 3"),
        ("Fall Familie Nouri, wohnhaft Meppen. Mutter 41, drei Kinder", "Mutter"),
        # a meeting's word before a passed day and its hour keeps it an appointment's
        ("Termin beim Verwaltungsgericht in Magdeburg: 14. Januar 2025, 10 Uhr.", "14. Januar 2025"),
        # a field's word before an ordinary word names no practice
        ("Radiologie Befund: unauffällig", "Befund"),
        ("Physio Rezept liegt vor", "Rezept"),
        ("Kardiologie Befund: EF 55 %", "Befund"),
    ],
)
def test_kept(text: str, word: str) -> None:
    assert kept(text, word), anonymized(text)


def test_the_years_of_a_period_read_apart_keep_the_words_between() -> None:
    # each day its own span: "bis" stays readable between them
    assert anonymized("wurde vom 12.10. bis 19.10.2026 stationär behandelt") == (
        "wurde vom [Datum] bis [Datum] stationär behandelt"
    )


def test_a_name_of_particles_is_one_person_whatever_space_is_typed() -> None:
    # a mention whose words are all particles keys the person by its text: a no-break space between them made
    # "Abdi" later the same person (the seed 3504 sample's `_by_short_form` 13, where the mutant was right)
    for space in (" ", "\u00a0", "\t"):
        text = f"Ich traf Abdul{space}Ben gestern. Dann kam Abdi."
        assert anonymized(text) == "Ich traf [Person A] gestern. Dann kam [Person B].", repr(space)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a text typed in capitals, recased: the name after a salutation keeps its capital, and "ALT" after the
        # years is the adjective (seen by the seed 3504 sample's helper: both stayed readable, as doubts)
        ("ANRUF VON FRAU SCHULZ.", "SCHULZ"),
        ("ANRUF VON HERRN SCHMIDT WEGEN DER MIETE.", "SCHMIDT"),
        ("WIR WAREN BEI FAMILIE SOMMER ZU GAST", "SOMMER"),
        ("MEIN SOHN IST 12 JAHRE ALT UND GEHT ZUR SCHULE.", "12"),
    ],
)
def test_a_shouted_text_keeps_its_names_and_ages_masked(text: str, word: str) -> None:
    assert masked(text, word), anonymized(text)


def test_a_shouted_text_keeps_its_words() -> None:
    assert anonymized("DIE ALTE WOHNUNG IST ZU KLEIN, FRAU DOKTOR KOMMT MORGEN") == (
        "DIE ALTE WOHNUNG IST ZU KLEIN, FRAU DOKTOR KOMMT MORGEN"
    )
