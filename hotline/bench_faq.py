"""`hotline bench faq`: how long one FAQ match takes, and how long the knowledge base takes to load.

The rule: measure on the real knowledge base and on a synthetic one 10 times larger (every entry
copied with altered words, so the vocabulary and the index grow as a real base would), with
queries of every kind: phrasings with typos, out-of-scope chit-chat, and a 10,000-character paste.
"""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path
from typing import Any

from hotline.faq import Matcher, Synonyms
from hotline.faq_eval import out_of_scope_lines
from hotline.knowledge import Knowledge

#: The 10x base only measures latency (which does not depend on the weights), so its softmax is not
#: trained: training 640 classes would take minutes.
BIG_EPOCHS = 0


def _typo(text: str, rng: random.Random) -> str:
    """The text with one letter dropped and two neighbouring words swapped, as people type."""
    words = text.split()
    if len(words) > 2:
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
    text = " ".join(words)
    if len(text) > 5:
        i = rng.randrange(len(text))
        text = text[:i] + text[i + 1:]
    return text


def _mutate_word(word: str, rng: random.Random) -> str:
    """A different word of the same shape (for the synthetic base)."""
    if len(word) < 4:
        return word
    letters = list(word)
    for _ in range(2):
        letters[rng.randrange(1, len(letters))] = rng.choice("abdegiklmnoprstuvz")
    return "".join(letters)


def synthetic(questions: dict[str, dict[str, tuple[str, ...]]], factor: int, seed: int = 7
              ) -> dict[str, dict[str, tuple[str, ...]]]:
    """The real entries plus (factor - 1) altered copies of each."""
    rng = random.Random(seed)
    result = dict(questions)
    for copy in range(1, factor):
        for entry_id, by_lang in questions.items():
            result[f"{entry_id}~{copy}"] = {
                lang: tuple(" ".join(_mutate_word(w, rng) for w in line.split()) for line in lines)
                for lang, lines in by_lang.items()
            }
    return result


def queries(questions: dict[str, dict[str, tuple[str, ...]]], out_of_scope: list[tuple[str, str]],
            count: int = 400, seed: int = 11) -> list[tuple[str, str | None]]:
    """A mix of realistic queries: altered phrasings, chit-chat, and a few long pastes."""
    rng = random.Random(seed)
    phrasings = [(lang, line) for by_lang in questions.values() for lang, lines in by_lang.items()
                 for line in lines]
    found: list[tuple[str, str | None]] = []
    for i in range(count):
        if i % 50 == 0:
            lang, line = rng.choice(phrasings)
            found.append(((line + " ") * (10_000 // (len(line) + 1)), lang))
        elif i % 5 == 0 and out_of_scope:
            lang, line = rng.choice(out_of_scope)
            found.append((line, lang))
        elif phrasings:
            lang, line = rng.choice(phrasings)
            found.append((_typo(line, rng), rng.choice((lang, None))))
    return found


def time_matches(matcher: Matcher, items: list[tuple[str, str | None]], rounds: int = 3) -> dict[str, float]:
    """Median and p99 of one match, in milliseconds (after one warm-up pass)."""
    for text, lang in items:
        matcher.match(text, lang)
    times: list[float] = []
    for _ in range(rounds):
        for text, lang in items:
            start = time.perf_counter()
            matcher.match(text, lang)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {"median_ms": round(statistics.median(times), 3),
            "p99_ms": round(times[int(len(times) * 0.99) - 1], 3),
            "max_ms": round(times[-1], 3), "matches": len(times)}


def run(content_root: Path) -> dict[str, Any]:
    """Load time, then match latency on the real and the 10x base."""
    root = content_root / "knowledge"
    start = time.perf_counter()
    knowledge = Knowledge.load(root)
    loaded = time.perf_counter()
    synonyms = Synonyms.load(root / "synonyms.yaml")
    oos = out_of_scope_lines(root / "out_of_scope.yaml")
    matcher = Matcher.build(knowledge, synonyms, off_topic=oos)
    built = time.perf_counter()
    questions = {e.id: dict(e.questions) for e in knowledge.entries.values()}
    items = queries(questions, oos)
    real = time_matches(matcher, items)
    big_questions = synthetic(questions, 10)
    start_big = time.perf_counter()
    big = Matcher.build(big_questions, synonyms, epochs=BIG_EPOCHS, off_topic=oos)
    big_built = time.perf_counter() - start_big
    large = time_matches(big, items)
    return {
        "load_knowledge_ms": round((loaded - start) * 1000, 1),
        "build_matcher_ms": round((built - loaded) * 1000, 1),
        "real": {"entries": len(matcher.ids), "phrasings": len(matcher.docs), **real},
        "x10": {"entries": len(big.ids), "phrasings": len(big.docs),
                "build_ms": round(big_built * 1000, 1), **large},
    }


def report(figures: dict[str, Any]) -> str:
    """The benchmark as a few readable lines."""
    real, large = figures["real"], figures["x10"]
    return "\n".join([
        f"load knowledge base: {figures['load_knowledge_ms']} ms, build matcher: {figures['build_matcher_ms']} ms",
        (f"real base ({real['entries']} entries, {real['phrasings']} phrasings): "
         f"median {real['median_ms']} ms, p99 {real['p99_ms']} ms, max {real['max_ms']} ms over {real['matches']}"),
        (f"10x base ({large['entries']} entries, {large['phrasings']} phrasings, built in {large['build_ms']} ms): "
         f"median {large['median_ms']} ms, p99 {large['p99_ms']} ms, max {large['max_ms']} ms"),
    ])
