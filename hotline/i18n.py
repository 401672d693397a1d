"""User-visible text: one Fluent bundle per language, loaded from locales/<lang>/*.ftl.

Every string a person reads comes through `Texts.t`. Arguments are HTML-escaped here, because
messages are sent as Telegram HTML and an argument may be something a user typed.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from pathlib import Path

from fluent.runtime import FluentBundle, FluentResource

log = logging.getLogger(__name__)

#: The languages the hotline speaks, in the order the picker shows them.
LANGS: tuple[str, ...] = ("ru", "ky", "uz", "tg")
DEFAULT_LANG = "ru"


class Raw(str):
    """An argument that is already safe HTML (built from other messages); not escaped again."""


def lang_from_code(code: str | None) -> str | None:
    """Map Telegram's `language_code` (e.g. "uz-Latn", "ky") to a hotline language, if we speak it."""
    if not code:
        return None
    base = code.replace("_", "-").split("-")[0].lower()
    return base if base in LANGS else None


@dataclass
class Texts:
    """The loaded bundles, and the message ids each language defines."""

    bundles: dict[str, FluentBundle]
    ids: dict[str, set[str]]

    @classmethod
    def load(cls, locales_dir: Path) -> Texts:
        """Read every .ftl file of every language folder."""
        bundles: dict[str, FluentBundle] = {}
        ids: dict[str, set[str]] = {}
        for lang in LANGS:
            bundle = FluentBundle([lang], use_isolating=False)
            ids[lang] = set()
            for path in sorted((locales_dir / lang).glob("*.ftl")):
                resource = FluentResource(path.read_text(encoding="utf-8"))
                bundle.add_resource(resource)
                ids[lang].update(
                    entry.id.name for entry in resource.body if type(entry).__name__ == "Message"
                )
            bundles[lang] = bundle
        return cls(bundles, ids)

    def has(self, lang: str, msg_id: str) -> bool:
        """Whether `lang` defines `msg_id`."""
        return msg_id in self.ids.get(lang, ())

    def t(self, lang: str, msg_id: str, **args: object) -> str:
        """The message `msg_id` in `lang` with `args` filled in (falls back to Russian, then the id)."""
        for candidate in (lang, DEFAULT_LANG):
            bundle = self.bundles.get(candidate)
            if bundle is not None and bundle.has_message(msg_id):
                message = bundle.get_message(msg_id)
                if message.value is None:
                    break
                safe = {k: _escape(v) for k, v in args.items()}
                text, errors = bundle.format_pattern(message.value, safe)
                if errors:
                    log.warning("message %s/%s: %d formatting errors", candidate, msg_id, len(errors))
                return text
        log.error("message %s missing in %s", msg_id, lang)
        return msg_id


def _escape(value: object) -> object:
    """Escape strings for Telegram HTML, unless marked Raw; numbers stay numbers for plurals."""
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, str):
        return html.escape(value, quote=False)
    return value
