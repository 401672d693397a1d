"""`hotline bench` on tiny loads: the figures have the right shape and make sense (no timing targets:
speed goals are measured by the benchmark command, not by timed tests)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from hotline.bench import datagen, e2e, report, storage
from hotline.bench.stats import percentile, rss_mb, summary_ms
from hotline.cli import parser

ROOT = Path(__file__).resolve().parent.parent


def test_percentile_is_nearest_rank():
    values = [float(n) for n in range(1, 101)]
    assert percentile(values, 50) == 50.0
    assert percentile(values, 99) == 99.0
    assert percentile(values, 100) == 100.0
    assert percentile([], 99) == 0.0
    assert summary_ms([0.001, 0.002, 0.003]) == {"p50_ms": 2.0, "p99_ms": 3.0, "max_ms": 3.0, "count": 3}


def test_resident_memory_is_read_from_proc():
    assert 5 < rss_mb() < 5000


def test_tracker_finishes_an_update_only_after_its_replies_and_its_acknowledgement():
    async def scenario() -> None:
        tracker = e2e.Tracker()
        press = e2e.Pending(update_id=7, person=42, pushed_at=0.0, expected=2)
        tracker.add(press, 42, "q7")
        tracker.reply("answerCallbackQuery", {"callback_query_id": "q7"}, True)
        tracker.acked(8)
        assert not press.done.is_set()  # one of two expected replies so far
        markup = {"inline_keyboard": [[{"text": "A", "callback_data": "menu:main"}]]}
        tracker.reply("editMessageText", {"chat_id": 42, "message_id": 5, "reply_markup": markup}, True)
        assert press.done.is_set()
        assert (press.calls, press.message_id, e2e.buttons_of(press.markup)) == (2, 5, ["menu:main"])
        text = e2e.Pending(update_id=9, person=43, pushed_at=0.0, expected=1)
        tracker.add(text, 43, None)
        tracker.reply("sendMessage", {"chat_id": 43}, {"message_id": 77})
        assert not text.done.is_set()  # replied, but the batch is not acknowledged yet
        tracker.acked(10)
        assert text.done.is_set()
        tracker.reply("sendMessage", {"chat_id": 999}, {"message_id": 78})
        assert tracker.unmatched == 1

    asyncio.run(scenario())


def test_datagen_fills_the_real_schema(tmp_path):
    size = datagen.Size(users=300, cases=60, reminders=150, lawyers=3)
    counts = datagen.fill(tmp_path / "gen.sqlite3", size, storage.NOW)
    assert counts["users"] == 300
    assert counts["cases"] == 60
    assert counts["reminders"] == counts["pending_reminders"] == 150
    assert counts["lawyers"] == 3
    assert datagen.Size.scaled(1) == datagen.Size(users=100_000, cases=20_000, reminders=50_000)


def test_storage_figures_on_a_small_database(tmp_path):
    path = tmp_path / "small.sqlite3"
    datagen.fill(path, datagen.Size(users=500, cases=100, reminders=200, lawyers=2), storage.NOW)
    figures = storage.measure_file(path, rounds=20)
    for key in ("state_rw", "update", "sweep", "queue", "sweep_full"):
        assert figures[key]["count"] > 0
        assert 0 < figures[key]["p50_ms"] <= figures[key]["p99_ms"] <= figures[key]["max_ms"]
    assert figures["peak_rss_mb"] >= figures["rss_mb"] > 0


def test_e2e_runs_the_hotline_and_the_echo_bot_on_the_same_updates():
    load = e2e.Load(people=4, lawyers=1, max_updates=30, duration=20, steps=8, stall=8)
    figures = asyncio.run(e2e.run(ROOT, load))
    hotline, echo, echo_same = figures["hotline"], figures["echo"], figures["echo_aiohttp"]
    assert hotline["lost"] == echo["lost"] == echo_same["lost"] == 0
    assert hotline["updates"] == echo["updates"] == echo_same["updates"] == 30
    assert hotline["replies_per_update"] >= 1
    assert echo["replies_per_update"] >= 1 and echo_same["replies_per_update"] >= 1
    assert 0 < hotline["p50_ms"] <= hotline["p99_ms"]
    assert figures["ratio"] == round(hotline["updates_per_s"] / echo["updates_per_s"], 3) > 0
    assert figures["ratio_same_transport"] == round(hotline["updates_per_s"] / echo_same["updates_per_s"], 3)
    assert "echo (aiohttp" in report.table({"e2e": figures})
    assert hotline["users"] >= 4  # three people (and more as they leave) plus the lawyer
    assert "cases" in hotline and "cases" not in echo


def sample_figures(updates_per_s: float, p99_queue: float) -> dict:
    scale = {"scale": 1.0, "rows": {"users": 100_000, "cases": 20_000, "pending_reminders": 50_000},
             "peak_rss_mb": 150.0, "rss_mb": 140.0}
    for key in ("state_rw", "update", "sweep", "sweep_full"):
        scale[key] = {"p50_ms": 1.0, "p99_ms": 2.0, "max_ms": 3.0, "count": 10}
    scale["queue"] = {"p50_ms": 1.0, "p99_ms": p99_queue, "max_ms": p99_queue, "count": 10}
    bot = {"updates_per_s": updates_per_s, "p50_ms": 2.0, "p99_ms": 9.0, "bot_cpu_ms_per_update": 2.5,
           "updates": 100, "lost": 0}
    return {"machine": report.machine(),
            "e2e": {"hotline": bot, "echo": {**bot, "updates_per_s": 400.0}, "ratio": updates_per_s / 400},
            "storage": {"scales": [{**scale, "scale": 0.1}, scale]}}


def test_report_checks_every_target_and_names_the_missed_ones():
    good = sample_figures(updates_per_s=350.0, p99_queue=10.0)
    assert all(t["ok"] for t in report.targets(good))
    assert len(report.targets(good)) == 6
    assert "all targets met" in report.table(good)
    bad = sample_figures(updates_per_s=200.0, p99_queue=80.0)
    missed = {t["target"] for t in report.targets(bad) if not t["ok"]}
    assert missed == {"e2e hotline updates/s", "e2e hotline / bare echo", "storage x1 queue p99 ms"}
    table = report.table(bad)
    assert table.count("MISSED") == 3
    assert "storage x0.1" in table  # both scales are shown, only 1x is checked
    json.dumps(report.summary(bad))


def test_bench_command_line():
    args = parser().parse_args(["bench"])
    assert args.what == "all"
    args = parser().parse_args(["bench", "e2e", "--people", "5", "--updates", "50", "--duration", "3"])
    assert (args.what, args.people, args.updates, args.duration) == ("e2e", 5, 50, 3.0)
    assert parser().parse_args(["bench", "faq"]).what == "faq"
