"""UsageEvent.from_reply takes what is counted from a brain reply, nothing else."""
from __future__ import annotations

from bot.dialogue.reply import Reply
from bot.usage.events import UsageEvent


def test_from_a_declined_reply():
    reply = Reply(text="Lo siento, Juan", intent="out_of_scope", lang="es", outcome="declined",
                  confidence=0.31, nearest_intent="asylum_refuge")
    assert UsageEvent.from_reply(reply, "telegram") == UsageEvent(
        channel="telegram", lang="es", intent="out_of_scope", outcome="declined", confidence=0.31,
        nearest_intent="asylum_refuge", source=None, kind="message")


def test_the_nearest_intent_only_comes_with_a_decline():
    reply = Reply(text="...", intent="hotlines", lang="en", nearest_intent="asylum_refuge")
    event = UsageEvent.from_reply(reply, "terminal", kind="callback")
    assert (event.nearest_intent, event.kind, event.outcome) == (None, "callback", "answered")


def test_a_start_carries_its_source():
    reply = Reply(text="¡Hola!", intent="greeting", lang="es")
    assert UsageEvent.from_reply(reply, "telegram", kind="start", source="radio").source == "radio"
