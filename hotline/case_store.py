"""All SQL of the hand-off queue: cases, their messages and notes, lawyers, invites, reminders,
the audit log and chats that blocked the bot.

Parameterised SQL only. Methods do not open transactions of their own: the caller (a handler,
run by the core inside one, or the sweeper) decides what is one unit of work. Moves that two
people may race for (taking a case) are conditional UPDATEs, so only one of them wins.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import aiosqlite

from hotline.store import RowKeys, Store, from_iso, iso

#: Cases a user or a lawyer can still act on.
ACTIVE = ("open", "claimed")


@dataclass(frozen=True)
class Case:
    """One person's request for a lawyer."""

    id: int
    user_id: int
    chat_id: int
    lang: str
    country: str | None
    citizenship: str | None
    topic: str
    context: dict[str, Any]
    status: str
    lawyer_id: int | None
    outcome: str | None
    amount: str | None
    user_outcome: str | None
    waiting_since: datetime | None
    created_at: datetime
    closed_at: datetime | None
    #: 1 when the person wrote about urgent danger: such cases come first in the queue.
    priority: int = 0

    @classmethod
    def from_row(cls, row: aiosqlite.Row) -> Case:
        """Read a row of `cases`."""
        try:
            context = json.loads(row["context"] or "{}")
        except json.JSONDecodeError:
            context = {}
        return cls(
            id=row["id"], user_id=row["user_id"], chat_id=row["chat_id"], lang=row["lang"],
            country=row["country"], citizenship=row["citizenship"], topic=row["topic"],
            context=context if isinstance(context, dict) else {}, status=row["status"],
            lawyer_id=row["lawyer_id"], outcome=row["outcome"], amount=row["amount"],
            user_outcome=row["user_outcome"],
            waiting_since=from_iso(row["waiting_since"]) if row["waiting_since"] else None,
            created_at=from_iso(row["created_at"]),
            closed_at=from_iso(row["closed_at"]) if row["closed_at"] else None,
            priority=row["priority"],
        )


@dataclass(frozen=True)
class Lawyer:
    """A person allowed to read and answer cases."""

    user_id: int
    chat_id: int
    display_name: str
    langs: tuple[str, ...]
    max_open: int
    active: bool

    @classmethod
    def from_row(cls, row: aiosqlite.Row) -> Lawyer:
        """Read a row of `lawyers`."""
        return cls(row["user_id"], row["chat_id"], row["display_name"],
                   tuple(x for x in row["langs"].split(",") if x), row["max_open"], bool(row["active"]))


@dataclass(frozen=True)
class CaseMessage:
    """A message of a case, from the user or from a lawyer."""

    author: str
    author_id: int
    text: str
    created_at: datetime


@dataclass(frozen=True)
class Reminder:
    """A row of `reminders` claimed by a sweep."""

    id: int
    kind: str
    chat_id: int
    case_id: int | None
    user_id: int | None
    payload: dict[str, Any] = field(default_factory=dict)
    due_at: datetime | None = None


class CaseStore:
    """The hand-off queue's questions to the database."""

    def __init__(self, store: Store) -> None:
        self.store = store
        #: Every chat that may have a row in blocked_chats: `unblock` skips its query for everyone
        #: else, i.e. nearly everyone.
        self._maybe_blocked = RowKeys("SELECT chat_id FROM blocked_chats")

    # --- cases ----------------------------------------------------------------------------

    async def open_case(self, *, user_id: int, chat_id: int, lang: str, country: str | None,
                        citizenship: str | None, topic: str, context: dict[str, Any],
                        now: datetime, priority: int = 0) -> int:
        """Insert a new open case; return its number."""
        stamp = iso(now)
        return await self.store.execute(
            """INSERT INTO cases (user_id, chat_id, lang, country, citizenship, topic, context,
                                  status, created_at, updated_at, priority)
               VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)""",
            (user_id, chat_id, lang, country, citizenship, topic,
             json.dumps(context, ensure_ascii=False), stamp, stamp, priority),
        )

    async def get(self, case_id: int) -> Case | None:
        """A case by number."""
        row = await self.store.fetch_one("SELECT * FROM cases WHERE id = ?", (case_id,))
        return None if row is None else Case.from_row(row)

    async def active_of_user(self, user_id: int) -> Case | None:
        """The user's open or claimed case, if any."""
        row = await self.store.fetch_one(
            "SELECT * FROM cases WHERE user_id = ? AND status IN ('open', 'claimed')", (user_id,))
        return None if row is None else Case.from_row(row)

    async def latest_of_user(self, user_id: int) -> Case | None:
        """The user's most recent case in any state."""
        row = await self.store.fetch_one(
            "SELECT * FROM cases WHERE user_id = ? ORDER BY id DESC LIMIT 1", (user_id,))
        return None if row is None else Case.from_row(row)

    async def move(self, case_id: int, *, old_status: str, new_status: str, lawyer_id: int | None,
                   now: datetime, expect_lawyer: int | None = None) -> bool:
        """Change the status only if it still is `old_status` (and held by `expect_lawyer`)."""
        sql = ("UPDATE cases SET status = ?, lawyer_id = ?, updated_at = ?, "
               "closed_at = CASE WHEN ? IN ('closed', 'cancelled') THEN ? ELSE closed_at END "
               "WHERE id = ? AND status = ?")
        params: list[Any] = [new_status, lawyer_id, iso(now), new_status, iso(now), case_id, old_status]
        if expect_lawyer is not None:
            sql += " AND lawyer_id = ?"
            params.append(expect_lawyer)
        return await self.store.execute(sql, params) == 1

    async def set_outcome(self, case_id: int, outcome: str, amount: str | None) -> None:
        """Record the lawyer's outcome of a closed case."""
        await self.store.execute("UPDATE cases SET outcome = ?, amount = ? WHERE id = ?",
                                 (outcome, amount, case_id))

    async def set_user_outcome(self, case_id: int, answer: str) -> None:
        """Record what the user said a week after closing."""
        await self.store.execute("UPDATE cases SET user_outcome = ? WHERE id = ?", (answer, case_id))

    async def set_waiting(self, case_id: int, since: datetime | None) -> None:
        """Mark since when the user waits for a lawyer's reply (None: nobody waits)."""
        await self.store.execute("UPDATE cases SET waiting_since = ? WHERE id = ?",
                                 (iso(since) if since else None, case_id))

    async def queue(self, *, lang: str | None = None, topic: str | None = None,
                    limit: int = 30) -> list[Case]:
        """Unclaimed cases, urgent ones first, then oldest first; optionally of one language or topic."""
        sql = "SELECT * FROM cases WHERE status = 'open'"
        params: list[Any] = []
        if lang:
            sql += " AND lang = ?"
            params.append(lang)
        if topic:
            sql += " AND topic = ?"
            params.append(topic)
        sql += " ORDER BY priority DESC, created_at, id LIMIT ?"
        params.append(limit)
        return [Case.from_row(r) for r in await self.store.fetch_all(sql, params)]

    async def count_open(self) -> int:
        """How many cases wait for a lawyer to take them."""
        return int(await self.store.fetch_value("SELECT COUNT(*) FROM cases WHERE status = 'open'"))

    async def held_by(self, lawyer_id: int) -> list[Case]:
        """The cases a lawyer holds, oldest first."""
        rows = await self.store.fetch_all(
            "SELECT * FROM cases WHERE status = 'claimed' AND lawyer_id = ? ORDER BY created_at, id",
            (lawyer_id,))
        return [Case.from_row(r) for r in rows]

    # --- messages and notes ---------------------------------------------------------------

    async def add_message(self, case_id: int, author: str, author_id: int, text: str,
                          now: datetime) -> None:
        """Store a message of the user or of a lawyer."""
        await self.store.execute(
            "INSERT INTO case_messages (case_id, author, author_id, text, created_at) VALUES (?, ?, ?, ?, ?)",
            (case_id, author, author_id, text, iso(now)))

    async def messages(self, case_id: int) -> list[CaseMessage]:
        """A case's messages, oldest first."""
        rows = await self.store.fetch_all(
            "SELECT author, author_id, text, created_at FROM case_messages WHERE case_id = ? ORDER BY id",
            (case_id,))
        return [CaseMessage(r["author"], r["author_id"], r["text"], from_iso(r["created_at"])) for r in rows]

    async def add_note(self, case_id: int, lawyer_id: int, text: str, now: datetime) -> None:
        """Store an internal note (never shown to the user)."""
        await self.store.execute(
            "INSERT INTO case_notes (case_id, lawyer_id, text, created_at) VALUES (?, ?, ?, ?)",
            (case_id, lawyer_id, text, iso(now)))

    async def notes(self, case_id: int) -> list[CaseMessage]:
        """A case's internal notes, oldest first."""
        rows = await self.store.fetch_all(
            "SELECT lawyer_id, text, created_at FROM case_notes WHERE case_id = ? ORDER BY id", (case_id,))
        return [CaseMessage("note", r["lawyer_id"], r["text"], from_iso(r["created_at"])) for r in rows]

    # --- links from sent messages to cases ------------------------------------------------

    async def link(self, chat_id: int, message_id: int, case_id: int) -> None:
        """Remember that a message the bot sent belongs to a case."""
        await self.store.execute(
            "INSERT OR REPLACE INTO case_links (chat_id, message_id, case_id) VALUES (?, ?, ?)",
            (chat_id, message_id, case_id))

    async def linked_case(self, chat_id: int, message_id: int) -> int | None:
        """The case a sent message belongs to, if any."""
        return await self.store.fetch_value(
            "SELECT case_id FROM case_links WHERE chat_id = ? AND message_id = ?", (chat_id, message_id))

    # --- lawyers and invites --------------------------------------------------------------

    async def lawyer(self, user_id: int) -> Lawyer | None:
        """An active lawyer by Telegram id."""
        row = await self.store.fetch_one("SELECT * FROM lawyers WHERE user_id = ? AND active = 1", (user_id,))
        return None if row is None else Lawyer.from_row(row)

    async def lawyers(self) -> list[Lawyer]:
        """All active lawyers."""
        rows = await self.store.fetch_all("SELECT * FROM lawyers WHERE active = 1 ORDER BY user_id")
        return [Lawyer.from_row(r) for r in rows]

    async def add_lawyer(self, user_id: int, langs: tuple[str, ...], display_name: str,
                         now: datetime) -> None:
        """Add (or re-activate) a lawyer."""
        await self.store.execute(
            """INSERT INTO lawyers (user_id, chat_id, display_name, langs, active, added_at)
               VALUES (?, ?, ?, ?, 1, ?)
               ON CONFLICT(user_id) DO UPDATE SET active = 1, langs = excluded.langs,
                 display_name = CASE WHEN excluded.display_name != '' THEN excluded.display_name
                                     ELSE lawyers.display_name END""",
            (user_id, user_id, display_name, ",".join(langs), iso(now)))

    async def remove_lawyer(self, user_id: int) -> bool:
        """Deactivate a lawyer; True if there was one."""
        return await self.store.execute(
            "UPDATE lawyers SET active = 0 WHERE user_id = ? AND active = 1", (user_id,)) == 1

    async def set_langs(self, user_id: int, langs: tuple[str, ...]) -> bool:
        """Set the languages a lawyer reads."""
        return await self.store.execute("UPDATE lawyers SET langs = ? WHERE user_id = ? AND active = 1",
                                        (",".join(langs), user_id)) == 1

    async def set_max_open(self, user_id: int, max_open: int) -> bool:
        """Set how many cases a lawyer may hold at once."""
        return await self.store.execute("UPDATE lawyers SET max_open = ? WHERE user_id = ? AND active = 1",
                                        (max_open, user_id)) == 1

    async def set_display_name(self, user_id: int, name: str) -> bool:
        """Set the name users see on a lawyer's replies."""
        return await self.store.execute("UPDATE lawyers SET display_name = ? WHERE user_id = ? AND active = 1",
                                        (name, user_id)) == 1

    async def create_invite(self, code: str, langs: tuple[str, ...], created_by: int, now: datetime) -> None:
        """Store a one-time invite code."""
        await self.store.execute(
            "INSERT INTO lawyer_invites (code, langs, created_by, created_at) VALUES (?, ?, ?, ?)",
            (code, ",".join(langs), created_by, iso(now)))

    async def use_invite(self, code: str, user_id: int, now: datetime) -> tuple[str, ...] | None:
        """Spend an unused invite; return its languages, or None if there is no such unused code."""
        row = await self.store.fetch_one("SELECT langs FROM lawyer_invites WHERE code = ? AND used_by IS NULL",
                                         (code,))
        if row is None:
            return None
        changed = await self.store.execute(
            "UPDATE lawyer_invites SET used_by = ?, used_at = ? WHERE code = ? AND used_by IS NULL",
            (user_id, iso(now), code))
        return tuple(x for x in row["langs"].split(",") if x) if changed == 1 else None

    # --- reminders ------------------------------------------------------------------------

    async def add_reminder(self, kind: str, chat_id: int, due_at: datetime, now: datetime, *,
                           case_id: int | None = None, user_id: int | None = None,
                           payload: dict[str, Any] | None = None) -> int:
        """Schedule a reminder; return its id."""
        return await self.store.execute(
            """INSERT INTO reminders (kind, chat_id, case_id, user_id, payload, due_at, created_at)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            (kind, chat_id, case_id, user_id, json.dumps(payload or {}, ensure_ascii=False),
             iso(due_at), iso(now)))

    async def cancel_reminders(self, case_id: int, kinds: tuple[str, ...], now: datetime) -> int:
        """Cancel a case's pending reminders of these kinds."""
        marks = ",".join("?" * len(kinds))
        return await self.store.execute(
            f"UPDATE reminders SET cancelled_at = ? WHERE case_id = ? AND kind IN ({marks}) "
            "AND sent_at IS NULL AND cancelled_at IS NULL",
            (iso(now), case_id, *kinds))

    async def cancel_user_reminder(self, reminder_id: int, user_id: int, now: datetime) -> bool:
        """Cancel one of a user's own reminders (only theirs)."""
        return await self.store.execute(
            "UPDATE reminders SET cancelled_at = ? WHERE id = ? AND user_id = ? AND kind = 'deadline' "
            "AND sent_at IS NULL AND cancelled_at IS NULL", (iso(now), reminder_id, user_id)) == 1

    async def user_deadlines(self, user_id: int) -> list[Reminder]:
        """A user's pending deadline reminders, soonest first."""
        rows = await self.store.fetch_all(
            "SELECT * FROM reminders WHERE user_id = ? AND kind = 'deadline' AND sent_at IS NULL "
            "AND cancelled_at IS NULL ORDER BY due_at", (user_id,))
        return [_reminder(r) for r in rows]

    async def claim_due(self, now: datetime, lease_seconds: int = 60, limit: int = 50) -> list[Reminder]:
        """Lease the reminders that are due and not leased by another sweep; return them.

        Run inside a store transaction (BEGIN IMMEDIATE): nobody can write between the SELECT and
        the UPDATE, so two sweeps never lease the same row.
        """
        stamp = iso(now)
        rows = await self.store.fetch_all(
            """SELECT * FROM reminders
               WHERE due_at <= ? AND sent_at IS NULL AND cancelled_at IS NULL
                 AND (lease_until IS NULL OR lease_until < ?)
               ORDER BY due_at, id LIMIT ?""",
            (stamp, stamp, limit))
        until = iso(now + timedelta(seconds=lease_seconds))
        await self.store.execute_many("UPDATE reminders SET lease_until = ? WHERE id = ?",
                                      [(until, row["id"]) for row in rows])
        return [_reminder(r) for r in rows]

    async def mark_sent(self, reminder_id: int, now: datetime) -> None:
        """Record that a reminder went out (or was no longer needed)."""
        await self.store.execute("UPDATE reminders SET sent_at = ?, lease_until = NULL WHERE id = ?",
                                 (iso(now), reminder_id))

    async def postpone(self, reminder_id: int, due_at: datetime) -> None:
        """Move a claimed reminder to a later time and release its lease."""
        await self.store.execute("UPDATE reminders SET due_at = ?, lease_until = NULL WHERE id = ?",
                                 (iso(due_at), reminder_id))

    # --- audit and blocked chats ----------------------------------------------------------

    async def audit(self, case_id: int | None, role: str, actor_id: int, action: str, now: datetime) -> None:
        """Write who did what to a case, and when (never a text)."""
        await self.store.execute(
            "INSERT INTO case_audit (case_id, actor_role, actor_id, action, at) VALUES (?, ?, ?, ?, ?)",
            (case_id, role, actor_id, action, iso(now)))

    async def audit_trail(self, case_id: int) -> list[tuple[str, int, str, str]]:
        """(role, actor id, action, when) for a case, oldest first."""
        rows = await self.store.fetch_all(
            "SELECT actor_role, actor_id, action, at FROM case_audit WHERE case_id = ? ORDER BY id", (case_id,))
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    async def mark_blocked(self, chat_id: int, now: datetime) -> None:
        """Remember that a chat blocked the bot."""
        self._maybe_blocked.add(chat_id)
        await self.store.execute("INSERT OR IGNORE INTO blocked_chats (chat_id, blocked_at) VALUES (?, ?)",
                                 (chat_id, iso(now)))

    async def unblock(self, chat_id: int) -> None:
        """Forget the block: the person wrote to us again."""
        if await self._maybe_blocked.may_have(self.store, chat_id):
            # Kept in the set: should this transaction roll back, the row would still be there.
            await self.store.execute("DELETE FROM blocked_chats WHERE chat_id = ?", (chat_id,))

    async def is_blocked(self, chat_id: int) -> bool:
        """Whether a chat has blocked the bot."""
        return await self.store.fetch_one("SELECT 1 FROM blocked_chats WHERE chat_id = ?", (chat_id,)) is not None


def _reminder(row: aiosqlite.Row) -> Reminder:
    """Read a row of `reminders`."""
    try:
        payload = json.loads(row["payload"] or "{}")
    except json.JSONDecodeError:
        payload = {}
    return Reminder(row["id"], row["kind"], row["chat_id"], row["case_id"], row["user_id"],
                    payload if isinstance(payload, dict) else {}, from_iso(row["due_at"]))
