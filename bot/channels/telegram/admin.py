"""Admin commands (/stats, /reload), for BOT_ADMIN_IDS in private chats; others see an unknown command."""
from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ContextTypes

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
    lang = person_lang(update, context)
    brain = services.brain(context)
    title = brain.ui("reload_ok" if ok else "reload_failed", lang)
    # Content problems come as Problem objects (rendered in the admin's language) or as text.
    lines = [m.render(lang) if hasattr(m, "render") else str(m) for m in messages]
    await _send_lines(update, context, [f"{'✅' if ok else '❌'} {title}", *lines])


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
