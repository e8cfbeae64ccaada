"""Retention: hour detail older than retention_days is folded into daily totals, at start and daily."""
from __future__ import annotations

import pytest

from bot.usage.config import UsageConfig, UsageConfigError
from bot.usage.recorder import Recorder

from .builders import FakeClock, event, query


async def record_at(db_path, when: str, count: int, **options) -> Recorder:
    recorder = Recorder(db_path, clock=FakeClock(when), **options)
    await recorder.start()
    for _ in range(count):
        recorder.record(event())
    await recorder.stop()
    return recorder


async def test_old_hours_are_folded_at_start(db_path):
    await record_at(db_path, "2025-01-10T08:00:00", 3)
    await record_at(db_path, "2025-01-10T09:00:00", 4)
    await record_at(db_path, "2025-03-04T10:00:00", 5, retention_days=30)
    assert query(db_path, "SELECT hour, count FROM hourly") == [("2025-03-04T10", 5)]
    assert query(db_path, "SELECT day, count FROM daily ORDER BY day") == [("2025-01-10", 7), ("2025-03-04", 5)]


async def test_hours_within_retention_are_kept(db_path):
    await record_at(db_path, "2025-02-02T00:00:00", 2)
    await record_at(db_path, "2025-03-04T10:00:00", 1, retention_days=30)
    assert query(db_path, "SELECT hour FROM hourly ORDER BY hour") == [("2025-02-02T00",), ("2025-03-04T10",)]


async def test_folding_runs_again_when_the_day_changes(db_path):
    clock = FakeClock("2025-03-04T10:00:00")
    recorder = Recorder(db_path, retention_days=1, flush_interval=60, clock=clock)
    await recorder.start()
    recorder.record(event())
    await recorder.flush()
    assert query(db_path, "SELECT count(*) FROM hourly") == [(1,)]
    clock.set("2025-03-06T00:30:00")
    recorder.record(event())
    await recorder.flush()
    assert query(db_path, "SELECT hour FROM hourly") == [("2025-03-06T00",)]
    assert query(db_path, "SELECT day, count FROM daily ORDER BY day") == [("2025-03-04", 1), ("2025-03-06", 1)]
    await recorder.stop()


async def test_daily_totals_match_the_hours_they_came_from(db_path):
    clock = FakeClock("2025-03-04T00:00:00")
    recorder = Recorder(db_path, clock=clock)
    await recorder.start()
    for minute in range(0, 60 * 30, 7):
        clock.now += 7 * 60
        recorder.record(event(f"intent_{minute % 3}"))
    await recorder.stop()
    assert query(db_path, "SELECT substr(hour, 1, 10), intent, sum(count) FROM hourly GROUP BY 1, 2") == \
        query(db_path, "SELECT day, intent, count FROM daily ORDER BY 1, 2")


def test_settings_come_from_the_environment():
    assert UsageConfig.from_env({}).retention_days == 400
    config = UsageConfig.from_env({"BOT_RETENTION_DAYS": "30", "BOT_DATABASE": "/srv/u.sqlite3",
                                   "BOT_CAMPAIGN_SOURCES": "radio, Flyer-2025 ,"})
    assert (config.retention_days, str(config.database), config.sources) == (30, "/srv/u.sqlite3",
                                                                            ("radio", "flyer-2025"))
    for bad in ("0", "-3", "forever", "1.5"):
        with pytest.raises(UsageConfigError, match="BOT_RETENTION_DAYS"):
            UsageConfig.from_env({"BOT_RETENTION_DAYS": bad})
    with pytest.raises(UsageConfigError, match="BOT_CAMPAIGN_SOURCES: 'other' is reserved"):
        UsageConfig.from_env({"BOT_CAMPAIGN_SOURCES": "other"})


def test_a_recorder_from_the_environment(tmp_path):
    recorder = Recorder.from_env({"BOT_DATABASE": str(tmp_path / "u.sqlite3"), "BOT_RETENTION_DAYS": "9"})
    assert recorder.store.path == tmp_path / "u.sqlite3"
