"""One handled message, as the anonymous usage counts see it: no id, no text, no exact time."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the usage counts do not depend on the dialogue at run time
    from bot.dialogue.reply import Reply

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

    @classmethod
    def from_reply(cls, reply: Reply, channel: str, kind: str = "message",
                   source: str | None = None) -> UsageEvent:
        """The event for a reply the brain gave: its language, intent, outcome and confidence."""
        return cls(
            channel=channel,
            lang=reply.lang,
            intent=reply.intent,
            outcome=reply.outcome,
            confidence=reply.confidence,
            nearest_intent=reply.nearest_intent if reply.outcome in ("declined", "suggested") else None,
            source=source,
            kind=kind,
        )
