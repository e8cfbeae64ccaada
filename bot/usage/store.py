"""The usage database: opening it, migrating it, adding counts and reading them back."""
from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
from collections import Counter
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import aiosqlite

from bot.usage.fields import RowKey
from bot.usage.migrations import CREATE_MIGRATIONS_TABLE, MIGRATIONS

_KEY = "channel, kind, lang, intent, outcome, bucket, nearest, source"
_KEY_COLUMNS = frozenset(_KEY.split(", "))
_UPSERT_HOURLY = (
    f"INSERT INTO hourly (hour, {_KEY}, count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    f" ON CONFLICT (hour, {_KEY}) DO UPDATE SET count = count + excluded.count"
)
_UPSERT_DAILY = (
    f"INSERT INTO daily (day, {_KEY}, count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    f" ON CONFLICT (day, {_KEY}) DO UPDATE SET count = count + excluded.count"
)
_UPSERT_DROPPED = (
    "INSERT INTO dropped (day, reason, count) VALUES (?, ?, ?)"
    " ON CONFLICT (day, reason) DO UPDATE SET count = count + excluded.count"
)


@dataclass(frozen=True)
class Batch:
    """Counts to add in one transaction: per-hour rows, today's people hashes, drop counters."""

    hours: tuple[tuple[str, RowKey, int], ...] = ()
    people: tuple[tuple[str, bytes], ...] = ()
    salts: tuple[tuple[str, bytes], ...] = ()
    drops: tuple[tuple[str, str, int], ...] = ()


class Store:
    """One SQLite file in WAL mode, reached through aiosqlite (the only module that imports it)."""

    def __init__(self, path: str | os.PathLike[str], *, busy_timeout_ms: int = 200) -> None:
        self.path = Path(path)
        self._busy_timeout_ms = busy_timeout_ms
        self._conn: aiosqlite.Connection | None = None
        self._lock: asyncio.Lock | None = None

    @property
    def is_open(self) -> bool:
        """Whether a connection is open."""
        return self._conn is not None

    async def open(self) -> None:
        """Open the file (creating its folder), switch to WAL and apply pending migrations."""
        if self._conn is not None:
            return
        self._lock = asyncio.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = await aiosqlite.connect(str(self.path), isolation_level=None)
        try:
            await self.configure(conn)
            self._conn = conn
            await self.migrate()
        except BaseException:
            self._conn = None
            await conn.close()
            raise

    async def configure(self, conn: aiosqlite.Connection) -> None:
        """Set the connection pragmas: WAL, safe-enough sync, short busy wait, zeroed deletes."""
        await conn.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout_ms)}")
        cursor = await conn.execute("PRAGMA journal_mode = WAL")
        mode = (await cursor.fetchone() or ("",))[0]
        if str(mode).lower() != "wal":
            raise aiosqlite.OperationalError(f"cannot switch {self.path} to WAL mode (got {mode!r})")
        await conn.execute("PRAGMA synchronous = NORMAL")
        # Deleted salts and hashes are overwritten with zeros, not left in free pages.
        await conn.execute("PRAGMA secure_delete = ON")

    async def close(self) -> None:
        """Close the connection; safe to call twice."""
        conn, self._conn = self._conn, None
        if conn is not None:
            await conn.close()

    async def __aenter__(self) -> Store:
        await self.open()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def migrate(self) -> list[str]:
        """Apply each migration not yet recorded, one transaction each; return the names applied."""
        done = set(await self.applied_migrations())
        pending = [(name, statements) for name, statements in MIGRATIONS if name not in done]
        if not pending:
            return []  # nothing to write: a read-only copy of the database can still be reported on
        async with self._locked() as conn:
            await conn.execute(CREATE_MIGRATIONS_TABLE)
        applied = []
        for name, statements in pending:
            async with self._transaction() as tx:
                cursor = await tx.execute("SELECT 1 FROM migrations WHERE name = ?", (name,))
                if await cursor.fetchone():
                    continue  # another process got here first
                for statement in statements:
                    await tx.execute(statement)
                now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
                await tx.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (name, now))
                applied.append(name)
        return applied

    async def applied_migrations(self) -> list[str]:
        """Names of the migrations recorded in the database, in order."""
        if not await self._fetch("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'"):
            return []
        return [row[0] for row in await self._fetch("SELECT name FROM migrations ORDER BY name")]

    async def write(self, batch: Batch) -> None:
        """Add a batch of counts in one transaction (all or nothing)."""
        days: Counter[tuple[str, ...]] = Counter()
        for hour, key, count in batch.hours:
            days[(hour[:10], *key)] += count
        async with self._transaction() as tx:
            await tx.executemany(_UPSERT_HOURLY, [(hour, *key, n) for hour, key, n in batch.hours])
            await tx.executemany(_UPSERT_DAILY, [(*key, n) for key, n in days.items()])
            await tx.executemany("INSERT OR IGNORE INTO day_salt (day, salt) VALUES (?, ?)", batch.salts)
            await tx.executemany("INSERT OR IGNORE INTO day_people (day, hash) VALUES (?, ?)", batch.people)
            await tx.executemany(_UPSERT_DROPPED, batch.drops)

    async def close_days(self, before_day: str) -> bool:
        """Keep only the count of people for days before `before_day`; destroy their salt and hashes.

        Returns False when a reader kept the WAL (with old page images) from being truncated; then
        call checkpoint() again later.
        """
        async with self._transaction() as tx:
            cursor = await tx.execute(
                "SELECT count(*) FROM (SELECT day FROM day_salt WHERE day < ?1"
                " UNION SELECT day FROM day_people WHERE day < ?1)", (before_day,))
            closing = (await cursor.fetchone())[0]
            if closing:
                await tx.execute(
                    "INSERT INTO people_daily (day, people) SELECT day, count(*) FROM day_people"
                    " WHERE day < ? GROUP BY day"
                    " ON CONFLICT (day) DO UPDATE SET people = people + excluded.people", (before_day,))
                await tx.execute("DELETE FROM day_people WHERE day < ?", (before_day,))
                await tx.execute("DELETE FROM day_salt WHERE day < ?", (before_day,))
        # Deleted rows are zeroed (secure_delete), but old page images linger in the WAL until reset.
        return await self.checkpoint() if closing else True

    async def checkpoint(self) -> bool:
        """Copy the WAL into the database file and truncate it; False if a reader kept it from finishing."""
        async with self._locked() as conn:
            cursor = await conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            busy, _, _ = await cursor.fetchone() or (1, 0, 0)
        return not busy

    async def fold_old_hours(self, before_day: str) -> int:
        """Drop hour detail older than `before_day`; the daily totals already hold those counts."""
        async with self._transaction() as tx:
            cursor = await tx.execute("DELETE FROM hourly WHERE hour < ?", (before_day,))
            return cursor.rowcount

    async def add_source(self, name: str) -> None:
        """Add a campaign source name to the allowed list."""
        async with self._transaction() as tx:
            await tx.execute("INSERT OR IGNORE INTO sources (name) VALUES (?)", (name,))

    async def sources(self) -> list[str]:
        """The allowed campaign source names."""
        return [row[0] for row in await self._fetch("SELECT name FROM sources ORDER BY name")]

    async def salt_for(self, day: str) -> bytes | None:
        """The stored salt of `day`, if any."""
        rows = await self._fetch("SELECT salt FROM day_salt WHERE day = ?", (day,))
        return bytes(rows[0][0]) if rows else None

    async def daily_rows(self, first: str, last: str) -> list[tuple[str, ...]]:
        """Daily counts from `first` to `last` (inclusive): day, the eight key values, count."""
        return await self._fetch(
            f"SELECT day, {_KEY}, count FROM daily WHERE day BETWEEN ? AND ?", (first, last))

    async def daily_totals(self, first: str, last: str, columns: tuple[str, ...],
                           where: Mapping[str, str] | None = None) -> list[tuple[str, ...]]:
        """Daily counts from `first` to `last` summed per day and `columns`, keeping rows equal to `where`."""
        where = where or {}
        unknown = [name for name in (*columns, *where) if name not in _KEY_COLUMNS]
        if unknown:
            raise ValueError(f"not a column of the daily counts: {', '.join(unknown)}")
        conditions = "".join(f" AND {name} = ?" for name in where)
        group = ", ".join(("day", *columns))
        return await self._fetch(
            f"SELECT {group}, sum(count) FROM daily WHERE day BETWEEN ? AND ?{conditions} GROUP BY {group}",
            (first, last, *where.values()))

    async def people_per_day(self, first: str, last: str) -> list[tuple[str, int]]:
        """Distinct people per day: closed days, plus the days still being counted."""
        return await self._fetch(
            "SELECT day, sum(people) FROM (SELECT day, people FROM people_daily WHERE day BETWEEN ?1 AND ?2"
            " UNION ALL SELECT day, count(*) FROM day_people WHERE day BETWEEN ?1 AND ?2 GROUP BY day)"
            " GROUP BY day ORDER BY day", (first, last))

    async def dropped_per_day(self, first: str, last: str) -> list[tuple[str, str, int]]:
        """Events that could not be recorded, per day and reason."""
        return await self._fetch(
            "SELECT day, reason, count FROM dropped WHERE day BETWEEN ? AND ? ORDER BY day, reason",
            (first, last))

    async def _fetch(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple]:
        async with self._locked() as conn:
            cursor = await conn.execute(sql, params)
            return [tuple(row) for row in await cursor.fetchall()]

    def _require(self) -> aiosqlite.Connection:
        if self._conn is None:
            raise RuntimeError(f"the usage database {self.path} is not open")
        return self._conn

    @contextlib.asynccontextmanager
    async def _locked(self) -> AsyncIterator[aiosqlite.Connection]:
        conn = self._require()
        assert self._lock is not None
        async with self._lock:  # one connection: keep each transaction whole
            yield conn

    @contextlib.asynccontextmanager
    async def _transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        async with self._locked() as conn:
            await conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                await conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(Exception):
                    await conn.execute("ROLLBACK")
                raise
