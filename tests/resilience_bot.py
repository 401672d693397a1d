"""The hotline's Telegram front end as a separate process, for crash tests (kill -9 and restart).

    python -m tests.resilience_bot BASE_URL TOKEN DB_PATH
"""

from __future__ import annotations

import asyncio
import sys

from hotline.config import Config
from tests.telegram_harness import start_bot


async def main(base_url: str, token: str, db: str) -> None:
    """Poll the stand-in until killed."""
    config = Config.from_mapping({"TELEGRAM_BOT_TOKEN": token, "TELEGRAM_API_BASE_URL": base_url,
                                  "HOTLINE_DB": db})
    bot = await start_bot(config)
    print("ready", flush=True)
    await bot.task


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:4]))
