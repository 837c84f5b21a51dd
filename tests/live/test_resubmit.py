"""The resubmit guard on its own: a copy of a stored form is no new answer; a refused one is forgotten."""

from __future__ import annotations

from supervision_tui.live.resubmit import ResubmitGuard, form_nonce

NONCE = "n0nce-abcdef"


def _submits(revisions: list[int], made: list[str | None] | None = None):
    def submit(earlier: str | None) -> tuple[int, str]:
        revisions.append(len(revisions) + 1)
        if made is not None:
            made.append(earlier)
        return revisions[-1], f"a{revisions[-1]}"

    return submit


def test_the_same_form_in_the_same_step_keeps_its_first_revision() -> None:
    guard, stored = ResubmitGuard(), []
    assert guard.form("dev", NONCE, b"text=a").revision("s:0", _submits(stored)) == 1
    assert guard.form("dev", NONCE, b"text=a").revision("s:0", _submits(stored)) == 1
    assert stored == [1]
    # another body, another step, another phone or no nonce: a new revision each
    assert guard.form("dev", NONCE, b"text=b").revision("s:0", _submits(stored)) == 2
    assert guard.form("dev", NONCE, b"text=b").revision("s:1", _submits(stored)) == 3
    assert guard.form("other", NONCE, b"text=b").revision("s:1", _submits(stored)) == 4
    assert guard.form("dev", "", b"text=b").revision("s:1", _submits(stored)) == 5
    assert guard.form("dev", "", b"text=b").revision("s:1", _submits(stored)) == 6


def test_a_refused_form_sent_again_is_a_new_answer() -> None:
    guard, stored = ResubmitGuard(), []
    first = guard.form("dev", NONCE, b"text=a")
    first.revision("s:0", _submits(stored))
    first.refused()  # its batch's sync failed
    assert guard.form("dev", NONCE, b"text=a").revision("s:0", _submits(stored)) == 2


def test_a_new_session_forgets_the_forms() -> None:
    guard, stored = ResubmitGuard(), []
    guard.form("dev", NONCE, b"text=a").revision("s:0", _submits(stored))
    guard.clear()
    assert guard.form("dev", NONCE, b"text=a").revision("s:0", _submits(stored)) == 2


def test_a_form_keeps_a_valid_nonce_and_gets_a_fresh_one_otherwise() -> None:
    assert form_nonce(NONCE) == NONCE
    assert form_nonce("<bad>") != "<bad>"
    assert form_nonce(None) != form_nonce(None)


def test_the_same_form_with_other_text_changes_the_answer_it_made() -> None:
    """In an idea phase each form is a new idea: sent again with other text (typed on after a lost
    reply), it names the idea it made, so one nonce never makes two ideas."""
    guard, stored, made = ResubmitGuard(), [], []
    guard.form("dev", NONCE, b"text=a").revision("s:0", _submits(stored, made))
    guard.form("dev", NONCE, b"text=ab").revision("s:0", _submits(stored, made))
    guard.form("dev", NONCE, b"text=ab").revision("s:1", _submits(stored, made))  # another step: new
    assert made == [None, "a1", None]
