"""Fills a hotline database with many users, cases and pending reminders, fast.

Rule: the schema comes from the real migrations (Store.open); rows go in with executemany inside
one transaction on a plain sqlite3 connection. No real person's data: ids are counters, texts are
placeholders. A base of 1x is 100,000 users, 20,000 cases and 50,000 pending reminders.
"""

from __future__ import annotations

import asyncio
import json
import random
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from hotline.store import Store, iso

LANGS: tuple[str, ...] = ("ru", "ru", "ky", "uz", "tg")
COUNTRIES: tuple[str, ...] = ("ru", "ru", "kz", "home")
TOPICS: tuple[str, ...] = ("wages", "contracts", "maternity", "predeparture", "general")
#: Case statuses and their shares (the rest of the cases are closed).
STATUS_SHARES: tuple[tuple[str, float], ...] = (("open", 0.10), ("claimed", 0.10), ("cancelled", 0.05))
#: The first user id of the generated people (lawyers get ids below it).
FIRST_USER = 1_000_000
FIRST_LAWYER = 500


@dataclass(frozen=True)
class Size:
    """How many rows of each kind (1x: 100,000 users, 20,000 cases, 50,000 reminders)."""

    users: int
    cases: int
    reminders: int
    lawyers: int = 20

    @classmethod
    def scaled(cls, factor: float) -> Size:
        """The base size times `factor`."""
        return cls(users=int(100_000 * factor), cases=int(20_000 * factor),
                   reminders=int(50_000 * factor))


def _state(rng: random.Random) -> str:
    """A conversation state as the hotline stores it."""
    flow = rng.choice((None, None, "wages", "maternity"))
    return json.dumps({"flow": flow, "node": "start" if flow else None, "history": [],
                       "pending": None, "scratch": {"faq": "wages-late"} if rng.random() < 0.3 else {}},
                      separators=(",", ":"))


def _lang(user_id: int) -> str:
    """A generated person's language (from the id, so cases agree without a lookup table)."""
    return LANGS[user_id % len(LANGS)]


def _status(rng: random.Random) -> str:
    roll, edge = rng.random(), 0.0
    for status, share in STATUS_SHARES:
        edge += share
        if roll < edge:
            return status
    return "closed"


def fill(path: Path, size: Size, now: datetime, seed: int = 5) -> dict[str, int]:
    """Create the schema at `path` and insert `size` rows; return the row counts."""
    asyncio.run(_migrate(path))
    rng = random.Random(seed)
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=OFF")
        db.execute("BEGIN")
        _fill(db, size, now, rng)
        db.execute("COMMIT")
        db.execute("ANALYZE")
        counts = {table: db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                  for table in ("users", "cases", "reminders", "lawyers", "handled_updates")}
        counts["pending_reminders"] = db.execute(
            "SELECT COUNT(*) FROM reminders WHERE sent_at IS NULL AND cancelled_at IS NULL").fetchone()[0]
    finally:
        db.close()
    return counts


async def _migrate(path: Path) -> None:
    store = await Store.open(path)
    await store.close()


def _fill(db: sqlite3.Connection, size: Size, now: datetime, rng: random.Random) -> None:
    stamp = iso(now)
    db.executemany(
        "INSERT INTO lawyers (user_id, chat_id, display_name, langs, max_open, active, added_at) "
        "VALUES (?, ?, ?, ?, 10, 1, ?)",
        [(FIRST_LAWYER + n, FIRST_LAWYER + n, f"Lawyer {n}", "ru,ky,uz,tg", stamp) for n in range(size.lawyers)])
    users = range(FIRST_USER, FIRST_USER + size.users)

    def user_rows():
        for user_id in users:
            lang = _lang(user_id)
            seen = iso(now - timedelta(days=rng.uniform(0, 180)))
            yield (user_id, user_id, lang, rng.choice(COUNTRIES), rng.choice(("kg", "uz", "tj")),
                   _state(rng), seen, seen)

    db.executemany("INSERT INTO users (user_id, chat_id, lang, country, citizenship, state, created_at, "
                   "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", user_rows())
    db.executemany("INSERT INTO handled_updates (update_id, handled_at) VALUES (?, ?)",
                   ((n, iso(now - timedelta(seconds=n % 86_400))) for n in range(1, size.users + 1)))
    open_cases: list[tuple[int, int]] = []

    def case_rows():
        for case_id in range(1, size.cases + 1):
            user_id = FIRST_USER + (case_id - 1) % size.users
            status = _status(rng)
            created = now - timedelta(hours=rng.uniform(1, 24 * 90))
            lawyer = FIRST_LAWYER + rng.randrange(size.lawyers) if status != "open" else None
            closed = iso(created + timedelta(days=2)) if status in ("closed", "cancelled") else None
            if status == "open":
                open_cases.append((case_id, user_id))
            yield (case_id, user_id, user_id, _lang(user_id), "ru", "kg", rng.choice(TOPICS),
                   status, lawyer, iso(created), iso(created), closed)

    db.executemany("INSERT INTO cases (id, user_id, chat_id, lang, country, citizenship, topic, status, "
                   "lawyer_id, created_at, updated_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   case_rows())
    db.executemany("INSERT INTO case_messages (case_id, author, author_id, text, created_at) "
                   "VALUES (?, 'user', ?, '...', ?)",
                   ((case_id, FIRST_USER + (case_id - 1) % size.users, stamp)
                    for case_id in range(1, size.cases + 1)))

    def reminder_rows():
        # Pending reminders spread over the next 30 days: deadlines for users, chasers for open cases.
        for n in range(size.reminders):
            due = iso(now + timedelta(seconds=rng.uniform(60, 30 * 86_400)))
            if open_cases and n % 2:
                case_id, user_id = open_cases[n % len(open_cases)]
                yield ("unclaimed", user_id, case_id, user_id, "{}", due, stamp)
            else:
                user_id = FIRST_USER + rng.randrange(size.users)
                day = (now + timedelta(days=40)).date().isoformat()
                payload = json.dumps({"what": rng.choice(("patent", "registration")), "date": day})
                yield ("deadline", user_id, None, user_id, payload, due, stamp)

    db.executemany("INSERT INTO reminders (kind, chat_id, case_id, user_id, payload, due_at, created_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)", reminder_rows())


def add_due(path: Path, count: int, now: datetime, first_user: int = FIRST_USER) -> None:
    """Add `count` deadline reminders that are due right now (for timing a full sweep)."""
    db = sqlite3.connect(path, isolation_level=None)
    try:
        day = (now + timedelta(days=3)).date().isoformat()
        payload = json.dumps({"what": "registration", "date": day})
        db.execute("BEGIN")
        db.executemany("INSERT INTO reminders (kind, chat_id, user_id, payload, due_at, created_at) "
                       "VALUES ('deadline', ?, ?, ?, ?, ?)",
                       [(first_user + n, first_user + n, payload, iso(now - timedelta(seconds=1)), iso(now))
                        for n in range(count)])
        db.execute("COMMIT")
    finally:
        db.close()
