"""One table and one JSON summary for every part of `hotline bench`, with the targets checked.

Rule: a pure function of the figures the parts returned; a part that was not run is left out.
Storage targets are checked on the 1x database (100,000 users) when it was measured, else on
the largest one.
"""

from __future__ import annotations

import os
import platform
from pathlib import Path
from typing import Any

#: (part, figure, limit, "min" or "max"): what the issue asks of one hotline process.
E2E_MIN_UPDATES_PER_S = 300.0
E2E_MIN_RATIO = 0.70
STORAGE_MAX_MS = {"state_rw": 5.0, "sweep": 50.0, "queue": 50.0}
MAX_RSS_MB = 200.0

Row = tuple[str, str, str, str, str]


def machine() -> dict[str, Any]:
    """What the figures were measured on: cores, CPU model, memory, Python, load before the run."""
    model, mem_gb = "unknown", 0.0
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_gb = round(int(line.split()[1]) / 2**20, 1)
                break
    except OSError:
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return {"cores": os.cpu_count(), "cpu": model, "ram_gb": mem_gb, "python": platform.python_version(),
            "load_avg_1m": round(load[0], 2)}


def _verdict(value: float, limit: float, kind: str) -> str:
    ok = value >= limit if kind == "min" else value <= limit
    return "ok" if ok else "MISSED"


def targets(figures: dict[str, Any]) -> list[dict[str, Any]]:
    """Every target that the figures allow checking, with the measured value and a verdict."""
    found: list[dict[str, Any]] = []

    def add(name: str, value: float, limit: float, kind: str) -> None:
        found.append({"target": name, "value": value, "limit": limit, "kind": kind,
                      "ok": _verdict(value, limit, kind) == "ok"})

    e2e = figures.get("e2e")
    if e2e:
        add("e2e hotline updates/s", e2e["hotline"]["updates_per_s"], E2E_MIN_UPDATES_PER_S, "min")
        add("e2e hotline / bare echo", e2e["ratio"], E2E_MIN_RATIO, "min")
    scale = checked_scale(figures.get("storage"))
    if scale:
        for key, limit in STORAGE_MAX_MS.items():
            add(f"storage x{scale['scale']:g} {key} p99 ms", scale[key]["p99_ms"], limit, "max")
        add(f"storage x{scale['scale']:g} resident MB", scale["peak_rss_mb"], MAX_RSS_MB, "max")
    return found


def checked_scale(storage: dict[str, Any] | None) -> dict[str, Any] | None:
    """The storage scale the targets are checked on: 1x if measured, else the largest."""
    if not storage or not storage.get("scales"):
        return None
    scales = storage["scales"]
    return next((s for s in scales if s["scale"] == 1.0), max(scales, key=lambda s: s["scale"]))


def rows(figures: dict[str, Any]) -> list[Row]:
    """The table's rows: part, figure, value, target, verdict."""
    out: list[Row] = []
    e2e = figures.get("e2e")
    if e2e:
        labels = {"hotline": "hotline", "echo": "bare PTB echo (httpx, as shipped)",
                  "echo_aiohttp": "bare PTB echo (aiohttp, as the hotline)"}
        for name, label in labels.items():
            r = e2e.get(name)
            if r is None:
                continue
            target = f">= {E2E_MIN_UPDATES_PER_S:g}" if name == "hotline" else ""
            verdict = _verdict(r["updates_per_s"], E2E_MIN_UPDATES_PER_S, "min") if name == "hotline" else ""
            out.append(("e2e", f"{label} updates/s", f"{r['updates_per_s']:.0f}", target, verdict))
            out.append(("e2e", f"{label} update->reply p50 / p99",
                        f"{r['p50_ms']:.1f} / {r['p99_ms']:.1f} ms", "", ""))
            cpu = r["bot_cpu_ms_per_update"]
            out.append(("e2e", f"{label} bot CPU per update (-> updates/s on one free core)",
                        (f"{cpu:.2f} ms (-> {1000 / cpu if cpu else 0:.0f}; {r['updates']} updates, "
                        f"{r['lost']} lost)"), "", ""))
        out.append(("e2e", "hotline / bare echo throughput", f"{e2e['ratio']:.2f}", f">= {E2E_MIN_RATIO:g}",
                    _verdict(e2e["ratio"], E2E_MIN_RATIO, "min")))
        if "ratio_same_transport" in e2e:
            out.append(("e2e", "hotline / bare echo on the same transport (aiohttp)",
                        f"{e2e['ratio_same_transport']:.2f}", "", ""))
    storage = figures.get("storage")
    checked = checked_scale(storage)
    for scale in (storage or {}).get("scales", []):
        part = f"storage x{scale['scale']:g}"
        rows_ = scale["rows"]
        out.append((part, "rows (users / cases / pending reminders)",
                    f"{rows_['users']:,} / {rows_['cases']:,} / {rows_['pending_reminders']:,}", "", ""))
        names = {"state_rw": "state read+write", "update": "one update through the core (/help)",
                 "sweep": "reminder sweep (every 5 s)", "sweep_full": "reminder sweep, 50 due at once",
                 "queue": "/queue by a lawyer"}
        for key, label in names.items():
            limit = STORAGE_MAX_MS.get(key)
            check = scale is checked and limit is not None
            out.append((part, f"{label} p50 / p99", f"{scale[key]['p50_ms']:.2f} / {scale[key]['p99_ms']:.2f} ms",
                        f"p99 < {limit:g} ms" if check else "",
                        _verdict(scale[key]["p99_ms"], limit, "max") if check else ""))
        out.append((part, "resident memory (peak)", f"{scale['peak_rss_mb']:.0f} MB",
                    f"< {MAX_RSS_MB:g} MB" if scale is checked else "",
                    _verdict(scale["peak_rss_mb"], MAX_RSS_MB, "max") if scale is checked else ""))
    faq = figures.get("faq")
    if faq:
        out.append(("faq", "load knowledge / build matcher",
                    f"{faq['load_knowledge_ms']:.0f} / {faq['build_matcher_ms']:.0f} ms", "", ""))
        for key, label in (("real", "real base"), ("x10", "10x base")):
            r = faq[key]
            out.append(("faq", f"one match p50 / p99, {label} ({r['entries']} entries)",
                        f"{r['median_ms']:.2f} / {r['p99_ms']:.2f} ms", "", ""))
    return out


def table(figures: dict[str, Any]) -> str:
    """The figures as an aligned plain-text table, preceded by the machine they were measured on."""
    header: Row = ("part", "figure", "value", "target", "")
    body = rows(figures)
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(5)]
    lines = []
    info = figures.get("machine")
    if info:
        lines.append(f"machine: {info['cores']} cores, {info['cpu']}, {info['ram_gb']} GB RAM, "
                     f"Python {info['python']}, load average before the run {info['load_avg_1m']}")
    for row in [header, *body]:
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    missed = [t["target"] for t in targets(figures) if not t["ok"]]
    if missed:
        lines.append("targets missed: " + ", ".join(missed))
    elif targets(figures):
        lines.append("all targets met")
    return "\n".join(lines)


def summary(figures: dict[str, Any]) -> dict[str, Any]:
    """The JSON summary: every figure plus the checked targets."""
    return {**figures, "targets": targets(figures)}
