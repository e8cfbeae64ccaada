"""`python -m bot link` asks Telegram's getMe for the bot's username when it is not configured."""
import asyncio

from bot.campaigns import link_command
from tests.fakes.fake_bot_api import BOT_USERNAME, TOKEN


async def test_the_username_comes_from_get_me(fake_telegram, tmp_path, capsys):
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": fake_telegram.url,
           "BOT_DATABASE": str(tmp_path / "usage.sqlite3")}
    assert await asyncio.to_thread(link_command, ["feria_migrante"], env) == 0
    assert capsys.readouterr().out.strip() == f"https://t.me/{BOT_USERNAME}?start=feria_migrante"
