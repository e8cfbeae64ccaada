"""Fixtures for the usage counts: a temporary database path and a settable clock."""
from __future__ import annotations

from pathlib import Path

import pytest

from .builders import FakeClock, fill_sample


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test's usage database goes (not created yet)."""
    return tmp_path / "usage.sqlite3"


@pytest.fixture
def clock() -> FakeClock:
    """A clock standing at 2025-03-04 10:15 UTC."""
    return FakeClock("2025-03-04T10:15:00")


@pytest.fixture
async def sample_db(db_path: Path) -> Path:
    """A database holding the small known sample of builders.fill_sample."""
    await fill_sample(db_path)
    return db_path
