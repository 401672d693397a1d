"""Consent and erasure: the notice on first contact, `/privacy`, and `/forget` with confirmation.

Rule: a person can always see what we keep and erase it. `/forget` deletes every row that is
about them (profile and conversation state, deferred messages, unsent replies, urgent flags,
and through `erase_hooks` what other features keep: cases, lawyers' notes) in one transaction,
keeps one anonymous count, and asks for a WAL checkpoint so that, with `secure_delete`, no erased
text lingers in the database files.

Button data owned here: "forget:yes:<nonce>", "forget:no". The nonce is set by the `/forget`
that showed the buttons, so a forged or stale "yes" erases nothing.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Awaitable, Callable

from hotline.core import Ctx, Router, Services, split_data
from hotline.events import Action, Press
from hotline.menu import home_button
from hotline.store import Store, iso

log = logging.getLogger(__name__)

#: Another feature's erasure of the person in ctx, inside the same transaction -> actions to send
#: (e.g. tell the lawyer of an open case that it was closed).
EraseHook = Callable[[Ctx], Awaitable[list[Action]]]

#: Tables of ours that hold rows about a person, and the column naming them.
OWN_TABLES: tuple[tuple[str, str], ...] = (
    ("deferred_events", "user_id"),
    ("urgent_flags", "user_id"),
    ("users", "user_id"),
)
NOTICED = "privacy_noticed"


async def count(store: Store, kind: str, day: str) -> None:
    """Add one to an anonymous daily count (no user, no text)."""
    await store.execute(
        "INSERT INTO anon_counts (day, kind, n) VALUES (?, ?, 1) "
        "ON CONFLICT(day, kind) DO UPDATE SET n = n + 1", (day, kind))


def erase_hooks(services: Services) -> list[EraseHook]:
    """The list other features append their erasure to (the hand-off: cases and notes)."""
    return services.extras.setdefault("erase_hooks", [])


async def erase_user(ctx: Ctx) -> None:
    """Delete everything about the person in `ctx` (inside the handling transaction)."""
    store, user_id = ctx.store, ctx.user.user_id
    for hook in erase_hooks(ctx.services):
        ctx.out.extend(await hook(ctx))
    for table, column in OWN_TABLES:
        await store.execute(f"DELETE FROM {table} WHERE {column} = ?", (user_id,))
    await store.execute("DELETE FROM outbox WHERE chat_id = ?", (ctx.user.chat_id,))
    await count(store, "forget", iso(ctx.now)[:10])
    ctx.erased = True
    ctx.services.extras["checkpoint_due"] = True
    log.info("a person erased their data")


async def checkpoint_sweeper(services: Services) -> list[Action]:
    """After an erasure, fold the WAL into the database and truncate it (old page images go)."""
    if services.extras.pop("checkpoint_due", False):
        await services.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return []


def register(router: Router, services: Services) -> None:
    """Add the consent notice, /privacy and /forget."""
    erase_hooks(services)

    async def sweep() -> list[Action]:
        return await checkpoint_sweeper(services)

    services.sweepers.append(sweep)

    async def consent_guard(ctx: Ctx) -> bool:
        """Show the short notice once, as onboarding finishes (language known, country chosen now)."""
        event, user = ctx.event, ctx.user
        if (isinstance(event, Press) and split_data(event.data)[0] == "country" and user.lang
                and user.country is None and not user.scratch.get(NOTICED)):
            user.scratch[NOTICED] = 1
            ctx.send("privacy-notice", days=ctx.services.config.retention_days)
        return True

    router.guards.append(consent_guard)

    @router.command("privacy")
    async def privacy(ctx: Ctx) -> None:
        ctx.send("privacy-text", [ctx.button("privacy-forget-button", "forget:ask")], [home_button(ctx)],
                 days=ctx.services.config.retention_days)

    async def ask(ctx: Ctx) -> None:
        nonce = secrets.token_hex(4)
        ctx.user.scratch["forget_nonce"] = nonce
        rows = [[ctx.button("forget-yes", f"forget:yes:{nonce}")], [ctx.button("forget-no", "forget:no")]]
        ctx.send("forget-confirm", *rows)

    @router.command("forget")
    async def forget(ctx: Ctx) -> None:
        await ask(ctx)

    router.before_onboarding.add("forget")

    @router.press("forget")
    async def forget_press(ctx: Ctx) -> None:
        what, _, nonce = split_data(ctx.event.data)[1].partition(":")
        if what == "ask":
            await ask(ctx)
        elif what == "no":
            ctx.user.scratch.pop("forget_nonce", None)
            ctx.edit_or_send(ctx.t("forget-cancelled"), ((home_button(ctx),),), msg_id="forget-cancelled")
        elif what == "yes" and nonce and nonce == ctx.user.scratch.get("forget_nonce"):
            done = ctx.t("forget-done")
            await erase_user(ctx)
            ctx.edit_or_send(done, msg_id="forget-done")
        else:
            ctx.toast()
            ctx.send("stale-button", [home_button(ctx)])

