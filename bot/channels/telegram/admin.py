"""Admin commands (/stats, /reload), for BOT_ADMIN_IDS in private chats; others see an unknown command."""
from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from telegram import Update
from telegram.ext import Application, ContextTypes

from . import services
from .handlers import person_lang

logger = logging.getLogger(__name__)
MAX_CHARS = 4000  # under Telegram's 4096 per message


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the usage counts of the last 7 days."""
    lines = await context.bot_data[services.STATS](person_lang(update, context))
    await _send_lines(update, context, lines or ["-"])


async def reload_content(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reload the content and say whether it worked."""
    ok, messages = await services.maybe_await(context.bot_data[services.RELOAD]())
    await _send_lines(update, context, ["✅ OK" if ok else "❌ Not reloaded", *messages])


async def _send_lines(update: Update, context: ContextTypes.DEFAULT_TYPE, lines: list[str]) -> None:
    """Send plain text (no HTML: report lines may hold < or &), split under the size limit."""
    chunk = ""
    for line in lines:
        if chunk and len(chunk) + len(line) + 1 > MAX_CHARS:
            await context.bot.send_message(update.effective_chat.id, chunk)  # type: ignore[union-attr]
            chunk = ""
        chunk = f"{chunk}\n{line}" if chunk else line[:MAX_CHARS]
    await context.bot.send_message(update.effective_chat.id, chunk)  # type: ignore[union-attr]


async def no_stats(lang: str) -> list[str]:
    """Stand-in until the usage store is wired: says there are no counts."""
    return ["Usage counting is not connected." if lang == "en" else "El conteo de uso no está conectado."]


def content_reloader(application: Application, root: Path):  # type: ignore[no-untyped-def]
    """A reload function: load the content again and swap the brain if it is valid."""
    async def reload() -> services.ReloadResult:
        from bot.content.problems import ContentError
        from bot.dialogue.brain import Brain
        try:
            brain = await asyncio.to_thread(Brain.load, root)
        except ContentError as error:  # str(): one validator sentence per line
            return False, str(error).splitlines()
        application.bot_data[services.BRAIN] = brain
        logger.info("Content reloaded")
        return True, []
    return reload
