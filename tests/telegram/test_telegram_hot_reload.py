"""Staff change content while the bot runs: it switches to valid content, and tells admins about errors."""
import asyncio
import shutil
from dataclasses import replace

import pytest

from bot.channels.telegram.application import build_application
from bot.dialogue.live import LiveBrain
from tests.fakes.running import Harness, running

from conftest import ADMIN_ID


@pytest.fixture
def content_copy(repo_root, tmp_path, monkeypatch):
    monkeypatch.setenv("BOT_CACHE_DIR", str(tmp_path / "cache"))
    for folder in ("intents", "responses", "facts"):
        shutil.copytree(repo_root / folder, tmp_path / folder)
    return tmp_path


def _set_thanks(root, text):
    path = root / "responses" / "es" / "thanks.yml"
    data = path.read_text(encoding="utf-8")
    path.write_text(data[:data.index("text:")] + f"text: {text}\n" + data[data.index("buttons:"):], encoding="utf-8")


async def test_edited_content_is_served_and_broken_content_reaches_the_admins(
        fake_telegram, settings, brain, recorder, content_copy, admin):
    live = LiveBrain(content_copy, brain)
    application = build_application(settings, live, recorder=recorder, content_root=content_copy,
                                     watch_content=True)
    async with running(application):
        bot = Harness(fake_telegram, application)
        ana = fake_telegram.person("Ana", "es")
        await bot.say(admin, "/start")  # Telegram lets a bot write only to people who opened it
        await asyncio.sleep(0.3)
        _set_thanks(content_copy, "¡Con gusto, aquí estoy!")
        await fake_telegram.wait_until(lambda: live.brain is not brain, timeout=20)
        replies = await bot.say(ana, "gracias")
        assert replies[0]["text"] == "¡Con gusto, aquí estoy!"

        good = live.brain
        (content_copy / "intents" / "thanks.yml").write_text("id: thanks\nexamples: [\n", encoding="utf-8")
        notices = lambda: [m for m in fake_telegram.sent(ADMIN_ID) if "thanks.yml" in m.get("text", "")]
        await fake_telegram.wait_until(notices, timeout=20)
        assert live.brain is good
        notice = notices()[-1]["text"]
        assert "intents/thanks.yml:" in notice
        replies = await bot.say(ana, "gracias")
        assert replies[0]["text"] == "¡Con gusto, aquí estoy!"
