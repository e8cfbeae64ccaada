"""Builders for usage tests: a settable clock, events, raw reads of the database file."""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from bot.usage.events import UsageEvent


class FakeClock:
    """A Unix-time clock the test moves by hand."""

    def __init__(self, when: str) -> None:
        self.now = 0.0
        self.set(when)

    def set(self, when: str) -> None:
        self.now = dt.datetime.fromisoformat(when).replace(tzinfo=dt.timezone.utc).timestamp()

    def __call__(self) -> float:
        return self.now


def event(intent: str = "asylum_refuge", *, lang: str = "es", outcome: str = "answered",
          confidence: float = 0.9, nearest: str | None = None, kind: str = "message",
          source: str | None = None, channel: str = "telegram") -> UsageEvent:
    """A usage event with plain defaults."""
    return UsageEvent(channel=channel, lang=lang, intent=intent, outcome=outcome, confidence=confidence,
                      nearest_intent=nearest, source=source, kind=kind)


def query(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    """Read the database with a separate plain sqlite3 connection."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def raw_bytes(path: Path) -> bytes:
    """The database file and its WAL and shared-memory files, as they are on disk."""
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists())
