"""The `hotline` command: parse the sub-command, build what it needs, call it.

    hotline console [--lang ky] [--country kz]   try the hotline in the terminal (no token needed)
    hotline run                                  serve Telegram (token from TELEGRAM_BOT_TOKEN)
    hotline check                                validate flows, knowledge and texts
    hotline migrate                              bring the database schema up to date
    hotline backup DEST                          consistent online copy of the database
    hotline export [--from D --to D] [--out F]   anonymous case records and the aggregated report (CSV)
    hotline faq match < lines.jsonl              match free questions (JSON lines in and out)
    hotline faq eval FILE.jsonl                  measure the FAQ matcher on labelled lines
    hotline bench [e2e|storage|faq]              capacity: throughput, latency, storage at scale,
                                                 FAQ timing (all parts: one table + one JSON line)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from hotline.config import Config, ConfigError
from hotline.i18n import LANGS

log = logging.getLogger("hotline")


def setup_logging(level: str, key: str | None = None) -> None:
    """Log lines carry no message texts or names; httpx is quietened because its URLs hold the token."""
    from hotline import logsafe

    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logsafe.install(key=os.environ.get("HOTLINE_LOG_KEY") or key or None)  # scrub texts, pseudonymise ids
    for noisy in ("httpx", "httpcore", "telegram.ext.ExtBot", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def _config(need_token: bool = False) -> Config:
    try:
        return Config.from_env(need_token=need_token)
    except ConfigError as error:
        for problem in error.problems:
            print(f"hotline: {problem}", file=sys.stderr)
        raise SystemExit(2) from None


async def _console(args: argparse.Namespace) -> int:
    from hotline.app import build
    from hotline.console import run_console
    from hotline.store import Store

    config = _config()
    store = await Store.open(args.db or ":memory:")
    hotline = await build(config, store=store)
    try:
        await run_console(hotline, sys.stdin, lang=args.lang, country=args.country,
                          interactive=sys.stdin.isatty())
    finally:
        await hotline.close()
    return 0


async def _run(args: argparse.Namespace) -> int:
    from hotline.app import build
    from hotline.telegram_bot import run_bot

    config = _config(need_token=True)
    setup_logging(config.log_level, config.db_key)
    hotline = await build(config)
    try:
        await run_bot(hotline, config)
    finally:
        await hotline.close()
    return 0


def _check(args: argparse.Namespace) -> int:
    from hotline.check import check_all

    config = _config()
    catalogue = Path(args.catalogue) if args.catalogue else config.content_root.parent / "shared" / "faq-catalogue.yaml"
    issues = check_all(config.content_root, catalogue if catalogue.is_file() else None)
    for issue in issues:
        print(issue)
    print(f"hotline check: {len(issues)} problem(s)" if issues else "hotline check: all content is valid")
    return 1 if issues else 0


async def _migrate(args: argparse.Namespace) -> int:
    from hotline.backup import open_store

    config = _config()
    store = await open_store(config, migrate=False)
    try:
        applied = await store.migrate()
        version = await store.schema_version()
    finally:
        await store.close()
    print(f"{config.db_path}: schema version {version}" + (f" (applied {applied})" if applied else " (up to date)"))
    return 0


def _faq(args: argparse.Namespace) -> int:
    from hotline import faq_eval
    from hotline.faq import load_matcher

    config = _config()
    if args.faq_command == "calibrate":
        # k-fold over the knowledge phrasings and out-of-scope lines (never the dev set).
        return faq_eval.main([str(config.content_root)] + (["--write"] if args.write else []))
    matcher = load_matcher(config.content_root)
    if args.faq_command == "match":
        faq_eval.match_lines(matcher, sys.stdin, sys.stdout)
        return 0
    path = Path(args.file)
    if not path.is_file():
        print(f"hotline: no such file: {path}", file=sys.stderr)
        return 2
    items = list(faq_eval.read_jsonl(path))
    if args.baseline:
        phrasings = [(matcher.ids[doc.entry], text) for doc, text in zip(matcher.docs, matcher.texts)]
        report = faq_eval.evaluate_baseline(matcher, phrasings, items)
    else:
        report = faq_eval.evaluate(matcher, items)
    print(report.text())
    print(json.dumps(report.figures(), ensure_ascii=False))
    return 0


def _bench(args: argparse.Namespace) -> int:
    if args.what == "faq":
        from hotline import bench_faq

        figures = bench_faq.run(_config().content_root)
        print(bench_faq.report(figures))
        print(json.dumps(figures))
        return 0
    from hotline.bench import PARTS, measure, report
    from hotline.bench.e2e import Load

    logging.basicConfig(level=logging.ERROR, format="%(levelname)s %(name)s: %(message)s")
    load = Load(people=args.people, lawyers=args.lawyers, max_updates=args.updates, duration=args.duration)
    parts = PARTS if args.what == "all" else (args.what,)
    scales = tuple(float(x) for x in args.scales.split(","))
    figures = measure(parts, _config().content_root, load=load, scales=scales, rounds=args.rounds,
                      http_pool=args.http_pool)
    print(report.table(figures))
    print(json.dumps(report.summary(figures), ensure_ascii=False))
    return 0


async def _backup(args: argparse.Namespace) -> int:
    from hotline.backup import backup, open_store

    config = _config()
    if not config.db_path.is_file():
        print(f"hotline: no database at {config.db_path} (HOTLINE_DB)", file=sys.stderr)
        return 2
    store = await open_store(config, migrate=False)
    try:
        dest = await backup(store, args.dest, config)
    finally:
        await store.close()
    print(f"backup written to {dest}" + (" (encrypted with HOTLINE_DB_KEY)" if config.db_key else ""))
    return 0


async def _export(args: argparse.Namespace) -> int:
    from datetime import date

    from hotline import reports
    from hotline.backup import open_store
    from hotline.store import utc_now

    config = _config()
    try:
        first = date.fromisoformat(args.date_from) if args.date_from else None
        last = date.fromisoformat(args.date_to) if args.date_to else None
    except ValueError:
        print("hotline: dates are written YYYY-MM-DD, e.g. --from 2026-01-01 --to 2026-03-31", file=sys.stderr)
        return 2
    now = utc_now()
    period = reports.period_between(first, last, now.astimezone(config.tz).date())
    if period is None:
        print("hotline: --from must come before --to, at most three years apart", file=sys.stderr)
        return 2
    if not config.db_path.is_file():
        print(f"hotline: no database at {config.db_path} (HOTLINE_DB)", file=sys.stderr)
        return 2
    store = await open_store(config, migrate=False)
    try:
        if await store.schema_version() < 5:
            print("hotline: the database predates reports; run `hotline migrate` first", file=sys.stderr)
            return 2
        records, summary = await reports.export(store, period, now, config.tz)
    finally:
        await store.close()
    if args.out is None:
        sys.stdout.write(summary if args.summary else records)
        return 0
    out = Path(args.out)
    summary_path = out.with_name(f"{out.stem}-summary{out.suffix or '.csv'}")
    out.write_text(records, encoding="utf-8")
    summary_path.write_text(summary, encoding="utf-8")
    print(f"{period.label}: case records in {out}, aggregated report (counts below 5 hidden) in {summary_path}")
    return 0


def parser() -> argparse.ArgumentParser:
    """The command line's grammar."""
    top = argparse.ArgumentParser(prog="hotline", description="Labour-rights hotline for Telegram.")
    sub = top.add_subparsers(dest="command", required=True)
    console = sub.add_parser("console", help="talk to the hotline in the terminal (no token needed)")
    console.add_argument("--lang", choices=LANGS, help="interface language")
    console.add_argument("--country", choices=("ru", "kz", "home"), help="destination country")
    console.add_argument("--db", help="database file to keep the conversation in (default: in memory)")
    sub.add_parser("run", help="serve Telegram (TELEGRAM_BOT_TOKEN; webhook if HOTLINE_WEBHOOK_URL)")
    check = sub.add_parser("check", help="validate flows, knowledge and texts")
    check.add_argument("--catalogue", help="the shared FAQ catalogue to check coverage against")
    sub.add_parser("migrate", help="bring the database schema up to date (HOTLINE_DB)")
    backup = sub.add_parser("backup", help="consistent online copy of the database (SQLite backup API)")
    backup.add_argument("dest", help="file (or folder) to write the copy to")
    export = sub.add_parser("export", help="anonymous case records and the aggregated report as CSV")
    export.add_argument("--from", dest="date_from", metavar="DATE", help="first day, YYYY-MM-DD (default: 30 days ago)")
    export.add_argument("--to", dest="date_to", metavar="DATE", help="last day, YYYY-MM-DD (default: today)")
    export.add_argument("--out", metavar="FILE", help="write records to FILE and the report to FILE-summary.csv")
    export.add_argument("--summary", action="store_true", help="without --out: print the aggregated report instead")
    faq = sub.add_parser("faq", help="the free-question matcher: match, eval, calibrate")
    faq_sub = faq.add_subparsers(dest="faq_command", required=True)
    faq_sub.add_parser("match", help='JSON lines {"text", "lang"} on stdin -> one verdict per line on stdout')
    faq_eval = faq_sub.add_parser("eval", help="accuracy, abstention and confusions on labelled JSON lines")
    faq_eval.add_argument("file", help='JSON lines {"text", "lang", "expected": id or null}')
    faq_eval.add_argument("--baseline", action="store_true",
                          help="plain rapidfuzz WRatio on raw phrasings instead of the matcher")
    calibrate = faq_sub.add_parser("calibrate", help="fit the answer/abstain confidence by k-fold over the "
                                   "knowledge phrasings and our out-of-scope lines; print the threshold table")
    calibrate.add_argument("--write", action="store_true", help="save it to hotline/faq_confidence.yaml")
    bench = sub.add_parser("bench", help="benchmarks")
    bench.add_argument("what", nargs="?", default="all", choices=("all", "e2e", "storage", "faq"),
                       help="which part to measure (default: all)")
    bench.add_argument("--people", type=int, default=200, help="e2e: simulated people at once")
    bench.add_argument("--lawyers", type=int, default=10, help="e2e: of whom lawyers working the queue")
    bench.add_argument("--http-pool", type=int, default=64, help="e2e: HTTP connections of both bots")
    bench.add_argument("--updates", type=int, default=6000, help="e2e: stop after this many updates")
    bench.add_argument("--duration", type=float, default=20.0, help="e2e: or after this many seconds")
    bench.add_argument("--scales", default="0.1,1", help="storage: sizes to measure, 1 = 100,000 users")
    bench.add_argument("--rounds", type=int, default=500, help="storage: timed repetitions per figure")
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `hotline` command."""
    args = parser().parse_args(argv)
    if args.command == "check":
        return _check(args)
    if args.command == "faq":
        return _faq(args)
    if args.command == "bench":
        return _bench(args)
    if args.command != "run":
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    handlers = {"console": _console, "run": _run, "migrate": _migrate, "backup": _backup,
                "export": _export}
    from hotline.backup import AtRestError

    try:
        return asyncio.run(handlers[args.command](args))
    except KeyboardInterrupt:
        return 130
    except AtRestError as error:
        print(f"hotline: {error}", file=sys.stderr)
        return 2
