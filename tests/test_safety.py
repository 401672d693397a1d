"""Urgent danger in four languages and both scripts; flood control that slows without losing."""

from __future__ import annotations

import pytest

from hotline.app import Hotline
from hotline.events import SendText
from hotline.safety import BURST, detect_danger, normalise, urgent_flag
from tests.pilot import Chat, Clock


@pytest.mark.parametrize("text, kind", [
    ("Хозяин бьёт меня каждый день", "violence"),
    ("бригадир избил брата", "violence"),
    ("забрали паспорт и не выпускают из цеха", "confinement"),
    ("Начальник угрожает, что сдаст в полицию", "threat"),
    ("я больше не хочу жить", "suicide"),
    ("Кожоюн мени сабады", "violence"),                       # ky
    ("паспортумду алып, бизди камап коюшту", "confinement"),   # ky
    ("Өзүмдү өлтүрөм, жашагым келбейт", "suicide"),            # ky
    ("Xo‘jayin meni urdi", "violence"),                        # uz Latin
    ("pasportimni olib qo'yishdi, bizni qamab qo'yishgan", "confinement"),
    ("Xo'jayin o‘ldiraman deb tahdid qildi", "threat"),
    ("yashagim kelmayapti", "suicide"),
    ("Хўжайин мени урди", "violence"),                         # uz Cyrillic
    ("ўзимни ўлдираман", "suicide"),
    ("Маро латукӯб карданд", "violence"),                      # tg
    ("шиносномаамро гирифтанд, дарро қулф карданд", "confinement"),
    ("ба ман таҳдид мекунанд", "threat"),
    ("худамро мекушам", "suicide"),
    ("ХУДАМРО МЕКУШАМ", "suicide"),                            # Russian keyboard, caps
])
def test_urgent_danger_is_recognised(text, kind):
    danger = detect_danger(text)
    assert danger is not None and danger.kind == kind


@pytest.mark.parametrize("text", [
    "зарплату не платят два месяца",
    "работодатель забрал паспорт на регистрацию",   # documents alone: not urgent by themselves
    "пытаюсь найти работу",
    "Ish haqi bermayapti",
    "Музди корамро намедиҳанд",
    "Айлыгымды бербей жатат",
    "как оформить декрет",
])
def test_ordinary_questions_are_not_urgent(text):
    assert detect_danger(text) is None


def test_normalise_folds_letters_and_apostrophes():
    assert normalise("Ҳуҷҷат, O‘ldiraman!") == "хуччат oldiraman"


async def test_urgent_message_comes_first_even_before_onboarding(hotline: Hotline):
    chat = Chat(hotline, user_id=4001, language_code="tg")
    await chat.send("Маро латукӯб карданд, шиносномаро гирифтанд")
    assert chat.msg_ids[0] == "safety-urgent"
    assert "112" in chat.messages[0].text
    assert chat.messages[0].text == hotline.services.texts.t("tg", "safety-urgent")
    assert chat.msg_ids[1] == "start-welcome"       # onboarding goes on after it
    assert await urgent_flag(hotline.store, 4001) == "violence"


@pytest.mark.parametrize("lang, text", [
    ("ru", "хочу покончить с собой"), ("ky", "жашагым келбейт"),
    ("uz", "o'zimni o'ldiraman"), ("tg", "худкушӣ мекунам"),
])
async def test_suicide_gets_its_own_message_in_the_persons_language(hotline: Hotline, lang, text):
    chat = Chat(hotline, user_id=4100 + len(text))
    await chat.onboard(lang, "ru")
    await chat.send(text)
    first = next(m for m in chat.messages[-3:] if m.msg_id.startswith("safety"))
    assert first.msg_id == "safety-urgent-self"
    assert first.text == hotline.services.texts.t(lang, "safety-urgent-self")
    assert "112" in first.text and "103" in first.text
    sent_after = chat.messages[chat.messages.index(first):]
    assert sent_after[0] is first                   # nothing of this event came before it


async def test_urgent_events_are_counted_without_text(chat: Chat, hotline: Hotline):
    await chat.onboard("ru", "ru")
    await chat.send("мне угрожают")
    await chat.send("меня избили")
    rows = await hotline.store.fetch_all("SELECT kind, n FROM anon_counts ORDER BY kind")
    assert {(r["kind"], r["n"]) for r in rows} >= {("urgent-threat", 1), ("urgent-violence", 1)}
    flags = await hotline.store.fetch_all("SELECT * FROM urgent_flags")
    assert next(tuple(r.keys()) for r in flags) == ("user_id", "kind", "flagged_at")


def test_every_emergency_number_in_the_texts_is_in_the_catalogue():
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    catalogue = (root.parent / "shared" / "faq-catalogue.yaml")
    known = set(re.findall(r"\b1\d\d\b", catalogue.read_text(encoding="utf-8"))) if catalogue.exists() \
        else {"112", "102", "103"}
    for path in root.glob("locales/*/safety.ftl"):
        numbers = set(re.findall(r"\b\d{2,}\b", path.read_text(encoding="utf-8")))
        assert numbers and numbers <= known & {"112", "102", "103", "101"}, path


async def test_a_flood_gets_one_notice_is_slowed_and_nothing_is_lost(hotline: Hotline, clock: Clock):
    chat = Chat(hotline, user_id=4200)
    await chat.onboard("ru", "ru")
    clock.advance(hours=1)
    for _ in range(300):
        await chat.send("/help")
    helps = lambda: sum(1 for m in chat.messages if m.msg_id == "help-text")
    assert chat.msg_ids.count("slow-down") == 1
    assert helps() == BURST                          # the rest waits, in the database
    clock.advance(seconds=30)                        # 10 more at 20 per minute
    chat.log.extend(await hotline.services.sweep())
    assert helps() == BURST + 10
    for _ in range(40):
        clock.advance(minutes=1)
        chat.log.extend(await hotline.services.sweep())
    assert helps() == 300
    assert chat.msg_ids.count("slow-down") == 1
    other = Chat(hotline, user_id=4201)              # someone else is never slowed by it
    await other.onboard("uz", "ru")
    assert "slow-down" not in other.msg_ids


async def test_urgent_danger_is_answered_at_once_even_while_slowed(hotline: Hotline, clock: Clock):
    chat = Chat(hotline, user_id=4300)
    await chat.onboard("ru", "ru")
    clock.advance(hours=1)
    for _ in range(BURST + 5):
        await chat.send("/help")
    actions = await chat.send("меня бьют")
    assert isinstance(actions[0], SendText) and actions[0].msg_id == "safety-urgent"
