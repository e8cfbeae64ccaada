"""UTC hours and days as the short text the counts are keyed by."""
from __future__ import annotations

import datetime as dt

UTC = dt.timezone.utc


def utc_hour(timestamp: float) -> str:
    """The UTC hour of a Unix time, like "2025-03-04T13"."""
    return dt.datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%dT%H")


def utc_day(timestamp: float) -> str:
    """The UTC day of a Unix time, like "2025-03-04"."""
    return dt.datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d")


def shift_day(day: str, days: int) -> str:
    """The day `days` after (or before, if negative) `day`."""
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()
