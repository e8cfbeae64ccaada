"""Offices: the "share my location" keyboard, the nearest office as a venue, the location not kept."""
from __future__ import annotations

import logging

from tests.fakes.messages import asks_location, button_data, removes_keyboard

TAPACHULA_NEARBY = {"latitude": 14.91, "longitude": -92.27}


async def test_offices_offer_a_share_location_button(telegram_bot, brain):
    ana = telegram_bot.fake.person()
    sent = await telegram_bot.say(ana, "/oficinas")
    assert sent[0]["text"] == brain.offices("es").text
    assert "o:tapachula" in button_data(sent[0])
    assert sent[-1]["text"] == brain.ui("share_location_hint", "es")
    assert asks_location(sent[-1])


async def test_a_shared_location_gets_the_nearest_office_and_distance(telegram_bot, brain, recorder, caplog):
    caplog.set_level(logging.DEBUG)
    fake = telegram_bot.fake
    ana = fake.person()
    sent = await telegram_bot.exchange(lambda: fake.send(ana, location=TAPACHULA_NEARBY))

    text, venue = sent
    expected = brain.nearest_office(14.91, -92.27, "es")
    assert text["text"] == expected.text and "km" in text["text"]
    assert venue["method"] == "sendVenue" and venue["title"] == expected.venue.title
    assert (venue["latitude"], venue["longitude"]) == (expected.venue.lat, expected.venue.lon)
    assert removes_keyboard(venue)
    (event, _), = recorder.events
    assert (event.kind, event.intent) == ("location", "office_locations")

    # Used once: not in the chat's memory, not in any log line.
    chat_data = telegram_bot.application.chat_data[ana.id]
    assert "14.91" not in repr(dict(chat_data)) and "92.27" not in repr(dict(chat_data))
    assert not [r for r in caplog.records if "14.91" in r.getMessage() or "92.27" in r.getMessage()]


async def test_a_moving_live_location_is_answered_once(telegram_bot):
    fake = telegram_bot.fake
    ana = fake.person()
    await telegram_bot.exchange(lambda: fake.send(ana, location={**TAPACHULA_NEARBY, "live_period": 900}))
    message = telegram_bot.last
    moved = {**message, "location": {"latitude": 14.92, "longitude": -92.28}, "edit_date": 1}
    assert await telegram_bot.exchange(lambda: fake.push({"edited_message": moved})) == []
