"""Free questions: a text normaliser and a matcher that answers from the curated FAQ or abstains.

Knows nothing of Telegram or the database. The rule: compare meaning-bearing word stems, not
spellings. Both scripts are folded to one Latin skeleton before anything is compared (Russian,
Kyrgyz, Tajik and Uzbek Cyrillic, and Uzbek/Russian typed in Latin), diacritics, apostrophes,
emoji and repeated letters are dropped, and words are cut to 4- and 6-letter prefixes so Russian
and Turkic endings do not matter. Distinctive stems (патент, декрет, регистрация) weigh more than
filler through IDF over entries. Unknown words are mapped to the nearest known word (typos).

`Matcher.build(knowledge)` precomputes everything; `matcher.match(text, lang)` returns a `Match`
whose `faq_id` is None when the best score is under the calibrated threshold (hand off).
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
from rapidfuzz import fuzz, process

from hotline.knowledge import Knowledge

#: Scores (0..100) at or above this answer; below it the matcher abstains. Calibrated with
#: leave-one-out over the knowledge phrasings plus our own out-of-scope lines (`hotline faq calibrate`):
#: the lowest threshold at which at least 85 % of knowledge/out_of_scope.yaml is abstained on.
THRESHOLD = 40.0
#: A second entry within this many points of the best one makes a near tie (offer both).
TIE_MARGIN = 6.0
#: How many candidates a match reports.
MAX_CANDIDATES = 3
#: Long texts: the first HEAD and the last TAIL characters are matched, nothing else.
WINDOW_HEAD = 600
WINDOW_TAIL = 300
#: A word nobody in the knowledge base uses is mapped to a known word this similar (0..100).
TYPO_CUTOFF = 84.0
#: Words shorter than this are never treated as typos of another word.
TYPO_MIN_LEN = 5
#: How much an unknown word (one no phrasing uses) counts against a match, in IDF units.
UNKNOWN_WEIGHT = 2.5
#: Query weight beyond this multiple of a phrasing's weight does not lower the score.
STORY_CAP = 2.0
#: At most this many words of a message are compared.
MAX_WORDS = 160
#: Extra weight for phrasings in the person's own language.
OWN_LANG_BONUS = 1.06
#: Stems present in more than this share of entries are filler and are not looked up.
FILLER_SHARE = 0.35

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


def features(word: str) -> tuple[str, ...]:
    """What a word contributes to comparison: its 4- and 6-letter prefixes, or itself if short."""
    if len(word) < 4:
        return ("w" + word,)
    if len(word) < 6:
        return ("p" + word[:4], "w" + word)
    return ("p" + word[:4], "q" + word[:6])


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
    """Colloquial words mapped to a shared concept across scripts and languages (knowledge/synonyms.yaml)."""

    #: folded prefix -> concept name
    prefixes: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Synonyms:
        """Read `concept: [word, ...]` groups; missing file means no synonyms."""
        if not path.is_file():
            return cls()
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        prefixes: dict[str, str] = {}
        for concept, items in data.items():
            for item in items or ():
                key = fold(str(item)).replace(" ", "")
                if key:
                    prefixes[key] = str(concept)
        return cls(prefixes)

    def concepts(self, word: str) -> tuple[str, ...]:
        """The concepts a folded word belongs to (by its longest listed prefix)."""
        for size in range(min(len(word), 12), 1, -1):
            concept = self.prefixes.get(word[:size])
            if concept is not None:
                return ("c" + concept,)
        return ()


@dataclass
class _Doc:
    """One example phrasing: its entry, language and feature weights."""

    entry: int
    lang: str
    weight: float


class Matcher:
    """Finds the FAQ entry a free question is about, or abstains."""

    def __init__(self, ids: list[str], docs: list[_Doc], doc_features: list[frozenset[str]],
                 idf: dict[str, float], index: dict[str, list[int]], entry_features: list[frozenset[str]],
                 synonyms: Synonyms, threshold: float = THRESHOLD) -> None:
        self.ids = ids
        self.docs = docs
        self.doc_features = doc_features
        self.idf = idf
        self.index = index
        self.entry_features = entry_features
        self.synonyms = synonyms
        self.threshold = threshold
        self._vocab: dict[str, list[str]] = {}
        self._typos: dict[str, str | None] = {}
        self._filler: set[str] = set()
        #: The example phrasings, in doc order (for leave-one-out calibration).
        self.texts: list[str] = []

    # --- building ---------------------------------------------------------------------------

    @classmethod
    def build(cls, knowledge: Knowledge | Mapping[str, Mapping[str, Iterable[str]]],
              synonyms: Synonyms | None = None, threshold: float = THRESHOLD) -> Matcher:
        """Precompute features, weights and the inverted index from entries' example questions."""
        questions = ({e.id: e.questions for e in knowledge.entries.values()}
                     if isinstance(knowledge, Knowledge) else knowledge)
        synonyms = synonyms or Synonyms()
        ids = list(questions)
        phrasings: list[tuple[int, str, str]] = []
        for number, entry_id in enumerate(ids):
            for lang, lines in questions[entry_id].items():
                phrasings.extend((number, lang, line) for line in lines)
        return cls.from_phrasings(ids, phrasings, synonyms, threshold)

    @classmethod
    def from_phrasings(cls, ids: list[str], phrasings: list[tuple[int, str, str]], synonyms: Synonyms,
                       threshold: float = THRESHOLD) -> Matcher:
        """Build from (entry number, language, text) triples."""
        vocab_words: set[str] = set()
        doc_sets: list[frozenset[str]] = []
        for _, _, line in phrasings:
            ws = words(line)
            vocab_words.update(ws)
            doc_sets.append(_feature_set(ws, synonyms))
        entry_sets: list[set[str]] = [set() for _ in ids]
        for (number, _, _), feats in zip(phrasings, doc_sets):
            entry_sets[number].update(feats)
        df: dict[str, int] = {}
        for feats in entry_sets:
            for f in feats:
                df[f] = df.get(f, 0) + 1
        n = max(len(ids), 1)
        idf = {f: math.log(1 + n / count) for f, count in df.items()}
        index: dict[str, list[int]] = {}
        docs: list[_Doc] = []
        for number_doc, ((number, lang, _), feats) in enumerate(zip(phrasings, doc_sets)):
            docs.append(_Doc(number, lang, sum(idf[f] for f in feats) or 1.0))
            for f in feats:
                index.setdefault(f, []).append(number_doc)
        matcher = cls(ids, docs, doc_sets, idf, index, [frozenset(s) for s in entry_sets], synonyms, threshold)
        for w in vocab_words:
            matcher._vocab.setdefault(w[:1], []).append(w)
        matcher.texts = [line for _, _, line in phrasings]
        matcher._filler = {f for f, count in df.items() if count > max(FILLER_SHARE * n, 3)}
        return matcher

    # --- matching ---------------------------------------------------------------------------

    def query_features(self, text: str) -> tuple[frozenset[str], float]:
        """The known features of a question (typos mapped, filler left out) and its unknown-word weight."""
        feats: set[str] = set()
        unknown = 0.0
        ws = words(window(text))[:MAX_WORDS]
        feats.update(pairs(ws))
        for w in ws:
            own = features(w)
            if own[-1] not in self.idf and len(w) >= TYPO_MIN_LEN:
                near = self._nearest(w)
                if near is not None:
                    own = features(near)
            if not any(f in self.idf for f in own):
                unknown += UNKNOWN_WEIGHT if len(w) >= 3 else 0.0
            feats.update(own)
            feats.update(self.synonyms.concepts(w))
        known = frozenset(f for f in feats if f in self.idf and f not in self._filler)
        return known, unknown

    def _nearest(self, word: str) -> str | None:
        """The known word closest to an unknown one, if it is close enough to be a typo."""
        if word not in self._typos:
            found = process.extractOne(word, self._vocab.get(word[:1], ()), scorer=fuzz.ratio,
                                       score_cutoff=TYPO_CUTOFF)
            if len(self._typos) > 50_000:
                self._typos.clear()
            self._typos[word] = found[0] if found else None
        return self._typos[word]

    def scores(self, text: str, lang: str | None = None, *, skip_doc: int | None = None) -> dict[int, float]:
        """Score (0..100) per entry number for a question; `skip_doc` leaves one phrasing out."""
        query, unknown = self.query_features(text)
        if not query:
            return {}
        idf = self.idf
        q_weight = sum(idf[f] for f in query) + unknown
        matched: dict[int, float] = {}
        for f in query:
            w = idf[f]
            for doc in self.index.get(f, ()):
                matched[doc] = matched.get(doc, 0.0) + w
        best: dict[int, float] = {}
        for doc_number, m in matched.items():
            if doc_number == skip_doc:
                continue
            doc = self.docs[doc_number]
            # A long story is not penalised beyond twice the phrasing's own weight.
            score = (m / doc.weight) ** 0.6 * (m / min(q_weight, STORY_CAP * doc.weight)) ** 0.4
            if lang is not None and doc.lang == lang:
                score *= OWN_LANG_BONUS
            if score > best.get(doc.entry, 0.0):
                best[doc.entry] = score
        result: dict[int, float] = {}
        for entry, score in best.items():
            covered = sum(idf[f] for f in query & self.entry_features[entry]) / q_weight
            result[entry] = min(100.0, 100.0 * (0.75 * score + 0.25 * covered))
        return result

    def match(self, text: str, lang: str | None = None) -> Match:
        """The best entries for a question, and the answer if the best is confident enough."""
        ranked = sorted(self.scores(text, lang).items(), key=lambda item: -item[1])[:MAX_CANDIDATES]
        candidates = tuple((self.ids[entry], round(score, 1)) for entry, score in ranked)
        if not candidates:
            return Match(None, 0.0, ())
        top_id, top_score = candidates[0]
        return Match(top_id if top_score >= self.threshold else None, top_score, candidates)


def _feature_set(ws: list[str], synonyms: Synonyms) -> frozenset[str]:
    """All features of a list of folded words: word features, concepts, and word pairs."""
    feats: set[str] = set()
    for w in ws:
        feats.update(features(w))
        feats.update(synonyms.concepts(w))
    feats.update(pairs(ws))
    return frozenset(feats)


def pairs(ws: list[str]) -> set[str]:
    """Neighbouring word pairs by their 4-letter prefixes ("ne plat"): negations and set phrases."""
    return {"b" + a[:4] + "_" + b[:4] for a, b in itertools.pairwise(ws)}


def load_matcher(root: Path, threshold: float = THRESHOLD) -> Matcher:
    """Load knowledge/ under `root` (and its synonyms file) and build the matcher."""
    knowledge = Knowledge.load(root / "knowledge")
    return Matcher.build(knowledge, Synonyms.load(root / "knowledge" / "synonyms.yaml"), threshold)
