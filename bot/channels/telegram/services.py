"""The services handlers reach through `bot_data`, and the small interfaces they expect."""
from __future__ import annotations

import inspect
import logging
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Protocol, Union

from bot.dialogue.brain import Brain
from bot.dialogue.reply import Reply
from bot.usage.events import UsageEvent

from .trail import TRAIL  # noqa: F401  (a chat_data key, listed here with the others)

if TYPE_CHECKING:
    from telegram.ext import CallbackContext

    from .settings import Settings

logger = logging.getLogger(__name__)

# bot_data keys. BRAIN holds a LiveBrain (bot/dialogue/live.py): read on every update, so a
# reload swaps the brain for the next update while the current ones finish with the old one.
BRAIN, RECORDER, SETTINGS, STATS, RELOAD = "brain", "recorder", "settings", "stats_lines", "reload"
# chat_data keys (memory only): the language the person chose, and recent message ids (TRAIL).
LANG = "lang"

StatsLines = Callable[[str], Awaitable[list[str]]]
ReloadResult = tuple[bool, list[Any]]  # (ok, messages: str or content Problem)
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


def brain(context: CallbackContext) -> Brain:
    """The brain answering this update (the live one: a reload swaps it between updates)."""
    return context.bot_data[BRAIN].brain


def settings(context: CallbackContext) -> Settings:
    """The channel settings."""
    return context.bot_data[SETTINGS]


def settings_of(application: Any) -> Settings:
    """The channel settings, from the application (outside a handler)."""
    return application.bot_data[SETTINGS]


def count(context: CallbackContext, reply: Reply, person: object, *, kind: str = "message",
          source: str | None = None) -> None:
    """Hand one handled update to the usage counts: intent and outcome, never the text."""
    event = UsageEvent.from_reply(reply, "telegram", kind=kind, source=source)
    try:
        context.bot_data[RECORDER].record(event, person=person)
    except Exception as error:  # it promises not to raise; counting must never cost an answer
        logger.warning("Usage recorder failed: %s", type(error).__name__)


async def maybe_await(value: Any) -> Any:
    """Await `value` if it is awaitable (injected functions may be sync or async)."""
    return await value if inspect.isawaitable(value) else value
