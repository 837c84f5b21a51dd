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

        async def watch_servers(self):
            await self.servers_started()
            seen["t_servers"] = time.monotonic()
            await asyncio.sleep(0.2)
            seen["qr_after"] = self.screen.query_one(QRCode).data
            seen["join_url"] = self.join_url
            self.exit(0)

    app = Observed(sessions, template=template, host="127.0.0.1", port=0)
    app.run(headless=True, size=(100, 30))
    print(json.dumps(seen))
    """
)


def test_the_join_screen_is_painted_before_the_form_server_and_the_qr_code_load(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, json.dumps(HEAVY), str(tmp_path / "sessions"), TEMPLATE],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=root,
        check=True,
    )
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["loaded"] == [], seen["loaded"]  # none of them was imported before the first frame
    assert "QR-Code scannen" in seen["text"] and "Das Handy-Formular startet" in seen["text"]
    assert seen["qr"] == ""
    # Then the form comes up by itself, and the join screen shows its address as QR code.
    print(f"form server up {seen['t_servers'] - seen['t_frame']:.2f} s after the first frame")
    assert seen["t_servers"] - seen["t_frame"] < 10  # about a second on a loaded laptop
    assert seen["join_url"].startswith("http://127.0.0.1:") and seen["qr_after"] == seen["join_url"]
