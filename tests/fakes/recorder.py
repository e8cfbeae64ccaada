"""A usage recorder that keeps events in a list, for asserting what the counts would see."""
from __future__ import annotations

from bot.usage.events import UsageEvent


class ListRecorder:
    """Keeps (event, person) pairs; started/stopped flags show the application's lifecycle."""

    def __init__(self) -> None:
        self.events: list[tuple[UsageEvent, object]] = []
        self.started = self.stopped = False

    def record(self, event: UsageEvent, person: object = None) -> None:
        """Keep the event."""
        self.events.append((event, person))

    async def start(self) -> None:
        """Note the start."""
        self.started = True

    async def stop(self) -> None:
        """Note the stop."""
        self.stopped = True

    def kinds(self) -> list[str]:
        """The kind of every recorded event, in order."""
        return [event.kind for event, _ in self.events]
