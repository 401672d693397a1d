"""Every content problem as an Issue(file, id, lang, text); used by `hotline check` and the tests.

A lawyer who edits a text runs `hotline check` and gets one line per problem saying where it is.
Each content kind has one checker function here; `check_all` runs them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from fluent.syntax import FluentParser, ast

from hotline.events import MAX_MESSAGE
from hotline.i18n import LANGS
from hotline.knowledge import ANSWER_PARTS, Knowledge, KnowledgeError

#: Longest answer text (the parts a lawyer writes); headings and the legal basis line come on top.
MAX_ANSWER_CHARS = 3300


@dataclass(frozen=True, order=True)
class Issue:
    """One problem: which file, which id, which language, what is wrong."""

    file: str
    id: str
    lang: str
    text: str

    def __str__(self) -> str:
        where = ":".join(part for part in (self.file, self.id, self.lang) if part)
        return f"{where}: {self.text}"


def _variables(pattern: ast.Pattern | None) -> set[str]:
    """The $variables a Fluent pattern uses (including inside selectors)."""
    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, ast.VariableReference):
            found.add(node.id.name)
        if isinstance(node, ast.BaseNode):
            for value in vars(node).values():
                if isinstance(value, list):
                    for item in value:
                        walk(item)
                else:
                    walk(value)

    walk(pattern)
    return found


def check_locales(root: Path) -> list[Issue]:
    """Every .ftl parses; the same files and message ids, with the same variables, in every language."""
    issues: list[Issue] = []
    parser = FluentParser(with_spans=False)
    messages: dict[str, dict[str, tuple[str, set[str], int]]] = {}
    files: dict[str, set[str]] = {}
    for lang in LANGS:
        folder = root / "locales" / lang
        files[lang] = {p.name for p in folder.glob("*.ftl")}
        messages[lang] = {}
        for path in sorted(folder.glob("*.ftl")):
            rel = f"locales/{lang}/{path.name}"
            resource = parser.parse(path.read_text(encoding="utf-8"))
            for entry in resource.body:
                if isinstance(entry, ast.Junk):
                    first = entry.content.strip().splitlines()[0] if entry.content.strip() else ""
                    issues.append(Issue(rel, "", lang, f"cannot parse near: {first[:60]!r}"))
                elif isinstance(entry, ast.Message):
                    name = entry.id.name
                    if name in messages[lang]:
                        issues.append(Issue(rel, name, lang, f"defined twice (also in {messages[lang][name][0]})"))
                    if entry.value is None:
                        issues.append(Issue(rel, name, lang, "message has no value"))
                    size = sum(len(getattr(e, "value", "")) for e in (entry.value.elements if entry.value else []))
                    if size > MAX_MESSAGE:
                        issues.append(Issue(rel, name, lang, f"longer than {MAX_MESSAGE} characters"))
                    messages[lang][name] = (rel, _variables(entry.value), size)
    all_files = set().union(*files.values())
    for lang in LANGS:
        for name in sorted(all_files - files[lang]):
            issues.append(Issue(f"locales/{lang}/{name}", "", lang, "file missing (other languages have it)"))
    all_ids = set().union(*(set(m) for m in messages.values()))
    for msg_id in sorted(all_ids):
        present = {lang: messages[lang][msg_id] for lang in LANGS if msg_id in messages[lang]}
        reference_lang = "ru" if "ru" in present else next(iter(present))
        reference_vars = present[reference_lang][1]
        for lang in LANGS:
            if lang not in present:
                issues.append(Issue(f"locales/{lang}/{present[reference_lang][0].split('/')[-1]}", msg_id, lang,
                                    f"message missing (it exists in {reference_lang})"))
            elif present[lang][1] != reference_vars:
                issues.append(Issue(present[lang][0], msg_id, lang,
                                    f"variables {sorted(present[lang][1])} differ from "
                                    f"{reference_lang}'s {sorted(reference_vars)}"))
    return issues


def check_knowledge(root: Path, catalogue: Path | None = None) -> list[Issue]:
    """Every entry of meta.yaml (and of the shared catalogue, if present) in every language and country."""
    try:
        knowledge = Knowledge.load(root / "knowledge")
    except KnowledgeError as error:
        return [Issue(str(error.path), "", "", error.reason)]
    issues = [Issue(*problem) for problem in knowledge.problems]
    for entry in knowledge.entries.values():
        for related in entry.related:
            if related not in knowledge.entries:
                issues.append(Issue("knowledge/meta.yaml", entry.id, "", f"related id {related!r} does not exist"))
        for lang in LANGS:
            where = f"knowledge/{lang}/{entry.topic}.yaml"
            if lang not in entry.questions:
                issues.append(Issue(where, entry.id, lang, "entry missing"))
                continue
            if len(entry.questions[lang]) < 4:
                issues.append(Issue(where, entry.id, lang, "needs at least 4 example questions"))
            for country in entry.countries:
                answer = entry.answers.get(lang, {}).get(country)
                if answer is None:
                    issues.append(Issue(where, entry.id, lang, f"no answer for country {country!r}"))
                    continue
                for part in ANSWER_PARTS:
                    if not getattr(answer, part):
                        issues.append(Issue(where, entry.id, lang, f"{country}: {part!r} is empty"))
                if not answer.basis:
                    issues.append(Issue(where, entry.id, lang, f"{country}: 'basis' (legal basis) is empty"))
                size = sum(len(s) for part in ANSWER_PARTS for s in getattr(answer, part))
                size += len(answer.basis) + len(answer.confirm)
                if size > MAX_ANSWER_CHARS:
                    issues.append(Issue(where, entry.id, lang, f"{country}: answer is {size} characters; "
                                        f"keep it under {MAX_ANSWER_CHARS} (one phone screen)"))
    issues += _shared_questions(knowledge)
    if catalogue is not None and catalogue.is_file():
        shared = yaml.safe_load(catalogue.read_text(encoding="utf-8")) or []
        for item in shared:
            entry = knowledge.entries.get(item["id"])
            if entry is None:
                issues.append(Issue("knowledge/meta.yaml", item["id"], "", "catalogue entry missing"))
            elif set(item["countries"]) - set(entry.countries):
                issues.append(Issue("knowledge/meta.yaml", item["id"], "",
                                    f"catalogue covers {item['countries']}, meta.yaml only {list(entry.countries)}"))
            elif item.get("review"):
                for lang in LANGS:
                    if entry.answers.get(lang) and not any(a.confirm for a in entry.answers[lang].values()):
                        issues.append(Issue(f"knowledge/{lang}/{entry.topic}.yaml", entry.id, lang,
                                            "the catalogue names points to review: say them in 'confirm'"))
    return issues


def _shared_questions(knowledge: Knowledge) -> list[Issue]:
    """An example question written under two entries teaches the matcher that they are the same."""
    owners: dict[tuple[str, str], list[str]] = {}
    for entry in knowledge.entries.values():
        for lang, questions in entry.questions.items():
            for question in questions:
                key = (lang, " ".join(re.findall(r"\w+", question.casefold())))
                owners.setdefault(key, []).append(entry.id)
    issues = []
    for (lang, question), ids in owners.items():
        if len(set(ids)) > 1:
            for entry_id in sorted(set(ids))[1:]:
                entry = knowledge.entries[entry_id]
                issues.append(Issue(f"knowledge/{lang}/{entry.topic}.yaml", entry_id, lang,
                                    f"example question {question!r} is also under {min(ids)}; "
                                    "keep it under the one entry it belongs to"))
    return issues


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")


def numbers_in(text: str) -> set[str]:
    """The numbers a text states (articles, amounts, dates, rates), written one comparable way.

    "27 093", "27,093" and "27093" are one number; "15,5" is "15.5"; "16.02.2026" and
    "16 February 2026" both give 16, 2 and 2026.
    """
    text = re.sub(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", r"\1 \2 \3", text)
    text = re.sub(r"(?<=\d)(?:[ \u00a0\u202f]|,(?! ))(?=\d{3}(?!\d))", "", text)
    for number, month in enumerate(_MONTHS, 1):
        text = re.sub(rf"\b{month}\b", f" {number} ", text, flags=re.IGNORECASE)
    found: set[str] = set()
    for token in re.findall(r"\d+(?:[.,]\d+)?", text):
        token = token.replace(",", ".")
        found.add(token)
        found.update(token.split("."))
    return {token.lstrip("0") or "0" for token in found}


def check_numbers(root: Path, catalogue: Path) -> list[Issue]:
    """Every number in an answer (article, amount, date, rate) must come from the shared catalogue.

    A number from the entry's own catalogue text is fine; one the catalogue gives only for another
    entry is allowed too (the same article is often cited for several questions); any other
    number is reported, because nobody may invent an article, an amount or a date.
    """
    shared = yaml.load(catalogue.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    own = {item["id"]: numbers_in(yaml.safe_dump(item, allow_unicode=True, width=1 << 20)) for item in shared}
    anywhere = set().union(*own.values()) if own else set()
    try:
        knowledge = Knowledge.load(root / "knowledge")
    except KnowledgeError:
        return []
    issues = []
    for entry in knowledge.entries.values():
        for lang, by_country in entry.answers.items():
            for country, answer in by_country.items():
                text = "\n".join((*answer.law, *answer.steps, *answer.keep, answer.basis, answer.confirm))
                for number in sorted(numbers_in(text) - own.get(entry.id, set()) - anywhere):
                    issues.append(Issue(f"knowledge/{lang}/{entry.topic}.yaml", entry.id, lang,
                                        f"{country}: the number {number} is not in the shared catalogue; "
                                        "only state articles, amounts and dates that have a source"))
    return issues


def check_danger_words(root: Path) -> list[Issue]:
    """knowledge/danger.yaml: every kind in every language, and no beginning so short it raises false alarms."""
    from hotline.safety import DANGER_KINDS, DangerWordsError, load_danger_words

    where = "knowledge/danger.yaml"
    try:
        stems = load_danger_words(root / "knowledge" / "danger.yaml")
    except (OSError, yaml.YAMLError, DangerWordsError) as error:
        return [Issue(where, "", "", f"cannot read: {error}")]
    issues = []
    for kind in DANGER_KINDS:
        for lang in LANGS:
            words = stems[kind].get(lang, ())
            if not words:
                issues.append(Issue(where, kind, lang, "no words: urgent danger would go unnoticed in this language"))
            for word in words:
                if len(word.replace(" ", "")) < 4:
                    issues.append(Issue(where, kind, lang, f"{word!r} is too short: it would match ordinary words"))
    return issues


#: Fewest neutral sentences per language in knowledge/story_filler.yaml.
MIN_FILLER = 10


def check_story_filler(root: Path) -> list[Issue]:
    """knowledge/story_filler.yaml: enough neutral sentences in every language, none about a topic
    (a line carrying a lexicon concept would teach the calibration to ignore that topic)."""
    from hotline.faq import Synonyms, words

    where = "knowledge/story_filler.yaml"
    path = root / "knowledge" / "story_filler.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        synonyms = Synonyms.load(root / "knowledge" / "synonyms.yaml")
    except (OSError, yaml.YAMLError) as error:
        return [Issue(where, "", "", f"cannot read: {error}")]
    if not isinstance(data, dict):
        return [Issue(where, "", "", "expected languages mapped to lists of sentences")]
    issues = []
    for lang in LANGS:
        lines = data.get(lang) or []
        if len(lines) < MIN_FILLER:
            issues.append(Issue(where, "", lang, f"only {len(lines)} sentences; at least {MIN_FILLER} needed"))
        for line in lines:
            concepts = synonyms.concepts(words(str(line)))
            if concepts:
                issues.append(Issue(where, "", lang, f"{line!r} is about a topic ({', '.join(sorted(set(concepts)))}):"
                                    " filler must be neutral"))
    return issues


def check_lexicon(root: Path) -> list[Issue]:
    """knowledge/synonyms.yaml: no item that can never match (messages lose their pure numbers), and
    no `guards:` sentence (everyday words that merely begin like a topic word, "которые", "bo'ladi")
    raising a concept again."""
    from hotline.faq import Synonyms, item_parts, words

    where = "knowledge/synonyms.yaml"
    path = root / "knowledge" / "synonyms.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        return [Issue(where, "", "", f"cannot read: {error}")]
    guards = data.get("guards") or {}
    if not isinstance(guards, dict):
        return [Issue(where, "guards", "", "expected languages mapped to lists of sentences")]
    lexicon = data.get("concepts") or {}
    synonyms = Synonyms.from_data(lexicon, data.get("stop") or ())
    issues = [Issue(where, str(concept), "", f"{str(item)!r} can never match: numbers are dropped from messages")
              for concept, items in lexicon.items() for item in items or ()
              if any(word.isdigit() for word, _ in item_parts(str(item)))]
    for lang, lines in guards.items():
        for line in lines or []:
            concepts = synonyms.concepts(words(str(line)))
            if concepts:
                issues.append(Issue(where, "guards", str(lang), f"{line!r} raises {', '.join(sorted(set(concepts)))}:"
                                    " an item catches an everyday word (end it with a dot or spell out its forms)"))
    return issues


def check_all(root: Path, catalogue: Path | None = None) -> list[Issue]:
    """Run every checker over the content under `root`."""
    issues = (check_locales(root) + check_knowledge(root, catalogue) + check_danger_words(root)
              + check_story_filler(root) + check_lexicon(root))
    if catalogue is not None and catalogue.is_file():
        issues += check_numbers(root, catalogue)
    from hotline.flows import check_flows  # late import: flows imports Issue from here
    issues += check_flows(root)
    return sorted(issues)
