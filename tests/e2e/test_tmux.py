"""A real terminal: tmux runs `supervision-tui`, send-keys steps through, capture-pane reads the screen.

A phone answers over real HTTP in between, using the URL read off the terminal. The session file
written at the end must validate against the published JSON Schema.
"""

from __future__ import annotations

import http.cookiejar
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.e2e


def terminal_env(home: Path, path: str = "/usr/bin:/bin") -> dict[str, str]:
    """The environment of a tmux terminal: a plain shell with its own HOME, so sessions and settings start empty.

    The cache stays the user's: it holds the lexicon and the compiled patterns, public word lists and never
    text, and building it anew for every terminal's HOME cost each test about 10 s of a cold start.
    """
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    env = {
        "PATH": path,
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "HOME": str(home),
        "XDG_CACHE_HOME": cache,
    }
    if "TMUX_TMPDIR" in os.environ:  # the tests' own tmux server (conftest `_own_tmux_server`)
        env["TMUX_TMPDIR"] = os.environ["TMUX_TMPDIR"]
    return env


class Terminal:
    def __init__(self, name: str) -> None:
        self.name = name

    def screen(self) -> str:
        return subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", self.name], capture_output=True, text=True, check=True
        ).stdout

    def keys(self, *keys: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, *keys], check=True)

    def pane_pid(self) -> str:
        """The process the pane runs: the app itself when started by `launch`."""
        return subprocess.run(
            ["tmux", "list-panes", "-t", self.name, "-F", "#{pane_pid}"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()

    def kill_9(self) -> None:
        """kill -9 the app (the pane's process is the app itself, see `launch`)."""
        subprocess.run(["kill", "-9", self.pane_pid()], check=True)

    def quit(self) -> None:
        """Strg+Q, confirmed with j where the app asks: it must end, and with it the tmux session."""
        self.keys("C-q")
        confirmed = False
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            shown = subprocess.run(
                ["tmux", "capture-pane", "-p", "-t", self.name], capture_output=True, text=True
            )
            if shown.returncode != 0:
                return  # the session ended with the app
            if not confirmed and "j Ja" in shown.stdout:
                self.keys("j")
                confirmed = True
            time.sleep(0.1)
        raise AssertionError(f"supervision-tui did not quit after Strg+Q:\n{self.screen()}")

    def wait_for(self, pattern: str, timeout: float = 15.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if re.search(pattern, screen):
                return screen
            time.sleep(0.05)
        raise AssertionError(f"{pattern!r} did not appear on the terminal; it shows:\n{screen}")


def launch(tmp_path: Path, port: int = 0, size: tuple[int, int] = (100, 30), options: str = "") -> Terminal:
    """Start `supervision-tui run` in a fresh tmux session (100×30 unless told), as `make run` does."""
    assert shutil.which("tmux"), "tmux is required (make test installs it)"
    name = f"suptui{time.monotonic_ns()}"
    # exec: the pane's process is the app itself, so the kill -9 test can hit exactly it.
    command = (
        f"exec {sys.executable} -m supervision_tui run --template gruppensupervision-integrationslotsen "
        f"--sessions-dir {tmp_path / 'sessions'} --host 127.0.0.1 --port {port} --title Novembertreffen {options}"
    )
    env = terminal_env(tmp_path)
    for _ in range(20):
        # A tmux server whose last session just died may still be exiting; then ask again.
        started = subprocess.run(
            ["tmux", "new-session", "-d", "-s", name, "-x", str(size[0]), "-y", str(size[1]), command],
            cwd=ROOT,
            env=env,
            capture_output=True,
        )
        if started.returncode == 0:
            return Terminal(name)
        time.sleep(0.1)
    raise AssertionError(f"tmux could not start: {started.stderr.decode()}")


@pytest.fixture
def terminal(tmp_path: Path, terminals: list[Terminal]) -> Terminal:
    terminals.append(launch(tmp_path))
    return terminals[-1]


def _phone() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))


def _post(opener: urllib.request.OpenerDirector, url: str, fields: dict[str, str]) -> dict[str, object]:
    request = urllib.request.Request(
        url,
        data=urllib.parse.urlencode(fields).encode(),
        headers={"Accept": "application/json"},
        method="POST",
    )
    # A browser waits far longer; on a loaded machine the first text answer waits for the anonymizer's
    # word lists (seconds), and these tests are about what is stored and shown, not about latency.
    with opener.open(request, timeout=30) as response:
        return json.loads(response.read())


def answer_a_mood(terminal: Terminal) -> tuple[urllib.request.OpenerDirector, str]:
    """A phone joins through the URL on the terminal, the console goes to the mood round, the phone answers
    "2" there and is told it was saved. The phone and the join URL, for more."""
    screen = terminal.wait_for(r"http://127\.0\.0\.1:\d+/s/\S+", timeout=30)
    join_url = re.search(r"http://127\.0\.0\.1:\d+/s/[A-Za-z0-9_-]+", screen).group(0)  # type: ignore[union-attr]
    terminal.keys("PageDown")
    terminal.wait_for("Stimmung")
    phone = _phone()
    _post(phone, f"{join_url}/join", {"confirm": "1"})
    assert _post(phone, f"{join_url}/answer", {"step": "runde-1", "mood": "2", "consent": "quote"})["saved"]
    return phone, join_url


def test_whole_session_in_a_real_terminal(terminal: Terminal, tmp_path: Path) -> None:
    # The first frame may be captured half-drawn: wait for the header and the URL alike.
    terminal.wait_for("Ankommen")
    screen = terminal.wait_for(r"http://127\.0\.0\.1:\d+/s/\S+")
    join_url = re.search(r"http://127\.0\.0\.1:\d+/s/[A-Za-z0-9_-]+", screen).group(0)

    terminal.keys("PageDown")
    terminal.wait_for("Runde 1")
    terminal.wait_for("Stimmung")
    phone = _phone()
    assert _post(phone, f"{join_url}/join", {"confirm": "1"})["ok"] is True
    saved = _post(phone, f"{join_url}/answer", {"step": "runde-1", "mood": "4", "consent": "quote"})
    assert saved["saved"] is True
    # The answer reaches the projection: the histogram row for 4 shows one answer.
    terminal.wait_for(r"(?m)^\s*4 [^·\d]+ 1\b")  # a bar (blocks or coloured cells), no dots

    # Through the remaining steps and the six phases of the case discussion.
    for marker in [
        "Runde 2",
        "Anliegen sammeln",
        "Pause",
        # the case discussion's phases, recognised by their descriptions from the template
        "Rollen verteilen",
        "schildert den Fall",
        "formuliert die Frage",
        "schlägt eine Methode vor",
        "sammeln Ideen",
        "sagt, was sie mitnimmt",
        "Abschlussrunde",
    ]:
        terminal.keys("PageDown")
        terminal.wait_for(marker)
    # One window (no projection follows): an agreement is counted, its text shown only behind the cover.
    time.sleep(0.3)
    terminal.keys("v")
    terminal.wait_for("Esc Eingabe verlassen")  # the field has focus: letters are typed, not keys
    terminal.keys("-l", "Thema Abgrenzung vertiefen")
    terminal.wait_for(r"Vorschau \(anonymisiert\): Thema Abgrenzung")  # the last word is held back
    terminal.keys("Enter")
    terminal.wait_for("1 gespeichert")
    terminal.keys("Escape")
    screen = terminal.wait_for("a Vereinbarungen zeigen")  # the field left: a is a key again
    assert "Thema Abgrenzung" not in screen, screen
    terminal.keys("a")
    terminal.wait_for("Beamer-Ansicht verdeckt")
    terminal.keys("Enter")
    terminal.wait_for(r"1\. Thema Abgrenzung vertiefen")
    terminal.keys("Escape")
    screen = terminal.wait_for("1 gespeichert")
    assert "Thema Abgrenzung" not in screen, screen
    terminal.keys("PageDown")
    terminal.wait_for(r"Sitzung jetzt abschließen")
    terminal.keys("j")
    terminal.wait_for(r"Zusammenfassung")

    files = list((tmp_path / "sessions").glob("*.json"))
    assert len(files) == 1, files
    assert not list((tmp_path / "sessions").rglob("*.journal.jsonl")), "an ended session keeps no journal"
    assert files[0].stat().st_mode & 0o777 == 0o600
    stored = json.loads(files[0].read_text())
    schema = json.loads((ROOT / "sessions" / "schema.json").read_text())
    jsonschema.validate(stored, schema)
    assert stored["status"] == "finished"
    assert [s["moods"] for s in stored["steps"] if s["id"] == "runde-1"] == [[0, 0, 0, 1, 0]]
    assert [a["text"] for a in stored["agreements"]] == ["Thema Abgrenzung vertiefen"]

    terminal.quit()


def test_kill_9_then_the_same_command_offers_to_resume(tmp_path: Path, terminals: list[Terminal]) -> None:
    first = launch(tmp_path)
    terminals.append(first)
    first.wait_for("Ankommen")
    answer_a_mood(first)

    first.kill_9()

    second = launch(tmp_path, options="--no-auto-resume")
    terminals.append(second)
    second.wait_for("unterbrochen")
    second.keys("j")
    second.wait_for("Runde 1")
    second.wait_for(r"(?m)^\s*2 [^·\d]+ 1\b")  # the acknowledged mood is back on the chart

    # Killed again: without --no-auto-resume the same command resumes by itself, asking nothing.
    second.kill_9()
    third = launch(tmp_path)
    terminals.append(third)
    third.wait_for("automatisch fortgesetzt")
    third.wait_for("Runde 1")
    third.wait_for(r"(?m)^\s*2 [^·\d]+ 1\b")
    assert "unterbrochen" not in third.screen()
