"""The real python-telegram-bot Application over HTTP against the local Bot API stand-in."""

from __future__ import annotations

import logging
import socket

import pytest

from hotline.botapi_standin import BotApiStandIn, Fault
from hotline.config import Config
from hotline.i18n import LANGS
from tests.telegram_harness import bot_config, start_bot


@pytest.fixture
async def stand_in():
    server = await BotApiStandIn().start()
    yield server
    await server.stop()


@pytest.fixture
async def bot(stand_in, tmp_path):
    running = await start_bot(bot_config(stand_in, tmp_path / "bot.sqlite3"))
    yield running
    await running.stop()


def buttons(params: dict) -> list[str]:
    markup = params.get("reply_markup") or {}
    return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]


async def test_command_menu_is_registered_in_every_language(bot, stand_in):
    langs = {c.params.get("language_code") for c in stand_in.calls if c.method == "setMyCommands"}
    assert set(LANGS) <= langs
    ky = next(c for c in stand_in.calls if c.method == "setMyCommands" and c.params.get("language_code") == "ky")
    texts = bot.hotline.services.texts
    assert {"command": "menu", "description": texts.t("ky", "cmd-menu")} in ky.params["commands"]


async def test_first_contact_over_http(bot, stand_in):
    stand_in.push(stand_in.message(501, "/start", lang="ky"))
    await stand_in.wait_for(lambda: stand_in.sent(501))
    first = stand_in.sent(501)[0]
    assert first["parse_mode"] == "HTML"
    assert buttons(first)[0] == "lang:ky"
    stand_in.push(stand_in.press(501, "lang:ky", lang="ky"))
    await stand_in.wait_for(lambda: any(c.method == "answerCallbackQuery" for c in stand_in.calls))
    await stand_in.wait_for(lambda: len(stand_in.sent(501, "editMessageText")) == 1)
    asked = stand_in.sent(501, "editMessageText")[0]
    assert buttons(asked) == ["country:ru", "country:kz", "country:home"]
    assert asked["text"] == bot.hotline.services.texts.t("ky", "start-ask-country")


async def test_a_sticker_gets_a_kind_reply(bot, stand_in):
    stand_in.push(stand_in.message(502, "/start", lang="uz"))
    stand_in.push(stand_in.press(502, "lang:uz"))
    stand_in.push(stand_in.press(502, "country:ru"))
    stand_in.push(stand_in.sticker(502))
    texts = bot.hotline.services.texts
    await stand_in.wait_for(lambda: any(m["text"] == texts.t("uz", "unsupported-media") for m in stand_in.sent(502)))


async def test_one_users_updates_are_handled_in_order(bot, stand_in):
    stand_in.push(stand_in.message(503, "/start", lang="ru"))
    stand_in.push(stand_in.press(503, "lang:ru"))
    stand_in.push(stand_in.press(503, "country:kz"))
    stand_in.push(stand_in.message(503, "/help"))
    texts = bot.hotline.services.texts
    await stand_in.wait_for(lambda: any(m["text"] == texts.t("ru", "help-text") for m in stand_in.sent(503)))
    user = await bot.hotline.store.load_user(503, 503)
    assert (user.lang, user.country) == ("ru", "kz")


async def test_restart_in_the_middle_of_onboarding_loses_nothing(stand_in, tmp_path):
    config = bot_config(stand_in, tmp_path / "restart.sqlite3")
    first = await start_bot(config)
    stand_in.push(stand_in.message(504, "/start", lang="tg"))
    stand_in.push(stand_in.press(504, "lang:tg", lang="tg"))
    await stand_in.wait_for(lambda: stand_in.sent(504, "editMessageText"))
    await first.stop()
    second = await start_bot(config)
    try:
        stand_in.push(stand_in.press(504, "country:kz", lang="tg"))
        menu_title = second.hotline.services.texts.t("tg", "menu-title")
        await stand_in.wait_for(lambda: any(
            m["text"] == menu_title for m in stand_in.sent(504) + stand_in.sent(504, "editMessageText")))
    finally:
        await second.stop()


async def test_a_redelivered_update_is_answered_once(bot, stand_in):
    update = stand_in.push(stand_in.message(505, "/start", lang="ru"))
    await stand_in.wait_for(lambda: stand_in.sent(505))
    stand_in.updates.append(dict(update))  # Telegram sends the same update again
    stand_in.push(stand_in.message(505, "/help"))
    texts = bot.hotline.services.texts
    await stand_in.wait_for(lambda: any(m["text"] == texts.t("ru", "help-text") for m in stand_in.sent(505)))
    welcomes = [m for m in stand_in.sent(505) if "lang:ru" in buttons(m)]
    assert len(welcomes) == 1


async def test_the_offset_confirms_only_handled_updates(bot, stand_in):
    for n in range(5):
        stand_in.push(stand_in.message(600 + n, "/start"))
    await stand_in.wait_for(lambda: len({m["chat_id"] for m in stand_in.sent()}) == 5)
    await stand_in.wait_for(lambda: stand_in.confirmed_offset >= 6)
    assert stand_in.confirmed_offset == 6  # one past the last handled update, not beyond


@pytest.mark.parametrize("status", [429, 502])
async def test_telegram_errors_are_retried_and_nothing_is_lost(bot, stand_in, status):
    stand_in.faults.append(Fault("sendMessage", status, count=2, retry_after=1))
    stand_in.push(stand_in.message(506, "/start", lang="ru"))
    await stand_in.wait_for(lambda: stand_in.sent(506), timeout=15)
    attempts = [c for c in stand_in.calls if c.method == "sendMessage" and c.params.get("chat_id") == 506]
    assert [c.status for c in attempts] == [status, status, 200]  # two refused, then delivered once
    assert len(stand_in.sent(506)) == 1


async def test_a_user_who_blocked_the_bot_does_not_stop_it(bot, stand_in):
    stand_in.blocked_chats.add(507)
    stand_in.push(stand_in.message(507, "/start"))
    stand_in.push(stand_in.message(508, "/start"))
    await stand_in.wait_for(lambda: any(c.params.get("chat_id") == 508 for c in stand_in.calls
                                        if c.method == "sendMessage"))


async def test_logs_never_carry_the_token_or_the_text(bot, stand_in, caplog):
    caplog.set_level(logging.DEBUG)
    stand_in.push(stand_in.message(509, "/start"))
    stand_in.push(stand_in.press(509, "lang:ru"))
    stand_in.push(stand_in.press(509, "country:ru"))
    stand_in.push(stand_in.message(509, "меня зовут Гульнара, хозяин не платит"))
    await stand_in.wait_for(lambda: len(stand_in.sent(509)) >= 2)
    logged = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("hotline"))
    assert stand_in.token not in logged
    assert "Гульнара" not in logged


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_webhook_checks_the_secret_and_answers_after_handling(stand_in, tmp_path):
    port = _free_port()
    config = bot_config(stand_in, tmp_path / "hook.sqlite3", HOTLINE_WEBHOOK_URL="https://example.org/hook",
                        HOTLINE_WEBHOOK_SECRET="s3cret_token", HOTLINE_WEBHOOK_PORT=str(port),
                        HOTLINE_WEBHOOK_LISTEN="127.0.0.1")
    running = await start_bot(config, poll=False)
    try:
        await stand_in.wait_for(lambda: stand_in.webhook is not None)
        assert stand_in.webhook["secret_token"] == "s3cret_token"
        url = f"http://127.0.0.1:{port}/hook"
        assert await stand_in.post_webhook(url, stand_in.message(510, "/start"), "wrong") == 403
        assert await stand_in.post_webhook(url, stand_in.message(510, "/start"), None) == 403
        assert stand_in.sent(510) == []
        assert await stand_in.post_webhook(url, stand_in.message(510, "/start"), "s3cret_token") == 200
        assert len(stand_in.sent(510)) == 1  # handled before the 200 went back
    finally:
        await running.stop()


@pytest.mark.parametrize("env, fragment", [
    ({}, "TELEGRAM_BOT_TOKEN is not set"),
    ({"TELEGRAM_BOT_TOKEN": "nonsense"}, "does not look like a bot token"),
    ({"TELEGRAM_BOT_TOKEN": "1:a", "TELEGRAM_API_BASE_URL": "ftp://x"}, "TELEGRAM_API_BASE_URL"),
    ({"TELEGRAM_BOT_TOKEN": "1:a", "HOTLINE_WEBHOOK_URL": "http://insecure"}, "https://"),
    ({"TELEGRAM_BOT_TOKEN": "1:a", "HOTLINE_WEBHOOK_URL": "https://ok.example/h"}, "HOTLINE_WEBHOOK_SECRET"),
    ({"TELEGRAM_BOT_TOKEN": "1:a", "HOTLINE_ADMINS": "12,abc"}, "HOTLINE_ADMINS"),
])
def test_bad_configuration_stops_with_one_clear_line(env, fragment):
    from hotline.config import ConfigError

    with pytest.raises(ConfigError) as raised:
        Config.from_mapping(env, need_token=True)
    assert any(fragment in line for line in raised.value.problems)
    assert "1:a" not in str(raised.value)
