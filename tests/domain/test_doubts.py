"""Doubts shown to a human (issue #16): the engine lists a stored text's doubts, and a doubt the supervisor
masks is masked in what was stored and for the rest of the session."""

from __future__ import annotations

import datetime as dt

import pytest

from supervision_tui.anonymize import Anonymizer, default_anonymizer
from supervision_tui.anonymize.engine import GermanAnonymizer
from supervision_tui.engine import AnswerInput, Engine, StorageFailed
from supervision_tui.models import Consent

from ._support import FakeClock, FakeNow


def _engine(agenda, store=None, anonymizer: Anonymizer | None = None) -> Engine:
    return Engine.start(
        agenda,
        title="Zweifel",
        date=dt.date(2025, 3, 14),
        store=store,
        session_id="zweifel1",
        anonymizer=anonymizer or default_anonymizer(),
        now=FakeNow(),
        clock=FakeClock(),
    )


def test_a_masked_doubt_is_gone_from_stored_answers_and_from_later_ones(agenda, store):
    engine = _engine(agenda, store)
    engine.goto("runde-2")  # runde-2: free text
    first = engine.submit_answer(
        "p1", AnswerInput(step_id="runde-2", text="bin müde wegen ahmo, dauernd anrufe")
    )
    assert engine.doubts(first.text) == ["ahmo"], "readable, and neither a known word nor a known name"
    assert engine.mask_word("ahmo") == 1
    stored = engine.session.answers[0]
    assert "ahmo" not in stored.text and "[Person" in stored.text
    assert engine.doubts(stored.text) == []
    later = engine.submit_answer(
        "p2", AnswerInput(step_id="runde-2", text="heute wieder mit ahmo telefoniert", consent=Consent.QUOTE)
    )
    assert "ahmo" not in later.text, "the choice holds for the rest of the session"
    replayed = store.replay(store.journal_path(engine.session))
    assert "ahmo" not in replayed.model_dump_json(), "the journal holds the masked text only"


def test_a_town_masked_as_a_doubt_is_a_place_not_a_person(agenda, store):
    # seen in a walk: "Termin war in Kassel" doubted Kassel; masked with x, it read "in [Person B]"
    engine = _engine(agenda, store)
    engine.goto("runde-2")
    first = engine.submit_answer(
        "p1", AnswerInput(step_id="runde-2", text="Der Termin war in Kassel, lief gut.")
    )
    assert engine.doubts(first.text) == ["Kassel"]
    assert engine.mask_word("Kassel") == 1
    assert engine.session.answers[0].text == "Der Termin war in [Ort], lief gut."
    later = engine.submit_answer(
        "p2", AnswerInput(step_id="runde-2", text="kassel ist weit, sagt Kassels Amt")
    )
    assert "[Person" not in later.text and "assel" not in later.text
    assert later.text.count("[Ort]") == 2


def test_a_named_place_masked_as_a_doubt_reads_as_a_facility(agenda):
    engine = _engine(agenda)
    engine.goto("runde-2")
    first = engine.submit_answer(
        "p1", AnswerInput(step_id="runde-2", text="Wir holen ihn bei Storchennest ab.")
    )
    assert engine.doubts(first.text) == ["Storchennest"]
    engine.mask_word("Storchennest")
    assert engine.session.answers[0].text == "Wir holen ihn bei [Einrichtung] ab."
    engine.mask_word("ahmo")  # a word no list knows stays a person's mask
    later = engine.submit_answer("p2", AnswerInput(step_id="runde-2", text="ahmo war heute da"))
    assert later.text.startswith("[Person ")


@pytest.mark.parametrize("name", ["Miri", "Victoria"])
def test_a_participant_s_name_that_is_also_a_town_stays_a_person(agenda, name: str):
    engine = _engine(agenda)
    engine.goto("runde-2")
    engine.add_session_name(name)  # as the sign-in names the participants
    answer = engine.submit_answer("p1", AnswerInput(step_id="runde-2", text=f"{name} hat heute gekocht"))
    assert answer.text.startswith("[Person ")


def test_a_doubt_kept_is_no_doubt_any_more(agenda):
    engine = _engine(agenda)
    engine.goto("runde-2")
    answer = engine.submit_answer("p1", AnswerInput(step_id="runde-2", text="heute wegen zewdu beim amt"))
    assert engine.doubts(answer.text) == ["zewdu"]
    engine.release_word("zewdu")
    assert engine.doubts(answer.text) == []
    assert "zewdu" in engine.session.answers[0].text, "kept readable"


def test_a_doubt_masked_after_the_end_is_masked_in_the_coordinators_file(agenda, store):
    engine = _engine(agenda, store)
    engine.add_agreement("Nächstes Mal bringt ahmo Kuchen mit")
    path = engine.end()
    assert path is not None and "ahmo" in path.read_text(encoding="utf-8")
    assert engine.mask_word("ahmo") == 1, "the agreement"
    stored = path.read_text(encoding="utf-8")
    assert "ahmo" not in stored and "[Person" in stored
    assert engine.session.agreements[0].text == "Nächstes Mal bringt [Person A] Kuchen mit"
    assert not store.journal_path(engine.session).exists(), "no journal comes back after the end"


def test_a_doubt_masked_while_running_is_masked_in_agreements_too(agenda, store):
    engine = _engine(agenda, store)
    engine.add_agreement("Nächstes Mal bringt ahmo Kuchen mit")
    assert engine.mask_word("ahmo") == 1
    replayed = store.replay(store.journal_path(engine.session))
    assert "ahmo" not in replayed.agreements[0].text


def test_a_doubt_once_judged_is_no_doubt_again(agenda):
    """A word the supervisor kept readable must not come back as the first doubt, or the key that judges
    the first doubt is stuck on it."""
    engine = _engine(agenda)
    assert engine.doubts("T1 war mit zewdu und ahmo beim amt") == ["zewdu", "ahmo"]
    engine.release_word("zewdu")
    assert engine.doubts("T1 war mit zewdu und ahmo beim amt") == ["ahmo"]


def test_the_letter_of_a_participant_code_is_no_doubt(agenda, store):
    """A note names a phone by its code ("T2", "P1" for a paper answer): the code is no name, so its
    letter is no doubt for the supervisor to judge (masking "T" would change nothing anyway)."""
    engine = _engine(agenda, store)
    # "zewdu": the learned pass masks "ahmo" here (no doubt left to show), "zewdu" it leaves a doubt
    note = "Frau Petrović ruft T2 auch sonntags an, P1 wusste davon, wegen zewdu"
    doubts = engine.doubts(engine.preview(note).text)
    assert "T" not in doubts and "P" not in doubts, doubts
    assert "zewdu" in doubts, "a real doubt stays"


def test_masking_a_doubt_reaches_every_kind_of_stored_text_each_cut_to_its_limit(agenda, store):
    """`mask_word` cleans again every stored text that holds the word: an answer's text, an intake's title
    (each where only it holds the word), a case title, a note, an agreement. Other texts and empty fields
    stay as they were. "[Person A]" is longer than the word, so each text is cut to its field's limit: an
    over-long one would be a journal line that a resume after a crash refuses."""
    # the rules alone: the learned pass masks a word no list knows that a text repeats a hundred times at
    # ingest ("ahmo ahmo …"), which would leave `mask_word` nothing to do here
    engine = _engine(agenda, store, GermanAnonymizer(learned=False))
    engine.goto("runde-2")
    long = engine.submit_answer("p1", AnswerInput(step_id="runde-2", text=("ahmo " * 200).strip()))
    engine.goto("anliegen")  # intake: a title and a text
    titled = engine.submit_answer("p2", AnswerInput(step_id="anliegen", title="Streit mit ahmo"))
    told = engine.submit_answer(
        "p3", AnswerInput(step_id="anliegen", title="Streit im Team", text="Streit mit ahmo wegen Dienstplan")
    )
    case = engine.add_case(("ahmo " * 60).strip())
    note = engine.add_note(("ahmo " * 1000).strip())
    other = engine.add_note("ohne das Wort")
    agreement = engine.add_agreement(("ahmo " * 100).strip())
    assert "ahmo" in long.text + titled.title + told.text + case.title + note.text + agreement.text

    assert engine.mask_word("ahmo") == 6

    answers = {a.participant: a for a in engine.session.answers}
    assert len(answers["T1"].text) == 2000 and answers["T1"].text.startswith("[Person A] [Person A] ")
    assert answers["T1"].title == "", "an empty field stays empty"
    assert (answers["T2"].title, answers["T2"].text) == ("Streit mit [Person A]", "")
    assert (answers["T3"].title, answers["T3"].text) == (
        "Streit im Team",
        "Streit mit [Person A] wegen Dienstplan",
    )
    [case] = engine.session.cases
    assert len(case.title) == 300 and case.title.startswith("[Person A] [Person A] ")
    notes = {n.id: n.text for n in engine.session.notes}
    assert len(notes[note.id]) == 5000 and notes[note.id].startswith("[Person A] ")
    assert notes[other.id] == "ohne das Wort"
    [agreement] = engine.session.agreements
    assert len(agreement.text) == 500 and agreement.text.startswith("[Person A] ")
    assert "ahmo" not in engine.session.model_dump_json()
    assert store.replay(store.journal_path(engine.session)) == engine.session, "a resume reads it all"


def test_a_doubt_masked_after_the_end_on_a_full_disk_changes_neither_the_file_nor_the_summary(
    agenda, store, disk_full
):
    """After the end the coordinator's file is written first and the session changes only then: a refused
    write leaves both as they were, and masking again once there is space works."""
    engine = _engine(agenda, store)
    engine.add_agreement("Nächstes Mal bringt ahmo Kuchen mit")
    path = engine.end()
    assert path is not None
    before = path.read_bytes()
    disk = disk_full(store.root, "fsync")  # the file is written through Python's buffer, fsynced by os
    disk.full = True
    with pytest.raises(StorageFailed):
        engine.mask_word("ahmo")
    assert path.read_bytes() == before
    assert engine.session.agreements[0].text == "Nächstes Mal bringt ahmo Kuchen mit"
    disk.full = False
    assert engine.mask_word("ahmo") == 1
    assert "ahmo" not in path.read_text(encoding="utf-8")


def test_a_word_judged_is_no_doubt_even_in_a_preview_made_before_the_judgement(agenda):
    """The console keeps the preview it made of a text; a word the supervisor kept or masked since is no
    doubt in it any more, whatever case it was judged in."""
    engine = _engine(agenda)
    text = "T1 war mit zewdu und ahmo beim amt"
    preview = engine.preview(text)
    engine.release_word("Zewdu")
    assert engine.doubts(text, preview) == ["ahmo"]
    engine.add_session_name("AHMO")
    assert engine.doubts(text, preview) == []


def test_a_doubt_is_masked_whatever_its_case_and_spacing_and_a_blank_one_masks_nothing(agenda, store):
    engine = _engine(agenda, store)
    engine.add_agreement("Nächstes Mal bringt zewdu ahmo Kuchen mit")
    assert engine.mask_word("   ") == 0
    assert engine.mask_word("  ZEWDU \n  Ahmo ") == 1, "one doubt of two words, typed otherwise"
    assert engine.session.agreements[0].text == "Nächstes Mal bringt [Person A] Kuchen mit"


def test_a_number_doubt_masked_is_an_age_where_it_stood_and_no_name_for_the_session(agenda, store):
    """A number left readable beside a name ("… und Hanna 14.") is a doubt; masked, it becomes an age there.
    As a session name it would turn every later "14" (a time, a count) into a person."""
    engine = _engine(agenda, store)
    engine.goto("runde-2")
    first = engine.submit_answer(
        "p1", AnswerInput(step_id="runde-2", text="Es waren 14 Leute da und Hanna 14.", consent=Consent.QUOTE)
    )
    assert engine.doubts(first.text) == ["14"]
    assert engine.mask_word("14") == 1
    stored = engine.session.answers[0].text
    assert stored == "Es waren 14 Leute da und [Person A] [Alter 10–19].", "only the doubted 14, as an age"
    assert engine.doubts(stored) == []
    later = engine.submit_answer(
        "p2",
        AnswerInput(step_id="runde-2", text="Treffen um 14 Uhr, es kamen 14 Leute.", consent=Consent.QUOTE),
    )
    assert later.text == "Treffen um 14 Uhr, es kamen 14 Leute.", "a time and a count stay readable"
    again = engine.submit_answer(
        "p3", AnswerInput(step_id="runde-2", text="Es waren 14 Leute da und Lina 14.", consent=Consent.QUOTE)
    )
    assert engine.doubts(again.text) == ["14"], "another 14 beside a name is judged where it stands"
    replayed = store.replay(store.journal_path(engine.session))
    assert replayed.answers[0].text == stored


@pytest.mark.parametrize("learned", [False, True])
def test_a_name_the_text_taught_the_session_is_masked_where_it_recurs_in_the_same_text(
    agenda, store, learned: bool
) -> None:
    # walked on a phone: the second "nasreen" stayed readable, and the doubts, read with the session's
    # memory that masks it, did not list it, so nothing showed the supervisor the name before approval
    engine = _engine(agenda, store, GermanAnonymizer(learned=learned))
    engine.goto("runde-2")
    text = "heute war ich mit zewdu und Frau Nasreen Haydari beim Jobcenter Herford, nasreen hat sich so gefreut 😊"
    answer = engine.submit_answer("p1", AnswerInput(step_id="runde-2", text=text))
    assert "nasreen" not in answer.text.casefold() and "haydari" not in answer.text.casefold(), answer.text
    assert "Jobcenter Herford" in answer.text and "gefreut 😊" in answer.text
    assert engine.doubts(answer.text) == ["zewdu"]
    replayed = store.replay(store.journal_path(engine.session))
    assert "nasreen" not in replayed.model_dump_json().casefold()


def test_a_masked_doubt_leaves_no_earlier_version_in_the_journal_file(agenda, store):
    """The journal keeps every event until the session ends: without a rewrite, the answer as first stored
    ("ahmo" readable) would stay on the laptop's disk beside its masked version until the end."""
    engine = _engine(agenda, store)
    engine.goto("runde-2")
    engine.submit_answer("p1", AnswerInput(step_id="runde-2", text="bin müde wegen ahmo, dauernd anrufe"))
    engine.submit_answer("p1", AnswerInput(step_id="runde-2", text="bin müde, dauernd anrufe vom amt"))
    engine.submit_answer("p2", AnswerInput(step_id="runde-2", text="auch wegen ahmo, dauernd anrufe"))
    journal = store.journal_path(engine.session)
    assert b"ahmo" in journal.read_bytes().lower(), "stored readable first: it was a doubt, no known name"
    assert engine.mask_word("ahmo") == 1, "p2's answer; p1's holds it no more since its revision"
    assert b"ahmo" not in journal.read_bytes().lower(), "not even p1's first version keeps it on disk"
    assert store.replay(journal) == engine.session, "a resume after a crash rebuilds the session as it stands"
    assert journal.stat().st_mode & 0o777 == 0o600
    rewritten = journal.read_bytes()
    engine.submit_answer("p3", AnswerInput(step_id="runde-2", text="alles gut heute", consent=Consent.QUOTE))
    assert store.replay(journal) == engine.session, "later events go on into the rewritten file"
    assert journal.read_bytes().startswith(rewritten), "appended: only a mask rewrites the file"
    assert len(engine.session.answers) == 3


def test_a_refused_journal_rewrite_loses_nothing_and_is_done_after_the_next_stored_event(
    agenda, store, disk_full
):
    engine = _engine(agenda, store)
    engine.goto("runde-2")
    engine.submit_answer("p1", AnswerInput(step_id="runde-2", text="bin müde wegen ahmo, dauernd anrufe"))
    journal = store.journal_path(engine.session)
    disk = disk_full(store.root, "fsync", suffix=".tmp")  # only the rewrite's new file: appends still work
    disk.full = True
    assert engine.mask_word("ahmo") == 1, "the mask is stored as an event; the rewrite is extra"
    assert disk.refused, "the rewrite was tried"
    assert store.replay(journal) == engine.session, "the old file is whole, with the mask appended"
    assert not list(journal.parent.glob("*.tmp")), "no half-written file left behind"
    disk.full = False
    engine.submit_answer("p2", AnswerInput(step_id="runde-2", text="alles gut heute", consent=Consent.QUOTE))
    assert b"ahmo" not in journal.read_bytes().lower(), "rewritten once the disk took it again"
    assert store.replay(journal) == engine.session


def test_a_person_named_after_a_resume_gets_a_pseudonym_no_one_stored_before_holds(agenda, store):
    """The names live only in memory, so a crash forgets them; their pseudonyms stay in the answers. Seen on a walk
    (kill -9, resume): a new name became "[Person A]", the pseudonym of another person in the same record."""
    engine = _engine(agenda, store)
    engine.goto("runde-2")
    first = engine.submit_answer(
        "p1", AnswerInput(step_id="runde-2", text="war mit Frau Haile beim Jobcenter")
    )
    assert "[Person A]" in first.text
    journal = store.journal_path(engine.session)
    resumed = Engine.resume(store, journal, anonymizer=default_anonymizer(), now=FakeNow(), clock=FakeClock())
    later = resumed.submit_answer("p2", AnswerInput(step_id="runde-2", text="Herr Tesfay hat angerufen"))
    assert "[Person A]" not in later.text and "[Person B]" in later.text
    again = resumed.submit_answer("p3", AnswerInput(step_id="runde-2", text="Herr Tesfay kam auch"))
    assert "[Person B]" in again.text, "one person after the resume keeps one pseudonym"


def test_a_batch_refused_after_the_rewrite_is_cut_back_to_the_rewritten_file(agenda, store, disk_full):
    """The rewritten journal is shorter than the old one: a refused batch must be cut back to the new file's end
    (cut to the old length, the file would grow by zeros that no resume can read)."""
    engine = _engine(agenda, store)
    engine.goto("runde-2")
    for i in range(5):
        engine.submit_answer(
            f"p{i}", AnswerInput(step_id="runde-2", text=f"auch wegen ahmo, dauernd anrufe {i}")
        )
    engine.submit_answer(
        "p1", AnswerInput(step_id="runde-2", text="alles gut")
    )  # p1's first version stays behind
    journal = store.journal_path(engine.session)
    assert engine.mask_word("ahmo") == 4
    disk = disk_full(store.root, "write", suffix=".jsonl")
    disk.full = True
    with pytest.raises(StorageFailed):
        engine.submit_answer("p9", AnswerInput(step_id="runde-2", text="noch eine Antwort"))
    disk.full = False
    assert b"\0" not in journal.read_bytes()
    assert store.replay(journal) == engine.session
    engine.submit_answer("p9", AnswerInput(step_id="runde-2", text="noch eine Antwort"))
    assert store.replay(journal) == engine.session


def test_a_doubt_masked_while_a_group_commit_waits_reaches_its_answers_too(agenda, store):
    """The live form stores a burst of answers with one fsync (`sync=False`, then `sync()`): a mask that comes
    between must reach them, in memory and on disk, not only the answers stored before."""
    engine = _engine(agenda, store)
    engine.goto("runde-2")
    engine.submit_answer("p1", AnswerInput(step_id="runde-2", text="auch wegen ahmo, dauernd anrufe"))
    engine.submit_answer(
        "p2", AnswerInput(step_id="runde-2", text="auch wegen ahmo, dauernd anrufe!"), sync=False
    )
    assert engine.mask_word("ahmo") == 2
    engine.sync()
    assert all("ahmo" not in a.text for a in engine.session.answers)
    journal = store.journal_path(engine.session)
    assert b"ahmo" not in journal.read_bytes().lower()
    assert store.replay(journal) == engine.session


def test_a_doubt_is_masked_in_a_session_without_storage_too(agenda):
    engine = _engine(agenda)  # no store, no journal: a preview or a test of the method
    engine.goto("runde-2")
    engine.submit_answer("p1", AnswerInput(step_id="runde-2", text="auch wegen ahmo, dauernd anrufe"))
    assert engine.mask_word("ahmo") == 1
    assert "ahmo" not in engine.session.answers[0].text


def test_resuming_a_sound_journal_leaves_no_copy_of_it(agenda, store):
    """A copy of the journal is made only to salvage a damaged one: it would keep every earlier version of every
    text (a doubt masked since included) beside the journal."""
    engine = _engine(agenda, store)
    engine.goto("runde-2")
    engine.submit_answer("p1", AnswerInput(step_id="runde-2", text="auch wegen ahmo, dauernd anrufe"))
    journal = store.journal_path(engine.session)
    before = sorted(p.name for p in journal.parent.iterdir())
    resumed = Engine.resume(store, journal, anonymizer=default_anonymizer(), now=FakeNow(), clock=FakeClock())
    assert sorted(p.name for p in journal.parent.iterdir()) == before
    assert resumed.session == engine.session


def test_what_both_readings_of_a_text_that_taught_a_name_found_is_stored_with_it(agenda, store) -> None:
    """The second reading of a text that taught the session a name (`Engine.clean`) keeps what the first found:
    the kinds of what was masked in either reading and the Art. 9 hints of both go with the stored answer and
    note (the first reading masked the phone, the second the name where it recurs)."""
    engine = _engine(agenda, store, GermanAnonymizer(learned=False))
    engine.goto("runde-2")
    text = (
        "Frau Nasreen Haydari war bei ihrer Psychotherapeutin, Tel. 0176 12345678, "
        "nasreen hat sich so gefreut"
    )
    answer = engine.submit_answer("p1", AnswerInput(step_id="runde-2", text=text))
    assert answer.text == (
        "Frau [Person A] war bei ihrer Psychotherapeutin, Tel. [Telefon], [Person A] hat sich so gefreut"
    )
    assert answer.labels == ["PERSON", "PHONE"] and answer.flags == ["gesundheit"]
    note = engine.add_note("Herr Tesfay Mehari ist in Therapie, tesfay ruft morgen an")
    assert note.text == "Herr [Person B] ist in Therapie, [Person B] ruft morgen an"
    assert note.labels == ["PERSON"] and note.flags == ["gesundheit"]


def test_a_text_that_taught_the_session_no_name_is_read_once(agenda) -> None:
    """Only a text that taught the session a name is read a second time (`Engine.clean`): the anonymizer's output
    read again is not always itself. "Malerbetrieb [Einrichtung]" read again loses the kind the first reading
    keeps on purpose ("[Einrichtung] [Einrichtung]")."""
    engine = _engine(agenda, anonymizer=GermanAnonymizer(learned=False))
    engine.goto("runde-2")
    text = "Er macht eine Ausbildung im Malerbetrieb Schwarzkopf."
    answer = engine.submit_answer("p1", AnswerInput(step_id="runde-2", text=text))
    assert answer.text == "Er macht eine Ausbildung im Malerbetrieb [Einrichtung]."
    assert answer.labels == ["PLACE"]


def test_a_text_read_again_for_the_name_it_taught_keeps_its_facility_s_kind(agenda, store):
    """The second reading takes only the persons it finds: read again whole, "im Malerbetrieb [Einrichtung]" lost
    its kind ("im [Einrichtung] [Einrichtung]"), and the doubts left point into the text as stored."""
    engine = _engine(agenda, store)
    engine.goto("runde-2")
    answer = engine.submit_answer(
        "p1",
        AnswerInput(
            step_id="runde-2",
            text="Frau Olena Kovalenko macht eine Ausbildung im Malerbetrieb Schwarzkopf, olena ist froh. zewdu auch",
        ),
    )
    assert "im Malerbetrieb [Einrichtung]" in answer.text
    assert "olena" not in answer.text.lower(), "the name the text taught is masked where it recurs"
    typed = "Frau Olga Marchenko malt im Malerbetrieb Schwarzkopf, olga ist froh. zewdu auch"
    result = engine.clean(typed)
    assert "im Malerbetrieb [Einrichtung]" in result.text and "olga" not in result.text.lower()
    assert [typed[d.start : d.end] for d in result.doubts] == ["zewdu"], "offsets into the text typed"


def test_every_person_the_second_reading_finds_is_masked_and_the_doubts_point_into_the_text_typed(
    agenda, store
):
    engine = _engine(agenda, store)
    typed = "Mit Frau Nasreen Haydari und Frau Selamawit Tesfay beim Amt. Danach waren nasreen und selamawit froh, zewdu auch"
    result = engine.clean(typed)
    assert result.text == (
        "Mit Frau [Person A] und Frau [Person B] beim Amt. Danach waren [Person A] und [Person B] froh, zewdu auch"
    )
    assert [typed[d.start : d.end] for d in result.doubts] == ["zewdu"]


def test_the_agenda_s_own_words_are_no_doubt_and_a_name_beside_them_is_still_masked(agenda, store):
    # seen in a walk: "(unsicher: glitzermoment)" on an answer to "Was war Ihr Glitzermoment?"
    engine = _engine(agenda, store)
    engine.goto("runde-2")
    assert "glitzermoment" in engine.context.vocabulary
    answer = engine.submit_answer(
        "p1", AnswerInput(step_id="runde-2", text="glitzermoment: mit kovalenko im park, war schön")
    )
    assert "kovalenko" not in answer.text
    assert "glitzermoment" not in engine.doubts(answer.text)
    other = engine.submit_answer(
        "p2", AnswerInput(step_id="runde-2", text="bin müde wegen ahmo, dauernd anrufe")
    )
    assert engine.doubts(other.text) == ["ahmo"], "a word of no agenda is still a doubt"


def test_a_resumed_session_knows_its_agenda_s_words(agenda, store):
    engine = _engine(agenda, store)
    resumed = Engine.resume(store, store.journal_path(engine.session), anonymizer=default_anonymizer())
    assert "glitzermoment" in resumed.context.vocabulary
