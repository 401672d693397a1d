"""`hotline check` finds content problems and says where they are."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hotline.check import check_all, numbers_in
from tests.conftest import ROOT, SHARED

CATALOGUE = SHARED / "faq-catalogue.yaml"


def copy_content(tmp_path: Path) -> Path:
    for folder in ("flows", "knowledge", "locales"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path


def test_the_shipped_content_is_valid():
    issues = check_all(ROOT, CATALOGUE if CATALOGUE.is_file() else None)
    assert issues == [], "\n".join(map(str, issues[:20]))


@pytest.mark.parametrize("text, expected", [
    ("27 093 рубля", {"27093"}),
    ("27,093 roubles", {"27093"}),
    ("15,5%", {"15.5", "15", "5"}),
    ("с 16.02.2026", {"16", "2", "2026"}),
    ("from 16 February 2026", {"16", "2", "2026"}),
    ("ст. 136, 142", {"136", "142"}),
])
def test_numbers_are_read_the_same_way_in_every_language(text, expected):
    assert numbers_in(text) == expected


@pytest.mark.skipif(not CATALOGUE.is_file(), reason="needs ../shared/faq-catalogue.yaml")
def test_an_invented_amount_or_article_is_reported(tmp_path):
    root = copy_content(tmp_path)
    path = root / "knowledge" / "ky" / "wages.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("wage.unpaid:\n  questions:\n", "wage.unpaid:\n  questions:\n", 1)
    marker = "    basis: \""
    position = text.index(marker) + len(marker)
    path.write_text(text[:position] + "ТК РФ, 999-берене, 77 777 сом; " + text[position:], encoding="utf-8")
    issues = [str(i) for i in check_all(root, CATALOGUE)]
    assert any("wage.unpaid:ky" in i and "77777" in i for i in issues)
    assert any("wage.unpaid:ky" in i and "999" in i for i in issues)


def test_a_missing_translation_names_file_id_and_language(tmp_path):
    root = copy_content(tmp_path)
    path = root / "locales" / "tg" / "core.ftl"
    path.write_text("\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                              if not line.startswith("menu-title")), encoding="utf-8")
    issues = check_all(root)
    assert any(i.file == "locales/tg/core.ftl" and i.id == "menu-title" and i.lang == "tg" for i in issues)


def test_a_broken_ftl_and_a_variable_mismatch_are_reported(tmp_path):
    root = copy_content(tmp_path)
    (root / "locales" / "uz" / "core.ftl").write_text(
        (root / "locales" / "uz" / "core.ftl").read_text(encoding="utf-8")
        + "\nbroken = {\nlanguage-proposed = ✅ { $nom }\n", encoding="utf-8")
    texts = [str(i) for i in check_all(root)]
    assert any("locales/uz/core.ftl" in t and "cannot parse" in t for t in texts)
    assert any("language-proposed" in t and "variables" in t for t in texts)


def test_an_entry_missing_in_one_language_is_reported(tmp_path):
    root = copy_content(tmp_path)
    path = root / "knowledge" / "tg" / "general.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("general.court:")
    end = text.index("\ngeneral.", start + 1)
    path.write_text(text[:start] + text[end + 1:], encoding="utf-8")
    issues = check_all(root)
    assert any(i.id == "general.court" and i.lang == "tg" and "missing" in i.text for i in issues)


def test_the_same_example_question_under_two_entries_is_reported(tmp_path):
    root = copy_content(tmp_path)
    path = root / "knowledge" / "ru" / "wages.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("wage.overtime:\n  questions:\n") + len("wage.overtime:\n  questions:\n")
    path.write_text(text[:start] + '    - "Зарплату не платят, что делать?"\n    - "зарплату не платят что делать"\n'
                    + text[start:], encoding="utf-8")
    path2 = root / "knowledge" / "ru" / "general.yaml"
    text2 = path2.read_text(encoding="utf-8")
    start2 = text2.index("general.court:\n  questions:\n") + len("general.court:\n  questions:\n")
    path2.write_text(text2[:start2] + '    - "зарплату не платят — что делать"\n' + text2[start2:], encoding="utf-8")
    issues = [i for i in check_all(root) if "also under" in i.text]
    assert [(i.id, i.lang) for i in issues] == [("wage.overtime", "ru")]


def test_danger_words_must_cover_every_language_and_not_be_too_short(tmp_path):
    root = copy_content(tmp_path)
    path = root / "knowledge" / "danger.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("violence:\n  ru:\n", "violence:\n  ru:\n  - уд\n", 1)
    start = text.index("threat:\n")
    tg = text.index("  tg:\n", start)
    end = text.index("suicide:\n")
    path.write_text(text[:tg] + text[end:], encoding="utf-8")
    texts = [str(i) for i in check_all(root)]
    assert any("danger.yaml:violence:ru" in t and "too short" in t for t in texts)
    assert any("danger.yaml:threat:tg" in t and "no words" in t for t in texts)


def test_a_lawyer_can_add_a_danger_word_with_proper_letters(tmp_path):
    from hotline.safety import detect_danger, load_danger_words

    root = copy_content(tmp_path)
    path = root / "knowledge" / "danger.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("threat:\n  ru:\n", "threat:\n  ru:\n  - ТЕРРОРИЗИРУ\n", 1),
                    encoding="utf-8")
    words = load_danger_words(path)
    assert detect_danger("бригадир терроризирует всю бригаду", words).kind == "threat"
    assert detect_danger("бригадир терроризирует всю бригаду") is None  # not in the shipped list


def test_story_filler_must_be_neutral_and_cover_every_language(tmp_path):
    import yaml

    root = copy_content(tmp_path)
    path = root / "knowledge" / "story_filler.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["ru"].append("зарплату не платят уже месяц")
    data["tg"] = data["tg"][:3]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    texts = [str(i) for i in check_all(root)]
    assert any("story_filler.yaml:ru" in t and "WAGE" in t and "NOT_PAID" in t for t in texts)
    assert any("story_filler.yaml:tg" in t and "only 3 sentences" in t for t in texts)
    assert not any("story_filler.yaml:ky" in t or "story_filler.yaml:uz" in t for t in texts)


def test_short_lexicon_words_do_not_fire_on_everyday_tajik_and_kyrgyz_words():
    from hotline.faq import Synonyms, words

    synonyms = Synonyms.load(ROOT / "knowledge" / "synonyms.yaml")
    # "ман" (I), "ин" (this), "Русия" (Russia), "кайда" (where), "долго" (long) once raised
    # ENTRY_BAN, TAX, LANGUAGE, REGISTRATION and DEBT.
    assert synonyms.concepts(words("ман ин корро дар Русия кайда долго")) == []
    assert synonyms.concepts(words("манъи вуруд")) == ["ENTRY_BAN"]


def test_everyday_words_that_begin_like_a_topic_word_raise_no_concept():
    from hotline.faq import Synonyms, words

    synonyms = Synonyms.load(ROOT / "knowledge" / "synonyms.yaml")
    # Uzbek "bo'ladi" (will be) began like "bola" (child), Russian "которые" like Kyrgyz "котормо"
    # (translation), "должен" (must) is not a debt, "qolgan" (left over) is not "qo'lga" (in hand).
    assert synonyms.concepts(words("nima bo'ladi, bo'ladimi? те, которые должен; qolgan")) == []
    assert synonyms.concepts(words("bolam kasal, bola")) == ["CHILD", "SICK", "CHILD"]
    assert synonyms.concepts(words("он должен денег хозяину")) == ["DEBT", "EMPLOYER"]


def test_a_lexicon_item_that_catches_a_guard_sentence_fails_the_check(tmp_path):
    root = copy_content(tmp_path)
    path = root / "knowledge" / "synonyms.yaml"
    text = path.read_text(encoding="utf-8")
    assert "Летом поеду на родину к брату." in text  # a shipped guard: "роды." no longer catches "родину"
    path.write_text(text.replace("BIRTH: [", "BIRTH: [родин, ", 1), encoding="utf-8")
    texts = [str(i) for i in check_all(root)]
    assert any("synonyms.yaml:guards:ru" in t and "родину" in t and "BIRTH" in t for t in texts)
    assert not any("guards:tg" in t for t in texts)


def test_a_lexicon_item_made_of_numbers_is_reported_as_dead(tmp_path):
    root = copy_content(tmp_path)
    path = root / "knowledge" / "synonyms.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("EMERGENCY: [", "EMERGENCY: [112, ", 1), encoding="utf-8")
    texts = [str(i) for i in check_all(root)]
    assert any("synonyms.yaml:EMERGENCY" in t and "'112' can never match" in t for t in texts)
