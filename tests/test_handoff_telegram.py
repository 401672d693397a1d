"""A case's life through the real python-telegram-bot Application against the Bot API stand-in:
opening, announcing, taking, answering by replying to the forwarded message, a user who blocked
the bot, and a restart with a reminder due."""

from __future__ import annotations

from datetime import timedelta

import pytest

from hotline.botapi_standin import BotApiStandIn
from tests.pilot import Clock
from tests.telegram_harness import bot_config, start_bot

USER, ADMIN, LAWYER = 700, 900, 901


@pytest.fixture
async def stand_in():
    server = await BotApiStandIn().start()
    yield server
    await server.stop()


def texts_to(stand_in: BotApiStandIn, chat_id: int) -> list[str]:
    return [m["text"] for m in stand_in.sent(chat_id)]


async def onboard(stand_in: BotApiStandIn, user_id: int, lang: str = "ru") -> None:
    stand_in.push(stand_in.message(user_id, "/start", lang=lang))
    stand_in.push(stand_in.press(user_id, f"lang:{lang}", lang=lang))
    stand_in.push(stand_in.press(user_id, "country:ru", lang=lang))


async def test_case_life_over_http_with_reply_to_the_forwarded_message(stand_in, tmp_path):
    clock = Clock()
    config = bot_config(stand_in, tmp_path / "case.sqlite3", HOTLINE_ADMINS=str(ADMIN))
    bot = await start_bot(config, now=clock)
    t = bot.hotline.services.texts.t
    try:
        for person in (ADMIN, LAWYER):
            await onboard(stand_in, person)
        stand_in.push(stand_in.message(ADMIN, f"/lawyer_add {LAWYER} ky Айгуль"))
        await stand_in.wait_for(lambda: any(x.startswith(t("ru", "law-added", id=str(LAWYER), langs="ky")[:10])
                                            for x in texts_to(stand_in, ADMIN)))
        await onboard(stand_in, USER, "ky")
        stand_in.push(stand_in.press(USER, "case:new", lang="ky"))
        stand_in.push(stand_in.press(USER, "case:agree", lang="ky"))
        stand_in.push(stand_in.message(USER, "Кожоюн эки айдан бери айлык бербей жатат", lang="ky"))
        await stand_in.wait_for(lambda: any("case:1" in str(m) or "/case 1" in m["text"]
                                            for m in stand_in.sent(LAWYER)))
        stand_in.push(stand_in.message(LAWYER, "/take 1"))
        taken = t("ky", "case-taken", case="1", name="Айгуль")
        await stand_in.wait_for(lambda: taken in texts_to(stand_in, USER))
        # The lawyer answers by replying to the bot's forwarded case message.
        link = await bot.hotline.store.fetch_value(
            "SELECT message_id FROM case_links WHERE chat_id = ? AND case_id = 1 ORDER BY message_id DESC", (LAWYER,))
        assert link is not None, "the on_sent hook linked the forwarded message to the case"
        stand_in.push(stand_in.message(LAWYER, "Келишимиңиз барбы?", reply_to=link))
        await stand_in.wait_for(lambda: any("Келишимиңиз барбы?" in x for x in texts_to(stand_in, USER)))
        relayed = next(x for x in texts_to(stand_in, USER) if "Келишимиңиз" in x)
        assert "Айгуль" in relayed and str(LAWYER) not in relayed and "Person901" not in relayed
        # The user blocks the bot: the 403 is noted and the bot goes on.
        stand_in.blocked_chats.add(USER)
        stand_in.push(stand_in.message(LAWYER, "/reply 1 Дагы бир суроо"))
        await stand_in.wait_for(lambda: t("ru", "law-reply-sent", case="1") in texts_to(stand_in, LAWYER))
        stand_in.push(stand_in.message(LAWYER, "/reply 1 Жооп бериңиз"))
        await stand_in.wait_for(lambda: t("ru", "law-user-blocked", case="1") in texts_to(stand_in, LAWYER))
        stand_in.push(stand_in.message(LAWYER, "/close 1 no_response"))
        await stand_in.wait_for(lambda: any(x.startswith(t("ru", "law-closed", case="1", outcome="x")[:20])
                                            for x in texts_to(stand_in, LAWYER)))
    finally:
        await bot.stop()


async def test_restart_with_a_reminder_due_fires_it_once(stand_in, tmp_path):
    clock = Clock()
    config = bot_config(stand_in, tmp_path / "restart.sqlite3", HOTLINE_ADMINS=str(ADMIN))
    first = await start_bot(config, now=clock)
    t = first.hotline.services.texts.t
    for person in (ADMIN, LAWYER):
        await onboard(stand_in, person)
    stand_in.push(stand_in.message(ADMIN, f"/lawyer_add {LAWYER} ru"))
    await onboard(stand_in, USER)
    stand_in.push(stand_in.press(USER, "case:new"))
    stand_in.push(stand_in.press(USER, "case:agree"))
    stand_in.push(stand_in.message(USER, "Не платят зарплату второй месяц"))
    await stand_in.wait_for(lambda: any("/case 1" in x for x in texts_to(stand_in, LAWYER)))
    await first.kill()  # a crash; the reminder falls due while the bot is down
    clock.moment += timedelta(hours=5)
    second = await start_bot(config, now=clock)
    try:
        reminder = t("ru", "case-remind-unclaimed", case="1", hours=5, language="ru",
                     country=t("ru", "case-country-ru"), topic=t("ru", "case-topic-general"))
        await stand_in.wait_for(lambda: reminder in texts_to(stand_in, LAWYER))
        await second.front._sweep()  # more sweeps change nothing
        await second.front._sweep()
        assert texts_to(stand_in, LAWYER).count(reminder) == 1
    finally:
        await second.stop()
