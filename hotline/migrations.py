"""Numbered, append-only schema steps, recorded in the database (table schema_migrations).

Never edit a step that has shipped: add a new one. Each step runs in one transaction together
with the row that records it, so a crash leaves the schema either before or after the step.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    """One schema step: its number, a short name, and the SQL statements it runs."""

    number: int
    name: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "users and handled updates", (
        """CREATE TABLE users (
            user_id     INTEGER PRIMARY KEY,
            chat_id     INTEGER NOT NULL,
            lang        TEXT,
            country     TEXT,
            citizenship TEXT,
            state       TEXT NOT NULL DEFAULT '{}',
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL
        )""",
        """CREATE TABLE handled_updates (
            update_id  INTEGER PRIMARY KEY,
            handled_at TEXT NOT NULL
        )""",
        "CREATE INDEX handled_updates_at ON handled_updates(handled_at)",
    )),
)


def latest() -> int:
    """The schema version the code expects."""
    return max(m.number for m in MIGRATIONS)


def check_sequence() -> None:
    """Fail loudly if steps are not numbered 1, 2, 3, ... without gaps or repeats."""
    numbers = [m.number for m in MIGRATIONS]
    if numbers != list(range(1, len(numbers) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..N in order, got {numbers}")
