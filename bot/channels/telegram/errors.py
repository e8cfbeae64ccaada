"""The error handler: log what failed and on which kind of update, never what the person wrote.

python-telegram-bot's examples log `exc_info=context.error`. A traceback's last line repeats
the exception's message, and a message can quote input ("unexpected 'text…'"); so the stack is
logged with the exception *types* only. Telegram's own error messages are kept: they never hold
what the person wrote and they are what one needs to act.
"""
from __future__ import annotations

import logging
import traceback

from telegram import Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from . import services

logger = logging.getLogger(__name__)


def update_kind(update: object) -> str:
    """"message", "callback_query", ... or the type name for what is not an update."""
    if isinstance(update, Update):
        return next((k for k in Update.ALL_TYPES if getattr(update, k, None) is not None), "empty")
    return type(update).__name__


def describe(error: BaseException) -> str:
    """The error's type, with Telegram's message when it comes from Telegram."""
    name = type(error).__name__
    return f"{name}: {error}" if isinstance(error, TelegramError) else name


def scrubbed_traceback(error: BaseException) -> str:
    """The stack (files, lines, code) of `error` and its causes, with type names only."""
    parts = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = "".join(traceback.format_tb(current.__traceback__))
        parts.append(f"{frames}{describe(current)}")
        current = current.__cause__ or current.__context__
    return "\nCaused by (most recent call last):\n".join(reversed(parts))


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the error type and the kind of update; tell a private chat something went wrong."""
    error = context.error
    if error is None:
        return
    logger.error("%s while handling a %s update\n%s", describe(error), update_kind(update),
                 scrubbed_traceback(error))
    if isinstance(error, TelegramError) or not isinstance(update, Update):
        return  # Telegram itself failed or refused: another message would fail the same way
    chat = update.effective_chat
    if chat is None or chat.type != ChatType.PRIVATE:
        return
    try:
        brain = services.brain(context)
        person = update.effective_user
        lang = brain.pick_lang(hint=person.language_code if person else None,
                               chosen=(context.chat_data or {}).get(services.LANG))
        await context.bot.send_message(chat.id, brain.ui("error", lang))
    except Exception as second:
        logger.error("Could not apologise after an error: %s", describe(second))
