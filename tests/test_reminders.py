"""Reminders with a controllable clock: unclaimed, admins, waiting, self, follow-up, deadlines,
quiet hours, and a restart with reminders due (they fire once, not twice, not never)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from hotline import handoff, reminders
from hotline.app import build
from tests.pilot import Chat
from tests.test_cases import ADMIN, LAWYER, make_team, open_case


@pytest.fixture
async def team(hotline):
    return await make_team(hotline)

MSK = ZoneInfo("Europe/Moscow")


# Only this feature's sweeper: other features (weekly digests) sweep too.


def ids(actions, chat_id=None):
    return [a.msg_id for a in actions if chat_id is None or a.chat_id == chat_id]


async def test_unclaimed_case_reminds_lawyers_then_admins(hotline, team, clock):
    user = Chat(hotline, user_id=1001)
    await user.onboard("ru", "ru")
    await open_case(user)
    sweep = hotline.services.extras["reminders"]
    assert await sweep() == []
    clock.advance(hours=3, minutes=59)
    assert await sweep() == []
    clock.advance(minutes=2)  # 14:01 Moscow: working hours
    assert ids(await sweep(), LAWYER) == ["case-remind-unclaimed"]
    assert await sweep() == [], "sent once"
    clock.advance(hours=20)  # next day 10:01 Moscow
    assert ids(await sweep(), ADMIN) == ["case-remind-admins"]


async def test_taking_the_case_cancels_the_unclaimed_reminders(hotline, team, clock):
    _, lawyer, _ = team
    user = Chat(hotline, user_id=1001)
    await user.onboard("ru", "ru")
    number = await open_case(user)
    await lawyer.send(f"/take {number}")
    clock.advance(hours=30)
    assert await hotline.services.extras["reminders"]() == []


async def test_quiet_hours_push_lawyer_reminders_to_the_morning(hotline, team, clock):
    clock.moment = datetime(2026, 11, 23, 16, 0, tzinfo=UTC)  # 19:00 Moscow
    user = Chat(hotline, user_id=1001)
    await user.onboard("ru", "ru")
    await open_case(user)
    clock.advance(hours=4, minutes=1)  # 23:01 Moscow: quiet
    assert await hotline.services.extras["reminders"]() == []
    clock.moment = datetime(2026, 11, 24, 4, 59, tzinfo=UTC)  # 07:59 Moscow
    assert await hotline.services.extras["reminders"]() == []
    clock.moment = datetime(2026, 11, 24, 5, 0, tzinfo=UTC)  # 08:00 Moscow
    assert ids(await hotline.services.extras["reminders"](), LAWYER) == ["case-remind-unclaimed"]


async def test_a_waiting_user_reminds_the_lawyer_who_holds_the_case(hotline, team, clock):
    _, lawyer, _ = team
    user = Chat(hotline, user_id=1001)
    await user.onboard("ru", "ru")
    number = await open_case(user)
    await lawyer.send(f"/take {number}")
    await user.press("case:add")
    await user.send("Есть новости?")
    clock.advance(hours=23)
    assert await hotline.services.extras["reminders"]() == []
    clock.advance(hours=1, minutes=1)
    assert ids(await hotline.services.extras["reminders"](), LAWYER) == ["case-remind-waiting"]
    # A reply clears the wait: a second message starts a new 24 hours.
    await lawyer.send(f"/reply {number} Пока нет")
    await user.press("case:add")
    await user.send("Жду")
    clock.advance(hours=12)
    assert await hotline.services.extras["reminders"]() == []


async def test_a_lawyer_reminds_themselves(hotline, team, clock):
    _, lawyer, _ = team
    user = Chat(hotline, user_id=1001)
    await user.onboard("ru", "ru")
    number = await open_case(user)
    await lawyer.send(f"/take {number}")
    await lawyer.send(f"/remind {number} 3d")
    assert lawyer.last.msg_id == "law-remind-set"
    clock.advance(days=3, minutes=1)
    assert "case-remind-self" in ids(await hotline.services.extras["reminders"](), LAWYER)


@pytest.mark.parametrize("topic_flow, answer, question", [("wages", "paid", "case-follow-up-wages"),
                                                          (None, "solved", "case-follow-up")])
async def test_a_week_after_closing_the_user_is_asked_and_the_answer_kept(hotline, team, clock, topic_flow,
                                                                           answer, question):
    _, lawyer, _ = team
    user = Chat(hotline, user_id=1001)
    await user.onboard("ru", "ru")
    if topic_flow:
        async with hotline.store.transaction():
            state = await hotline.store.load_user(1001, 1001)
            state.flow = topic_flow
            await hotline.store.save_user(state, clock())
    number = await open_case(user)
    await lawyer.send(f"/take {number}")
    await lawyer.send(f"/close {number} advice")
    clock.advance(days=7, minutes=1)
    actions = await hotline.services.extras["reminders"]()
    assert ids(actions, 1001) == [question]
    user.log.extend(actions)
    await user.press(f"casefu:{number}:{answer}")
    assert user.last.msg_id == "case-follow-thanks"
    assert (await handoff.cases(hotline.services).get(number)).user_outcome == answer
    await user.press(f"casefu:{number}:not_solved")  # a second press changes nothing
    assert (await handoff.cases(hotline.services).get(number)).user_outcome == answer
    await user.press("casefu:99:solved")
    assert user.last.msg_id == "stale-button"


async def test_restart_with_reminders_due_fires_them_once(config, clock, team, hotline):
    user = Chat(hotline, user_id=1001)
    await user.onboard("ru", "ru")
    await open_case(user)
    await hotline.close()  # the bot goes down; the reminder falls due while it is down
    clock.advance(hours=5)
    second = await build(config, now=clock)
    try:
        first_sweep = await second.services.extras["reminders"]()
        assert ids(first_sweep, LAWYER) == ["case-remind-unclaimed"]
        assert await second.services.extras["reminders"]() == []
    finally:
        await second.close()
    third = await build(config, now=clock)  # and again: nothing fires twice
    try:
        assert await third.services.extras["reminders"]() == []
    finally:
        await third.close()
    hotline.services.store = await type(hotline.store).open(config.db_path)  # let the fixture close it


async def test_a_crash_mid_sweep_resends_at_most_once(hotline, team, clock):
    user = Chat(hotline, user_id=1001)
    await user.onboard("ru", "ru")
    await open_case(user)
    clock.advance(hours=5)
    store = handoff.cases(hotline.services)
    async with hotline.store.transaction():
        leased = await store.claim_due(clock(), 60)  # a sweep leased the row and then died
    assert [r.kind for r in leased] == ["unclaimed"]
    assert await hotline.services.extras["reminders"]() == [], "still leased by the dead sweep"
    clock.advance(seconds=61)
    assert ids(await hotline.services.extras["reminders"](), LAWYER) == ["case-remind-unclaimed"]
    clock.advance(minutes=5)
    assert await hotline.services.extras["reminders"]() == []


async def test_patent_deadline_reminds_monthly_and_can_be_cancelled(hotline, clock):
    user = Chat(hotline, user_id=1001)
    await user.onboard("uz", "ru")
    await user.send("/deadline")
    assert user.last.msg_id == "deadline-menu"
    await user.press("deadline:patent")
    await user.send("40")
    assert user.last.msg_id == "deadline-bad-day"
    await user.send("5")
    assert user.last.msg_id == "deadline-set-patent"
    assert "05.12.2026" in user.last.text
    clock.moment = datetime(2026, 12, 2, 7, 1, tzinfo=UTC)  # 10:01 Moscow, three days before
    actions = await hotline.services.extras["reminders"]()
    assert ids(actions, 1001) == ["deadline-due-patent"]
    assert actions[0].text == hotline.services.texts.t("uz", "deadline-due-patent", date="05.12.2026")
    pending = await handoff.cases(hotline.services).user_deadlines(1001)
    assert [r.payload["date"] for r in pending] == ["2027-01-05"]
    await user.send("/deadline")
    await user.press(f"deadline:cancel:{pending[0].id}")
    assert await handoff.cases(hotline.services).user_deadlines(1001) == []
    await user.press(f"deadline:cancel:{pending[0].id}")
    assert user.last.msg_id == "stale-button"


async def test_registration_deadline(hotline, clock):
    user = Chat(hotline, user_id=1001)
    await user.onboard("tg", "ru")
    await user.press("deadline:registration")
    await user.send("31.02.2027")
    assert user.last.msg_id == "deadline-bad-date"
    await user.send("01.01.2020")
    assert user.last.msg_id == "deadline-bad-date"
    await user.send("20.12.2026")
    assert user.last.msg_id == "deadline-set-registration"
    clock.moment = datetime(2026, 12, 17, 7, 0, tzinfo=UTC)
    assert ids(await hotline.services.extras["reminders"](), 1001) == ["deadline-due-registration"]
    clock.advance(days=40)
    assert await hotline.services.extras["reminders"]() == []


@pytest.mark.parametrize("hour, quiet", [(20, False), (21, True), (3, True), (7, True), (8, False), (12, False)])
def test_quiet_hours_wrap_midnight(hour, quiet):
    moment = datetime(2026, 11, 23, hour, 30, tzinfo=MSK)
    assert reminders.in_quiet_hours(moment, MSK, 21, 8) is quiet
    morning = reminders.after_quiet_hours(moment, MSK, 21, 8)
    assert (morning.astimezone(MSK).hour == 8) if quiet else morning == moment


@pytest.mark.parametrize("text, hours", [("3d", 72), ("12h", 12), ("2w", 336), ("30m", 0.5), ("0d", None),
                                         ("soon", None), ("999w", None)])
def test_parse_delay(text, hours):
    delta = reminders.parse_delay(text)
    assert (delta.total_seconds() / 3600 if delta else None) == hours


def test_expected_reply_respects_working_hours_and_weekends():
    friday_evening = datetime(2026, 11, 27, 19, 0, tzinfo=MSK)
    eta = reminders.expected_reply(friday_evening, MSK, 9, 18, queue=0, lawyers=1)
    assert (eta.weekday(), eta.hour) == (0, 10)  # Monday 10:00
    morning = datetime(2026, 11, 24, 10, 0, tzinfo=MSK)
    assert reminders.expected_reply(morning, MSK, 9, 18, queue=4, lawyers=1).hour == 13
