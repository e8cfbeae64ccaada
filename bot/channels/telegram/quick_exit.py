"""Quick exit (/salir, /exit): delete this conversation as far as Telegram allows, forget the language.

Someone may need to hide that they asked for help. Telegram lets a bot delete both sides of a
private chat for 48 hours; the ids come from the in-memory trail. What is left is one neutral
sentence, itself deleted a few seconds later.
"""
from __future__ import annotations

import asyncio
import logging

from telegram import Bot, ReplyKeyboardRemove, Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from . import services
from .handlers import person_lang
from .sending import trail_of

logger = logging.getLogger(__name__)
_BATCH = 100  # deleteMessages takes up to 100 ids


async def quick_exit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Delete what can be deleted of this chat, forget the language, leave a self-erasing note."""
    chat_id = update.effective_chat.id  # type: ignore[union-attr]
    lang = person_lang(update, context)
    ids = trail_of(context).deletable()
    context.chat_data.clear()  # the language choice and the trail
    await delete_messages(context.bot, chat_id, ids)
    note = await context.bot.send_message(chat_id, services.brain(context).ui("exit_done", lang),
                                          reply_markup=ReplyKeyboardRemove())
    delay = services.settings(context).exit_notice_seconds
    context.application.create_task(_delete_later(context.bot, chat_id, note.message_id, delay))


async def delete_messages(bot: Bot, chat_id: int, ids: list[int]) -> None:
    """Delete `ids` in batches; if a batch is refused, try its messages one by one."""
    for start in range(0, len(ids), _BATCH):
        batch = ids[start:start + _BATCH]
        try:
            await bot.delete_messages(chat_id, batch)
        except TelegramError:
            for message_id in batch:
                try:
                    await bot.delete_message(chat_id, message_id)
                except TelegramError:
                    pass  # too old or already gone: nothing more can be done


async def _delete_later(bot: Bot, chat_id: int, message_id: int, delay: float) -> None:
    await asyncio.sleep(delay)
    try:
        await bot.delete_message(chat_id, message_id)
    except TelegramError as error:
        logger.info("Could not delete the exit note: %s", type(error).__name__)
