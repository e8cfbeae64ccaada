"""An emergency: the numbers are in the very first message the bot sends, whatever the path."""
from __future__ import annotations

from tests.fakes.messages import texts


def _first_sent_after(fake, index):
    return next(c for c in fake.calls[index:] if c.method.startswith("send"))


async def test_emergency_numbers_come_first(telegram_bot, brain, recorder):
    fake = telegram_bot.fake
    for person, words in ((fake.person("Ana", "es"), "auxilio me quieren matar"),
                          (fake.person("John", "en"), "help me they want to kill me")):
        before = len(fake.calls)
        await telegram_bot.say(person, words)
        first = _first_sent_after(fake, before)
        assert first.method == "sendMessage"
        assert "911" in first.params["text"].split("\n")[0]
        assert first.params["text"] == brain.respond(words).text
    assert [e.outcome for e, _ in recorder.events] == ["emergency", "emergency"]


async def test_the_emergency_button_answers_with_the_numbers_first(telegram_bot):
    fake = telegram_bot.fake
    ana = fake.person()
    await telegram_bot.say(ana, "/menu")
    menu = fake.alive(ana.id)[-1]
    before = len(fake.calls)
    await telegram_bot.exchange(lambda: fake.press(ana, menu, "i:emergency"))
    assert "911" in _first_sent_after(fake, before).params["text"].split("\n")[0]


async def test_a_flooding_person_in_danger_still_gets_the_numbers(telegram_bot, settings):
    fake = telegram_bot.fake
    ana = fake.person()
    for n in range(settings.flood_limit + 3):
        fake.send_text(ana, f"hola {n}")
    await telegram_bot.settle()
    sent = await telegram_bot.say(ana, "auxilio me quieren matar")
    assert "911" in texts(sent)[0]
