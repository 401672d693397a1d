"""What the reports read and the little they write: anonymous consultation events, the lawyers'
classification of cases, and which weekly digests went out.

Rule: nothing here can point back to a person. A consultation event holds the kind of answer,
the FAQ entry, its topic and ILO conventions, the language, the destination country, an optional
gender and the DAY it happened (not the second, so it cannot be lined up with a user's row);
never a user id, a chat id or a text. Case classification is keyed by case number and holds codes
and amounts only. Parameterised SQL only; methods run inside the caller's transaction.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from hotline.core import Ctx
from hotline.flows import Node
from hotline.store import Store, from_iso, iso

log = logging.getLogger(__name__)

#: What a consultation event records.
KINDS: tuple[str, ...] = ("flow_answer", "faq_answer")
GENDERS: tuple[str, ...] = ("f", "m")
#: Currencies an amount recovered may be recorded in.
CURRENCIES: tuple[str, ...] = ("RUB", "KZT", "KGS", "UZS", "TJS", "USD", "EUR")


@dataclass(frozen=True)
class Consultation:
    """One anonymous answer shown: what, about which topic and conventions, in which language."""

    kind: str
    entry_id: str
    topic: str
    ilo: tuple[str, ...]
    lang: str
    country: str | None
    gender: str | None
    day: date


@dataclass(frozen=True)
class CaseRecord:
    """One case as the reports see it: times, codes and amounts, no person, no text."""

    id: int
    lang: str
    country: str | None
    citizenship: str | None
    topic: str
    status: str
    outcome: str | None
    user_outcome: str | None
    created_at: datetime
    closed_at: datetime | None
    first_reply_at: datetime | None
    violation: str | None
    ilo: tuple[str, ...]
    amount: int | None
    currency: str | None
    gender: str | None


def _codes(text: str | None) -> tuple[str, ...]:
    """A stored comma list as a tuple."""
    return tuple(part for part in (text or "").split(",") if part)


def _amount(text: str | None) -> int | None:
    """The hand-off's amount ("45 000") as a whole number, or None."""
    digits = "".join(ch for ch in str(text or "") if ch.isdigit())
    return int(digits) if digits else None


# --- consultations --------------------------------------------------------------------------------

async def add_consultation(store: Store, kind: str, *, entry_id: str, topic: str, ilo: tuple[str, ...],
                           lang: str, country: str | None, day: date, gender: str | None = None) -> None:
    """Record one answer shown (no person, no text, only the day)."""
    if kind not in KINDS:
        raise ValueError(f"unknown consultation kind {kind!r}")
    await store.execute(
        "INSERT INTO consultations (kind, entry_id, topic, ilo, lang, country, gender, day) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (kind, entry_id, topic, ",".join(ilo), lang, country, gender if gender in GENDERS else None,
         day.isoformat()))


async def consultations(store: Store, first: date, last: date) -> list[Consultation]:
    """The consultation events of the days first..last (inclusive)."""
    rows = await store.fetch_all(
        "SELECT kind, entry_id, topic, ilo, lang, country, gender, day FROM consultations "
        "WHERE day BETWEEN ? AND ? ORDER BY day, id", (first.isoformat(), last.isoformat()))
    return [Consultation(r["kind"], r["entry_id"], r["topic"], _codes(r["ilo"]), r["lang"], r["country"],
                         r["gender"], date.fromisoformat(r["day"])) for r in rows]


# --- recording what was answered ---------------------------------------------------------------

async def record_answer(ctx: Ctx, kind: str, entry_id: str, *, country: str | None = None,
                        gender: str | None = None) -> None:
    """Count one answer shown (FAQ or flow) with its topic and ILO conventions; never fails the reply."""
    knowledge = ctx.services.extras.get("knowledge")
    entry = knowledge.entries.get(entry_id) if knowledge is not None else None
    try:
        await add_consultation(
            ctx.store, kind, entry_id=entry_id, topic=entry.topic if entry else "general",
            ilo=tuple(entry.ilo) if entry else (), lang=ctx.lang, country=country or ctx.user.country,
            gender=gender, day=ctx.now.astimezone(ctx.services.config.tz).date())
    except Exception:
        log.exception("a consultation could not be counted")


async def record_flow_answer(ctx: Ctx, flow_id: str, node: Node, country: str | None) -> None:
    """Count a flow that reached an answer screen; the maternity flow implies a woman."""
    if node.kind == "answer" and node.entry:
        await record_answer(ctx, "flow_answer", node.entry, country=country,
                            gender="f" if flow_id == "maternity" else None)


# --- cases ---------------------------------------------------------------------------------------

_CASE_SQL = """
    SELECT c.id, c.lang, c.country, c.citizenship, c.topic, c.status, c.outcome, c.amount AS raw_amount,
           c.user_outcome, c.created_at, c.closed_at,
           (SELECT MIN(a.at) FROM case_audit a WHERE a.case_id = c.id AND a.action = 'reply') AS first_reply,
           r.violation, r.ilo, r.amount, r.currency, r.gender
    FROM cases c LEFT JOIN case_reports r ON r.case_id = c.id
"""


def _case(row: Any) -> CaseRecord:
    """Read one row of _CASE_SQL."""
    amount = row["amount"] if row["amount"] is not None else _amount(row["raw_amount"])
    return CaseRecord(
        id=row["id"], lang=row["lang"], country=row["country"], citizenship=row["citizenship"],
        topic=row["topic"], status=row["status"], outcome=row["outcome"], user_outcome=row["user_outcome"],
        created_at=from_iso(row["created_at"]),
        closed_at=from_iso(row["closed_at"]) if row["closed_at"] else None,
        first_reply_at=from_iso(row["first_reply"]) if row["first_reply"] else None,
        violation=row["violation"], ilo=_codes(row["ilo"]), amount=amount,
        currency=row["currency"] if row["amount"] is not None else None, gender=row["gender"])


async def cases_touching(store: Store, start: datetime, end: datetime) -> list[CaseRecord]:
    """Cases opened or closed in [start, end), and every case still open, oldest first."""
    rows = await store.fetch_all(
        _CASE_SQL + " WHERE (c.created_at >= ? AND c.created_at < ?) OR (c.closed_at >= ? AND c.closed_at < ?)"
        " OR c.status IN ('open', 'claimed') ORDER BY c.created_at, c.id",
        (iso(start), iso(end), iso(start), iso(end)))
    return [_case(r) for r in rows]


async def classify(store: Store, case_id: int, *, violation: str | None = None,
                   ilo: tuple[str, ...] | None = None, amount: int | None = None,
                   currency: str | None = None, now: datetime) -> None:
    """Record (or change) a lawyer's classification of a case; fields left None keep their value."""
    await store.execute(
        """INSERT INTO case_reports (case_id, violation, ilo, amount, currency, classified_at)
           VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT(case_id) DO UPDATE SET
             violation = COALESCE(excluded.violation, case_reports.violation),
             ilo = CASE WHEN ? THEN excluded.ilo ELSE case_reports.ilo END,
             amount = COALESCE(excluded.amount, case_reports.amount),
             currency = COALESCE(excluded.currency, case_reports.currency),
             classified_at = excluded.classified_at""",
        (case_id, violation, ",".join(ilo or ()), amount, currency, iso(now), int(ilo is not None)))


async def set_gender(store: Store, case_id: int, gender: str | None) -> None:
    """Record the gender given for a case ("f", "m", or None when the person skipped)."""
    await store.execute(
        """INSERT INTO case_reports (case_id, gender) VALUES (?, ?)
           ON CONFLICT(case_id) DO UPDATE SET gender = excluded.gender""",
        (case_id, gender if gender in GENDERS else None))


async def classification(store: Store, case_id: int) -> dict[str, Any] | None:
    """A case's classification row as a dict, or None."""
    row = await store.fetch_one(
        "SELECT violation, ilo, amount, currency, gender FROM case_reports WHERE case_id = ?", (case_id,))
    if row is None:
        return None
    return {"violation": row["violation"], "ilo": _codes(row["ilo"]), "amount": row["amount"],
            "currency": row["currency"], "gender": row["gender"]}


# --- FAQ feedback ----------------------------------------------------------------------------------

async def feedback(store: Store, start: datetime, end: datetime) -> tuple[int, int]:
    """(helpful, not helpful) answers rated in [start, end)."""
    row = await store.fetch_one(
        "SELECT COALESCE(SUM(helpful), 0), COALESCE(SUM(1 - helpful), 0) FROM faq_feedback "
        "WHERE created_at >= ? AND created_at < ?", (iso(start), iso(end)))
    return (int(row[0]), int(row[1])) if row else (0, 0)


# --- digests ---------------------------------------------------------------------------------------

async def claim_digest(store: Store, week: str, now: datetime) -> bool:
    """Mark the digest of `week` ("2026-W48") as sent; False if it already was."""
    if await store.fetch_one("SELECT 1 FROM report_digests WHERE week = ?", (week,)) is not None:
        return False
    await store.execute("INSERT INTO report_digests (week, sent_at) VALUES (?, ?)", (week, iso(now)))
    return True
