"""One handled message, as the anonymous usage counts see it: no id, no text, no exact time."""
from __future__ import annotations

from dataclasses import dataclass

CHANNELS = ("telegram", "terminal")
OUTCOMES = ("answered", "suggested", "declined", "emergency")


@dataclass(frozen=True)
class UsageEvent:
    """What is counted for one handled message."""

    channel: str
    lang: str
    intent: str
    outcome: str
    confidence: float
    nearest_intent: str | None = None  # only for declined messages
    source: str | None = None  # campaign source of a /start, if any
    kind: str = "message"  # "message", "start", "callback", "location", "command"
