"""SQLite storage on aiosqlite: one connection, WAL, parameterised SQL only.

`Store` owns the connection, the schema upgrades and the transaction lock; the questions the
core asks about users and updates are methods here. Feature modules keep their own queries in
their own `*_store.py` module and run them through `Store.execute` / `fetch_*`.
"""

from __future__ import annotations

import asyncio
import contextvars
import json
import logging
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiosqlite

from hotline.migrations import MIGRATIONS, check_sequence

log = logging.getLogger(__name__)

_in_transaction: contextvars.ContextVar[bool] = contextvars.ContextVar("in_transaction", default=False)

Connector = Callable[[Path], Any]


def utc_now() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """A timestamp as stored in the database: ISO 8601 in UTC, to the second."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def from_iso(text: str) -> datetime:
    """Read a stored timestamp back."""
    return datetime.fromisoformat(text)


@dataclass
class UserState:
    """What the hotline remembers about one person between messages."""

    user_id: int
    chat_id: int
    lang: str | None = None
    country: str | None = None          # "ru", "kz" or "home" (not left yet)
    citizenship: str | None = None      # "kg", "uz", "tj" or "other"
    #: Where the person is in a conversation; owned by the feature that set it.
    flow: str | None = None
    node: str | None = None
    history: list[str] = field(default_factory=list)
    #: What kind of typed input the bot is waiting for (e.g. "calc-late:amount"), if any.
    pending: str | None = None
    #: Small values a feature keeps between steps (calculator inputs, flow answers, last FAQ id).
    scratch: dict[str, Any] = field(default_factory=dict)
    is_new: bool = False

    def state_json(self) -> str:
        """The conversation part of the state, as stored."""
        data = asdict(self)
        for key in ("user_id", "chat_id", "lang", "country", "citizenship", "is_new"):
            data.pop(key)
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


class Store:
    """One aiosqlite connection with a lock that serialises transactions."""

    def __init__(self, db: aiosqlite.Connection, path: Path) -> None:
        self.db = db
        self.path = path
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path | str, *, connector: Connector | None = None,
                   migrate: bool = True) -> Store:
        """Open (creating if needed) the database at `path`, tune it, and bring the schema up to date."""
        path = Path(path)
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        if connector is None:
            db = await aiosqlite.connect(path, isolation_level=None)
        else:
            db = await aiosqlite.Connection(lambda: connector(path), iter_chunk_size=64)
        db.row_factory = aiosqlite.Row
        for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON",
                       "secure_delete=ON", "busy_timeout=5000"):
            await db.execute(f"PRAGMA {pragma}")
        store = cls(db, path)
        if migrate:
            await store.migrate()
        return store

    async def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        await self.db.close()

    # --- transactions and plain SQL -------------------------------------------------------

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        """Run the block as one transaction; re-entrant within the same task."""
        if _in_transaction.get():
            yield
            return
        async with self._lock:
            token = _in_transaction.set(True)
            await self.db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                await self.db.execute("ROLLBACK")
                raise
            else:
                await self.db.execute("COMMIT")
            finally:
                _in_transaction.reset(token)

    # Each await on the connection is a hop to its thread and back (about 0.1 ms of CPU, more on a
    # busy loop), so every method below makes exactly one: `hotline bench` found three per query.

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; return the last row id (for INSERT) or the rows changed."""
        cursor = await self.db.execute(sql, params)
        # No close(): a finished statement is already reset, and closing would cost one more hop.
        result = cursor.lastrowid if sql.lstrip().upper().startswith("INSERT") else cursor.rowcount
        return int(result or 0)

    async def execute_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement for many parameter rows."""
        await self.db.executemany(sql, rows)

    async def fetch_one(self, sql: str, params: Sequence[Any] = ()) -> aiosqlite.Row | None:
        """The first row of a query, or None (meant for queries that find one row)."""
        rows = await self.db.execute_fetchall(sql, params)
        return next(iter(rows), None)

    async def fetch_all(self, sql: str, params: Sequence[Any] = ()) -> list[aiosqlite.Row]:
        """All rows of a query."""
        return list(await self.db.execute_fetchall(sql, params))

    async def fetch_value(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first column of the first row, or None."""
        row = await self.fetch_one(sql, params)
        return None if row is None else row[0]

    # --- schema ---------------------------------------------------------------------------

    async def schema_version(self) -> int:
        """The highest migration recorded in this database (0 for a new one)."""
        await self.db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        return int(await self.fetch_value("SELECT COALESCE(MAX(number), 0) FROM schema_migrations"))

    async def migrate(self) -> list[int]:
        """Apply the steps this database has not seen yet; return their numbers."""
        check_sequence()
        applied: list[int] = []
        current = await self.schema_version()
        for step in MIGRATIONS:
            if step.number <= current:
                continue
            async with self.transaction():
                for statement in step.statements:
                    await self.db.execute(statement)
                await self.db.execute(
                    "INSERT INTO schema_migrations (number, name, applied_at) VALUES (?, ?, ?)",
                    (step.number, step.name, iso(utc_now())),
                )
            log.info("schema step %d applied: %s", step.number, step.name)
            applied.append(step.number)
        return applied

    # --- users ----------------------------------------------------------------------------

    async def load_user(self, user_id: int, chat_id: int) -> UserState:
        """The stored state of a user, or a fresh one (marked is_new) if we have never met."""
        row = await self.fetch_one(
            "SELECT chat_id, lang, country, citizenship, state FROM users WHERE user_id = ?", (user_id,)
        )
        if row is None:
            return UserState(user_id=user_id, chat_id=chat_id, is_new=True)
        try:
            data = json.loads(row["state"] or "{}")
        except json.JSONDecodeError:
            log.warning("unreadable conversation state for a user; starting it afresh")
            data = {}
        known = {k: data[k] for k in ("flow", "node", "history", "pending", "scratch") if k in data}
        return UserState(user_id=user_id, chat_id=row["chat_id"], lang=row["lang"],
                         country=row["country"], citizenship=row["citizenship"], **known)

    async def save_user(self, user: UserState, now: datetime) -> None:
        """Insert or update a user's state."""
        stamp = iso(now)
        await self.execute(
            """INSERT INTO users (user_id, chat_id, lang, country, citizenship, state, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(user_id) DO UPDATE SET chat_id = excluded.chat_id, lang = excluded.lang,
                 country = excluded.country, citizenship = excluded.citizenship,
                 state = excluded.state, updated_at = excluded.updated_at""",
            (user.user_id, user.chat_id, user.lang, user.country, user.citizenship,
             user.state_json(), stamp, stamp),
        )
        user.is_new = False

    async def user_lang(self, user_id: int) -> str | None:
        """The language a user chose, for messages sent to them outside their own conversation."""
        return await self.fetch_value("SELECT lang FROM users WHERE user_id = ?", (user_id,))

    # --- updates already handled ----------------------------------------------------------

    async def was_handled(self, update_id: int) -> bool:
        """Whether this Telegram update was handled before (a re-delivery)."""
        return await self.fetch_one("SELECT 1 FROM handled_updates WHERE update_id = ?", (update_id,)) is not None

    async def mark_handled(self, update_id: int, now: datetime) -> None:
        """Record that an update was handled, in the same transaction as its effects."""
        await self.execute("INSERT OR IGNORE INTO handled_updates (update_id, handled_at) VALUES (?, ?)",
                           (update_id, iso(now)))

    async def forget_handled_before(self, moment: datetime) -> int:
        """Drop old update ids (Telegram never re-delivers after 24 hours)."""
        return await self.execute("DELETE FROM handled_updates WHERE handled_at < ?", (iso(moment),))


class RowKeys:
    """The keys that MAY have rows in a table, so a hot path can skip its query for everyone else.

    Rule: loaded by one query (selecting the keys as the first column) on first use, then kept in
    step by the caller: `add` before inserting a row for a key, `discard` only after reading, inside
    the caller's transaction, that the key has none. A key missing here certainly has no row; a key
    present may have none (a superset: rolled-back deletes cannot lose a row). A restart reloads it.
    """

    def __init__(self, query: str) -> None:
        self.query = query
        self._keys: set[Any] | None = None

    async def may_have(self, store: Store, key: Any) -> bool:
        """Whether `key` may have rows (False: it certainly has none)."""
        if self._keys is None:
            self._keys = {row[0] for row in await store.fetch_all(self.query)}
        return key in self._keys

    def add(self, key: Any) -> None:
        """A row for `key` is about to be inserted (before the first load this changes nothing)."""
        if self._keys is not None:
            self._keys.add(key)

    def discard(self, key: Any) -> None:
        """The caller has just read that `key` has no rows."""
        if self._keys is not None:
            self._keys.discard(key)
