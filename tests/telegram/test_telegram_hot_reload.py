"""Staff change content while the bot runs: it switches to valid content, and tells admins about errors."""
import asyncio

from bot.channels.telegram.application import build_application
from bot.dialogue.live import LiveBrain
from tests.fakes.running import Harness, running

from conftest import ADMIN_ID


async def test_edited_content_is_served_and_broken_content_reaches_the_admins(
        fake_telegram, settings, brain, recorder, content_copy, set_answer_text, admin):
    live = LiveBrain(content_copy, brain)
    application = build_application(settings, live, recorder=recorder, content_root=content_copy,
                                     watch_content=True)
    async with running(application):
        bot = Harness(fake_telegram, application)
        ana = fake_telegram.person("Ana", "es")
        await bot.say(admin, "/start")  # Telegram lets a bot write only to people who opened it
        await asyncio.sleep(0.3)
        set_answer_text(content_copy, "es", "thanks", "¡Con gusto, aquí estoy!")
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
