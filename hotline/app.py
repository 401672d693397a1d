"""Assembly: open the store, load the texts, let every feature register its handlers.

Both front ends (Telegram and the terminal) and the tests build the hotline through `build`, so
they all run the same conversation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hotline import ask, cases, flow_chat, lawyers, menu, privacy, retention, safety, stats_chat
from hotline.backup import open_store
from hotline.config import Config
from hotline.core import Clock, Conversation, Router, Services
from hotline.i18n import Texts
from hotline.store import Store, utc_now

Feature = Callable[[Router, Services], None]

#: Every feature, in the order its guards and handlers are added. Menu goes first: its
#: onboarding guard decides whether anything else runs.
FEATURES: tuple[Feature, ...] = (
    menu.register,
    privacy.register,
    safety.register,
    flow_chat.register,
    ask.register,
    cases.register,
    lawyers.register,
    stats_chat.register,
    retention.register,
)


@dataclass
class Hotline:
    """A running hotline: its services and its conversation core."""

    services: Services
    router: Router
    conversation: Conversation

    @property
    def store(self) -> Store:
        return self.services.store

    async def close(self) -> None:
        """Close the database."""
        await self.services.store.close()


async def build(config: Config, *, now: Clock = utc_now, store: Store | None = None) -> Hotline:
    """Open the database (running migrations), load content, and wire all features."""
    if store is None:
        store = await open_store(config)  # SQLCipher when HOTLINE_DB_KEY is set
    texts = Texts.load(config.content_root / "locales")
    services = Services(config=config, store=store, texts=texts, now=now)
    router = Router()
    for feature in FEATURES:
        feature(router, services)
    return Hotline(services, router, Conversation(services, router))
