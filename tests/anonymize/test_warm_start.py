"""What a warm start (lexicon cache present) reads only when it is used: the same values as read at once."""

from __future__ import annotations

import atexit
import gc
import io
import sys
import threading

import pytest

from supervision_tui.anonymize import lexicon


def _loaded() -> tuple[lexicon.Lexicon, lexicon.Lexicon]:
    built = lexicon.get()
    stream = io.BytesIO()
    lexicon.dump(built, stream)
    stream.seek(0)
    return built, lexicon.load(stream)


def test_the_sets_of_a_cached_lexicon_are_split_at_their_first_use() -> None:
    built, loaded = _loaded()
    assert not any(name in vars(loaded) for name in lexicon._SETS)  # nothing split yet
    assert "müller" in loaded.names and "müller" in vars(loaded)["names"]
    assert "technical" not in vars(loaded)
    for name in lexicon._SETS:
        value = getattr(loaded, name)
        assert type(value) is frozenset and value == getattr(built, name) and "" not in value, name
        assert getattr(loaded, name) is value  # split once
    assert loaded._unread == {}
    assert lexicon.Lexicon().technical == frozenset() and lexicon.Lexicon.names == frozenset()


def test_threads_that_split_one_set_together_all_get_it() -> None:
    built, loaded = _loaded()
    start = threading.Barrier(8)
    seen: list[frozenset[str]] = []

    def use() -> None:
        start.wait()
        seen.append(loaded.technical)

    threads = [threading.Thread(target=use) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 8 and all(s == built.technical for s in seen)


def test_the_command_leaves_its_objects_to_the_end_of_the_process(monkeypatch: pytest.MonkeyPatch) -> None:
    from supervision_tui.anonymize import cli

    registered: list[object] = []
    monkeypatch.setattr(atexit, "register", registered.append)
    monkeypatch.setattr(sys, "stdin", io.StringIO("Herr Müller"))
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    assert cli.main([]) == 0
    assert out.getvalue() == "Herr [Person A]"
    assert registered == [gc.freeze]  # at exit: no collections over the rules and the lexicon
