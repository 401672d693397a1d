"""The calculators in conversation (bad input never raises), and the flow checker catching defects."""

from __future__ import annotations

import shutil
from pathlib import Path

from hotline.flows import check_flows, choice_data
from tests.test_flows import fresh_chat

ROOT = Path(__file__).resolve().parent.parent


async def open_late_calculator(hotline, lang="ru"):
    chat = await fresh_chat(hotline, lang, "ru")
    await chat.press("flow:wages")
    await chat.press(choice_data("wages", "topic", 1))
    assert chat.last.msg_id == "answer:wage.delay_compensation"
    await chat.press("calc:late")
    assert chat.last.msg_id == "calc-late-ask-amount"
    return chat


async def test_late_wage_calculator_shows_sum_and_how(hotline):
    chat = await open_late_calculator(hotline)
    for text, expected in [("пятьдесят", "calc-err-amount"), ("-50000", "calc-err-negative"), ("50к", "calc-late-ask-due"),
                           ("31.02.2026", "calc-err-date"), ("01.01.2027", "calc-err-future"),
                           ("1/3/26", "calc-late-ask-paid"), ("2026-02-01", "calc-err-order"),
                           ("31.03.2026", "calc-late-result")]:
        await chat.send(text)
        assert chat.last.msg_id == expected, text
    text = chat.last.text
    assert "1\u00a0550,00" in text and "15,5%" in text and "16.02.2026" in text
    user = await hotline.store.load_user(chat.user_id, chat.user_id)
    assert user.pending is None and user.scratch["calc"]["total"] == "1550.00"
    await chat.press("flow:resume")
    assert chat.last.msg_id == "answer:wage.delay_compensation"


async def test_not_paid_yet_counts_to_today(hotline, clock):
    chat = await open_late_calculator(hotline, "tg")
    await chat.send("10 000")
    await chat.send("13.11.2026")
    await chat.press("calc:today")  # the clock says 23.11.2026: 10 days at the last known rate 15.5 %
    assert chat.last.msg_id == "calc-late-result"
    # By hand: 10 000 × 0.155 / 150 × 10 = 103.33
    assert "103,33" in chat.last.text
    assert hotline.services.texts.t("tg", "calc-late-after", date="16.02.2026") in chat.last.text


async def test_back_leaves_the_calculator_for_the_answer(hotline):
    chat = await open_late_calculator(hotline, "ky")
    await chat.send("50000")
    await chat.press("flow:back")
    assert chat.last.msg_id == "answer:wage.delay_compensation"
    user = await hotline.store.load_user(chat.user_id, chat.user_id)
    assert user.pending is None


async def test_no_late_calculator_for_kazakhstan(hotline):
    chat = await fresh_chat(hotline, "ru", "kz")
    await chat.press("flow:wages")
    await chat.press(choice_data("wages", "topic", 1))
    assert "calc:late" not in {b.data for b in chat.buttons}
    await chat.press("calc:late")
    assert chat.last.msg_id == "stale-button"


async def test_maternity_estimate_in_conversation(hotline):
    chat = await fresh_chat(hotline, "uz", "ru", "kg")
    await chat.press("flow:maternity")
    await chat.press(choice_data("maternity", "topic", 0))
    await chat.press(choice_data("maternity", "pregnant", 1))
    assert chat.last.msg_id == "answer:maternity.benefit_amount"
    await chat.press("calc:maternity")
    assert chat.last.msg_id == "calc-mat-ask-earnings"
    await chat.send("600 000 so‘m")
    await chat.send("abc")
    assert chat.last.msg_id == "calc-err-amount"
    await chat.send("720 ming")
    assert chat.last.msg_id == "calc-mat-ask-days"
    await chat.press("calc:days:140")
    assert chat.last.msg_id == "calc-mat-result"
    # By hand: (600 000 + 720 000) / 730 = 1 808.22 a day × 140 = 253 150.80
    assert "253\u00a0150,80" in chat.last.text
    assert hotline.services.texts.t("uz", "calc-mat-note") in chat.last.text


def test_the_repository_flows_and_tables_have_no_problems():
    assert check_flows(ROOT) == []


def copy_content(tmp_path: Path) -> Path:
    for part in ("flows", "locales", "knowledge"):
        shutil.copytree(ROOT / part, tmp_path / part)
    return tmp_path


def test_checker_finds_cycles_dead_ends_unknown_ids_and_long_paths(tmp_path):
    root = copy_content(tmp_path)
    (root / "flows" / "broken.yaml").write_text("""
id: broken
start: a
nodes:
  a: {ask: flow-wages-ask, options: [{label: flow-opt-yes, next: b}, {label: flow-opt-no, next: c}]}
  b: {ask: flow-wages-ask, options: [{label: flow-opt-yes, next: a}, {label: flow-opt-no, next: d}]}
  c: {answer: no.such.entry}
  d: {ask: no-such-message, options: [{label: flow-opt-yes, next: e}, {label: flow-opt-no, next: c}]}
  e: {ask: flow-wages-ask, options: [{label: flow-opt-yes, next: f}, {label: flow-opt-no, next: c}]}
  f: {ask: flow-wages-ask, options: [{label: flow-opt-yes, next: g}, {label: flow-opt-no, next: c}]}
  g: {answer: wage.unpaid}
  orphan: {answer: wage.unpaid}
""", encoding="utf-8")
    texts = [str(i) for i in check_flows(root)]
    assert any("cycle" in t for t in texts)
    assert any("orphan" in t and "cannot be reached" in t for t in texts)
    assert any("no.such.entry" in t for t in texts)
    assert any("no-such-message" in t for t in texts)


def test_checker_finds_too_many_questions_and_bad_rate_tables(tmp_path):
    root = copy_content(tmp_path)
    chain = "\n".join(f"  q{i}: {{ask: flow-wages-ask, options: [{{label: flow-opt-yes, next: q{i + 1}}}, "
                      f"{{label: flow-opt-no, next: end}}]}}" for i in range(5))
    (root / "flows" / "deep.yaml").write_text(f"id: deep\nstart: q0\nnodes:\n{chain}\n"
                                              "  q5: {answer: wage.unpaid}\n  end: {handoff: flow-handoff}\n",
                                              encoding="utf-8")
    maternity = root / "knowledge" / "rates" / "maternity.yaml"
    maternity.write_text(maternity.read_text(encoding="utf-8").replace('"2759000"', '"2800000"'), encoding="utf-8")
    texts = [str(i) for i in check_flows(root)]
    assert any("asks 5 questions" in t for t in texts)
    assert any("published limits" in t for t in texts)
