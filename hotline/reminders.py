"""Reminders: which are due and when (pure functions, the clock passed in), and the one sweeper
that fires them.

Rule: the `reminders` table is the source of truth; the scheduler only sweeps it. A sweep runs in
one store transaction: it leases the due rows, builds the messages, and marks the rows sent. So a
reminder that fell due while the bot was down fires on the first sweep after start, once. A
reminder for lawyers that falls in quiet hours is moved to the morning instead of being sent.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hotline import handoff
from hotline.case_store import Reminder
from hotline.core import Services
from hotline.events import Action, Button, SendText, keyboard

#: How long a sweep holds the rows it claimed before another sweep may take them.
LEASE_SECONDS = 60
#: Users' own deadline reminders go out this many days before the date, at REMIND_HOUR local time.
DEADLINE_DAYS_BEFORE = 3
REMIND_HOUR = 10
_DELAY = re.compile(r"^\s*(\d{1,3})\s*([mhdw])\s*$", re.IGNORECASE)
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


# --- pure time arithmetic -------------------------------------------------------------------

def in_quiet_hours(moment: datetime, tz: ZoneInfo, start: int, end: int) -> bool:
    """Whether `moment` falls in the quiet hours [start, end) local time (may wrap midnight)."""
    hour = moment.astimezone(tz).hour
    if start == end:
        return False
    return start <= hour or hour < end if start > end else start <= hour < end


def after_quiet_hours(moment: datetime, tz: ZoneInfo, start: int, end: int) -> datetime:
    """`moment` if it is outside quiet hours, else the end of those quiet hours (the morning)."""
    if not in_quiet_hours(moment, tz, start, end):
        return moment
    local = moment.astimezone(tz)
    morning = datetime.combine(local.date(), time(end), tz)
    if morning <= local:
        morning = datetime.combine(local.date() + timedelta(days=1), time(end), tz)
    return morning


def parse_delay(text: str) -> timedelta | None:
    """"3d", "12h", "2w", "30m" -> a duration (at most a year), or None."""
    match = _DELAY.match(text or "")
    if not match:
        return None
    delta = timedelta(**{_UNITS[match.group(2).lower()]: int(match.group(1))})
    return delta if timedelta(0) < delta <= timedelta(days=366) else None


def parse_date(text: str) -> date | None:
    """"25.12.2026" (or 25/12/2026, 25-12-2026) -> a date, or None."""
    match = re.fullmatch(r"\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*", text or "")
    if not match:
        return None
    try:
        return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    except ValueError:
        return None


def parse_day_of_month(text: str) -> int | None:
    """"5" -> 5 (1-31), or None."""
    stripped = (text or "").strip()
    return int(stripped) if stripped.isdigit() and 1 <= int(stripped) <= 31 else None


def next_monthly(day: int, now: datetime, tz: ZoneInfo) -> date:
    """The next date (today or later, local time) that is the `day`-th of its month (or its last day)."""
    local = now.astimezone(tz).date()
    year, month = local.year, local.month
    for _ in range(2):
        candidate = date(year, month, min(day, monthrange(year, month)[1]))
        if candidate >= local:
            return candidate
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return candidate


def deadline_reminder_at(deadline: date, now: datetime, tz: ZoneInfo) -> datetime:
    """When to remind of a deadline: some days before, in the morning; never in the past."""
    moment = datetime.combine(deadline - timedelta(days=DEADLINE_DAYS_BEFORE), time(REMIND_HOUR), tz)
    return max(moment, now)


def expected_reply(now: datetime, tz: ZoneInfo, work_start: int, work_end: int,
                   queue: int, lawyers: int) -> datetime:
    """Roughly when a lawyer will read a new case: working hours (Mon-Fri) and the queue ahead.

    Assumes a lawyer reads about two cases an hour; the answer is an estimate for the user, not a
    promise, and is always inside working hours.
    """
    hours_needed = 1.0 + queue / (2.0 * max(lawyers, 1))
    moment = now.astimezone(tz)
    while hours_needed > 0:
        day_start = datetime.combine(moment.date(), time(work_start), tz)
        day_end = datetime.combine(moment.date(), time(work_end), tz)
        if moment.weekday() >= 5 or moment >= day_end:
            moment = datetime.combine(moment.date() + timedelta(days=1), time(work_start), tz)
            continue
        moment = max(moment, day_start)
        available = (day_end - moment).total_seconds() / 3600
        if hours_needed <= available:
            return moment + timedelta(hours=hours_needed)
        hours_needed -= available
        moment = day_end
    return moment


# --- the sweeper ---------------------------------------------------------------------------

async def sweep(services: Services) -> list[Action]:
    """Fire every due reminder once: lease, build the messages, mark sent, in one transaction."""
    store = handoff.cases(services)
    config = services.config
    actions: list[Action] = []
    async with services.store.transaction():
        now = services.now()
        for reminder in await store.claim_due(now, LEASE_SECONDS):
            if reminder.kind in handoff.LAWYER_REMINDERS and in_quiet_hours(
                    now, config.tz, config.quiet_start, config.quiet_end):
                await store.postpone(reminder.id, after_quiet_hours(now, config.tz, config.quiet_start,
                                                                    config.quiet_end))
                continue
            actions.extend(await _build(services, reminder, now))
            await store.mark_sent(reminder.id, now)
    return actions


async def _build(services: Services, reminder: Reminder, now: datetime) -> list[Action]:
    """The messages one reminder sends (none if the case has moved on meanwhile)."""
    store = handoff.cases(services)
    if reminder.kind == "deadline":
        return await _deadline(services, reminder, now)
    case = await store.get(reminder.case_id) if reminder.case_id is not None else None
    if case is None:
        return []
    hours = _hours(now - case.created_at)
    if reminder.kind == "unclaimed" and case.status == "open":
        await store.audit(case.id, "system", 0, "remind_unclaimed", now)
        return list(await handoff.announce(services, case, "case-remind-unclaimed", hours=hours))
    if reminder.kind == "unclaimed_admin" and case.status == "open":
        await store.audit(case.id, "system", 0, "remind_admins", now)
        return [handoff.message(services, chat_id, lang, "case-remind-admins", tag=f"case:{case.id}",
                                hours=hours, **handoff.case_args(services, case, lang))
                for chat_id, lang in await handoff.admin_targets(services)]
    if reminder.kind == "waiting" and case.status == "claimed" and case.waiting_since is not None:
        lawyer = await store.lawyer(case.lawyer_id or 0)
        if lawyer is None:
            return []
        await store.audit(case.id, "system", 0, "remind_waiting", now)
        lang = await handoff.lang_of(services, lawyer.user_id)
        return [handoff.message(services, lawyer.chat_id, lang, "case-remind-waiting", tag=f"case:{case.id}",
                                hours=_hours(now - case.waiting_since), **handoff.case_args(services, case, lang))]
    if reminder.kind == "lawyer_self" and case.status in ("open", "claimed"):
        lang = await handoff.lang_of(services, reminder.user_id or 0)
        return [handoff.message(services, reminder.chat_id, lang, "case-remind-self", tag=f"case:{case.id}",
                                **handoff.case_args(services, case, lang))]
    if reminder.kind == "follow_up" and case.status == "closed" and case.user_outcome is None:
        if await store.is_blocked(case.chat_id):
            return []
        await store.audit(case.id, "system", 0, "follow_up_asked", now)
        answers = ("paid", "not_paid") if case.topic == "wages" else ("solved", "not_solved")
        texts = services.texts
        buttons = keyboard([Button(texts.t(case.lang, f"case-follow-{a}"), f"casefu:{case.id}:{a}")
                            for a in answers])
        msg_id = "case-follow-up-wages" if case.topic == "wages" else "case-follow-up"
        return [handoff.to_user(services, case, msg_id, buttons)]
    return []


async def _deadline(services: Services, reminder: Reminder, now: datetime) -> list[Action]:
    """A user's own deadline reminder; a monthly one schedules the next month's."""
    store = handoff.cases(services)
    what = reminder.payload.get("what")
    deadline = reminder.payload.get("date")
    if what not in ("patent", "registration") or not isinstance(deadline, str):
        return []
    if await store.is_blocked(reminder.chat_id):
        return []
    lang = await handoff.lang_of(services, reminder.user_id or 0)
    day = reminder.payload.get("day")
    if what == "patent" and isinstance(day, int):
        tz = services.config.tz
        following = next_monthly(day, datetime.combine(date.fromisoformat(deadline) + timedelta(days=1),
                                                       time(12), tz), tz)
        await store.add_reminder("deadline", reminder.chat_id, deadline_reminder_at(following, now, tz), now,
                                 user_id=reminder.user_id,
                                 payload={"what": what, "day": day, "date": following.isoformat()})
    shown = date.fromisoformat(deadline).strftime("%d.%m.%Y")
    return [SendText(reminder.chat_id, services.texts.t(lang, f"deadline-due-{what}", date=shown),
                     msg_id=f"deadline-due-{what}")]


def _hours(delta: timedelta) -> int:
    """A duration in whole hours (at least 0)."""
    return max(0, int(delta.total_seconds() // 3600))


def register(services: Services) -> None:
    """Add the reminder sweep to the periodic jobs (once)."""
    if "reminders" not in services.extras:
        async def run() -> list[Action]:
            return await sweep(services)
        services.extras["reminders"] = run
        services.sweepers.append(run)
