"""/forget and retention over the hand-off queue; forged button data against someone else's case."""

from __future__ import annotations

from hotline import handoff
from hotline.app import Hotline
from tests import test_cases
from tests.pilot import Chat, Clock
from tests.test_cases import LAWYER, open_case
from tests.test_privacy import raw_bytes

team = test_cases.team  # the admin-and-two-lawyers fixture

USER_TEXT = "Хозяин-Бекмуратов не платит зарплату два месяца"
NOTE_TEXT = "заметка-юриста про Бекмуратова"
REPLY_TEXT = "Ответ-юриста: есть ли договор?"


async def _claimed_case(hotline: Hotline, lawyer: Chat, user_id: int = 1001) -> tuple[Chat, int]:
    user = Chat(hotline, user_id=user_id)
    await user.onboard("ru", "ru")
    number = await open_case(user, USER_TEXT)
    await lawyer.send(f"/take {number}")
    await lawyer.send(f"/note {number} {NOTE_TEXT}")
    await lawyer.send(f"/reply {number} {REPLY_TEXT}")
    return user, number


async def test_forget_closes_the_open_case_tells_its_lawyer_and_leaves_no_text(hotline, team, config):
    _, lawyer, _ = team
    user, number = await _claimed_case(hotline, lawyer)
    await hotline.store.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    assert USER_TEXT.encode() in raw_bytes(config.db_path)
    await user.send("/forget")
    await user.press(next(b.data for b in user.buttons if b.data.startswith("forget:yes:")))
    told = user.sent_to(LAWYER)[-1]
    assert told.msg_id == "forget-lawyer-told" and str(number) in told.text
    case = await handoff.cases(hotline.services).get(number)
    assert case.status == "cancelled" and case.user_id == 0 and case.context == {}
    assert await handoff.cases(hotline.services).messages(number) == []
    assert await handoff.cases(hotline.services).notes(number) == []
    await hotline.services.sweep()
    data = raw_bytes(config.db_path)
    for text in ("Бекмуратов", "заметка-юриста", "Ответ-юриста"):
        assert text.encode() not in data, text
    await lawyer.send(f"/case {number}")            # the lawyer sees a closed, empty case
    assert "Бекмуратов" not in lawyer.last.text


async def test_case_texts_are_purged_after_retention_and_counts_survive(hotline, team, clock: Clock,
                                                                         config):
    _, lawyer, _ = team
    _, number = await _claimed_case(hotline, lawyer, user_id=1002)
    await lawyer.send(f"/close {number} advice")
    days = hotline.services.config.retention_days
    clock.advance(days=days - 1)
    await hotline.services.sweep()
    assert await handoff.cases(hotline.services).messages(number) != []
    clock.advance(days=2)
    await hotline.services.sweep()
    store = handoff.cases(hotline.services)
    assert await store.messages(number) == [] and await store.notes(number) == []
    case = await store.get(number)
    assert (case.status, case.outcome, case.topic, case.user_id) == ("closed", "advice", case.topic, 0)
    assert await hotline.store.fetch_value("SELECT n FROM anon_counts WHERE kind = 'case-purged'") == 1
    await hotline.services.sweep()
    assert USER_TEXT.encode() not in raw_bytes(config.db_path)


async def test_forged_button_data_cannot_reach_another_users_case(hotline, team):
    _, lawyer, other_lawyer = team
    victim, number = await _claimed_case(hotline, lawyer, user_id=1003)
    await lawyer.send(f"/close {number} advice")
    intruder = Chat(hotline, user_id=1004)
    await intruder.onboard("ru", "ru")
    before = await handoff.cases(hotline.services).get(number)
    for data in (f"casefu:{number}:solved", f"lawclose:{number}:won", f"casefu:{number}:paid",
                 "casefu:99999999999:solved", f"lawclose:{number}:x" * 5, "case:cancel-yes"):
        await intruder.press(data)
        assert intruder.last.msg_id == "stale-button" or intruder.last.msg_id.startswith("case-")
    await other_lawyer.press(f"lawclose:{number}:won")  # a lawyer who does not hold it
    after = await handoff.cases(hotline.services).get(number)
    assert (after.status, after.outcome, after.user_outcome) == (before.status, before.outcome,
                                                                 before.user_outcome)
    assert not [m for m in intruder.log if getattr(m, "chat_id", None) == victim.user_id]
