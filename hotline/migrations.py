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
    Migration(2, "faq feedback and unanswered questions", (
        # No user id and no text: only which entry, in which language, helped or not, and when.
        """CREATE TABLE faq_feedback (
            id         INTEGER PRIMARY KEY,
            faq_id     TEXT NOT NULL,
            lang       TEXT NOT NULL,
            helpful    INTEGER NOT NULL CHECK (helpful IN (0, 1)),
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX faq_feedback_entry ON faq_feedback(faq_id)",
        """CREATE TABLE faq_unanswered (
            id         INTEGER PRIMARY KEY,
            lang       TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
    )),
    Migration(3, "lawyers' hand-off queue, reminders and audit log", (
        """CREATE TABLE lawyers (
            user_id      INTEGER PRIMARY KEY,
            chat_id      INTEGER NOT NULL,
            display_name TEXT NOT NULL DEFAULT '',
            langs        TEXT NOT NULL DEFAULT '',
            max_open     INTEGER NOT NULL DEFAULT 10,
            active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            added_at     TEXT NOT NULL
        )""",
        """CREATE TABLE lawyer_invites (
            code       TEXT PRIMARY KEY,
            langs      TEXT NOT NULL DEFAULT '',
            created_by INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            used_by    INTEGER,
            used_at    TEXT
        )""",
        # No names, no usernames: the user is known by Telegram id and chat only.
        """CREATE TABLE cases (
            id            INTEGER PRIMARY KEY,
            user_id       INTEGER NOT NULL,
            chat_id       INTEGER NOT NULL,
            lang          TEXT NOT NULL,
            country       TEXT,
            citizenship   TEXT,
            topic         TEXT NOT NULL DEFAULT 'general',
            context       TEXT NOT NULL DEFAULT '{}',
            status        TEXT NOT NULL DEFAULT 'open'
                          CHECK (status IN ('open', 'claimed', 'closed', 'cancelled')),
            lawyer_id     INTEGER,
            outcome       TEXT,
            amount        TEXT,
            user_outcome  TEXT,
            waiting_since TEXT,
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL,
            closed_at     TEXT
        )""",
        "CREATE UNIQUE INDEX cases_one_open_per_user ON cases(user_id) WHERE status IN ('open', 'claimed')",
        "CREATE INDEX cases_status ON cases(status, created_at)",
        """CREATE TABLE case_messages (
            id         INTEGER PRIMARY KEY,
            case_id    INTEGER NOT NULL REFERENCES cases(id),
            author     TEXT NOT NULL CHECK (author IN ('user', 'lawyer')),
            author_id  INTEGER NOT NULL,
            text       TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX case_messages_case ON case_messages(case_id)",
        """CREATE TABLE case_notes (
            id         INTEGER PRIMARY KEY,
            case_id    INTEGER NOT NULL REFERENCES cases(id),
            lawyer_id  INTEGER NOT NULL,
            text       TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
        # Which message the bot sent belongs to which case, so a reply to it reaches the case.
        """CREATE TABLE case_links (
            chat_id    INTEGER NOT NULL,
            message_id INTEGER NOT NULL,
            case_id    INTEGER NOT NULL REFERENCES cases(id),
            PRIMARY KEY (chat_id, message_id)
        )""",
        # The source of truth for everything due later; the scheduler only sweeps this table.
        """CREATE TABLE reminders (
            id           INTEGER PRIMARY KEY,
            kind         TEXT NOT NULL,
            chat_id      INTEGER NOT NULL,
            case_id      INTEGER REFERENCES cases(id),
            user_id      INTEGER,
            payload      TEXT NOT NULL DEFAULT '{}',
            due_at       TEXT NOT NULL,
            lease_until  TEXT,
            sent_at      TEXT,
            cancelled_at TEXT,
            created_at   TEXT NOT NULL
        )""",
        "CREATE INDEX reminders_due ON reminders(due_at) WHERE sent_at IS NULL AND cancelled_at IS NULL",
        # Who did what to which case, and when; never a message text.
        """CREATE TABLE case_audit (
            id         INTEGER PRIMARY KEY,
            case_id    INTEGER,
            actor_role TEXT NOT NULL,
            actor_id   INTEGER NOT NULL,
            action     TEXT NOT NULL,
            at         TEXT NOT NULL
        )""",
        "CREATE INDEX case_audit_case ON case_audit(case_id)",
        """CREATE TABLE blocked_chats (
            chat_id    INTEGER PRIMARY KEY,
            blocked_at TEXT NOT NULL
        )""",
    )),
    Migration(4, "privacy, safety and resilience", (
        # Events of a person who floods, replayed in order at the allowed rate (nothing is lost).
        """CREATE TABLE deferred_events (
            id         INTEGER PRIMARY KEY,
            user_id    INTEGER NOT NULL,
            event      TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX deferred_events_user ON deferred_events(user_id, id)",
        # Someone wrote about urgent danger: the hand-off flags their case as priority. No text.
        """CREATE TABLE urgent_flags (
            user_id    INTEGER PRIMARY KEY,
            kind       TEXT NOT NULL,
            flagged_at TEXT NOT NULL
        )""",
        # Anonymous counts per day (erasures, urgent events by kind, purged cases): no user, no text.
        """CREATE TABLE anon_counts (
            day  TEXT NOT NULL,
            kind TEXT NOT NULL,
            n    INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (day, kind)
        )""",
        # Replies decided in a committed transaction but not yet sent: re-sent after a crash.
        """CREATE TABLE outbox (
            id         INTEGER PRIMARY KEY,
            update_id  INTEGER,
            chat_id    INTEGER,
            action     TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX outbox_update ON outbox(update_id)",
    )),
    Migration(5, "reports: anonymous consultations, case classification, weekly digests", (
        # One row per answer shown. No user id, no chat id, no text; the day only, never the time.
        """CREATE TABLE consultations (
            id       INTEGER PRIMARY KEY,
            kind     TEXT NOT NULL,
            entry_id TEXT NOT NULL,
            topic    TEXT NOT NULL,
            ilo      TEXT NOT NULL DEFAULT '',
            lang     TEXT NOT NULL,
            country  TEXT,
            gender   TEXT CHECK (gender IN ('f', 'm')),
            day      TEXT NOT NULL
        )""",
        "CREATE INDEX consultations_day ON consultations(day)",
        # A lawyer's classification of a case (codes and amounts only) and the optional gender.
        # No foreign key: erasing a case must not be blocked; rows of erased cases are never joined.
        """CREATE TABLE case_reports (
            case_id       INTEGER PRIMARY KEY,
            violation     TEXT,
            ilo           TEXT NOT NULL DEFAULT '',
            amount        INTEGER,
            currency      TEXT,
            gender        TEXT CHECK (gender IN ('f', 'm')),
            classified_at TEXT
        )""",
        # Should a case row ever be deleted, its classification goes with it (ids may be reused).
        """CREATE TRIGGER case_reports_follow_cases AFTER DELETE ON cases
           BEGIN DELETE FROM case_reports WHERE case_id = OLD.id; END""",
        # Which weekly digests went out, so a restart neither re-sends nor skips one.
        """CREATE TABLE report_digests (
            week    TEXT PRIMARY KEY,
            sent_at TEXT NOT NULL
        )""",
    )),
    Migration(6, "urgent cases first in the lawyers' queue", (
        # Set when the person wrote about urgent danger (safety.urgent_flags) before opening it.
        "ALTER TABLE cases ADD COLUMN priority INTEGER NOT NULL DEFAULT 0",
        "CREATE INDEX cases_queue ON cases(status, priority DESC, created_at)",
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
