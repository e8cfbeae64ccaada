"""Builders for usage tests: a settable clock, events, raw reads of the database file."""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from bot.usage.events import UsageEvent
from bot.usage.store import Store


class FakeClock:
    """A Unix-time clock the test moves by hand."""

    def __init__(self, when: str) -> None:
        self.now = 0.0
        self.set(when)

    def set(self, when: str) -> None:
        self.now = dt.datetime.fromisoformat(when).replace(tzinfo=dt.timezone.utc).timestamp()

    def __call__(self) -> float:
        return self.now


class ReadOnlyStore(Store):
    """A store whose connection refuses writes (SQLITE_READONLY) until `read_only` is cleared."""

    read_only = True

    async def configure(self, conn) -> None:
        await super().configure(conn)
        if self.read_only:
            await conn.execute("PRAGMA query_only = ON")


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


async def fill_sample(path: Path) -> None:
    """A small known week of counts, some below five, across two ISO weeks and two languages."""
    from bot.usage.recorder import Recorder

    clock = FakeClock("2025-03-03T09:00:00")
    recorder = Recorder(path, sources=["radio"], flush_interval=60, clock=clock)
    await recorder.start()
    for person in range(12):
        recorder.record(event("asylum_refuge"), person=person)
    for person in range(3):
        recorder.record(event("hotlines", lang="en"), person=100 + person)
    await recorder.flush()
    clock.set("2025-03-04T17:30:00")
    for person in range(6):
        recorder.record(event("out_of_scope", outcome="declined", nearest="asylum_refuge", confidence=0.3),
                        person=person)
    for person in range(2):
        recorder.record(event("out_of_scope", lang="en", outcome="declined", nearest="health_services",
                              confidence=0.5), person=200 + person)
    for person in range(5):
        recorder.record(event("greeting", kind="start", source="radio", confidence=1.0), person=300 + person)
    recorder.record(event("greeting", kind="start", confidence=1.0), person=400)
    await recorder.flush()
    clock.set("2025-03-10T08:00:00")
    recorder.record(event("emergency", outcome="emergency", confidence=0.95), person=1)
    await recorder.stop()
