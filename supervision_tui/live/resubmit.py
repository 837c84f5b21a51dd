"""The resubmit guard: the same answer form sent twice (Wi-Fi dropped before the reply) is one answer.

Every answer form carries a hidden random `nonce`. The guard remembers, per phone and nonce, a digest
of the body, the step key it was sent in, the revision it got and the answer it made. A copy of the same
body in the same step gets that revision again instead of a new one; the same form sent again with other
text (typed on after a lost reply) changes the answer it made: in an idea phase, where each form is a new
idea, one nonce never makes two ideas. It is checked when its commit batch is worked on,
so a copy that arrives while the first is still queued is caught too. Without a (valid) nonce nothing
is compared: the engine revises the phone's answer for the step, never duplicates it.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections import OrderedDict
from collections.abc import Callable

_NONCE_RE = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
_REMEMBERED = 20_000  # forms remembered at most; the oldest are forgotten first


def form_nonce(kept: str | None = None) -> str:
    """The nonce for a form: `kept` when a refused form comes back to be sent again, else a fresh one."""
    return kept if kept and _NONCE_RE.match(kept) else secrets.token_urlsafe(12)


class ResubmitGuard:
    """The answer forms recently stored, by phone and nonce."""

    def __init__(self) -> None:
        # (device, nonce) → (digest of the body, step key, revision, answer id)
        self._seen: OrderedDict[tuple[str, str], tuple[bytes, str, int, str]] = OrderedDict()

    def clear(self) -> None:
        """A new session: nothing of the last one is a copy."""
        self._seen.clear()

    def form(self, device: str, nonce: str, body: bytes) -> SentForm:
        """One answer request's form, to submit through `SentForm.revision`."""
        key = (device, nonce) if _NONCE_RE.match(nonce) else None
        # the same form sent again is the same body; without a nonce nothing is compared
        digest = hashlib.sha256(body).digest() if key else b""
        return SentForm(self._seen, key, digest)


class SentForm:
    """One answer request as the guard sees it."""

    __slots__ = ("_digest", "_key", "_recorded", "_seen")

    def __init__(
        self,
        seen: OrderedDict[tuple[str, str], tuple[bytes, str, int, str]],
        key: tuple[str, str] | None,
        digest: bytes,
    ) -> None:
        self._seen = seen
        self._key = key
        self._digest = digest
        self._recorded = False

    def revision(self, step_key: str, submit: Callable[[str | None], tuple[int, str]]) -> int:
        """The revision the phone is told: `submit(made)`'s, or the first copy's for the same form.

        `submit` gets the id of the answer this form made before in this step (None: none) and returns
        the revision and id of the answer it stored. Runs in the commit batch. A copy is still answered
        after its batch's sync, in case the first copy is not durable yet.
        """
        seen = self._seen.get(self._key) if self._key else None
        made = seen[3] if seen is not None and seen[1] == step_key else None
        if seen is not None and made is not None and seen[0] == self._digest:
            return seen[2]
        revision, answer_id = submit(made)
        if self._key:
            self._seen[self._key] = (self._digest, step_key, revision, answer_id)
            self._recorded = True
            while len(self._seen) > _REMEMBERED:
                self._seen.popitem(last=False)
        return revision

    def refused(self) -> None:
        """The batch was not stored: a resend of this form is a new answer, not a copy of a saved one."""
        if self._recorded and self._key:
            self._seen.pop(self._key, None)
