"""Quick exit: both sides of the chat deleted, the language forgotten, a self-erasing note."""
from __future__ import annotations

import asyncio

from bot.channels.telegram.trail import DELETE_WINDOW, Trail, forget_idle_chats


async def test_exit_deletes_the_conversation_and_leaves_no_trace(telegram_bot, brain, settings):
    fake = telegram_bot.fake
    ana = fake.person("Ana", "en")
    await telegram_bot.say(ana, "/start")
    await telegram_bot.exchange(lambda: fake.press(ana, fake.alive(ana.id)[-1], "lang:es"))
    await telegram_bot.say(ana, "me quieren secuestrar")
    await telegram_bot.say(ana, "/oficinas")
    assert len(fake.alive(ana.id)) >= 7

    sent = await telegram_bot.say(ana, "/salir")

    (note,) = fake.alive(ana.id)
    assert note["text"] == brain.ui("exit_done", "es")
    assert sent[-1]["reply_markup"] == {"remove_keyboard": True}
    assert ana.id not in telegram_bot.application.chat_data or \
        not telegram_bot.application.chat_data[ana.id]
    await fake.wait_until(lambda: not fake.alive(ana.id), timeout=settings.exit_notice_seconds + 3)

    # The language choice is gone: Telegram's own language (English) is back.
    (menu,) = await telegram_bot.say(ana, "/menu")
    assert menu["text"] == brain.menu("en").text


async def test_exit_works_under_its_english_name(telegram_bot, brain):
    fake = telegram_bot.fake
    john = fake.person("John", "en")
    await telegram_bot.say(john, "hello")
    await telegram_bot.say(john, "/exit")
    assert [m["text"] for m in fake.alive(john.id)] == [brain.ui("exit_done", "en")]


async def test_a_refused_batch_is_deleted_one_by_one(telegram_bot):
    fake = telegram_bot.fake
    ana = fake.person()
    await telegram_bot.say(ana, "hola")
    fake.fail_next(1, 502, methods={"deleteMessages"})
    await telegram_bot.say(ana, "/salir")
    assert len(fake.alive(ana.id)) == 1
    assert len(fake.calls_to("deleteMessage", ana.id)) >= 3


def test_the_trail_is_bounded_in_number_and_age():
    now = [0.0]
    trail = Trail(clock=lambda: now[0], max_ids=3)
    for message_id in range(1, 6):
        trail.add(message_id)
    assert trail.deletable() == [3, 4, 5]
    now[0] = DELETE_WINDOW + 1
    trail.add(6)
    assert trail.deletable() == [6]


async def test_the_exit_note_disappears_even_while_the_bot_stops(make_bot, fake_telegram, brain):
    from tests.fakes.running import Harness, running
    ana = fake_telegram.person()
    async with running(make_bot(exit_notice_seconds=0.3)) as application:
        harness = Harness(fake_telegram, application)
        await harness.say(ana, "/salir")
        assert len(fake_telegram.alive(ana.id)) == 1
    await asyncio.sleep(0)  # stop() waited for the pending deletion
    assert fake_telegram.alive(ana.id) == []


def test_chats_silent_for_48_hours_are_forgotten():
    now = [0.0]
    fresh, stale = Trail(clock=lambda: now[0]), Trail(clock=lambda: now[0])
    stale.add(1)
    now[0] = DELETE_WINDOW
    fresh.add(2)
    chats = {1: {"trail": fresh, "lang": "en"}, 2: {"trail": stale}, 3: {}}
    assert forget_idle_chats(chats, chats.pop) == 2
    assert list(chats) == [1]
