"""The services handlers reach through `bot_data`, and the small interfaces they expect."""
from __future__ import annotations

import inspect
import logging
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Protocol, Union

from bot.dialogue.reply import Reply
from bot.usage.events import UsageEvent

if TYPE_CHECKING:
    from telegram.ext import CallbackContext

    from .settings import Settings

logger = logging.getLogger(__name__)

# bot_data keys. The brain is looked up on every update, so a reload can swap it in place.
BRAIN, RECORDER, SETTINGS, STATS, RELOAD = "brain", "recorder", "settings", "stats_lines", "reload"
# chat_data keys (memory only): the language the person chose, and recent message ids.
LANG, TRAIL = "lang", "trail"

StatsLines = Callable[[str], Awaitable[list[str]]]
ReloadResult = tuple[bool, list[str]]
Reload = Callable[[], Union[ReloadResult, Awaitable[ReloadResult]]]


class Recorder(Protocol):
    """The usage recorder (bot/usage): counts, never blocks, never raises."""

    def record(self, event: UsageEvent, person: object = None) -> None: ...

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


class NullRecorder:
    """A recorder that counts nothing, for when usage counting is off."""

    def record(self, event: UsageEvent, person: object = None) -> None:
        """Drop the event."""

    async def start(self) -> None:
        """Nothing to start."""

    async def stop(self) -> None:
        """Nothing to flush."""


def brain(context: CallbackContext) -> Any:
    """The brain answering this update."""
    return context.bot_data[BRAIN]


def settings(context: CallbackContext) -> Settings:
    """The channel settings."""
    return context.bot_data[SETTINGS]


def count(context: CallbackContext, reply: Reply, person: object, *, kind: str = "message",
          source: str | None = None) -> None:
    """Hand one handled update to the usage counts: intent and outcome, never the text."""
    event = UsageEvent(channel="telegram", lang=reply.lang, intent=reply.intent,
                       outcome=reply.outcome, confidence=reply.confidence,
                       nearest_intent=reply.nearest_intent, source=source, kind=kind)
    try:
        context.bot_data[RECORDER].record(event, person=person)
    except Exception as error:  # it promises not to raise; counting must never cost an answer
        logger.warning("Usage recorder failed: %s", type(error).__name__)


async def maybe_await(value: Any) -> Any:
    """Await `value` if it is awaitable (injected functions may be sync or async)."""
    return await value if inspect.isawaitable(value) else value
