"""Write `sessions/schema.json`, the published JSON Schema of the coordinator's session file (`record`).

Run after changing `supervision_tui/record.py` (or the models it uses):

    .venv/bin/python scripts/write_schema.py            # writes sessions/schema.json
    .venv/bin/python scripts/write_schema.py OTHER.json # writes elsewhere (tests use this)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from supervision_tui.record import record_json_schema

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "sessions" / "schema.json"


def render() -> str:
    """The schema as committed: pretty, sorted keys, UTF-8, trailing newline."""
    return json.dumps(record_json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DEFAULT_PATH
    path.write_text(render(), encoding="utf-8")
    print(f"{path} geschrieben")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
