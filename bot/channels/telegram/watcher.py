"""Hot reload on Telegram: watch the content files; tell the admins when new content has errors."""
from __future__ import annotations

import asyncio
import logging

from telegram.error import TelegramError
from telegram.ext import Application

from bot.dialogue.live import LiveBrain

from . import services

logger = logging.getLogger(__name__)
WATCHER, STOP = "content_watcher", "content_watcher_stop"
MAX_CHARS = 4000


async def start_watching(application: Application) -> None:
    """Reload the content whenever a file changes (a background task until shutdown)."""
    live: LiveBrain = application.bot_data[services.BRAIN]
    stop = asyncio.Event()

    async def report(ok: bool, problems: list) -> None:
        if ok:
            return
        for problem in problems:  # file:line: what is wrong — no personal data in content problems
            logger.warning("content: %s", problem.render("en"))
        await tell_admins(application, live, problems)

    application.bot_data[STOP] = stop
    application.bot_data[WATCHER] = asyncio.create_task(live.watch(report, stop), name="content-watcher")


async def stop_watching(application: Application) -> None:
    """End the watcher task, if one runs."""
    stop, task = application.bot_data.pop(STOP, None), application.bot_data.pop(WATCHER, None)
    if stop is not None:
        stop.set()
    if task is not None:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def tell_admins(application: Application, live: LiveBrain, problems: list) -> None:
    """Send the validator's messages to every admin, in the bot's default language."""
    brain = live.brain
    lang = brain.default_lang()
    lines = [f"❌ {brain.ui('reload_failed', lang)}", *(p.render(lang) for p in problems if p.severity == "error")]
    text = "\n".join(lines)[:MAX_CHARS]
    for admin in services.settings_of(application).admin_ids:
        try:
            await application.bot.send_message(admin, text)
        except TelegramError as error:  # an admin who never opened the bot cannot be written to
            logger.warning("could not tell an admin about the content: %s", type(error).__name__)
