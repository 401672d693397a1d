"""Runs the real python-telegram-bot Application of the hotline against the Bot API stand-in."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass
from pathlib import Path

from hotline.app import Hotline, build
from hotline.botapi_standin import BotApiStandIn
from hotline.config import Config
from hotline.telegram_bot import TelegramFrontEnd


def bot_config(stand_in: BotApiStandIn, db: Path, **extra: str) -> Config:
    """Settings that point the bot at the stand-in."""
    return Config.from_mapping({"TELEGRAM_BOT_TOKEN": stand_in.token, "TELEGRAM_API_BASE_URL": stand_in.base_url,
                                "HOTLINE_DB": str(db), **extra})


@dataclass
class RunningBot:
    """A hotline served over HTTP by the real Application, polling the stand-in."""

    hotline: Hotline
    front: TelegramFrontEnd
    task: asyncio.Task

    async def stop(self) -> None:
        """Stop polling and close everything, as a clean shutdown would."""
        self.front._stop.set()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(self.task, 10)
        await self.front.stop()
        await self.hotline.close()

    async def kill(self) -> None:
        """Stop abruptly: cancel polling mid-way, as a crash would (the database is just closed)."""
        self.task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await self.task
        with contextlib.suppress(Exception):
            await self.front.app.shutdown()
        await self.hotline.close()


async def start_bot(config: Config, *, now=None, poll: bool = True, rate_limit: bool = False) -> RunningBot:
    """Build the hotline, start the Application, and poll in the background."""
    hotline = await build(config, now=now) if now else await build(config)
    front = TelegramFrontEnd(hotline, config, rate_limit=rate_limit)
    for hook in hotline.services.extras.get("telegram_hooks", []):
        hook(front)
    await front.start()
    task = asyncio.create_task(front.poll(timeout=1) if poll else front.serve_webhook())
    return RunningBot(hotline, front, task)
