"""Build the python-telegram-bot Application around the brain: handlers, services, setup, teardown."""
from __future__ import annotations

import gc
import logging
from pathlib import Path

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest, HTTPXRequest

from bot.dialogue.brain import Brain
from bot.dialogue.live import LiveBrain

from . import admin, commands, handlers, services, watcher
from .errors import on_error
from .gate import FLOOD, FloodGate, admit
from .logs import protect_logs
from .ordering import ChatOrderedProcessor
from .quick_exit import quick_exit
from .settings import Settings
from .tolerant_bot import TolerantBot

logger = logging.getLogger(__name__)

# Channel posts, reactions, member changes... are never asked for, so never answered.
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]
WATCH = "watch_content"
MEDIA = (filters.Sticker.ALL | filters.PHOTO | filters.VOICE | filters.VIDEO | filters.VIDEO_NOTE
         | filters.AUDIO | filters.Document.ALL | filters.CONTACT | filters.ANIMATION | filters.POLL
         | filters.Dice.ALL | filters.STORY)


def build_application(settings: Settings, brain: Brain | LiveBrain, *,
                      recorder: services.Recorder | None = None,
                      stats_lines: services.StatsLines | None = None,
                      reload: services.Reload | None = None,
                      content_root: Path | None = None, watch_content: bool = False) -> Application:
    """The bot, ready for run_polling/run_webhook (or start() in tests).

    `brain` is a Brain, or a LiveBrain to share with a content watcher; `recorder` counts usage
    (default: nothing is counted); `stats_lines(lang)` gives the /stats lines; `reload()` returns
    (ok, messages) for /reload (default: the LiveBrain reloads `content_root` and swaps the brain
    only when the new content is valid); `watch_content` reloads by itself when files change.
    """
    live = brain if isinstance(brain, LiveBrain) else LiveBrain(content_root or Path.cwd(), brain)
    # The brain is loaded for good: its model, phrases and patterns need never be collected. Moved
    # out of the collector's sight, a full collection no longer walks them all in the middle of a
    # reply (the steady-load bench saw 60–80 ms stalls, p99 10–14 ms, with usage counting on).
    gc.freeze()
    protect_logs(settings.secrets)
    bot = TolerantBot(
        settings.token,
        base_url=f"{settings.api_url}/bot",
        base_file_url=f"{settings.api_url}/file/bot",
        request=_request(settings.http_backend, settings.concurrent_updates + 8, pool_timeout=30.0),
        get_updates_request=_request(settings.http_backend, 2, pool_timeout=10.0),
        # No 30/s pacing of our own: replies go out at once and Telegram's 429 retry_after paces
        # them when needed (each 429 is retried, so no reply is lost). Groups keep 20/min.
        rate_limiter=AIORateLimiter(overall_max_rate=0, max_retries=settings.max_retries),
    )
    application = (
        ApplicationBuilder()
        .bot(bot)
        .concurrent_updates(ChatOrderedProcessor(settings.concurrent_updates))
        .job_queue(None)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    application.bot_data.update({
        services.BRAIN: live,
        services.RECORDER: recorder or services.NullRecorder(),
        services.SETTINGS: settings,
        services.STATS: stats_lines or admin.no_stats,
        services.RELOAD: reload or live.reload_async,
        FLOOD: FloodGate(settings.flood_limit, settings.flood_window),
        WATCH: watch_content,
    })
    add_handlers(application, settings)
    return application


def _request(backend: str, pool_size: int, *, pool_timeout: float) -> BaseRequest:
    """The HTTP backend; a generous pool timeout: under a burst a request waits, never gives up."""
    timeouts = {"connect_timeout": 10.0, "read_timeout": 15.0, "write_timeout": 15.0,
                "pool_timeout": pool_timeout}
    if backend != "httpx":
        try:
            from .aiohttp_request import AiohttpRequest
            return AiohttpRequest(pool_size, **timeouts)
        except ImportError:
            if backend == "aiohttp":
                raise
    return HTTPXRequest(connection_pool_size=pool_size, **timeouts)


def add_handlers(application: Application, settings: Settings) -> None:
    """Register the gate, the commands, the message handlers and the error handler."""
    application.add_handler(TypeHandler(Update, admit), group=-1)
    application.add_handler(CommandHandler("start", handlers.start))
    for key, callback in (("menu", handlers.menu), ("language", handlers.language),
                          ("offices", handlers.offices), ("hotlines", handlers.hotlines),
                          ("privacy", handlers.privacy), ("exit", quick_exit)):
        application.add_handler(CommandHandler(commands.names(key), callback))
    if settings.admin_ids:
        admins = filters.User(user_id=settings.admin_ids) & filters.ChatType.PRIVATE
        application.add_handler(CommandHandler("stats", admin.stats, filters=admins))
        application.add_handler(CommandHandler("reload", admin.reload_content, filters=admins))
    application.add_handler(MessageHandler(filters.COMMAND, handlers.unknown_command))
    application.add_handler(MessageHandler(filters.LOCATION, handlers.location))
    application.add_handler(MessageHandler(filters.TEXT, handlers.text))
    application.add_handler(MessageHandler(MEDIA, handlers.media))
    application.add_handler(CallbackQueryHandler(handlers.button))
    application.add_error_handler(on_error)


async def post_init(application: Application) -> None:
    """Show the commands in Telegram's menu and start the usage recorder."""
    try:
        await commands.register(application.bot)
    except TelegramError as error:  # the menu is a convenience; answering people is not
        logger.warning("Could not register the command menu: %s", type(error).__name__)
    await application.bot_data[services.RECORDER].start()
    if application.bot_data.get(WATCH):
        await watcher.start_watching(application)


async def post_shutdown(application: Application) -> None:
    """Stop watching the content; flush and stop the usage recorder."""
    await watcher.stop_watching(application)
    await application.bot_data[services.RECORDER].stop()
