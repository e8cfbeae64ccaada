"""Groups (only what is addressed to the bot), channels (never), media and edited messages."""
from __future__ import annotations

import pytest

from tests.fakes.fake_bot_api import BOT_USERNAME
from tests.fakes.messages import button_data, texts


async def test_in_groups_only_what_is_addressed_to_the_bot_is_answered(telegram_bot, brain):
    fake = telegram_bot.fake
    group = fake.group()
    ana = fake.person()

    for silent in ("quiero regresar a mi pais", "/menu@other_bot", "/bailar", "hola @someone_else"):
        assert await telegram_bot.say(ana, silent, group) == [], silent

    (mentioned,) = await telegram_bot.say(ana, f"@{BOT_USERNAME} quiero regresar a mi pais", group)
    assert mentioned["chat_id"] == group["id"]
    assert mentioned["text"] == brain.respond("quiero regresar a mi pais").text

    assert texts(await telegram_bot.say(ana, "/menu", group)) == [brain.menu("es").text]
    assert texts(await telegram_bot.say(ana, f"/ayuda@{BOT_USERNAME}", group)) == [brain.menu("es").text]

    bot_message = fake.alive(group["id"])[-1]
    replies = await telegram_bot.exchange(
        lambda: fake.send_text(ana, "quiero regresar a mi pais", group, reply_to_message=bot_message))
    assert len(replies) == 1


async def test_admin_commands_are_not_answered_in_groups(telegram_bot, admin):
    group = telegram_bot.fake.group()
    assert await telegram_bot.say(admin, "/stats", group) == []
    (unknown,) = await telegram_bot.say(admin, f"/stats@{BOT_USERNAME}", group)
    assert button_data(unknown) == ["menu"]


async def test_channels_are_never_answered(telegram_bot):
    fake = telegram_bot.fake
    channel = fake.group("Noticias", chat_id=-100777, kind="channel")
    sent = await telegram_bot.exchange(lambda: fake.send(None, channel, kind="channel_post",
                                                         text=f"@{BOT_USERNAME} /menu"))
    assert sent == []


@pytest.mark.parametrize("content", [
    {"sticker": {"file_id": "s", "file_unique_id": "s", "type": "regular", "width": 512,
                 "height": 512, "is_animated": False, "is_video": False}},
    {"photo": [{"file_id": "p", "file_unique_id": "p", "width": 90, "height": 90}]},
    {"voice": {"file_id": "v", "file_unique_id": "v", "duration": 3}},
    {"video": {"file_id": "d", "file_unique_id": "d", "width": 1, "height": 1, "duration": 1}},
    {"document": {"file_id": "f", "file_unique_id": "f", "file_name": "pasaporte.pdf"}},
    {"contact": {"phone_number": "+52 55 1234 5678", "first_name": "Tío"}},
], ids=["sticker", "photo", "voice", "video", "document", "contact"])
async def test_media_gets_a_short_text_only_note_with_the_menu(telegram_bot, brain, content):
    fake = telegram_bot.fake
    ana = fake.person()
    (note,) = await telegram_bot.exchange(lambda: fake.send(ana, **content))
    assert note["text"] == brain.ui("text_only", "es")
    assert button_data(note) == ["menu"]


async def test_an_edited_message_is_answered_as_a_new_one(telegram_bot, brain):
    fake = telegram_bot.fake
    ana = fake.person()
    await telegram_bot.say(ana, "asdf qwer")
    typo = telegram_bot.last
    (answer,) = await telegram_bot.exchange(lambda: fake.edit_text(ana, typo, "quiero regresar a mi pais"))
    assert answer["text"] == brain.respond("quiero regresar a mi pais").text


async def test_the_bot_mentioned_by_name_is_stripped_before_the_brain_reads(telegram_bot, brain):
    group = telegram_bot.fake.group()
    ana = telegram_bot.fake.person()
    (answer,) = await telegram_bot.say(ana, f"@{BOT_USERNAME.upper()} auxilio", group)
    assert answer["text"] == brain.respond("auxilio").text
