"""Log hygiene: no log line may carry a message text, a name, a phone number, a Telegram username
or a raw user id.

Code logs only kinds and counts (never `event.text`), and passes ids through `pseudonym`. As a
net under that rule, `SafeFormatter` scrubs every finished line (exception text included) before
it is written: long digit runs (user and chat ids) become keyed hashes, phone-like numbers,
@usernames and e-mail addresses are masked, and any run of Cyrillic words (what people write here)
or a quoted "text" field is dropped. The key is HOTLINE_LOG_KEY, else HOTLINE_DB_KEY, else random
per process (pseudonyms then cannot be matched across restarts, which is the safer default).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets

#: Ids are 5 digits or more (Telegram user ids have 6-10, group chat ids start with -100).
_ID = re.compile(r"(?<![\w.:-])-?\d{5,}(?![\w.])")
#: +7 900 123-45-67, 8(701)1234567, +998 90 123 45 67 ...
_PHONE = re.compile(r"\+?\d[\d\s()\-]{8,}\d")
_USERNAME = re.compile(r"(?<![\w/])@[A-Za-z]\w{3,31}")
#: A quoted string holding a space: a phrase someone wrote (our own log lines quote no phrases).
_PHRASE = re.compile(r""""(?:[^"\\\n]|\\.)*\s(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*\s(?:[^'\\\n]|\\.)*'""")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
#: One or more words in Cyrillic script (Russian, Kyrgyz, Tajik): people's texts and names.
_CYRILLIC = re.compile(r"[\u0400-\u04FF][\u0400-\u04FF\w'’-]*(?:[\s,.!?;:]+[\u0400-\u04FF][\u0400-\u04FF\w'’-]*)*")
#: A text field in a dumped update or request: "text": "...", text='...', caption=...
_TEXT_FIELD = re.compile(r"""(?i)(["']?(?:text|caption|first_name|last_name|username)["']?\s*[:=]\s*)"""
                         r"""("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^,\s)}]+)""")

_key: bytes = secrets.token_bytes(32)


def set_key(key: str | bytes | None) -> None:
    """Use `key` for pseudonyms (a fresh random key if empty)."""
    global _key
    if not key:
        _key = secrets.token_bytes(32)
    else:
        _key = hashlib.sha256(key.encode() if isinstance(key, str) else key).digest()


def pseudonym(user_id: int | str) -> str:
    """A short keyed hash that stands for a user or chat id in logs."""
    digest = hmac.new(_key, str(user_id).encode(), hashlib.sha256).hexdigest()
    return f"u#{digest[:10]}"


def scrub(line: str) -> str:
    """Remove texts, names, phone numbers, usernames and raw ids from one log line."""
    line = _TEXT_FIELD.sub(lambda m: m.group(1) + "[text]", line)
    line = _PHRASE.sub('"[text]"', line)
    line = _EMAIL.sub("[email]", line)
    line = _USERNAME.sub("@[user]", line)
    line = _CYRILLIC.sub("[text]", line)
    line = _PHONE.sub(lambda m: _id_or_phone(m.group(0)), line)
    line = _ID.sub(lambda m: pseudonym(m.group(0)), line)
    return line


def _id_or_phone(found: str) -> str:
    """A bare digit run is an id (pseudonymised later); anything with separators is a phone."""
    if _DATE.match(found) or (found.lstrip("-").isdigit() and not found.startswith("+")):
        return found
    return "[phone]"


class SafeFormatter(logging.Formatter):
    """A formatter whose every message (and traceback) is scrubbed."""

    def formatMessage(self, record: logging.LogRecord) -> str:
        """Scrub the message part (not the timestamp or the logger's name), then format."""
        record.message = scrub(record.message)
        return super().formatMessage(record)

    def formatException(self, ei) -> str:
        """Tracebacks are scrubbed too (exception messages may quote input)."""
        return scrub(super().formatException(ei))


def install(fmt: str = "%(asctime)s %(levelname)s %(name)s: %(message)s", *,
            key: str | None = None, logger: logging.Logger | None = None) -> None:
    """Put a SafeFormatter on every handler of `logger` (the root logger by default)."""
    if key is not None:
        set_key(key)
    target = logger or logging.getLogger()
    # aiosqlite logs every statement with its parameters at DEBUG: those hold texts.
    logging.getLogger("aiosqlite").setLevel(logging.INFO)
    for handler in target.handlers:
        handler.setFormatter(SafeFormatter(fmt))
