"""A day written without its year is read against the session's day: one that passed in the last months is a
past event's day, the commonest way notes tell when a thing happened ("Revision am 21.09.", "Die Botschaft hat
ihn am 24.11. ausgestellt"), and masked; one ahead stays readable, as do a plan's, a meeting's and a deadline's
days and the volunteers' own doings. Every text is read against a day given here, not the calendar's."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from supervision_tui.anonymize import Context, default_anonymizer, learned

DAY = dt.date(2026, 12, 7)


def _anonymized(text: str, today: dt.date) -> tuple[str, list[tuple[int, int]]]:
    result = default_anonymizer().anonymize(text, Context(today=today))
    return result.text, [(e.start, e.end) for e in result.entities]


def _masked(text: str, day: str, today: dt.date) -> bool:
    at = text.index(day)
    _, spans = _anonymized(text, today)
    return any(s <= at and at + len(day) <= e for s, e in spans)


def _kept(text: str, day: str, today: dt.date) -> bool:
    at = text.index(day)
    _, spans = _anonymized(text, today)
    return not any(s < at + len(day) and at < e for s, e in spans)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Revision am 21.09.", "21.09"),
        ("Einweisung in die Psychiatrie am 29.11., seitdem ist er dort.", "29.11."),
        ("Pflegegrad beantragt am 5. August, Ergebnis Pflegegrad 2.", "5. August"),
        ("Der Dilovan is verhaftet worden. Am 2. Dezember früh um sechs kam die Polizei.", "2. Dezember"),
        ("Blessing is am 2. Oktober mit Wehen ins Krankenhaus gekommen.", "2. Oktober"),
        # a deadline's word earlier in the sentence does not make the day a passed event names a deadline's
        ("Die Anhörung beim BAMF war am 2. Oktober, der Bescheid steht noch aus.", "2. Oktober"),
        # another clause in the first person is not the day's
        ("Das Baby wurde getauft, am 24. November, und ich war Taufpatin!", "24. November"),
    ],
)
def test_a_day_passed_in_the_last_months_is_masked(text: str, day: str) -> None:
    assert _masked(text, day, DAY), _anonymized(text, DAY)[0]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Revision am 21.09.", "21.09"),
        ("Einweisung in die Psychiatrie am 29.11., seitdem ist er dort.", "29.11."),
    ],
)
def test_the_same_day_still_ahead_of_the_session_stays(text: str, day: str) -> None:
    assert _kept(text, day, dt.date(2026, 9, 1)), _anonymized(text, dt.date(2026, 9, 1))[0]


def test_in_january_last_decembers_day_has_passed_and_the_next_weeks_are_ahead() -> None:
    january = dt.date(2027, 1, 10)
    assert _masked("Revision am 20.12.", "20.12", january)
    assert _kept("Revision am 14.1., bitte nüchtern kommen.", "14.1.", DAY)
    assert _kept("Revision am 24.1.", "24.1", january)


def test_a_day_further_back_than_the_last_months_is_read_as_no_past_event() -> None:
    # 248 days before the session: as likely next spring's as last spring's
    assert _kept("Revision am 3.4.", "3.4", DAY)
    assert _masked("Revision am 3.6.", "3.6", DAY)  # 187 days: still the last months'


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a plan's present, a modal or a plan's word around the day
        ("Elias kommt am 5.6. aus dem Libanon, das Visum ist durch!", "5.6."),
        ("Ausbildung als Kfz-Mechatroniker, Start 1. August.", "1. August"),
        ("Der Sohn soll am 1. August eine Ausbildung beginnen.", "1. August"),
        ("Ich war heute beim Amt, am 5.12. muss ich wieder hin.", "5.12."),
        ("Er war beim Jobcenter, am 5.12. muss er wieder hin.", "5.12."),
        ("Vereinbarung: Gitti begleitet sie am 2.12. zur Frauenärztin.", "2.12."),
        ("Am 3.10. Termin vereinbart.", "3.10."),
        ("Hat sie ihr Baby bekommen? Am 1. Dezember ist der Termin.", "1. Dezember"),
        ("Die Frist für den Widerspruch endet am 30.11.", "30.11."),
        # the volunteers' own doings
        ("Am 3.12. haben wir die Gruppe getroffen.", "3.12."),
        ("Am 3.12. habe ich mit ihr telefoniert.", "3.12."),
        ("wir sehen uns am 22. november beim fest", "22. november"),
        # a period's or a paper's "vom" that names no stay and no letter
        ("Das Protokoll vom 3.12. schicke ich euch noch.", "3.12."),
        ("urlaub vom 3. bis 5. august", "3."),
    ],
)
def test_a_plan_a_meeting_a_deadline_or_the_room_s_own_day_stays(text: str, day: str) -> None:
    assert _kept(text, day, DAY), _anonymized(text, DAY)[0]


def test_a_stay_s_days_are_masked_with_their_vom() -> None:
    text = "Laut Entlassbrief stationär vom 17.11. bis 21.11., jetzt Physio."
    assert _masked(text, "17.11.", DAY) and _masked(text, "21.11.", DAY), _anonymized(text, DAY)[0]


def test_the_command_line_reads_the_texts_against_the_day_it_is_given() -> None:
    line = json.dumps({"text": "Revision am 21.09."}) + "\n"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "supervision_tui", "anonymize", "--jsonl", *args]
        return subprocess.run(command, input=line, capture_output=True, text=True, timeout=120)

    assert json.loads(run("--day", "2026-12-07").stdout)["text"] == "Revision am [Datum]."
    assert json.loads(run("--day", "2026-09-01").stdout)["text"] == "Revision am 21.09."
    wrong = run("--day", "7.12.2026")
    assert wrong.returncode == 2 and "kein Datum im Format JJJJ-MM-TT" in wrong.stderr


@pytest.mark.parametrize(
    ("text", "number", "ahead_on", "passed_on"),
    [
        ("am 14.1.2027 beim Arzt", "14.1.2027", dt.date(2026, 12, 8), dt.date(2027, 6, 1)),
        ("wieder hin am 3. März 2027", "3", dt.date(2026, 12, 8), dt.date(2027, 6, 1)),
    ],
)
def test_the_learned_pass_reads_a_day_against_the_sessions_day(
    text: str, number: str, ahead_on: dt.date, passed_on: dt.date
) -> None:
    # a day still to come is an appointment's, which the learned pass is not asked about; the same day read on a
    # later session's day has passed, and is asked (the pass reads the session's day, not the calendar's)
    at = text.index(number)
    end = at + len(number)
    assert learned.counted(text, at, end, ahead_on)
    assert not learned.counted(text, at, end, passed_on)
