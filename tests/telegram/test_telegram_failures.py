"""When things go wrong: refused HTML, 429, 502, unreadable or unexpected updates, a failing handler."""
from __future__ import annotations

import logging
from dataclasses import replace

import pytest

from tests.fakes.messages import texts
from tests.fakes.running import Harness, running


class _Wrapped:
    """The real brain with one behaviour changed."""

    def __init__(self, brain, **overrides):
        self._brain, self._overrides = brain, overrides

    def __getattr__(self, name):
        return self._overrides.get(name) or getattr(self._brain, name)


async def test_refused_html_is_sent_again_as_plain_text(make_bot, fake_telegram, brain):
    def respond(text, **kw):
        reply = brain.respond(text, **kw)
        return replace(reply, text=reply.text + " <tg-unknown>oops</tg-unknown> <b>open")

    ana = fake_telegram.person()
    async with running(_app(make_bot, _Wrapped(brain, respond=respond))) as app:
        sent = await Harness(fake_telegram, app).say(ana, "quiero regresar a mi pais")
    refused = [c for c in fake_telegram.calls if c.method == "sendMessage" and c.status == 400]
    assert len(refused) == 1
    (plain,) = sent
    assert "parse_mode" not in plain
    assert plain["text"].startswith("🏠 Volver a tu país de forma segura")
    assert "<b>" not in plain["text"]


def _app(make_bot, brain):
    application = make_bot()
    application.bot_data["brain"].brain = brain  # the LiveBrain now serves the wrapped brain
    return application


# PTB itself warns when it builds RetryAfter from Telegram's integer retry_after.
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_429_is_retried_after_retry_after_and_no_reply_is_lost(telegram_bot, brain):
    fake = telegram_bot.fake
    ana = fake.person()
    fake.fail_next(1, 429, retry_after=1, methods={"sendMessage"})
    sent = await telegram_bot.say(ana, "quiero regresar a mi pais")
    assert texts(sent) == [brain.respond("quiero regresar a mi pais").text]
    statuses = [c.status for c in fake.calls if c.method == "sendMessage"]
    assert statuses == [429, 200]
    retry = [c.at for c in fake.calls if c.method == "sendMessage"]
    assert retry[1] - retry[0] >= 1.0  # waited retry_after


async def test_polling_recovers_from_bad_gateway(telegram_bot):
    fake = telegram_bot.fake
    ana = fake.person()
    fake.fail_next(1, 502, methods={"getUpdates"})
    sent = await telegram_bot.say(ana, "hola")
    assert len(sent) == 1
    assert [c.status for c in fake.calls if c.method == "getUpdates"].count(502) == 1


async def test_unreadable_and_unexpected_updates_never_stop_the_bot(telegram_bot, caplog):
    fake = telegram_bot.fake
    ana = fake.person()
    chat = fake.private_chat(ana)
    group = fake.group()
    for update in ({"message": {"message_id": 1}},  # no date, no chat: unreadable
                   {"message": "hola"},
                   {"callback_query": {"id": "1"}},
                   {"some_future_update": {"x": 1}},
                   {"channel_post": {"message_id": 2, "date": 1, "chat": fake.group(kind="channel", chat_id=-1009)}},
                   {"message": {"message_id": 3, "date": 1, "chat": chat}},  # no sender, no content
                   {"message": {"message_id": 4, "date": 1, "chat": group, "new_chat_members": [ana.as_json()]}},
                   {"message": {"message_id": 5, "date": 1, "chat": chat, "from": ana.as_json(), "poll": {}}}):
        fake.push(update)
    sent = await telegram_bot.say(ana, "hola")
    assert len(sent) == 1 and sent[0]["chat_id"] == ana.id
    assert "Skipped an update that could not be read (KeyError)" in caplog.text


async def test_a_failing_handler_is_logged_without_content_and_the_person_is_told(make_bot, fake_telegram, brain, caplog):
    def respond(text, **kw):
        raise ValueError(f"could not handle {text!r}")

    caplog.set_level(logging.DEBUG)
    ana = fake_telegram.person()
    async with running(_app(make_bot, _Wrapped(brain, respond=respond))) as app:
        sent = await Harness(fake_telegram, app).say(ana, "mi secreto personal")
    assert texts(sent) == [brain.ui("error", "es")]
    (record,) = [r for r in caplog.records if r.name == "bot.channels.telegram.errors"]
    assert record.getMessage().startswith("ValueError while handling a message update")
    assert "handlers.py" in record.getMessage()
    assert "secreto" not in caplog.text and str(ana.id) not in caplog.text
