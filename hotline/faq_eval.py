"""Measuring the FAQ matcher: `hotline faq match`, `hotline faq eval`, and threshold calibration.

The rule: the matcher is judged on labelled lines it never saw. Calibration uses only data that is
not the dev set: leave-one-out over the knowledge phrasings (each phrasing matched against all the
others) and the out-of-scope lines we wrote ourselves (knowledge/out_of_scope.yaml).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import yaml
from rapidfuzz import fuzz, process

from hotline.faq import Match, Matcher

_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def script_of(text: str) -> str:
    """"latn" or "cyrl", by which letters dominate ("none" if neither)."""
    latin, cyrillic = len(_LATIN.findall(text)), len(_CYRILLIC.findall(text))
    if not latin and not cyrillic:
        return "none"
    return "latn" if latin > cyrillic else "cyrl"


def match_json(match: Match) -> dict[str, Any]:
    """One output line of `hotline faq match`."""
    return {"faq_id": match.faq_id, "score": round(match.score, 1),
            "candidates": [{"faq_id": i, "score": s} for i, s in match.candidates]}


def match_lines(matcher: Matcher, lines: Iterable[str], out: IO[str]) -> int:
    """Read JSON lines {"text", "lang"?} and write one verdict per line, in order; return the count."""
    count = 0
    for raw in lines:
        if not raw.strip():
            continue
        try:
            item = json.loads(raw)
            text, lang = str(item.get("text") or ""), item.get("lang")
        except (json.JSONDecodeError, AttributeError):
            text, lang = "", None
        out.write(json.dumps(match_json(matcher.match(text, lang if isinstance(lang, str) else None)),
                             ensure_ascii=False) + "\n")
        count += 1
    return count


@dataclass
class Report:
    """Figures of one evaluation run."""

    total: int = 0
    in_scope: int = 0
    correct: int = 0
    out_scope: int = 0
    abstained_out: int = 0
    confident_wrong: int = 0
    groups: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    confusions: Counter = field(default_factory=Counter)

    def add(self, expected: str | None, got: str | None, group: str) -> None:
        """Count one labelled line."""
        self.total += 1
        if expected is None:
            self.out_scope += 1
            self.abstained_out += got is None
        else:
            self.in_scope += 1
            self.correct += got == expected
            self.groups[group][0] += 1
            self.groups[group][1] += got == expected
            if got != expected:
                self.confusions[(expected, got)] += 1
        if got is not None and got != expected:
            self.confident_wrong += 1

    def figures(self) -> dict[str, Any]:
        """The headline numbers as a dict (also printed as the last JSON line)."""
        return {
            "lines": self.total,
            "accuracy_in_scope": _pct(self.correct, self.in_scope),
            "abstain_out_of_scope": _pct(self.abstained_out, self.out_scope),
            "confident_wrong": _pct(self.confident_wrong, self.total),
            "by_group": {g: _pct(c, n) for g, (n, c) in sorted(self.groups.items())},
        }

    def text(self, worst: int = 10) -> str:
        """A human-readable report."""
        f = self.figures()
        lines = [
            f"lines: {self.total} (in scope {self.in_scope}, out of scope {self.out_scope})",
            f"in-scope top-1 accuracy: {f['accuracy_in_scope']:.1f} % ({self.correct}/{self.in_scope})",
            f"out-of-scope abstention: {f['abstain_out_of_scope']:.1f} % ({self.abstained_out}/{self.out_scope})",
            f"confident wrong answers: {f['confident_wrong']:.1f} % of all lines ({self.confident_wrong})",
            "",
            f"{'language/script':<16} {'lines':>5} {'accuracy':>9}",
        ]
        for group, (n, c) in sorted(self.groups.items()):
            lines.append(f"{group:<16} {n:>5} {_pct(c, n):>8.1f}%")
        if self.confusions:
            lines += ["", "worst confusions (expected -> got: count):"]
            for (expected, got), count in self.confusions.most_common(worst):
                lines.append(f"  {expected} -> {got or '(abstain)'}: {count}")
        return "\n".join(lines)


def _pct(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSON-lines file (blank lines skipped)."""
    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            if raw.strip():
                yield json.loads(raw)


def evaluate(matcher: Matcher, items: Iterable[dict[str, Any]]) -> Report:
    """Run the matcher over labelled lines {"text", "lang"?, "script"?, "expected"}."""
    report = Report()
    for item in items:
        text = str(item.get("text") or "")
        lang = item.get("lang")
        got = matcher.match(text, lang).faq_id
        group = f"{lang or '?'}/{item.get('script') or script_of(text)}"
        report.add(item.get("expected"), got, group)
    return report


def evaluate_baseline(matcher: Matcher, phrasings: list[tuple[str, str]], items: Iterable[dict[str, Any]],
                      threshold: float = 70.0) -> Report:
    """Plain rapidfuzz WRatio of the raw text against the raw phrasings, fixed threshold."""
    texts = [p for _, p in phrasings]
    report = Report()
    for item in items:
        text = str(item.get("text") or "")
        found = process.extractOne(text, texts, scorer=fuzz.WRatio)
        got = phrasings[found[2]][0] if found and found[1] >= threshold else None
        report.add(item.get("expected"), got, f"{item.get('lang') or '?'}/{item.get('script') or script_of(text)}")
    return report


def out_of_scope_lines(path: Path) -> list[tuple[str, str]]:
    """Our own out-of-scope lines (language, text) from knowledge/out_of_scope.yaml."""
    if not path.is_file():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [(lang, str(line)) for lang, lines in data.items() for line in lines or ()]


def calibration_scores(matcher: Matcher, out_of_scope: list[tuple[str, str]]) -> tuple[
        list[tuple[float, bool]], list[float]]:
    """Leave-one-out (score, correct) for every phrasing, and the best score of each out-of-scope line."""
    loo: list[tuple[float, bool]] = []
    for number, doc in enumerate(matcher.docs):
        text = matcher.texts[number]
        scores = matcher.scores(text, doc.lang, skip_doc=number)
        if not scores:
            loo.append((0.0, False))
            continue
        entry, score = max(scores.items(), key=lambda item: item[1])
        loo.append((score, entry == doc.entry))
    oos = [max(matcher.scores(text, lang).values(), default=0.0) for lang, text in out_of_scope]
    return loo, oos


def calibrate(matcher: Matcher, out_of_scope: list[tuple[str, str]]) -> list[dict[str, float]]:
    """For candidate thresholds: LOO accuracy, LOO confident-wrong rate and out-of-scope abstention."""
    loo, oos = calibration_scores(matcher, out_of_scope)
    rows = []
    for threshold in range(20, 75, 2):
        answered = [(s, ok) for s, ok in loo if s >= threshold]
        rows.append({
            "threshold": threshold,
            "loo_accuracy": _pct(sum(ok for _, ok in answered), len(loo)),
            "loo_wrong": _pct(sum(not ok for _, ok in answered), len(loo)),
            "oos_abstain": _pct(sum(s < threshold for s in oos), len(oos)),
        })
    return rows
