"""Distinct people per day: a keyed hash with a salt that lives one UTC day, then only the count."""
from __future__ import annotations

from bot.usage.people import DailySalt
from bot.usage.recorder import Recorder
from bot.usage.store import Store

from .builders import ReadOnlyStore, event, query, raw_bytes


async def test_people_are_counted_once_per_day(db_path, clock):
    recorder = Recorder(db_path, clock=clock)
    await recorder.start()
    for person in (1, 2, 3, 1, 1, 2):
        recorder.record(event(), person=person)
    recorder.record(event())  # no person: counted as a message, not as a person
    await recorder.stop()
    assert query(db_path, "SELECT day, count(*) FROM day_people GROUP BY day") == [("2025-03-04", 3)]
    assert query(db_path, "SELECT sum(count) FROM daily") == [(7,)]


async def test_a_restart_the_same_day_does_not_count_people_twice(db_path, clock):
    for _ in range(2):
        recorder = Recorder(db_path, clock=clock)
        await recorder.start()
        recorder.record(event(), person=42)
        await recorder.stop()
    assert query(db_path, "SELECT count(*) FROM day_people") == [(1,)]


async def test_at_day_end_only_the_count_remains(db_path, clock):
    recorder = Recorder(db_path, flush_interval=60, clock=clock)
    await recorder.start()
    for person in range(1, 8):
        recorder.record(event(), person=person)
    await recorder.flush()
    (old_salt,), = query(db_path, "SELECT salt FROM day_salt WHERE day = '2025-03-04'")
    old_hashes = [row[0] for row in query(db_path, "SELECT hash FROM day_people")]
    assert len(old_hashes) == 7

    clock.set("2025-03-05T00:00:05")
    recorder.record(event(), person=1)
    await recorder.flush()

    assert query(db_path, "SELECT day, people FROM people_daily") == [("2025-03-04", 7)]
    assert query(db_path, "SELECT day FROM day_salt") == [("2025-03-05",)]
    assert query(db_path, "SELECT day, count(*) FROM day_people GROUP BY day") == [("2025-03-05", 1)]
    new_hash = query(db_path, "SELECT hash FROM day_people")[0][0]
    assert new_hash not in old_hashes  # person 1 cannot be followed from one day to the next
    data = raw_bytes(db_path)
    assert old_salt not in data
    assert not any(bytes(h) in data for h in old_hashes)
    await recorder.stop()


async def test_a_day_missed_while_stopped_is_closed_at_start(db_path, clock):
    recorder = Recorder(db_path, clock=clock)
    await recorder.start()
    recorder.record(event(), person=1)
    recorder.record(event(), person=2)
    await recorder.stop()
    clock.set("2025-03-09T08:00:00")
    recorder = Recorder(db_path, clock=clock)
    await recorder.start()
    assert query(db_path, "SELECT day, people FROM people_daily") == [("2025-03-04", 2)]
    assert query(db_path, "SELECT count(*) FROM day_salt") == [(0,)]
    await recorder.stop()


async def test_a_day_that_ends_while_writes_fail_is_counted_once(db_path, clock):
    async with Store(db_path):
        pass
    store = ReadOnlyStore(db_path)
    recorder = Recorder(store, flush_interval=60, first_backoff=0.01, clock=clock)
    await recorder.start()
    for person in range(5):
        recorder.record(event(), person=person)
    clock.set("2025-03-05T00:00:01")
    recorder.record(event(), person=0)
    store.read_only = False
    await recorder.flush()  # one batch with both days, written before yesterday is closed
    assert query(db_path, "SELECT day, people FROM people_daily") == [("2025-03-04", 5)]
    assert query(db_path, "SELECT day FROM day_salt") == [("2025-03-05",)]
    assert query(db_path, "SELECT day, count(*) FROM day_people GROUP BY day") == [("2025-03-05", 1)]
    await recorder.stop()


def test_the_same_person_hashes_differently_on_another_day():
    monday, tuesday = DailySalt.new("2025-03-03"), DailySalt.new("2025-03-04")
    assert monday.digest(7) == monday.digest("7")
    assert monday.digest(7) != tuesday.digest(7)
    assert "key" not in repr(monday) or monday.key.hex() not in repr(monday)
