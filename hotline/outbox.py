"""The outbox: replies decided in a committed transaction are not lost if the process dies.

Rule: the replies to an update are written to table `outbox` in the same transaction that marks
the update handled; once every action of the update was performed, its rows are deleted in one
statement; at start, rows left by a crash are performed first, then deleted. So a reply is lost
only if SQLite loses a commit, and sent twice only if the process dies between Telegram's answer
and the deletion of its update's rows (Telegram has no idempotency key for sends; at-least-once is
the honest promise: at most the replies of the updates in flight go out twice). Only the Telegram
front end installs it; the console has nothing to lose.
"""

from __future__ import annotations

import base64
import json
import logging
from dataclasses import asdict
from typing import TYPE_CHECKING

from hotline.core import Ctx
from hotline.events import Action, AnswerPress, Button, EditText, Event, SendFile, SendText
from hotline.store import Store, iso

if TYPE_CHECKING:
    from hotline.telegram_bot import TelegramFrontEnd

log = logging.getLogger(__name__)

_KINDS: dict[str, type[Action]] = {"SendText": SendText, "EditText": EditText, "SendFile": SendFile}


def dump(action: Action) -> str:
    """An action as stored."""
    data = asdict(action)
    if isinstance(action, SendFile):
        data["content"] = base64.b64encode(action.content).decode()
    return json.dumps({"kind": type(action).__name__, **data}, ensure_ascii=False)


def load(raw: str) -> Action:
    """A stored action back."""
    data = json.loads(raw)
    kind = _KINDS[data.pop("kind")]
    if "buttons" in data:
        data["buttons"] = tuple(tuple(Button(**b) for b in row) for row in data["buttons"])
    if kind is SendFile:
        data["content"] = base64.b64decode(data["content"])
    return kind(**data)


async def record(ctx: Ctx) -> None:
    """Inside the handling transaction: keep the replies of this update until they are sent."""
    update_id = ctx.event.update_id
    if update_id is None:
        return
    stamp = iso(ctx.now)
    for action in ctx.out:
        if isinstance(action, AnswerPress):
            continue  # a spinner answer is worthless after a restart
        await ctx.store.execute(
            "INSERT INTO outbox (update_id, chat_id, action, created_at) VALUES (?, ?, ?, ?)",
            (update_id, getattr(action, "chat_id", None), dump(action), stamp))


async def forget_update(store: Store, event: Event, actions: list[Action]) -> None:
    """Delete the rows of an update whose actions were all performed (one statement)."""
    if event.update_id is None or all(isinstance(action, AnswerPress) for action in actions):
        return  # nothing was recorded
    # Deliberately outside the transaction lock: waiting behind every queued update would widen
    # the window in which a crash re-sends. On the shared connection it may ride in another
    # update's open transaction; if that one dies with the process, the replies are sent again.
    await store.execute("DELETE FROM outbox WHERE update_id = ?", (event.update_id,))


async def resend(front: TelegramFrontEnd) -> int:
    """Perform what a crash left in the outbox, oldest first; return how many."""
    store = front.hotline.store
    rows = await store.fetch_all("SELECT id, action FROM outbox ORDER BY id")
    for row in rows:
        try:
            action = load(row["action"])
        except (KeyError, TypeError, ValueError):
            log.error("an unreadable outbox row was dropped")
        else:
            await front.perform([action])
        async with store.transaction():
            await store.execute("DELETE FROM outbox WHERE id = ?", (row["id"],))
    if rows:
        log.warning("re-sent %d repl(ies) left unsent by an unclean stop", len(rows))
    return len(rows)


def install(front: TelegramFrontEnd) -> None:
    """Wire the outbox into a Telegram front end (a `telegram_hooks` entry)."""
    store = front.hotline.store
    front.hotline.conversation.before_commit.append(record)

    async def on_start() -> None:
        await resend(front)

    async def on_done(event: Event, actions: list[Action]) -> None:
        await forget_update(store, event, actions)

    front.on_start.append(on_start)
    front.on_done.append(on_done)
