"""The normaliser and the matcher: scripts, diacritics, typos, abstention, bounded windows."""

from __future__ import annotations

import numpy as np
import pytest

from hotline.faq import (
    COSINE_THRESHOLD,
    SIGNALS,
    THRESHOLD,
    WINDOW_HEAD,
    WINDOW_TAIL,
    Confidence,
    Matcher,
    Synonyms,
    fold,
    load_matcher,
    window,
    words,
)
from hotline.faq_eval import Held, calibration_scores, fit_stacker, held_out_signals, out_of_scope_lines
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
    ("ҷарима", "чарима"), ("ҳуҷҷат", "хуччат"),             # Tajik ҷ typed as ч on a Russian keyboard
    ("ёрдам", "yordam"), ("ёзма", "yozma"),                 # Uzbek ё = yo
    ("всё", "все"),                                         # Russian ё typed as е
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


def test_synonyms_no_longer_read_the_out_of_scope_lines(tmp_path):
    (tmp_path / "synonyms.yaml").write_text("concepts:\n  WAGE: [зарплат]\n", encoding="utf-8")
    (tmp_path / "out_of_scope.yaml").write_text("ru: [привет]\n", encoding="utf-8")
    synonyms = Synonyms.load(tmp_path / "synonyms.yaml")
    assert synonyms.concepts(words("зарплату")) == ["WAGE"] and not hasattr(synonyms, "off_topic")


def test_load_matcher_learns_the_out_of_scope_lines(matcher):
    assert matcher.off_topic == out_of_scope_lines(ROOT / "knowledge" / "out_of_scope.yaml")
    assert matcher.model is not None and matcher.threshold == THRESHOLD


QUESTIONS = {"wage.unpaid": {"ru": ("зарплату не платят", "не выплачивают зарплату два месяца")},
             "predeparture.patent": {"ru": ("как получить патент", "патент на работу сколько стоит")}}
OFF = [("ru", "привет"), ("ru", "какая погода завтра"), ("ru", "посоветуй фильм")]


def test_a_built_matcher_is_cached_on_disk_and_restored_exactly(tmp_path, monkeypatch):
    monkeypatch.setenv("HOTLINE_CACHE", str(tmp_path / "cache"))
    first = Matcher.build(QUESTIONS, Synonyms(), off_topic=OFF, epochs=2)
    assert len(list((tmp_path / "cache").glob("faq-matcher-*.npz"))) == 1
    again = Matcher.build(QUESTIONS, Synonyms(), off_topic=OFF, epochs=2)
    assert again.idf == first.idf and again.entry_index == first.entry_index
    assert np.array_equal(again.model.weights, first.model.weights)
    for text in ("зарплату не платят", "патент", "погода"):
        assert again.match(text, "ru") == first.match(text, "ru")


def test_a_cache_folder_that_cannot_be_written_only_means_no_cache(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("HOTLINE_CACHE", str(blocker / "cache"))     # a folder under a file
    m = Matcher.build(QUESTIONS, Synonyms(), off_topic=OFF, epochs=2)
    assert m.match("зарплату не платят", "ru").candidates[0][0] == "wage.unpaid"
    broken = tmp_path / "broken"
    monkeypatch.setenv("HOTLINE_CACHE", str(broken))
    Matcher.build(QUESTIONS, Synonyms(), off_topic=OFF, epochs=2)
    for path in broken.glob("faq-matcher-*.npz"):
        path.write_bytes(b"not a zip")                                # a corrupt file is rebuilt
    assert Matcher.build(QUESTIONS, Synonyms(), off_topic=OFF, epochs=2).model is not None


def test_the_stacker_file_holds_every_signal_and_a_threshold():
    confidence = Confidence.load()
    assert len(confidence.weights) == len(SIGNALS) and 0 < confidence.threshold < 100
    assert confidence.threshold == THRESHOLD
    missing = Confidence.load(ROOT / "no-such-file.yaml")
    assert missing.weights == () and missing.threshold == COSINE_THRESHOLD


def test_confidence_separates_right_from_wrong_held_out_matches(matcher):
    held = held_out_signals(matcher, out_of_scope_lines(ROOT / "knowledge" / "out_of_scope.yaml"), folds=2)
    scores = [(matcher.confidence.probability(h.signals), h.right) for h in held if h.signals is not None]
    right = [s for s, ok in scores if ok]
    wrong = [s for s, ok in scores if not ok]
    assert sum(right) / len(right) > sum(wrong) / len(wrong) + 25
    answered = [ok for s, ok in scores if s >= THRESHOLD]
    assert sum(not ok for ok in answered) / len(scores) < 0.08      # held-out wrong answers stay rare


def test_fit_stacker_learns_which_signal_predicts_right():
    rng = np.random.default_rng(1)
    held = []
    for _ in range(400):
        good = bool(rng.random() < 0.5)
        signals = rng.normal(size=len(SIGNALS))
        signals[1] += 2.0 if good else -2.0
        held.append(Held(signals, good, 1.0, True))
    weights, _ = fit_stacker(held)
    assert weights[1] > 1.0 and max(abs(w) for i, w in enumerate(weights) if i != 1) < 0.5


def test_lexicon_items_can_ask_for_the_whole_word_and_may_be_long():
    synonyms = Synonyms.from_data({"CHILD": ["bola."], "LOST": ["назоратшаванда"], "DEBT": ["в долг"]})
    assert synonyms.concepts(words("bola bo'ladi bolaga")) == ["CHILD"]
    # items longer than the lookup key, and one-letter first words, used to be silently dead
    assert synonyms.concepts(words("назоратшавандаҳо")) == ["LOST"]
    assert synonyms.concepts(words("взял в долг")) == ["DEBT"]
