"""Data at rest: SQLCipher encryption with HOTLINE_DB_KEY, and consistent online backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from hotline.app import build
from hotline.backup import AtRestError, backup, open_store
from hotline.cli import main
from hotline.config import Config
from tests.pilot import Chat, Clock
from tests.test_privacy import raw_bytes

SECRET = "Тайна-Зарины про долг хозяину"


def settings(tmp_path: Path, key: str = "", name: str = "db.sqlite3") -> Config:
    env = {"HOTLINE_DB": str(tmp_path / name)}
    if key:
        env["HOTLINE_DB_KEY"] = key
    return Config.from_mapping(env)


async def _talk(config: Config) -> None:
    hotline = await build(config, now=Clock())
    try:
        chat = Chat(hotline, user_id=7001)
        await chat.send(SECRET)
        await chat.press("lang:ru")
        await chat.press("country:kz")
    finally:
        await hotline.close()


async def test_plain_backup_is_a_consistent_copy(tmp_path):
    config = settings(tmp_path)
    await _talk(config)
    store = await open_store(config)
    try:
        dest = await backup(store, tmp_path / "copies", config)
    finally:
        await store.close()
    with sqlite3.connect(dest) as copy:
        assert copy.execute("SELECT country FROM users WHERE user_id = 7001").fetchone() == ("kz",)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert oct(dest.stat().st_mode & 0o777) == "0o600"


def test_backup_command(tmp_path, monkeypatch, capsys):
    import asyncio

    config = settings(tmp_path)
    asyncio.run(_talk(config))
    monkeypatch.setenv("HOTLINE_DB", str(config.db_path))
    monkeypatch.delenv("HOTLINE_DB_KEY", raising=False)
    assert main(["backup", str(tmp_path / "b.sqlite3")]) == 0
    assert "backup written" in capsys.readouterr().out
    with sqlite3.connect(tmp_path / "b.sqlite3") as copy:
        assert copy.execute("SELECT COUNT(*) FROM users").fetchone() == (1,)
    monkeypatch.setenv("HOTLINE_DB", str(tmp_path / "missing.sqlite3"))
    assert main(["backup", str(tmp_path / "c.sqlite3")]) == 2


async def test_with_a_key_the_file_wal_and_backup_are_unreadable_without_it(tmp_path):
    pytest.importorskip("sqlcipher3")
    key = "correct horse battery staple"
    config = settings(tmp_path, key)
    await _talk(config)
    data = raw_bytes(config.db_path)
    assert SECRET.encode() not in data and "Зарины".encode() not in data
    assert not data.startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(config.db_path).execute("SELECT * FROM users").fetchall()
    with pytest.raises(AtRestError):
        await open_store(settings(tmp_path, "wrong key"))
    store = await open_store(config)
    try:
        user = await store.load_user(7001, 7001)
        assert user.country == "kz"
        dest = await backup(store, tmp_path / "enc-copy.sqlite3", config)
    finally:
        await store.close()
    assert SECRET.encode() not in dest.read_bytes()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(dest).execute("SELECT * FROM users").fetchall()
    copy = await open_store(settings(tmp_path, key, "enc-copy.sqlite3"), migrate=False)
    try:
        assert (await copy.load_user(7001, 7001)).country == "kz"
    finally:
        await copy.close()


async def test_a_key_on_a_plain_database_is_refused_clearly(tmp_path):
    pytest.importorskip("sqlcipher3")
    await _talk(settings(tmp_path))
    with pytest.raises(AtRestError, match="HOTLINE_DB_KEY does not open"):
        await open_store(settings(tmp_path, "some key"))
