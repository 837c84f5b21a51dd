"""Two views in real terminals: the console in one tmux session, the projection in another.

Phones answer over real HTTP (private answers, one-to-one requests, quotable answers), the supervisor
opens the moderation queue and types a note full of identifiers, and the console is killed with
`kill -9` and resumed. A thread captures the projection's pane all the while; no capture may show a
typed identifier, a private answer, "Einzelgespräch" or the label of a phone that asked for a talk.
The projection is started before the console and never restarted.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from .test_tmux import ROOT, Terminal, _phone, _post, terminal_env

pytestmark = pytest.mark.e2e

NOTE = "Frau Petrović ruft T5 auch sonntags an, Handy 0157 98765432. Wohnt in der Lindenstraße 12 in Enger."
NOTE_PARTS = ["Petrović", "Petrovic", "sonntags", "0157", "98765432", "Lindenstraße", "Enger"]
PRIVATE_MOOD = "Zahnschmerzen seit Dienstag, Termin bei Dr. Quandt"
PRIVATE_MOMENT = "Mein Schwager hat bei der Leiharbeitsfirma die Kündigung bekommen"
PRIVATE_TALK_TEXT = "Bitte um ein Gespräch wegen der Anhörung"
QUOTE_MOOD = "Heute gut ausgeschlafen und neugierig"
QUOTE_MOMENT = "Die Familie hat endlich eine Wohnung gefunden"
# The waiting title is drawn in the pixel font; the line under it is text a capture can read.
WAITING = "Die Projektion folgt der Sitzung"
PRIVATE_PARTS = ["Zahnschmerzen", "Quandt", "Leiharbeitsfirma", "Kündigung", "Anhörung", PRIVATE_TALK_TEXT]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start(name: str, command: str, tmp_path: Path, size: tuple[int, int]) -> Terminal:
    assert shutil.which("tmux"), "tmux is required (make test installs it)"
    env = terminal_env(tmp_path)
    for _ in range(20):
        started = subprocess.run(
            [
                "tmux",
                "new-session",
                "-d",
                "-s",
                name,
                "-x",
                str(size[0]),
                "-y",
                str(size[1]),
                f"exec {command}",
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
        )
        if started.returncode == 0:
            return Terminal(name)
        time.sleep(0.1)
    raise AssertionError(f"tmux could not start: {started.stderr.decode()}")


class Recorder:
    """Captures a pane every 30 ms in a thread, so that a frame painted for a moment is seen too."""

    def __init__(self, terminal: Terminal) -> None:
        self.terminal = terminal
        self.frames: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                frame = self.terminal.screen()
            except subprocess.CalledProcessError:
                frame = ""
            if frame and (not self.frames or frame != self.frames[-1]):
                self.frames.append(frame)
            time.sleep(0.03)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)


QUEUE_TITLE = "Freigabe – nur für Sie"
COVER = "Beamer-Ansicht verdeckt"


def _wait_gone(console: Terminal, text: str) -> None:
    deadline = time.monotonic() + 10
    while text in console.screen():
        assert time.monotonic() < deadline, console.screen()
        time.sleep(0.05)


def _open_queue(console: Terminal) -> None:
    console.keys("m")
    console.wait_for(COVER)  # the console's own cover comes first; Enter is the deliberate reveal
    console.keys("Enter")
    console.wait_for(QUEUE_TITLE)
    console.wait_for("Einzelgespräch")


def _close_queue(console: Terminal) -> None:
    # `m` closes the queue and the cover (Esc would wait for tmux's escape time and could merge
    # with the next key).
    console.keys("m")
    _wait_gone(console, QUEUE_TITLE)
    time.sleep(0.3)
    if COVER in console.screen():
        console.keys("m")
        _wait_gone(console, COVER)


def _pane_pid(terminal: Terminal) -> str:
    return subprocess.run(
        ["tmux", "list-panes", "-t", terminal.name, "-F", "#{pane_pid}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def test_the_projection_never_shows_what_is_private(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    stamp = time.monotonic_ns()
    port = _free_port()
    console_command = (
        f"{sys.executable} -m supervision_tui run --template gruppensupervision-integrationslotsen "
        f"--sessions-dir {sessions} --host 127.0.0.1 --port {port}"
    )
    started: list[Terminal] = []
    recorder: Recorder | None = None
    try:
        # The projection first: it waits for a session by itself. At 80×24 the quotes are text, not
        # pixels, so a capture can read them (and would read anything private).
        beamer = _start(
            f"beamer{stamp}",
            f"{sys.executable} -m supervision_tui beamer --sessions-dir {sessions}",
            tmp_path,
            (80, 24),
        )
        started.append(beamer)
        recorder = Recorder(beamer)
        beamer.wait_for(WAITING)

        console = _start(f"console{stamp}", console_command, tmp_path, (100, 30))
        started.append(console)
        screen = console.wait_for(r"http://127\.0\.0\.1:\d+/s/[A-Za-z0-9_-]{8,}")
        join_url = re.search(r"http://127\.0\.0\.1:\d+/s/[A-Za-z0-9_-]+", screen).group(0)
        # The projection found the console and shows the join page (the URL may wrap at 80 columns).
        beamer.wait_for(re.escape(join_url.split("/s/")[0]))

        phones = [_phone() for _ in range(4)]
        for phone in phones:
            assert _post(phone, f"{join_url}/join", {"confirm": "1"})["ok"] is True
        beamer.wait_for(r"4 Geräte")

        # Round 1 (mood): a quotable sentence, a private one, a request for a one-to-one talk.
        console.keys("PageDown")
        beamer.wait_for("Runde 1")
        assert _post(
            phones[0],
            f"{join_url}/answer",
            {"step": "runde-1", "mood": "4", "text": QUOTE_MOOD, "consent": "quote"},
        )["saved"]
        assert _post(
            phones[1],
            f"{join_url}/answer",
            {"step": "runde-1", "mood": "2", "text": PRIVATE_MOOD, "consent": "private"},
        )["saved"]
        assert _post(
            phones[2],
            f"{join_url}/answer",
            {"step": "runde-1", "mood": "3", "consent": "private", "private_talk": "1"},
        )["saved"]
        # The supervisor approves what waits (the quotable one is first); the queue is on the console only.
        _open_queue(console)
        console.keys("f")
        time.sleep(0.3)
        console.keys("Down", "f")
        time.sleep(0.3)
        _close_queue(console)
        beamer.wait_for(QUOTE_MOOD)
        beamer.wait_for(r"\s4 {5,}1\b")  # the mood chart counts

        # Round 2 (Glitzermoment): a quotable one, a private one, a second talk request with text.
        console.keys("PageDown")
        beamer.wait_for("Runde 2")
        assert _post(
            phones[0], f"{join_url}/answer", {"step": "runde-2", "text": QUOTE_MOMENT, "consent": "quote"}
        )["saved"]
        assert _post(
            phones[1], f"{join_url}/answer", {"step": "runde-2", "text": PRIVATE_MOMENT, "consent": "private"}
        )["saved"]
        assert _post(
            phones[3],
            f"{join_url}/answer",
            {"step": "runde-2", "text": PRIVATE_TALK_TEXT, "consent": "private", "private_talk": "1"},
        )["saved"]
        _open_queue(console)
        console.wait_for(PRIVATE_MOMENT[:20])
        for _ in range(3):
            console.keys("f")  # approve all three: approved is not enough for private ones
            time.sleep(0.3)
        _close_queue(console)
        beamer.wait_for(QUOTE_MOMENT)

        # The case discussion: the supervisor types a note full of identifiers and reviews it.
        console.keys("PageDown")
        beamer.wait_for("Anliegen")
        console.keys("PageDown")
        beamer.wait_for("Pause")
        console.keys("PageDown")
        beamer.wait_for("Rollen verteilen")
        console.wait_for("Rollen verteilen")
        console.wait_for("Noch keine Notizen")
        time.sleep(0.3)
        console.keys("e")
        console.wait_for("Notiz speichern")  # the editor has focus: letters are typed, not keys
        console.keys("-l", NOTE)
        time.sleep(0.5)
        console.keys("C-s")
        console.wait_for(COVER)  # the review shows the original: behind the console's cover
        console.keys("Enter")
        console.wait_for("Petrović →")
        console.keys("C-s")
        console.wait_for("Notiz gespeichert")
        _wait_gone(console, "Notiz speichern")  # a saved note gives up focus: `m` is a key again
        _open_queue(console)  # once more, with the talk requests listed
        _close_queue(console)
        console.keys("PageDown")
        beamer.wait_for("schildert den Fall")

        # kill -9 of the console: the projection notices, waits and follows the resumed session.
        subprocess.run(["kill", "-9", _pane_pid(console)], check=True)
        beamer.wait_for(WAITING, timeout=15)
        console = _start(f"console2{stamp}", console_command, tmp_path, (100, 30))
        started.append(console)
        console.wait_for("automatisch fortgesetzt")  # after kill -9 the console resumes by itself
        console.wait_for("schildert den Fall")
        frame = beamer.wait_for("schildert den Fall", timeout=15)
        assert "Schritt 6/7" in frame and "Die Projektion folgt" not in frame
        console.keys("PageDown")
        beamer.wait_for("formuliert die Frage")
    finally:
        if recorder is not None:
            recorder.stop()
        for terminal in started:
            subprocess.run(["tmux", "kill-session", "-t", terminal.name], capture_output=True)

    frames = recorder.frames
    assert len(frames) > 10, "the projection was hardly captured"
    seen = "\n".join(frames)
    assert QUOTE_MOOD in seen and QUOTE_MOMENT in seen  # the search below is meaningful
    forbidden = [
        NOTE,
        *NOTE_PARTS,
        PRIVATE_MOOD,
        PRIVATE_MOMENT,
        *PRIVATE_PARTS,
        "Einzelgespräch",
        "Gespräch",
    ]
    for index, frame in enumerate(frames):
        # The join URL is allowed on screen; its random token (maybe wrapped) is no T-code.
        text = re.sub(r"[A-Za-z0-9_-]{6,}", " ", frame)
        for word in forbidden:
            assert word not in frame, f"capture {index} of the projection shows {word!r}:\n{frame}"
        # T3 and T4 asked for a talk; no label of a phone appears on the projection in this session.
        assert not re.search(r"\bT[34]\b", text), (
            f"capture {index} shows a T-code that asked for a talk:\n{frame}"
        )
