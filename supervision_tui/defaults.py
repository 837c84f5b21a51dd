"""Defaults the command line and the apps share; this module imports nothing, so every layer may use it."""

from pathlib import Path

DEFAULT_SESSIONS = Path("sessions")  # the store, relative to where the command runs
DEFAULT_PORT = 8765  # the phone form's port; the server falls back to a free one if it is busy
# Where the store keeps a session that has not ended (its journal, `*.journal.jsonl`): the app looks
# there before its first frame, without the store's models.
RUNNING_DIR = "running"
JOURNAL_SUFFIX = ".journal.jsonl"
