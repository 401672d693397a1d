"""What comes in from a front end and what goes back out, as small frozen values.

Knows nothing of Telegram: the adapters translate updates into these events and these actions
into API calls. Texts in actions are already localised; `msg_id` names the Fluent message they
came from, so tests assert on meaning rather than wording.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Telegram's limit for callback data, in bytes.
MAX_BUTTON_DATA = 64
#: Telegram's limit for one message, in characters.
MAX_MESSAGE = 4096


@dataclass(frozen=True)
class Sender:
    """Who sent an event and from which chat."""

    user_id: int
    chat_id: int
    language_code: str | None = None
    private: bool = True


@dataclass(frozen=True)
class Event:
    """Base of everything that comes in. `update_id` makes re-deliveries detectable."""

    sender: Sender
    update_id: int | None = None


@dataclass(frozen=True)
class Command(Event):
    """A slash command: `/start wages` -> name="start", args="wages"."""

    name: str = ""
    args: str = ""
    reply_to_message_id: int | None = None


@dataclass(frozen=True)
class Text(Event):
    """A plain text message."""

    text: str = ""
    message_id: int | None = None
    reply_to_message_id: int | None = None


@dataclass(frozen=True)
class Press(Event):
    """A button press: the button's data, the message it was on, the query to answer."""

    data: str = ""
    message_id: int | None = None
    query_id: str = ""


@dataclass(frozen=True)
class Unsupported(Event):
    """Anything we do not read: stickers, photos, voice notes, files (`kind` names which)."""

    kind: str = "other"


@dataclass(frozen=True)
class Tick(Event):
    """A clock tick from the scheduler (no user); lets the core sweep reminders and purges."""


@dataclass(frozen=True)
class Button:
    """One inline button: what it says and what it sends back."""

    label: str
    data: str


Keyboard = tuple[tuple[Button, ...], ...]


@dataclass(frozen=True)
class Action:
    """Base of everything that goes out."""


@dataclass(frozen=True)
class SendText(Action):
    """Send `text` (Telegram HTML) to `chat_id`, with inline buttons."""

    chat_id: int
    text: str
    buttons: Keyboard = ()
    msg_id: str = ""
    #: A tag the core may use to link a later reply to this message (e.g. "case:12").
    tag: str = ""


@dataclass(frozen=True)
class EditText(Action):
    """Replace the text and buttons of a message the bot sent earlier."""

    chat_id: int
    message_id: int
    text: str
    buttons: Keyboard = ()
    msg_id: str = ""


@dataclass(frozen=True)
class AnswerPress(Action):
    """Stop the spinner on a pressed button, optionally with a short toast."""

    query_id: str
    text: str = ""


@dataclass(frozen=True)
class SendFile(Action):
    """Send a file (a chart, a CSV export) with an optional caption."""

    chat_id: int
    filename: str
    content: bytes = field(repr=False)
    caption: str = ""
    photo: bool = False
    msg_id: str = ""


def keyboard(*rows: list[Button] | tuple[Button, ...]) -> Keyboard:
    """Build an immutable keyboard from rows of buttons, dropping empty rows."""
    return tuple(tuple(row) for row in rows if row)
