"""The `hotline` command: parse the sub-command, build what it needs, call it.

    hotline console [--lang ky] [--country kz]   try the hotline in the terminal (no token needed)
    hotline run                                  serve Telegram (token from TELEGRAM_BOT_TOKEN)
    hotline check                                validate flows, knowledge and texts
    hotline migrate                              bring the database schema up to date
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from hotline.config import Config, ConfigError
from hotline.i18n import LANGS

log = logging.getLogger("hotline")


def setup_logging(level: str) -> None:
    """Log lines carry no message texts or names; httpx is quietened because its URLs hold the token."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
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
    setup_logging(config.log_level)
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
    from hotline.store import Store

    config = _config()
    store = await Store.open(config.db_path, migrate=False)
    try:
        applied = await store.migrate()
        version = await store.schema_version()
    finally:
        await store.close()
    print(f"{config.db_path}: schema version {version}" + (f" (applied {applied})" if applied else " (up to date)"))
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
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `hotline` command."""
    args = parser().parse_args(argv)
    if args.command == "check":
        return _check(args)
    if args.command != "run":
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    handlers = {"console": _console, "run": _run, "migrate": _migrate}
    try:
        return asyncio.run(handlers[args.command](args))
    except KeyboardInterrupt:
        return 130
