"""Agreements followed up: the next session of a series opens its closing with the last agreements."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from supervision_tui.engine import Engine, EngineError
from supervision_tui.models import Agenda, FollowUpState
from supervision_tui.record import SessionRecord
from supervision_tui.store import Store

from ._support import FakeNow, IdentityAnonymizer


def _session(
    agenda: Agenda,
    store: Store,
    session_id: str,
    date: dt.date,
    agreements: list[str],
    previous: SessionRecord | None = None,
) -> Engine:
    engine = Engine.start(
        agenda,
        title="Gruppe Harz",
        date=date,
        store=store,
        session_id=session_id,
        anonymizer=IdentityAnonymizer(),
        now=FakeNow(dt.datetime.combine(date, dt.time(17), tzinfo=dt.UTC)),
        previous=previous,
    )
    for text in agreements:
        engine.add_agreement(text)
    return engine


def test_the_next_session_of_the_series_opens_with_the_last_agreements(store, agenda):
    first = _session(agenda, store, "first001", dt.date(2025, 3, 1), ["Notfallnummern verteilen"])
    first.end()
    second = _session(agenda, store, "second01", dt.date(2025, 6, 1), ["Thema Abgrenzung", "Termin Herbst"])
    second.end()

    previous = store.last_of_series(agenda.id)
    assert previous is not None and previous.id == "second01"
    third = _session(agenda, store, "third001", dt.date(2025, 9, 1), [], previous=previous)
    follow_ups = third.session.follow_ups
    assert [(f.text, f.from_session, f.state) for f in follow_ups] == [
        ("Thema Abgrenzung", "second01", FollowUpState.OPEN),
        ("Termin Herbst", "second01", FollowUpState.OPEN),
    ]
    # They are in the journal's header, so a resume has them too.
    assert store.replay(store.journal_path(third.session)).follow_ups == follow_ups


def test_last_of_series_ignores_other_series_refused_files_and_running_sessions(store, agenda):
    other = agenda.model_copy(update={"series": "gruppe-quedlinburg"})
    _session(agenda, store, "harz0001", dt.date(2025, 3, 1), ["A"]).end()
    _session(other, store, "qlb00001", dt.date(2025, 4, 1), ["B"]).end()
    _session(agenda, store, "running1", dt.date(2025, 5, 1), ["C"])  # not ended: stays in running/
    (store.root / "2025-06-01-gruppensupervision-integrationslotsen-broken01.json").write_text("{")

    assert store.last_of_series(agenda.id).id == "harz0001"  # type: ignore[union-attr]
    assert store.last_of_series("gruppe-quedlinburg").id == "qlb00001"  # type: ignore[union-attr]
    assert store.last_of_series("nie-gelaufen") is None


def test_two_sessions_on_one_day_the_later_one_counts(store, agenda, tmp_path):
    day = dt.date(2025, 3, 1)
    late = _session(agenda, store, "aaaa0001", day, ["spät"])
    late.session.started_at = dt.datetime(2025, 3, 1, 20, tzinfo=dt.UTC)
    late._now = FakeNow(dt.datetime(2025, 3, 1, 21, tzinfo=dt.UTC))
    late.end()
    _session(agenda, store, "zzzz0001", day, ["früh"]).end()  # ends at 17:00:0x, sorts first by name
    assert store.last_of_series(agenda.id).id == "aaaa0001"  # type: ignore[union-attr]


def test_a_record_of_another_series_is_refused(store, agenda):
    other = agenda.model_copy(update={"series": "gruppe-thale"})
    _session(other, store, "thale001", dt.date(2025, 3, 1), ["X"]).end()
    record = store.last_of_series("gruppe-thale")
    with pytest.raises(EngineError):
        _session(agenda, store, "harz0002", dt.date(2025, 6, 1), [], previous=record)


def test_marking_follow_ups_is_journaled_and_reaches_the_record(store, agenda):
    _session(agenda, store, "first001", dt.date(2025, 3, 1), ["eins", "zwei", "drei"]).end()
    engine = _session(agenda, store, "second01", dt.date(2025, 6, 1), [], store.last_of_series(agenda.id))
    ids = [f.agreement_id for f in engine.session.follow_ups]
    events = []
    engine.subscribe(events.append)
    engine.mark_follow_up(ids[0], FollowUpState.DONE)
    engine.mark_follow_up(ids[1], FollowUpState.ONGOING)
    engine.mark_follow_up(ids[2], FollowUpState.DROPPED)
    engine.mark_follow_up(ids[2], FollowUpState.DONE)  # changed its mind: the last mark counts
    assert [e.type for e in events] == ["follow_up_marked"] * 4
    with pytest.raises(EngineError):
        engine.mark_follow_up("gibt-es-nicht", FollowUpState.DONE)

    expected = [FollowUpState.DONE, FollowUpState.ONGOING, FollowUpState.DONE]
    assert [f.state for f in store.replay(store.journal_path(engine.session)).follow_ups] == expected
    path = engine.end()
    assert path is not None
    stored = json.loads(path.read_text())
    assert [(f["text"], f["state"], f["from_session"]) for f in stored["follow_ups"]] == [
        ("eins", "done", "first001"),
        ("zwei", "ongoing", "first001"),
        ("drei", "done", "first001"),
    ]


def test_a_first_session_has_nothing_to_follow_up(store, agenda):
    engine = _session(agenda, store, "first001", dt.date(2025, 3, 1), [], store.last_of_series(agenda.id))
    assert engine.session.follow_ups == []
