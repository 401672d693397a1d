"""Storage at scale: with many users, cases and reminders in the database, how fast are the
things the hotline does on every update and every few seconds, and how much memory does it hold?

Rule: each scale is generated into its own file (datagen) and measured in a fresh child process,
so the resident memory is that of a hotline process and nothing else. The hotline is built as
`hotline run` builds it (all features, the real Store), with a fixed clock that the benchmark
moves forward. Figures: p99 of a state read-and-write (load_user + save_user in a transaction),
p99 of one whole update through the core (/help), the periodic sweep (typical: every 5 s of
clock; full: 50 reminders due at once), /queue run by a lawyer through the core, and memory.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import random
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hotline.bench import datagen
from hotline.bench.stats import peak_rss_mb, rss_mb, summary_ms, timed

#: A Wednesday at noon in Moscow: inside lawyers' working hours, outside quiet hours.
NOW = datetime(2025, 3, 12, 9, 0, tzinfo=UTC)
SWEEP_STEP = timedelta(seconds=5)
FULL_SWEEP = 50


class MovingClock:
    """A clock the benchmark moves forward by hand."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, step: timedelta) -> None:
        """Move the clock forward."""
        self.moment += step


async def _measure(path: Path, rounds: int, seed: int) -> dict[str, Any]:
    """Time the store, the sweep and /queue on the database at `path`."""
    from hotline.app import build
    from hotline.config import Config
    from hotline.events import Command, Sender

    config = Config.from_mapping({"HOTLINE_DB": str(path)})
    clock = MovingClock(NOW)
    hotline = await build(config, now=clock)
    store, conversation = hotline.store, hotline.conversation
    rng = random.Random(seed)
    users = int(await store.fetch_value("SELECT COUNT(*) FROM users"))
    update_ids = iter(range(10**9, 2 * 10**9))
    try:
        async def state_read_write() -> None:
            user_id = datagen.FIRST_USER + rng.randrange(users)
            async with store.transaction():
                user = await store.load_user(user_id, user_id)
                user.scratch["seen"] = user.scratch.get("seen", 0) + 1
                await store.save_user(user, clock())

        async def one_update() -> None:
            user_id = datagen.FIRST_USER + rng.randrange(users)
            await conversation.handle(Command(Sender(user_id, user_id, "ru"), next(update_ids), name="help"))

        async def typical_sweep() -> None:
            clock.advance(SWEEP_STEP)
            await hotline.services.sweep()

        lawyer = datagen.FIRST_LAWYER

        async def queue() -> None:
            await conversation.handle(Command(Sender(lawyer, lawyer, "ru"), next(update_ids), name="queue"))

        await timed(state_read_write, 20)  # warm the page cache as a running process would have it
        figures: dict[str, Any] = {
            "state_rw": summary_ms(await timed(state_read_write, rounds)),
            "update": summary_ms(await timed(one_update, rounds)),
            "sweep": summary_ms(await timed(typical_sweep, max(rounds // 5, 20))),
            "queue": summary_ms(await timed(queue, max(rounds // 5, 20))),
        }
        full: list[float] = []
        for _ in range(5):
            clock.advance(SWEEP_STEP)
            datagen.add_due(path, FULL_SWEEP, clock())
            full += await timed(hotline.services.sweep, 1)
        figures["sweep_full"] = summary_ms(full)
        figures["rss_mb"] = rss_mb()
        figures["peak_rss_mb"] = peak_rss_mb()
    finally:
        await hotline.close()
    return figures


def measure_file(path: Path, rounds: int, seed: int = 13) -> dict[str, Any]:
    """Child process entry: measure one generated database."""
    import logging

    logging.basicConfig(level=logging.ERROR)
    return asyncio.run(_measure(path, rounds, seed))


def measure_scale(factor: float, folder: Path, rounds: int = 500) -> dict[str, Any]:
    """Generate a database of `factor` times the base size and measure it in a fresh process."""
    path = folder / f"bench-x{factor:g}.sqlite3"
    start = time.perf_counter()
    counts = datagen.fill(path, datagen.Size.scaled(factor), NOW)
    generated = time.perf_counter() - start
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        figures = pool.submit(measure_file, path, rounds).result(timeout=900)
    return {"scale": factor, "rows": counts, "generate_s": round(generated, 1),
            "db_mb": round(path.stat().st_size / 2**20, 1), **figures}


def run(scales: tuple[float, ...] = (0.1, 1.0), rounds: int = 500) -> dict[str, Any]:
    """Measure every scale; the last one is the one the targets are checked on."""
    with tempfile.TemporaryDirectory(prefix="hotline-bench-") as folder:
        results = [measure_scale(factor, Path(folder), rounds) for factor in scales]
    return {"scales": results}
