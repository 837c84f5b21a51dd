"""Engine promises that no domain test guarded: found by the mutation audit and runs of issue #15.

Each test here was checked against the mutant it is named for (docs/testing.md): it fails with it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from supervision_tui.engine import AnswerInput, Engine, EngineError, NotCurrentStep, SessionClosed
from supervision_tui.models import Agenda, Consent, InputKind, Moderation, Topic, Urgency

from ._support import FakeClock, FakeNow, IdentityAnonymizer


def _start(agenda: Agenda, store) -> Engine:
    return Engine.start(
        agenda,
        title="Wächter",
        date=dt.date(2025, 3, 14),
        store=store,
        session_id="guard001",
        anonymizer=IdentityAnonymizer(),
        now=FakeNow(),
        clock=FakeClock(),
    )


def test_a_title_only_intake_answer_waits_for_the_supervisor(agenda: Agenda, store) -> None:
    engine = _start(agenda, store)
    engine.goto("anliegen")
    assert engine.moderated(engine.position.step)
    answer = engine.submit_answer(
        "p1",
        AnswerInput(step_id="anliegen", title="Streit im Team", urgency=Urgency.HIGH, consent=Consent.QUOTE),
    )
    assert answer.text == "" and answer.title == "Streit im Team"
    assert answer.moderation is Moderation.PENDING, (
        "ein Titel ist Freitext: erst die Supervision gibt ihn frei"
    )
    assert engine.pending() == [answer]
    assert engine.projected() == []
    engine.moderate(answer.id, Moderation.APPROVED)
    assert [a.id for a in engine.projected()] == [answer.id]


def test_with_moderation_off_a_title_only_answer_is_projected_at_once(agenda: Agenda, store) -> None:
    engine = _start(agenda, store)
    engine.goto("anliegen")
    engine.set_moderation("anliegen", False)
    answer = engine.submit_answer(
        "p1", AnswerInput(step_id="anliegen", title="Überlastung", consent=Consent.QUOTE)
    )
    assert answer.moderation is Moderation.APPROVED
    assert [a.id for a in engine.projected()] == [answer.id]


def _with_silent_phase(agenda: Agenda) -> tuple[Agenda, int]:
    """The default agenda, with a case phase that has a prompt for the room but no phone input."""
    data = agenda.model_dump(mode="json")
    case = next(s for s in data["steps"] if s["id"] == "fallberatung")
    index = next(i for i, p in enumerate(case["phases"]) if p.get("prompt") is None)
    case["phases"][index]["prompt"] = {"question": "Nur zuhören, bitte.", "input": InputKind.NONE.value}
    return Agenda.model_validate(data), index


def test_phones_are_refused_in_a_phase_whose_input_is_none(agenda: Agenda, store) -> None:
    silent, index = _with_silent_phase(agenda)
    engine = _start(silent, store)
    engine.goto("fallberatung", index)
    assert engine.position.phase is not None and engine.position.phase.prompt is not None
    assert engine.position.prompt is None, "eine Phase ohne Eingabe fragt die Telefone nichts"
    with pytest.raises(NotCurrentStep):
        engine.submit_answer("p1", AnswerInput(step_id="fallberatung", phase=index, text="Idee zur Unzeit"))
    assert engine.session.answers == []


def test_only_quotable_answers_wait_for_approval_counted_per_step(agenda: Agenda, store) -> None:
    # The console shows "n warten auf Freigabe"; a private answer in that count would tell the room
    # that someone just sent something private.
    engine = _start(agenda, store)
    engine.goto("runde-2")
    quote = engine.submit_answer("p1", AnswerInput(step_id="runde-2", text="Zeigbar", consent=Consent.QUOTE))
    engine.submit_answer("p2", AnswerInput(step_id="runde-2", text="Nur für die Leitung"))
    assert len(engine.pending()) == 2
    assert engine.awaiting_approval() == [quote]
    engine.goto("anliegen")
    assert engine.awaiting_approval() == []
    assert engine.awaiting_approval("runde-2") == [quote], (
        "the count of the step asked for, not the current one"
    )


def test_concerns_are_listed_most_urgent_first(agenda: Agenda, store) -> None:
    engine = _start(agenda, store)
    engine.goto("anliegen")
    engine.set_moderation("anliegen", False)
    for phone, urgency in (("p1", Urgency.LOW), ("p2", Urgency.MEDIUM), ("p3", Urgency.HIGH)):
        for consent in (Consent.QUOTE, Consent.PRIVATE):
            engine.submit_answer(
                f"{phone}-{consent.value}",
                AnswerInput(
                    step_id="anliegen", title=f"Anliegen {urgency.value}", urgency=urgency, consent=consent
                ),
            )
    expected = [Urgency.HIGH, Urgency.MEDIUM, Urgency.LOW]
    assert [a.urgency for a in engine.concerns()] == expected
    assert [a.urgency for a in engine.concerns(private=True)] == expected


def test_a_typed_case_keeps_what_the_supervisor_entered(agenda: Agenda, store) -> None:
    engine = _start(agenda, store)
    engine.goto("anliegen")
    concern = engine.submit_answer(
        "p1", AnswerInput(step_id="anliegen", title="Umzug", consent=Consent.QUOTE)
    )
    case = engine.add_case(
        "Ü" * 400, Urgency.HIGH, tags=[Topic.HOUSING, Topic.WORK], source_answer=concern.id, brought_by="T1"
    )
    assert case.title == "Ü" * 300, "cut to the length the coordinator file allows"
    assert (case.urgency, case.tags, case.source_answer, case.brought_by) == (
        Urgency.HIGH,
        [Topic.HOUSING, Topic.WORK],
        concern.id,
        "T1",
    )
    assert engine.taken(concern.id)
    assert store.replay(store.journal_path(engine.session)).cases == [case]
    with pytest.raises(EngineError) as unknown:
        engine.add_case("Fall", brought_by="T9")
    assert (unknown.value.code, unknown.value.params) == ("participant.unknown", {"label": "T9"})


def test_refusals_name_what_is_wrong_by_code(agenda: Agenda, store) -> None:
    # The console and the phone word each code from their catalogues (tests/tui and tests/live
    # test_error_words check that every code has its words in German and English).
    engine = _start(agenda, store)
    engine.goto("runde-2")
    mood_or_text = engine.submit_answer("p1", AnswerInput(step_id="runde-2", text="Kein Anliegen"))
    engine.goto("anliegen")
    concern = engine.submit_answer("p1", AnswerInput(step_id="anliegen", title="Umzug"))
    engine.case_from_answer(concern.id)
    engine.goto("fallberatung")
    refusals = {
        "case.none": lambda: engine.take_along("a-gibt-es-nicht"),
        "case.unknown": lambda: engine.select_case("c-gibt-es-nicht"),
        "answer.unknown": lambda: engine.moderate("a-gibt-es-nicht", Moderation.APPROVED),
        "answer.not_concern": lambda: engine.case_from_answer(mood_or_text.id),
        "concern.already_case": lambda: engine.case_from_answer(concern.id),
        "paper.unknown": lambda: engine.paper_answer(
            AnswerInput(step_id="fallberatung", text="x"), label="P7"
        ),
    }
    for code, refused in refusals.items():
        with pytest.raises(EngineError) as caught:
            refused()
        assert caught.value.code == code
    assert caught.value.params == {"label": "P7"}
    engine.select_case(engine.add_case("Fall").id)
    with pytest.raises(EngineError) as no_idea:
        engine.take_along("a-gibt-es-nicht")
    assert no_idea.value.code == "idea.unknown"
    # what a phone is told (the form shows it as it is)
    for step_id, data, code in [
        ("runde-1", {}, "answer.mood_missing"),
        ("runde-2", {"text": ""}, "answer.text_missing"),
        ("anliegen", {"text": "ohne Titel"}, "answer.title_missing"),
    ]:
        engine.goto(step_id)
        with pytest.raises(EngineError) as caught:
            engine.submit_answer("p9", AnswerInput(step_id=step_id, **data))
        assert caught.value.code == code
    engine.end()
    with pytest.raises(SessionClosed) as closed:
        engine.submit_answer("p1", AnswerInput(step_id="fallberatung", text="zu spät"))
    assert closed.value.code == "session.closed"


def test_a_template_s_shorter_limit_is_named_to_the_phone(agenda: Agenda, store) -> None:
    data = agenda.model_dump(mode="json")
    next(s for s in data["steps"] if s["id"] == "runde-2")["prompt"]["max_chars"] = 10
    engine = _start(Agenda.model_validate(data), store)
    engine.goto("runde-2")
    assert engine.submit_answer("p1", AnswerInput(step_id="runde-2", text="x" * 10)).text == "x" * 10
    with pytest.raises(EngineError) as caught:
        engine.submit_answer("p2", AnswerInput(step_id="runde-2", text="x" * 11))
    assert (caught.value.code, caught.value.params) == ("text.too_long", {"max": 10})


def test_a_phone_that_sends_twice_in_one_group_commit_revises_its_answer(agenda: Agenda, store) -> None:
    # The form server stores a burst with one fsync (sync=False, then sync()); a phone that sends again
    # before that must still have one answer, revised, not two.
    engine = _start(agenda, store)
    engine.goto("runde-2")
    first = engine.submit_answer("p1", AnswerInput(step_id="runde-2", text="erst so"), sync=False)
    second = engine.submit_answer("p1", AnswerInput(step_id="runde-2", text="dann so"), sync=False)
    engine.sync()
    assert second.id == first.id and second.revision == 2
    assert [(a.text, a.revision) for a in engine.session.answers] == [("dann so", 2)]
    assert store.replay(store.journal_path(engine.session)).answers == engine.session.answers


def test_a_text_answer_keeps_no_mood_and_no_urgency_a_phone_sent_along(agenda: Agenda, store) -> None:
    # A crafted form may carry every field; only the step's own input counts (the mood histogram and the
    # coordinator's urgency counts read these fields).
    engine = _start(agenda, store)
    engine.goto("runde-2")
    answer = engine.submit_answer(
        "p1", AnswerInput(step_id="runde-2", text="Satz", mood=5, urgency=Urgency.HIGH)
    )
    assert (answer.mood, answer.urgency) == (None, None)
    assert engine.mood_histogram("runde-2") == [0, 0, 0, 0, 0]


def test_paper_answers_are_numbered_one_by_one(agenda: Agenda, store) -> None:
    engine = _start(agenda, store)
    engine.goto("runde-2")
    labels = [
        engine.paper_answer(AnswerInput(step_id="runde-2", text=f"Satz {i}")).participant for i in range(3)
    ]
    assert labels == ["P1", "P2", "P3"]


def test_an_idea_taken_along_can_be_put_back_and_the_phone_sees_its_idea_as_saved(
    agenda: Agenda, store
) -> None:
    engine = _start(agenda, store)
    engine.goto("fallberatung", "Beratung")
    ideas = engine.position.phase_index
    engine.set_moderation("fallberatung", False)
    engine.select_case(engine.add_case("Fall").id)
    idea = engine.submit_answer(
        "p1", AnswerInput(step_id="fallberatung", phase=ideas, text="Dolmetscher", consent=Consent.QUOTE)
    )
    assert engine.current_answer(idea.participant) == idea, "what the phone shows as saved in an idea phase"
    engine.take_along(idea.id)
    assert engine.current_case().taken_along == [idea.id]
    engine.take_along(idea.id, on=False)
    assert engine.current_case().taken_along == []
    assert store.replay(store.journal_path(engine.session)).cases == engine.session.cases


def test_two_case_discussions_keep_their_own_case_and_roles(agenda: Agenda, store) -> None:
    data = agenda.model_dump(mode="json")
    at = next(i for i, s in enumerate(data["steps"]) if s["id"] == "fallberatung")
    data["steps"].insert(
        at + 1, {**data["steps"][at], "id": "fallberatung-2", "title": "Zweite Fallberatung"}
    )
    engine = _start(Agenda.model_validate(data), store)
    engine.goto("fallberatung")
    first = engine.add_case("Erster Fall")
    engine.select_case(first.id)
    engine.assign_role("Protokoll", "T1")
    engine.goto("fallberatung-2")
    second = engine.add_case("Zweiter Fall")
    engine.select_case(second.id)
    engine.assign_role("Protokoll", "T2")
    engine.assign_role("Protokoll", "T3")  # changed: the last one counts, once
    assert {c.id: c.step_id for c in engine.session.cases} == {
        first.id: "fallberatung",
        second.id: "fallberatung-2",
    }
    assert engine.roles_for("fallberatung") == {"Protokoll": "T1"}
    assert engine.roles_for("fallberatung-2") == {"Protokoll": "T3"}
    assert sorted((r.step_id, r.participant) for r in engine.session.roles) == [
        ("fallberatung", "T1"),
        ("fallberatung-2", "T3"),
    ]
    assert store.replay(store.journal_path(engine.session)).roles == engine.session.roles


def _with_question_phase(agenda: Agenda) -> tuple[Agenda, int, int]:
    """The default agenda, whose case discussion also asks the room a question before the idea phase."""
    data = agenda.model_dump(mode="json")
    case = next(s for s in data["steps"] if s["id"] == "fallberatung")
    names = [p["name"] for p in case["phases"]]
    question, ideas = names.index("Schlüsselfrage"), names.index("Beratung")
    case["phases"][question]["prompt"] = {"question": "Was ist die Schlüsselfrage?", "input": "text"}
    case["phases"][question]["roles"]["Beratende"]["sends"] = "text"  # a question someone may answer
    return Agenda.model_validate(data), question, ideas


def test_each_phase_shows_its_own_answers_and_only_idea_phases_reach_the_case_giver(
    agenda: Agenda, store
) -> None:
    custom, question, idea_phase = _with_question_phase(agenda)
    engine = _start(custom, store)
    engine.goto("fallberatung", question)
    engine.set_moderation("fallberatung", False)
    asked = engine.submit_answer(
        "p1", AnswerInput(step_id="fallberatung", phase=question, text="Wie weiter?", consent=Consent.QUOTE)
    )
    assert engine.shown_answers() == [asked]
    engine.goto("fallberatung", idea_phase)
    idea = engine.submit_answer(
        "p2", AnswerInput(step_id="fallberatung", phase=idea_phase, text="Dolmetscher", consent=Consent.QUOTE)
    )
    assert engine.shown_answers() == [idea], (
        "the idea phase shows its ideas, not the earlier question's answers"
    )
    assert engine.projected("fallberatung", question) == [asked]
    assert engine.projected(phase=idea_phase) == [idea]
    assert engine.ideas() == [idea]
    engine.next()
    assert engine.shown_answers() == [idea], "Abschluss: the ideas reach the case giver"
    engine.next()
    assert engine.position.step.id != "fallberatung"
    assert engine.ideas("fallberatung") == [idea]


def test_the_review_queue_puts_what_waits_first_and_keeps_each_phase_apart(agenda: Agenda, store) -> None:
    engine = _start(agenda, store)
    engine.goto("runde-2")
    first = engine.submit_answer("p1", AnswerInput(step_id="runde-2", text="Erste", consent=Consent.QUOTE))
    second = engine.submit_answer("p2", AnswerInput(step_id="runde-2", text="Zweite", consent=Consent.QUOTE))
    third = engine.submit_answer("p3", AnswerInput(step_id="runde-2", text="Dritte"))
    engine.moderate(first.id, Moderation.HIDDEN)
    engine.moderate(second.id, Moderation.APPROVED)
    assert [a.text for a in engine.review_queue()] == ["Dritte", "Zweite", "Erste"]
    engine.moderate(third.id, Moderation.APPROVED)
    assert [a.text for a in engine.review_queue()] == ["Zweite", "Dritte", "Erste"], "arrival order within"
    engine.goto("fallberatung", "Beratung")
    assert engine.review_queue() == [], "another step's answers are not this queue's"


def test_the_review_queue_puts_what_the_room_may_see_before_private_answers(agenda: Agenda, store) -> None:
    engine = _start(agenda, store)
    engine.goto("runde-2")
    engine.submit_answer("p1", AnswerInput(step_id="runde-2", text="Privat", consent=Consent.PRIVATE))
    engine.submit_answer("p2", AnswerInput(step_id="runde-2", text="Zeigbar", consent=Consent.QUOTE))
    later = engine.submit_answer("p3", AnswerInput(step_id="runde-2", text="Später", consent=Consent.QUOTE))
    assert [a.text for a in engine.review_queue()] == ["Zeigbar", "Später", "Privat"]
    engine.moderate(later.id, Moderation.APPROVED)
    assert [a.text for a in engine.review_queue()] == ["Zeigbar", "Privat", "Später"], "waiting before shown"


def test_open_cases_are_those_no_discussion_has_taken_up(agenda: Agenda, store) -> None:
    engine = _start(agenda, store)
    engine.join("p1")
    first = engine.add_case("Erster Fall", brought_by="T1")
    second = engine.add_case("Zweiter Fall")
    assert [c.id for c in engine.open_cases()] == [first.id, second.id]
    engine.goto("fallberatung")
    engine.select_case(second.id)
    assert [c.id for c in engine.open_cases()] == [first.id]
    engine.select_case(first.id)  # another choice puts the previous case back
    assert [c.id for c in engine.open_cases()] == [second.id]


def test_latecomers_of_one_group_commit_get_the_next_codes_and_the_end_of_the_speaking_order(
    agenda: Agenda, store
) -> None:
    # Two phones the group has not seen answer in one burst (one fsync): each gets its own next code, and
    # both are added to the drawn speaking order, in the order they came.
    engine = _start(agenda, store)
    engine.goto("runde-2")
    engine.join("p1")
    engine.join("p2")
    drawn = engine.shuffle_speakers().order
    for phone in ("spät-1", "spät-2"):
        engine.submit_answer(phone, AnswerInput(step_id="runde-2", text=f"von {phone}"), sync=False)
    engine.sync()
    assert [p.label for p in engine.session.participants] == ["T1", "T2", "T3", "T4"]
    order = engine.speaking_order()
    assert order is not None and order.order == [*drawn, "T3", "T4"]
    assert store.replay(store.journal_path(engine.session)) == engine.session
