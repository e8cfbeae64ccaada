"""Fixtures for the usage counts: a temporary database path and a settable clock."""
from __future__ import annotations

from pathlib import Path

import pytest

from .builders import FakeClock


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test's usage database goes (not created yet)."""
    return tmp_path / "usage.sqlite3"


@pytest.fixture
def clock() -> FakeClock:
    """A clock standing at 2025-03-04 10:15 UTC."""
    return FakeClock("2025-03-04T10:15:00")
