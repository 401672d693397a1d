"""Consent notice, /privacy, and /forget: confirmation, forged confirmations, and no trace of the
person's texts left in the raw database files."""

from __future__ import annotations

from pathlib import Path

from hotline.app import Hotline
from tests.pilot import Chat

SECRET = "Секретная-фраза Гульнары про хозяина Рахимова"


def raw_bytes(path: Path) -> bytes:
    """The database file and its WAL, as bytes on disk."""
    data = path.read_bytes()
    wal = Path(f"{path}-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


async def test_first_contact_shows_the_privacy_notice_once(chat: Chat):
    await chat.onboard("ky", "kz")
    assert chat.msg_ids.count("privacy-notice") == 1
    assert chat.msg_ids.index("privacy-notice") < chat.msg_ids.index("start-ready")
    await chat.send("/country")
    await chat.press("country:ru")
    assert chat.msg_ids.count("privacy-notice") == 1


async def test_privacy_command_tells_what_who_and_how_long(chat: Chat, hotline: Hotline):
    await chat.onboard("uz", "ru")
    await chat.send("/privacy")
    assert chat.last.msg_id == "privacy-text"
    assert str(hotline.services.config.retention_days) in chat.last.text
    assert any(b.data == "forget:ask" for b in chat.buttons)


async def test_forget_asks_first_and_no_keeps_everything(chat: Chat, hotline: Hotline):
    await chat.onboard("ru", "ru")
    await chat.send("/forget")
    assert chat.last.msg_id == "forget-confirm"
    await chat.press("forget:no")
    assert chat.last.msg_id == "forget-cancelled"
    user = await hotline.store.load_user(chat.user_id, chat.user_id)
    assert (user.lang, user.country) == ("ru", "ru")


async def test_a_forged_or_stale_yes_erases_nothing(chat: Chat, hotline: Hotline):
    await chat.onboard("tg", "ru")
    await chat.send("/forget")
    real = next(b.data for b in chat.buttons if b.data.startswith("forget:yes:"))
    for forged in ("forget:yes", "forget:yes:deadbeef", "forget:yes:" + "0" * 60, "forget:yes::x"):
        await chat.press(forged)
        assert chat.last.msg_id == "stale-button"
    assert not (await hotline.store.load_user(chat.user_id, chat.user_id)).is_new
    await chat.press(real)
    assert chat.last.msg_id == "forget-done"
    assert (await hotline.store.load_user(chat.user_id, chat.user_id)).is_new


async def test_forget_leaves_no_trace_of_the_texts_in_the_database_files(chat: Chat, hotline: Hotline,
                                                                         config):
    await chat.send(SECRET)                       # kept as the first question during onboarding
    await chat.press("lang:ru")
    await chat.press("country:ru")
    await chat.send(SECRET + " ещё раз")          # kept as the last question for a lawyer
    await hotline.store.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    assert SECRET.encode() in raw_bytes(config.db_path), "the test must first see the text on disk"
    await chat.send("/forget")
    await chat.press(next(b.data for b in chat.buttons if b.data.startswith("forget:yes:")))
    assert chat.last.msg_id == "forget-done"
    await hotline.services.sweep()                # the checkpoint after an erasure
    data = raw_bytes(config.db_path)
    for fragment in ("Секретная-фраза", "Гульнары", "Рахимова"):
        assert fragment.encode() not in data
    assert await hotline.store.fetch_value("SELECT COUNT(*) FROM users WHERE user_id = ?",
                                           (chat.user_id,)) == 0
    assert await hotline.store.fetch_value("SELECT n FROM anon_counts WHERE kind = 'forget'") == 1


async def test_after_forget_the_person_starts_afresh(chat: Chat):
    await chat.onboard("ru", "kz")
    await chat.send("/forget")
    await chat.press(next(b.data for b in chat.buttons if b.data.startswith("forget:yes:")))
    await chat.send("/start")
    assert chat.last.msg_id == "start-welcome"
