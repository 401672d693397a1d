"""The curated FAQ as data: loading knowledge/ and composing an answer for a country.

An entry has language-neutral facts (knowledge/meta.yaml) and, per language, the questions
people ask and the answer per destination country (knowledge/<lang>/<topic>.yaml). Flows and
free questions show the same answers through `render_answer`, so a lawyer fixes a text once.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from hotline.i18n import LANGS, Raw, Texts

TOPICS: tuple[str, ...] = ("wages", "contracts", "maternity", "predeparture", "general")
COUNTRY_CODES: tuple[str, ...] = ("ru", "kz")
ANSWER_PARTS: tuple[str, ...] = ("law", "steps", "keep")

#: libyaml's parser when PyYAML was built with it (ten times faster on the 2 MB knowledge base).
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> object:
    """Parse one YAML file safely, with the fast loader when available."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # a safe loader (CSafeLoader or SafeLoader)


@dataclass(frozen=True)
class Answer:
    """What one language says to workers in one country."""

    law: tuple[str, ...]
    steps: tuple[str, ...]
    keep: tuple[str, ...]
    basis: str
    confirm: str = ""


@dataclass(frozen=True)
class Entry:
    """One FAQ entry: its facts, and its questions and answers in every language."""

    id: str
    topic: str
    countries: tuple[str, ...]
    ilo: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    as_of: dict[str, date] = field(default_factory=dict)
    handoff_when: str = ""
    questions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    answers: dict[str, dict[str, Answer]] = field(default_factory=dict)

    def answer(self, lang: str, country: str | None) -> tuple[str, Answer] | None:
        """The answer for `country` in `lang` (the first covered country if none/other is given)."""
        by_country = self.answers.get(lang) or {}
        if country in by_country:
            return country, by_country[country]  # type: ignore[return-value]
        for code in self.countries:
            if code in by_country:
                return code, by_country[code]
        return None


class KnowledgeError(ValueError):
    """A file of knowledge/ that cannot be read; carries the file and the reason."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass
class Knowledge:
    """All entries, by id, in catalogue order."""

    entries: dict[str, Entry]
    #: Problems met while loading (entry-level), for `hotline check`; loading never stops on them.
    problems: list[tuple[str, str, str, str]] = field(default_factory=list)

    @classmethod
    def load(cls, root: Path) -> Knowledge:
        """Read meta.yaml and every <lang>/<topic>.yaml under `root`."""
        meta_path = root / "meta.yaml"
        try:
            meta = read_yaml(meta_path) or []
        except (OSError, yaml.YAMLError) as error:
            raise KnowledgeError(meta_path, f"cannot read: {error}") from error
        problems: list[tuple[str, str, str, str]] = []
        raw: dict[str, dict] = {}
        for item in meta:
            raw[item["id"]] = {"meta": item, "questions": {}, "answers": {}}
        for lang in LANGS:
            for path in sorted((root / lang).glob("*.yaml")):
                try:
                    data = read_yaml(path) or {}
                except yaml.YAMLError as error:
                    raise KnowledgeError(path, f"not valid YAML: {error}") from error
                rel = str(path.relative_to(root.parent)) if root.parent in path.parents else str(path)
                for entry_id, body in data.items():
                    if entry_id not in raw:
                        problems.append((rel, entry_id, lang, "id is not in knowledge/meta.yaml"))
                        continue
                    if not isinstance(body, dict):
                        problems.append((rel, entry_id, lang, "entry must be a mapping"))
                        continue
                    raw[entry_id]["questions"][lang] = tuple(str(q) for q in body.get("questions") or ())
                    answers = {}
                    for country in COUNTRY_CODES:
                        part = body.get(country)
                        if isinstance(part, dict):
                            answers[country] = Answer(
                                law=tuple(str(x) for x in part.get("law") or ()),
                                steps=tuple(str(x) for x in part.get("steps") or ()),
                                keep=tuple(str(x) for x in part.get("keep") or ()),
                                basis=str(part.get("basis") or ""),
                                confirm=str(part.get("confirm") or ""),
                            )
                    raw[entry_id]["answers"][lang] = answers
                    raw[entry_id].setdefault("files", {})[lang] = rel
        entries: dict[str, Entry] = {}
        for entry_id, parts in raw.items():
            item = parts["meta"]
            as_of = {c: d if isinstance(d, date) else date.fromisoformat(str(d))
                     for c, d in (item.get("as_of") or {}).items()}
            entries[entry_id] = Entry(
                id=entry_id, topic=item["topic"], countries=tuple(item["countries"]),
                ilo=tuple(item.get("ilo") or ()), related=tuple(item.get("related") or ()),
                as_of=as_of, handoff_when=item.get("handoff_when", ""),
                questions=parts["questions"], answers=parts["answers"],
            )
        return cls(entries, problems)


def _bullets(lines: tuple[str, ...]) -> Raw:
    """Lines as an HTML-safe bulleted list."""
    return Raw("\n".join(f"• {html.escape(line, quote=False)}" for line in lines))


def render_answer(texts: Texts, lang: str, entry: Entry, country: str | None) -> str:
    """The full answer screen: law, steps, evidence, legal basis, date of figures, what to confirm."""
    found = entry.answer(lang, country)
    if found is None:
        return texts.t(lang, "answer-missing")
    shown_country, answer = found
    parts = []
    if country in ("ru", "kz") and shown_country != country:
        parts.append(texts.t(lang, "answer-other-country", country=texts.t(lang, f"country-name-{shown_country}")))
    parts.append(texts.t(lang, "answer-law", text=_bullets(answer.law)))
    parts.append(texts.t(lang, "answer-steps", text=_bullets(answer.steps)))
    parts.append(texts.t(lang, "answer-keep", text=_bullets(answer.keep)))
    parts.append(texts.t(lang, "answer-basis", text=answer.basis))
    if shown_country in entry.as_of:
        parts.append(texts.t(lang, "answer-as-of", date=entry.as_of[shown_country].strftime("%d.%m.%Y")))
    if answer.confirm:
        parts.append(texts.t(lang, "answer-confirm", text=answer.confirm))
    return "\n\n".join(parts)
