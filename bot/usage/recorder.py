"""The in-memory queue between handlers and the database: never blocks, never raises, writes in batches."""
from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Mapping

from bot.usage.config import UsageConfig, check_source_name
from bot.usage.days import shift_day, utc_day, utc_hour
from bot.usage.events import UsageEvent
from bot.usage.fields import RowKey, row_key
from bot.usage.people import DailySalt
from bot.usage.store import Batch, Store

log = logging.getLogger("bot.usage")

QUEUE_FULL, WRITE_FAILED, INVALID = "queue_full", "write_failed", "invalid"
Item = tuple[str, RowKey, "bytes | None"]  # UTC hour, counted values, keyed hash of the person


class Recorder:
    """Counts handled messages for the usage reports without slowing down or breaking an answer."""

    def __init__(
        self,
        store: Store | str | os.PathLike[str],
        *,
        sources: Iterable[str] = (),
        retention_days: int = 400,
        max_queue: int = 100_000,
        batch_size: int = 500,
        flush_interval: float = 1.0,
        max_rows_per_write: int = 5_000,
        max_attempts: int = 8,
        first_backoff: float = 0.05,
        max_backoff: float = 30.0,
        clock: Callable[[], float] = time.time,
        sources_refresh: float = 60.0,
    ) -> None:
        self.store = store if isinstance(store, Store) else Store(store)
        self._sources = {check_source_name(name) for name in sources}
        self._retention_days = retention_days
        self._max_queue, self._batch_size = max_queue, batch_size
        self._flush_interval, self._max_rows = flush_interval, max_rows_per_write
        self._max_attempts, self._first_backoff, self._max_backoff = max_attempts, first_backoff, max_backoff
        self._clock = clock
        self._sources_refresh, self._sources_read = sources_refresh, time.monotonic()
        self._queue: deque[Item] = deque()
        self._salts: dict[str, DailySalt] = {}
        self._hour: tuple[int, str] = (-1, "")
        self._unsaved_drops: Counter[tuple[str, str]] = Counter()
        self._dropped = 0
        self._ready = False
        self._failing = False
        self._maintained_day = ""
        self._checkpoint_due = False  # closed days' salts may still sit in the WAL
        self._write_lock = asyncio.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._deadline: float | None = None

    @classmethod
    def from_config(cls, config: UsageConfig, **options: object) -> Recorder:
        """Make a recorder for the database, retention and sources of `config`."""
        return cls(config.database, sources=config.sources, retention_days=config.retention_days,
                   **options)  # type: ignore[arg-type]

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **options: object) -> Recorder:
        """Make a recorder from BOT_DATABASE, BOT_RETENTION_DAYS and BOT_CAMPAIGN_SOURCES."""
        return cls.from_config(UsageConfig.from_env(env), **options)

    @property
    def queued(self) -> int:
        """Events waiting to be written."""
        return len(self._queue)

    @property
    def dropped(self) -> int:
        """Events this process could not record (queue full, writes given up, unusable events)."""
        return self._dropped

    @property
    def unsaved_drops(self) -> int:
        """Dropped events whose count is not in the database yet."""
        return sum(self._unsaved_drops.values())

    def record(self, event: UsageEvent, person: object = None) -> None:
        """Queue one handled message; `person` (the user id) is only hashed with today's salt."""
        try:
            if len(self._queue) >= self._max_queue:
                self._drop(1, QUEUE_FULL)
                return
            hour = self._hour_at(self._clock())
            digest = self._salt(hour[:10]).digest(person) if person is not None else None
            self._queue.append((hour, row_key(event, self._sources), digest))
            if len(self._queue) >= self._batch_size:
                self._nudge()
        except Exception:  # an answer must never fail because of a count
            with contextlib.suppress(Exception):
                self._drop(1, INVALID)

    async def start(self) -> None:
        """Open the database and start the background writer; a database problem is only logged."""
        if self._task is not None:
            return
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._stopping, self._deadline = False, None
        async with self._write_lock:
            if await self._attempt(self._prepare):
                await self._attempt(self._maintain)
        self._task = self._loop.create_task(self._run(), name="usage-recorder")

    async def flush(self) -> None:
        """Write everything queued so far."""
        if self._task is not None:
            await self._drain()

    async def stop(self, timeout: float = 10.0) -> None:
        """Write everything queued (giving up after `timeout` seconds), then close the database."""
        task = self._task
        if task is None:
            return
        self._stopping, self._deadline = True, time.monotonic() + timeout
        self._nudge()
        try:
            await asyncio.wait_for(asyncio.shield(task), timeout + 5)
        except TimeoutError:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        finally:
            self._task = None
            if self._queue or self._unsaved_drops:
                log.warning("usage counts: %d events and %d drop counts could not be saved at shutdown",
                            len(self._queue), self.unsaved_drops)
            with contextlib.suppress(Exception):
                await self.store.close()
            self._ready = False

    async def add_source(self, name: str) -> str:
        """Allow a campaign source name in the counts of /start; return its stored form."""
        clean = check_source_name(name)
        self._sources.add(clean)
        async with self._write_lock:
            if not self._ready:
                await self._prepare()
            await self.store.add_source(clean)
        return clean

    # The writer side: everything below runs in the background task (or flush/stop).

    async def _run(self) -> None:
        while True:
            await self._wait_for_work()
            await self._drain()
            if self._stopping:
                return

    async def _wait_for_work(self) -> None:
        if self._stopping or len(self._queue) >= self._batch_size or self._wake is None:
            return
        self._wake.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), self._flush_interval)

    async def _drain(self) -> None:
        async with self._write_lock:
            while self._queue:
                items = [self._queue.popleft() for _ in range(min(self._max_rows, len(self._queue)))]
                await self._write(items)
            if self._unsaved_drops:
                await self._write([])
            await self._attempt(self._maintain)
            if self._ready and time.monotonic() - self._sources_read >= self._sources_refresh:
                await self._attempt(self._read_sources)  # added by `python -m bot link` meanwhile

    async def _write(self, items: list[Item]) -> None:
        delay = self._first_backoff
        attempts = self._max_attempts if items else 1  # drop counts alone wait for the next round
        for attempt in range(1, attempts + 1):
            if self._past_deadline():
                break
            drops = dict(self._unsaved_drops)
            if await self._attempt(self._store_batch, self._batch(items, drops)):
                self._unsaved_drops.subtract(drops)
                self._unsaved_drops = +self._unsaved_drops  # forget zero counts
                return
            if attempt < attempts:
                await asyncio.sleep(self._sleep_for(delay))
                delay = min(delay * 2, self._max_backoff)
        if items:
            log.warning("usage counts: gave up writing %d events", len(items))
            self._drop(len(items), WRITE_FAILED)

    async def _store_batch(self, batch: Batch) -> None:
        if not self._ready:
            await self._prepare()
        await self.store.write(batch)

    async def _attempt(self, step: Callable[..., object], *args: object) -> bool:
        """Run one database step; on failure log once per streak, close the connection, return False."""
        try:
            await step(*args)  # type: ignore[misc]
        except Exception as exc:  # locked, read-only, disk full, missing folder: keep counting
            if not self._failing:
                log.warning("usage counts: cannot write to %s (%s); will retry", self.store.path, exc)
            self._failing, self._ready = True, False
            with contextlib.suppress(Exception):
                await self.store.close()
            return False
        if self._failing:
            log.info("usage counts: writing to %s again", self.store.path)
        self._failing = False
        return True

    async def _prepare(self) -> None:
        await self.store.open()
        await self._read_sources()
        day = utc_day(self._clock())
        stored = await self.store.salt_for(day)
        if stored is not None:  # a restart the same day keeps counting the same people once
            self._salts[day] = DailySalt(day, stored)
        self._ready = True

    async def _read_sources(self) -> None:
        self._sources.update(await self.store.sources())
        self._sources_read = time.monotonic()

    async def _maintain(self) -> None:
        """Close finished days (keep the count, destroy salt and hashes) and fold old hours, once a day.

        Runs only between writes, never with events in flight, so no finished day gets hashes again.
        """
        if self._ready and self._checkpoint_due:
            self._checkpoint_due = not await self.store.checkpoint()
        today = utc_day(self._clock())
        if not self._ready or self._maintained_day == today:
            return
        before = min(today, self._queue[0][0][:10]) if self._queue else today
        self._checkpoint_due = not await self.store.close_days(before)
        for day in [day for day in self._salts if day < before]:
            del self._salts[day]
        await self.store.fold_old_hours(shift_day(today, -self._retention_days))
        if before == today:
            self._maintained_day = today

    def _batch(self, items: list[Item], drops: dict[tuple[str, str], int]) -> Batch:
        hours: Counter[tuple[str, RowKey]] = Counter((hour, key) for hour, key, _ in items)
        people = {(hour[:10], digest) for hour, _, digest in items if digest is not None}
        salts = {day: self._salts[day].key for day, _ in people if day in self._salts}
        return Batch(
            hours=tuple((hour, key, n) for (hour, key), n in hours.items()),
            people=tuple(people),
            salts=tuple(salts.items()),
            drops=tuple((day, reason, n) for (day, reason), n in drops.items() if n > 0),
        )

    def _sleep_for(self, delay: float) -> float:
        if self._deadline is None:
            return delay
        return max(0.0, min(delay, self._deadline - time.monotonic()))

    def _past_deadline(self) -> bool:
        return self._deadline is not None and time.monotonic() >= self._deadline

    def _hour_at(self, now: float) -> str:
        number = int(now // 3600)
        if number != self._hour[0]:
            self._hour = (number, utc_hour(now))
        return self._hour[1]

    def _salt(self, day: str) -> DailySalt:
        salt = self._salts.get(day)
        if salt is None:
            salt = self._salts[day] = DailySalt.new(day)
        return salt

    def _drop(self, count: int, reason: str) -> None:
        self._dropped += count
        try:
            day = utc_day(self._clock())
        except Exception:  # a broken clock must not lose the drop count too
            day = utc_day(time.time())
        self._unsaved_drops[(day, reason)] += count

    def _nudge(self) -> None:
        """Wake the writer, from the event loop's thread or any other."""
        wake, loop = self._wake, self._loop
        if wake is None or loop is None or wake.is_set():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            wake.set()
        elif not loop.is_closed():
            loop.call_soon_threadsafe(wake.set)
