"""Free questions: a text normaliser and a matcher that answers from the curated FAQ or abstains.

Knows nothing of Telegram or the database. The rule: score ENTRIES, not single phrasings. Every
entry is one TF-IDF vector built from all its example questions in every language (and, at a lower
weight, the words of its answers), over script-folded features: word stems, the character 3-grams
at the start of each word (typos, Turkic and Tajik endings), and concept tokens from a small
cross-lingual lexicon a lawyer can read (knowledge/synonyms.yaml: "айлык", "oylik", "музд",
"зарплата" are all WAGE). A question is compared to every entry sharing a feature with it (inverted
index) by cosine, mixed with its similarity to the entry's closest single phrasing.

Both scripts are folded to one Latin skeleton before anything is compared (Russian, Kyrgyz, Tajik
and Uzbek Cyrillic, and Uzbek/Russian typed in Latin); diacritics, apostrophes, emoji and repeated
letters are dropped. Filler words weigh little through IDF over entries (an optional `stop:` list in
the lexicon drops words entirely; measured, it did not help, so none is shipped).

The answer is given only when the confidence (top score and its margin over the runner-up entry)
reaches a threshold calibrated WITHOUT the dev set (`hotline faq calibrate`: k-fold over the
knowledge phrasings, the same embedded in off-topic stories, and our own out-of-scope lines).
`matcher.match(text, lang)` returns a `Match` whose `faq_id` is None when it abstains.
Long messages are matched on a bounded window, so one paste cannot stall the bot.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from hotline.knowledge import Knowledge

#: Confidence (0..100) at or above this answers; below it the matcher abstains. Calibrated by
#: `hotline faq calibrate` (k-fold over the phrasings, synthetic stories, our out-of-scope lines).
THRESHOLD = 22.0
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
#: Confidence = score + MARGIN_WEIGHT * (score - runner-up score), on the 0..100 scale.
MARGIN_WEIGHT = 1.0

_CYRILLIC: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "j", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "sh",
    "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    # Kyrgyz, Uzbek, Tajik (and Kazakh) letters
    "ң": "n", "ө": "o", "ү": "u", "ғ": "g", "қ": "k", "ҳ": "h", "ӣ": "i", "ӯ": "u", "ҷ": "j",
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


def window(text: str) -> str:
    """The part of a message that is matched: all of a short one, head and tail of a long one."""
    if len(text) <= WINDOW_HEAD + WINDOW_TAIL:
        return text
    return text[:WINDOW_HEAD] + " " + text[-WINDOW_TAIL:]


def fold(text: str) -> str:
    """Lowercase Latin skeleton of a text in any of our scripts, words separated by single spaces."""
    text = _REPEATS.sub(r"\1", unicodedata.normalize("NFC", text).lower())
    text = _APOSTROPHES.sub("", text).translate(_CYR_TABLE)
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


@dataclass
class Synonyms:
    """The concept lexicon (knowledge/synonyms.yaml): colloquial words and phrases -> concept tokens.

    A listed item is folded like any text; each of its words is a prefix of a message word (items
    of three letters or fewer must match a whole word). "не плат" matches "не платят".
    """

    #: first word of an item -> [(following words, concept)]
    items: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    #: folded stop words (never features)
    stop: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: Path) -> Synonyms:
        """Read `concepts: {NAME: [item, ...]}` and `stop: [word, ...]`; a missing file means none."""
        if not path.is_file():
            return cls()
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return cls.from_data(data.get("concepts") or {}, data.get("stop") or ())

    @classmethod
    def from_data(cls, concepts: Mapping[str, Iterable[str]], stop: Iterable[str] = ()) -> Synonyms:
        """Build from concept -> items and a stop-word list."""
        items: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for concept, lines in concepts.items():
            for line in lines or ():
                parts = tuple(fold(str(line)).split())
                if parts:
                    items.setdefault(parts[0], []).append((parts[1:], str(concept)))
        stopped = frozenset(w for line in stop for w in fold(str(line)).split())
        return cls(items, stopped)

    def concepts(self, ws: list[str]) -> list[str]:
        """The concept tokens found in a list of folded words (one per occurrence)."""
        found: list[str] = []
        items = self.items
        if not items:
            return found
        for i, w in enumerate(ws):
            for size in range(min(len(w), 10), 1, -1):
                heads = items.get(w[:size])
                if heads is None or (size <= 3 and size != len(w)):
                    continue
                for rest, concept in heads:
                    if _follows(ws, i + 1, rest):
                        found.append(concept)
        return found


def _follows(ws: list[str], start: int, rest: tuple[str, ...]) -> bool:
    """Whether the words from `start` begin with the prefixes in `rest` (short ones whole)."""
    if start + len(rest) > len(ws):
        return False
    for offset, part in enumerate(rest):
        w = ws[start + offset]
        if not w.startswith(part) or (len(part) <= 3 and w != part):
            return False
    return True


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


class Matcher:
    """Finds the FAQ entry a free question is about, or abstains."""

    def __init__(self, ids: list[str], synonyms: Synonyms, threshold: float = THRESHOLD) -> None:
        self.ids = ids
        self.synonyms = synonyms
        self.threshold = threshold
        self.idf: dict[str, float] = {}
        #: The IDF an unknown feature counts with in the question's norm.
        self.unknown_idf = 1.0
        #: feature -> [(entry number, weight in the entry's unit vector)]
        self.entry_index: dict[str, list[tuple[int, float]]] = {}
        #: (entry number, language) of each phrasing, in order; its text; the answer lines used.
        self.docs: list[tuple[int, str]] = []
        self.texts: list[str] = []
        self.extra: list[tuple[int, str]] = []

    # --- building ---------------------------------------------------------------------------

    @classmethod
    def build(cls, knowledge: Knowledge | Mapping[str, Mapping[str, Iterable[str]]],
              synonyms: Synonyms | None = None, threshold: float = THRESHOLD) -> Matcher:
        """Precompute entry and phrasing vectors and the inverted indexes."""
        if isinstance(knowledge, Knowledge):
            questions = {e.id: e.questions for e in knowledge.entries.values()}
            answers = {e.id: [line for by_country in e.answers.values() for a in by_country.values()
                              for line in (*a.law, *a.steps)] for e in knowledge.entries.values()}
        else:
            questions, answers = knowledge, {}
        ids = list(questions)
        phrasings = [(number, lang, line) for number, entry_id in enumerate(ids)
                     for lang, lines in questions[entry_id].items() for line in lines]
        extra = [(number, line) for number, entry_id in enumerate(ids) for line in answers.get(entry_id, ())]
        return cls.from_phrasings(ids, phrasings, synonyms or Synonyms(), threshold, extra)

    @classmethod
    def from_phrasings(cls, ids: list[str], phrasings: list[tuple[int, str, str]], synonyms: Synonyms,
                       threshold: float = THRESHOLD, extra: Iterable[tuple[int, str]] = ()) -> Matcher:
        """Build from (entry number, language, text) triples and (entry number, answer line) pairs."""
        matcher = cls(ids, synonyms, threshold)
        tf: list[dict[str, float]] = [{} for _ in ids]
        for number, lang, line in phrasings:
            feats = text_features(line, synonyms)
            matcher.docs.append((number, lang))
            matcher.texts.append(line)
            counts = tf[number]
            for f, c in feats.items():
                counts[f] = counts.get(f, 0.0) + c
        matcher.extra = list(extra)
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
        return matcher

    # --- matching ---------------------------------------------------------------------------

    def query_features(self, text: str) -> tuple[dict[str, float], float]:
        """The known features of a question with their TF-IDF weights, and the vector's norm."""
        idf = self.idf
        weights: dict[str, float] = {}
        unknown = 0.0
        for f, c in _sublinear(text_features(window(text), self.synonyms)).items():
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
        query, norm = self.query_features(text)
        if not query or norm <= 0.0:
            return {}
        sums: dict[int, float] = {}
        for f, w in query.items():
            for entry, v in self.entry_index.get(f, ()):
                sums[entry] = sums.get(entry, 0.0) + w * v
        return {entry: min(100.0, 100.0 * s / norm) for entry, s in sums.items()}

    def match(self, text: str, lang: str | None = None) -> Match:
        """The best entries for a question, and the answer if the confidence is high enough."""
        ranked = sorted(self.scores(text, lang).items(), key=lambda item: -item[1])[:MAX_CANDIDATES]
        if not ranked:
            return Match(None, 0.0, ())
        confidence = _confidence(ranked)
        candidates = tuple((self.ids[entry], round(min(100.0, max(0.0, confidence - ranked[0][1] + s)), 1))
                           for entry, s in ranked)
        top_id, top = candidates[0]
        return Match(top_id if top >= self.threshold else None, top, candidates)


def _confidence(ranked: list[tuple[int, float]]) -> float:
    """Confidence from the best score and its margin over the runner-up entry (0..100)."""
    top = ranked[0][1]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    return min(100.0, top + MARGIN_WEIGHT * (top - second))


def _index(index: dict[str, list[tuple[int, float]]], number: int, counts: Mapping[str, float],
           idf: Mapping[str, float]) -> None:
    """Add one unit-length TF-IDF vector to an inverted index (features of zero IDF left out)."""
    weights = {f: c * idf[f] for f, c in counts.items() if idf.get(f, 0.0) > 0.0}
    norm = math.sqrt(sum(w * w for w in weights.values()))
    if norm <= 0.0:
        return
    for f, w in weights.items():
        index.setdefault(f, []).append((number, w / norm))


def load_matcher(root: Path, threshold: float = THRESHOLD) -> Matcher:
    """Load knowledge/ under `root` (and its concept lexicon) and build the matcher."""
    knowledge = Knowledge.load(root / "knowledge")
    return Matcher.build(knowledge, Synonyms.load(root / "knowledge" / "synonyms.yaml"), threshold)
