"""Lawyer and admin commands: the queue, reading, taking, answering and closing cases, notes,
self-reminders, and managing who is a lawyer.

Rule: the role is checked on every call, from the database and the configuration, never from
state kept in memory. A stranger gets the plain unknown-command reply in a private chat and
silence in a group: they learn nothing, not even that the command exists. Lawyers' answers reach
the user under the lawyer's chosen display name; the user's name or username is never stored.
All commands here also work in the lawyers' group chat, and answer in the chat they came from.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Awaitable, Callable
from datetime import datetime

from hotline import handoff, reminders
from hotline.case_store import Case, CaseStore, Lawyer
from hotline.cases import add_user_message
from hotline.core import Ctx, Router, Services, split_data
from hotline.events import MAX_MESSAGE, Button, Command, Keyboard, SendText, Text, keyboard
from hotline.handoff import Actor, Conflict, IllegalMove
from hotline.i18n import LANGS
from hotline.menu import show_menu

log = logging.getLogger(__name__)

MAX_NAME = 40
MAX_CASE_NUMBER_DIGITS = 9
LawyerHandler = Callable[[Ctx, "Who"], Awaitable[None]]


class Who:
    """The person running a command: their id, whether they are an admin, their lawyer row."""

    def __init__(self, user_id: int, admin: bool, lawyer: Lawyer | None) -> None:
        self.user_id = user_id
        self.admin = admin
        self.lawyer = lawyer

    @property
    def actor(self) -> Actor:
        return Actor("lawyer" if self.lawyer else "admin", self.user_id)


# --- small helpers --------------------------------------------------------------------------------

def here(ctx: Ctx) -> int:
    """The chat the command came from (a lawyer's private chat or the lawyers' group)."""
    return ctx.event.sender.chat_id


def say(ctx: Ctx, msg_id: str, *rows: list[Button], tag: str = "", **args: object) -> None:
    """Answer in the chat the command came from (case numbers and ids shown as plain digits)."""
    shown = {k: str(v) if k in ("case", "id") else v for k, v in args.items()}
    ctx.send(msg_id, *rows, chat_id=here(ctx), tag=tag, **shown)


def args_of(ctx: Ctx) -> str:
    """The text after the command name."""
    return ctx.event.args.strip() if isinstance(ctx.event, Command) else ""


def case_number(text: str) -> int | None:
    """"12" or "#12" or "№12" -> 12; anything else -> None."""
    text = text.strip().lstrip("#№")
    return int(text) if text.isdigit() and len(text) <= MAX_CASE_NUMBER_DIGITS else None


def parse_langs(text: str) -> tuple[str, ...] | None:
    """"ru,ky" -> ("ru", "ky"); None if any part is not one of our languages."""
    parts = [p.strip().lower() for p in text.replace(" ", ",").split(",") if p.strip()]
    if not parts or any(p not in LANGS for p in parts):
        return None
    return tuple(dict.fromkeys(parts))


def local(ctx: Ctx, moment: datetime) -> str:
    """A moment as lawyers read it: day.month hours:minutes in the configured time zone."""
    return moment.astimezone(ctx.services.config.tz).strftime("%d.%m %H:%M")


def hours_since(ctx: Ctx, moment: datetime) -> int:
    """Whole hours from `moment` until now."""
    return max(0, int((ctx.now - moment).total_seconds() // 3600))


async def find_case(ctx: Ctx, text: str) -> Case | None:
    """The case named by `text`, or None after telling the lawyer what was wrong."""
    number = case_number(text)
    if number is None:
        say(ctx, "law-bad-number")
        return None
    case = await handoff.cases(ctx.services).get(number)
    if case is None:
        say(ctx, "law-no-case", case=number)
    return case


def display_name(ctx: Ctx, lawyer: Lawyer | None, lang: str) -> str:
    """The name a user sees on a lawyer's replies."""
    if lawyer is not None and lawyer.display_name:
        return lawyer.display_name
    return ctx.services.texts.t(lang, "case-lawyer-default-name")


def not_allowed(ctx: Ctx, case: Case) -> None:
    """Tell the lawyer the move does not fit the case's status."""
    say(ctx, "law-not-allowed", case=case.id, status=ctx.t(f"law-status-{case.status}"))


async def move_own(ctx: Ctx, who: Who, case: Case, move: str) -> Case | None:
    """Make `move` on a case this lawyer may act on (not one another lawyer holds); None if refused."""
    if case.status == "claimed" and case.lawyer_id != who.user_id:
        say(ctx, "law-not-yours", case=case.id)
        return None
    try:
        return await handoff.apply(ctx.services, case, move, who.actor)
    except (IllegalMove, Conflict):
        not_allowed(ctx, case)
        return None


# --- the case view ---------------------------------------------------------------------------------

async def case_view(ctx: Ctx, case: Case) -> str:
    """Everything about a case, for lawyers: the facts, the path, the messages, the notes."""
    store = handoff.cases(ctx.services)
    lawyer = await store.lawyer(case.lawyer_id) if case.lawyer_id else None
    head = [ctx.t("law-case-head", **handoff.case_args(ctx.services, case, ctx.lang),
                  status=ctx.t(f"law-status-{case.status}"), hours=hours_since(ctx, case.created_at),
                  citizenship=(case.citizenship or "—").upper(),
                  holder=display_name(ctx, lawyer, ctx.lang) if case.lawyer_id else "—")]
    context = case.context
    if context.get("path"):
        head.append(ctx.t("law-case-path", flow=str(context.get("flow", "")),
                          path=" → ".join(str(p) for p in context["path"])))
    if isinstance(context.get("answers"), dict):
        head.append(ctx.t("law-case-answers", answers="; ".join(f"{k}: {v}" for k, v in context["answers"].items())))
    if context.get("question"):
        head.append(ctx.t("law-case-question", question=str(context["question"])))
    if context.get("faq"):
        head.append(ctx.t("law-case-faq", faq=str(context["faq"])))
    if case.status == "closed":
        head.append(ctx.t("law-case-outcome", outcome=ctx.t(f"case-outcome-{case.outcome or 'none'}"),
                          amount=case.amount or "—",
                          answer=ctx.t(f"law-user-outcome-{case.user_outcome or 'none'}")))
    if await store.is_blocked(case.chat_id):
        head.append(ctx.t("law-case-blocked"))
    body: list[str] = []
    for item in await store.messages(case.id):
        if item.author == "user":
            body.append(ctx.t("law-case-msg-user", when=local(ctx, item.created_at), text=item.text))
        else:
            author = await store.lawyer(item.author_id)
            body.append(ctx.t("law-case-msg-lawyer", when=local(ctx, item.created_at), text=item.text,
                              name=display_name(ctx, author, ctx.lang)))
    for note in await store.notes(case.id):
        body.append(ctx.t("law-case-note", when=local(ctx, note.created_at), text=note.text))
    text = "\n".join(head + [""] + body)
    while len(text) > MAX_MESSAGE and len(body) > 1:
        body.pop(0)
        text = "\n".join(head + [ctx.t("law-case-cut")] + body)
    return text[:MAX_MESSAGE]


# --- the moves lawyers make ----------------------------------------------------------------------

async def take(ctx: Ctx, who: Who, case: Case) -> None:
    """Claim a case for this lawyer and tell the user a person is on it."""
    store = handoff.cases(ctx.services)
    assert who.lawyer is not None
    if len(await store.held_by(who.user_id)) >= who.lawyer.max_open:
        say(ctx, "law-too-many", max=who.lawyer.max_open)
        return
    try:
        case = await handoff.apply(ctx.services, case, "take", who.actor, lawyer_id=who.user_id)
    except IllegalMove:
        if case.status == "claimed":
            say(ctx, "law-already-taken", case=case.id)
        else:
            not_allowed(ctx, case)
        return
    except Conflict:
        say(ctx, "law-already-taken", case=case.id)
        return
    ctx.out.append(handoff.to_user(ctx.services, case, "case-taken",
                                   name=display_name(ctx, who.lawyer, case.lang)))
    say(ctx, "law-taken", case=case.id)
    ctx.send_text(await case_view(ctx, case), msg_id="law-case-head", chat_id=here(ctx), tag=f"case:{case.id}")


async def reply(ctx: Ctx, who: Who, case: Case, text: str) -> None:
    """Relay a lawyer's answer to the user under the lawyer's display name."""
    store = handoff.cases(ctx.services)
    if not text:
        say(ctx, "law-reply-usage")
        return
    if case.status == "open":
        say(ctx, "law-take-first", case=case.id)
        return
    moved = await move_own(ctx, who, case, "reply")
    if moved is None:
        return
    case = moved
    await store.add_message(case.id, "lawyer", who.user_id, text, ctx.now)
    ctx.out.append(handoff.to_user(ctx.services, case, "case-lawyer-reply", tag=f"case:{case.id}",
                                   name=display_name(ctx, who.lawyer, case.lang), text=text))
    if await store.is_blocked(case.chat_id):
        say(ctx, "law-user-blocked", case=case.id)
    else:
        say(ctx, "law-reply-sent", case=case.id)


async def close(ctx: Ctx, who: Who, case: Case, outcome: str, amount: str | None) -> None:
    """Close a case with an outcome and tell the user."""
    moved = await move_own(ctx, who, case, "close")
    if moved is None:
        return
    case = moved
    await handoff.cases(ctx.services).set_outcome(case.id, outcome, amount)
    ctx.out.append(handoff.to_user(ctx.services, case, "case-closed"))
    say(ctx, "law-closed", case=case.id, outcome=ctx.t(f"case-outcome-{outcome}"))


def close_buttons(ctx: Ctx, case_id: int) -> Keyboard:
    """One button per outcome for closing a case."""
    return keyboard(*[[ctx.button(f"case-outcome-{o}", f"lawclose:{case_id}:{o}")] for o in handoff.OUTCOMES])


def parse_amount(text: str) -> str | None:
    """An amount recovered: digits (spaces allowed), at most 12 of them; None if not that."""
    digits = text.replace(" ", "").replace("\u00a0", "")
    return digits if digits.isdigit() and len(digits) <= 12 else None


async def announce_returned(ctx: Ctx, returned: list[Case]) -> None:
    """Tell the users and the lawyers that cases are back in the queue."""
    for case in returned:
        ctx.out.append(handoff.to_user(ctx.services, case, "case-released"))
        ctx.out.extend(await handoff.announce(ctx.services, case, "case-back-in-queue"))


# --- wiring ---------------------------------------------------------------------------------------

def register(router: Router, services: Services) -> None:
    """Add the lawyer and admin commands, the reply relay and the Telegram hooks."""
    store = handoff.cases(services)

    async def stranger(ctx: Ctx) -> None:
        if ctx.event.sender.private and router.unknown_command is not None:
            await router.unknown_command(ctx)

    def guarded(*names: str, need: str) -> Callable[[LawyerHandler], LawyerHandler]:
        """Register a command that checks the role on every call: "lawyer", "staff" or "admin"."""
        def add(handler: LawyerHandler) -> LawyerHandler:
            async def checked(ctx: Ctx) -> None:
                user_id = ctx.event.sender.user_id
                who = Who(user_id, handoff.is_admin(ctx.services, user_id), await store.lawyer(user_id))
                allowed = {"lawyer": who.lawyer is not None, "admin": who.admin,
                           "staff": who.admin or who.lawyer is not None}[need]
                if not allowed:
                    if who.admin:
                        say(ctx, "law-need-lawyer")
                    else:
                        await stranger(ctx)
                    return
                await handler(ctx, who)
            router.command(*names, group=True)(checked)
            return handler
        return add

    @guarded("queue", need="staff")
    async def queue(ctx: Ctx, who: Who) -> None:
        arg = args_of(ctx).lower()
        lang = arg if arg in LANGS else None
        topic = arg if arg in handoff.TOPICS else None
        if arg and not (lang or topic):
            say(ctx, "law-queue-usage")
            return
        waiting = await store.queue(lang=lang, topic=topic)
        if not waiting:
            say(ctx, "law-queue-empty")
            return
        lines = [ctx.t("law-queue-title", count=len(waiting))]
        lines += [ctx.t("law-queue-line", **handoff.case_args(ctx.services, c, ctx.lang),
                        hours=hours_since(ctx, c.created_at)) for c in waiting]
        ctx.send_text("\n".join(lines), msg_id="law-queue-title", chat_id=here(ctx))

    @guarded("case", need="staff")
    async def show_case(ctx: Ctx, who: Who) -> None:
        case = await find_case(ctx, args_of(ctx))
        if case is not None:
            await store.audit(case.id, who.actor.role, who.user_id, "view", ctx.now)
            ctx.send_text(await case_view(ctx, case), msg_id="law-case-head", chat_id=here(ctx),
                          tag=f"case:{case.id}")

    @guarded("take", need="lawyer")
    async def take_cmd(ctx: Ctx, who: Who) -> None:
        case = await find_case(ctx, args_of(ctx))
        if case is not None:
            await take(ctx, who, case)

    @guarded("release", need="lawyer")
    async def release(ctx: Ctx, who: Who) -> None:
        case = await find_case(ctx, args_of(ctx))
        if case is None:
            return
        moved = await move_own(ctx, who, case, "release")
        if moved is None:
            return
        case = moved
        say(ctx, "law-released", case=case.id)
        await announce_returned(ctx, [case])

    @guarded("reply", need="lawyer")
    async def reply_cmd(ctx: Ctx, who: Who) -> None:
        number, _, text = args_of(ctx).partition(" ")
        if not number:
            say(ctx, "law-reply-usage")
            return
        case = await find_case(ctx, number)
        if case is not None:
            await reply(ctx, who, case, text.strip())

    @guarded("note", need="lawyer")
    async def note(ctx: Ctx, who: Who) -> None:
        number, _, text = args_of(ctx).partition(" ")
        case = await find_case(ctx, number) if number else None
        if number and case is None:
            return
        if case is None or not text.strip():
            say(ctx, "law-note-usage")
            return
        try:
            await handoff.apply(ctx.services, case, "note", who.actor)
        except IllegalMove:
            not_allowed(ctx, case)
            return
        await store.add_note(case.id, who.user_id, text.strip(), ctx.now)
        say(ctx, "law-note-saved", case=case.id)

    @guarded("close", need="lawyer")
    async def close_cmd(ctx: Ctx, who: Who) -> None:
        parts = args_of(ctx).split(maxsplit=2)
        if not parts:
            say(ctx, "law-close-usage")
            return
        case = await find_case(ctx, parts[0])
        if case is None:
            return
        if len(parts) == 1:
            say(ctx, "law-close-pick", *close_buttons(ctx, case.id), case=case.id)
            return
        outcome = parts[1].lower()
        amount = parse_amount(parts[2]) if len(parts) > 2 else None
        if outcome not in handoff.OUTCOMES or (len(parts) > 2 and (outcome != "won" or amount is None)):
            say(ctx, "law-close-usage")
            return
        await close(ctx, who, case, outcome, amount)

    router.before_onboarding.add("lawclose")

    @router.press("lawclose")
    async def close_press(ctx: Ctx) -> None:
        user_id = ctx.event.sender.user_id
        lawyer = await store.lawyer(user_id)
        number, _, outcome = split_data(ctx.event.data)[1].partition(":")
        case = await store.get(int(number)) if case_number(number) is not None else None
        if lawyer is None or case is None or outcome not in handoff.OUTCOMES:
            if router.stale_press is not None and ctx.event.sender.private:
                await router.stale_press(ctx)
            return
        ctx.toast()
        await close(ctx, Who(user_id, handoff.is_admin(ctx.services, user_id), lawyer), case, outcome, None)

    @guarded("mycases", need="lawyer")
    async def mycases(ctx: Ctx, who: Who) -> None:
        held = await store.held_by(who.user_id)
        if not held:
            say(ctx, "law-mycases-empty")
            return
        lines = [ctx.t("law-mycases-title", count=len(held), max=who.lawyer.max_open if who.lawyer else 0)]
        lines += [ctx.t("law-queue-line", **handoff.case_args(ctx.services, c, ctx.lang),
                        hours=hours_since(ctx, c.created_at)) for c in held]
        ctx.send_text("\n".join(lines), msg_id="law-mycases-title", chat_id=here(ctx))

    @guarded("remind", need="lawyer")
    async def remind(ctx: Ctx, who: Who) -> None:
        number, _, delay_text = args_of(ctx).partition(" ")
        delay = reminders.parse_delay(delay_text)
        if not number or delay is None:
            say(ctx, "law-remind-usage")
            return
        case = await find_case(ctx, number)
        if case is None:
            return
        if case.status not in ("open", "claimed"):
            not_allowed(ctx, case)
            return
        due = ctx.now + delay
        await store.add_reminder("lawyer_self", here(ctx), due, ctx.now, case_id=case.id, user_id=who.user_id)
        await store.audit(case.id, who.actor.role, who.user_id, "remind_self", ctx.now)
        say(ctx, "law-remind-set", case=case.id, when=local(ctx, due))

    @guarded("myname", need="lawyer")
    async def myname(ctx: Ctx, who: Who) -> None:
        name = " ".join(args_of(ctx).split())
        if not name or len(name) > MAX_NAME:
            say(ctx, "law-name-usage", max=MAX_NAME)
            return
        await store.set_display_name(who.user_id, name)
        say(ctx, "law-name-set", name=name)

    # --- admin ---------------------------------------------------------------------------------

    def target_id(text: str) -> int | None:
        return int(text) if text.isdigit() and len(text) <= 15 else None

    @guarded("lawyer_add", need="admin")
    async def lawyer_add(ctx: Ctx, who: Who) -> None:
        parts = args_of(ctx).split(maxsplit=2)
        user_id = target_id(parts[0]) if parts else None
        langs = parse_langs(parts[1]) if len(parts) > 1 else tuple(LANGS)
        name = " ".join(parts[2].split())[:MAX_NAME] if len(parts) > 2 else ""
        if user_id is None or langs is None:
            say(ctx, "law-add-usage")
            return
        await store.add_lawyer(user_id, langs, name, ctx.now)
        await store.audit(None, "admin", who.user_id, "lawyer_add", ctx.now)
        say(ctx, "law-added", id=user_id, langs=",".join(langs))

    @guarded("lawyer_remove", need="admin")
    async def lawyer_remove(ctx: Ctx, who: Who) -> None:
        user_id = target_id(args_of(ctx))
        if user_id is None or not await store.remove_lawyer(user_id):
            say(ctx, "law-remove-usage")
            return
        returned = await handoff.drop_lawyer(ctx.services, user_id, Actor("admin", who.user_id))
        await store.audit(None, "admin", who.user_id, "lawyer_remove", ctx.now)
        say(ctx, "law-removed", id=user_id, count=len(returned))
        await announce_returned(ctx, returned)

    @guarded("lawyer_langs", need="admin")
    async def lawyer_langs(ctx: Ctx, who: Who) -> None:
        parts = args_of(ctx).split(maxsplit=1)
        user_id = target_id(parts[0]) if parts else None
        langs = parse_langs(parts[1]) if len(parts) > 1 else None
        if user_id is None or langs is None or not await store.set_langs(user_id, langs):
            say(ctx, "law-langs-usage")
            return
        await store.audit(None, "admin", who.user_id, "lawyer_langs", ctx.now)
        say(ctx, "law-langs-set", id=user_id, langs=",".join(langs))

    @guarded("lawyer_max", need="admin")
    async def lawyer_max(ctx: Ctx, who: Who) -> None:
        parts = args_of(ctx).split()
        user_id = target_id(parts[0]) if parts else None
        limit = int(parts[1]) if len(parts) == 2 and parts[1].isdigit() and 1 <= int(parts[1]) <= 100 else None
        if user_id is None or limit is None or not await store.set_max_open(user_id, limit):
            say(ctx, "law-max-usage")
            return
        await store.audit(None, "admin", who.user_id, "lawyer_max", ctx.now)
        say(ctx, "law-max-set", id=user_id, max=limit)

    @guarded("lawyers", need="admin")
    async def lawyers(ctx: Ctx, who: Who) -> None:
        everyone = await store.lawyers()
        lines = [ctx.t("law-list-title", count=len(everyone))]
        for lawyer in everyone:
            lines.append(ctx.t("law-list-line", id=lawyer.user_id, name=lawyer.display_name or "—",
                               langs=",".join(lawyer.langs), held=len(await store.held_by(lawyer.user_id)),
                               max=lawyer.max_open))
        ctx.send_text("\n".join(lines), msg_id="law-list-title", chat_id=here(ctx))

    @guarded("invite", need="admin")
    async def invite(ctx: Ctx, who: Who) -> None:
        langs = parse_langs(args_of(ctx)) if args_of(ctx) else tuple(LANGS)
        if langs is None:
            say(ctx, "law-invite-usage")
            return
        code = secrets.token_urlsafe(9)
        await store.create_invite(code, langs, who.user_id, ctx.now)
        await store.audit(None, "admin", who.user_id, "invite", ctx.now)
        say(ctx, "law-invite-made", code=code, langs=",".join(langs))
        bot_username = ctx.services.extras.get("bot_username")
        if bot_username:
            say(ctx, "law-invite-link", link=f"https://t.me/{bot_username}?start=join-{code}")

    @router.command("join")
    async def join(ctx: Ctx) -> None:
        code = args_of(ctx)
        if isinstance(ctx.event, Command) and ctx.event.name == "start":  # t.me/<bot>?start=join-CODE
            code = code.partition("-")[2]
        langs = await store.use_invite(code, ctx.user.user_id, ctx.now) if 0 < len(code) <= 40 else None
        if langs is None:
            if isinstance(ctx.event, Command) and ctx.event.name == "start":
                show_menu(ctx, "menu-welcome-back")  # a used or mistyped invite link: an ordinary start
            else:
                await stranger(ctx)
            return
        await store.add_lawyer(ctx.user.user_id, langs, "", ctx.now)
        await store.audit(None, "lawyer", ctx.user.user_id, "join", ctx.now)
        say(ctx, "law-joined", langs=",".join(langs))

    # --- replies to the bot's messages, and the Telegram hooks --------------------------------------

    async def on_reply(ctx: Ctx) -> bool:
        event = ctx.event
        if not isinstance(event, Text) or event.reply_to_message_id is None:
            return False
        case_id = await store.linked_case(event.sender.chat_id, event.reply_to_message_id)
        case = await store.get(case_id) if case_id is not None else None
        if case is None:
            return False
        user_id = event.sender.user_id
        if user_id == case.user_id and event.sender.private:
            if case.status in ("open", "claimed"):
                await add_user_message(ctx, case, event.text.strip())
                return True
            return False
        lawyer = await store.lawyer(user_id)
        if lawyer is None:
            return False
        await reply(ctx, Who(user_id, handoff.is_admin(ctx.services, user_id), lawyer), case, event.text.strip())
        return True

    router.on_reply = on_reply
    router.deep_links["join"] = join
    services.extras.setdefault("telegram_hooks", []).append(lambda front: attach(front, services))


def attach(front: object, services: Services) -> None:
    """Give the Telegram front end our hooks: remember case messages, mark chats that blocked us."""
    store: CaseStore = handoff.cases(services)

    async def sent(action: SendText, message_id: int) -> None:
        prefix, _, rest = action.tag.partition(":")
        if prefix == "case" and rest.isdigit():
            async with services.store.transaction():
                await store.link(action.chat_id, message_id, int(rest))

    async def blocked(chat_id: int) -> None:
        async with services.store.transaction():
            await store.mark_blocked(chat_id, services.now())

    front.on_sent.append(sent)  # type: ignore[attr-defined]
    front.on_blocked.append(blocked)  # type: ignore[attr-defined]
