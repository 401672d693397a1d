"""The `hotline faq match|eval` and `hotline bench faq` commands: output formats."""

from __future__ import annotations

import io
import json

from hotline import bench_faq, cli
from hotline.faq import Matcher, Synonyms
from hotline.faq_eval import evaluate, match_lines
from tests.conftest import ROOT


def small() -> Matcher:
    return Matcher.build({"wage.unpaid": {"ru": ("зарплату не платят", "не выплачивают зарплату")},
                          "predeparture.patent": {"ru": ("как получить патент", "патент на работу")}},
                         Synonyms())


def test_match_writes_one_json_line_per_input_in_order():
    # (a two-entry base cannot know that "как" is filler, so the off-topic line shares no word)
    out = io.StringIO()
    lines = ['{"text": "zarplatu ne platyat", "lang": "ru"}\n', '{"text": "патент"}\n',
             '{"text": "привет, хорошая погода сегодня"}\n', "not json\n", "\n"]
    assert match_lines(small(), lines, out) == 4
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(rows) == 4
    assert rows[0]["faq_id"] == "wage.unpaid" and rows[1]["faq_id"] == "predeparture.patent"
    assert rows[2]["faq_id"] is None and rows[3] == {"faq_id": None, "score": 0.0, "candidates": []}
    for row in rows:
        assert set(row) == {"faq_id", "score", "candidates"} and 0 <= row["score"] <= 100


def test_eval_counts_accuracy_abstention_and_confident_wrong():
    items = [{"text": "зарплату не платят", "lang": "ru", "expected": "wage.unpaid"},
             {"text": "patent kak poluchit", "lang": "ru", "expected": "predeparture.patent"},
             {"text": "патент на работу", "lang": "ru", "expected": "wage.unpaid"},
             {"text": "погода", "lang": "ru", "expected": None}]
    figures = evaluate(small(), items).figures()
    assert figures["accuracy_in_scope"] == 66.7
    assert figures["abstain_out_of_scope"] == 100.0
    assert figures["confident_wrong"] == 25.0
    assert set(figures["by_group"]) == {"ru/cyrl", "ru/latn"}


def test_eval_command_prints_a_report_and_a_json_line(tmp_path, capsys):
    path = tmp_path / "lines.jsonl"
    path.write_text('{"text": "привет", "lang": "ru", "expected": null}\n', encoding="utf-8")
    assert cli.main(["faq", "eval", str(path)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert "out-of-scope abstention" in "\n".join(out)
    assert json.loads(out[-1])["lines"] == 1


def test_bench_measures_both_bases(monkeypatch):
    monkeypatch.setattr(bench_faq, "queries", lambda q, o, count=400, seed=11:
                        [("зарплату не платят", "ru"), ("x" * 10_000, None)])
    figures = bench_faq.run(ROOT)
    assert figures["x10"]["entries"] == 10 * figures["real"]["entries"]
    for key in ("median_ms", "p99_ms"):
        assert figures["real"][key] >= 0 and figures["x10"][key] >= 0
    assert figures["load_knowledge_ms"] > 0
