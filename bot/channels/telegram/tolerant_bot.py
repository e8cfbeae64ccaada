"""A bot whose long polling survives an update it cannot read.

python-telegram-bot reads a getUpdates batch all at once; if one update in it cannot be read it
logs the batch and does not confirm it, so the next getUpdates returns the same batch: the bot
would stop answering everyone. Here the unreadable update is replaced by an empty one with the
same id, which no handler takes and which confirms the batch. Nothing is parsed twice when all
is well: the raw batch is only kept for that rare fallback.
"""
from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.error import BadRequest, InvalidToken, TelegramError
from telegram.ext import ExtBot

logger = logging.getLogger(__name__)


class TolerantBot(ExtBot):
    """An ExtBot that skips unreadable updates instead of fetching them forever."""

    __slots__ = ("_raw_updates",)

    async def _post(self, endpoint: str, data: Any = None, *args: Any, **kwargs: Any) -> Any:
        result = await super()._post(endpoint, data, *args, **kwargs)
        if endpoint == "getUpdates":
            self._raw_updates = result
        return result

    async def get_updates(self, *args: Any, **kwargs: Any) -> tuple[Update, ...]:
        """Fetch updates; an unreadable one becomes an empty update that confirms the batch."""
        self._raw_updates = None
        try:
            return await super().get_updates(*args, **kwargs)
        except TelegramError:
            raise
        except Exception:
            raw = self._raw_updates
            if not isinstance(raw, list):
                raise
            return tuple(u for u in (self._readable(item) for item in raw) if u is not None)

    async def delete_webhook(self, *args: Any, **kwargs: Any) -> bool:
        """Polling starts by removing any webhook; a Bot API server that lacks the method
        (404 or 400 after getMe accepted the token) only means there is no webhook to remove."""
        try:
            return await super().delete_webhook(*args, **kwargs)
        except (InvalidToken, BadRequest) as error:
            if self._bot_user is None:  # getMe never succeeded: the token itself is wrong
                raise
            logger.warning("deleteWebhook was refused (%s); polling anyway", type(error).__name__)
            return True

    def _readable(self, item: Any) -> Update | None:
        try:
            return Update.de_json(item, self)
        except Exception as error:
            logger.warning("Skipped an update that could not be read (%s)", type(error).__name__)
        update_id = item.get("update_id") if isinstance(item, dict) else None
        return Update(update_id=update_id) if isinstance(update_id, int) else None
