"""The conversation core: `Conversation.handle(event)` returns the actions to perform.

Knows nothing of Telegram. For each event it loads the person's state, runs the guards (an update
seen before, a flood), routes to the handler a feature registered, and saves the state together
with the record that the update was handled, in one transaction. Sending is the front end's job.

Features (menu, flows, FAQ, cases, ...) each register their handlers on a `Router`:
commands by name, button presses by the prefix before the first ':' of their data, typed input
by the prefix of `user.pending`, and one fallback for free text.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from hotline.config import Config
from hotline.events import (
    Action,
    AnswerPress,
    Button,
    Command,
    EditText,
    Event,
    Keyboard,
    Press,
    SendText,
    Text,
    Unsupported,
    keyboard,
)
from hotline.i18n import DEFAULT_LANG, Texts
from hotline.store import Store, UserState

log = logging.getLogger(__name__)

#: A typed message longer than this is cut before any feature sees it.
MAX_INPUT_CHARS = 4096

Handler = Callable[["Ctx"], Awaitable[None]]
Clock = Callable[[], datetime]
#: A periodic job (due reminders, retention purge, digests): returns what to send now.
Sweeper = Callable[[], Awaitable[list[Action]]]


@dataclass
class Services:
    """What handlers may use: settings, storage, texts, content, the clock."""

    config: Config
    store: Store
    texts: Texts
    now: Clock
    #: Loaded content and feature objects by name ("flows", "faq", ...), set up by the features.
    extras: dict[str, Any] = field(default_factory=dict)
    #: Periodic jobs; the front end runs each every few seconds (Telegram) or after each line (console).
    sweepers: list[Sweeper] = field(default_factory=list)

    async def sweep(self) -> list[Action]:
        """Run every periodic job once and collect what they want sent."""
        actions: list[Action] = []
        for sweeper in self.sweepers:
            actions.extend(await sweeper())
        return actions


@dataclass
class Ctx:
    """One event being handled: who sent it, their state, and the actions collected so far."""

    event: Event
    user: UserState
    services: Services
    out: list[Action] = field(default_factory=list)
    #: Set by /forget: the person's row must not be written back after handling.
    erased: bool = False

    @property
    def lang(self) -> str:
        """The language to answer in."""
        return self.user.lang or DEFAULT_LANG

    @property
    def store(self) -> Store:
        return self.services.store

    @property
    def now(self) -> datetime:
        return self.services.now()

    def t(self, msg_id: str, **args: object) -> str:
        """A message in this person's language."""
        return self.services.texts.t(self.lang, msg_id, **args)

    def button(self, msg_id: str, data: str, **args: object) -> Button:
        """A button labelled with a message in this person's language."""
        return Button(self.t(msg_id, **args), data)

    def send(self, msg_id: str, *rows: list[Button], chat_id: int | None = None, tag: str = "",
             **args: object) -> None:
        """Queue a message (by Fluent id) to this chat, or to `chat_id`, with rows of buttons."""
        self.send_text(self.t(msg_id, **args), keyboard(*rows), msg_id=msg_id, chat_id=chat_id, tag=tag)

    def send_text(self, text: str, buttons: Keyboard = (), *, msg_id: str = "",
                  chat_id: int | None = None, tag: str = "") -> None:
        """Queue an already composed message."""
        self.out.append(SendText(chat_id if chat_id is not None else self.user.chat_id, text,
                                 buttons, msg_id=msg_id, tag=tag))

    def edit_or_send(self, text: str, buttons: Keyboard = (), *, msg_id: str = "") -> None:
        """Replace the message whose button was pressed, or send a new one for other events."""
        if isinstance(self.event, Press) and self.event.message_id is not None:
            self.out.append(EditText(self.user.chat_id, self.event.message_id, text, buttons, msg_id=msg_id))
        else:
            self.send_text(text, buttons, msg_id=msg_id)

    def toast(self, text: str = "") -> None:
        """Answer the pressed button (Telegram shows a spinner until we do)."""
        if isinstance(self.event, Press) and self.event.query_id:
            self.out.append(AnswerPress(self.event.query_id, text))


class Guard(Protocol):
    """Runs before routing; returns False to stop handling (after queueing any reply)."""

    async def __call__(self, ctx: Ctx) -> bool: ...


@dataclass
class Router:
    """Where each kind of event goes. Features fill it in with `register(router, services)`."""

    commands: dict[str, Handler] = field(default_factory=dict)
    presses: dict[str, Handler] = field(default_factory=dict)
    inputs: dict[str, Handler] = field(default_factory=dict)
    #: `/start <payload>` deep links (e.g. "wages") -> handler.
    deep_links: dict[str, Handler] = field(default_factory=dict)
    guards: list[Guard] = field(default_factory=list)
    free_text: Handler | None = None
    unknown_command: Handler | None = None
    unsupported: Handler | None = None
    stale_press: Handler | None = None
    #: Texts that reply to a message the bot sent (a lawyer answering a case); returns True if taken.
    on_reply: Callable[[Ctx], Awaitable[bool]] | None = None
    #: Commands that also work outside private chats (e.g. lawyers in their group).
    group_commands: set[str] = field(default_factory=set)
    #: Press prefixes that work before a person has chosen language and country (lawyers' buttons,
    #: the /forget confirmation); everything else leads back to those questions first.
    before_onboarding: set[str] = field(default_factory=lambda: {"lang", "country"})

    def command(self, *names: str, group: bool = False) -> Callable[[Handler], Handler]:
        """Decorator: route `/name` to the handler."""
        def add(handler: Handler) -> Handler:
            for name in names:
                self.commands[name] = handler
                if group:
                    self.group_commands.add(name)
            return handler
        return add

    def press(self, prefix: str) -> Callable[[Handler], Handler]:
        """Decorator: route buttons whose data starts with `prefix:` to the handler."""
        def add(handler: Handler) -> Handler:
            self.presses[prefix] = handler
            return handler
        return add

    def input(self, prefix: str) -> Callable[[Handler], Handler]:
        """Decorator: route typed text to the handler while `user.pending` starts with `prefix`."""
        def add(handler: Handler) -> Handler:
            self.inputs[prefix] = handler
            return handler
        return add


def split_data(data: str) -> tuple[str, str]:
    """Split button data "prefix:rest" into its two parts."""
    prefix, _, rest = data.partition(":")
    return prefix, rest


def pending_prefix(pending: str) -> str:
    """The feature part of a pending-input marker ("calc-late:amount" -> "calc-late")."""
    return pending.partition(":")[0]


class Conversation:
    """Turns one event into actions, with the person's state loaded and saved around it."""

    def __init__(self, services: Services, router: Router) -> None:
        self.services = services
        self.router = router
        #: Run inside the transaction, after routing: e.g. the outbox records `ctx.out` here.
        self.before_commit: list[Callable[[Ctx], Awaitable[None]]] = []

    async def handle(self, event: Event) -> list[Action]:
        """Handle one event; never raises for bad input (a bug is logged and answered kindly)."""
        store = self.services.store
        async with store.transaction():
            if event.update_id is not None and await store.was_handled(event.update_id):
                log.info("update already handled; skipped")
                return []
            user = await store.load_user(event.sender.user_id, event.sender.chat_id)
            if event.sender.private:
                user.chat_id = event.sender.chat_id
            ctx = Ctx(event, user, self.services)
            try:
                await self._route(ctx)
            except Exception:
                log.exception("handler failed for %s", type(event).__name__)
                ctx.out = [a for a in ctx.out if isinstance(a, AnswerPress)]
                ctx.send("error-generic")
            if (event.sender.private or not user.is_new) and not ctx.erased:
                await store.save_user(user, self.services.now())
            for hook in self.before_commit:
                await hook(ctx)
            if event.update_id is not None:
                await store.mark_handled(event.update_id, self.services.now())
            return ctx.out

    async def _route(self, ctx: Ctx) -> None:
        """Send the event to the handler that wants it."""
        router, event = self.router, ctx.event
        for guard in router.guards:
            if not await guard(ctx):
                return
        if isinstance(event, Command):
            if not event.sender.private and event.name not in router.group_commands:
                return
            handler = router.commands.get(event.name, router.unknown_command)
            if handler is not None:
                await handler(ctx)
        elif isinstance(event, Press):
            prefix, _ = split_data(event.data)
            handler = router.presses.get(prefix)
            if handler is None:
                handler = router.stale_press
            if handler is not None:
                await handler(ctx)
            if not any(isinstance(a, AnswerPress) for a in ctx.out):
                ctx.toast()
        elif isinstance(event, Text):
            if len(event.text) > MAX_INPUT_CHARS:
                ctx.event = Text(event.sender, event.update_id, event.text[:MAX_INPUT_CHARS],
                                 event.message_id, event.reply_to_message_id)
            if (event.reply_to_message_id is not None and router.on_reply is not None
                    and await router.on_reply(ctx)):
                return
            if not event.sender.private:
                return
            pending = ctx.user.pending
            if pending and pending_prefix(pending) in router.inputs:
                await router.inputs[pending_prefix(pending)](ctx)
            elif router.free_text is not None:
                await router.free_text(ctx)
        elif isinstance(event, Unsupported) and event.sender.private and router.unsupported is not None:
            await router.unsupported(ctx)
