"""Reports fed by the conversation: answers shown are counted anonymously, gender asked only where it matters."""

from __future__ import annotations

from hotline import handoff, report_store
from hotline.flows import choice_data
from tests.pilot import Chat


async def rows(hotline) -> list[dict]:
    return [dict(r) for r in await hotline.store.fetch_all("SELECT * FROM consultations ORDER BY id")]


async def test_an_faq_answer_shown_is_counted_without_the_person(hotline, chat):
    await chat.onboard("ky", "kz")
    await chat.press("faq:wage.unpaid")
    assert chat.last.msg_id == "ask-answer"
    counted = await rows(hotline)
    assert counted == [{"id": 1, "kind": "faq_answer", "entry_id": "wage.unpaid", "topic": "wages",
                        "ilo": "C095,C081", "lang": "ky", "country": "kz", "gender": None, "day": "2026-11-23"}]
    # Nothing in the row can name the person: no id, no chat, no text, no time of day.
    assert str(chat.user_id) not in repr(counted)
    await chat.press("faq:no.such.entry")
    assert len(await rows(hotline)) == 1


async def test_the_maternity_flow_counts_its_answer_for_a_woman(hotline):
    chat = Chat(hotline, user_id=1500)
    await chat.onboard("tg", "ru")
    await chat.press("flow:maternity")
    await chat.press(choice_data("maternity", "topic", 0))
    assert await rows(hotline) == []  # questions are not answers
    await chat.press(choice_data("maternity", "pregnant", 1))
    await chat.press(choice_data("maternity", "money_cit", 2))
    assert chat.last.msg_id == "answer:maternity.migrant_eligibility"
    [row] = await rows(hotline)
    assert (row["kind"], row["entry_id"], row["topic"], row["lang"], row["country"], row["gender"]) == \
        ("flow_answer", "maternity.migrant_eligibility", "maternity", "tg", "ru", "f")


async def test_a_case_asks_gender_once_and_can_be_skipped(hotline):
    user = Chat(hotline, user_id=1600)
    await user.onboard("uz", "kz")
    await user.press("case:new")
    await user.press("case:agree")
    await user.send("Ish haqimni bermayapti")
    assert user.msg_ids[-2:] == ["report-gender-ask", "case-received"]
    case = await handoff.cases(hotline.services).active_of_user(1600)
    asked = user.messages[-2]
    assert [b.data for row in asked.buttons for b in row] == [f"gender:{case.id}:f", f"gender:{case.id}:m",
                                                              f"gender:{case.id}:skip"]
    await user.press(f"gender:{case.id}:f")
    assert user.last.msg_id == "report-gender-thanks"
    assert (await report_store.classification(hotline.store, case.id))["gender"] == "f"


async def test_a_maternity_case_is_not_asked_its_gender(hotline):
    user = Chat(hotline, user_id=1700)
    await user.onboard("ru", "ru")
    await user.press("flow:maternity")
    await user.press("case:new")
    await user.press("case:agree")
    await user.send("Меня увольняют из-за беременности")
    assert "report-gender-ask" not in user.msg_ids and user.last.msg_id == "case-received"
    case = await handoff.cases(hotline.services).active_of_user(1700)
    assert case.topic == "maternity"
    assert (await report_store.classification(hotline.store, case.id))["gender"] == "f"
