"""Log hygiene: scrubbing rules, and a full scenario over the Bot API stand-in grepped for texts,
names, usernames, phone numbers and raw user ids."""

from __future__ import annotations

import io
import logging

import pytest

from hotline import logsafe
from hotline.botapi_standin import BotApiStandIn
from tests.telegram_harness import bot_config, start_bot


@pytest.mark.parametrize("line, secret", [
    ("user 5512345678 wrote", "5512345678"),
    ("chat -1001234567890 joined", "1001234567890"),
    ("call +7 900 123-45-67 now", "900 123"),
    ("меня зовут Гульнара, хозяин не платит", "Гульнара"),
    ('{"text": "Dilnoza ishlamaydi", "id": 5}', "Dilnoza"),
    ("first_name='Dilnoza' joined", "Dilnoza"),
    ("ask @dilnoza_k", "dilnoza_k"),
    ("mail me at a.b@example.org", "a.b@example.org"),
])
def test_scrub_removes_what_identifies_a_person(line, secret):
    assert secret not in logsafe.scrub(line)


def test_the_same_id_gets_the_same_pseudonym_and_a_new_key_changes_it():
    logsafe.set_key("k1")
    first = logsafe.pseudonym(5512345678)
    assert first == logsafe.pseudonym(5512345678) != logsafe.pseudonym(5512345679)
    logsafe.set_key("k2")
    assert logsafe.pseudonym(5512345678) != first


def test_ordinary_log_lines_stay_readable():
    assert logsafe.scrub("schema step 4 applied: privacy") == "schema step 4 applied: privacy"
    assert logsafe.scrub("Telegram asked to wait 3 s") == "Telegram asked to wait 3 s"


async def test_logs_of_a_full_scenario_hold_no_text_name_username_or_raw_id(tmp_path):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    logsafe.install(logger=root, key="test-log-key")
    user = 5512345678
    secrets_ = ["Гульнара", "Dilnoza", "dilnoza_k", "+7 900 123-45-67", "хозяин", str(user)]
    stand_in = await BotApiStandIn().start()
    try:
        bot = await start_bot(bot_config(stand_in, tmp_path / "logs.sqlite3"))
        try:
            push = stand_in.push
            push(stand_in.message(user, "/start"))
            push(stand_in.press(user, "lang:ru"))
            push(stand_in.press(user, "country:ru"))
            push(stand_in.message(user, "меня зовут Гульнара, хозяин не платит, звоните +7 900 123-45-67"))
            push(stand_in.message(user, "Dilnoza @dilnoza_k ishlamaydi"))
            push(stand_in.message(user, "хозяин бьёт меня"))
            push(stand_in.message(user, "/forget"))
            push(stand_in.press(user, "forget:yes"))
            await stand_in.wait_for(lambda: stand_in.confirmed_offset >= 8 or len(stand_in.updates) == 0)
            await stand_in.wait_for(lambda: len(stand_in.sent(user)) >= 5)
        finally:
            await bot.stop()
    finally:
        await stand_in.stop()
        root.removeHandler(handler)
        root.setLevel(old_level)
    logged = stream.getvalue()
    assert logged, "the scenario logged nothing: the test would prove nothing"
    for secret in secrets_:
        assert secret not in logged, secret
