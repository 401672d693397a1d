"""The whole life of a case through the core: consent, description, lawyers, relay, closing."""

from __future__ import annotations

import pytest

from hotline import handoff
from hotline.events import SendText
from tests.pilot import Chat

ADMIN, LAWYER, OTHER_LAWYER = 900, 901, 902


async def make_team(hotline):
    """An admin and two lawyers, onboarded; 901 reads ru and ky, 902 reads uz only."""
    admin = Chat(hotline, user_id=ADMIN)
    await admin.onboard("ru", "ru")
    await admin.send(f"/lawyer_add {LAWYER} ru,ky Айгуль")
    await admin.send(f"/lawyer_add {OTHER_LAWYER} uz")
    lawyer = Chat(hotline, user_id=LAWYER)
    await lawyer.onboard("ru", "ru")
    other = Chat(hotline, user_id=OTHER_LAWYER)
    await other.onboard("uz", "ru")
    return admin, lawyer, other


@pytest.fixture
async def team(hotline):
    return await make_team(hotline)


async def open_case(chat: Chat, text: str = "Хозяин не платит зарплату два месяца") -> int:
    """Ask for a lawyer from the menu, agree, describe; return the case number."""
    await chat.press("case:new")
    assert chat.last.msg_id == "case-consent-intro"
    await chat.press("case:agree")
    assert chat.last.msg_id == "case-ask-description"
    await chat.send(text)
    assert chat.last.msg_id == "case-received"
    case = await handoff.cases(chat.hotline.services).active_of_user(chat.user_id)
    return case.id


async def test_whole_life_of_a_case(hotline, team, clock):
    _, lawyer, _ = team
    user = Chat(hotline, user_id=1001)
    await user.onboard("ky", "ru")
    number = await open_case(user, "Кожоюн <b>айлык</b> бербей жатат")
    texts = hotline.services.texts
    # The user is told a human will read it, in their language.
    assert user.last.text.startswith(texts.t("ky", "case-received", case=str(number), when="", waiting=0)[:15])
    # Only the lawyer who reads Kyrgyz hears of it.
    news = user.sent_to(LAWYER)
    assert [m.msg_id for m in news] == ["case-new"] and news[0].tag == f"case:{number}"
    assert user.sent_to(OTHER_LAWYER) == []

    await lawyer.send("/queue")
    assert lawyer.last.msg_id == "law-queue-title" and f"/case {number}" in lawyer.last.text
    await lawyer.send(f"/case {number}")
    assert "&lt;b&gt;айлык&lt;/b&gt;" in lawyer.last.text, "what the user typed is escaped"
    assert "1001" not in lawyer.last.text

    await lawyer.send(f"/take {number}")
    assert "law-taken" in lawyer.msg_ids
    taken = [a for a in lawyer.log if isinstance(a, SendText) and a.chat_id == 1001]
    assert taken[-1].msg_id == "case-taken" and "Айгуль" in taken[-1].text

    await lawyer.send(f"/reply {number} Келишимиңиз барбы?")
    relayed = lawyer.sent_to(1001)[-1]
    assert relayed.msg_id == "case-lawyer-reply" and "Айгуль" in relayed.text and "901" not in relayed.text
    assert relayed.tag == f"case:{number}"

    await user.press("case:add")
    await user.send("Ооба, келишим бар")
    assert user.last.msg_id == "case-message-added"
    assert user.sent_to(LAWYER)[-1].msg_id == "law-user-wrote"

    await lawyer.send(f"/note {number} позвонить в инспекцию")
    assert lawyer.last.msg_id == "law-note-saved"
    assert all("инспекцию" not in m.text for m in lawyer.sent_to(1001) + user.messages)

    await lawyer.send(f"/close {number} won 45 000")
    assert lawyer.last.msg_id == "law-closed"
    assert lawyer.sent_to(1001)[-1].msg_id == "case-closed"
    case = await handoff.cases(hotline.services).get(number)
    assert (case.status, case.outcome, case.amount) == ("closed", "won", "45000")

    await user.send("/mycase")
    assert user.last.msg_id == "case-status-closed"
    trail = [a for _, _, a, _ in await handoff.cases(hotline.services).audit_trail(number)]
    assert trail == ["open", "view", "take", "reply", "message", "note", "close"]
    rows = await hotline.store.fetch_all("SELECT * FROM case_audit")
    assert all("айлык" not in " ".join(str(v) for v in tuple(r)) for r in rows), "no texts in the audit log"


async def test_consent_shows_what_is_shared_and_no_means_nothing_is_sent(hotline, team):
    user = Chat(hotline, user_id=1002)
    await user.onboard("ru", "kz")
    await user.press("case:new")
    assert hotline.services.texts.t("ru", "case-country-kz") in user.last.text
    await user.press("case:no")
    assert user.last.msg_id == "case-declined"
    await user.send("просто текст")
    assert await handoff.cases(hotline.services).active_of_user(1002) is None
    assert user.sent_to(LAWYER) == []


async def test_the_faq_question_and_flow_path_travel_with_the_case(hotline, team):
    user = Chat(hotline, user_id=1003)
    await user.onboard("ru", "ru")
    async with hotline.store.transaction():
        state = await hotline.store.load_user(1003, 1003)
        state.scratch.update(last_question="работодатель забрал паспорт", last_faq="contract.passport",
                             answers={"months": "2"})
        await hotline.store.save_user(state, hotline.services.now())
    await user.press("case:new")
    assert "работодатель забрал паспорт" in user.last.text
    await user.press("case:agree")
    await user.send("Забрали паспорт и не отдают")
    case = await handoff.cases(hotline.services).active_of_user(1003)
    assert case.topic == "contracts"
    assert case.context["question"] == "работодатель забрал паспорт"
    assert case.context["answers"] == {"months": "2"}


async def test_one_open_case_per_person_and_cancel(hotline, team):
    user = Chat(hotline, user_id=1004)
    await user.onboard("ru", "ru")
    number = await open_case(user)
    await user.press("case:new")
    assert user.last.msg_id == "case-status-open"
    await user.press("case:cancel")
    await user.press("case:cancel-yes")
    assert user.last.msg_id == "case-cancelled"
    assert (await handoff.cases(hotline.services).get(number)).status == "cancelled"
    second = await open_case(user, "Снова вопрос про зарплату")
    assert second != number


async def test_too_short_description_is_asked_again(hotline, team):
    user = Chat(hotline, user_id=1005)
    await user.onboard("ru", "ru")
    await user.press("case:new")
    await user.press("case:agree")
    await user.send("да")
    assert user.last.msg_id == "case-desc-too-short"
    assert await handoff.cases(hotline.services).active_of_user(1005) is None


async def test_without_lawyers_the_admins_hear_of_a_new_case(hotline):
    admin = Chat(hotline, user_id=ADMIN)
    await admin.onboard("ru", "ru")
    user = Chat(hotline, user_id=1006)
    await user.onboard("tg", "ru")
    await open_case(user, "Маош намедиҳанд")
    assert [m.msg_id for m in user.sent_to(ADMIN)] == ["case-new"]


async def test_lawyers_group_gets_the_news_when_configured(tmp_path, clock):
    from hotline.app import build
    from hotline.config import Config

    config = Config.from_mapping({"HOTLINE_DB": str(tmp_path / "g.sqlite3"), "HOTLINE_ADMINS": "900",
                                  "HOTLINE_LAWYERS_CHAT": "-100500"})
    app = await build(config, now=clock)
    try:
        user = Chat(app, user_id=1007)
        await user.onboard("uz", "ru")
        number = await open_case(user, "Ish haqi berilmayapti")
        assert [m.msg_id for m in user.sent_to(-100500)] == ["case-new"]
        # A lawyer takes it from the group chat; the answer goes to the group.
        admin = Chat(app, user_id=ADMIN)
        await admin.onboard("ru", "ru")
        await admin.send("/lawyer_add 901 uz Dilnoza")
        group = Chat(app, user_id=901, chat_id=-100500, private=False)
        await group.send(f"/take {number}")
        assert next(m.msg_id for m in group.sent_to(-100500)) == "law-taken"
        assert group.sent_to(1007)[-1].msg_id == "case-taken"
        stranger = Chat(app, user_id=555, chat_id=-100500, private=False)
        await stranger.send("/queue")
        assert stranger.log == [], "a stranger in the group gets silence"
    finally:
        await app.close()


async def test_reply_to_a_forwarded_message_reaches_the_user_and_back(hotline, team):
    from hotline.lawyers import attach

    _, lawyer, _ = team

    class Front:
        def __init__(self) -> None:
            self.on_sent: list = []
            self.on_blocked: list = []

    front = Front()
    attach(front, hotline.services)
    user = Chat(hotline, user_id=1008)
    await user.onboard("ru", "ru")
    number = await open_case(user)
    await lawyer.send(f"/take {number}")
    forwarded = [a for a in lawyer.log if isinstance(a, SendText) and a.tag == f"case:{number}"
                 and a.chat_id == LAWYER][-1]
    await front.on_sent[0](forwarded, 77)  # Telegram gave the sent message id 77
    await lawyer.send("Пришлите фото договора, пожалуйста", reply_to=77)
    relayed = lawyer.sent_to(1008)[-1]
    assert relayed.msg_id == "case-lawyer-reply" and "фото договора" in relayed.text
    await front.on_sent[0](relayed, 5)
    await user.send("Хорошо, пришлю", reply_to=5)
    assert user.sent_to(LAWYER)[-1].msg_id == "law-user-wrote"
    # A 403 from Telegram marks the user, and the lawyer is told on the next reply.
    await front.on_blocked[0](1008)
    await lawyer.send(f"/reply {number} Ещё вопрос")
    assert lawyer.last.msg_id == "law-user-blocked"


async def test_a_case_from_someone_in_danger_comes_first_and_is_marked(hotline, team, clock):
    _, lawyer, _ = team
    calm = Chat(hotline, user_id=1101)
    await calm.onboard("ru", "ru")
    first = await open_case(calm, "Не платят отпускные")
    clock.advance(hours=1)
    scared = Chat(hotline, user_id=1102)
    await scared.onboard("ru", "ru")
    await scared.send("нас заперли в цеху, паспорта забрали, выйти не можем")
    assert scared.msg_ids[-1] != "case-received" and "safety-urgent" in scared.msg_ids
    second = await open_case(scared, "Помогите, нас держат на складе")
    texts = hotline.services.texts
    marker = texts.t("ru", "case-topic-urgent", topic="")
    assert marker.strip() in scared.sent_to(LAWYER)[-1].text
    await lawyer.send("/queue")
    listing = lawyer.last.text
    assert listing.index(f"/case {second}") < listing.index(f"/case {first}")
    assert marker.strip() in listing.split(f"/case {second}")[0].splitlines()[-1]
