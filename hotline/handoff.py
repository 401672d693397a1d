"""The life of a case as a table of allowed moves, the role checks, and what each move causes.

Rule: a case changes only through `apply`, which looks the move up in CASE_TRANSITIONS; a move
the table does not allow raises IllegalMove and changes nothing. Status changes two people may
race for are conditional UPDATEs, so the loser gets Conflict. Every move is written to the audit
log (who as role and id, what, when; never a text) and keeps the case's reminders in step.
Knows nothing of Telegram: messages to other chats are returned as SendText actions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from hotline.case_store import Case, CaseStore
from hotline.core import Services
from hotline.events import Keyboard, SendText
from hotline.i18n import DEFAULT_LANG
from hotline.store import UserState

#: status -> {move: next status}. Moves that keep the status (a message, a note) are listed too,
#: so that "you cannot reply to a closed case" is the same rule as "you cannot take it".
CASE_TRANSITIONS: dict[str, dict[str, str]] = {
    "open": {"take": "claimed", "cancel": "cancelled", "close": "closed",
             "message": "open", "note": "open"},
    "claimed": {"release": "open", "drop": "open", "cancel": "cancelled", "close": "closed",
                "reply": "claimed", "message": "claimed", "note": "claimed"},
    "closed": {"note": "closed", "follow_up": "closed"},
    "cancelled": {},
}

#: How a lawyer may close a case.
OUTCOMES: tuple[str, ...] = ("advice", "referred", "won", "no_response")
#: What a user may answer a week after closing ("paid"/"not_paid" are asked for wage cases).
USER_OUTCOMES: tuple[str, ...] = ("solved", "not_solved", "paid", "not_paid")
#: Case topics: the menu's four guided topics and everything else.
TOPICS: tuple[str, ...] = ("wages", "contracts", "maternity", "predeparture", "general")
#: FAQ entry id prefix -> topic.
_FAQ_TOPICS = {"wage": "wages", "contract": "contracts", "maternity": "maternity",
               "predeparture": "predeparture", "general": "general"}

#: Reminder kinds that go to lawyers or admins (quiet hours apply to them).
LAWYER_REMINDERS: tuple[str, ...] = ("unclaimed", "unclaimed_admin", "waiting", "lawyer_self")
CASE_REMINDERS: tuple[str, ...] = LAWYER_REMINDERS + ("follow_up",)
ADMIN_AFTER = timedelta(hours=24)
WAITING_AFTER = timedelta(hours=24)
FOLLOW_UP_AFTER = timedelta(days=7)


class IllegalMove(Exception):
    """The move is not allowed from the case's status (nothing was changed)."""

    def __init__(self, status: str, move: str) -> None:
        super().__init__(f"{move} is not allowed on a {status} case")
        self.status = status
        self.move = move


class Conflict(Exception):
    """Someone else changed the case first (e.g. another lawyer took it)."""


def next_status(status: str, move: str) -> str:
    """The status after `move`, or IllegalMove."""
    try:
        return CASE_TRANSITIONS[status][move]
    except KeyError:
        raise IllegalMove(status, move) from None


# --- roles --------------------------------------------------------------------------------

def is_admin(services: Services, user_id: int) -> bool:
    """Admins are named in configuration (HOTLINE_ADMINS)."""
    return user_id in services.config.admins


def cases(services: Services) -> CaseStore:
    """The hand-off queue's store."""
    return services.extras.setdefault("case_store", CaseStore(services.store))


async def role_of(services: Services, user_id: int) -> str | None:
    """"admin", "lawyer" or None, looked up afresh on every call."""
    if is_admin(services, user_id):
        return "admin"
    if await cases(services).lawyer(user_id) is not None:
        return "lawyer"
    return None


# --- what a case carries --------------------------------------------------------------------

def topic_of(user: UserState) -> str:
    """The case topic from the flow the person was in or the FAQ entry they saw."""
    if user.flow in TOPICS:
        return str(user.flow)
    faq = user.scratch.get("last_faq")
    if isinstance(faq, str):
        return _FAQ_TOPICS.get(faq.split(".")[0], "general")
    return "general"


def _short(value: Any, limit: int = 200) -> str | None:
    """A stored value as short text, or None if it is not a plain value."""
    if isinstance(value, (str, int, float)) and str(value).strip():
        return str(value)[:limit]
    return None


def context_of(user: UserState) -> dict[str, Any]:
    """What the hotline already knows that a lawyer needs, read defensively from the user state."""
    context: dict[str, Any] = {}
    if user.flow:
        context["flow"] = _short(user.flow)
        path = [_short(step) for step in (user.history or [])[-10:]]
        path += [_short(user.node)] if user.node else []
        context["path"] = [step for step in path if step]
    answers = user.scratch.get("answers")
    if isinstance(answers, dict):
        kept = {str(k)[:40]: _short(v) for k, v in list(answers.items())[:15] if _short(v)}
        if kept:
            context["answers"] = kept
    for key, name in (("last_question", "question"), ("last_faq", "faq")):
        value = _short(user.scratch.get(key), 1000)
        if value:
            context[name] = value
    return context


# --- moves --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Actor:
    """Who makes a move: "user", "lawyer", "admin" or "system", and their id."""

    role: str
    user_id: int


async def apply(services: Services, case: Case, move: str, actor: Actor, *,
                lawyer_id: int | None = None) -> Case:
    """Make a move on a case: check the table, change the row, audit, keep reminders in step."""
    store = cases(services)
    now = services.now()
    new_status = next_status(case.status, move)
    if new_status != case.status or move == "take":
        holder = {"take": lawyer_id, "release": None, "drop": None}.get(move, case.lawyer_id)
        expect = case.lawyer_id if case.status == "claimed" and move in ("release", "drop") else None
        if not await store.move(case.id, old_status=case.status, new_status=new_status, lawyer_id=holder,
                                now=now, expect_lawyer=expect):
            raise Conflict(case.id)
    await store.audit(case.id, actor.role, actor.user_id, move, now)
    await _keep_reminders(services, case, move, now)
    updated = await store.get(case.id)
    assert updated is not None
    return updated


async def _keep_reminders(services: Services, case: Case, move: str, now: datetime) -> None:
    """Schedule and cancel the reminders that follow from a move."""
    store = cases(services)
    if move == "take":
        await store.cancel_reminders(case.id, ("unclaimed", "unclaimed_admin"), now)
    elif move in ("release", "drop"):
        await store.cancel_reminders(case.id, ("waiting",), now)
        await store.set_waiting(case.id, None)
        await schedule_unclaimed(services, case.id, now)
    elif move == "message" and case.status == "claimed" and case.waiting_since is None:
        await store.set_waiting(case.id, now)
        await store.add_reminder("waiting", 0, now + WAITING_AFTER, now, case_id=case.id)
    elif move == "reply":
        await store.set_waiting(case.id, None)
        await store.cancel_reminders(case.id, ("waiting",), now)
    elif move in ("close", "cancel"):
        await store.set_waiting(case.id, None)
        await store.cancel_reminders(case.id, CASE_REMINDERS, now)
        if move == "close":
            await store.add_reminder("follow_up", case.chat_id, now + FOLLOW_UP_AFTER, now,
                                     case_id=case.id, user_id=case.user_id)


async def schedule_unclaimed(services: Services, case_id: int, now: datetime) -> None:
    """Remind lawyers of an unclaimed case after the configured hours, and admins after a day."""
    store = cases(services)
    hours = timedelta(hours=services.config.remind_unclaimed_hours)
    await store.add_reminder("unclaimed", 0, now + hours, now, case_id=case_id)
    await store.add_reminder("unclaimed_admin", 0, now + max(ADMIN_AFTER, hours), now, case_id=case_id)


async def drop_lawyer(services: Services, lawyer_id: int, actor: Actor) -> list[Case]:
    """Put every case a removed lawyer held back in the queue; return them."""
    returned = []
    for case in await cases(services).held_by(lawyer_id):
        returned.append(await apply(services, case, "drop", actor))
    return returned


# --- messages to other chats ------------------------------------------------------------------

async def lang_of(services: Services, user_id: int) -> str:
    """The language a person chose (Russian if we never met them)."""
    return await services.store.user_lang(user_id) or DEFAULT_LANG


async def lawyer_targets(services: Services, case_lang: str) -> list[tuple[int, str]]:
    """Where news of a case goes: the lawyers' group, or the lawyers who read its language."""
    config = services.config
    if config.lawyers_chat is not None:
        return [(config.lawyers_chat, DEFAULT_LANG)]
    everyone = await cases(services).lawyers()
    readers = [lw for lw in everyone if case_lang in lw.langs] or everyone
    targets = [(lw.chat_id, await lang_of(services, lw.user_id)) for lw in readers]
    if not targets:
        targets = [(admin, await lang_of(services, admin)) for admin in sorted(config.admins)]
    return targets


async def admin_targets(services: Services) -> list[tuple[int, str]]:
    """Every admin's private chat and language."""
    return [(admin, await lang_of(services, admin)) for admin in sorted(services.config.admins)]


def case_args(services: Services, case: Case, lang: str) -> dict[str, Any]:
    """The arguments the lawyer-facing case lines share: number, language, country, topic."""
    texts = services.texts
    return {
        "case": str(case.id),
        "language": case.lang,
        "country": texts.t(lang, f"case-country-{case.country or 'none'}"),
        "topic": texts.t(lang, "case-topic-urgent", topic=texts.t(lang, f"case-topic-{case.topic}"))
        if case.priority else texts.t(lang, f"case-topic-{case.topic}"),
    }


def message(services: Services, chat_id: int, lang: str, msg_id: str, buttons: Keyboard = (),
            tag: str = "", **args: Any) -> SendText:
    """A localised message to some chat other than the current one."""
    return SendText(chat_id, services.texts.t(lang, msg_id, **args), buttons, msg_id=msg_id, tag=tag)


async def announce(services: Services, case: Case, msg_id: str, **args: Any) -> list[SendText]:
    """Tell the lawyers who read the case's language (or their group) about it."""
    return [message(services, chat_id, lang, msg_id, tag=f"case:{case.id}",
                    **case_args(services, case, lang), **args)
            for chat_id, lang in await lawyer_targets(services, case.lang)]


def to_user(services: Services, case: Case, msg_id: str, buttons: Keyboard = (), tag: str = "",
            **args: Any) -> SendText:
    """A message to the person whose case it is, in their language."""
    return message(services, case.chat_id, case.lang, msg_id, buttons, tag=tag, case=str(case.id), **args)
