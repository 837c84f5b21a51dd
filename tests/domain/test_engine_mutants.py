"""Engine promises the mutation run of 5 Dec (whole module) found without a test: going back and skipping
ahead through phases, what a storage failure says, the review queue per phase, what a resume keeps, the
preview's own pseudonyms, refusals by code. Each test fails with the mutants named in docs/testing.md."""

from __future__ import annotations

import datetime as dt
import errno

import pytest

from supervision_tui.anonymize import default_anonymizer
from supervision_tui.engine import AnswerInput, Engine, EngineError, RoleRefused, StorageFailed, StorageHealth
from supervision_tui.models import FollowUpState, Moderation
from supervision_tui.store import Store

from ._support import FakeClock, FakeNow, IdentityAnonymizer, RecordingAnonymizer


def _engine(agenda, store: Store | None = None, **kwargs) -> Engine:
    options = {"anonymizer": IdentityAnonymizer(), "now": FakeNow(), "clock": FakeClock(), **kwargs}
    return Engine.start(agenda, title="Mutanten", date=dt.date(2025, 3, 14), store=store, **options)


def _at(engine: Engine) -> tuple[str, int]:
    return engine.position.step.id, engine.position.phase_index


def test_previous_goes_back_a_phase_then_to_the_last_phase_of_the_step_before_and_stops_at_the_start(agenda):
    engine = _engine(agenda)
    assert engine.previous() is False and _at(engine) == ("ankommen", 0), "nothing before the first step"
    engine.goto("runde-1")
    assert engine.previous() is True and _at(engine) == ("ankommen", 0), "a step without phases: phase 0"
    engine.goto("fallberatung", "Beratung")
    assert engine.previous() is True and engine.position.phase.name == "Methodenwahl"
    engine.goto("fallberatung", 0)
    assert engine.previous() is True and _at(engine) == ("pause", 0)
    engine.goto("abschluss")
    assert engine.previous() is True and engine.position.phase.name == "Abschluss", "the case's last phase"


def test_next_step_skips_the_remaining_phases_to_the_next_step_s_first_and_stops_at_the_end(agenda):
    engine = _engine(agenda)
    engine.goto("pause")
    assert engine.next_step() is True and _at(engine) == ("fallberatung", 0)
    engine.goto("fallberatung", "Schlüsselfrage")
    assert engine.next_step() is True and _at(engine) == ("abschluss", 0)
    assert engine.next_step() is False and _at(engine) == ("abschluss", 0)


def test_a_storage_failure_says_which_errno_and_what_was_refused() -> None:
    """The console and the phone word a failure from its code, `what` and `cause` (the errno's name); an
    `OSError` without a known errno is an I/O error."""
    full = StorageFailed(OSError(errno.ENOSPC, "No space left on device"), "answer_saved")
    assert isinstance(full, OSError) and isinstance(full, EngineError)
    assert (full.code, full.params) == ("storage.failed", {"what": "answer_saved", "cause": "ENOSPC"})
    assert (full.errno, full.strerror, full.what, full.cause) == (
        errno.ENOSPC,
        "No space left on device",
        "answer_saved",
        "ENOSPC",
    )
    for unnamed in (OSError("ohne errno"), OSError(0, "errno 0")):
        failure = StorageFailed(unnamed, "journal")
        assert (failure.cause, failure.params["cause"]) == ("EIO", "EIO")


def test_storage_health_keeps_when_writes_began_to_fail_and_an_unwatched_watcher_hears_nothing(
    agenda, store, disk_full
) -> None:
    engine = _engine(agenda, store)
    engine.goto("runde-2")
    heard: list[StorageHealth] = []
    gone: list[StorageHealth] = []
    engine.watch_storage(heard.append)
    engine.watch_storage(gone.append)
    engine.unwatch_storage(gone.append)
    engine.unwatch_storage(gone.append)  # twice: harmless
    disk = disk_full(store.root, "write")
    disk.full = True
    with pytest.raises(StorageFailed):
        engine.submit_answer("p1", AnswerInput(step_id="runde-2", text="eins"))
    since = engine.storage.failing_since
    assert since is not None and not engine.storage.ok
    with pytest.raises(StorageFailed):
        engine.submit_answer("p1", AnswerInput(step_id="runde-2", text="zwei"))
    assert engine.storage.failing_since == since, "since the first failure, not the latest"
    assert len(heard) == 2 and gone == []


def test_closing_with_a_refused_batch_on_a_full_disk_names_the_journal(agenda, store, disk_full) -> None:
    engine = _engine(agenda, store)
    engine.goto("runde-2")
    disk = disk_full(store.root, "both")
    disk.full = True
    with pytest.raises(StorageFailed):
        engine.submit_answer("p1", AnswerInput(step_id="runde-2", text="abgelehnt"))
    assert engine.journal is not None and engine.journal.unsynced, "the refused batch is still to cut off"
    with pytest.raises(StorageFailed) as refused:
        engine.close()
    assert (refused.value.what, engine.storage.refused) == ("journal", "journal")


def test_the_review_queue_holds_the_current_phase_s_answers_only(agenda) -> None:
    engine = _engine(agenda)
    engine.goto("fallberatung", "Beratung")
    engine.submit_answer(
        "p1", AnswerInput(step_id="fallberatung", phase=engine.position.phase_index, text="Idee")
    )
    assert [a.text for a in engine.review_queue()] == ["Idee"]
    engine.goto("fallberatung", "Abschluss")
    assert engine.review_queue() == [], "another phase of the same step: not its answers"


def test_a_resumed_engine_uses_the_anonymizer_and_clock_it_was_given(agenda, store) -> None:
    engine = _engine(agenda, store)
    engine.goto("runde-2")
    assert engine.journal is not None
    engine.journal.close()  # the app died
    anonymizer, clock = RecordingAnonymizer(), FakeClock()
    resumed = Engine.resume(store, store.journal_path(engine.session), anonymizer=anonymizer, clock=clock)
    answer = resumed.submit_answer("p1", AnswerInput(step_id="runde-2", text="Anna kam spät"))
    assert [c.text for c in anonymizer.calls] == ["Anna kam spät"] and answer.text == "ANON-001"
    resumed.toggle_timer()
    clock.t += 90
    assert resumed.timer.elapsed == pytest.approx(90)


def test_a_preview_uses_the_session_s_pseudonyms_and_adds_none(agenda) -> None:
    engine = _engine(agenda, anonymizer=default_anonymizer())
    engine.goto("runde-2")
    engine.submit_answer("p1", AnswerInput(step_id="runde-2", text="Frau Petrović und Herr Okafor kamen"))
    assert engine.preview("Herr Okafor kam").text == "Herr [Person B] kam", "the session's letter"
    engine.preview("Frau Lindqvist kam")  # a new name, in the preview only
    later = engine.submit_answer("p2", AnswerInput(step_id="runde-2", text="Frau Weißhaupt kam"))
    assert later.text == "Frau [Person C] kam", "the preview took no letter"


def test_refusals_of_follow_ups_and_take_alongs_say_what_is_wrong(agenda) -> None:
    engine = _engine(agenda)
    with pytest.raises(EngineError) as unknown:
        engine.mark_follow_up("v-gibt-es-nicht", FollowUpState.DONE)
    assert unknown.value.code == "agreement.unknown"
    engine.goto("fallberatung", "Abschluss")
    with pytest.raises(EngineError) as stranger:  # a phone that never joined: no role, no take-along
        engine.take_along_from("fremd", "fallberatung", engine.position.phase_index, "a-x")
    assert (stranger.value.code, stranger.value.params) == (
        "role.refused",
        {"role": "Beratende", "phase": "Abschluss"},
    ), "a phone not joined is one of the group (Beratende), not nobody"


def test_a_role_refusal_names_the_role_or_says_there_is_none() -> None:
    assert RoleRefused("Protokoll", "Beratung").code == "role.refused"
    nobody = RoleRefused(None, "Beratung")
    assert (nobody.code, nobody.params) == ("role.refused_none", {"role": None, "phase": "Beratung"})


def test_notes_are_listed_for_the_step_asked_for(agenda) -> None:
    engine = _engine(agenda)
    engine.goto("runde-1")
    engine.add_note("zu Runde 1")
    engine.goto("runde-2")
    engine.add_note("zu Runde 2")
    assert [n.text for n in engine.notes_for("runde-1")] == ["zu Runde 1"]
    assert [n.text for n in engine.notes_for()] == ["zu Runde 2"]


def test_a_timer_set_in_a_phase_is_journaled_with_that_phase(agenda, store) -> None:
    engine = _engine(agenda, store)
    engine.goto("fallberatung", "Beratung")
    engine.toggle_timer()
    assert engine.session.timer is not None and engine.session.timer.phase == engine.position.phase_index
    replayed = store.replay(store.journal_path(engine.session))
    assert replayed.timer is not None and replayed.timer.phase == engine.position.phase_index


def test_a_moderated_answer_stays_in_the_queue_in_review_order(agenda) -> None:
    engine = _engine(agenda)
    engine.goto("runde-2")
    engine.set_moderation("runde-2", True)
    first = engine.submit_answer("p1", AnswerInput(step_id="runde-2", text="eins"))
    engine.submit_answer("p2", AnswerInput(step_id="runde-2", text="zwei"))
    engine.moderate(first.id, Moderation.APPROVED)
    assert [a.text for a in engine.review_queue()] == ["zwei", "eins"], "waiting first, then shown"


def test_ids_stay_unique_over_a_long_session(agenda) -> None:
    """Ids are opaque, but every note, answer and case needs its own: a thousand notes, a thousand ids
    (the counter makes them unique; the random suffix alone would repeat within a few hundred)."""
    engine = _engine(agenda)
    ids = [engine.add_note(f"Notiz {i}").id for i in range(1000)]
    assert len(set(ids)) == 1000


def test_a_phone_cannot_revise_another_phone_s_idea(agenda) -> None:
    engine = _engine(agenda)
    engine.goto("runde-2")
    earlier = engine.submit_answer("p2", AnswerInput(step_id="runde-2", text="Runde 2"))
    engine.goto("fallberatung", "Beratung")
    phase = engine.position.phase_index
    theirs = engine.submit_answer("p1", AnswerInput(step_id="fallberatung", phase=phase, text="Idee 1"))
    mine = engine.submit_answer("p2", AnswerInput(step_id="fallberatung", phase=phase, text="Idee 2"))
    with pytest.raises(EngineError) as refused:
        engine.submit_answer(
            "p2", AnswerInput(step_id="fallberatung", phase=phase, text="übernommen", revises=theirs.id)
        )
    assert refused.value.code == "answer.not_own"
    with pytest.raises(EngineError) as elsewhere:  # its own answer, but no idea of this phase
        engine.submit_answer(
            "p2", AnswerInput(step_id="fallberatung", phase=phase, text="anders", revises=earlier.id)
        )
    assert elsewhere.value.code == "answer.unknown"
    revised = engine.submit_answer(
        "p2", AnswerInput(step_id="fallberatung", phase=phase, text="Idee 2b", revises=mine.id)
    )
    assert (revised.id, revised.revision) == (mine.id, 2)


def test_closing_after_the_end_writes_nothing_again(agenda, store) -> None:
    engine = _engine(agenda, store)
    path = engine.end()
    assert path is not None
    written = path.stat().st_mtime_ns
    engine.close()
    assert path.stat().st_mtime_ns == written and engine.storage.ok


def test_an_unknown_role_is_named_in_its_refusal(agenda) -> None:
    engine = _engine(agenda)
    engine.goto("fallberatung", 0)
    engine.join("p1")
    with pytest.raises(EngineError) as refused:
        engine.assign_role("Erfinder·in", "T1")
    assert (refused.value.code, refused.value.params) == ("role.unknown", {"role": "Erfinder·in"})


def test_an_unsubscribed_listener_hears_nothing_more(agenda) -> None:
    engine = _engine(agenda)
    heard: list[object] = []
    engine.subscribe(heard.append)
    engine.add_note("eins")
    engine.unsubscribe(heard.append)
    engine.unsubscribe(heard.append)  # twice: harmless
    engine.add_note("zwei")
    assert len(heard) == 1


def test_goto_takes_the_first_step_by_its_position_and_refuses_steps_and_phases_it_lacks_by_code(
    agenda,
) -> None:
    engine = _engine(agenda)
    engine.goto("pause")
    engine.goto(0)
    assert _at(engine) == ("ankommen", 0)
    with pytest.raises(EngineError) as unknown:
        engine.goto("gibt-es-nicht")
    assert unknown.value.code == "step.unknown" and _at(engine) == ("ankommen", 0)
    for position in (-1, len(engine.agenda.steps)):
        with pytest.raises(EngineError) as outside:
            engine.goto(position)
        assert outside.value.code == "step.unknown"
    for phase in ("Gibt es nicht", -1, 6):  # the case discussion has six phases
        with pytest.raises(EngineError) as no_phase:
            engine.goto("fallberatung", phase)
        assert no_phase.value.code == "phase.unknown" and _at(engine) == ("ankommen", 0)


def test_a_refused_group_commit_names_its_first_event_and_a_refused_cut_the_journal(
    agenda, store, disk_full
) -> None:
    engine = _engine(agenda, store)
    engine.goto("runde-2")
    disk = disk_full(store.root, "both")
    disk.full = True
    engine.submit_answer("p1", AnswerInput(step_id="runde-2", text="eins"), sync=False)
    engine.submit_answer("p2", AnswerInput(step_id="runde-2", text="zwei"), sync=False)
    with pytest.raises(StorageFailed) as refused:
        engine.sync()  # the group commit of a burst of phones
    assert refused.value.what == "participant_joined", "the batch's first event: the first phone's join"
    with pytest.raises(StorageFailed) as cut:
        engine.sync()  # nothing new, but the refused batch is still to cut off
    assert cut.value.what == "journal"


# --- Engine.start and the engine's first state (mutation run of 5 Dec, 10:05: start, __init__) ---------------


def test_a_previous_session_of_another_series_is_refused_by_its_code(agenda) -> None:
    from supervision_tui.record import to_record

    finished = _engine(agenda)
    finished.end()
    earlier = to_record(finished.session).model_copy(update={"series": "eine-andere-gruppe"})
    with pytest.raises(EngineError) as refused:
        _engine(agenda, previous=earlier)
    assert refused.value.code == "series.mismatch"


def test_a_blank_title_is_the_template_s_and_the_first_visit_is_the_first_phase(agenda) -> None:
    engine = Engine.start(
        agenda, title="   ", date=dt.date(2025, 3, 14), store=None, anonymizer=IdentityAnonymizer()
    )
    assert engine.session.title == agenda.title
    assert [(v.step, v.phase) for v in engine.session.step_log] == [(0, 0)]
    assert len(engine.session.id) == 8 and int(engine.session.id, 16) >= 0  # token_hex(4): 8 hex digits


def test_the_random_draws_come_from_the_generator_the_engine_was_given(agenda) -> None:
    import random

    def order(seed: int) -> list[str]:
        engine = _engine(agenda, rng=random.Random(seed))
        for n in range(12):
            engine.join(f"phone-{n}")
        return engine.shuffle_speakers().order

    assert order(7) == order(7), "the same generator, the same order: a test or a replay can rely on it"


def test_an_engine_with_a_journal_was_saved_at_its_start_one_without_never(agenda, tmp_path) -> None:
    storage = _engine(agenda, store=Store(tmp_path / "sessions")).storage
    assert storage.ok and storage.error is None and storage.failing_since is None, "nothing failed yet"
    saved = storage.last_saved
    assert saved is not None and saved.tzinfo is not None, "an aware time, comparable with the others"
    assert _engine(agenda).storage.last_saved is None


def test_ids_after_a_resume_go_on_from_every_kind_stored_not_from_chance(agenda, store, monkeypatch) -> None:
    """A resumed engine counts on from the answers, cases, notes and agreements stored: with the random
    suffix fixed, only the counter keeps a new answer from taking the id of a stored one."""
    monkeypatch.setattr("supervision_tui.engine.secrets.token_hex", lambda n: "00" * n)
    engine = _engine(agenda, store)
    for n in (1, 2):
        engine.add_case(f"Fall {n}")
        engine.add_note(f"Notiz {n}")
        engine.add_agreement(f"Vereinbarung {n}")
    engine.goto("runde-2")
    for n in range(1, 7):
        engine.submit_answer(f"p{n}", AnswerInput(step_id="runde-2", text=f"Antwort {n}"))
    assert engine.journal is not None
    engine.journal.close()  # the app died
    resumed = Engine.resume(store, store.journal_path(engine.session), anonymizer=IdentityAnonymizer())
    for n in range(7, 12):
        resumed.submit_answer(f"p{n}", AnswerInput(step_id="runde-2", text=f"Antwort {n}"))
    answers = resumed.session.answers
    assert len({a.id for a in answers}) == len(answers) == 11
    assert sorted(a.text for a in answers) == sorted(f"Antwort {n}" for n in range(1, 12))


def test_a_running_timer_resumed_at_once_counts_only_the_time_in_between(agenda, store) -> None:
    """The time between the save and the resume is counted as it was, under a second too, and a wall clock
    that went back counts none."""
    engine = _engine(agenda, store)
    engine.goto("runde-2")
    engine.toggle_timer()  # running, nothing elapsed yet
    assert engine.journal is not None
    engine.journal.close()
    saved = store.replay(store.journal_path(engine.session)).timer
    assert saved is not None and saved.running and saved.elapsed == 0
    path = store.journal_path(engine.session)
    for later, counted in ((0.5, 0.5), (0.0, 0.0), (-30.0, 0.0)):
        at = saved.at + dt.timedelta(seconds=later)
        resumed = Engine.resume(
            store, path, anonymizer=IdentityAnonymizer(), clock=FakeClock(), now=lambda at=at: at
        )
        assert resumed.timer.running and resumed.timer.elapsed == pytest.approx(counted), later
        assert resumed.journal is not None
        resumed.journal.close()
