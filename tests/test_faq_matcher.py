"""The normaliser and the matcher: scripts, diacritics, typos, abstention, bounded windows."""

from __future__ import annotations

import pytest

from hotline.faq import (
    THRESHOLD,
    WINDOW_HEAD,
    WINDOW_TAIL,
    Matcher,
    Synonyms,
    fold,
    load_matcher,
    window,
    words,
)
from hotline.faq_eval import calibration_scores, out_of_scope_lines
from tests.conftest import ROOT

#: Held-out top-1 over the phrasings, plain and told inside off-topic stories: 78.7 % 4-fold with the
#: softmax + cosine blend (65 % with the entry vectors alone); the test runs 2 folds (less training
#: data per fold), so keep a floor well below it.
HELDOUT_FLOOR = 0.65


@pytest.mark.parametrize("a, b", [
    ("зарплату не дают", "zarplatu ne dayut"),              # Russian in Latin
    ("ЗАРПЛАТУ!!! не дают???", "зарплату не дают"),         # case and punctuation
    ("оylik", "oylik"),                                     # a Cyrillic о inside a Latin word
    ("o'zbek", "o‘zbek"), ("o`zbek", "oʻzbek"), ("o'zbek", "ozbek"),   # apostrophe variants
    ("ўзбек", "o'zbek"), ("қарз", "qarz"), ("ҳужжат", "hujjat"),      # Uzbek Cyrillic vs Latin
    ("маошамро", "maoshamro"), ("ҳуқуқ", "хукук"), ("ӣ", "и"),      # Tajik letters and missing ones
    ("айлыгым төлөнгөн жок", "айлыгым толонгон жок"),       # Kyrgyz without diacritics
    ("хозяин", "hozyain"), ("хозяин", "xozyain"), ("хозяин", "khozyain"),
    ("не платяяяят", "не платят"),                          # repeated letters
    ("не платят 😡😡🙏", "не платят"),                      # emoji
])
def test_fold_makes_spellings_meet(a, b):
    assert fold(a) == fold(b)


def test_fold_keeps_only_latin_words():
    assert fold("  Привет, мир! 🙂 ") == "privet mir"
    assert words("2 месяца не платят 15000") == ["mesiaca", "ne", "platiat"]
    assert fold("🙂🙂🙂") == ""


def test_long_text_is_matched_on_a_bounded_window():
    text = "начало " + "x" * 9000 + " конец вопроса"
    cut = window(text)
    assert len(cut) <= WINDOW_HEAD + WINDOW_TAIL + 1
    assert cut.startswith("начало") and cut.endswith("конец вопроса")
    assert window("short") == "short"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return load_matcher(ROOT)


def test_typos_word_order_and_other_script_find_the_entry():
    questions = {
        "wage.unpaid": {"ru": ("зарплату не платят два месяца", "работодатель не выплачивает зарплату"),
                        "uz": ("oylik bermayapti", "ish haqini to'lamayapti")},
        "predeparture.patent": {"ru": ("как оформить патент на работу", "сколько стоит патент в москве")},
        "maternity.leave_length": {"ru": ("сколько длится декретный отпуск", "когда уходить в декрет")},
    }
    m = Matcher.build(questions, Synonyms())
    assert m.match("zarplatu ne platyat uzhe 2 mesyaca", "ru").faq_id == "wage.unpaid"
    assert m.match("не платят зарплату", "ru").faq_id == "wage.unpaid"
    assert m.match("патетн как оформить", "ru").faq_id == "predeparture.patent"   # typo
    assert m.match("ойлик бермаяпти", "uz").faq_id == "wage.unpaid"              # Uzbek Cyrillic
    assert m.match("dekretnyi otpusk skolko dlitsya", None).faq_id == "maternity.leave_length"


def test_matcher_abstains_on_nothing_to_compare():
    m = Matcher.build({"a.b": {"ru": ("патент на работу",)}}, Synonyms())
    for text in ("", "🙂🙂", "12345", "你好，我的工资", "ʕ•ᴥ•ʔ"):
        result = m.match(text, "ru")
        assert result.faq_id is None and result.candidates == ()


def test_a_huge_paste_is_answered_from_its_window(matcher):
    result = matcher.match("ы" * 10_000, "ru")
    assert result.faq_id is None
    assert len(matcher.query_features("патент " * 5000)[0]) < 10


def test_held_out_accuracy_on_the_knowledge_phrasings(matcher):
    held, oos = calibration_scores(matcher, [("ru", "какая погода завтра"), ("ru", "посоветуй фильм")], folds=2)
    assert len(held) == 2 * len(matcher.docs) and len(oos) == 2
    top1 = sum(ok for _, ok in held) / len(held)
    assert top1 >= HELDOUT_FLOOR, f"held-out top-1 {top1:.2%}"


def test_abstains_on_our_out_of_scope_lines(matcher):
    lines = out_of_scope_lines(ROOT / "knowledge" / "out_of_scope.yaml")
    assert len(lines) >= 60 and {lang for lang, _ in lines} == {"ru", "ky", "uz", "tg"}
    abstained = sum(matcher.match(text, lang).faq_id is None for lang, text in lines)
    assert abstained / len(lines) >= 0.85


def test_scores_are_bounded_and_candidates_sorted(matcher):
    result = matcher.match("зарплату не платят два месяца, что делать", "ru")
    scores = [s for _, s in result.candidates]
    assert scores == sorted(scores, reverse=True) and all(0 <= s <= 100 for s in scores)
    assert len(result.candidates) <= 3
    assert (result.faq_id is not None) == (result.score >= THRESHOLD)
