"""Process updates of different chats concurrently, and those of one chat in arrival order."""
from __future__ import annotations

import asyncio
from typing import Any, Awaitable

from telegram import Update
from telegram.ext import BaseUpdateProcessor

# python-telegram-bot takes a slot of its semaphore *before* our per-chat wait; a large pool there
# keeps the waiting updates of one busy chat from using up the slots other chats need.
_WAITING_ROOM = 1_000_000


class ChatOrderedProcessor(BaseUpdateProcessor):
    """Up to `max_active` updates at once, at most one per chat, each chat first come first served.

    A person who sends three messages gets three answers in order; a slow or flooding chat only
    delays itself.
    """

    def __init__(self, max_active: int = 256) -> None:
        super().__init__(_WAITING_ROOM)
        self._active = asyncio.BoundedSemaphore(max_active)
        self._chats: dict[int, tuple[asyncio.Lock, int]] = {}  # chat id -> (lock, users)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Wait for this chat's earlier updates, then for a free slot, then process."""
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            async with self._active:
                await coroutine
            return
        lock, users = self._chats.get(chat.id) or (asyncio.Lock(), 0)
        self._chats[chat.id] = (lock, users + 1)
        try:
            async with lock, self._active:
                await coroutine
        finally:
            lock, users = self._chats[chat.id]
            if users == 1:
                del self._chats[chat.id]  # keep no per-chat state once a chat is idle
            else:
                self._chats[chat.id] = (lock, users - 1)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to free."""
