"""Conversations in Spanish and English: /start, menu commands under both names, free text, buttons."""
from __future__ import annotations

import json

from tests.fakes.messages import button_data, texts


async def test_spanish_conversation(telegram_bot, recorder, brain):
    fake = telegram_bot.fake
    ana = fake.person("Ana", "es")

    (welcome,) = await telegram_bot.say(ana, "/start radio_tapachula")
    assert welcome["text"] == brain.ui("welcome", "es")
    assert "lang:en" in button_data(welcome) and "i:return_home" in button_data(welcome)

    (answer,) = await telegram_bot.say(ana, "quiero regresar a mi pais")
    assert answer["parse_mode"] == "HTML"
    assert answer["text"] == brain.respond("quiero regresar a mi pais").text
    assert "i:office_locations" in button_data(answer)

    start, message = recorder.events
    assert (start[0].kind, start[0].source, start[0].lang) == ("start", "radio_tapachula", "es")
    assert (message[0].kind, message[0].intent, message[0].outcome) == ("message", "return_home", "answered")
    assert start[1] == message[1] == ana.id  # the recorder hashes it; the adapter only passes it on


async def test_english_conversation_follows_the_message_and_telegram_language(telegram_bot, brain):
    john = telegram_bot.fake.person("John", "en")

    (welcome,) = await telegram_bot.say(john, "/start")
    assert welcome["text"] == brain.ui("welcome", "en")

    (answer,) = await telegram_bot.say(john, "i want to go back to my country")
    assert answer["text"] == brain.respond("i want to go back to my country").text
    assert "Going back" in answer["text"]


async def test_welcome_without_a_telegram_language_is_spanish(telegram_bot, brain):
    nobody = telegram_bot.fake.person("X", None)
    (welcome,) = await telegram_bot.say(nobody, "/start")
    assert welcome["text"] == brain.ui("welcome", "es")


async def test_an_invalid_start_payload_counts_no_source(telegram_bot, recorder):
    ana = telegram_bot.fake.person()
    await telegram_bot.say(ana, "/start " + "x" * 65)
    await telegram_bot.say(ana, "/start bad$payload")
    assert [e.source for e, _ in recorder.events] == [None, None]


async def test_every_command_works_under_both_names(telegram_bot, brain):
    ana = telegram_bot.fake.person()
    pairs = [("menu", "ayuda", brain.menu), ("idioma", "language", brain.choose_language),
             ("oficinas", "offices", brain.offices), ("lineas", "hotlines", brain.hotlines),
             ("privacidad", "privacy", brain.privacy)]
    for spanish, english, screen in pairs:
        first = texts(await telegram_bot.say(ana, f"/{spanish}"))
        second = texts(await telegram_bot.say(ana, f"/{english}"))
        assert first[0] == second[0] == screen("es").text, spanish


async def test_commands_are_registered_for_spanish_english_and_default(telegram_bot):
    commands = telegram_bot.fake.commands
    default = json.dumps({"type": "default"})
    names = {lang: [c["command"] for c in commands[(default, lang)]] for lang in ("", "es", "en")}
    assert names["es"] == names[""] == ["menu", "idioma", "oficinas", "lineas", "privacidad", "salir"]
    assert names["en"] == ["menu", "language", "offices", "hotlines", "privacy", "exit"]


async def test_buttons_lead_to_their_topics(telegram_bot, brain):
    fake = telegram_bot.fake
    ana = fake.person()
    (answer,) = await telegram_bot.say(ana, "quiero regresar a mi pais")
    bot_message = fake.alive(ana.id)[-1]

    replies = await telegram_bot.exchange(lambda: fake.press(ana, bot_message, "i:hotlines"))
    assert fake.is_answered(telegram_bot.last)
    assert texts(replies)[0] == brain.callback("i:hotlines", "es").text


async def test_choosing_a_language_is_remembered_for_the_chat(telegram_bot, brain, recorder):
    fake = telegram_bot.fake
    ana = fake.person("Ana", "es")
    await telegram_bot.say(ana, "/start")
    welcome = fake.alive(ana.id)[-1]

    (done,) = await telegram_bot.exchange(lambda: fake.press(ana, welcome, "lang:en"))
    assert done["text"] == brain.ui("language_set", "en")
    (menu,) = await telegram_bot.say(ana, "/menu")  # no text to detect: the choice decides
    assert menu["text"] == brain.menu("en").text
    assert recorder.events[1][0].kind == "callback"


async def test_stale_and_forged_buttons_are_answered_and_nothing_else(telegram_bot):
    fake = telegram_bot.fake
    ana = fake.person()
    await telegram_bot.say(ana, "/menu")
    menu = fake.alive(ana.id)[-1]
    for data in ("i:no_such_topic", "o:atlantis", "lang:klingon", "rm -rf", "x" * 64, ""):
        replies = await telegram_bot.exchange(lambda: fake.press(ana, menu, data))
        assert replies == [], data
        assert fake.is_answered(telegram_bot.last), data


async def test_unknown_commands_get_the_menu_button(telegram_bot, brain):
    ana = telegram_bot.fake.person()
    (reply,) = await telegram_bot.say(ana, "/bailar")
    assert reply["text"] == brain.ui("unknown_command", "es")
    assert button_data(reply) == ["menu"]


async def test_admin_commands_for_admins_only(telegram_bot, brain, stats_calls, admin):
    stranger = telegram_bot.fake.person()

    assert texts(await telegram_bot.say(admin, "/stats")) == ["Mensajes: 12\nPersonas: <5"]
    assert stats_calls == ["es"]
    assert texts(await telegram_bot.say(admin, "/reload")) == [f"✅ {brain.ui('reload_ok', 'es')}\n2 files"]

    for command in ("/stats", "/reload"):
        (reply,) = await telegram_bot.say(stranger, command)
        assert reply["text"] == brain.ui("unknown_command", "es")
    assert stats_calls == ["es"]


async def test_reload_swaps_in_fresh_content_by_default(fake_telegram, settings, brain, repo_root, admin):
    from bot.channels.telegram.application import build_application
    from tests.fakes.running import Harness, running
    application = build_application(settings, brain, content_root=repo_root)
    live = application.bot_data["brain"]
    async with running(application):
        sent = await Harness(fake_telegram, application).say(admin, "/reload")
    assert texts(sent) == [f"✅ {brain.ui('reload_ok', 'es')}"]
    assert live.brain is not brain  # a new brain, loaded from the files and valid
