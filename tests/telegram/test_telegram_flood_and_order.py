"""Flood control (one notice, then slowed) and concurrency (per-chat order, no chat blocks another)."""
from __future__ import annotations

import asyncio

from bot.channels.telegram.gate import DROP, NOTICE, PASS, FloodGate


async def test_a_flooding_person_gets_one_notice_and_others_are_answered(telegram_bot, brain, settings):
    fake = telegram_bot.fake
    flooder, other = fake.person("F"), fake.person("O")
    for n in range(settings.flood_limit + 10):
        fake.send_text(flooder, f"hola {n}")
    fake.send_text(other, "quiero regresar a mi pais")
    await telegram_bot.settle()

    to_flooder = [s["text"] for s in fake.sent(flooder.id)]
    assert len(to_flooder) == settings.flood_limit + 1
    assert to_flooder.count(brain.ui("flood", "es")) == 1 and to_flooder[-1] == brain.ui("flood", "es")
    assert [s["text"] for s in fake.sent(other.id)] == [brain.respond("quiero regresar a mi pais").text]


def test_the_flood_gate_forgets_after_the_window():
    now = [0.0]
    gate = FloodGate(limit=3, window=60, clock=lambda: now[0])
    assert [gate.check(1) for _ in range(5)] == [PASS, PASS, PASS, NOTICE, DROP]
    assert gate.check(2) == PASS
    now[0] = 61.0
    assert gate.check(1) == PASS


async def test_one_chat_answers_in_order_and_a_slow_chat_blocks_no_one(telegram_bot, brain):
    fake = telegram_bot.fake
    slow, quick = fake.person("S"), fake.person("Q")
    original = fake._m_sendmessage

    async def slow_for_one(params):
        if params.get("chat_id") == slow.id:
            await asyncio.sleep(0.3)
        return await original(params)
    fake._m_sendmessage = slow_for_one

    words = ["hola", "quiero regresar a mi pais", "auxilio", "gracias"]
    for text in words:
        fake.send_text(slow, text)
    fake.send_text(quick, "hola")
    await fake.wait_until(lambda: fake.sent(quick.id))
    assert len(fake.sent(slow.id)) <= 1  # answered while the slow chat is still on its first

    await telegram_bot.settle()
    assert [s["text"] for s in fake.sent(slow.id)] == [brain.respond(w).text for w in words]
