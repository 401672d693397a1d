"""The per-update shortcuts (blocked chats, deferred events, the outbox) behave as the queries did,
also after a restart that finds rows left by the previous process."""

from __future__ import annotations

from hotline import handoff, outbox
from hotline.app import build
from hotline.config import Config
from hotline.events import AnswerPress, Command, Sender, SendText
from hotline.safety import BURST
from tests.pilot import Chat, Clock


async def _blocked(app, chat_id: int) -> bool:
    return await handoff.cases(app.services).is_blocked(chat_id)


async def test_a_person_blocked_before_a_restart_is_unblocked_when_they_write(config: Config, clock: Clock):
    first = await build(config, now=clock)
    chat = Chat(first, user_id=5100)
    await chat.onboard("ru", "ru")
    async with first.store.transaction():
        await handoff.cases(first.services).mark_blocked(5100, clock())
    await first.close()

    again = await build(config, now=clock)           # the in-memory view starts empty
    try:
        assert await _blocked(again, 5100)
        await Chat(again, user_id=5100).send("/help")
        assert not await _blocked(again, 5100)
    finally:
        await again.close()


async def test_a_person_blocked_while_running_is_unblocked_when_they_write(hotline, clock: Clock):
    chat = Chat(hotline, user_id=5200)
    await chat.onboard("ru", "ru")                   # the guard has looked at the table by now
    async with hotline.store.transaction():
        await handoff.cases(hotline.services).mark_blocked(5200, clock())
    await Chat(hotline, user_id=5201).send("/help")  # someone else writing unblocks nobody
    assert await _blocked(hotline, 5200)
    await chat.send("/help")
    assert not await _blocked(hotline, 5200)


async def test_events_deferred_before_a_restart_still_hold_back_the_next_ones(config: Config, clock: Clock):
    first = await build(config, now=clock)
    chat = Chat(first, user_id=5300)
    await chat.onboard("ru", "ru")
    clock.advance(hours=1)
    for _ in range(BURST + 3):
        await chat.send("/help")
    queued = await first.store.fetch_value("SELECT COUNT(*) FROM deferred_events WHERE user_id = 5300")
    assert queued == 3
    await first.close()

    again = await build(config, now=clock)           # fresh buckets: the person could send at once
    try:
        after = Chat(again, user_id=5300)
        await after.send("/menu")
        assert "menu-title" not in after.msg_ids, "jumped the queue of deferred events"
        assert await again.store.fetch_value("SELECT COUNT(*) FROM deferred_events WHERE user_id = 5300") == 4
        for _ in range(5):
            clock.advance(minutes=1)
            after.log.extend(await again.services.sweep())
        assert after.msg_ids.count("help-text") == 3 and after.msg_ids[-1] == "menu-title"  # in order
        await after.send("/help")                    # nothing queued any more: answered at once
        assert after.msg_ids[-1] == "help-text"
    finally:
        await again.close()


async def test_the_outbox_forgets_an_update_in_one_go(hotline, clock: Clock):
    store = hotline.store
    sender = Sender(5400, 5400, "ru", True)
    event = Command(sender, 77, name="help", args="")
    async with store.transaction():
        for text in ("one", "two"):
            await store.execute("INSERT INTO outbox (update_id, chat_id, action, created_at) VALUES (?, ?, ?, ?)",
                                (77, 5400, outbox.dump(SendText(5400, text)), "2026-01-01T00:00:00"))
        await store.execute("INSERT INTO outbox (update_id, chat_id, action, created_at) VALUES (?, ?, ?, ?)",
                            (78, 5400, outbox.dump(SendText(5400, "other")), "2026-01-01T00:00:00"))
    await outbox.forget_update(store, event, [AnswerPress("q")])   # nothing of it was recorded
    assert await store.fetch_value("SELECT COUNT(*) FROM outbox") == 3
    await outbox.forget_update(store, event, [AnswerPress("q"), SendText(5400, "one"), SendText(5400, "two")])
    assert [r["update_id"] for r in await store.fetch_all("SELECT update_id FROM outbox")] == [78]
