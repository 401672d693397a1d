"""The terminal front end: the same conversation core, read from standard input.

Buttons are shown as numbered choices; typing the number presses the button. Input may be piped,
one line per user action, so a transcript can be scripted:

    printf '/start\\n1\\n' | hotline console --lang uz

A line starting with `@<user id> ` is sent as that user (to play a lawyer or a second worker).
"""

from __future__ import annotations

import html
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from hotline.app import Hotline
from hotline.events import (
    Action,
    AnswerPress,
    Button,
    Command,
    EditText,
    Event,
    Keyboard,
    Press,
    Sender,
    SendFile,
    SendText,
    Text,
)

CONSOLE_USER = 1
_TAG = re.compile(r"</?(b|i|u|s|code|pre|a)( [^>]*)?>")


def plain(text: str) -> str:
    """Telegram HTML as a terminal shows it."""
    return html.unescape(_TAG.sub("", text))


def parse_line(line: str, sender: Sender, update_id: int, buttons: list[Button]) -> Event | None:
    """Turn one typed line into an event: a command, a number (a button), or text."""
    stripped = line.strip()
    if stripped.startswith("/"):
        name, _, args = stripped[1:].partition(" ")
        return Command(sender, update_id, name=name.split("@")[0].lower(), args=args.strip())
    if stripped.isdigit() and buttons and 1 <= int(stripped) <= len(buttons):
        return Press(sender, update_id, data=buttons[int(stripped) - 1].data, message_id=None,
                     query_id=f"console-{update_id}")
    return Text(sender, update_id, text=line.rstrip("\n"), message_id=update_id)


@dataclass
class Console:
    """Feeds lines to the core and prints what it answers."""

    hotline: Hotline
    out: TextIO = sys.stdout
    echo: bool = False
    files_dir: Path = Path(".")
    #: The last buttons shown to each user, flattened in reading order.
    buttons: dict[int, list[Button]] = field(default_factory=dict)
    update_id: int = 0

    def print_actions(self, actions: Iterable[Action], me: int) -> None:
        """Show the actions: messages to this user plainly, others with their chat id."""
        for action in actions:
            if isinstance(action, (SendText, EditText)):
                prefix = "" if action.chat_id == me else f"[→ chat {action.chat_id}] "
                self.out.write(prefix + plain(action.text).replace("\n", "\n" + " " * len(prefix)) + "\n")
                self._show_buttons(action.chat_id, action.buttons, me)
                self.out.write("\n")
            elif isinstance(action, AnswerPress) and action.text:
                self.out.write(f"({plain(action.text)})\n")
            elif isinstance(action, SendFile):
                path = self.files_dir / action.filename
                path.write_bytes(action.content)
                self.out.write(f"[file saved: {path}] {plain(action.caption)}\n\n")

    def _show_buttons(self, chat_id: int, rows: Keyboard, me: int) -> None:
        flat = [button for row in rows for button in row]
        if not flat:
            return
        if chat_id == me or chat_id not in self.buttons:
            self.buttons[chat_id] = flat
        for number, button in enumerate(flat, 1):
            self.out.write(f"  [{number}] {plain(button.label)}\n")

    async def feed(self, line: str, user_id: int = CONSOLE_USER, lang_code: str | None = None) -> None:
        """Handle one line as if `user_id` typed it."""
        match = re.match(r"@(\d+)\s+(.*)", line)
        if match:
            user_id, line = int(match.group(1)), match.group(2)
        if not line.strip():
            return
        self.update_id += 1
        sender = Sender(user_id=user_id, chat_id=user_id, language_code=lang_code)
        event = parse_line(line, sender, self.update_id, self.buttons.get(user_id, []))
        if event is None:
            return
        if self.echo:
            self.out.write(f"> {line.strip()}\n")
        self.print_actions(await self.hotline.conversation.handle(event), user_id)
        self.print_actions(await self.hotline.services.sweep(), user_id)


async def run_console(hotline: Hotline, lines: TextIO, *, lang: str | None, country: str | None,
                      interactive: bool, out: TextIO = sys.stdout) -> None:
    """Run the console until the input ends."""
    store = hotline.store
    async with store.transaction():
        user = await store.load_user(CONSOLE_USER, CONSOLE_USER)
        if lang:
            user.lang = lang
        if country:
            user.country = country
        await store.save_user(user, hotline.services.now())
    console = Console(hotline, out=out, echo=not interactive)
    if interactive:
        out.write("Hotline console. Type /start, a number to press a button, or a question. Ctrl-D quits.\n\n")
        await console.feed("/start", lang_code=lang)
    while True:
        if interactive:
            out.write("> ")
            out.flush()
        line = lines.readline()
        if not line:
            break
        await console.feed(line, lang_code=lang)
