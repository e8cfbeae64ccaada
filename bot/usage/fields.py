"""What may be stored for one event: allowed values, confidence buckets and the row key."""
from __future__ import annotations

import math
import re

from bot.usage.events import CHANNELS, OUTCOMES, UsageEvent

KINDS = ("message", "start", "callback", "location", "command")
BUCKETS = ("<0.4", "0.4-0.6", "0.6-0.8", ">=0.8")
OTHER = "other"  # any value outside the allowed set: text never reaches the database
NO_SOURCE = "none"  # a /start without a campaign payload
RESERVED_SOURCES = (OTHER, NO_SOURCE)

_ID = re.compile(r"[a-z][a-z0-9_]{0,63}")
_LANG = re.compile(r"[a-z]{2,3}")
SOURCE_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")

# channel, kind, lang, intent, outcome, bucket, nearest intent, source
RowKey = tuple[str, str, str, str, str, str, str, str]


def bucket_for(confidence: object) -> str:
    """Put a confidence into one of four coarse buckets; anything unreadable counts as lowest."""
    try:
        value = float(confidence)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return BUCKETS[0]
    if math.isnan(value) or value < 0.4:
        return BUCKETS[0]
    if value < 0.6:
        return BUCKETS[1]
    if value < 0.8:
        return BUCKETS[2]
    return BUCKETS[3]


def clean_source(source: object) -> str | None:
    """Return a campaign source name in its stored form, or None if it cannot be one."""
    if not isinstance(source, str):
        return None
    name = source.strip().lower()
    return name if SOURCE_NAME.fullmatch(name) else None


def row_key(event: UsageEvent, sources: frozenset[str] | set[str]) -> RowKey:
    """Reduce an event to the few allowed values that are counted."""
    channel = event.channel if event.channel in CHANNELS else OTHER
    kind = event.kind if event.kind in KINDS else OTHER
    lang = event.lang if isinstance(event.lang, str) and _LANG.fullmatch(event.lang) else OTHER
    intent = _identifier(event.intent)
    outcome = event.outcome if event.outcome in OUTCOMES else OTHER
    # Suggested and declined messages both got no answer: their nearest topic shows where examples are missing.
    nearest = (_identifier(event.nearest_intent)
               if outcome in ("declined", "suggested") and event.nearest_intent else "")
    source = ""
    if kind == "start":
        name = clean_source(event.source) if event.source else None
        source = NO_SOURCE if not event.source else (name if name in sources else OTHER)
    return (channel, kind, lang, intent, outcome, bucket_for(event.confidence), nearest, source)


def _identifier(value: object) -> str:
    return value if isinstance(value, str) and _ID.fullmatch(value) else OTHER
