"""Today's random key for counting distinct people: a keyed hash that cannot outlive the day."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field


@dataclass(frozen=True)
class DailySalt:
    """A random HMAC key valid for one UTC day; the same person gives the same hash that day only."""

    day: str
    key: bytes = field(repr=False)

    @classmethod
    def new(cls, day: str) -> DailySalt:
        """Make a fresh random key for `day`."""
        return cls(day, secrets.token_bytes(32))

    def digest(self, person: object) -> bytes:
        """Hash a person id (user id) with today's key; the id itself is never stored."""
        return hmac.new(self.key, str(person).encode("utf-8"), hashlib.sha256).digest()
