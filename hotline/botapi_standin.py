"""A small stand-in for the Telegram Bot API on 127.0.0.1, for tests and benchmarks.

It speaks the HTTP protocol python-telegram-bot speaks (form or multipart parameters, JSON
answers), hands out updates through long-polling getUpdates with Telegram's offset rule (asking
with an offset confirms everything below it), records every call, and can be told to fail:
answer 429 with retry_after, 502, or 403 for a chat that blocked the bot. It also plays Telegram's
side of a webhook: POSTing an update with the secret header.

It only ever listens on the loopback interface.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import tornado.web
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets

BOT_ID = 7000000001
#: Parameters whose values are plain strings (everything else arrives JSON-encoded).
_RAW = {"text", "caption", "parse_mode", "callback_query_id", "url", "secret_token", "language_code"}


@dataclass
class Call:
    """One Bot API request the bot made."""

    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)
    #: The HTTP status the stand-in answered with.
    status: int = 200


@dataclass
class Fault:
    """Answer the next `count` calls of `method` ("*" for any) with an error."""

    method: str
    status: int
    count: int
    retry_after: int = 1


class BotApiStandIn:
    """The fake Telegram: start it, point the bot's base_url at `base_url`, push updates."""

    def __init__(self, token: str = "123456:TEST-token") -> None:
        self.token = token
        self.calls: list[Call] = []
        self.faults: list[Fault] = []
        self.blocked_chats: set[int] = set()
        self.updates: deque[dict[str, Any]] = deque()
        self.confirmed_offset = 0
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._new_update = asyncio.Event()
        self._server: HTTPServer | None = None
        self.port = 0
        self.webhook: dict[str, Any] | None = None
        self._listeners: list[Callable[[Call], None]] = []

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    async def start(self) -> BotApiStandIn:
        """Listen on a free loopback port."""
        stand_in = self

        class Endpoint(tornado.web.RequestHandler):
            async def post(self, token: str, method: str) -> None:
                await stand_in._serve(self, token, method)

            async def get(self, token: str, method: str) -> None:
                await stand_in._serve(self, token, method)

        app = tornado.web.Application([(r"/bot([^/]+)/(\w+)", Endpoint)])
        sockets = bind_sockets(0, "127.0.0.1")
        self.port = sockets[0].getsockname()[1]
        self._server = HTTPServer(app, max_buffer_size=50 * 1024 * 1024)
        self._server.add_sockets(sockets)
        return self

    async def stop(self) -> None:
        """Stop listening."""
        if self._server is not None:
            self._server.stop()
            await self._server.close_all_connections()

    # --- what the bot sees ----------------------------------------------------------------

    def _params(self, handler: tornado.web.RequestHandler) -> dict[str, Any]:
        params: dict[str, Any] = {}
        content_type = handler.request.headers.get("Content-Type", "")
        if content_type.startswith("application/json") and handler.request.body:
            return json.loads(handler.request.body)
        for name, values in handler.request.body_arguments.items():
            raw = values[-1].decode("utf-8")
            if name in _RAW:
                params[name] = raw
            else:
                try:
                    params[name] = json.loads(raw)
                except json.JSONDecodeError:
                    params[name] = raw
        for name, files in handler.request.files.items():
            params[name] = {"filename": files[0]["filename"], "size": len(files[0]["body"]),
                            "body": files[0]["body"]}
        return params

    async def _serve(self, handler: tornado.web.RequestHandler, token: str, method: str) -> None:
        if token != self.token:
            handler.set_status(401)
            handler.finish({"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        params = self._params(handler)
        call = Call(method, params)
        if method != "getUpdates":
            self.calls.append(call)
            for listener in list(self._listeners):
                listener(call)
        fault = next((f for f in self.faults if f.method in (method, "*") and f.count > 0), None)
        if fault is not None and method not in ("getMe", "setMyCommands", "deleteWebhook"):
            fault.count -= 1
            call.status = fault.status
            handler.set_status(fault.status)
            if fault.status == 429:
                handler.finish({"ok": False, "error_code": 429,
                                "description": f"Too Many Requests: retry after {fault.retry_after}",
                                "parameters": {"retry_after": fault.retry_after}})
            else:
                handler.set_header("Content-Type", "text/html")
                handler.finish("<html><body>502 Bad Gateway</body></html>")
            return
        chat_id = params.get("chat_id")
        if method in ("sendMessage", "sendPhoto", "sendDocument", "editMessageText") and \
                chat_id in self.blocked_chats:
            call.status = 403
            handler.set_status(403)
            handler.finish({"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"})
            return
        result = await self._result(method, params)
        handler.finish({"ok": True, "result": result})

    async def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return {"id": BOT_ID, "is_bot": True, "first_name": "Hotline", "username": "hotline_test_bot",
                    "can_join_groups": True, "can_read_all_group_messages": False,
                    "supports_inline_queries": False}
        if method == "getUpdates":
            return await self._get_updates(params)
        if method in ("sendMessage", "sendPhoto", "sendDocument"):
            message = {"message_id": next(self._message_ids), "date": int(time.time()),
                       "chat": {"id": params["chat_id"], "type": "private" if params["chat_id"] > 0 else "group"},
                       "from": {"id": BOT_ID, "is_bot": True, "first_name": "Hotline"}}
            if "text" in params:
                message["text"] = params["text"]
            return message
        if method == "editMessageText":
            return {"message_id": params.get("message_id"), "date": int(time.time()),
                    "chat": {"id": params["chat_id"], "type": "private"}, "text": params.get("text", "")}
        if method == "setWebhook":
            self.webhook = params
            return True
        if method == "getWebhookInfo":
            return {"url": (self.webhook or {}).get("url", ""), "has_custom_certificate": False,
                    "pending_update_count": len(self.updates)}
        return True

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        if offset:
            self.confirmed_offset = max(self.confirmed_offset, offset)
            while self.updates and self.updates[0]["update_id"] < offset:
                self.updates.popleft()
        limit = int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        if not self.updates and timeout > 0:
            self._new_update.clear()
            try:
                await asyncio.wait_for(self._new_update.wait(), min(timeout, 2.0))
            except TimeoutError:
                pass
        return list(itertools.islice(self.updates, 0, limit))

    # --- what a test does -----------------------------------------------------------------

    def push(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue an update (update_id is assigned) for getUpdates."""
        update = {"update_id": next(self._update_ids), **update}
        self.updates.append(update)
        self._new_update.set()
        return update

    @staticmethod
    def _user(user_id: int, lang: str | None) -> dict[str, Any]:
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": f"Person{user_id}"}
        if lang:
            user["language_code"] = lang
        return user

    def message(self, user_id: int, text: str | None = None, *, lang: str | None = "ru",
                chat_id: int | None = None, reply_to: int | None = None,
                extra: dict[str, Any] | None = None) -> dict[str, Any]:
        """An update with a message from `user_id` (text, or `extra` fields such as a sticker)."""
        chat = chat_id if chat_id is not None else user_id
        message: dict[str, Any] = {
            "message_id": next(self._message_ids), "date": int(time.time()),
            "chat": {"id": chat, "type": "private" if chat > 0 else "supergroup"},
            "from": self._user(user_id, lang),
        }
        if text is not None:
            message["text"] = text
            if text.startswith("/"):
                message["entities"] = [{"type": "bot_command", "offset": 0,
                                        "length": len(text.split()[0])}]
        if reply_to is not None:
            message["reply_to_message"] = {"message_id": reply_to, "date": int(time.time()),
                                           "chat": message["chat"],
                                           "from": {"id": BOT_ID, "is_bot": True, "first_name": "Hotline"},
                                           "text": "..."}
        message.update(extra or {})
        return {"message": message}

    def press(self, user_id: int, data: str, *, message_id: int = 1, lang: str | None = "ru",
              chat_id: int | None = None) -> dict[str, Any]:
        """An update with a button press."""
        chat = chat_id if chat_id is not None else user_id
        return {"callback_query": {
            "id": f"cq{next(self._update_ids)}", "from": self._user(user_id, lang), "chat_instance": "ci",
            "data": data,
            "message": {"message_id": message_id, "date": int(time.time()),
                        "chat": {"id": chat, "type": "private" if chat > 0 else "supergroup"},
                        "from": {"id": BOT_ID, "is_bot": True, "first_name": "Hotline"}, "text": "..."},
        }}

    def sticker(self, user_id: int) -> dict[str, Any]:
        """An update with a sticker."""
        return self.message(user_id, None, extra={"sticker": {
            "file_id": "s1", "file_unique_id": "u1", "type": "regular", "width": 512, "height": 512,
            "is_animated": False, "is_video": False}})

    def sent(self, chat_id: int | None = None, method: str = "sendMessage") -> list[dict[str, Any]]:
        """Parameters of the messages the bot sent successfully (to one chat, if given)."""
        return [c.params for c in self.calls if c.method == method and c.status == 200
                and (chat_id is None or c.params.get("chat_id") == chat_id)]

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        """Wait until `predicate()` holds (checked after every call), or fail after `timeout`."""
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError("the bot did not do what was expected in time")
            await asyncio.sleep(0.01)

    async def post_webhook(self, url: str, update: dict[str, Any], secret: str | None) -> int:
        """POST an update to the bot's webhook as Telegram would; return the HTTP status."""
        import httpx

        headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
        update = {"update_id": next(self._update_ids), **update}
        async with httpx.AsyncClient() as client:
            response = await client.post(url, json=update, headers=headers, timeout=30)
        return response.status_code
