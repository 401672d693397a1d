"""Reports in the conversation: /stats and /export for staff, /classify for lawyers, the optional
gender question when a case opens, the weekly digest to admins, and recording answers shown.

Rule: the role is checked on every call through the hand-off's `role_of` (admins from the
configuration, lawyers from the database); a stranger gets the plain unknown-command reply in a
private chat and silence in a group. Reports are anonymous (see hotline.reports). The weekly
digest is claimed in the database before it is built, in the sweep's transaction, so a restart
neither sends it twice nor skips it.

Commands: /stats [period], /export [period] (admins and lawyers), /classify N [violation] [ILO codes]
[amount CURRENCY] (admins and lawyers). Button data owned here: "gender:<case>:<f|m|skip>".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import datetime, time, timedelta
from typing import Any

from hotline import charts, handoff, report_store, reports
from hotline.core import Ctx, Router, Services, split_data
from hotline.events import Action, Button, Command, SendFile, SendText, keyboard
from hotline.reports import BACKLOG_BUCKETS, MEASURES, Period, Report
from hotline.store import from_iso

#: The weekly digest goes out on this weekday (0 = Monday) from this hour, local time.
DIGEST_WEEKDAY = 0
DIGEST_HOUR = 9
MAX_CASE_DIGITS = 9
#: A list in /stats names at most this many items (a phone screen), then says how many more.
LIST_LIMIT = 6
_ILO = re.compile(r"^C\d{3}$")
_AMOUNT = re.compile(r"(\d[\d\s]{0,14})\s*([A-Za-z]{3})\b")
Translate = Callable[..., str]
TOPICS: tuple[str, ...] = ("wages", "contracts", "maternity", "predeparture", "general")
OUTCOMES: tuple[str, ...] = ("advice", "referred", "won", "no_response", "none")


# --- gender, asked only where it matters ----------------------------------------------------------

async def ask_gender(ctx: Ctx, case_id: int, topic: str) -> None:
    """After a case opens: a maternity case implies a woman; otherwise one skippable question."""
    if topic == "maternity":
        await report_store.set_gender(ctx.store, case_id, "f")
        return
    ctx.send("report-gender-ask", [ctx.button("report-gender-f", f"gender:{case_id}:f"),
                                   ctx.button("report-gender-m", f"gender:{case_id}:m")],
             [ctx.button("report-gender-skip", f"gender:{case_id}:skip")])


# --- texts ----------------------------------------------------------------------------------------

def _number(value: int) -> str:
    """A whole number with thin groups: 45 000."""
    return f"{value:,}".replace(",", " ")


def _list(t: Translate, prefix: str, counts: Mapping[str, int], limit: int = LIST_LIMIT) -> str:
    """"Name 12, Name 3" by count, the first `limit`; names looked up as `prefix-key` (codes shown as they are)."""
    items = sorted(((k, v) for k, v in counts.items() if v), key=lambda kv: (-kv[1], kv[0]))
    if not items:
        return t("report-none")
    shown = ", ".join(f"{t(f'{prefix}-{k}') if prefix else k} {v}" for k, v in items[:limit])
    return shown + (", " + t("report-more", count=len(items) - limit) if len(items) > limit else "")


def stats_text(t: Translate, report: Report) -> str:
    """The short text of /stats (and of the digest) in one language."""
    lines = [t("report-stats-consultations", flows=report.totals["flows"], faq=report.totals["faq"],
               cases=report.totals["cases"])]
    if report.by_topic:
        lines.append(t("report-stats-by-topic"))
        for topic in sorted(report.by_topic, key=lambda k: -sum(report.by_topic[k].values())):
            counts = report.by_topic[topic]
            lines.append(t("report-stats-topic-line", topic=t(f"report-topic-{topic}"),
                           **{m: counts[m] for m in MEASURES}))
    totals = {k: sum(v.values()) for k, v in report.by_lang.items()}
    lines.append(t("report-stats-by-lang", list=_list(t, "report-lang", totals)))
    totals = {k: sum(v.values()) for k, v in report.by_country.items()}
    lines.append(t("report-stats-by-country", list=_list(t, "report-country", totals)))
    lines.append(t("report-stats-cases", opened=report.opened, closed=report.closed, cancelled=report.cancelled))
    if report.median_first_reply_hours is None:
        lines.append(t("report-stats-first-reply-none"))
    else:
        lines.append(t("report-stats-first-reply", hours=str(report.median_first_reply_hours),
                       count=report.replied))
    lines.append(t("report-stats-backlog", total=sum(report.backlog.values()),
                   **{name: report.backlog[name] for name, _ in BACKLOG_BUCKETS}))
    lines.append(t("report-stats-outcomes", list=_list(t, "report-outcome", report.outcomes)))
    violations = {t("report-unclassified") if k == "unclassified" else k: v for k, v in report.violations.items()}
    lines.append(t("report-stats-violations", list=_list(t, "", violations)))
    lines.append(t("report-stats-ilo", list=_list(t, "", report.ilo_cases),
                   answers=_list(t, "", report.ilo_answers)))
    if report.amounts:
        amounts = ", ".join(f"{_number(total)} {t('report-currency-unknown') if cur == '?' else cur} ({count})"
                            for cur, (total, count) in sorted(report.amounts.items()))
        lines.append(t("report-stats-amounts", list=amounts))
    else:
        lines.append(t("report-stats-amounts-none"))
    lines.append(t("report-stats-gender", f=report.gender_cases["f"], m=report.gender_cases["m"],
                   unknown=report.gender_cases["unknown"]))
    lines.append(t("report-stats-feedback", yes=report.helpful, no=report.not_helpful))
    return "\n".join(lines)


def chart_labels(t: Translate, report: Report) -> dict[str, str]:
    """Every word the chart shows, in one language."""
    labels = {"title": t("report-chart-title", period=report.period.label),
              "consultations": t("report-chart-consultations"), "backlog": t("report-chart-backlog"),
              "outcomes": t("report-chart-outcomes"), "feedback": t("report-chart-feedback"),
              "helpful": t("report-helpful"), "not-helpful": t("report-not-helpful")}
    labels.update({f"measure-{m}": t(f"report-measure-{m}") for m in MEASURES})
    labels.update({f"topic-{k}": t(f"report-topic-{k}") for k in TOPICS})
    labels["topic-none"] = t("report-topic-general")
    labels.update({f"backlog-{name}": t(f"report-backlog-{name}") for name, _ in BACKLOG_BUCKETS})
    labels.update({f"outcome-{k}": t(f"report-outcome-{k}") for k in OUTCOMES})
    return labels


def digest_text(t: Translate, report: Report, week: str) -> str:
    """The weekly digest: the week's figures and the cases waiting longest."""
    lines = [t("report-digest-title", week=week, period=report.period.label), stats_text(t, report)]
    if report.oldest:
        lines.append(t("report-digest-oldest"))
        lines += [t("report-digest-oldest-line", case=str(number), hours=hours, topic=t(f"report-topic-{topic}"),
                    language=t(f"report-lang-{lang}")) for number, hours, topic, lang in report.oldest]
    else:
        lines.append(t("report-digest-none-waiting"))
    return "\n".join(lines)


# --- the weekly digest ------------------------------------------------------------------------------

def digest_due(now: datetime, services: Services) -> tuple[str, Period]:
    """The ISO week whose digest is due by `now` (Monday 09:00 local), and that week's days."""
    local = now.astimezone(services.config.tz)
    monday = local.date() - timedelta(days=local.weekday() - DIGEST_WEEKDAY)
    if local < datetime.combine(monday, time(DIGEST_HOUR), services.config.tz):
        monday -= timedelta(days=7)
    first = monday - timedelta(days=7)
    return reports.week_of(first), Period(first, monday - timedelta(days=1))


async def sweep_digest(services: Services) -> list[Action]:
    """Send last week's digest to every admin once: claimed in the database before it is built."""
    if not services.config.admins:
        return []
    week, period = digest_due(services.now(), services)
    started = await services.store.fetch_value(
        "SELECT MIN(at) FROM (SELECT MIN(created_at) AS at FROM users UNION ALL SELECT MIN(created_at) FROM cases)")
    if started is None or period.last < from_iso(started).astimezone(services.config.tz).date():
        return []  # nobody had written yet by the end of that week: nothing to report
    actions: list[Action] = []
    async with services.store.transaction():
        now = services.now()
        if not await report_store.claim_digest(services.store, week, now):
            return []
        report, _ = await reports.gather(services.store, period, now, services.config.tz)
        for chat_id, lang in await handoff.admin_targets(services):
            def t(msg_id: str, _lang: str = lang, **args: Any) -> str:
                return services.texts.t(_lang, msg_id, **args)
            actions.append(SendText(chat_id, digest_text(t, report, week), msg_id="report-digest-title"))
    return actions


# --- staff commands ------------------------------------------------------------------------------------

def parse_classification(text: str, known: Mapping[str, Any]) -> dict[str, Any] | None:
    """"wage.unpaid C095,C097 45 000 RUB" -> violation, ilo, amount, currency; None if unreadable."""
    found: dict[str, Any] = {}
    match = _AMOUNT.search(text)
    if match:
        currency = match.group(2).upper()
        if currency not in report_store.CURRENCIES:
            return None
        found["amount"], found["currency"] = int(re.sub(r"\s", "", match.group(1))), currency
        text = text[:match.start()] + " " + text[match.end():]
    codes: list[str] = []
    for token in text.replace(",", " ").split():
        if _ILO.match(token.upper()):
            codes.append(token.upper())
        elif token in known and "violation" not in found:
            found["violation"] = token
        else:
            return None
    if codes:
        found["ilo"] = tuple(dict.fromkeys(codes))
    elif "violation" in found:
        entry = known[found["violation"]]
        found["ilo"] = tuple(getattr(entry, "ilo", ()) or ())
    return found or None


def register(router: Router, services: Services) -> None:
    """Add /stats, /export, /classify, the gender buttons and the weekly digest."""
    async def run_digest() -> list[Action]:
        return await sweep_digest(services)

    services.sweepers.append(run_digest)

    def here(ctx: Ctx) -> int:
        return ctx.event.sender.chat_id

    def staff(handler: Callable[[Ctx, str], Any]) -> Callable[[Ctx], Any]:
        """Run the handler only for admins and lawyers, checked afresh on every call."""
        async def checked(ctx: Ctx) -> None:
            role = await handoff.role_of(ctx.services, ctx.event.sender.user_id)
            if role is None:
                if ctx.event.sender.private and router.unknown_command is not None:
                    await router.unknown_command(ctx)
                return
            await handler(ctx, role)
        return checked

    def args_of(ctx: Ctx) -> str:
        return ctx.event.args.strip() if isinstance(ctx.event, Command) else ""

    def period_of(ctx: Ctx) -> Period | None:
        """The period asked for, or None after explaining the accepted forms."""
        today = ctx.now.astimezone(ctx.services.config.tz).date()
        period = reports.parse_period(args_of(ctx), today)
        if period is None:
            ctx.send("report-period-bad", chat_id=here(ctx))
        return period

    async def stats(ctx: Ctx, role: str) -> None:
        period = period_of(ctx)
        if period is None:
            return
        report, _ = await reports.gather(ctx.store, period, ctx.now, ctx.services.config.tz)
        text = ctx.t("report-stats-title", period=period.label) + "\n" + stats_text(ctx.t, report)
        ctx.send_text(text, msg_id="report-stats-title", chat_id=here(ctx))
        png = charts.render(report, chart_labels(ctx.t, report))
        ctx.out.append(SendFile(here(ctx), f"stats-{period.slug}.png", png,
                                caption=ctx.t("report-chart-caption", period=period.label), photo=True,
                                msg_id="report-chart-caption"))

    async def export(ctx: Ctx, role: str) -> None:
        period = period_of(ctx)
        if period is None:
            return
        records, summary = await reports.export(ctx.store, period, ctx.now, ctx.services.config.tz)
        ctx.out.append(SendFile(here(ctx), f"cases-{period.slug}.csv", records.encode("utf-8"),
                                caption=ctx.t("report-export-records", period=period.label),
                                msg_id="report-export-records"))
        ctx.out.append(SendFile(here(ctx), f"summary-{period.slug}.csv", summary.encode("utf-8"),
                                caption=ctx.t("report-export-summary", period=period.label),
                                msg_id="report-export-summary"))

    async def classify(ctx: Ctx, role: str) -> None:
        number, _, rest = args_of(ctx).partition(" ")
        if not number.lstrip("№#").isdigit() or len(number) > MAX_CASE_DIGITS:
            ctx.send("report-classify-usage", chat_id=here(ctx))
            return
        case = await handoff.cases(ctx.services).get(int(number.lstrip("№#")))
        if case is None:
            ctx.send("report-classify-no-case", chat_id=here(ctx), case=number.lstrip("№#"))
            return
        knowledge = ctx.services.extras.get("knowledge")
        found = parse_classification(rest, knowledge.entries if knowledge else {}) if rest.strip() else {}
        if found is None:
            ctx.send("report-classify-usage", chat_id=here(ctx))
            return
        if found:
            await report_store.classify(ctx.store, case.id, now=ctx.now, **found)
            await handoff.cases(ctx.services).audit(case.id, role, ctx.event.sender.user_id, "classify", ctx.now)
        current = await report_store.classification(ctx.store, case.id) or {}
        amount = current.get("amount")
        ctx.send("report-classify-saved" if found else "report-classify-current", chat_id=here(ctx),
                 case=str(case.id), violation=current.get("violation") or "—",
                 ilo=" ".join(current.get("ilo") or ()) or "—",
                 amount=f"{_number(amount)} {current.get('currency') or ''}".strip() if amount else "—")

    router.command("stats", group=True)(staff(stats))
    router.command("export", group=True)(staff(export))
    router.command("classify", group=True)(staff(classify))

    @router.press("gender")
    async def gender_press(ctx: Ctx) -> None:
        number, _, answer = split_data(ctx.event.data)[1].partition(":")
        case = None
        if number.isdigit() and len(number) <= MAX_CASE_DIGITS and answer in ("f", "m", "skip"):
            case = await handoff.cases(ctx.services).get(int(number))
        if case is None or case.user_id != ctx.user.user_id:
            if router.stale_press is not None:
                await router.stale_press(ctx)
            return
        await report_store.set_gender(ctx.store, case.id, None if answer == "skip" else answer)
        ctx.toast()
        ctx.edit_or_send(ctx.t("report-gender-thanks"), keyboard([Button(ctx.t("menu-home"), "menu:main")]),
                         msg_id="report-gender-thanks")

