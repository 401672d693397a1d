"""Free questions in the conversation: answer + feedback, near tie, hand-off offer, flows, bad input."""

from __future__ import annotations

from hotline import faq_store
from hotline.faq import Match
from tests.pilot import Chat


class FixedMatcher:
    """A matcher that returns a given verdict, to drive each conversation path deterministically."""

    def __init__(self, result: Match) -> None:
        self.result = result
        self.seen: list[tuple[str, str | None]] = []

    def match(self, text: str, lang: str | None = None) -> Match:
        self.seen.append((text, lang))
        return self.result


def use(hotline, result: Match) -> FixedMatcher:
    fixed = FixedMatcher(result)
    hotline.services.extras["faq"] = fixed
    return fixed


def some_ids(hotline, n: int) -> list[str]:
    knowledge = hotline.services.extras["knowledge"]
    return [i for i, e in knowledge.entries.items() if e.questions][:n]


async def test_confident_match_shows_the_answer_and_stores_feedback(chat, hotline):
    entry_id = some_ids(hotline, 1)[0]
    fixed = use(hotline, Match(entry_id, 90.0, ((entry_id, 90.0),)))
    await chat.onboard("ky", "kz")
    await chat.send("айлык бербей жатат")
    assert chat.last.msg_id == "ask-answer"
    assert fixed.seen == [("айлык бербей жатат", "ky")]
    data = {b.data for b in chat.buttons}
    assert {f"fb:{entry_id}:y", f"fb:{entry_id}:n", "case:new", "menu:main"} <= data
    assert "flow:resume" not in data
    user = await hotline.store.load_user(chat.user_id, chat.user_id)
    assert user.scratch["last_question"] == "айлык бербей жатат" and user.scratch["last_faq"] == entry_id
    await chat.press(f"fb:{entry_id}:y")
    assert chat.last.msg_id == "ask-glad"
    assert await faq_store.feedback_counts(hotline.store) == {entry_id: (1, 0)}
    row = await hotline.store.fetch_one("SELECT * FROM faq_feedback")
    assert set(row.keys()) == {"id", "faq_id", "lang", "helpful", "created_at"}  # no user id, no text
    assert row["lang"] == "ky"


async def test_no_feedback_offers_a_lawyer_and_counts_it(chat, hotline):
    entry_id = some_ids(hotline, 1)[0]
    use(hotline, Match(entry_id, 90.0, ((entry_id, 90.0),)))
    await chat.onboard("ru", "ru")
    await chat.send("вопрос")
    await chat.press(f"fb:{entry_id}:n")
    assert chat.last.msg_id == "ask-sorry"
    assert "case:new" in {b.data for b in chat.buttons}
    assert await faq_store.feedback_counts(hotline.store) == {entry_id: (0, 1)}
    assert await faq_store.unanswered_counts(hotline.store) == {"ru": 1}


async def test_near_tie_offers_the_candidates(chat, hotline):
    a, b, c = some_ids(hotline, 3)
    use(hotline, Match(a, 60.0, ((a, 60.0), (b, 58.0), (c, 57.0))))
    await chat.onboard("uz", "ru")
    await chat.send("savol")
    assert chat.last.msg_id == "ask-pick"
    assert [x.data for x in chat.buttons[:3]] == [f"faq:{a}", f"faq:{b}", f"faq:{c}"]
    await chat.press(f"faq:{b}")
    assert chat.last.msg_id == "ask-answer"
    user = await hotline.store.load_user(chat.user_id, chat.user_id)
    assert user.scratch["last_faq"] == b


async def test_no_match_says_a_lawyer_will_look(chat, hotline):
    use(hotline, Match(None, 12.0, ()))
    await chat.onboard("tg", "ru")
    await chat.send("x" * 3000)
    assert chat.last.msg_id == "ask-no-match"
    assert "case:new" in {b.data for b in chat.buttons}
    assert await faq_store.unanswered_counts(hotline.store) == {"tg": 1}
    user = await hotline.store.load_user(chat.user_id, chat.user_id)
    assert len(user.scratch["last_question"]) == 1000 and "last_faq" not in user.scratch


async def test_in_a_flow_the_answer_offers_to_resume_it_and_keeps_the_flow(chat, hotline):
    entry_id = some_ids(hotline, 1)[0]
    use(hotline, Match(entry_id, 90.0, ((entry_id, 90.0),)))
    await chat.onboard("ru", "ru")
    user = await hotline.store.load_user(chat.user_id, chat.user_id)
    user.flow, user.node = "wages", "start"
    async with hotline.store.transaction():
        await hotline.store.save_user(user, hotline.services.now())
    await chat.send("вопрос посреди сценария")
    assert chat.last.msg_id == "ask-answer"
    assert "flow:resume" in {b.data for b in chat.buttons}
    user = await hotline.store.load_user(chat.user_id, chat.user_id)
    assert (user.flow, user.node) == ("wages", "start")


async def test_ask_button_waits_for_the_question(chat, hotline):
    use(hotline, Match(None, 0.0, ()))
    await chat.onboard("ru", "ru")
    await chat.press("ask:start")
    assert chat.last.msg_id == "ask-prompt"
    await chat.send("мой вопрос")
    assert chat.last.msg_id == "ask-no-match"
    user = await hotline.store.load_user(chat.user_id, chat.user_id)
    assert user.pending is None


async def test_real_matcher_answers_a_plain_question(chat, hotline):
    await chat.onboard("ru", "ru")
    await chat.send("🙂🙂🙂")
    assert chat.last.msg_id == "ask-no-words"
    await chat.send("你好")
    assert chat.last.msg_id == "ask-unreadable"
    await chat.send("   ")
    assert chat.last.msg_id == "empty-text"
    await chat.send("привет")
    assert chat.last.msg_id == "ask-no-match"
    await chat.send("ы" * 10_000)
    assert chat.last.msg_id == "ask-no-match"


async def test_forged_faq_buttons_get_the_stale_reply(chat, hotline):
    await chat.onboard("ru", "ru")
    for data in ("faq:no.such", "fb:no.such:y", "fb:" + some_ids(hotline, 1)[0] + ":maybe", "ask:other"):
        await chat.press(data)
        assert chat.last.msg_id == "stale-button"
    assert await faq_store.feedback_counts(hotline.store) == {}


async def test_button_data_fits_telegram(hotline):
    knowledge = hotline.services.extras["knowledge"]
    for entry_id in knowledge.entries:
        assert len(f"fb:{entry_id}:y".encode()) <= 64 and len(f"faq:{entry_id}".encode()) <= 64


async def test_answer_follows_the_users_country(hotline):
    entry = next(e for e in hotline.services.extras["knowledge"].entries.values()
                 if {"ru", "kz"} <= set(e.answers.get("ru", {})))
    use(hotline, Match(entry.id, 90.0, ((entry.id, 90.0),)))
    texts = []
    for user_id, country in ((21, "ru"), (22, "kz")):
        chat = Chat(hotline, user_id=user_id)
        await chat.onboard("ru", country)
        await chat.send("вопрос")
        texts.append(chat.last.text)
    assert texts[0] != texts[1]


def test_related_entries_only_for_the_persons_country():
    from pathlib import Path

    from hotline.ask import related_for
    from hotline.knowledge import Knowledge

    knowledge = Knowledge.load(Path(__file__).resolve().parent.parent / "knowledge")
    with_ru_only = [e for e in knowledge.entries.values()
                    if any(r in knowledge.entries and knowledge.entries[r].countries == ("ru",) for r in e.related)]
    assert with_ru_only, "the content has an entry pointing to a Russia-only entry"
    entry = with_ru_only[0]
    assert all("kz" in e.countries for e in related_for(knowledge, entry, "kz"))
    assert any(e.countries == ("ru",) for e in related_for(knowledge, entry, "ru"))
    assert len(related_for(knowledge, entry, "home")) == len([r for r in entry.related if r in knowledge.entries])
