"""The recorder: sync, never raises, batches writes, flushes everything on stop."""
from __future__ import annotations

import asyncio
import time

import pytest

from bot.usage.config import UsageConfigError
from bot.usage.recorder import Recorder
from bot.usage.sources import add_source, list_sources

from .builders import event, query


def total(db_path) -> int:
    return query(db_path, "SELECT coalesce(sum(count), 0) FROM hourly")[0][0]


async def test_record_is_synchronous_and_writes_nothing_until_a_batch_is_due(db_path, clock):
    recorder = Recorder(db_path, batch_size=500, flush_interval=60, clock=clock)
    await recorder.start()
    assert recorder.record(event(), person=1) is None
    await asyncio.sleep(0.05)
    assert total(db_path) == 0 and recorder.queued == 1
    await recorder.stop()
    assert total(db_path) == 1


async def test_a_full_batch_is_written_without_waiting_for_the_interval(db_path, clock):
    recorder = Recorder(db_path, batch_size=10, flush_interval=60, clock=clock)
    await recorder.start()
    for person in range(10):
        recorder.record(event(), person=person)
    for _ in range(100):
        await asyncio.sleep(0.01)
        if total(db_path) == 10:
            break
    assert total(db_path) == 10
    await recorder.stop()


async def test_a_small_batch_is_written_after_the_interval(db_path, clock):
    recorder = Recorder(db_path, batch_size=500, flush_interval=0.05, clock=clock)
    await recorder.start()
    recorder.record(event())
    await asyncio.sleep(0.3)
    assert total(db_path) == 1
    await recorder.stop()


async def test_stop_flushes_everything_queued(db_path, clock):
    recorder = Recorder(db_path, batch_size=500, flush_interval=60, max_rows_per_write=1000, clock=clock)
    await recorder.start()
    for i in range(12_345):
        recorder.record(event(f"intent_{i % 7}"), person=i % 50)
    await recorder.stop()
    assert total(db_path) == 12_345
    assert query(db_path, "SELECT sum(count) FROM daily") == [(12_345,)]
    assert recorder.dropped == 0


async def test_equal_events_in_an_hour_are_one_row_with_a_count(db_path, clock):
    recorder = Recorder(db_path, clock=clock)
    await recorder.start()
    for _ in range(3):
        recorder.record(event("hotlines", lang="en", confidence=0.65))
    clock.set("2025-03-04T11:59:59")
    recorder.record(event("hotlines", lang="en", confidence=0.65))
    await recorder.stop()
    assert query(db_path, "SELECT * FROM hourly ORDER BY hour") == [
        ("2025-03-04T10", "telegram", "message", "en", "hotlines", "answered", "0.6-0.8", "", "", 3),
        ("2025-03-04T11", "telegram", "message", "en", "hotlines", "answered", "0.6-0.8", "", "", 1),
    ]
    assert query(db_path, "SELECT day, count FROM daily") == [("2025-03-04", 4)]


async def test_record_never_raises(db_path, clock):
    recorder = Recorder(db_path, clock=clock)
    recorder.record(None)  # type: ignore[arg-type]
    recorder.record(event(), person=object())
    broken_clock = Recorder(db_path, clock=lambda: 1 / 0)
    broken_clock.record(event())
    assert recorder.dropped == 1 and broken_clock.dropped == 1


async def test_a_full_queue_drops_and_counts_instead_of_growing(db_path, clock):
    recorder = Recorder(db_path, max_queue=100, clock=clock)
    await recorder.start()
    for _ in range(150):
        recorder.record(event())
    assert recorder.queued == 100 and recorder.dropped == 50
    await recorder.stop()
    assert total(db_path) == 100
    assert query(db_path, "SELECT day, reason, count FROM dropped") == [("2025-03-04", "queue_full", 50)]


async def test_record_is_fast(db_path, clock):
    recorder = Recorder(db_path, clock=clock)
    started = time.perf_counter()
    for person in range(10_000):
        recorder.record(event(), person=person)
    assert (time.perf_counter() - started) / 10_000 < 100e-6  # well under a tenth of a millisecond


async def test_flush_writes_what_is_queued(db_path, clock):
    recorder = Recorder(db_path, flush_interval=60, clock=clock)
    await recorder.start()
    recorder.record(event())
    await recorder.flush()
    assert total(db_path) == 1
    await recorder.stop()


async def test_campaign_sources_only_from_the_list(db_path, clock):
    recorder = Recorder(db_path, sources=["radio_tapachula"], clock=clock)
    await recorder.start()
    assert await recorder.add_source("Flyer-2025") == "flyer-2025"
    for source in ("radio_tapachula", "flyer-2025", "FLYER-2025", "someone's text", None):
        recorder.record(event("greeting", kind="start", source=source))
    recorder.record(event("greeting", kind="message", source="radio_tapachula"))
    await recorder.stop()
    assert query(db_path, "SELECT kind, source, count FROM daily ORDER BY kind, source") == [
        ("message", "", 1), ("start", "flyer-2025", 2), ("start", "none", 1), ("start", "other", 1),
        ("start", "radio_tapachula", 1)]
    assert query(db_path, "SELECT name FROM sources") == [("flyer-2025",)]
    restarted = Recorder(db_path, clock=clock)
    await restarted.start()
    restarted.record(event("greeting", kind="start", source="flyer-2025"))
    await restarted.stop()
    assert query(db_path, "SELECT count FROM daily WHERE source = 'flyer-2025'") == [(3,)]


async def test_a_source_added_from_outside_is_picked_up_while_running(db_path, clock):
    recorder = Recorder(db_path, flush_interval=60, sources_refresh=0, clock=clock)
    await recorder.start()
    assert await add_source(db_path, "poster_juarez") == "poster_juarez"  # another process
    await recorder.flush()  # the writer rereads the list
    recorder.record(event("greeting", kind="start", source="poster_juarez"))
    await recorder.stop()
    assert await list_sources(db_path) == ["poster_juarez"]
    assert query(db_path, "SELECT source FROM daily") == [("poster_juarez",)]


async def test_bad_source_names_are_refused(db_path):
    for name in ("other", "none", "con espacios", "x" * 65, ""):
        with pytest.raises(UsageConfigError):
            await add_source(db_path, name)
