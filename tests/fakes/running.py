"""Run the real Application against the fake Bot API inside a test (or the benchmark).

`Application.run_polling` owns the event loop and the signals, so tests do by hand what it does:
initialize, post_init, start polling, start; and the reverse on the way out.
"""
from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, AsyncIterator

from telegram.ext import Application

from bot.channels.telegram.application import ALLOWED_UPDATES

from .fake_bot_api import FakeBotApi, Person


@asynccontextmanager
async def running(application: Application, *, poll_timeout: float = 1.0) -> AsyncIterator[Application]:
    """Poll and process updates until the block ends; then stop as run_polling would."""
    async with application:
        if application.post_init:
            await application.post_init(application)
        await application.updater.start_polling(  # type: ignore[union-attr]
            poll_interval=0.0, timeout=poll_timeout, allowed_updates=ALLOWED_UPDATES)
        await application.start()
        try:
            yield application
        finally:
            await application.updater.stop()  # type: ignore[union-attr]
            await application.stop()
    if application.post_shutdown:
        await application.post_shutdown(application)


@dataclass
class Harness:
    """The fake Telegram and the running bot, with helpers to talk and wait."""

    fake: FakeBotApi
    application: Application
    last: Any = None  # what the last `send()` of exchange() returned (e.g. the message sent)

    async def settle(self, timeout: float = 10.0) -> None:
        """Wait until every queued update was fetched and fully handled."""
        await self.fake.wait_until(self.fake.all_fetched, timeout)
        await asyncio.wait_for(self.application.update_queue.join(), timeout)

    async def exchange(self, send: Any) -> list[dict[str, Any]]:
        """Run `send()` (which queues updates), wait, and return what the bot sent meanwhile."""
        before = len(self.fake.calls)
        result = send()
        await self.settle()
        self.last = result
        return [dict(c.params, method=c.method) for c in self.fake.calls[before:]
                if c.method in ("sendMessage", "sendVenue") and c.status == 200]

    async def say(self, person: Person, text: str, chat: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """`person` writes `text`; return the bot's messages in answer."""
        return await self.exchange(lambda: self.fake.send_text(person, text, chat))
