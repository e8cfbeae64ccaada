"""Time the usage counts: ingesting 100,000 events, and reporting over a year of a million hourly rows.

Run: .venv/bin/python bench/usage.py   (prints numbers; targets: ingest < 5 s, report < 2 s)
"""
from __future__ import annotations

import asyncio
import datetime as dt
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.usage.events import UsageEvent  # noqa: E402
from bot.usage.recorder import Recorder  # noqa: E402
from bot.usage.render import render  # noqa: E402
from bot.usage.report import build_report  # noqa: E402
from bot.usage.store import Store  # noqa: E402

EVENTS = 100_000
INTENTS = [f"intent_{i:02d}" for i in range(25)]
YEAR_START = "2024-01-01"

# One year of hourly rows straight in SQL: 8,784 hours x 114 key combinations = 1,001,376 rows,
# drawn from 400 combinations (about what a busy bot sees), then the daily totals the recorder
# keeps alongside, and people per day.
FILL_YEAR = """
WITH RECURSIVE h(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM h WHERE n < 366 * 24 - 1),
k(m) AS (SELECT 0 UNION ALL SELECT m + 1 FROM k WHERE m < 113),
c(n, c) AS (SELECT n, (m * 37 + n * 11) % 400 FROM h, k)
INSERT INTO hourly (hour, channel, kind, lang, intent, outcome, bucket, nearest, source, count)
SELECT strftime('%Y-%m-%dT%H', :start, '+' || n || ' hours'),
       CASE c % 2 WHEN 0 THEN 'telegram' ELSE 'terminal' END,
       CASE WHEN c / 16 = 0 THEN 'start' WHEN c / 16 < 4 THEN 'callback' ELSE 'message' END,
       CASE (c / 2) % 2 WHEN 0 THEN 'es' ELSE 'en' END,
       'intent_' || printf('%02d', c / 16),
       CASE (c / 4) % 4 WHEN 0 THEN 'answered' WHEN 1 THEN 'suggested' WHEN 2 THEN 'declined'
            ELSE 'emergency' END,
       CASE (c / 8) % 2 WHEN 0 THEN '>=0.8' ELSE '<0.4' END,
       CASE WHEN (c / 4) % 4 = 2 THEN 'intent_' || printf('%02d', (c * 7) % 25) ELSE '' END,
       CASE WHEN c / 16 = 0 THEN 'src' || (c % 3) ELSE '' END,
       1 + abs(random()) % 12
FROM c
"""
FILL_DAILY = """
INSERT INTO daily (day, channel, kind, lang, intent, outcome, bucket, nearest, source, count)
SELECT substr(hour, 1, 10), channel, kind, lang, intent, outcome, bucket, nearest, source, sum(count)
FROM hourly GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
"""
FILL_PEOPLE = """
WITH RECURSIVE d(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < 365)
INSERT INTO people_daily (day, people) SELECT date(:start, '+' || n || ' days'), 50 + abs(random()) % 400 FROM d
"""


async def bench_ingest(folder: Path) -> None:
    rng = random.Random(7)
    events = [UsageEvent(channel=rng.choice(("telegram", "terminal")), lang=rng.choice(("es", "en")),
                         intent=rng.choice(INTENTS),
                         outcome=rng.choice(("answered", "answered", "suggested", "declined", "emergency")),
                         confidence=rng.random(), nearest_intent=rng.choice(INTENTS),
                         kind=rng.choice(("message", "message", "callback", "start")), source="radio")
              for _ in range(1000)]
    recorder = Recorder(folder / "ingest.sqlite3", sources=["radio"])
    await recorder.start()
    started = time.perf_counter()
    record_time = 0.0
    for i in range(EVENTS):
        t = time.perf_counter()
        recorder.record(events[i % 1000], person=rng.randrange(20_000))
        record_time += time.perf_counter() - t
        if i % 1000 == 999:
            await asyncio.sleep(0)  # handlers are async: the writer gets its turn between updates
    await recorder.stop()
    total = time.perf_counter() - started
    rows = sqlite3.connect(folder / "ingest.sqlite3").execute("SELECT sum(count) FROM hourly").fetchone()[0]
    print(f"ingest: {EVENTS:,} events recorded and written in {total:.2f} s "
          f"(record() {record_time / EVENTS * 1e6:.1f} µs each; {rows:,} counted, {recorder.dropped} dropped)")


async def bench_report(folder: Path) -> None:
    path = folder / "year.sqlite3"
    async with Store(path):
        pass
    conn = sqlite3.connect(path, isolation_level=None)
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.execute(FILL_YEAR, {"start": YEAR_START})
    conn.execute(FILL_DAILY)
    conn.execute(FILL_PEOPLE, {"start": YEAR_START})
    conn.execute("COMMIT")
    hourly = conn.execute("SELECT count(*) FROM hourly").fetchone()[0]
    daily = conn.execute("SELECT count(*) FROM daily").fetchone()[0]
    conn.close()
    print(f"year of data: {hourly:,} hourly rows, {daily:,} daily rows, made in "
          f"{time.perf_counter() - started:.1f} s (reports read the daily totals the recorder keeps"
          " alongside the hours)")
    first, last = dt.date(2024, 1, 1), dt.date(2024, 12, 31)
    for by, fmt in ((None, "table"), ("month", "csv"), ("week", "json"), ("day", "html"), ("month", "html")):
        started = time.perf_counter()
        async with Store(path) as store:
            report = await build_report(store, first, last, by=by)
        text = render(report, fmt)
        print(f"report over the year, by {by or 'whole range'}, {fmt}: {time.perf_counter() - started:.2f} s"
              f" ({len(text):,} characters)")


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        await bench_ingest(Path(folder))
        await bench_report(Path(folder))


if __name__ == "__main__":
    asyncio.run(main())
