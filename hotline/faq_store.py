"""What the FAQ remembers: feedback on answers and counts of questions it could not answer.

The rule: no user id and no message text is ever stored here, only the entry id, the language,
whether it helped, and the time. Enough to tune the matcher and the phrasings, nothing more.
"""

from __future__ import annotations

from datetime import datetime

from hotline.store import Store, iso


async def add_feedback(store: Store, faq_id: str, lang: str, helpful: bool, now: datetime) -> None:
    """Record that an answer helped (or not)."""
    await store.execute("INSERT INTO faq_feedback (faq_id, lang, helpful, created_at) VALUES (?, ?, ?, ?)",
                        (faq_id, lang, int(helpful), iso(now)))


async def add_unanswered(store: Store, lang: str, now: datetime) -> None:
    """Count one question the FAQ could not answer."""
    await store.execute("INSERT INTO faq_unanswered (lang, created_at) VALUES (?, ?)", (lang, iso(now)))


async def feedback_counts(store: Store) -> dict[str, tuple[int, int]]:
    """Per entry: (helpful, not helpful)."""
    rows = await store.fetch_all(
        "SELECT faq_id, SUM(helpful), SUM(1 - helpful) FROM faq_feedback GROUP BY faq_id ORDER BY faq_id")
    return {row[0]: (int(row[1]), int(row[2])) for row in rows}


async def unanswered_counts(store: Store) -> dict[str, int]:
    """Per language: how many questions went unanswered."""
    rows = await store.fetch_all("SELECT lang, COUNT(*) FROM faq_unanswered GROUP BY lang ORDER BY lang")
    return {row[0]: int(row[1]) for row in rows}
