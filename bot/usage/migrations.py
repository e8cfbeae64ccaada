"""The usage database schema as named migrations, each applied once in its own transaction."""
from __future__ import annotations

# Key columns shared by the hourly and daily counts. Empty text, not NULL, stands for "not set"
# so that the primary key (NULLs are all distinct) merges equal rows in the UPSERT.
_DIMS = """
    channel TEXT NOT NULL,
    kind TEXT NOT NULL,
    lang TEXT NOT NULL,
    intent TEXT NOT NULL,
    outcome TEXT NOT NULL,
    bucket TEXT NOT NULL,
    nearest TEXT NOT NULL,
    source TEXT NOT NULL,
    count INTEGER NOT NULL"""
_KEY = "channel, kind, lang, intent, outcome, bucket, nearest, source"

# WITHOUT ROWID keeps rows in key order, not arrival order, so the file holds no sequence of events.
MIGRATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("0001_counts", (
        f"CREATE TABLE hourly (hour TEXT NOT NULL, {_DIMS}, PRIMARY KEY (hour, {_KEY})) WITHOUT ROWID",
        f"CREATE TABLE daily (day TEXT NOT NULL, {_DIMS}, PRIMARY KEY (day, {_KEY})) WITHOUT ROWID",
    )),
    ("0002_people_per_day", (
        "CREATE TABLE day_salt (day TEXT PRIMARY KEY, salt BLOB NOT NULL) WITHOUT ROWID",
        "CREATE TABLE day_people (day TEXT NOT NULL, hash BLOB NOT NULL, PRIMARY KEY (day, hash)) WITHOUT ROWID",
        "CREATE TABLE people_daily (day TEXT PRIMARY KEY, people INTEGER NOT NULL) WITHOUT ROWID",
    )),
    ("0003_sources", (
        "CREATE TABLE sources (name TEXT PRIMARY KEY) WITHOUT ROWID",
    )),
    ("0004_dropped", (
        "CREATE TABLE dropped (day TEXT NOT NULL, reason TEXT NOT NULL, count INTEGER NOT NULL,"
        " PRIMARY KEY (day, reason)) WITHOUT ROWID",
    )),
)

CREATE_MIGRATIONS_TABLE = (
    "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
)
