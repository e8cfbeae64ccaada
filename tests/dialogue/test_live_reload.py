"""Staff edit content while the bot runs: valid changes are served, broken ones are not."""
import asyncio

from bot.dialogue.live import LiveBrain


def test_a_valid_change_is_served(content_copy, set_answer_text, brain):
    live = LiveBrain(content_copy, brain)
    set_answer_text(content_copy, "es", "thanks", "¡Con mucho gusto, cuídate!")
    ok, problems = live.reload()
    assert ok and problems == []
    assert live.brain.respond("gracias").text == "¡Con mucho gusto, cuídate!"


def test_broken_content_keeps_the_last_good_one(content_copy, brain):
    live = LiveBrain(content_copy, brain)
    (content_copy / "intents" / "thanks.yml").write_text("id: thanks\nexamples: [\n", encoding="utf-8")
    ok, problems = live.reload()
    assert not ok
    assert any(p.file == "intents/thanks.yml" for p in problems)
    assert live.brain is brain
    assert live.brain.respond("gracias").intent == "thanks"


async def test_a_saved_file_is_picked_up_within_seconds(content_copy, set_answer_text, brain):
    live = LiveBrain(content_copy, brain)
    results = []
    stop = asyncio.Event()

    async def report(ok, problems):
        results.append(ok)
        stop.set()

    watcher = asyncio.create_task(live.watch(report, stop))
    await asyncio.sleep(0.5)
    set_answer_text(content_copy, "es", "thanks", "¡De nada!")
    await asyncio.wait_for(watcher, timeout=20)
    assert results == [True]
    assert live.brain.respond("gracias").text == "¡De nada!"
