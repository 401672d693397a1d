"""Shared fixtures: a real hotline on a real SQLite file in tmp_path, with a clock the test moves."""

from __future__ import annotations

from pathlib import Path

import pytest

from hotline.app import Hotline, build
from hotline.config import Config
from tests.pilot import Chat, Clock

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return Config.from_mapping({"HOTLINE_DB": str(tmp_path / "hotline.sqlite3"), "HOTLINE_ADMINS": "900"})


@pytest.fixture
async def hotline(config: Config, clock: Clock) -> Hotline:
    app = await build(config, now=clock)
    yield app
    await app.close()


@pytest.fixture
def chat(hotline: Hotline) -> Chat:
    return Chat(hotline, user_id=1001)
