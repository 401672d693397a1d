"""The Telegram front end: the only module that imports `telegram`.

It turns each Update into an event for the core and each returned action into a Bot API call.
Intake is our own, for both modes, so that nothing is acknowledged before it is handled:

* polling: one getUpdates batch at a time; the next call (whose offset tells Telegram the batch
  was delivered) is made only after every update of the batch was handled and answered;
* webhook: the HTTP answer is sent after the update was handled, so Telegram re-sends it if we
  crash first.

A re-delivered update is recognised by its update_id in the database and handled once. One
user's updates are handled in order; different users' run concurrently.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import random
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

# Ask python-telegram-bot for RetryAfter.retry_after as a timedelta (its future default).
os.environ.setdefault("PTB_TIMEDELTA", "1")

from telegram import (
    BotCommand,
    BotCommandScopeDefault,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, BaseUpdateProcessor, ContextTypes
from telegram.ext import TypeHandler as _TypeHandler

from hotline.app import Hotline
from hotline.config import Config
from hotline.events import (
    Action,
    AnswerPress,
    Command,
    EditText,
    Event,
    Keyboard,
    Press,
    Sender,
    SendFile,
    SendText,
    Text,
    Unsupported,
)
from hotline.i18n import LANGS
from hotline.menu import PUBLIC_COMMANDS
from hotline.telegram_http import AiohttpRequest

log = logging.getLogger(__name__)

ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member"]
POLL_TIMEOUT = 30
#: How often the periodic jobs (reminders, purges) run, in seconds.
SWEEP_INTERVAL = 5.0
MAX_SEND_ATTEMPTS = 5
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)

#: Hooks the features may set: called when a chat turns out to have blocked the bot (403).
BlockedHook = Callable[[int], Awaitable[None]]
#: Called after a message was sent, with the action's tag and the sent message id.
SentHook = Callable[[SendText, int], Awaitable[None]]


def _media_kind(message: Message) -> str:
    """Name the kind of a message we do not read."""
    for kind in ("sticker", "voice", "video_note", "audio", "video", "photo", "document",
                 "animation", "location", "contact", "poll"):
        if getattr(message, kind, None):
            return kind
    return "other"


def to_event(update: Update) -> Event | None:
    """The core's event for a Telegram update, or None for updates we ignore."""
    if update.callback_query is not None:
        query = update.callback_query
        message = query.message
        chat_id = message.chat.id if message is not None else query.from_user.id
        private = message is None or message.chat.type == "private"
        sender = Sender(query.from_user.id, chat_id, query.from_user.language_code, private)
        return Press(sender, update.update_id, data=query.data or "",
                     message_id=message.message_id if message is not None else None, query_id=query.id)
    message = update.message
    if message is None or message.from_user is None or message.from_user.is_bot:
        return None
    sender = Sender(message.from_user.id, message.chat.id, message.from_user.language_code,
                    message.chat.type == "private")
    reply_to = message.reply_to_message.message_id if message.reply_to_message else None
    if message.text is not None:
        text = message.text
        if text.startswith("/"):
            head, _, args = text[1:].partition(" ")
            name = head.split("@")[0].lower()
            if name:
                return Command(sender, update.update_id, name=name, args=args.strip(),
                               reply_to_message_id=reply_to)
        return Text(sender, update.update_id, text=text, message_id=message.message_id,
                    reply_to_message_id=reply_to)
    if message.caption:
        return Text(sender, update.update_id, text=message.caption, message_id=message.message_id,
                    reply_to_message_id=reply_to)
    return Unsupported(sender, update.update_id, kind=_media_kind(message))


def _markup(rows: Keyboard) -> InlineKeyboardMarkup | None:
    if not rows:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.label, callback_data=b.data) for b in row]
                                 for row in rows])


def _user_key(update: object) -> int | None:
    """Whose update this is, for keeping one user's updates in order."""
    if isinstance(update, Update) and update.effective_user is not None:
        return update.effective_user.id
    return None


class PerUserProcessor(BaseUpdateProcessor):
    """Runs different users' updates concurrently and one user's strictly one after another."""

    def __init__(self, max_concurrent_updates: int = 64) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = defaultdict(int)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = _user_key(update)
        if key is None:
            await coroutine
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._waiting[key] += 1
        try:
            async with lock:
                await coroutine
        finally:
            self._waiting[key] -= 1
            if self._waiting[key] == 0:
                del self._waiting[key]
                self._locks.pop(key, None)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""


class TelegramFrontEnd:
    """Wires a Hotline to a python-telegram-bot Application."""

    def __init__(self, hotline: Hotline, config: Config, *, rate_limit: bool = True,
                 http_pool: int = 64) -> None:
        self.hotline = hotline
        self.config = config
        self.processor = PerUserProcessor()
        self.on_blocked: list[BlockedHook] = []
        self.on_sent: list[SentHook] = []
        #: Run once after start, before intake (the outbox re-sends what a crash left unsent).
        self.on_start: list[Callable[[], Awaitable[None]]] = []
        #: Run once after every action of an update was performed (the outbox forgets them).
        self.on_done: list[Callable[[Event, list[Action]], Awaitable[None]]] = []
        builder = (
            ApplicationBuilder()
            .token(config.token)
            .base_url(config.api_base_url)
            .base_file_url(config.api_base_url.replace("/bot", "/file/bot"))
            .updater(None)
            .concurrent_updates(self.processor)
            # aiohttp instead of PTB's httpx: about half the CPU per update (see telegram_http.py).
            .request(AiohttpRequest(connection_pool_size=http_pool, read_timeout=15, write_timeout=15,
                                    connect_timeout=10, pool_timeout=10))
            .get_updates_request(AiohttpRequest(connection_pool_size=2, read_timeout=POLL_TIMEOUT + 10))
        )
        if rate_limit:
            builder = builder.rate_limiter(AIORateLimiter(max_retries=3))
        self.app: Application = builder.build()
        self.app.add_handler(_TypeHandler(Update, self._on_update))
        self.app.add_error_handler(self._on_error)
        self._stop = asyncio.Event()

    # --- one update -----------------------------------------------------------------------

    async def _on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        event = to_event(update)
        if event is None:
            return
        actions = await self.hotline.conversation.handle(event)
        for action in actions:
            await self._with_retries(action)
        for hook in self.on_done:
            await hook(event, actions)

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        error = context.error
        # Only the type and the text of the error: never the update (it holds names and texts).
        log.error("error while handling an update: %s: %s", type(error).__name__, error,
                  exc_info=error if not isinstance(error, TelegramError) else None)

    async def perform(self, actions: Iterable[Action]) -> None:
        """Carry out the core's actions in order, retrying what Telegram asks us to retry."""
        for action in actions:
            await self._with_retries(action)

    async def _with_retries(self, action: Action) -> None:
        delay = 1.0
        for attempt in range(1, MAX_SEND_ATTEMPTS + 1):
            try:
                await self._do(action)
                return
            except RetryAfter as error:
                wait = error.retry_after
                seconds = wait.total_seconds() if hasattr(wait, "total_seconds") else float(wait)
                log.warning("Telegram asked to wait %.0f s", seconds)
                await asyncio.sleep(seconds)
            except Forbidden:
                chat_id = getattr(action, "chat_id", None)
                log.info("a chat has blocked the bot; message dropped")
                if chat_id is not None:
                    for hook in self.on_blocked:
                        await hook(chat_id)
                return
            except BadRequest as error:
                if isinstance(action, EditText) and "not modified" not in str(error).lower():
                    await self._with_retries(SendText(action.chat_id, action.text, action.buttons,
                                                      msg_id=action.msg_id))
                elif isinstance(action, AnswerPress) or "not modified" in str(error).lower():
                    pass
                else:
                    log.error("Telegram refused a %s: %s", type(action).__name__, error)
                return
            except (TimedOut, NetworkError) as error:
                if attempt == MAX_SEND_ATTEMPTS:
                    log.error("gave up sending a %s after %d attempts: %s", type(action).__name__,
                              attempt, type(error).__name__)
                    raise
                await asyncio.sleep(delay + random.random() * delay / 2)
                delay = min(delay * 2, 30)

    async def _do(self, action: Action) -> None:
        bot = self.app.bot
        if isinstance(action, SendText):
            sent = await bot.send_message(action.chat_id, action.text, parse_mode=ParseMode.HTML,
                                          reply_markup=_markup(action.buttons),
                                          link_preview_options=NO_PREVIEW)
            if action.tag:
                for hook in self.on_sent:
                    await hook(action, sent.message_id)
        elif isinstance(action, EditText):
            await bot.edit_message_text(action.text, chat_id=action.chat_id, message_id=action.message_id,
                                        parse_mode=ParseMode.HTML, reply_markup=_markup(action.buttons),
                                        link_preview_options=NO_PREVIEW)
        elif isinstance(action, AnswerPress):
            await bot.answer_callback_query(action.query_id, text=action.text or None)
        elif isinstance(action, SendFile):
            document = InputFile(action.content, filename=action.filename)
            if action.photo:
                await bot.send_photo(action.chat_id, document, caption=action.caption or None,
                                     parse_mode=ParseMode.HTML)
            else:
                await bot.send_document(action.chat_id, document, caption=action.caption or None,
                                        parse_mode=ParseMode.HTML)

    # --- life cycle -----------------------------------------------------------------------

    async def start(self, *, sweep_interval: float | None = SWEEP_INTERVAL) -> None:
        """Initialise the Application, register the command menu, and schedule the periodic sweep."""
        await self.app.initialize()
        await self.app.start()
        # Lets the core write t.me/<bot>?start=... links (lawyer invites).
        self.hotline.services.extras["bot_username"] = self.app.bot.username
        await self.register_commands()
        for hook in self.on_start:
            await hook()
        if sweep_interval and self.hotline.services.sweepers and self.app.job_queue is not None:
            # The database holds what is due; the job only sweeps, so nothing is lost while we are down.
            self.app.job_queue.run_repeating(self._sweep, interval=sweep_interval, first=0.5,
                                             job_kwargs={"misfire_grace_time": None, "coalesce": True,
                                                         "max_instances": 1})

    async def _sweep(self, context: ContextTypes.DEFAULT_TYPE | None = None) -> None:
        """Run the periodic jobs and send what they produced."""
        await self.perform(await self.hotline.services.sweep())

    async def register_commands(self) -> None:
        """setMyCommands once per language, so each person sees the menu in their own."""
        texts = self.hotline.services.texts
        for lang in LANGS:
            commands = [BotCommand(name, texts.t(lang, f"cmd-{name}")) for name in PUBLIC_COMMANDS]
            await self.app.bot.set_my_commands(commands, scope=BotCommandScopeDefault(),
                                               language_code=lang)
        default = [BotCommand(name, texts.t("ru", f"cmd-{name}")) for name in PUBLIC_COMMANDS]
        await self.app.bot.set_my_commands(default, scope=BotCommandScopeDefault())

    async def stop(self) -> None:
        """Stop intake and the Application."""
        self._stop.set()
        if self.app.running:
            await self.app.stop()
        await self.app.shutdown()

    async def handle_batch(self, updates: Iterable[Update]) -> None:
        """Handle a batch: each user's updates in order, different users concurrently."""
        tasks = [asyncio.create_task(self.processor.process_update(u, self.app.process_update(u)))
                 for u in updates]
        if tasks:
            await asyncio.gather(*tasks)

    async def poll(self, *, timeout: int = POLL_TIMEOUT) -> None:
        """Long-poll getUpdates until stopped; acknowledge a batch only after handling it."""
        await self.app.bot.delete_webhook(drop_pending_updates=False)
        offset: int | None = None
        delay = 1.0
        while not self._stop.is_set():
            try:
                updates = await self.app.bot.get_updates(offset=offset, timeout=timeout, limit=100,
                                                         allowed_updates=ALLOWED_UPDATES)
                delay = 1.0
            except RetryAfter as error:
                wait = error.retry_after
                await asyncio.sleep(wait.total_seconds() if hasattr(wait, "total_seconds") else float(wait))
                continue
            except (TimedOut, NetworkError) as error:
                log.warning("getUpdates failed (%s); retrying in %.0f s", type(error).__name__, delay)
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(self._stop.wait(), delay)
                delay = min(delay * 2, 60)
                continue
            if updates:
                await self.handle_batch(updates)
                offset = updates[-1].update_id + 1

    async def serve_webhook(self) -> None:
        """Answer Telegram's webhook calls until stopped; each is handled before we say 200."""
        from urllib.parse import urlparse

        import tornado.web
        from tornado.httpserver import HTTPServer

        front = self
        path = urlparse(self.config.webhook_url).path or "/"

        class Hook(tornado.web.RequestHandler):
            async def post(self) -> None:
                secret = self.request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
                if secret != front.config.webhook_secret:
                    self.set_status(403)
                    return
                try:
                    update = Update.de_json(json.loads(self.request.body), front.app.bot)
                except (ValueError, TypeError, KeyError):
                    self.set_status(400)
                    return
                if update is not None:
                    await front.handle_batch([update])
                self.set_status(200)

        server = HTTPServer(tornado.web.Application([(path, Hook)]))
        server.listen(self.config.webhook_port, self.config.webhook_listen)
        try:
            await self.app.bot.set_webhook(self.config.webhook_url, secret_token=self.config.webhook_secret,
                                           allowed_updates=ALLOWED_UPDATES)
            await self._stop.wait()
        finally:
            server.stop()


async def run_bot(hotline: Hotline, config: Config) -> None:
    """Run the hotline on Telegram until interrupted (polling, or webhook if configured)."""
    front = TelegramFrontEnd(hotline, config)
    for hook in hotline.services.extras.get("telegram_hooks", []):
        hook(front)
    await front.start()
    try:
        if config.webhook_url:
            log.info("serving the webhook on port %d", config.webhook_port)
            await front.serve_webhook()
        else:
            log.info("polling for updates")
            await front.poll()
    finally:
        await front.stop()
