"""Safety guards that run before anything else: urgent danger first, then flood control.

Rules:
* Urgent danger (violence, documents taken together with being locked in, threats, suicide),
  written in Russian, Kyrgyz, Uzbek (Latin or Cyrillic) or Tajik, gets the emergency message
  at once, before any other answer, in the person's language. Only 112, 102 and 103 are named:
  the numbers /work/shared/faq-catalogue.yaml gives (predeparture.emergency_contacts,
  predeparture.trafficking_signs). The event is recorded without its text (urgent_flags, for the
  hand-off to mark the case as priority; anon_counts, for statistics). Handling then goes on.
* Flooding: each person has a token bucket (a burst of BURST events, then HOTLINE_RATE_LIMIT per
  minute; time from the injected clock). Past it, their events are deferred in order (table deferred_events) and replayed by a
  sweeper at the allowed rate; the first deferral in an episode sends ONE `slow-down` notice.
  Slowed, never banned, nothing lost.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import json
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from hotline import CONTENT_ROOT, outbox
from hotline.core import Conversation, Ctx, Router, Services
from hotline.events import Action, Button, Command, Event, Press, Sender, Text, Unsupported, keyboard
from hotline.i18n import LANGS, lang_from_code
from hotline.knowledge import read_yaml
from hotline.privacy import count
from hotline.store import RowKeys, Store, iso

log = logging.getLogger(__name__)

# --- urgent danger -----------------------------------------------------------------------------

#: Letters people type instead of the Tajik, Uzbek and Kyrgyz ones on a Russian keyboard.
_FOLD = str.maketrans({"ё": "е", "ҳ": "х", "қ": "к", "ғ": "г", "ӯ": "у", "ӣ": "и", "ҷ": "ч", "ў": "у",
                       "ү": "у", "ө": "о", "ң": "н", "ә": "а", "і": "и"})
_APOSTROPHES = re.compile(r"[ʻʼ’‘`'´]")
_NON_WORD = re.compile(r"[^\w\s]+")


def normalise(text: str) -> str:
    """Lower case, one script's variant letters folded, apostrophes and punctuation dropped."""
    text = _APOSTROPHES.sub("", text.lower()).translate(_FOLD)
    return " ".join(_NON_WORD.sub(" ", text).split())


#: The kinds of danger knowledge/danger.yaml lists; "docs" and "locked" only count together.
DANGER_KINDS: tuple[str, ...] = ("violence", "threat", "suicide", "docs", "locked")


class DangerWordsError(ValueError):
    """knowledge/danger.yaml is not shaped as kinds -> languages -> word beginnings."""


def load_danger_words(path: Path) -> DangerWords:
    """Read knowledge/danger.yaml: word beginnings per kind and language, normalised like the text."""
    data = read_yaml(path) or {}
    if not isinstance(data, dict):
        raise DangerWordsError(f"{path.name}: expected kinds ({', '.join(DANGER_KINDS)}) at the top")
    stems: dict[str, dict[str, tuple[str, ...]]] = {}
    for kind in DANGER_KINDS:
        by_lang = data.get(kind) or {}
        if not isinstance(by_lang, dict):
            raise DangerWordsError(f"{path.name}: {kind} must map languages to lists of words")
        stems[kind] = {lang: tuple(w for w in (normalise(str(s)) for s in words or ()) if w)
                       for lang, words in by_lang.items()}
    return stems


DangerWords = dict[str, dict[str, tuple[str, ...]]]


@functools.cache
def shipped_danger_words(root: Path = CONTENT_ROOT) -> DangerWords:
    """The danger words of the content under `root` (read once per process)."""
    return load_danger_words(root / "knowledge" / "danger.yaml")


def _found(words: list[str], joined: str, stem: str) -> bool:
    """Whether a word of the text begins with `stem` (or the phrase `stem` starts at a word)."""
    if " " in stem:
        return f" {stem}" in f" {joined}"
    return any(word.startswith(stem) for word in words)


def _match(stems_of: DangerWords, kind: str, words: list[str], joined: str) -> str | None:
    """The language whose stems of `kind` occur in the text, if any."""
    for lang, stems in stems_of[kind].items():
        if any(_found(words, joined, stem) for stem in stems):
            return lang
    return None


@dataclass(frozen=True)
class Danger:
    """What a text signals: its kind ("suicide", "violence", "threat", "confinement") and language."""

    kind: str
    lang: str


def detect_danger(text: str, stems: DangerWords | None = None) -> Danger | None:
    """The urgent danger a text speaks of, or None (words from knowledge/danger.yaml)."""
    stems = stems if stems is not None else shipped_danger_words()
    joined = normalise(text)
    words = joined.split()
    for kind in ("suicide", "violence", "threat"):
        lang = _match(stems, kind, words, joined)
        if lang:
            return Danger(kind, lang)
    docs, locked = _match(stems, "docs", words, joined), _match(stems, "locked", words, joined)
    if docs and locked:
        return Danger("confinement", locked)
    return None


async def flag_urgent(store: Store, user_id: int, kind: str, now: datetime) -> None:
    """Record (without text) that this person wrote about urgent danger, and count it."""
    await store.execute(
        "INSERT INTO urgent_flags (user_id, kind, flagged_at) VALUES (?, ?, ?) "
        "ON CONFLICT(user_id) DO UPDATE SET kind = excluded.kind, flagged_at = excluded.flagged_at",
        (user_id, kind, iso(now)))
    await count(store, f"urgent-{kind}", iso(now)[:10])


async def urgent_flag(store: Store, user_id: int) -> str | None:
    """The kind of the last urgent danger this person wrote about, if any (for the hand-off)."""
    return await store.fetch_value("SELECT kind FROM urgent_flags WHERE user_id = ?", (user_id,))


# --- flood control -----------------------------------------------------------------------------

#: Events a person may send in one go; past that, HOTLINE_RATE_LIMIT per minute.
BURST = 60

_replaying: contextvars.ContextVar[bool] = contextvars.ContextVar("replaying", default=False)


@dataclass
class Bucket:
    """One person's tokens and when they were last counted."""

    tokens: float
    at: datetime


@dataclass
class RateLimiter:
    """Per-person token buckets in memory (a restart refills them; deferred events stay in SQLite)."""

    per_minute: int
    buckets: dict[int, Bucket] = field(default_factory=dict)
    noticed: set[int] = field(default_factory=set)

    @property
    def capacity(self) -> float:
        """How many events a person may send at once before being slowed (no human presses 60)."""
        return float(max(BURST, self.per_minute // 4))

    def _refill(self, user_id: int, now: datetime) -> Bucket:
        bucket = self.buckets.setdefault(user_id, Bucket(self.capacity, now))
        elapsed = max(0.0, (now - bucket.at).total_seconds())
        bucket.tokens = min(self.capacity, bucket.tokens + elapsed * self.per_minute / 60)
        bucket.at = now
        return bucket

    def take(self, user_id: int, now: datetime) -> bool:
        """Spend a token if there is one."""
        bucket = self._refill(user_id, now)
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            return True
        return False

    def available(self, user_id: int, now: datetime) -> int:
        """Whole tokens this person has now."""
        return int(self._refill(user_id, now).tokens)


def event_to_json(event: Event) -> str:
    """An event as stored while deferred."""
    sender = event.sender
    data: dict[str, object] = {"type": type(event).__name__, "user_id": sender.user_id,
                               "chat_id": sender.chat_id, "language_code": sender.language_code,
                               "private": sender.private}
    if isinstance(event, Text):
        data.update(text=event.text, message_id=event.message_id, reply_to=event.reply_to_message_id)
    elif isinstance(event, Command):
        data.update(name=event.name, args=event.args, reply_to=event.reply_to_message_id)
    elif isinstance(event, Press):
        data.update(data=event.data, message_id=event.message_id)
    elif isinstance(event, Unsupported):
        data.update(kind=event.kind)
    return json.dumps(data, ensure_ascii=False)


def event_from_json(raw: str) -> Event:
    """A deferred event back (no update id: it was recorded as handled when deferred)."""
    data = json.loads(raw)
    sender = Sender(data["user_id"], data["chat_id"], data.get("language_code"), data.get("private", True))
    kind = data["type"]
    if kind == "Text":
        return Text(sender, None, text=data["text"], message_id=data.get("message_id"),
                    reply_to_message_id=data.get("reply_to"))
    if kind == "Command":
        return Command(sender, None, name=data["name"], args=data.get("args", ""),
                       reply_to_message_id=data.get("reply_to"))
    if kind == "Press":
        return Press(sender, None, data=data["data"], message_id=data.get("message_id"))
    return Unsupported(sender, None, kind=data.get("kind", "other"))


# --- wiring ------------------------------------------------------------------------------------

def register(router: Router, services: Services) -> None:
    """Put the danger guard and the flood guard before every other guard; add the replay sweeper."""
    limiter = RateLimiter(services.config.rate_limit_per_minute)
    services.extras["rate_limiter"] = limiter
    danger_words = shipped_danger_words(services.config.content_root)
    replayer = Conversation(services, router)

    async def danger_guard(ctx: Ctx) -> bool:
        event = ctx.event
        if _replaying.get() or not isinstance(event, Text) or not event.sender.private:
            return True
        danger = detect_danger(event.text, danger_words)
        if danger is None:
            return True
        lang = ctx.user.lang or danger.lang or lang_from_code(event.sender.language_code)
        if lang not in LANGS:
            lang = "ru"
        msg_id = "safety-urgent-self" if danger.kind == "suicide" else "safety-urgent"
        texts = ctx.services.texts
        buttons = keyboard([Button(texts.t(lang, "safety-lawyer-button"), "case:new")],
                           [Button(texts.t(lang, "menu-home"), "menu:main")])
        ctx.send_text(texts.t(lang, msg_id), buttons, msg_id=msg_id)
        await flag_urgent(ctx.store, ctx.user.user_id, danger.kind, ctx.now)
        log.warning("urgent danger reported (%s)", danger.kind)
        return True

    # Everyone who may have rows in deferred_events: the guard asks the table only about them,
    # not on every update.
    maybe_queued = RowKeys("SELECT DISTINCT user_id FROM deferred_events")

    async def flood_guard(ctx: Ctx) -> bool:
        if _replaying.get():
            return True
        user_id, now = ctx.user.user_id, ctx.now
        queued = 0
        if await maybe_queued.may_have(ctx.store, user_id):
            queued = await ctx.store.fetch_value(
                "SELECT COUNT(*) FROM deferred_events WHERE user_id = ?", (user_id,))
            if not queued:
                maybe_queued.discard(user_id)
        if not queued and limiter.take(user_id, now):
            return True
        maybe_queued.add(user_id)
        await ctx.store.execute(
            "INSERT INTO deferred_events (user_id, event, created_at) VALUES (?, ?, ?)",
            (user_id, event_to_json(ctx.event), iso(now)))
        if user_id not in limiter.noticed:
            limiter.noticed.add(user_id)
            ctx.send("slow-down")
            log.info("a person is sending fast; slowing them down")
        ctx.toast()
        return False

    router.guards[0:0] = [danger_guard, flood_guard]

    replay_lock = asyncio.Lock()

    async def replay() -> list[Action]:
        """Handle deferred events, oldest first, as each person's tokens allow."""
        async with replay_lock:
            return await _replay()

    async def _replay() -> list[Action]:
        actions: list[Action] = []
        now = services.now()
        users = await services.store.fetch_all("SELECT DISTINCT user_id FROM deferred_events")
        for row in users:
            user_id = row["user_id"]
            allowed = limiter.available(user_id, now)
            pending = await services.store.fetch_all(
                "SELECT id, event FROM deferred_events WHERE user_id = ? ORDER BY id LIMIT ?",
                (user_id, allowed))
            for item in pending:
                limiter.take(user_id, now)
                async with services.store.transaction():
                    gone = await services.store.execute("DELETE FROM deferred_events WHERE id = ?",
                                                        (item["id"],))
                    if not gone:
                        continue  # erased by /forget meanwhile
                    token = _replaying.set(True)
                    try:
                        actions.extend(await replayer.handle(event_from_json(item["event"])))
                    finally:
                        _replaying.reset(token)
            left = await services.store.fetch_value(
                "SELECT COUNT(*) FROM deferred_events WHERE user_id = ?", (user_id,))
            if not left:
                limiter.noticed.discard(user_id)
        return actions

    services.sweepers.append(replay)
    # Replies decided but not yet sent survive a crash (Telegram front end only).
    services.extras.setdefault("telegram_hooks", []).append(outbox.install)
