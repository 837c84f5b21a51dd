"""Simulated phones: volunteers answering the current step over real HTTP.

Used by the TUI's `demo` command (called on every step change) and by `simulate`. Each phone keeps
its own device cookie across calls (it is the same person all session), confirms the
Schweigepflicht once, reads the current step from `step.json` and posts a plausible German answer.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import random
import time
from dataclasses import dataclass

import aiohttp

from .http import DEVICE_COOKIE

JSON = {"Accept": "application/json"}

MOOD_TEXTS = [
    "",
    "",
    "Etwas müde nach dieser Woche.",
    "Gut angekommen, danke.",
    "Viel los, aber es geht.",
    "Ich freue mich auf den Austausch.",
    "Ein anstrengender Termin liegt hinter mir.",
]
GLITZER = [
    "Eine Familie hat nach langem Warten endlich eine Wohnung bekommen.",
    "Beim Elternabend hat die Mutter zum ersten Mal selbst gesprochen.",
    "Der Termin bei der Ausländerbehörde lief besser als befürchtet.",
    "Ein Kind hat mir stolz sein Zeugnis gezeigt.",
    "Die Bewerbung für den Ausbildungsplatz war erfolgreich.",
    "Wir haben zusammen gekocht und viel gelacht.",
    "Die Prüfung im Deutschkurs ist bestanden.",
    "Ich habe einen Dankesbrief bekommen, auf Deutsch geschrieben.",
    "Der Vater hat den Weg zum Jobcenter zum ersten Mal allein geschafft.",
]
INTAKES = [
    ("Aggressiver Ton beim Termin im Jobcenter", "high"),
    ("Ständige Anrufe auch am Wochenende – wie abgrenzen?", "medium"),
    ("Angst vor Abschiebung in der begleiteten Familie", "high"),
    ("Schulwechsel des ältesten Kindes", "low"),
    ("Streit um Nebenkosten mit dem Vermieter", "medium"),
    ("Mutter wirkt erschöpft und überfordert", "high"),
    ("Arzttermine ohne Dolmetscher", "medium"),
]
IDEAS = [
    "Gemeinsam feste Sprechzeiten vereinbaren?",
    "Was bräuchte die Familie, um sich sicherer zu fühlen?",
    "Die Migrationsberatung mit ins Boot holen.",
    "Grenzen freundlich, aber klar benennen.",
    "Wie geht es Ihnen selbst mit diesem Fall?",
    "Für das nächste Gespräch eine Dolmetscherin organisieren.",
    "Frage: Wer ist außer Ihnen noch beteiligt?",
]
CLOSING = [
    "Mehr auf meine eigenen Grenzen achten.",
    "Die Idee mit den Sprechzeiten probiere ich aus.",
    "Ich bin mit solchen Fällen nicht allein.",
    "Zuversicht und ein paar gute Ideen.",
    "Dass Nachfragen erlaubt ist.",
]
TEXTS = GLITZER + CLOSING


@dataclass
class _Phone:
    device: str = ""
    joined: bool = False


@dataclass(frozen=True)
class PhoneResult:
    index: int
    acked: bool
    status: int | None = None
    latency: float | None = None  # seconds from sending the answer to the acknowledgement
    sent_at: float | None = None  # time.monotonic() when the answer was sent
    device: str = ""


# Phones stay the same people for the whole session: keyed by join URL and phone number.
_PHONES: dict[tuple[str, int], _Phone] = {}


def forget_phones(join_url: str | None = None) -> None:
    """Drop the simulated phones' cookies (all, or those of one session)."""
    for key in [k for k in _PHONES if join_url is None or k[0] == join_url]:
        del _PHONES[key]


def plausible_answer(info: dict[str, object], rng: random.Random) -> dict[str, str] | None:
    """Form fields for the step described by `step.json`, or None if the step takes no input."""
    kind = info.get("input")
    if info.get("ended") or kind in (None, "none"):
        return None
    fields = {"step": str(info["step_id"])}
    if info.get("phase") is not None:
        fields["phase"] = str(info["phase"])
    fields["consent"] = "quote" if rng.random() < 0.7 else "private"
    if rng.random() < 0.05:
        fields["private_talk"] = "1"
    question = str(info.get("question") or "")
    if kind == "mood":
        fields["mood"] = str(rng.choices([1, 2, 3, 4, 5], weights=[4, 12, 30, 38, 16])[0])
        fields["text"] = rng.choice(MOOD_TEXTS)
    elif kind == "intake":
        title, urgency = rng.choice(INTAKES)
        fields.update(title=title, urgency=urgency)
    elif kind == "idea":
        fields["text"] = rng.choice(IDEAS)
    elif "Glitzer" in question:
        fields["text"] = rng.choice(GLITZER)
    elif "mitnehme" in question or "mit?" in question:
        fields["text"] = rng.choice(CLOSING)
    else:
        fields["text"] = rng.choice(TEXTS)
    return fields


def simulated_device(join_url: str, index: int) -> str:
    """The device cookie of simulated phone `index` of a session: the same after every restart."""
    digest = hashlib.sha256(f"{join_url}#{index}".encode()).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


async def _phone(
    http: aiohttp.ClientSession,
    join_url: str,
    index: int,
    rng: random.Random,
    limit: asyncio.Semaphore,
    delay: float,
) -> PhoneResult:
    phone = _PHONES.setdefault((join_url, index), _Phone())
    if delay:
        await asyncio.sleep(delay)
    async with limit:
        try:
            if not phone.device:
                # The same simulated phone after a restart: a resumed demo session gets no second set of
                # phones. A real phone keeps its cookie the same way.
                phone.device = simulated_device(join_url, index)
                async with http.get(join_url, cookies={DEVICE_COOKIE: phone.device}) as r:
                    await r.read()
                    if r.status != 200:
                        return PhoneResult(index, False, r.status)
            cookies = {DEVICE_COOKIE: phone.device}
            if not phone.joined:
                async with http.post(
                    f"{join_url}/join", data={"confirm": "1"}, cookies=cookies, headers=JSON
                ) as r:
                    await r.read()
                    if r.status != 200:
                        return PhoneResult(index, False, r.status, device=phone.device)
                    phone.joined = True
            async with http.get(f"{join_url}/step.json", cookies=cookies) as r:
                info = await r.json() if r.status == 200 else {}
            fields = plausible_answer(info, rng)
            if fields is None:
                return PhoneResult(index, False, device=phone.device)
            sent = time.monotonic()
            async with http.post(f"{join_url}/answer", data=fields, cookies=cookies, headers=JSON) as r:
                await r.read()
                done = time.monotonic()
                return PhoneResult(index, r.status == 200, r.status, done - sent, sent, phone.device)
        except (aiohttp.ClientError, TimeoutError, ValueError):
            return PhoneResult(index, False, device=phone.device)


async def run_phones(
    join_url: str,
    participants: int,
    *,
    rng: random.Random,
    session: aiohttp.ClientSession | None = None,
    spread: float = 0.0,
    concurrency: int = 256,
) -> list[PhoneResult]:
    """Every phone answers the current step once; `spread` seconds spreads them out in time."""
    seeds = [rng.getrandbits(64) for _ in range(participants)]
    delays = [rng.uniform(0, spread) if spread > 0 else 0.0 for _ in range(participants)]
    own = session is None
    http = session or aiohttp.ClientSession(
        cookie_jar=aiohttp.DummyCookieJar(),  # each phone's cookie is sent explicitly
        connector=aiohttp.TCPConnector(limit=concurrency),
        timeout=aiohttp.ClientTimeout(total=30),
    )
    limit = asyncio.Semaphore(concurrency)
    try:
        return list(
            await asyncio.gather(
                *(
                    _phone(http, join_url, i, random.Random(seeds[i]), limit, delays[i])
                    for i in range(participants)
                )
            )
        )
    finally:
        if own:
            await http.close()


async def answer_current_step(join_url: str, participants: int, *, rng: random.Random) -> int:
    """Let `participants` simulated phones answer the current step at once (the demo's key); returns how
    many were acknowledged."""
    results = await run_phones(join_url, participants, rng=rng)
    return sum(1 for r in results if r.acked)
