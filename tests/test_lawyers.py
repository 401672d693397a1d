"""Lawyer and admin commands: role checks on every call, bad input, races, removed lawyers."""

from __future__ import annotations

import asyncio

import pytest

from hotline import handoff
from hotline.events import Command, Sender
from tests.pilot import Chat
from tests.test_cases import LAWYER, make_team, open_case


@pytest.fixture
async def team(hotline):
    return await make_team(hotline)

LAWYER_COMMANDS = ["/queue", "/case 1", "/take 1", "/release 1", "/reply 1 hi", "/note 1 x", "/close 1 advice",
                   "/mycases", "/remind 1 3d", "/myname Ann"]
ADMIN_COMMANDS = ["/lawyer_add 5", "/lawyer_remove 901", "/lawyer_langs 901 ru", "/lawyer_max 901 3",
                  "/lawyers", "/invite ru"]


@pytest.mark.parametrize("command", LAWYER_COMMANDS + ADMIN_COMMANDS + ["/join nonsense"])
async def test_a_stranger_learns_nothing(hotline, team, command):
    user = Chat(hotline, user_id=1001)
    await user.onboard("ru", "ru")
    await open_case(user)
    stranger = Chat(hotline, user_id=4242)
    await stranger.onboard("ru", "ru")
    baseline = await stranger.send("/xyzzy")
    answer = await stranger.send(command)
    assert answer == baseline, "exactly what a made-up command gets"
    assert [a.msg_id for a in answer] == ["unknown-command"]
    case = await handoff.cases(hotline.services).get(1)
    assert case.status == "open" and case.lawyer_id is None


@pytest.mark.parametrize("command", ADMIN_COMMANDS)
async def test_a_lawyer_cannot_run_admin_commands(hotline, team, command):
    _, lawyer, _ = team
    await lawyer.send(command)
    assert lawyer.last.msg_id == "unknown-command"


@pytest.mark.parametrize("command, reply", [
    ("/take 999", "law-no-case"), ("/take abc", "law-bad-number"), ("/take", "law-bad-number"),
    ("/reply 1", "law-reply-usage"), ("/reply", "law-reply-usage"), ("/case -1", "law-bad-number"),
    ("/close 1 maybe", "law-close-usage"), ("/close 1 advice 500", "law-close-usage"),
    ("/remind 1 soon", "law-remind-usage"), ("/remind 1 0d", "law-remind-usage"),
    ("/queue martians", "law-queue-usage"), ("/note 1", "law-note-usage"), ("/myname " + "x" * 50, "law-name-usage"),
])
async def test_bad_input_gets_a_usage_line(hotline, team, command, reply):
    _, lawyer, _ = team
    user = Chat(hotline, user_id=1001)
    await user.onboard("ru", "ru")
    await open_case(user)
    await lawyer.send("/take 1")
    await lawyer.send(command)
    assert lawyer.last.msg_id == reply


async def test_two_lawyers_take_the_same_case_at_the_same_moment(hotline, team):
    _, lawyer, other = team
    user = Chat(hotline, user_id=1001)
    await user.onboard("ru", "ru")
    number = await open_case(user)
    await asyncio.gather(lawyer.send(f"/take {number}"), other.send(f"/take {number}"))
    outcomes = sorted([lawyer.last.msg_id if lawyer.last.msg_id != "law-case-head" else "law-taken",
                       other.last.msg_id if other.last.msg_id != "law-case-head" else "law-taken"])
    assert outcomes == ["law-already-taken", "law-taken"]
    assert [m.msg_id for m in lawyer.sent_to(1001) + other.sent_to(1001)] == ["case-taken"]
    trail = [a for _, _, a, _ in await handoff.cases(hotline.services).audit_trail(number)]
    assert trail.count("take") == 1


async def test_a_closed_case_cannot_be_answered_taken_or_released(hotline, team):
    _, lawyer, _ = team
    user = Chat(hotline, user_id=1001)
    await user.onboard("ru", "ru")
    number = await open_case(user)
    await lawyer.send(f"/take {number}")
    await lawyer.send(f"/close {number} advice")
    for command in (f"/reply {number} ещё", f"/take {number}", f"/release {number}", f"/close {number} advice"):
        before = len(lawyer.sent_to(1001))
        await lawyer.send(command)
        assert lawyer.last.msg_id == "law-not-allowed", command
        assert len(lawyer.sent_to(1001)) == before
    await lawyer.send(f"/note {number} итог записан")
    assert lawyer.last.msg_id == "law-note-saved"


async def test_only_the_holder_answers_and_an_open_case_must_be_taken_first(hotline, team):
    _, lawyer, other = team
    user = Chat(hotline, user_id=1001)
    await user.onboard("ru", "ru")
    number = await open_case(user)
    await lawyer.send(f"/reply {number} привет")
    assert lawyer.last.msg_id == "law-take-first"
    await lawyer.send(f"/take {number}")
    await other.send(f"/reply {number} привет")
    assert other.last.msg_id == "law-not-yours"
    await other.send(f"/release {number}")
    assert other.last.msg_id == "law-not-yours"


async def test_removed_lawyers_cases_go_back_to_the_queue(hotline, team):
    admin, lawyer, _ = team
    users = [Chat(hotline, user_id=1001 + n) for n in range(2)]
    for user in users:
        await user.onboard("ky", "ru")
        await open_case(user, "Айлык бербей жатышат")
        await lawyer.send(f"/take {(await handoff.cases(hotline.services).active_of_user(user.user_id)).id}")
    await admin.send(f"/lawyer_remove {LAWYER}")
    assert admin.last.msg_id != "law-remove-usage"
    assert "law-removed" in admin.msg_ids
    assert len(await handoff.cases(hotline.services).queue()) == 2
    assert sorted(m.msg_id for m in admin.log if getattr(m, "chat_id", None) in (1001, 1002)) == ["case-released"] * 2
    await lawyer.send("/queue")
    assert lawyer.last.msg_id == "unknown-command", "the role is checked on every call"


async def test_max_open_cases_is_enforced(hotline, team):
    admin, lawyer, _ = team
    await admin.send(f"/lawyer_max {LAWYER} 1")
    assert admin.last.msg_id == "law-max-set"
    numbers = []
    for n in range(2):
        user = Chat(hotline, user_id=1001 + n)
        await user.onboard("ru", "ru")
        numbers.append(await open_case(user))
    await lawyer.send(f"/take {numbers[0]}")
    await lawyer.send(f"/take {numbers[1]}")
    assert lawyer.last.msg_id == "law-too-many"


async def test_queue_is_oldest_first_and_filters(hotline, team, clock):
    _, lawyer, _ = team
    for n, lang in enumerate(["ky", "uz", "ky"]):
        user = Chat(hotline, user_id=1001 + n)
        await user.onboard(lang, "ru")
        await open_case(user, "Описание моей проблемы")
        clock.advance(hours=1)
    await lawyer.send("/queue")
    text = lawyer.last.text
    assert text.index("№1 ") < text.index("№2 ") < text.index("№3 ")
    await lawyer.send("/queue uz")
    assert "№2 " in lawyer.last.text and "№1 " not in lawyer.last.text
    await lawyer.send("/queue wages")
    assert lawyer.last.msg_id == "law-queue-empty"


async def test_invite_code_works_once(hotline, team):
    admin, _, _ = team
    await admin.send("/invite tg")
    code = admin.last.text.rsplit("/join ", 1)[1].strip()
    newcomer = Chat(hotline, user_id=950)
    await newcomer.onboard("tg", "ru")
    await newcomer.send(f"/join {code}")
    assert newcomer.last.msg_id == "law-joined"
    assert (await handoff.cases(hotline.services).lawyer(950)).langs == ("tg",)
    again = Chat(hotline, user_id=951)
    await again.onboard("tg", "ru")
    await again.send(f"/join {code}")
    assert again.last.msg_id == "unknown-command"


async def test_display_name_is_what_the_user_sees(hotline, team):
    _, lawyer, _ = team
    await lawyer.send("/myname Гульнара")
    user = Chat(hotline, user_id=1001)
    await user.onboard("ru", "ru")
    number = await open_case(user)
    await lawyer.send(f"/take {number}")
    await lawyer.send(f"/reply {number} Здравствуйте")
    assert "Гульнара" in lawyer.sent_to(1001)[-1].text
    assert "901" not in lawyer.sent_to(1001)[-1].text


async def test_group_commands_are_registered_for_the_lawyers_chat(hotline):
    names = {"queue", "case", "take", "release", "reply", "note", "close", "mycases", "remind"}
    assert names <= hotline.router.group_commands
    event = Command(Sender(4242, -100, "ru", private=False), 1, name="queue")
    assert await hotline.conversation.handle(event) == []


async def test_invite_as_a_deep_link_survives_onboarding(hotline, team):
    from hotline.case_store import CaseStore

    admin = team[0]
    hotline.services.extras["bot_username"] = "hotline_test_bot"
    await admin.send("/invite uz")
    assert admin.last.msg_id == "law-invite-link"
    link = admin.last.text.split("https://t.me/hotline_test_bot?start=", 1)[1].split()[0]
    assert link.startswith("join-")
    newcomer = Chat(hotline, user_id=957, language_code="uz")
    await newcomer.send(f"/start {link}")          # a new person: language and country first
    assert newcomer.last.msg_id == "start-welcome"
    await newcomer.press("lang:uz")
    await newcomer.press("country:ru")
    assert "law-joined" in newcomer.msg_ids
    assert (await CaseStore(hotline.store).lawyer(957)).langs == ("uz",)
    again = Chat(hotline, user_id=958)
    await again.onboard()
    await again.send(f"/start {link}")             # used once: now it is just /start
    assert again.last.msg_id == "menu-welcome-back"
