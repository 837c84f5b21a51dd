"""A stored file that cannot be read is refused with a code and params (#14); the words are the catalogues'.

Each refusal is made from a real file in a real sessions folder and worded in German and English, by the
words the report's warnings use (`words.stored_error`) and by the console's catalogue (`tui/texts.py`).
"""

from __future__ import annotations

import json
import string
from pathlib import Path

import pytest

from supervision_tui.record import RecordError
from supervision_tui.store import JOURNAL_SUFFIX, Store, StoreError
from supervision_tui.tui.texts import CATALOGUES, Texts
from supervision_tui.words import STORED_ERRORS, stored_error

from ._support import stored_error_codes

OLD = Path(__file__).parent / "old_files"
V1 = json.loads((OLD / "record-v1.json").read_text(encoding="utf-8"))
V2 = json.loads((OLD / "record-v2.json").read_text(encoding="utf-8"))
JOURNAL = (OLD / "2025-03-14-gruppensupervision-integrationslotsen-alt00003.journal.jsonl").read_bytes()
START, EVENT = JOURNAL.splitlines(keepends=True)[:2]

# A coordinator file's bytes per code (None: no file at all).
FILES: dict[str, bytes | None] = {
    "store.unreadable": None,
    "record.not_json": b'{"schema_version": 3, ',
    "record.not_session": b"[1, 2]",
    "record.unknown_version": b'{"schema_version": 7}',
    "record.v1_broken": json.dumps({**V1, "participants": "viele"}).encode(),
    "record.v1_unfinished": json.dumps({**V1, "status": "running", "ended_at": None}).encode(),
    "record.broken": json.dumps({**V2, "participants": -1}).encode(),
}
# A running session's journal per code.
JOURNALS: dict[str, bytes | None] = {
    "journal.unreadable": None,
    "journal.broken_line": START + b'{"type": "kaputt"}\n',
    "journal.second_start": START + EVENT + START,
    "journal.no_start": EVENT,
    "journal.empty": b"\n",
}


def _refused(tmp_path: Path, code: str) -> StoreError:
    store = Store(tmp_path)
    content = FILES.get(code, JOURNALS.get(code))
    name = f"2025-03-14-x-alt00009{'.json' if code in FILES else JOURNAL_SUFFIX}"
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(StoreError) as info:
        store.load(path) if code in FILES else store.replay(path)
    assert info.value.file == name
    return info.value


def test_every_code_is_made_from_a_real_file() -> None:
    assert set(FILES) | set(JOURNALS) | {"record.unfinished"} == set(stored_error_codes())


@pytest.mark.parametrize("code", [*FILES, *JOURNALS])
def test_a_refused_file_reads_in_both_languages_naming_it(tmp_path: Path, code: str) -> None:
    error = _refused(tmp_path, code)
    assert error.code == code
    de, en = stored_error(error, "de"), stored_error(error, "en")
    assert de != en and error.file in de and error.file in en
    assert Texts("de").error(error) == de and Texts("en").error(error) == en  # the console's words


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_stored_code_has_a_message_with_its_params_in_both_catalogues(lang: str) -> None:
    for code, params in stored_error_codes().items():
        key = f"error.{code}"
        assert key in STORED_ERRORS[lang] and CATALOGUES[lang][key] == STORED_ERRORS[lang][key], (lang, key)
        fields = {name for _, name, _, _ in string.Formatter().parse(STORED_ERRORS[lang][key]) if name}
        assert fields <= params | {"reason"}, (lang, code, fields, params)


def test_a_broken_field_is_named_with_its_problem_in_each_language(tmp_path: Path) -> None:
    error = _refused(tmp_path, "record.broken")
    assert stored_error(error, "de") == f"{error.file}: beschädigt – participants: ist zu klein."
    assert stored_error(error, "en") == (
        f"{error.file}: damaged – participants: Input should be greater than or equal to 0."
    )


def test_an_unfinished_session_is_no_record() -> None:
    error = RecordError("record.unfinished", session="abc123")
    assert Texts("de").error(error) == "Sitzung abc123 ist nicht beendet und wird nicht als gehalten gezählt."
    assert Texts("en").error(error) == "Session abc123 has not ended and does not count as held."
