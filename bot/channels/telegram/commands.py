"""The bot's commands in Telegram's menu; names and descriptions live in bot/dialogue/commands.py."""
from __future__ import annotations

from telegram import Bot, BotCommand

from bot.dialogue.commands import ADMIN_NAMES, ALL_NAMES, COMMANDS, Command, names

__all__ = ["ADMIN_NAMES", "ALL_NAMES", "COMMANDS", "Command", "names", "register"]


async def register(bot: Bot) -> None:
    """Show the commands in Telegram's menu: Spanish by default and for "es", English for "en"."""
    spanish = [BotCommand(*c.es) for c in COMMANDS]
    await bot.set_my_commands(spanish)
    await bot.set_my_commands(spanish, language_code="es")
    await bot.set_my_commands([BotCommand(*c.en) for c in COMMANDS], language_code="en")
