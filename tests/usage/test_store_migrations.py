"""The schema: WAL mode, named migrations applied once each, each in its own transaction."""
from __future__ import annotations

import pytest

from bot.usage import migrations
from bot.usage.store import Store

from .builders import query

NAMES = [name for name, _ in migrations.MIGRATIONS]


async def test_a_new_database_gets_every_migration_in_order(db_path):
    async with Store(db_path) as store:
        assert await store.applied_migrations() == NAMES
    assert query(db_path, "PRAGMA journal_mode") == [("wal",)]
    tables = {row[0] for row in query(db_path, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"migrations", "hourly", "daily", "day_salt", "day_people", "people_daily", "sources",
            "dropped"} <= tables


async def test_migrations_are_applied_once(db_path):
    async with Store(db_path):
        pass
    async with Store(db_path) as store:
        assert await store.migrate() == []
    assert [row[0] for row in query(db_path, "SELECT name FROM migrations ORDER BY name")] == NAMES


async def test_a_failing_migration_leaves_nothing_behind(db_path, monkeypatch):
    broken = migrations.MIGRATIONS + (
        ("0099_broken", ("CREATE TABLE half_done (x INTEGER)", "CREATE TABLE oops (")),)
    monkeypatch.setattr("bot.usage.store.MIGRATIONS", broken)
    with pytest.raises(Exception):
        await Store(db_path).open()
    assert query(db_path, "SELECT name FROM sqlite_master WHERE name = 'half_done'") == []
    assert [row[0] for row in query(db_path, "SELECT name FROM migrations ORDER BY name")] == NAMES


async def test_the_folder_is_created(tmp_path):
    path = tmp_path / "data" / "deeper" / "usage.sqlite3"
    async with Store(path):
        pass
    assert path.exists()


def test_only_the_usage_package_imports_aiosqlite(repo_root):
    offenders = [str(path.relative_to(repo_root)) for path in (repo_root / "bot").rglob("*.py")
                 if "aiosqlite" in path.read_text(encoding="utf-8")
                 and path.parent != repo_root / "bot" / "usage"]
    assert offenders == []
