"""Settings, built once from a mapping (os.environ in production, a plain dict in tests).

Every problem is reported as one clear line naming the variable to set; secrets never appear
in repr() or in logs.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from hotline import CONTENT_ROOT

DEFAULT_API_BASE = "https://api.telegram.org/bot"


class ConfigError(Exception):
    """Raised with one line per missing or bad setting."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Config:
    """Everything the hotline reads from its environment."""

    db_path: Path = Path("hotline.sqlite3")
    content_root: Path = CONTENT_ROOT
    token: str = field(default="", repr=False)
    api_base_url: str = DEFAULT_API_BASE
    webhook_url: str = ""
    webhook_secret: str = field(default="", repr=False)
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    admins: frozenset[int] = frozenset()
    lawyers_chat: int | None = None
    remind_unclaimed_hours: float = 4.0
    timezone: str = "Europe/Moscow"
    quiet_start: int = 21
    quiet_end: int = 8
    work_start: int = 9
    work_end: int = 18
    retention_days: int = 180
    db_key: str = field(default="", repr=False)
    log_level: str = "INFO"
    rate_limit_per_minute: int = 20

    @property
    def tz(self) -> ZoneInfo:
        """The time zone used for quiet hours and lawyers' working hours."""
        return ZoneInfo(self.timezone)

    @classmethod
    def from_mapping(cls, env: Mapping[str, str], *, need_token: bool = False) -> Config:
        """Build settings from `env`; raise ConfigError listing every problem at once."""
        problems: list[str] = []
        get = lambda name: (env.get(name) or "").strip()

        def integer(name: str, default: int, low: int, high: int) -> int:
            raw = get(name)
            if not raw:
                return default
            try:
                value = int(raw)
            except ValueError:
                problems.append(f"{name} must be a whole number, got {raw!r}")
                return default
            if not low <= value <= high:
                problems.append(f"{name} must be between {low} and {high}, got {value}")
                return default
            return value

        def hours(name: str, default: tuple[int, int]) -> tuple[int, int]:
            raw = get(name)
            if not raw:
                return default
            try:
                start, end = (int(part) for part in raw.split("-"))
                if not (0 <= start <= 23 and 0 <= end <= 23):
                    raise ValueError
                return start, end
            except ValueError:
                problems.append(f"{name} must look like 21-8 (hours 0-23), got {raw!r}")
                return default

        token = get("TELEGRAM_BOT_TOKEN")
        if need_token and not token:
            problems.append("TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather and export it "
                            "(or run `hotline console` to try the hotline in the terminal)")
        elif token and (":" not in token or " " in token):
            problems.append("TELEGRAM_BOT_TOKEN does not look like a bot token (expected 123456:ABC...)")

        api_base = get("TELEGRAM_API_BASE_URL") or DEFAULT_API_BASE
        if urlparse(api_base).scheme not in ("http", "https") or not urlparse(api_base).netloc:
            problems.append(f"TELEGRAM_API_BASE_URL must be an http(s) URL, got {api_base!r}")

        webhook_url = get("HOTLINE_WEBHOOK_URL")
        webhook_secret = get("HOTLINE_WEBHOOK_SECRET")
        if webhook_url:
            parsed = urlparse(webhook_url)
            if parsed.scheme != "https" or not parsed.netloc:
                problems.append(f"HOTLINE_WEBHOOK_URL must be an https:// URL, got {webhook_url!r}")
            if not webhook_secret:
                problems.append("HOTLINE_WEBHOOK_SECRET must be set with HOTLINE_WEBHOOK_URL "
                                "(1-256 characters A-Z a-z 0-9 _ -)")
        if webhook_secret and (
            len(webhook_secret) > 256
            or not all(c.isascii() and (c.isalnum() or c in "_-") for c in webhook_secret)
        ):
            problems.append("HOTLINE_WEBHOOK_SECRET may hold only A-Z a-z 0-9 _ - (at most 256)")

        admins: set[int] = set()
        for part in get("HOTLINE_ADMINS").replace(";", ",").split(","):
            if part.strip():
                try:
                    admins.add(int(part))
                except ValueError:
                    problems.append(f"HOTLINE_ADMINS must be Telegram user ids separated by commas, "
                                    f"got {part.strip()!r}")

        lawyers_chat: int | None = None
        if get("HOTLINE_LAWYERS_CHAT"):
            try:
                lawyers_chat = int(get("HOTLINE_LAWYERS_CHAT"))
            except ValueError:
                problems.append("HOTLINE_LAWYERS_CHAT must be a Telegram chat id such as -1001234567890")

        remind = 4.0
        if get("HOTLINE_REMIND_UNCLAIMED"):
            try:
                remind = float(get("HOTLINE_REMIND_UNCLAIMED"))
                if remind <= 0:
                    raise ValueError
            except ValueError:
                problems.append("HOTLINE_REMIND_UNCLAIMED must be a positive number of hours")
                remind = 4.0

        timezone = get("HOTLINE_TIMEZONE") or "Europe/Moscow"
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            problems.append(f"HOTLINE_TIMEZONE is not a known time zone, got {timezone!r} "
                            "(e.g. Europe/Moscow, Asia/Almaty)")
            timezone = "Europe/Moscow"

        content = Path(get("HOTLINE_CONTENT")) if get("HOTLINE_CONTENT") else CONTENT_ROOT
        if not (content / "locales").is_dir():
            problems.append(f"HOTLINE_CONTENT must be a folder holding locales/, flows/ and knowledge/, "
                            f"got {str(content)!r}")

        quiet = hours("HOTLINE_QUIET_HOURS", (21, 8))
        work = hours("HOTLINE_WORK_HOURS", (9, 18))
        level = (get("HOTLINE_LOG_LEVEL") or "INFO").upper()
        if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
            problems.append(f"HOTLINE_LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, got {level!r}")
            level = "INFO"

        config = cls(
            db_path=Path(get("HOTLINE_DB") or "hotline.sqlite3"),
            content_root=content,
            token=token,
            api_base_url=api_base,
            webhook_url=webhook_url,
            webhook_secret=webhook_secret,
            webhook_listen=get("HOTLINE_WEBHOOK_LISTEN") or "0.0.0.0",
            webhook_port=integer("HOTLINE_WEBHOOK_PORT", 8443, 1, 65535),
            admins=frozenset(admins),
            lawyers_chat=lawyers_chat,
            remind_unclaimed_hours=remind,
            timezone=timezone,
            quiet_start=quiet[0],
            quiet_end=quiet[1],
            work_start=work[0],
            work_end=work[1],
            retention_days=integer("HOTLINE_RETENTION_DAYS", 180, 1, 3650),
            db_key=get("HOTLINE_DB_KEY"),
            log_level=level,
            rate_limit_per_minute=integer("HOTLINE_RATE_LIMIT", 20, 1, 10_000),
        )
        if problems:
            raise ConfigError(problems)
        return config

    @classmethod
    def from_env(cls, *, need_token: bool = False) -> Config:
        """Settings from the process environment."""
        return cls.from_mapping(os.environ, need_token=need_token)
