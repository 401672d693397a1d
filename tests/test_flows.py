"""Every path of every flow in every language, generated from flows/*.yaml, through the core."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from hotline.flows import Facts, choice_data, load_flows, paths
from hotline.i18n import LANGS
from hotline.knowledge import render_answer
from hotline.store import UserState
from tests.pilot import Chat

ROOT = Path(__file__).resolve().parent.parent
FLOWS = load_flows(ROOT)
_users = itertools.count(50_000)


async def fresh_chat(hotline, lang: str, country: str, citizenship: str | None = None) -> Chat:
    """A person who has picked a language and country already (saves three onboarding steps)."""
    user_id = next(_users)
    async with hotline.store.transaction():
        await hotline.store.save_user(UserState(user_id, user_id, lang=lang, country=country,
                                                citizenship=citizenship), hotline.services.now())
    return Chat(hotline, user_id=user_id)


def expected_id(flow, node_id: str) -> str:
    node = flow.nodes[node_id]
    return f"answer:{node.entry}" if node.kind == "answer" else node.question_id


def assert_end_screen(hotline, chat: Chat, flow, node_id: str, lang: str, country: str | None) -> None:
    """An answer shows the knowledge entry with law and basis, or a hand-off; both offer a lawyer."""
    node = flow.nodes[node_id]
    data = {b.data for b in chat.buttons}
    assert {"case:new", "flow:back", "menu:main"} <= data
    if node.kind == "handoff":
        assert chat.last.text == hotline.services.texts.t(lang, node.text)
        return
    texts = hotline.services.texts
    entry = hotline.services.extras["flows"].knowledge.entries[node.entry]
    assert render_answer(texts, lang, entry, country) in chat.last.text
    found = entry.answer(lang, country)
    if found is not None:  # the knowledge text is written for this language
        law_heading = texts.t(lang, "answer-law", text="").strip()
        assert law_heading in chat.last.text
        assert found[1].basis[:20] in chat.last.text.replace("&quot;", '"')
    if node.extra:
        assert chat.last.text.startswith(texts.t(lang, node.extra))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("flow_id", sorted(FLOWS))
async def test_every_path_ends_in_an_answer_or_handoff(hotline, flow_id, lang):
    flow = FLOWS[flow_id]
    walked = 0
    for path in paths(flow):  # destination and citizenship unknown: every branch asks
        chat = await fresh_chat(hotline, lang, "home")
        await chat.press(f"flow:{flow_id}")
        dest = None
        for node_id, index in path.steps:
            assert chat.last.msg_id == expected_id(flow, node_id), (path, node_id)
            option = flow.nodes[node_id].choices()[index]
            if option.value in ("ru", "kz"):
                dest = option.value
            await chat.press(choice_data(flow_id, node_id, index))
        assert chat.last.msg_id == expected_id(flow, path.end)
        assert_end_screen(hotline, chat, flow, path.end, lang, dest)
        walked += 1
    assert walked >= 6


@pytest.mark.parametrize("country", ["ru", "kz"])
async def test_known_country_and_citizenship_are_not_asked_again(hotline, country):
    for flow_id, flow in FLOWS.items():
        await walk_known(hotline, flow_id, flow, country)


async def walk_known(hotline, flow_id, flow, country):
    """Walk every path for a Kyrgyz citizen whose country is known."""
    for path in paths(flow, Facts(country, "kg")):
        chat = await fresh_chat(hotline, "ky", country, "kg")
        await chat.press(f"flow:{flow_id}")
        for node_id, index in path.steps:
            assert chat.last.msg_id not in ("flow-dest-ask", "flow-cit-ask")
            await chat.press(choice_data(flow_id, node_id, index))
        assert chat.last.msg_id == expected_id(flow, path.end)
        assert_end_screen(hotline, chat, flow, path.end, "ky", country)


async def test_citizenship_asked_in_a_flow_is_stored_on_the_user(hotline):
    chat = await fresh_chat(hotline, "tg", "ru")
    await chat.press("flow:maternity")
    await chat.press(choice_data("maternity", "topic", 0))
    await chat.press(choice_data("maternity", "pregnant", 1))
    assert chat.last.msg_id == "flow-cit-ask"
    await chat.press(choice_data("maternity", "money_cit", 2))  # Tajikistan
    assert chat.last.msg_id == "answer:maternity.migrant_eligibility"
    user = await hotline.store.load_user(chat.user_id, chat.user_id)
    assert user.citizenship == "tj"
    assert (user.flow, user.node, user.history) == ("maternity", "eligibility", ["topic", "pregnant", "money_cit"])


async def test_predeparture_checklist_depends_on_destination_and_citizenship(hotline):
    seen = {}
    for dest_index, dest in enumerate(("ru", "kz")):
        for cit_index, cit in enumerate(("kg", "uz")):
            chat = await fresh_chat(hotline, "uz", "home")
            await chat.press("flow:predeparture")
            await chat.press(choice_data("predeparture", "topic", 0))
            await chat.press(choice_data("predeparture", "dest", dest_index))
            await chat.press(choice_data("predeparture", f"cit_{dest}", cit_index))
            seen[(dest, cit)] = chat.last.msg_id
            user = await hotline.store.load_user(chat.user_id, chat.user_id)
            assert user.country == "home" and user.scratch["dest"] == dest
    assert seen == {("ru", "kg"): "answer:predeparture.eaeu_rights", ("ru", "uz"): "answer:predeparture.patent",
                    ("kz", "kg"): "answer:predeparture.kazakhstan_work",
                    ("kz", "uz"): "answer:predeparture.kazakhstan_work"}


async def test_back_returns_to_each_previous_question_then_the_menu(hotline):
    chat = await fresh_chat(hotline, "ru", "home")
    await chat.press("flow:wages")
    shown = [chat.last.msg_id]
    for node_id, index in [("dest", 0), ("topic", 0), ("unpaid_still", 0)]:
        await chat.press(choice_data("wages", node_id, index))
        shown.append(chat.last.msg_id)
    assert shown == ["flow-dest-ask", "flow-wages-ask", "flow-wages-ask-still", "answer:wage.unpaid"]
    for expected in reversed(shown[:-1]):
        await chat.press("flow:back")
        assert chat.last.msg_id == expected
    await chat.press("flow:back")
    assert chat.last.msg_id == "menu-title"


async def test_state_survives_a_restart_in_the_middle_of_a_flow(config, clock):
    from hotline.app import build

    first = await build(config, now=clock)
    chat = await fresh_chat(first, "ky", "ru")
    await chat.press("flow:contracts")
    await chat.press(choice_data("contracts", "topic", 6))
    assert chat.last.msg_id == "flow-contracts-ask-hours"
    await first.close()
    second = await build(config, now=clock)
    chat.hotline = second
    await chat.press(choice_data("contracts", "hours", 1))
    assert chat.last.msg_id == "answer:contract.vacation"
    await chat.press("flow:back")
    assert chat.last.msg_id == "flow-contracts-ask-hours"
    await second.close()


async def test_a_free_question_then_resume_shows_the_same_node(hotline):
    chat = await fresh_chat(hotline, "uz", "kz")
    await chat.press("flow:wages")
    await chat.press(choice_data("wages", "topic", 2))
    await chat.send("maosh haqida savol")  # answered by the free-question feature, flow untouched
    user = await hotline.store.load_user(chat.user_id, chat.user_id)
    assert (user.flow, user.node) == ("wages", "less")
    await chat.press("flow:resume")
    assert chat.last.msg_id == "flow-wages-ask-less"
    await chat.press(choice_data("wages", "less", 1))
    assert chat.last.msg_id == "answer:wage.minimum"


async def test_deep_links_open_each_flow(hotline):
    from hotline.flows import resolve

    for link, flow in FLOWS.items():
        chat = await fresh_chat(hotline, "ru", "ru")
        await chat.send(f"/start {link}")
        assert chat.last.msg_id == expected_id(flow, resolve(flow, flow.start, Facts("ru", None)))


FORGED = ["flow:nosuch", "flow:wages:nonode:0", "flow:wages:topic:99", "flow:wages:topic:x", "flow:wages:topic:-1",
          "flow:a:b:c:d", "flow:", "calc:late", "calc:today", "calc:days:140", "calc:days:7", "calc:nope"]


async def test_forged_flow_and_calculator_presses_get_the_stale_reply(hotline):
    for data in FORGED:
        chat = await fresh_chat(hotline, "ru", "ru")
        await chat.press("flow:wages")
        before = await hotline.store.load_user(chat.user_id, chat.user_id)
        await chat.press(data)
        after = await hotline.store.load_user(chat.user_id, chat.user_id)
        assert chat.last.msg_id == "stale-button", data
        assert (after.flow, after.node, after.history, after.pending) == (
            before.flow, before.node, before.history, before.pending), data


async def test_a_press_from_an_older_screen_shows_the_current_node(hotline):
    chat = await fresh_chat(hotline, "ru", "ru")
    await chat.press("flow:wages")
    await chat.press(choice_data("wages", "topic", 5))
    await chat.press(choice_data("wages", "topic", 1))  # the old keyboard, still on screen
    assert chat.last.msg_id == "flow-wages-ask-extra"
    user = await hotline.store.load_user(chat.user_id, chat.user_id)
    assert (user.node, user.history) == ("extra_hours", ["topic"])


async def test_all_button_data_fits_telegram(hotline):
    for flow in FLOWS.values():
        for path in paths(flow):
            for node_id, index in path.steps:
                assert len(choice_data(flow.id, node_id, index).encode()) <= 64
