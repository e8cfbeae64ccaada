"""A locked, read-only or full database never gets in the way: counting goes on, losses are counted."""
from __future__ import annotations

import asyncio
import os
import sqlite3
import time

import pytest

from bot.usage.recorder import Recorder
from bot.usage.store import Store

from .builders import ReadOnlyStore, event, query

FAST_RETRY = {"first_backoff": 0.01, "max_backoff": 0.02, "flush_interval": 0.02}


class FullDiskStore(Store):
    """A store that cannot grow (SQLITE_FULL, as on a full disk) until `full` is cleared."""

    full = True

    async def configure(self, conn) -> None:
        await super().configure(conn)
        if self.full:
            pages = (await (await conn.execute("PRAGMA page_count")).fetchone())[0]
            await conn.execute(f"PRAGMA max_page_count = {pages}")


async def create(db_path) -> None:
    async with Store(db_path):
        pass


def total(db_path) -> int:
    return query(db_path, "SELECT coalesce(sum(count), 0) FROM hourly")[0][0]


async def test_a_locked_database_is_retried_until_it_is_free(db_path, clock, caplog):
    await create(db_path)
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    recorder = Recorder(db_path, max_attempts=1000, clock=clock, **FAST_RETRY)
    await recorder.start()
    for person in range(20):
        recorder.record(event(), person=person)
    await asyncio.sleep(0.3)
    assert total(db_path) == 0
    assert "database is locked" in caplog.text
    recorder.record(event())  # still accepted while the writer waits
    blocker.execute("ROLLBACK")
    blocker.close()
    await recorder.stop()
    assert total(db_path) == 21 and recorder.dropped == 0


async def test_writes_given_up_are_counted_and_saved_later(db_path, clock):
    await create(db_path)
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    recorder = Recorder(db_path, max_attempts=2, clock=clock, **FAST_RETRY)
    await recorder.start()
    for _ in range(12):
        recorder.record(event())
    await recorder.flush()
    assert recorder.dropped == 12 and recorder.unsaved_drops == 12
    blocker.execute("ROLLBACK")
    blocker.close()
    recorder.record(event())
    await recorder.stop()
    assert total(db_path) == 1
    assert query(db_path, "SELECT day, reason, count FROM dropped") == [("2025-03-04", "write_failed", 12)]
    assert recorder.unsaved_drops == 0


async def test_a_read_only_database_keeps_the_bot_going_and_counts_drops(db_path, clock, caplog):
    await create(db_path)
    store = ReadOnlyStore(db_path)
    recorder = Recorder(store, max_attempts=2, clock=clock, **FAST_RETRY)
    await recorder.start()
    for person in range(30):
        recorder.record(event(), person=person)
    await recorder.flush()
    assert recorder.dropped == 30 and total(db_path) == 0
    assert "readonly database" in caplog.text
    store.read_only = False  # the operator fixes the permissions
    recorder.record(event(), person=1)
    await recorder.stop()
    assert total(db_path) == 1
    assert query(db_path, "SELECT reason, count FROM dropped") == [("write_failed", 30)]


async def test_a_full_disk_keeps_the_bot_going_and_counts_drops(db_path, clock, caplog):
    await create(db_path)
    store = FullDiskStore(db_path)
    recorder = Recorder(store, max_attempts=2, clock=clock, **FAST_RETRY)
    await recorder.start()
    for i in range(400):  # distinct rows: the table must grow
        recorder.record(event(f"intent_{i}"))
    await recorder.flush()
    assert recorder.dropped == 400
    assert "database or disk is full" in caplog.text
    store.full = False
    await recorder.stop()
    assert query(db_path, "SELECT reason, count FROM dropped") == [("write_failed", 400)]


async def test_a_database_that_cannot_be_opened_does_not_stop_start_or_stop(tmp_path, clock):
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("")
    recorder = Recorder(blocked / "usage.sqlite3", max_attempts=2, clock=clock, **FAST_RETRY)
    await recorder.start()
    recorder.record(event())
    await recorder.stop()
    assert recorder.dropped == 1


async def test_stop_gives_up_after_its_timeout(db_path, clock):
    await create(db_path)
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    recorder = Recorder(db_path, max_attempts=1000, clock=clock, **FAST_RETRY)
    await recorder.start()
    for _ in range(100):
        recorder.record(event())
    started = time.monotonic()
    await recorder.stop(timeout=0.5)
    assert time.monotonic() - started < 2
    assert recorder.dropped == 100
    blocker.execute("ROLLBACK")
    blocker.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only files")
async def test_a_read_only_file_keeps_the_bot_going(db_path, clock):
    await create(db_path)
    os.chmod(db_path, 0o444)
    try:
        recorder = Recorder(db_path, max_attempts=2, clock=clock, **FAST_RETRY)
        await recorder.start()
        recorder.record(event())
        await recorder.stop()
        assert recorder.dropped == 1
    finally:
        os.chmod(db_path, 0o644)
