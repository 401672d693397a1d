"""The database at rest: SQLCipher encryption when HOTLINE_DB_KEY is set, and `hotline backup`.

Rule: the SQLite file and its copies are the crown jewels. With HOTLINE_DB_KEY set, the whole file
(every table, the WAL, and every backup) is encrypted by SQLCipher through the `sqlcipher3`
binding (`pip install 'hotline[encrypted]'`); without the key the file is plain SQLite, as
before. A key that does not open the file stops the start with one clear line. A backup is a
consistent online copy made with SQLite's backup API through the running store's connection,
encrypted with the same key, written next to its destination and renamed into place.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hotline.config import Config
from hotline.store import Store

log = logging.getLogger(__name__)


class AtRestError(Exception):
    """The key is set but cannot be used (binding missing, or it does not open the file)."""


def _quote_key(key: str) -> str:
    """The key as SQLCipher's PRAGMA wants it: 64 hex digits as a raw key, anything else a passphrase."""
    if len(key) == 64 and all(c in "0123456789abcdefABCDEF" for c in key):
        return f"\"x'{key}'\""
    return "'" + key.replace("'", "''") + "'"


def sqlcipher_connector(key: str) -> Callable[[Path], Any]:
    """A connect function for `Store.open` that opens (or creates) an encrypted database."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError as error:
        raise AtRestError("HOTLINE_DB_KEY is set but SQLCipher is not installed: "
                          "pip install 'hotline[encrypted]' (sqlcipher3-binary)") from error

    class Connection(dbapi2.Connection):
        """aiosqlite sets sqlite3.Row as row factory; SQLCipher needs its own Row class."""

        @property
        def row_factory(self) -> Any:
            return dbapi2.Connection.row_factory.__get__(self)

        @row_factory.setter
        def row_factory(self, value: Any) -> None:
            dbapi2.Connection.row_factory.__set__(self, dbapi2.Row if value is sqlite3.Row else value)

    def connect(path: Path) -> Any:
        conn = dbapi2.connect(str(path), isolation_level=None, check_same_thread=False, factory=Connection)
        conn.execute(f"PRAGMA key = {_quote_key(key)}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except dbapi2.DatabaseError as error:
            conn.close()
            raise AtRestError(f"HOTLINE_DB_KEY does not open {path} (wrong key, or a plain database)") from error
        return conn

    return connect


def connector_for(config: Config) -> Callable[[Path], Any] | None:
    """The connect function the settings ask for (None: plain SQLite)."""
    return sqlcipher_connector(config.db_key) if config.db_key else None


async def open_store(config: Config, *, migrate: bool = True) -> Store:
    """Open the configured database, encrypted if HOTLINE_DB_KEY is set."""
    connector = connector_for(config)
    if connector is not None and config.db_path.is_file():
        connector(config.db_path).close()  # a wrong key fails here, with one clear line
    return await Store.open(config.db_path, connector=connector, migrate=migrate)


async def backup(store: Store, dest: Path | str, config: Config) -> Path:
    """Copy the live database to `dest` consistently (SQLite backup API); return the path."""
    dest = Path(dest)
    if dest.is_dir():
        dest = dest / f"{Path(store.path).stem}-backup.sqlite3"
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    connector = connector_for(config)
    target = connector(partial) if connector else sqlite3.connect(partial)
    try:
        await store.db.backup(target)
    finally:
        target.close()
    os.chmod(partial, 0o600)
    partial.replace(dest)
    log.info("backup written (%d bytes)", dest.stat().st_size)
    return dest
