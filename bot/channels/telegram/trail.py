"""The ids of a chat's recent messages, kept in memory only, so a quick exit can delete them."""
from __future__ import annotations

import time
from collections import deque
from typing import Any, Callable, MutableMapping

DELETE_WINDOW = 48 * 3600 - 600  # Telegram lets bots delete private messages for 48 h; keep a margin
MAX_IDS = 200  # per chat; older ids fall off (their messages are then left in place)
TRAIL = "trail"  # chat_data key


class Trail:
    """Message ids of one chat, newest last, bounded in number and age."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, max_ids: int = MAX_IDS) -> None:
        self._clock = clock
        self._ids: deque[tuple[int, float]] = deque(maxlen=max_ids)

    def add(self, message_id: int) -> None:
        """Remember one message (the person's or the bot's)."""
        self._ids.append((message_id, self._clock()))

    def deletable(self) -> list[int]:
        """Ids Telegram will still let the bot delete, oldest first, without duplicates."""
        now = self._clock()
        return sorted({m for m, at in self._ids if now - at < DELETE_WINDOW})

    def __len__(self) -> int:
        return len(self._ids)

    def idle(self) -> bool:
        """True when nothing in it can be deleted any more."""
        return not self._ids or self._clock() - self._ids[-1][1] >= DELETE_WINDOW


def forget_idle_chats(chat_data: MutableMapping[int, Any], drop: Callable[[int], None]) -> int:
    """Drop what is kept about chats silent for 48 hours (their trail is useless by then); count."""
    idle = [chat for chat, data in list(chat_data.items())
            if not isinstance(data.get(TRAIL), Trail) or data[TRAIL].idle()]
    for chat in idle:
        drop(chat)
    return len(idle)
