"""First contact: language proposal, country, menu, and kind replies to what we do not read."""

from __future__ import annotations

import pytest

from hotline.events import AnswerPress, SendText
from hotline.i18n import LANGS
from tests.pilot import Chat


@pytest.mark.parametrize("code, proposed", [("ky", "ky"), ("uz-Latn", "uz"), ("tg", "tg"), ("ru", "ru")])
async def test_start_proposes_the_telegram_language_first(hotline, code, proposed):
    chat = Chat(hotline, user_id=5, language_code=code)
    await chat.send("/start")
    assert chat.last.msg_id == "start-welcome"
    assert chat.buttons[0].data == f"lang:{proposed}"
    assert {b.data for b in chat.buttons} == {f"lang:{lang}" for lang in LANGS}
    assert chat.last.text.startswith(hotline.services.texts.t(proposed, "start-welcome")[:20])


async def test_unknown_language_code_shows_all_four_greetings(hotline):
    chat = Chat(hotline, user_id=6, language_code="en")
    await chat.send("/start")
    for lang in LANGS:
        assert hotline.services.texts.t(lang, "start-welcome-short") in chat.last.text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("country", ["ru", "kz", "home"])
async def test_onboarding_ends_in_the_main_menu_in_the_chosen_language(hotline, lang, country):
    chat = Chat(hotline, user_id=7)
    await chat.onboard(lang, country)
    assert chat.last.msg_id == "menu-title"
    assert chat.last.text == hotline.services.texts.t(lang, "menu-title")
    user = await hotline.store.load_user(7, 7)
    assert (user.lang, user.country) == (lang, country)


async def test_a_question_typed_before_onboarding_is_kept_for_after(hotline):
    chat = Chat(hotline, user_id=8)
    await chat.send("зарплату не платят")
    assert chat.last.msg_id == "start-welcome"
    await chat.press("lang:ru")
    assert chat.last.msg_id == "start-ask-country"
    await chat.press("country:ru")
    assert "start-ready" in chat.msg_ids
    user = await hotline.store.load_user(8, 8)
    assert "first_text" not in user.scratch


async def test_language_change_keeps_the_country(chat, hotline):
    await chat.onboard("ru", "kz")
    await chat.send("/language")
    await chat.press("lang:tg")
    assert chat.last.text == hotline.services.texts.t("tg", "menu-title")
    user = await hotline.store.load_user(chat.user_id, chat.user_id)
    assert (user.lang, user.country) == ("tg", "kz")


@pytest.mark.parametrize("kind", ["sticker", "voice", "photo", "video_note"])
async def test_media_gets_a_kind_reply_in_the_users_language(chat, hotline, kind):
    await chat.onboard("uz", "ru")
    await chat.send_media(kind)
    assert chat.last.msg_id == "unsupported-media"
    assert chat.last.text == hotline.services.texts.t("uz", "unsupported-media")


@pytest.mark.parametrize("data", ["lang:xx", "country:mars", "nonsense", "", "flow:" + "x" * 60, "::::"])
async def test_forged_or_stale_buttons_get_a_kind_reply_and_change_nothing(chat, hotline, data):
    await chat.onboard("ky", "kz")
    before = await hotline.store.load_user(chat.user_id, chat.user_id)
    await chat.press(data)
    after = await hotline.store.load_user(chat.user_id, chat.user_id)
    assert (after.lang, after.country) == (before.lang, before.country) == ("ky", "kz")
    assert isinstance(chat.log[-1], (SendText, AnswerPress))
    assert chat.toasts, "every press is answered so the spinner stops"


async def test_unknown_command_and_empty_text(chat):
    await chat.onboard()
    await chat.send("/hack")
    assert chat.last.msg_id == "unknown-command"
    await chat.send("   ")
    assert chat.last.msg_id == "empty-text"


async def test_huge_text_does_not_crash(chat):
    await chat.onboard()
    await chat.send("ы" * 10_000)
    assert chat.last.msg_id != "error-generic"


async def test_a_redelivered_update_is_handled_once(hotline):
    from hotline.events import Command, Sender

    event = Command(Sender(44, 44, "ru"), update_id=777, name="start")
    first = await hotline.conversation.handle(event)
    second = await hotline.conversation.handle(event)
    assert first and second == []


async def test_state_survives_a_restart(config, clock):
    from hotline.app import build

    first = await build(config, now=clock)
    chat = Chat(first, user_id=31)
    await chat.send("/start")
    await chat.press("lang:uz")
    await first.close()
    second = await build(config, now=clock)
    chat.hotline = second
    await chat.press("country:kz")
    assert chat.last.text == second.services.texts.t("uz", "menu-title")
    await second.close()


async def test_staff_commands_work_before_choosing_a_language(hotline):
    admin = Chat(hotline, user_id=900, language_code="en")  # HOTLINE_ADMINS=900 in the fixture
    await admin.send("/queue")
    assert admin.msg_ids and "start-welcome" not in admin.msg_ids


async def test_menu_before_onboarding_asks_the_language_first(hotline):
    chat = Chat(hotline, user_id=901, language_code="ky")
    await chat.send("/menu")
    assert chat.last.msg_id == "start-welcome"
