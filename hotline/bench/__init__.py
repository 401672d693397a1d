"""`hotline bench`: how many people one hotline process serves, measured on this machine.

Rule: every part is bounded in count and time, stops by itself, and only ever talks to
127.0.0.1. Speed goals are checked here, by a command a person runs, never by timed tests.

    e2e.py      the real PTB Application of the hotline against the local Bot API stand-in,
                next to a bare PTB echo bot under the same load
    storage.py  state read-and-write, reminder sweep, /queue and memory with a large database
    datagen.py  fills a database with many users, cases and reminders, fast
    report.py   one table and one JSON summary for all parts, with the targets
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

PARTS: tuple[str, ...] = ("e2e", "storage", "faq")


def measure(parts: tuple[str, ...], content_root: Path, *, load: Any = None,
            scales: tuple[float, ...] = (0.1, 1.0), rounds: int = 500, http_pool: int = 64) -> dict[str, Any]:
    """Run the chosen parts, in order, and return their figures with the machine's description."""
    from hotline.bench import e2e, report, storage

    figures: dict[str, Any] = {"machine": report.machine()}
    if "e2e" in parts:
        figures["e2e"] = asyncio.run(e2e.run(content_root, load or e2e.Load(), http_pool))
    if "storage" in parts:
        figures["storage"] = storage.run(scales, rounds)
    if "faq" in parts:
        from hotline import bench_faq

        figures["faq"] = bench_faq.run(content_root)
    return figures
