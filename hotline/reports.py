"""Every figure of the coordinators' reports, computed from stored rows for a period.

Rule: `compute` is a pure function of the rows, the period and the clock, so every figure can
be tested without a bot. Nothing here knows a person: rows come from hotline.report_store, which
holds no names, no Telegram ids and no texts. Exports go further: dates are coarsened to the ISO
week, and in the aggregated report every count from 1 to 4 is shown as "<5" (and a median or a
sum drawn from fewer than 5 cases as "suppressed"), so nobody can be singled out.
"""

from __future__ import annotations

import csv
import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hotline import report_store
from hotline.report_store import CaseRecord, Consultation
from hotline.store import Store

#: Default period: this many days up to today.
DEFAULT_DAYS = 30
#: Longest period one can ask for.
MAX_DAYS = 3 * 366
#: Counts below this are hidden in exports.
MIN_CELL = 5
SUPPRESSED_COUNT = "<5"
SUPPRESSED_FIGURE = "suppressed"
#: Ages of the open backlog: (bucket name, upper bound in days).
BACKLOG_BUCKETS: tuple[tuple[str, float], ...] = (("d1", 1), ("d3", 3), ("d7", 7), ("older", float("inf")))
#: The three kinds of consultation counted per topic, language and country.
MEASURES: tuple[str, ...] = ("flows", "faq", "cases")
_KIND_MEASURE = {"flow_answer": "flows", "faq_answer": "faq"}

_DAYS = re.compile(r"^(\d{1,4})d$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")


# --- periods ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Period:
    """The days first..last, inclusive, in the hotline's time zone."""

    first: date
    last: date

    @property
    def label(self) -> str:
        """How the period is shown: "2026-10-25 – 2026-11-23"."""
        return f"{self.first.isoformat()} – {self.last.isoformat()}"

    @property
    def slug(self) -> str:
        """The period in a file name: "2026-10-25_2026-11-23"."""
        return f"{self.first.isoformat()}_{self.last.isoformat()}"

    def bounds(self, tz: ZoneInfo) -> tuple[datetime, datetime]:
        """The period as [start, end) moments."""
        return (datetime.combine(self.first, time(0), tz),
                datetime.combine(self.last + timedelta(days=1), time(0), tz))


def parse_period(text: str, today: date) -> Period | None:
    """"7d", "30d", "2026-11", "2026-01-01..2026-03-31" or "" (the last 30 days); None if not that."""
    text = (text or "").strip().lower()
    try:
        if not text:
            return Period(today - timedelta(days=DEFAULT_DAYS - 1), today)
        if match := _DAYS.match(text):
            days = int(match.group(1))
            return Period(today - timedelta(days=days - 1), today) if 1 <= days <= MAX_DAYS else None
        if match := _MONTH.match(text):
            first = date(int(match.group(1)), int(match.group(2)), 1)
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return Period(first, following - timedelta(days=1))
        if match := _RANGE.match(text):
            first, last = date.fromisoformat(match.group(1)), date.fromisoformat(match.group(2))
            if first <= last and (last - first).days < MAX_DAYS:
                return Period(first, last)
    except ValueError:
        return None
    return None


def period_between(first: date | None, last: date | None, today: date) -> Period | None:
    """The period of `hotline export --from --to` (either may be missing); None if it is reversed or too long."""
    last = last or today
    first = first or last - timedelta(days=DEFAULT_DAYS - 1)
    return Period(first, last) if first <= last and (last - first).days < MAX_DAYS else None


def week_of(moment: datetime | date | None, tz: ZoneInfo | None = None) -> str:
    """The ISO week of a moment ("2026-W48"), or "" for none."""
    if moment is None:
        return ""
    day = moment.astimezone(tz).date() if isinstance(moment, datetime) else moment
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


# --- the report ----------------------------------------------------------------------------------

@dataclass
class Report:
    """Every figure of /stats, the digest and the aggregated export, for one period."""

    period: Period
    #: topic / language / country -> measure ("flows", "faq", "cases") -> count.
    by_topic: dict[str, Counter] = field(default_factory=dict)
    by_lang: dict[str, Counter] = field(default_factory=dict)
    by_country: dict[str, Counter] = field(default_factory=dict)
    totals: Counter = field(default_factory=Counter)
    opened: int = 0
    closed: int = 0
    cancelled: int = 0
    #: Median hours from opening to a lawyer's first reply, over cases opened in the period.
    median_first_reply_hours: float | None = None
    replied: int = 0
    #: Cases open or claimed now, by age bucket.
    backlog: Counter = field(default_factory=Counter)
    #: Cases closed in the period: by outcome, violation type, ILO convention.
    outcomes: Counter = field(default_factory=Counter)
    violations: Counter = field(default_factory=Counter)
    ilo_cases: Counter = field(default_factory=Counter)
    #: ILO conventions of the answers shown.
    ilo_answers: Counter = field(default_factory=Counter)
    #: currency ("?" if not given) -> (sum, number of cases).
    amounts: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: Cases opened in the period by gender ("f", "m", "unknown"); consultations likewise.
    gender_cases: Counter = field(default_factory=Counter)
    gender_answers: Counter = field(default_factory=Counter)
    helpful: int = 0
    not_helpful: int = 0
    #: The cases waiting longest now: (case number, hours open, topic, language).
    oldest: list[tuple[int, int, str, str]] = field(default_factory=list)


def _bucket(age: timedelta) -> str:
    """The backlog bucket of a case this old."""
    days = age.total_seconds() / 86400
    return next(name for name, bound in BACKLOG_BUCKETS if days < bound)


def _add(table: dict[str, Counter], key: str | None, measure: str) -> None:
    """Count one consultation under `key` (None counted as "none")."""
    table.setdefault(key or "none", Counter())[measure] += 1


def compute(period: Period, answers: list[Consultation], cases: list[CaseRecord],
            feedback: tuple[int, int], now: datetime, tz: ZoneInfo, oldest: int = 5) -> Report:
    """Every figure for `period` from the rows (pure: no database, no clock of its own)."""
    start, end = period.bounds(tz)
    report = Report(period)
    for item in answers:
        if not period.first <= item.day <= period.last:
            continue
        measure = _KIND_MEASURE[item.kind]
        report.totals[measure] += 1
        _add(report.by_topic, item.topic, measure)
        _add(report.by_lang, item.lang, measure)
        _add(report.by_country, item.country, measure)
        report.ilo_answers.update(item.ilo)
        report.gender_answers[item.gender or "unknown"] += 1
    reply_hours: list[float] = []
    for case in cases:
        if start <= case.created_at < end:
            report.opened += 1
            report.totals["cases"] += 1
            _add(report.by_topic, case.topic, "cases")
            _add(report.by_lang, case.lang, "cases")
            _add(report.by_country, case.country, "cases")
            report.gender_cases[case.gender or "unknown"] += 1
            if case.first_reply_at is not None:
                reply_hours.append((case.first_reply_at - case.created_at).total_seconds() / 3600)
        if case.closed_at is not None and start <= case.closed_at < end:
            if case.status == "cancelled":
                report.cancelled += 1
            elif case.status == "closed":
                report.closed += 1
                report.outcomes[case.outcome or "none"] += 1
                report.violations[case.violation or "unclassified"] += 1
                report.ilo_cases.update(case.ilo)
                if case.amount:
                    total, count = report.amounts.get(case.currency or "?", (0, 0))
                    report.amounts[case.currency or "?"] = (total + case.amount, count + 1)
        if case.status in ("open", "claimed"):
            report.backlog[_bucket(now - case.created_at)] += 1
    if reply_hours:
        report.median_first_reply_hours = round(statistics.median(reply_hours), 1)
        report.replied = len(reply_hours)
    report.helpful, report.not_helpful = feedback
    waiting = sorted((c for c in cases if c.status in ("open", "claimed")), key=lambda c: (c.created_at, c.id))
    report.oldest = [(c.id, max(0, int((now - c.created_at).total_seconds() // 3600)), c.topic, c.lang)
                     for c in waiting[:oldest]]
    return report


async def gather(store: Store, period: Period, now: datetime, tz: ZoneInfo) -> tuple[Report, list[CaseRecord]]:
    """Read the rows for `period` and compute its report; also return the cases read."""
    start, end = period.bounds(tz)
    answers = await report_store.consultations(store, period.first, period.last)
    cases = await report_store.cases_touching(store, start, end)
    feedback = await report_store.feedback(store, start, end)
    return compute(period, answers, cases, feedback, now, tz), cases


# --- exports ---------------------------------------------------------------------------------------

#: The columns of the anonymous case records, in order.
RECORD_COLUMNS: tuple[str, ...] = (
    "record", "opened_week", "closed_week", "status", "lang", "country", "citizenship", "topic",
    "violation", "ilo", "gender", "outcome", "amount", "currency", "hours_to_first_reply", "days_open",
    "user_outcome",
)
SUMMARY_COLUMNS: tuple[str, ...] = ("section", "key", "measure", "value")


def suppress(count: int) -> str:
    """A count as exported: 1 to 4 become "<5"."""
    return SUPPRESSED_COUNT if 0 < count < MIN_CELL else str(count)


def records(period: Period, cases: list[CaseRecord], now: datetime, tz: ZoneInfo) -> list[dict[str, str]]:
    """One anonymous row per case opened in the period: no case number, no person, no text, weeks only."""
    start, end = period.bounds(tz)
    rows = []
    chosen = [c for c in cases if start <= c.created_at < end]
    for number, case in enumerate(sorted(chosen, key=lambda c: (c.created_at, c.id)), start=1):
        until = case.closed_at or now
        reply = "" if case.first_reply_at is None else \
            str(int((case.first_reply_at - case.created_at).total_seconds() // 3600))
        rows.append({
            "record": str(number), "opened_week": week_of(case.created_at, tz),
            "closed_week": week_of(case.closed_at, tz), "status": case.status, "lang": case.lang,
            "country": case.country or "", "citizenship": case.citizenship or "", "topic": case.topic,
            "violation": case.violation or "", "ilo": " ".join(case.ilo), "gender": case.gender or "",
            "outcome": case.outcome or "", "amount": "" if case.amount is None else str(case.amount),
            "currency": case.currency or ("" if case.amount is None else "?"),
            "hours_to_first_reply": reply, "days_open": str(max(0, (until - case.created_at).days)),
            "user_outcome": case.user_outcome or "",
        })
    return rows


def summary(report: Report) -> list[tuple[str, str, str, str]]:
    """The aggregated report as (section, key, measure, value) rows, small cells suppressed."""
    rows: list[tuple[str, str, str, str]] = [("period", "first", "date", report.period.first.isoformat()),
                                             ("period", "last", "date", report.period.last.isoformat())]
    rows += [("consultations", "all", m, suppress(report.totals[m])) for m in MEASURES]
    for section, table in (("topic", report.by_topic), ("lang", report.by_lang), ("country", report.by_country)):
        for key in sorted(table):
            rows += [(section, key, m, suppress(table[key][m])) for m in MEASURES]
    rows += [("cases", "opened", "count", suppress(report.opened)),
             ("cases", "closed", "count", suppress(report.closed)),
             ("cases", "cancelled", "count", suppress(report.cancelled)),
             ("cases", "first_reply", "median_hours",
              SUPPRESSED_FIGURE if report.replied < MIN_CELL else str(report.median_first_reply_hours)),
             ("cases", "first_reply", "count", suppress(report.replied))]
    rows += [("backlog", name, "count", suppress(report.backlog[name])) for name, _ in BACKLOG_BUCKETS]
    for section, counter in (("outcome", report.outcomes), ("violation", report.violations),
                             ("ilo_cases", report.ilo_cases), ("ilo_answers", report.ilo_answers),
                             ("gender_cases", report.gender_cases), ("gender_answers", report.gender_answers)):
        rows += [(section, key, "count", suppress(counter[key])) for key in sorted(counter)]
    for currency in sorted(report.amounts):
        total, count = report.amounts[currency]
        rows += [("amount", currency, "sum", SUPPRESSED_FIGURE if count < MIN_CELL else str(total)),
                 ("amount", currency, "cases", suppress(count))]
    rows += [("faq_feedback", "helpful", "count", suppress(report.helpful)),
             ("faq_feedback", "not_helpful", "count", suppress(report.not_helpful))]
    return rows


def records_csv(rows: list[dict[str, str]]) -> str:
    """The case records as CSV text."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=RECORD_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def summary_csv(rows: list[tuple[str, str, str, str]]) -> str:
    """The aggregated report as CSV text."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(SUMMARY_COLUMNS)
    writer.writerows(rows)
    return out.getvalue()


async def export(store: Store, period: Period, now: datetime, tz: ZoneInfo) -> tuple[str, str]:
    """(case records CSV, aggregated report CSV) for the period."""
    report, cases = await gather(store, period, now, tz)
    return records_csv(records(period, cases, now, tz)), summary_csv(summary(report))
