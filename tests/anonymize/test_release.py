"""Released words (false positives the supervisor let go) stay readable; session names never do."""

from __future__ import annotations

from supervision_tui.anonymize import Context, anonymize


def test_released_word_stays_readable_for_the_session() -> None:
    context = Context()
    assert "Duolingo" not in anonymize("Duolingo geht gut", context).text
    context.release("duolingo")
    assert anonymize("Duolingo geht gut", context).text == "Duolingo geht gut"
    mixed = anonymize("Frau Haddad spricht Duolingo", context).text
    assert mixed.startswith("Frau [Person ") and mixed.endswith("] spricht Duolingo")


def test_a_session_name_cannot_be_released_and_marking_undoes_a_release() -> None:
    context = Context()
    context.add_name("Olha")
    context.release("olha")
    assert "olha" not in anonymize("mit olha beim amt", context).text.casefold()
    other = Context()
    other.release("Sommer")
    other.add_name("Sommer")
    assert "Sommer" not in anonymize("Herr Sommer kam", other).text
