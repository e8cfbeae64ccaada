"""Settings of the usage counts, read from an injectable mapping (the environment by default)."""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.usage.fields import RESERVED_SOURCES, clean_source

DEFAULT_DATABASE = Path("data/usage.sqlite3")
DEFAULT_RETENTION_DAYS = 400


class UsageConfigError(ValueError):
    """A usage setting has a value that cannot be used."""


@dataclass(frozen=True)
class UsageConfig:
    """Where the counts live, how long hour detail is kept and which campaign sources are known."""

    database: Path = DEFAULT_DATABASE
    retention_days: int = DEFAULT_RETENTION_DAYS
    sources: tuple[str, ...] = ()

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> UsageConfig:
        """Read BOT_DATABASE, BOT_RETENTION_DAYS and BOT_CAMPAIGN_SOURCES (comma-separated)."""
        env = os.environ if env is None else env
        database = Path(env.get("BOT_DATABASE") or DEFAULT_DATABASE)
        raw_days = env.get("BOT_RETENTION_DAYS", "").strip() or str(DEFAULT_RETENTION_DAYS)
        try:
            days = int(raw_days)
        except ValueError:
            days = 0
        if days < 1:
            raise UsageConfigError(
                f"BOT_RETENTION_DAYS must be a whole number of days, 1 or more; got {raw_days!r}.")
        sources = []
        for raw in env.get("BOT_CAMPAIGN_SOURCES", "").split(","):
            if raw.strip():
                sources.append(check_source_name(raw, key="BOT_CAMPAIGN_SOURCES"))
        return cls(database=database, retention_days=days, sources=tuple(sources))


def check_source_name(name: str, *, key: str = "source") -> str:
    """Return the stored form of a campaign source name, or raise UsageConfigError saying why not."""
    clean = clean_source(name)
    if clean is None:
        raise UsageConfigError(
            f"{key}: {name!r} is not a campaign source name. Use lowercase letters, digits, '-' or '_'"
            " (at most 64), e.g. radio_tapachula.")
    if clean in RESERVED_SOURCES:
        raise UsageConfigError(f"{key}: {name!r} is reserved in the reports; choose another name.")
    return clean
