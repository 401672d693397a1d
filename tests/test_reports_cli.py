"""`hotline export`: the same anonymous CSVs as /export, from the command line."""

from __future__ import annotations

import asyncio
import csv
import io
from datetime import UTC, datetime, timedelta

from hotline import handoff, report_store, reports
from hotline.app import build
from hotline.cli import main
from hotline.config import Config


def _seed(db_path) -> None:
    """Six cases opened in March 2026 (five closed with a recovered amount), one FAQ answer."""
    async def seed() -> None:
        config = Config.from_mapping({"HOTLINE_DB": str(db_path)})
        app = await build(config)
        store = handoff.cases(app.services)
        opened = datetime(2026, 3, 2, 9, tzinfo=UTC)
        for i in range(6):
            case_id = await store.open_case(user_id=777000 + i, chat_id=777000 + i, lang="ru", country="ru",
                                            citizenship="tj", topic="wages", context={"question": "секрет"},
                                            now=opened + timedelta(hours=i))
            await store.audit(case_id, "lawyer", 901, "reply", opened + timedelta(hours=i + 2))
            if i < 5:
                await store.move(case_id, old_status="open", new_status="closed", lawyer_id=None,
                                 now=opened + timedelta(days=3))
                await store.set_outcome(case_id, "won", None)
                await report_store.classify(app.store, case_id, violation="wage.unpaid", ilo=("C095",),
                                            amount=1000, currency="RUB", now=opened)
        await report_store.add_consultation(app.store, "faq_answer", entry_id="wage.unpaid", topic="wages",
                                            ilo=("C095",), lang="ru", country="ru", day=opened.date())
        await app.close()
    asyncio.run(seed())


def test_export_writes_records_and_the_summary(tmp_path, monkeypatch, capsys):
    db = tmp_path / "h.sqlite3"
    _seed(db)
    monkeypatch.setenv("HOTLINE_DB", str(db))
    out = tmp_path / "march.csv"
    assert main(["export", "--from", "2026-03-01", "--to", "2026-03-31", "--out", str(out)]) == 0
    assert "march-summary.csv" in capsys.readouterr().out
    records = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(records) == 6 and tuple(records[0]) == reports.RECORD_COLUMNS
    assert {r["opened_week"] for r in records} == {"2026-W10"}
    assert [r["amount"] for r in records] == ["1000"] * 5 + [""]
    summary = {(r["section"], r["key"], r["measure"]): r["value"]
               for r in csv.DictReader(io.StringIO((tmp_path / "march-summary.csv").read_text(encoding="utf-8")))}
    assert summary[("cases", "opened", "count")] == "6"
    assert summary[("amount", "RUB", "sum")] == "5000"
    assert summary[("consultations", "all", "faq")] == "<5"
    assert summary[("cases", "first_reply", "median_hours")] == "2.0"
    everything = out.read_text(encoding="utf-8") + (tmp_path / "march-summary.csv").read_text(encoding="utf-8")
    assert "777000" not in everything and "секрет" not in everything and "901" not in everything


def test_export_to_stdout_and_bad_dates(tmp_path, monkeypatch, capsys):
    db = tmp_path / "h.sqlite3"
    _seed(db)
    monkeypatch.setenv("HOTLINE_DB", str(db))
    assert main(["export", "--from", "2026-03-01", "--to", "2026-03-31", "--summary"]) == 0
    assert capsys.readouterr().out.startswith("section,key,measure,value\nperiod,first,date,2026-03-01\n")
    assert main(["export", "--from", "2026-03-01", "--to", "2026-03-31"]) == 0
    assert capsys.readouterr().out.startswith(",".join(reports.RECORD_COLUMNS) + "\n1,2026-W10,")
    assert main(["export", "--from", "1 March"]) == 2
    assert main(["export", "--from", "2026-04-01", "--to", "2026-03-01"]) == 2
    monkeypatch.setenv("HOTLINE_DB", str(tmp_path / "missing.sqlite3"))
    assert main(["export"]) == 2
    assert "no database" in capsys.readouterr().err
