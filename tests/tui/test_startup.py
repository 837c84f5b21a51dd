"""The first frame: the join screen is painted before the form server, the QR code and the anonymizer load.

A real start in a fresh interpreter (what is imported depends on what ran before in this one), headless,
with the real form server and feed on 127.0.0.1. The app's own first frame is observed from inside:
a callback after the first refresh of the join screen records what is loaded and what is shown, and
`servers_started` says when the phones can reach the form.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from .conftest import TEMPLATE

# Modules the first frame must not wait for: the form server (aiohttp, jinja2), the QR code's
# library, the anonymizer's rules and word lists, the PDF report.
HEAVY = (
    "aiohttp",
    "jinja2",
    "qrcode",
    "weasyprint",
    "supervision_tui.anonymize.engine",
    "supervision_tui.live",
)

SCRIPT = textwrap.dedent(
    """
    import asyncio, json, sys, time
    from pathlib import Path
    import supervision_tui.tui.app
    from supervision_tui.tui.app import SupervisionApp
    from supervision_tui.tui.widgets import QRCode

    heavy, sessions, template = json.loads(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    preview = sys.argv[4] == "preview"
    seen = {}

    class Observed(SupervisionApp):
        CSS_PATH = str(Path(supervision_tui.tui.app.__file__).with_name("supervision.tcss"))

        def on_mount(self):  # Textual calls this before the app's own `on_mount` (one per class)
            self.call_after_refresh(self.first_frame)
            self.run_worker(self.watch_servers())

        def first_frame(self):
            seen["t_frame"] = time.monotonic()
            seen["loaded"] = sorted(m for m in heavy if m in sys.modules)
            seen["text"] = " ".join(str(w.render()) for w in self.screen.query("Static"))
            seen["qr"] = self.screen.query_one(QRCode).data
            seen["screen"] = type(self.screen).__name__
            seen["engine"] = self.engine is not None

        async def watch_servers(self):
            await self.servers_started()
            seen["t_servers"] = time.monotonic()
            await asyncio.sleep(0.2)
            seen["qr_after"] = self.screen.query_one(QRCode).data
            seen["join_url"] = self.join_url
            seen["screen_after"] = type(self.screen).__name__
            seen["journals"] = len(list((sessions / "running").glob("*.journal.jsonl")))
            seen["served"] = self.server is not None and self.server.engine is self.engine
            self.exit(0)

    app = Observed(sessions, template=template, host="127.0.0.1", port=0, preview_first=preview)
    app.run(headless=True, size=(100, 30))
    print(json.dumps(seen))
    """
)


def _first_frame(tmp_path: Path, heavy: tuple[str, ...], mode: str) -> dict[str, object]:
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, json.dumps(heavy), str(tmp_path / "sessions"), TEMPLATE, mode],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=root,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_the_join_screen_is_painted_before_the_form_server_and_the_qr_code_load(tmp_path: Path) -> None:
    seen = _first_frame(tmp_path, HEAVY, "session")
    assert seen["loaded"] == [], seen["loaded"]  # none of them was imported before the first frame
    assert "QR-Code scannen" in seen["text"] and "Das Handy-Formular startet" in seen["text"]
    assert seen["qr"] == ""
    # Then the form comes up by itself, and the join screen shows its address as QR code.
    print(f"form server up {seen['t_servers'] - seen['t_frame']:.2f} s after the first frame")
    assert seen["t_servers"] - seen["t_frame"] < 10  # about a second on a loaded laptop
    assert seen["join_url"].startswith("http://127.0.0.1:") and seen["qr_after"] == seen["join_url"]


# What `supervision-tui run --template` paints before as well: the engine, the store and the models
# (pydantic builds them at import), and the session's journal.
DOMAIN = ("pydantic", "supervision_tui.engine", "supervision_tui.models", "supervision_tui.store")


def test_run_paints_the_join_screen_from_the_template_before_the_session_starts(tmp_path: Path) -> None:
    seen = _first_frame(tmp_path, HEAVY + DOMAIN, "preview")
    assert seen["loaded"] == [], seen["loaded"]
    assert seen["screen"] == "JoinPreviewScreen" and seen["engine"] is False
    assert "QR-Code scannen" in seen["text"] and "Das Handy-Formular startet" in seen["text"]
    assert "Schritt 1/" in seen["text"] and seen["qr"] == ""
    # Right after it the session starts (its journal on disk) and only then do the phones reach it.
    assert seen["screen_after"] == "JoinScreen"
    assert seen["journals"] == 1 and seen["served"] is True
    assert seen["join_url"].startswith("http://127.0.0.1:") and seen["qr_after"] == seen["join_url"]
