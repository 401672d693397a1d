"""One PNG of a report, drawn headless with matplotlib, tall and large-lettered for a phone screen.

Rule: no words of its own. Every label arrives in `labels` (looked up in the reader's language by
the caller), so the chart speaks the same four languages as the bot. matplotlib's Agg backend
is chosen before pyplot is touched, so no display is ever needed.
"""

from __future__ import annotations

import io
from collections.abc import Mapping

import matplotlib

matplotlib.use("Agg")

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from hotline.reports import BACKLOG_BUCKETS, MEASURES, Report

#: Portrait size in inches and resolution: 720 x 1200 pixels, sharp on a phone.
SIZE = (6.0, 10.0)
DPI = 120
COLOURS = {"flows": "#2a9d8f", "faq": "#e9c46a", "cases": "#e76f51"}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _barh(ax, names: list[str], values: list[int], colour: str) -> None:
    """Horizontal bars with the value written at each bar's end."""
    positions = range(len(names))
    ax.barh(list(positions), values, color=colour)
    ax.set_yticks(list(positions), names)
    ax.invert_yaxis()
    for y, value in zip(positions, values):
        ax.text(value, y, f" {value}", va="center", fontsize=11)
    ax.set_xlim(0, max(values + [1]) * 1.2)
    ax.tick_params(axis="x", labelsize=9)


def render(report: Report, labels: Mapping[str, str]) -> bytes:
    """The report as one PNG: consultations by topic, backlog by age, outcomes, FAQ ratings."""
    fig = Figure(figsize=SIZE, dpi=DPI, layout="constrained")
    fig.suptitle(labels["title"], fontsize=14, fontweight="bold")
    top, backlog, outcomes, rated = fig.subplots(4, 1, height_ratios=(3, 1.6, 1.8, 1.1))

    topics = sorted(report.by_topic, key=lambda t: -sum(report.by_topic[t].values()))
    names = [labels.get(f"topic-{t}", t) for t in topics]
    left = [0] * len(topics)
    for measure in MEASURES:
        values = [report.by_topic[t][measure] for t in topics]
        top.barh(range(len(topics)), values, left=left, color=COLOURS[measure], label=labels[f"measure-{measure}"])
        left = [a + b for a, b in zip(left, values)]
    top.set_yticks(range(len(topics)), names, fontsize=11)
    top.invert_yaxis()
    for y, total in enumerate(left):
        top.text(total, y, f" {total}", va="center", fontsize=11)
    top.set_xlim(0, max(left + [1]) * 1.2)
    top.set_title(labels["consultations"], fontsize=12, loc="left")
    top.legend(fontsize=10, loc="lower right")

    _barh(backlog, [labels[f"backlog-{name}"] for name, _ in BACKLOG_BUCKETS],
          [report.backlog[name] for name, _ in BACKLOG_BUCKETS], "#264653")
    backlog.set_title(labels["backlog"], fontsize=12, loc="left")

    kinds = sorted(report.outcomes, key=lambda k: -report.outcomes[k])
    _barh(outcomes, [labels.get(f"outcome-{k}", k) for k in kinds] or ["—"],
          [report.outcomes[k] for k in kinds] or [0], "#8ab17d")
    outcomes.set_title(labels["outcomes"], fontsize=12, loc="left")

    _barh(rated, [labels["helpful"], labels["not-helpful"]], [report.helpful, report.not_helpful], "#f4a261")
    rated.set_title(labels["feedback"], fontsize=12, loc="left")

    for ax in (top, backlog, outcomes, rated):
        ax.spines[["top", "right"]].set_visible(False)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    out = io.BytesIO()
    fig.savefig(out, format="png")
    return out.getvalue()
