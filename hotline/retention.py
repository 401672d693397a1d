"""What the hotline forgets on its own, and what /forget removes from the hand-off queue.

Rules:
* Retention: HOTLINE_RETENTION_DAYS (default 180) after a case was closed or cancelled, its texts
  go (the person's and the lawyers' messages, lawyers' notes, links, the context it was opened
  with); the case row stays as an anonymous count (topic, language, country, outcome), with the
  person's ids set to 0. People who have not written for that long lose their conversation state
  (kept questions), keeping only language and country. The purge runs as a sweeper at most once
  an hour.
* Erasure (`erase_cases`, an erase hook of /forget): an open or claimed case is cancelled through
  the hand-off's own transition table, its lawyer is told, and every text of every case of the
  person is deleted at once; the rows stay only as anonymous counts.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from hotline import handoff
from hotline.case_store import ACTIVE
from hotline.core import Ctx, Router, Services
from hotline.events import Action, SendText
from hotline.privacy import count, erase_hooks
from hotline.store import Store, iso

log = logging.getLogger(__name__)

#: How often the purge runs.
PURGE_EVERY = timedelta(hours=1)


async def _strip_cases(store: Store, case_ids: list[int]) -> None:
    """Delete every text of these cases and unlink them from the person (rows stay as counts)."""
    for case_id in case_ids:
        for table in ("case_messages", "case_notes", "case_links"):
            await store.execute(f"DELETE FROM {table} WHERE case_id = ?", (case_id,))
        await store.execute("DELETE FROM reminders WHERE case_id = ?", (case_id,))
        await store.execute("UPDATE case_audit SET actor_id = 0 WHERE case_id = ? AND actor_role = 'user'",
                            (case_id,))
        await store.execute(
            "UPDATE cases SET user_id = 0, chat_id = 0, context = '{}', waiting_since = NULL WHERE id = ?",
            (case_id,))


async def erase_cases(ctx: Ctx) -> list[Action]:
    """Cancel the person's open case (telling its lawyer) and strip all their cases of text."""
    services, store, user_id = ctx.services, ctx.store, ctx.user.user_id
    out: list[Action] = []
    active = await handoff.cases(services).active_of_user(user_id)
    if active is not None and active.status in ACTIVE:
        lawyer_id = active.lawyer_id
        await handoff.apply(services, active, "cancel", handoff.Actor("user", user_id))
        if lawyer_id is not None:
            lawyer = await handoff.cases(services).lawyer(lawyer_id)
            if lawyer is not None:
                lang = await handoff.lang_of(services, lawyer_id)
                out.append(handoff.message(services, lawyer.chat_id, lang, "forget-lawyer-told",
                                           case=str(active.id)))
        else:
            for chat_id, lang in await handoff.lawyer_targets(services, active.lang):
                out.append(handoff.message(services, chat_id, lang, "forget-lawyer-told",
                                           case=str(active.id)))
    rows = await store.fetch_all("SELECT id FROM cases WHERE user_id = ?", (user_id,))
    await _strip_cases(store, [r["id"] for r in rows])
    await store.execute("DELETE FROM reminders WHERE user_id = ? OR chat_id = ?", (user_id, ctx.user.chat_id))
    await store.execute("DELETE FROM blocked_chats WHERE chat_id = ?", (ctx.user.chat_id,))
    return [a for a in out if isinstance(a, SendText)]


async def purge(services: Services, now: datetime) -> int:
    """Strip texts from cases closed more than the retention period ago; return how many."""
    store = services.store
    cutoff = iso(now - timedelta(days=services.config.retention_days))
    async with store.transaction():
        rows = await store.fetch_all(
            "SELECT id FROM cases WHERE status IN ('closed', 'cancelled') AND closed_at < ? "
            "AND (user_id != 0 OR context != '{}' OR EXISTS (SELECT 1 FROM case_messages m WHERE m.case_id = cases.id) "
            "OR EXISTS (SELECT 1 FROM case_notes n WHERE n.case_id = cases.id))", (cutoff,))
        ids = [r["id"] for r in rows]
        await _strip_cases(store, ids)
        for _ in ids:
            await count(store, "case-purged", iso(now)[:10])
        idle = await store.execute(
            "UPDATE users SET state = '{}' WHERE updated_at < ? AND state != '{}'", (cutoff,))
    if ids or idle:
        services.extras["checkpoint_due"] = True
        log.info("retention purge: %d case(s) stripped of text, %d idle state(s) cleared", len(ids), idle)
    return len(ids)


def register(router: Router, services: Services) -> None:
    """Add the case erasure to /forget and the hourly purge to the sweepers."""
    erase_hooks(services).append(erase_cases)
    last: dict[str, datetime] = {}

    async def sweep() -> list[Action]:
        now = services.now()
        if "at" in last and now - last["at"] < PURGE_EVERY:
            return []
        last["at"] = now
        await purge(services, now)
        return []

    services.sweepers.append(sweep)
