"""The user's side of the hand-off queue: asking for a lawyer, consent, the description, /mycase,
adding messages, cancelling, the week-after-closing question, and the user's own deadline reminders.

Rule: nothing is sent to a lawyer before the person has seen what will be shared and agreed.
A person has at most one open case. Everything they do to a case is audited (never the text).

Button data owned here: "case:<new|agree|no|add|cancel|cancel-yes|status>",
"casefu:<case>:<answer>" and "deadline:<patent|registration|list|cancel:<id>>".
Typed input: pending "case:desc", "case:more", "deadline:patent", "deadline:registration".
The flows helper may put "case:new" on any answer screen and "deadline:patent" /
"deadline:registration" on pre-departure screens.
"""

from __future__ import annotations

from datetime import date, timedelta

from hotline import handoff, reminders, safety, stats_chat
from hotline.case_store import Case
from hotline.core import Ctx, Router, Services, split_data
from hotline.events import Button, Text
from hotline.handoff import Actor, Conflict, IllegalMove
from hotline.menu import home_button

#: A description shorter than this is asked again.
MIN_DESCRIPTION = 5
#: A person may keep this many deadline reminders at once.
MAX_DEADLINES = 5
#: How far ahead a registration end date may be.
MAX_AHEAD = timedelta(days=3 * 366)


def _text(ctx: Ctx) -> str:
    """The typed text of the event ("" for anything else)."""
    return ctx.event.text.strip() if isinstance(ctx.event, Text) else ""


def _rows(*rows: list[Button]) -> tuple[tuple[Button, ...], ...]:
    """Rows of buttons as a keyboard."""
    return tuple(tuple(r) for r in rows if r)


# --- opening a case -------------------------------------------------------------------------

def consent_text(ctx: Ctx, draft: dict) -> str:
    """What will be shared with a lawyer, in the person's words."""
    user, context = ctx.user, draft["context"]
    lines = [ctx.t("case-consent-intro"),
             ctx.t("case-consent-lang", language=ctx.t("language-name")),
             ctx.t("case-consent-country", country=ctx.t(f"case-country-{user.country or 'none'}"))]
    if user.citizenship:
        lines.append(ctx.t("case-consent-citizenship", citizenship=user.citizenship.upper()))
    lines.append(ctx.t("case-consent-topic", topic=ctx.t(f"case-topic-{draft['topic']}")))
    if context.get("path") or context.get("answers"):
        lines.append(ctx.t("case-consent-flow"))
    if context.get("question"):
        lines.append(ctx.t("case-consent-question", question=context["question"][:300]))
    lines.append(ctx.t("case-consent-never"))
    lines.append(ctx.t("case-consent-ask"))
    return "\n".join(lines)


async def ask_for_lawyer(ctx: Ctx) -> None:
    """Start a case: show the open one if there is one, else ask for consent."""
    existing = await handoff.cases(ctx.services).active_of_user(ctx.user.user_id)
    if existing is not None:
        await show_status(ctx, existing)
        return
    draft = {"topic": handoff.topic_of(ctx.user), "context": handoff.context_of(ctx.user)}
    ctx.user.scratch["case_draft"] = draft
    ctx.user.pending = None
    ctx.edit_or_send(consent_text(ctx, draft),
                     _rows([ctx.button("case-consent-yes", "case:agree")],
                           [ctx.button("case-consent-no", "case:no")]), msg_id="case-consent-intro")


async def open_case(ctx: Ctx, description: str) -> None:
    """Open the case with the agreed draft and the description; tell the person and the lawyers."""
    services, store = ctx.services, handoff.cases(ctx.services)
    draft = ctx.user.scratch.pop("case_draft", None) or {}
    ctx.user.pending = None
    if await store.active_of_user(ctx.user.user_id) is not None:
        await show_status(ctx, await store.active_of_user(ctx.user.user_id))
        return
    topic = draft.get("topic") if draft.get("topic") in handoff.TOPICS else "general"
    context = draft.get("context") if isinstance(draft.get("context"), dict) else {}
    now = ctx.now
    urgent = await safety.urgent_flag(services.store, ctx.user.user_id) is not None
    case_id = await store.open_case(user_id=ctx.user.user_id, chat_id=ctx.user.chat_id, lang=ctx.lang,
                                    country=ctx.user.country, citizenship=ctx.user.citizenship,
                                    topic=topic, context=context, now=now, priority=int(urgent))
    await store.add_message(case_id, "user", ctx.user.user_id, description, now)
    await store.audit(case_id, "user", ctx.user.user_id, "open", now)
    await handoff.schedule_unclaimed(services, case_id, now)
    case = await store.get(case_id)
    assert case is not None
    config = services.config
    waiting = await store.count_open() - 1
    eta = reminders.expected_reply(now, config.tz, config.work_start, config.work_end, waiting,
                                   len(await store.lawyers()))
    local_now, local_eta = now.astimezone(config.tz), eta.astimezone(config.tz)
    if local_eta.date() == local_now.date():
        when = ctx.t("case-eta-today", time=local_eta.strftime("%H:00"))
    elif local_eta.date() == local_now.date() + timedelta(days=1):
        when = ctx.t("case-eta-tomorrow", time=local_eta.strftime("%H:00"))
    else:
        when = ctx.t("case-eta-date", date=local_eta.strftime("%d.%m"), time=local_eta.strftime("%H:00"))
    await stats_chat.ask_gender(ctx, case_id, topic)
    ctx.send("case-received", [ctx.button("case-add-button", "case:add")], [home_button(ctx)],
             case=str(case_id), when=when, waiting=waiting)
    ctx.out.extend(await handoff.announce(services, case, "case-new"))


# --- an open case -----------------------------------------------------------------------------

async def show_status(ctx: Ctx, case: Case | None) -> None:
    """Where the person's case stands, with what they can do next."""
    store = handoff.cases(ctx.services)
    if case is None or case.status not in ("open", "claimed"):
        latest = case or await store.latest_of_user(ctx.user.user_id)
        if latest is not None and latest.status == "closed":
            ctx.send("case-status-closed", [ctx.button("case-new-button", "case:new")], [home_button(ctx)],
                     case=str(latest.id), outcome=ctx.t(f"case-outcome-{latest.outcome or 'none'}"))
        else:
            ctx.send("case-none", [ctx.button("case-new-button", "case:new")], [home_button(ctx)])
        return
    actions = ([ctx.button("case-add-button", "case:add")], [ctx.button("case-cancel-button", "case:cancel")],
               [home_button(ctx)])
    hours = max(0, int((ctx.now - case.created_at).total_seconds() // 3600))
    if case.status == "open":
        ctx.send("case-status-open", *actions, case=str(case.id), hours=hours)
    else:
        lawyer = await store.lawyer(case.lawyer_id or 0)
        name = lawyer.display_name if lawyer and lawyer.display_name else ctx.t("case-lawyer-default-name")
        ctx.send("case-status-claimed", *actions, case=str(case.id), name=name)


async def add_user_message(ctx: Ctx, case: Case, text: str) -> None:
    """Add the person's message to their case and pass it to the lawyer who holds it."""
    services, store = ctx.services, handoff.cases(ctx.services)
    try:
        case = await handoff.apply(services, case, "message", Actor("user", ctx.user.user_id))
    except IllegalMove:
        await show_status(ctx, None)
        return
    await store.add_message(case.id, "user", ctx.user.user_id, text, ctx.now)
    ctx.user.pending = None
    if case.status == "claimed" and case.lawyer_id is not None:
        lawyer = await store.lawyer(case.lawyer_id)
        if lawyer is not None:
            lang = await handoff.lang_of(services, lawyer.user_id)
            ctx.out.append(handoff.message(services, lawyer.chat_id, lang, "law-user-wrote", tag=f"case:{case.id}",
                                           text=text, **handoff.case_args(services, case, lang)))
    ctx.send("case-message-added", [ctx.button("case-add-button", "case:add")], [home_button(ctx)], case=str(case.id))


# --- users' own deadlines -----------------------------------------------------------------------

async def show_deadlines(ctx: Ctx) -> None:
    """The person's deadline reminders, each with a cancel button, and buttons to add one."""
    items = await handoff.cases(ctx.services).user_deadlines(ctx.user.user_id)
    rows: list[list[Button]] = []
    lines = [ctx.t("deadline-menu")]
    for item in items:
        what = item.payload.get("what", "patent")
        shown = _shown(item.payload.get("date"))
        lines.append(ctx.t(f"deadline-item-{what}", date=shown))
        rows.append([ctx.button("deadline-cancel-button", f"deadline:cancel:{item.id}",
                                what=ctx.t(f"deadline-what-{what}"), date=shown)])
    if not items:
        lines.append(ctx.t("deadline-none"))
    rows += [[ctx.button("deadline-add-patent", "deadline:patent")],
             [ctx.button("deadline-add-registration", "deadline:registration")], [home_button(ctx)]]
    ctx.edit_or_send("\n".join(lines), _rows(*rows), msg_id="deadline-menu")


def _shown(iso_date: object) -> str:
    """A stored ISO date as the user reads it (dd.mm.yyyy)."""
    try:
        return date.fromisoformat(str(iso_date)).strftime("%d.%m.%Y")
    except ValueError:
        return "?"


async def set_deadline(ctx: Ctx, what: str, text: str) -> None:
    """Turn the typed day or date into a reminder, or ask again kindly."""
    store, config, now = handoff.cases(ctx.services), ctx.services.config, ctx.now
    payload: dict[str, object] = {"what": what}
    if what == "patent":
        day = reminders.parse_day_of_month(text)
        if day is None:
            ctx.send("deadline-bad-day", [home_button(ctx)])
            return
        deadline = reminders.next_monthly(day, now, config.tz)
        payload["day"] = day
    else:
        deadline = reminders.parse_date(text)
        today = now.astimezone(config.tz).date()
        if deadline is None or not today <= deadline <= today + MAX_AHEAD:
            ctx.send("deadline-bad-date", [home_button(ctx)])
            return
    payload["date"] = deadline.isoformat()
    due = reminders.deadline_reminder_at(deadline, now, config.tz)
    await store.add_reminder("deadline", ctx.user.chat_id, due, now, user_id=ctx.user.user_id, payload=payload)
    ctx.user.pending = None
    ctx.send(f"deadline-set-{what}", [ctx.button("deadline-list-button", "deadline:list")], [home_button(ctx)],
             date=deadline.strftime("%d.%m.%Y"), remind=due.astimezone(config.tz).strftime("%d.%m.%Y"))


# --- wiring -------------------------------------------------------------------------------------

def register(router: Router, services: Services) -> None:
    """Add the user's side of cases and deadlines to the router."""
    reminders.register(services)

    async def stale(ctx: Ctx) -> None:
        if router.stale_press is not None:
            await router.stale_press(ctx)

    async def unblock_guard(ctx: Ctx) -> bool:
        if ctx.event.sender.private and not ctx.user.is_new:
            await handoff.cases(ctx.services).unblock(ctx.event.sender.chat_id)
        return True

    router.guards.append(unblock_guard)

    @router.command("mycase")
    async def mycase(ctx: Ctx) -> None:
        await show_status(ctx, await handoff.cases(ctx.services).active_of_user(ctx.user.user_id))

    @router.command("deadline", "deadlines")
    async def deadline(ctx: Ctx) -> None:
        await show_deadlines(ctx)

    @router.press("case")
    async def case_press(ctx: Ctx) -> None:
        what = split_data(ctx.event.data)[1]
        store = handoff.cases(ctx.services)
        active = await store.active_of_user(ctx.user.user_id)
        if what == "new":
            await ask_for_lawyer(ctx)
        elif what == "agree" and "case_draft" in ctx.user.scratch and active is None:
            ctx.user.pending = "case:desc"
            ctx.edit_or_send(ctx.t("case-ask-description"), _rows([home_button(ctx)]),
                             msg_id="case-ask-description")
        elif what == "no":
            ctx.user.scratch.pop("case_draft", None)
            ctx.user.pending = None
            ctx.edit_or_send(ctx.t("case-declined"), _rows([home_button(ctx)]), msg_id="case-declined")
        elif what == "status":
            await show_status(ctx, active)
        elif what == "add" and active is not None:
            ctx.user.pending = "case:more"
            ctx.send("case-ask-more", [home_button(ctx)], case=str(active.id))
        elif what == "cancel" and active is not None:
            ctx.edit_or_send(ctx.t("case-cancel-confirm", case=str(active.id)),
                             _rows([ctx.button("case-cancel-yes", "case:cancel-yes")],
                                   [ctx.button("case-cancel-no", "case:status")]), msg_id="case-cancel-confirm")
        elif what == "cancel-yes" and active is not None:
            try:
                cancelled = await handoff.apply(ctx.services, active, "cancel", Actor("user", ctx.user.user_id))
            except (IllegalMove, Conflict):
                await show_status(ctx, None)
                return
            if active.lawyer_id is not None:
                lawyer = await store.lawyer(active.lawyer_id)
                if lawyer is not None:
                    lang = await handoff.lang_of(ctx.services, lawyer.user_id)
                    ctx.out.append(handoff.message(ctx.services, lawyer.chat_id, lang, "law-user-cancelled",
                                                   **handoff.case_args(ctx.services, cancelled, lang)))
            ctx.edit_or_send(ctx.t("case-cancelled", case=str(active.id)), _rows([home_button(ctx)]),
                             msg_id="case-cancelled")
        elif what in ("add", "cancel", "cancel-yes", "agree"):
            await show_status(ctx, active)
        else:
            await stale(ctx)

    @router.input("case")
    async def case_input(ctx: Ctx) -> None:
        text = _text(ctx)
        store = handoff.cases(ctx.services)
        if ctx.user.pending == "case:desc":
            if len(text) < MIN_DESCRIPTION:
                ctx.send("case-desc-too-short", [home_button(ctx)])
                return
            await open_case(ctx, text)
        else:
            active = await store.active_of_user(ctx.user.user_id)
            ctx.user.pending = None
            if active is None or not text:
                await show_status(ctx, active)
                return
            await add_user_message(ctx, active, text)

    @router.press("casefu")
    async def follow_up(ctx: Ctx) -> None:
        _, _, rest = ctx.event.data.partition(":")
        number, _, answer = rest.partition(":")
        store = handoff.cases(ctx.services)
        case = await store.get(int(number)) if number.isdigit() and len(number) < 10 else None
        if case is None or case.user_id != ctx.user.user_id or answer not in handoff.USER_OUTCOMES:
            await stale(ctx)
            return
        if case.user_outcome is None:
            try:
                await handoff.apply(ctx.services, case, "follow_up", Actor("user", ctx.user.user_id))
            except IllegalMove:
                await stale(ctx)
                return
            await store.set_user_outcome(case.id, answer)
        ctx.edit_or_send(ctx.t("case-follow-thanks"), _rows([home_button(ctx)]), msg_id="case-follow-thanks")

    @router.press("deadline")
    async def deadline_press(ctx: Ctx) -> None:
        what = split_data(ctx.event.data)[1]
        store = handoff.cases(ctx.services)
        if what in ("patent", "registration"):
            if len(await store.user_deadlines(ctx.user.user_id)) >= MAX_DEADLINES:
                ctx.send("deadline-too-many", [ctx.button("deadline-list-button", "deadline:list")])
                return
            ctx.user.pending = f"deadline:{what}"
            ctx.send(f"deadline-ask-{what}", [home_button(ctx)])
        elif what == "list":
            await show_deadlines(ctx)
        elif what.startswith("cancel:") and what[7:].isdigit() and len(what) < 20:
            if await store.cancel_user_reminder(int(what[7:]), ctx.user.user_id, ctx.now):
                ctx.toast(ctx.t("deadline-cancelled"))
                await show_deadlines(ctx)
            else:
                await stale(ctx)
        else:
            await stale(ctx)

    @router.input("deadline")
    async def deadline_input(ctx: Ctx) -> None:
        what = (ctx.user.pending or "").partition(":")[2]
        if what not in ("patent", "registration"):
            ctx.user.pending = None
            await show_deadlines(ctx)
            return
        await set_deadline(ctx, what, _text(ctx))
