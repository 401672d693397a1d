"""Measuring the FAQ matcher: `hotline faq match`, `hotline faq eval`, and threshold calibration.

The rule: the matcher is judged on labelled lines it never saw. Calibration uses only data that is
not the dev set: k-fold over the knowledge phrasings (each fold matched by a matcher built without
it, plainly and embedded in off-topic stories) and the out-of-scope lines we wrote ourselves
(knowledge/out_of_scope.yaml, alone and run together).
"""

from __future__ import annotations

import itertools
import json
import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from rapidfuzz import fuzz, process

from hotline.faq import Match, Matcher, off_topic_lines, story

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
    return off_topic_lines(path)


def calibration_scores(matcher: Matcher, out_of_scope: list[tuple[str, str]], folds: int = 4,
                       seed: int = 5) -> tuple[list[tuple[float, bool]], list[float]]:
    """Held-out (confidence, correct) and out-of-scope confidences, never touching the dev set.

    k-fold over the knowledge phrasings AND the out-of-scope lines: each fold is matched by a matcher
    trained without it. Its phrasings are matched as written and told inside a story made of the
    fold's own (unseen) out-of-scope lines; its out-of-scope lines are matched alone and in pairs.
    """
    rng = random.Random(seed)
    phrasings = [(doc.entry, doc.lang, text) for doc, text in zip(matcher.docs, matcher.texts)]
    fold_of = list(range(len(phrasings)))
    rng.shuffle(fold_of)
    off_fold = list(range(len(out_of_scope)))
    rng.shuffle(off_fold)
    held: list[tuple[float, bool]] = []
    oos: list[float] = []
    for fold in range(folds):
        train = [p for n, p in enumerate(phrasings) if fold_of[n] % folds != fold]
        off_train = [o for n, o in enumerate(out_of_scope) if off_fold[n] % folds != fold]
        off_held = [o for n, o in enumerate(out_of_scope) if off_fold[n] % folds == fold]
        part = Matcher.from_phrasings(matcher.ids, train, matcher.synonyms, matcher.threshold,
                                      matcher.extra, off_train)
        filler: dict[str, list[str]] = defaultdict(list)
        for lang, text in off_held:
            filler[lang].append(text)
        for n, (entry, lang, text) in enumerate(phrasings):
            if fold_of[n] % folds != fold:
                continue
            for query in (text, story(rng, text, lang, filler)):
                found = part.match(query, lang)
                held.append((found.score, bool(found.candidates) and found.candidates[0][0] == matcher.ids[entry]))
        oos += [part.match(text, lang).score for lang, text in off_held]
        for lang, lines in filler.items():
            for first, second in itertools.pairwise(lines):
                oos.append(part.match(f"{first}. {second}", lang).score)
    return held, oos


def calibrate(matcher: Matcher, out_of_scope: list[tuple[str, str]]) -> list[dict[str, float]]:
    """For candidate thresholds: held-out accuracy, held-out wrong answers, out-of-scope abstention."""
    held, oos = calibration_scores(matcher, out_of_scope)
    rows = []
    for threshold in range(2, 62, 1):
        answered = [(s, ok) for s, ok in held if s >= threshold]
        rows.append({
            "threshold": threshold,
            "heldout_accuracy": _pct(sum(ok for _, ok in answered), len(held)),
            "heldout_wrong": _pct(sum(not ok for _, ok in answered), len(held)),
            "oos_abstain": _pct(sum(s < threshold for s in oos), len(oos)),
        })
    return rows


def choose_threshold(rows: list[dict[str, float]], max_wrong: float = 4.0, min_abstain: float = 90.0) -> float:
    """The lowest threshold whose held-out wrong answers and out-of-scope abstention meet the targets."""
    for row in rows:
        if row["heldout_wrong"] <= max_wrong and row["oos_abstain"] >= min_abstain:
            return float(row["threshold"])
    return float(rows[-1]["threshold"]) if rows else 0.0
