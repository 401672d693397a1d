"""Small statistics shared by the benchmarks: percentiles, timing a call, resident memory.

Rule: plain functions on plain numbers; milliseconds rounded for reading, never for comparing.
"""

from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any


def percentile(values: Sequence[float], q: float) -> float:
    """The nearest-rank q-th percentile (0 < q <= 100) of `values`; 0.0 for none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def summary_ms(seconds: Sequence[float]) -> dict[str, float]:
    """p50, p99 and max of durations given in seconds, in milliseconds."""
    return {"p50_ms": round(percentile(seconds, 50) * 1000, 3),
            "p99_ms": round(percentile(seconds, 99) * 1000, 3),
            "max_ms": round(max(seconds, default=0.0) * 1000, 3),
            "count": len(seconds)}


async def timed(call: Callable[[], Awaitable[Any]], rounds: int) -> list[float]:
    """Await `call()` `rounds` times; return each duration in seconds."""
    durations: list[float] = []
    for _ in range(rounds):
        start = time.perf_counter()
        await call()
        durations.append(time.perf_counter() - start)
    return durations


def _status_mb(field: str, status: Path) -> float:
    """One kB figure of /proc/self/status in MB, or 0.0 where /proc is missing."""
    try:
        for line in status.read_text().splitlines():
            if line.startswith(field + ":"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return 0.0


def rss_mb(status: Path = Path("/proc/self/status")) -> float:
    """This process's resident memory in MB (VmRSS), or 0.0 where /proc is missing."""
    return _status_mb("VmRSS", status)


def peak_rss_mb(status: Path = Path("/proc/self/status")) -> float:
    """The highest resident memory this process has had, in MB (VmHWM)."""
    return _status_mb("VmHWM", status)
