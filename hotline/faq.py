"""Free questions: a text normaliser and a matcher that answers from the curated FAQ or abstains.

Knows nothing of Telegram or the database. The rule: a model trained on the knowledge phrasings
decides, and it answers only when its calibrated confidence is high. Features (over a folded Latin
skeleton of every script): word stems, the character 3-grams at the start of each word (typos,
Turkic and Tajik endings), concept tokens from a small cross-lingual lexicon a lawyer can read
(knowledge/synonyms.yaml: "айлык", "oylik", "музд", "зарплата" are all WAGE) and word pairs.

Two scorers are blended into one distribution over the entries plus "off-topic":
- a softmax (multinomial logistic regression, numpy) over the features hashed to 2**15 columns,
  trained at start on each phrasing as written, with some features dropped, and told together with
  off-topic sentences, plus an off-topic class from knowledge/out_of_scope.yaml (the out-of-scope
  lines are passed in explicitly: `load_matcher` reads them);
- the TF-IDF cosine of the question and each entry's vector (all its phrasings and, lightly, its
  answers), sharpened into a distribution where off-topic holds a fixed floor.

Both scripts are folded to one Latin skeleton before anything is compared (Russian, Kyrgyz, Tajik
and Uzbek Cyrillic, and Uzbek/Russian typed in Latin); diacritics, apostrophes, emoji and repeated
letters are dropped.

Confidence: a tiny logistic regression (the stacker, `Confidence`) turns a match's signals (best
blended probability, its ratio to the runner-up, whether softmax and cosine agree, the off-topic
probability, the top cosine and its margin over the second, how spread the blend is, how long the
message is, how many of the question's features the base knows) into the
probability (0..100) that the best entry is right. Its weights and threshold live in
hotline/faq_confidence.yaml, fitted WITHOUT the dev set (`python -m hotline.faq_eval --write`: k-fold
held-out matches of the knowledge phrasings, the story-like ones weighted up, plain and inside
stories made of held-out out-of-scope lines, and of our out-of-scope lines). The answer is given
only when that confidence reaches the threshold. `matcher.match(text, lang)` returns a `Match`
whose `faq_id` is None when it abstains and whose score is that confidence; its candidates carry
the blended probabilities. Long messages are matched on a bounded window, so one paste cannot
stall the bot.

Building (features of every phrasing, training) takes seconds; a built matcher (index and weights,
numpy arrays, no pickle) is kept in a cache folder outside the repository ($HOTLINE_CACHE, else
$XDG_CACHE_HOME/hotline or ~/.cache/hotline) keyed by a hash of everything it was built from, so
a restart loads it in about 0.1 s; a folder that cannot be written just means no cache.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import os
import random
import re
import tempfile
import unicodedata
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import numpy as np
import yaml

from hotline.knowledge import Knowledge

#: The stacker's calibrated weights and threshold (written by `python -m hotline.faq_eval --write`).
CONFIDENCE_FILE = Path(__file__).with_name("faq_confidence.yaml")
#: Without a softmax (no off-topic lines to learn from) the best blended probability (0..100) is the
#: confidence, and this threshold (the v3 one, calibrated the same way) decides.
COSINE_THRESHOLD = 19.0
#: A second entry within this many confidence points of the best one makes a near tie (offer both).
TIE_MARGIN = 4.0
#: How many candidates a match reports.
MAX_CANDIDATES = 3
#: Long texts: the first HEAD and the last TAIL characters are matched, nothing else.
WINDOW_HEAD = 700
WINDOW_TAIL = 300
#: At most this many words of a message are compared.
MAX_WORDS = 160
#: Weight of each kind of feature in a vector.
STEM_WEIGHT = 1.0
GRAM_WEIGHT = 0.45
CONCEPT_WEIGHT = 1.6
PAIR_WEIGHT = 0.6
#: Weight of an entry's answer texts (law and steps) against its example questions.
ANSWER_WEIGHT = 0.25
#: Share of the features no entry has (unknown words) in the question's norm (0 = ignore them).
UNKNOWN_SHARE = 1.0
#: The softmax model: features hashed to 2**HASH_BITS columns; Adam steps over mini-batches (3 epochs
#: rank and separate held-out phrasings as well as 5 did: 80.4 vs 80.2 % first, 59.0 vs 58.2 % answered
#: right at the calibrated threshold; 2 epochs lose a little), and train in 60 % of the time.
HASH_BITS = 15
EPOCHS = 3
BATCH = 512
LEARNING_RATE = 0.1
#: Ridge penalty. 4-fold held-out phrasings told among neutral sentences are ranked first 87.7 % of
#: the time at 3e-5 and 87.3 % at 1e-4 (SOFTMAX_SHARE 0.15); 87.3 / 86.7 / 86.0 % at 3e-5 / 1e-4 / 3e-4
#: (SOFTMAX_SHARE 0.25). Measured on our phrasings only.
L2 = 3e-5
#: Share of words left out in the dropout copy of each training phrasing.
DROPOUT = 0.25
#: How many times each off-topic training row counts (there are few of them).
OFF_TOPIC_COPIES = 3
#: Blend: share of the softmax probability; the rest is the cosine sharpened into a distribution
#: (exp(SHARPNESS * cosine)), where off-topic gets the cosine COSINE_FLOOR. 4-fold held-out
#: phrasings told among neutral sentences are ranked first 85.6 % of the time at 0.05, 86.8 % at
#: 0.1, 87.3 % at 0.15, 86.7 % at 0.25 and 86.1 % at 0.35 (L2 1e-4; measured on our phrasings only).
#: Sharpness 15 / 20 / 28: 86.2 / 86.7 / 87.0 %.
SOFTMAX_SHARE = 0.15
COSINE_SHARPNESS = 20.0
COSINE_FLOOR = 0.15

_CYRILLIC: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "j", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "sh",
    "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    # Kyrgyz, Uzbek, Tajik (and Kazakh) letters
    "ң": "n", "ө": "o", "ү": "u", "ғ": "g", "қ": "k", "ҳ": "h", "ӣ": "i", "ӯ": "u", "ҷ": "ch",
    "ў": "o", "ә": "a", "і": "i", "ұ": "u", "һ": "h", "ҙ": "z", "ӊ": "n",
}
#: Latin spellings folded to one skeleton, applied in order after transliteration.
_LATIN_FOLDS: tuple[tuple[str, str], ...] = (
    ("sch", "sh"), ("kh", "h"), ("x", "h"), ("q", "k"), ("zh", "j"), ("ts", "c"), ("w", "sh"),
    ("y", "i"), ("ph", "f"),
)
_APOSTROPHES = re.compile(r"['‘’`ʻʼ´ʹ′]")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_REPEATS = re.compile(r"(.)\1+")
_CYR_TABLE = str.maketrans(_CYRILLIC)
#: "ё" at the start of a word or after a vowel is "yo" (Uzbek ёрдам = yordam, ёзма = yozma); after a
#: consonant it is Russian "ё", which people type as "е" (всё = все).
_YO = re.compile(r"(?<![бвгджзклмнпрстфхцчшщқғҳҷ])ё")


def window(text: str) -> str:
    """The part of a message that is matched: all of a short one, head and tail of a long one."""
    if len(text) <= WINDOW_HEAD + WINDOW_TAIL:
        return text
    return text[:WINDOW_HEAD] + " " + text[-WINDOW_TAIL:]


def fold(text: str) -> str:
    """Lowercase Latin skeleton of a text in any of our scripts, words separated by single spaces."""
    text = _REPEATS.sub(r"\1", unicodedata.normalize("NFC", text).lower())
    text = _YO.sub("йо", _APOSTROPHES.sub("", text)).translate(_CYR_TABLE)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = _NON_WORD.sub(" ", text)
    for old, new in _LATIN_FOLDS:
        text = text.replace(old, new)
    return _REPEATS.sub(r"\1", text).strip()


def words(text: str) -> list[str]:
    """The folded words of a text (pure numbers dropped: they rarely say what a question is about)."""
    return [w for w in fold(text).split() if not w.isdigit()]


@dataclass(frozen=True)
class Match:
    """The matcher's verdict: an entry id (None = abstain, hand off), its score, the best candidates."""

    faq_id: str | None
    score: float
    candidates: tuple[tuple[str, float], ...] = ()

    @property
    def tie(self) -> bool:
        """Whether the runner-up is too close to the best to pick one for the person."""
        return (self.faq_id is not None and len(self.candidates) > 1
                and self.candidates[0][1] - self.candidates[1][1] < TIE_MARGIN)


#: Lexicon items are looked up by their first letters (at most this many).
KEY_LETTERS = 10
#: One folded word of a lexicon item and whether it must be the whole message word.
Part = tuple[str, bool]


def item_parts(item: str) -> tuple[Part, ...]:
    """The folded words of a lexicon item; a word of 3 letters or fewer, or with a final dot, is whole."""
    parts: list[Part] = []
    for raw in item.split():
        marked = raw.endswith(".")
        for folded in fold(raw).split():
            parts.append((folded, marked or len(folded) <= 3))
    return tuple(parts)


@dataclass
class Synonyms:
    """The concept lexicon (knowledge/synonyms.yaml): colloquial words and phrases -> concept tokens.

    A listed item is folded like any text; each of its words is a prefix of a message word. A word
    of three letters or fewer, or one written with a final dot ("bola."), must be the whole message
    word: "не плат" matches "не платят", "bola." matches "bola" but not "bo'ladi".
    """

    #: the first KEY_LETTERS letters of an item -> [(first word, following words, concept)]
    items: dict[str, list[tuple[Part, tuple[Part, ...], str]]] = field(default_factory=dict)
    #: folded stop words (never features)
    stop: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: Path) -> Synonyms:
        """Read `concepts:` and `stop:` from the file (a missing file means an empty lexicon)."""
        if not path.is_file():
            return cls()
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return cls.from_data(data.get("concepts") or {}, data.get("stop") or ())

    @classmethod
    def from_data(cls, concepts: Mapping[str, Iterable[str]], stop: Iterable[str] = ()) -> Synonyms:
        """Build from concept -> items and a stop-word list."""
        items: dict[str, list[tuple[Part, tuple[Part, ...], str]]] = {}
        for concept, lines in concepts.items():
            for line in lines or ():
                parts = item_parts(str(line))
                if not parts:
                    continue
                item = (parts[0], parts[1:], str(concept))
                heads = items.setdefault(parts[0][0][:KEY_LETTERS], [])
                if item not in heads:  # spellings that fold alike ("касал", "kasal") count once
                    heads.append(item)
        stopped = frozenset(w for line in stop for w in fold(str(line)).split())
        return cls(items, stopped)

    def concepts(self, ws: list[str]) -> list[str]:
        """The concept tokens found in a list of folded words (one per occurrence)."""
        found: list[str] = []
        items = self.items
        if not items:
            return found
        for i, w in enumerate(ws):
            for size in range(min(len(w), KEY_LETTERS), 0, -1):
                for first, rest, concept in items.get(w[:size], ()):
                    if _fits(w, first) and _follows(ws, i + 1, rest):
                        found.append(concept)
        return found


def off_topic_lines(path: Path) -> list[tuple[str, str]]:
    """The out-of-scope lines (language, text) of knowledge/out_of_scope.yaml (none if missing)."""
    if not path.is_file():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [(lang, str(line)) for lang, lines in data.items() for line in lines or ()]


def _follows(ws: list[str], start: int, rest: tuple[Part, ...]) -> bool:
    """Whether the words from `start` begin with the prefixes in `rest` (whole words where marked)."""
    if start + len(rest) > len(ws):
        return False
    return all(_fits(ws[start + offset], part) for offset, part in enumerate(rest))


def _fits(word: str, part: Part) -> bool:
    """Whether a message word is the item word (whole) or starts with it."""
    prefix, whole = part
    return word == prefix if whole else word.startswith(prefix)


def text_features(text: str, synonyms: Synonyms) -> dict[str, float]:
    """Weighted feature counts of a text: stems, word-start 3-grams, concepts and stem pairs."""
    ws = [w for w in words(text)[:MAX_WORDS]]
    counts: dict[str, float] = {}
    stop = synonyms.stop
    kept: list[str] = []
    for w in ws:
        if len(w) < 2 or w in stop:
            continue
        kept.append(w)
        stem = "s" + w[:5]
        counts[stem] = counts.get(stem, 0.0) + STEM_WEIGHT
        if len(w) >= 4:
            padded = "^" + w[:7]
            for i in range(len(padded) - 2):
                gram = "g" + padded[i:i + 3]
                counts[gram] = counts.get(gram, 0.0) + GRAM_WEIGHT
    for concept in synonyms.concepts(ws):
        key = "c" + concept
        counts[key] = counts.get(key, 0.0) + CONCEPT_WEIGHT
    for a, b in itertools.pairwise(kept):
        key = "b" + a[:4] + "_" + b[:4]
        counts[key] = counts.get(key, 0.0) + PAIR_WEIGHT
    return counts


def _sublinear(counts: Mapping[str, float]) -> dict[str, float]:
    """1 + log(tf) for each feature, keeping the kind weight (tf under 1 stays linear)."""
    return {f: (1.0 + math.log(c)) if c > 1.0 else c for f, c in counts.items()}


class Softmax:
    """Multinomial logistic regression over hashed sparse features: one class per entry + off-topic.

    Trained with mini-batch Adam (numpy, float32) on augmented phrasings (cached per process by the
    training data; the matcher keeps its weights in the disk cache).
    """

    def __init__(self, weights: np.ndarray, bias: np.ndarray) -> None:
        self.weights = weights
        self.bias = bias

    def probabilities(self, indices: np.ndarray, values: np.ndarray) -> np.ndarray:
        """Class probabilities of one hashed, unit-length feature vector."""
        z = self.bias + values @ self.weights[indices] if len(indices) else self.bias.copy()
        z = np.exp(z - z.max())
        return z / z.sum()

    @classmethod
    def train(cls, rows: list[tuple[np.ndarray, np.ndarray]], labels: list[int], classes: int,
              epochs: int = EPOCHS, seed: int = 0) -> Softmax:
        """Fit the weights to (indices, values) rows and their class numbers."""
        dims = 1 << HASH_BITS
        weights = np.zeros((dims, classes), np.float32)
        bias = np.zeros(classes, np.float32)
        if not rows or epochs <= 0:
            return cls(weights, bias)
        lengths = np.array([len(i) for i, _ in rows], np.int64)
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        indices = np.concatenate([i for i, _ in rows]).astype(np.int64)
        values = np.concatenate([v for _, v in rows]).astype(np.float32)
        y = np.array(labels, np.int64)
        m_w, v_w = np.zeros_like(weights), np.zeros_like(weights)
        m_b, v_b = np.zeros_like(bias), np.zeros_like(bias)
        rng = np.random.default_rng(seed)
        step = 0
        b1, b2 = 0.9, 0.999
        for _ in range(epochs):
            order = rng.permutation(len(rows))
            for first in range(0, len(order), BATCH):
                batch = order[first:first + BATCH]
                lens = lengths[batch]
                offsets = np.concatenate([[0], np.cumsum(lens)[:-1]])
                # the positions of the batch's features in `indices`, without a Python loop
                picked = np.repeat(starts[batch] - offsets, lens) + np.arange(int(lens.sum()))
                row_of = np.repeat(np.arange(len(batch)), lens)
                f, v = indices[picked], values[picked]
                logits = np.zeros((len(batch), classes), np.float32)
                nonempty = lens > 0
                if picked.size:
                    logits[nonempty] = np.add.reduceat(weights[f] * v[:, None], offsets[nonempty], axis=0)
                logits += bias
                logits -= logits.max(axis=1, keepdims=True)
                grad = np.exp(logits)
                grad /= grad.sum(axis=1, keepdims=True)
                grad[np.arange(len(batch)), y[batch]] -= 1.0
                grad /= len(batch)
                by_feature = np.argsort(f, kind="stable")
                touched, at = np.unique(f[by_feature], return_index=True)
                g_w = np.add.reduceat(grad[row_of[by_feature]] * v[by_feature][:, None], at, axis=0)
                g_w += L2 * weights[touched]
                step += 1
                # lazy Adam: only the touched rows, each gathered and scattered once
                m_t = b1 * m_w[touched] + (1 - b1) * g_w
                v_t = b2 * v_w[touched] + (1 - b2) * g_w * g_w
                m_w[touched] = m_t
                v_w[touched] = v_t
                weights[touched] -= (LEARNING_RATE * (m_t / (1 - b1 ** step))
                                     / (np.sqrt(v_t / (1 - b2 ** step)) + 1e-8))
                g_b = grad.sum(axis=0)
                m_b = b1 * m_b + (1 - b1) * g_b
                v_b = b2 * v_b + (1 - b2) * g_b * g_b
                bias -= LEARNING_RATE * (m_b / (1 - b1 ** step)) / (np.sqrt(v_b / (1 - b2 ** step)) + 1e-8)
        return cls(weights, bias)


_HASHES: dict[str, int] = {}


def hashed(counts: Mapping[str, float]) -> tuple[np.ndarray, np.ndarray]:
    """A feature dict as (hashed indices, unit-length values), sublinear counts, collisions summed."""
    dims = (1 << HASH_BITS) - 1
    merged: dict[int, float] = {}
    for f, c in _sublinear(counts).items():
        h = _HASHES.get(f)
        if h is None:
            h = zlib.crc32(f.encode()) & dims
            if len(_HASHES) < 500_000:
                _HASHES[f] = h
        merged[h] = merged.get(h, 0.0) + c
    values = np.fromiter(merged.values(), np.float32, len(merged))
    norm = float(np.sqrt(values @ values)) if len(values) else 0.0
    return np.fromiter(merged.keys(), np.int64, len(merged)), values / norm if norm > 0 else values


def _added(*parts: Mapping[str, float]) -> dict[str, float]:
    """The sum of several feature dicts (a text told together with other sentences)."""
    total: dict[str, float] = {}
    for part in parts:
        for f, c in part.items():
            total[f] = total.get(f, 0.0) + c
    return total


def _dropped(rng: random.Random, counts: Mapping[str, float], rate: float = DROPOUT) -> dict[str, float]:
    """The features with some left out at random (never all of them): words missed or misspelt."""
    kept = {f: c for f, c in counts.items() if rng.random() >= rate}
    return kept or dict(counts)


def story(rng: random.Random, text: str, lang: str, filler: Mapping[str, list[str]]) -> str:
    """A phrasing told as a longer message: one or two off-topic sentences around it."""
    pool = filler.get(lang) or [line for lines in filler.values() for line in lines]
    if not pool:
        return text
    before = ". ".join(rng.sample(pool, min(len(pool), rng.randint(1, 2))))
    after = rng.choice(pool) if rng.random() < 0.5 else ""
    return f"{before}. {text}. {after}".strip(" .")


def training_set(phrasings: list[tuple[int, str, str]], off_topic: list[tuple[str, str]], classes: int,
                 synonyms: Synonyms, seed: int = 3, features: list[dict[str, float]] | None = None
                 ) -> tuple[list[tuple[np.ndarray, np.ndarray]], list[int]]:
    """Augmented rows: each phrasing as written, told with one or two off-topic sentences, and with
    some of its features dropped; each off-topic line alone, thinned, and told with another
    (`features`: the phrasings' features if already computed, in order)."""
    rng = random.Random(seed)
    off = [text_features(text, synonyms) for _, text in off_topic]
    by_lang: dict[str, list[int]] = {}
    for n, (lang, _) in enumerate(off_topic):
        by_lang.setdefault(lang, []).append(n)
    rows: list[tuple[np.ndarray, np.ndarray]] = []
    labels: list[int] = []
    for at, (number, lang, text) in enumerate(phrasings):
        counts = features[at] if features is not None else text_features(text, synonyms)
        variants = [counts, _dropped(rng, counts)]
        pool = by_lang.get(lang) or list(range(len(off)))
        if pool:
            told = [off[n] for n in rng.sample(pool, min(len(pool), rng.randint(1, 2)))]
            variants.append(_added(counts, *told))
        for variant in variants:
            rows.append(hashed(variant))
            labels.append(number)
    for n, counts in enumerate(off):
        partner = off[(n * 7 + 3) % len(off)]
        for variant in (counts, _dropped(rng, counts), _added(counts, partner)):
            row = hashed(variant)
            for _ in range(OFF_TOPIC_COPIES):
                rows.append(row)
                labels.append(classes - 1)
    return rows, labels


_TRAINED: dict[str, Softmax] = {}
#: Bump when the features, the augmentation or the training change: old cached weights then miss.
MODEL_VERSION = 6
#: How many built matchers (about 9 MB each) the cache folder keeps (calibration builds one per fold).
CACHE_KEEP = 12


def cache_folder() -> Path | None:
    """Where built matchers (index and weights) are kept between processes: $HOTLINE_CACHE, else $XDG_CACHE_HOME/hotline
    or ~/.cache/hotline ("off" in $HOTLINE_CACHE keeps nothing on disk)."""
    chosen = os.environ.get("HOTLINE_CACHE")
    if chosen == "off":
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "hotline"


def _prune(folder: Path) -> None:
    """Keep only the CACHE_KEEP most recent built matchers in the cache folder."""
    found = sorted(folder.glob("faq-matcher-*.npz"), key=lambda f: f.stat().st_mtime, reverse=True)
    for old in found[CACHE_KEEP:]:
        old.unlink(missing_ok=True)


def cache_key(*parts: object) -> str:
    """A hash of everything a built matcher depends on (its inputs and the settings that shape it)."""
    settings = (MODEL_VERSION, HASH_BITS, BATCH, LEARNING_RATE, L2, DROPOUT, OFF_TOPIC_COPIES, STEM_WEIGHT,
                GRAM_WEIGHT, CONCEPT_WEIGHT, PAIR_WEIGHT, ANSWER_WEIGHT, MAX_WORDS)
    return hashlib.sha256(repr((settings, *parts)).encode()).hexdigest()[:32]


def trained(phrasings: list[tuple[int, str, str]], off_topic: list[tuple[str, str]], entries: int,
            synonyms: Synonyms, epochs: int = EPOCHS, features: list[dict[str, float]] | None = None) -> Softmax:
    """The softmax model for these phrasings, trained once per process (cached by their content)."""
    key = cache_key(phrasings, off_topic, entries, sorted(synonyms.items.items()), sorted(synonyms.stop), epochs)
    if key not in _TRAINED:
        if len(_TRAINED) >= 8:
            _TRAINED.clear()
        rows, labels = training_set(phrasings, off_topic, entries + 1, synonyms, features=features)
        _TRAINED[key] = Softmax.train(rows, labels, entries + 1, epochs)
    return _TRAINED[key]


#: The stacker's inputs, in order (see `Matcher.signals`).
SIGNALS = ("log_odds_best", "log_ratio_second", "agree", "log_off_topic", "top_cosine", "log_known",
           "known_share", "log_odds_softmax", "log_ratio_cosine", "entropy", "log_words")


@dataclass(frozen=True)
class Confidence:
    """A tiny logistic regression: signals of a match -> probability that its best entry is right."""

    weights: tuple[float, ...]
    bias: float
    #: Confidence (0..100) at or above which the matcher answers.
    threshold: float

    @classmethod
    def load(cls, path: Path = CONFIDENCE_FILE) -> Confidence:
        """The calibrated stacker from its YAML file (none: the best blended probability decides)."""
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            weights = tuple(float(data["weights"][name]) for name in SIGNALS)
            return cls(weights, float(data["bias"]), float(data["threshold"]))
        except (OSError, KeyError, TypeError, ValueError, yaml.YAMLError):
            return cls((), 0.0, COSINE_THRESHOLD)

    def probability(self, signals: np.ndarray) -> float:
        """Confidence 0..100 that the best entry is right."""
        if not self.weights:
            return 100.0 * float(math.exp(signals[0]) / (1.0 + math.exp(signals[0])))
        z = self.bias + float(np.dot(self.weights, signals))
        return 100.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


CONFIDENCE = Confidence.load()
#: Confidence (0..100) at or above this answers; below it the matcher abstains. Calibrated by the
#: stacker's k-fold (`python -m hotline.faq_eval --write`), never on the dev set.
THRESHOLD = CONFIDENCE.threshold


def _log_odds(p: float) -> float:
    """log(p / (1 - p)), bounded."""
    p = min(max(p, 1e-4), 1.0 - 1e-4)
    return math.log(p / (1.0 - p))


class Doc(NamedTuple):
    """Where a phrasing belongs: its entry number and language."""

    entry: int
    lang: str


class Matcher:
    """Finds the FAQ entry a free question is about, or abstains."""

    def __init__(self, ids: list[str], synonyms: Synonyms, threshold: float | None = None,
                 confidence: Confidence | None = None) -> None:
        self.ids = ids
        self.synonyms = synonyms
        #: The stacker turning a match's signals into the probability that its best entry is right.
        self.confidence = confidence or CONFIDENCE
        #: None: the calibrated threshold (the stacker's, or COSINE_THRESHOLD without a softmax).
        self.fixed_threshold = threshold
        self.idf: dict[str, float] = {}
        #: The IDF an unknown feature counts with in the question's norm.
        self.unknown_idf = 1.0
        #: feature -> [(entry number, weight in the entry's unit vector)]
        self.entry_index: dict[str, list[tuple[int, float]]] = {}
        #: (entry number, language) of each phrasing, in order; its text; the answer lines used.
        self.docs: list[Doc] = []
        self.texts: list[str] = []
        self.extra: list[tuple[int, str]] = []
        #: The off-topic lines the model learned to abstain on (language, text).
        self.off_topic: list[tuple[str, str]] = []
        self.model: Softmax | None = None

    # --- building ---------------------------------------------------------------------------

    @classmethod
    def build(cls, knowledge: Knowledge | Mapping[str, Mapping[str, Iterable[str]]],
              synonyms: Synonyms | None = None, threshold: float | None = None, epochs: int = EPOCHS,
              off_topic: Iterable[tuple[str, str]] = ()) -> Matcher:
        """Precompute the entry vectors and train the softmax model on the phrasings and off-topic lines."""
        if isinstance(knowledge, Knowledge):
            questions = {e.id: e.questions for e in knowledge.entries.values()}
            answers = {e.id: [line for by_country in e.answers.values() for a in by_country.values()
                              for line in (*a.law, *a.steps)] for e in knowledge.entries.values()}
        else:
            questions, answers = knowledge, {}
        synonyms = synonyms or Synonyms()
        ids = list(questions)
        phrasings = [(number, lang, line) for number, entry_id in enumerate(ids)
                     for lang, lines in questions[entry_id].items() for line in lines]
        extra = [(number, line) for number, entry_id in enumerate(ids) for line in answers.get(entry_id, ())]
        return cls.from_phrasings(ids, phrasings, synonyms, threshold, extra, off_topic, epochs)

    @classmethod
    def from_phrasings(cls, ids: list[str], phrasings: list[tuple[int, str, str]], synonyms: Synonyms,
                       threshold: float | None = None, extra: Iterable[tuple[int, str]] = (),
                       off_topic: Iterable[tuple[str, str]] = (), epochs: int = EPOCHS) -> Matcher:
        """Build from (entry number, language, text) triples, answer lines and off-topic lines."""
        matcher = cls(ids, synonyms, threshold)
        phrasings = list(phrasings)
        matcher.docs = [Doc(number, lang) for number, lang, _ in phrasings]
        matcher.texts = [line for _, _, line in phrasings]
        matcher.extra = list(extra)
        matcher.off_topic = list(off_topic)
        folder = cache_folder()
        key = cache_key(ids, phrasings, matcher.extra, matcher.off_topic, sorted(synonyms.items.items()),
                        sorted(synonyms.stop), epochs)
        path = folder / f"faq-matcher-{key}.npz" if folder else None
        if path is not None and matcher._restore(path):
            return matcher
        matcher._compute(phrasings, epochs)
        if path is not None:
            matcher._store(path)
        return matcher

    def _compute(self, phrasings: list[tuple[int, str, str]], epochs: int) -> None:
        """The TF-IDF index of the entries and the softmax model (the slow part of a build)."""
        matcher, ids, synonyms = self, self.ids, self.synonyms
        tf: list[dict[str, float]] = [{} for _ in ids]
        features = [text_features(line, synonyms) for _, _, line in phrasings]
        for (number, _, _), feats in zip(phrasings, features, strict=True):
            counts = tf[number]
            for f, c in feats.items():
                counts[f] = counts.get(f, 0.0) + c
        for number, line in matcher.extra:
            counts = tf[number]
            for f, c in text_features(line, synonyms).items():
                counts[f] = counts.get(f, 0.0) + ANSWER_WEIGHT * c
        df: dict[str, int] = {}
        for counts in tf:
            for f in counts:
                df[f] = df.get(f, 0) + 1
        n = max(len(ids), 1)
        idf = {f: math.log((n + 1) / count) for f, count in df.items()}
        matcher.idf = idf
        matcher.unknown_idf = math.log(n + 1)
        for number, counts in enumerate(tf):
            _index(matcher.entry_index, number, _sublinear(counts), idf)
        # Without off-topic lines the softmax cannot learn to abstain: the cosine decides alone.
        if matcher.off_topic:
            matcher.model = trained(phrasings, matcher.off_topic, len(ids), synonyms, epochs, features)

    def _store(self, path: Path) -> None:
        """Save the index and the weights (numpy arrays and JSON, no pickle) atomically; a folder we
        cannot write to just means the next process builds again."""
        names = list(self.idf)
        pairs = [self.entry_index.get(f, []) for f in names]
        model = self.model
        rows = np.flatnonzero(np.any(model.weights != 0.0, axis=1)) if model else np.zeros(0, np.int64)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".npz", delete=False) as handle:
                np.savez(handle, names=np.frombuffer("\n".join(names).encode(), np.uint8),
                         idf=np.array([self.idf[f] for f in names], np.float64),
                         unknown_idf=np.array(self.unknown_idf),
                         counts=np.array([len(p) for p in pairs], np.int64),
                         entries=np.array([e for p in pairs for e, _ in p], np.int64),
                         weights=np.array([w for p in pairs for _, w in p], np.float64),
                         has_model=np.array(model is not None), rows=rows,
                         values=model.weights[rows] if model else np.zeros((0, 0), np.float32),
                         bias=model.bias if model else np.zeros(0, np.float32))
            os.replace(handle.name, path)
            _prune(path.parent)
        except OSError:
            return

    def _restore(self, path: Path) -> bool:
        """Load what `_store` saved; False (nothing changed) when it is missing or unreadable."""
        try:
            with np.load(path, allow_pickle=False) as data:
                names = data["names"].tobytes().decode().split("\n")
                idf = dict(zip(names, data["idf"].tolist(), strict=True))
                unknown_idf = float(data["unknown_idf"])
                ends = np.cumsum(data["counts"]).tolist()
                pairs = list(zip(data["entries"].tolist(), data["weights"].tolist(), strict=True))
                model = None
                if bool(data["has_model"]):
                    bias = data["bias"].astype(np.float32)
                    weights = np.zeros((1 << HASH_BITS, len(bias)), np.float32)
                    weights[data["rows"]] = data["values"]
                    model = Softmax(weights, bias)
            index = {f: pairs[start:end] for f, start, end in zip(names, [0, *ends], ends, strict=False)
                     if end > start}
        except (OSError, KeyError, ValueError, TypeError, IndexError, EOFError, UnicodeDecodeError):
            return False
        self.idf, self.unknown_idf, self.entry_index, self.model = idf, unknown_idf, index, model
        return True

    # --- matching ---------------------------------------------------------------------------

    def query_features(self, text: str) -> tuple[dict[str, float], float]:
        """The known features of a question with their TF-IDF weights, and the vector's norm."""
        return self._weigh(text_features(window(text), self.synonyms))

    def _weigh(self, counts: Mapping[str, float]) -> tuple[dict[str, float], float]:
        """TF-IDF weights of the known features, and the norm (unknown words count in it)."""
        idf = self.idf
        weights: dict[str, float] = {}
        unknown = 0.0
        for f, c in _sublinear(counts).items():
            if f in idf:
                if idf[f] > 0.0:
                    weights[f] = c * idf[f]
            elif f[0] != "b":
                # A word no entry uses still says the question is about something else.
                unknown += (c * self.unknown_idf) ** 2
        norm = math.sqrt(sum(w * w for w in weights.values()) + UNKNOWN_SHARE * unknown)
        return weights, norm

    def scores(self, text: str, lang: str | None = None) -> dict[int, float]:
        """Score (0..100) per entry number: the cosine of the question and the entry vector."""
        return self._cosines(*self.query_features(text))

    def _cosines(self, query: Mapping[str, float], norm: float) -> dict[int, float]:
        """Cosine (0..100) per entry sharing a feature with the weighted question."""
        if not query or norm <= 0.0:
            return {}
        sums: dict[int, float] = {}
        for f, w in query.items():
            for entry, v in self.entry_index.get(f, ()):
                sums[entry] = sums.get(entry, 0.0) + w * v
        return {entry: min(100.0, 100.0 * s / norm) for entry, s in sums.items()}

    def probabilities(self, text: str) -> np.ndarray:
        """Per entry (and, last, off-topic): the blend of the softmax and the sharpened cosine."""
        return self._blend(text_features(window(text), self.synonyms))

    def _blend(self, counts: Mapping[str, float]) -> np.ndarray:
        """The blended distribution over entries and off-topic for one question's features."""
        return self._parts(counts, self._weigh(counts))[0]

    def _parts(self, counts: Mapping[str, float], weighed: tuple[dict[str, float], float]
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """The blended distribution, the raw cosines and the softmax (None without a model)."""
        n = len(self.ids)
        cosine = np.zeros(n + 1, np.float32)
        cosine[n] = COSINE_FLOOR
        for entry, s in self._cosines(*weighed).items():
            cosine[entry] = s / 100.0
        sharp = np.exp(COSINE_SHARPNESS * (cosine - cosine.max()))
        if self.model is None:
            return sharp / sharp.sum(), cosine, None
        soft = self.model.probabilities(*hashed(counts))
        return (1.0 - SOFTMAX_SHARE) * sharp / sharp.sum() + SOFTMAX_SHARE * soft, cosine, soft

    @property
    def threshold(self) -> float:
        """The confidence (0..100) a match needs to be answered."""
        if self.fixed_threshold is not None:
            return self.fixed_threshold
        return self.confidence.threshold if self.model is not None else COSINE_THRESHOLD

    def signals(self, text: str) -> tuple[np.ndarray, np.ndarray] | None:
        """The blended entry probabilities and the stacker's inputs (SIGNALS), or None if no word is known."""
        counts = text_features(window(text), self.synonyms)
        weighed = self._weigh(counts)
        if not weighed[0]:
            return None
        blended, cosine, soft = self._parts(counts, weighed)
        n = len(self.ids)
        p = blended[:n]
        order = np.argsort(-p)
        top = int(order[0])
        second = float(p[order[1]]) if n > 1 else 0.0
        best = float(p[top])
        plain = [f for f in counts if f[0] != "b"]
        known = sum(1 for f in plain if f in self.idf)
        stems = sum(1 for f in counts if f[0] == "s")
        by_cosine = np.sort(cosine[:n])[::-1]
        cosine_second = float(by_cosine[1]) if n > 1 else 0.0
        share = p / max(float(p.sum()), 1e-9)
        cosine_agrees = int(np.argmax(cosine[:n])) == top
        softmax_agrees = soft is None or int(np.argmax(soft[:n])) == top
        values = np.array([
            _log_odds(best),
            math.log(max(best, 1e-4) / max(second, 1e-4)),
            float(cosine_agrees and softmax_agrees),
            math.log(max(float(soft[n]), 1e-4)) if soft is not None else 0.0,
            float(cosine[top]),
            math.log1p(known),
            known / max(len(plain), 1),
            _log_odds(float(soft[top])) if soft is not None else 0.0,
            # the cosine's own margin, how spread the blend is, and how long the message is
            math.log(max(float(by_cosine[0]), 1e-4) / max(cosine_second, 1e-4)),
            float(-(share * np.log(np.maximum(share, 1e-12))).sum()),
            math.log1p(stems),
        ], np.float64)
        return p, values

    def match(self, text: str, lang: str | None = None) -> Match:
        """The best entries for a question, and the answer if the confidence is high enough."""
        found = self.signals(text)
        if found is None:
            return Match(None, 0.0, ())
        p, values = found
        ranked = np.argsort(-p)[:MAX_CANDIDATES]
        candidates = tuple((self.ids[int(e)], round(100.0 * float(p[e]), 1)) for e in ranked)
        if self.model is None:
            score = candidates[0][1]
        else:
            score = round(self.confidence.probability(values), 1)
        return Match(candidates[0][0] if score >= self.threshold else None, score, candidates)


def _index(index: dict[str, list[tuple[int, float]]], number: int, counts: Mapping[str, float],
           idf: Mapping[str, float]) -> None:
    """Add one unit-length TF-IDF vector to an inverted index (features of zero IDF left out)."""
    weights = {f: c * idf[f] for f, c in counts.items() if idf.get(f, 0.0) > 0.0}
    norm = math.sqrt(sum(w * w for w in weights.values()))
    if norm <= 0.0:
        return
    for f, w in weights.items():
        index.setdefault(f, []).append((number, w / norm))


def load_matcher(root: Path, threshold: float | None = None) -> Matcher:
    """Load knowledge/ under `root`, its concept lexicon and its out-of-scope lines; build the matcher."""
    folder = root / "knowledge"
    knowledge = Knowledge.load(folder)
    return Matcher.build(knowledge, Synonyms.load(folder / "synonyms.yaml"), threshold,
                         off_topic=off_topic_lines(folder / "out_of_scope.yaml"))
