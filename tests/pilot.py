"""A small pilot that drives the conversation core like a person would, for readable tests.

    chat = Chat(hotline, user_id=10)
    await chat.onboard("ky", "ru")
    await chat.press("flow:wages")
    assert chat.last.msg_id == "..."
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from hotline.app import Hotline
from hotline.events import (
    Action,
    AnswerPress,
    Button,
    Command,
    EditText,
    Press,
    Sender,
    SendText,
    Text,
    Unsupported,
)

_update_ids = itertools.count(1)


@dataclass
class Clock:
    """A clock the test moves by hand."""

    moment: datetime = field(default_factory=lambda: datetime(2026, 11, 23, 10, 0, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


@dataclass
class Chat:
    """One person talking to the hotline through the core."""

    hotline: Hotline
    user_id: int = 1001
    language_code: str | None = "ru"
    chat_id: int | None = None
    private: bool = True
    #: Every action the hotline produced for this pilot, in order.
    log: list[Action] = field(default_factory=list)
    _message_ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    @property
    def sender(self) -> Sender:
        return Sender(self.user_id, self.chat_id or self.user_id, self.language_code, self.private)

    async def _handle(self, event) -> list[Action]:
        actions = await self.hotline.conversation.handle(event)
        self.log.extend(actions)
        return actions

    async def send(self, text: str, *, reply_to: int | None = None) -> list[Action]:
        """Type a message (a /command if it starts with '/')."""
        update_id = next(_update_ids)
        if text.startswith("/"):
            name, _, args = text[1:].partition(" ")
            event = Command(self.sender, update_id, name=name.lower(), args=args.strip(),
                            reply_to_message_id=reply_to)
        else:
            event = Text(self.sender, update_id, text=text, message_id=next(self._message_ids),
                         reply_to_message_id=reply_to)
        return await self._handle(event)

    async def press(self, data_or_label: str, message_id: int | None = 1) -> list[Action]:
        """Press a button of the last keyboard by its data or part of its label (or send raw data)."""
        data = data_or_label
        for button in self.buttons:
            if button.data == data_or_label:
                break
        else:
            matches = [b for b in self.buttons if data_or_label in b.label]
            if len(matches) == 1:
                data = matches[0].data
        return await self._handle(Press(self.sender, next(_update_ids), data=data, message_id=message_id,
                                        query_id=f"q{next(_update_ids)}"))

    async def send_media(self, kind: str = "sticker") -> list[Action]:
        """Send something that is not text."""
        return await self._handle(Unsupported(self.sender, next(_update_ids), kind=kind))

    async def onboard(self, lang: str = "ru", country: str = "ru") -> None:
        """Go through /start, language and country."""
        await self.send("/start")
        await self.press(f"lang:{lang}")
        await self.press(f"country:{country}")

    @property
    def messages(self) -> list[SendText | EditText]:
        """Texts shown in this person's own chat."""
        own = self.chat_id or self.user_id
        return [a for a in self.log if isinstance(a, (SendText, EditText)) and a.chat_id == own]

    @property
    def last(self) -> SendText | EditText:
        """The last text shown in this person's own chat."""
        return self.messages[-1]

    @property
    def buttons(self) -> list[Button]:
        """The buttons of the last message that had any."""
        for message in reversed(self.messages):
            if message.buttons:
                return [b for row in message.buttons for b in row]
        return []

    @property
    def msg_ids(self) -> list[str]:
        return [m.msg_id for m in self.messages]

    @property
    def toasts(self) -> list[AnswerPress]:
        return [a for a in self.log if isinstance(a, AnswerPress)]

    def sent_to(self, chat_id: int) -> list[SendText]:
        """Messages this person's actions caused in another chat (e.g. lawyers')."""
        return [a for a in self.log if isinstance(a, SendText) and a.chat_id == chat_id]
