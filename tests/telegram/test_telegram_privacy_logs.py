"""Nothing personal and no secret reaches the logs: all loggers captured at DEBUG."""
from __future__ import annotations

import logging

import pytest

from bot.channels.telegram.logs import REDACTED, WITHHELD, PrivacyFilter
from tests.fakes.fake_bot_api import TOKEN, BOT_USERNAME
from tests.fakes.running import Harness, running

SECRET_WORDS = "zanahoria morada quiero regresar a mi pais"
PHONE = "+52 55 9876 5432"


def _everything_logged(caplog) -> str:
    parts = []
    for record in caplog.records:
        parts.append(record.getMessage())
        if record.exc_text:
            parts.append(record.exc_text)
    return "\n".join(parts) + "\n" + caplog.text


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")  # PTB's own, on 429
async def test_no_token_text_or_person_data_in_any_log_line(make_bot, fake_telegram, caplog):
    application = make_bot()
    for name in ("", "telegram", "httpx", "httpcore", "bot", "aiohttp", "asyncio"):
        caplog.set_level(logging.DEBUG, logger=name or None)
    fake = fake_telegram
    ana = fake.person("Anastasia", "es", username="ana_secreta")
    group = fake.group("Albergue Esperanza", chat_id=-100555444333)

    async with running(application) as app:
        harness = Harness(fake, app)
        await harness.say(ana, "/start campaign_x")
        await harness.say(ana, SECRET_WORDS)
        await harness.say(ana, f"@{BOT_USERNAME} {SECRET_WORDS}", group)
        await harness.exchange(lambda: fake.send(ana, location={"latitude": 16.7531, "longitude": -93.1156}))
        await harness.exchange(lambda: fake.send(ana, contact={"phone_number": PHONE, "first_name": "Tío"}))
        await harness.exchange(lambda: fake.press(ana, fake.alive(ana.id)[-1], "lang:en"))
        fake.fail_next(1, 502, methods={"getUpdates"})
        fake.fail_next(1, 429, methods={"sendMessage"})
        fake.push({"message": {"message_id": 99, "text": SECRET_WORDS}})  # unreadable
        await harness.say(ana, "auxilio " + SECRET_WORDS)
        await harness.say(ana, "/salir")

    logged = _everything_logged(caplog)
    assert any(r.name.startswith("telegram") and r.levelno == logging.DEBUG for r in caplog.records)
    assert "Calling Bot API endpoint" in logged  # PTB's request log is there, its payload is not
    for forbidden in (TOKEN, TOKEN.split(":")[1], "zanahoria", str(ana.id), "Anastasia",
                      "ana_secreta", PHONE, "16.75", "93.11", "100555444333", "Esperanza",
                      "s3cret-webhook_token"):
        assert forbidden not in logged, forbidden


def test_the_filter_redacts_the_token_even_from_a_library_at_info(caplog):
    caplog.set_level(logging.INFO)
    secret_filter = PrivacyFilter([TOKEN])
    caplog.handler.addFilter(secret_filter)
    try:
        logging.getLogger("httpx").info('HTTP Request: POST %s "HTTP/1.1 200 OK"',
                                        f"https://api.telegram.org/bot{TOKEN}/getMe")
        try:
            raise RuntimeError(f"failed calling /bot{TOKEN}/getMe")
        except RuntimeError:
            logging.getLogger("bot.x").exception("request failed")
    finally:
        caplog.handler.removeFilter(secret_filter)
    assert TOKEN not in caplog.text
    assert f"/bot{REDACTED}/getMe" in caplog.text


def test_the_filter_withholds_payloads_logged_by_the_library():
    record = logging.LogRecord("telegram.ext.Application", logging.DEBUG, __file__, 1,
                               "Processing update %s", ({"text": SECRET_WORDS},), None)
    PrivacyFilter().filter(record)
    assert SECRET_WORDS not in record.getMessage() and WITHHELD in record.getMessage()
    kept = logging.LogRecord("telegram.Bot", logging.DEBUG, __file__, 1,
                             "Calling Bot API endpoint `%s` after %s tries", ("getMe", 2), None)
    PrivacyFilter().filter(kept)
    assert kept.getMessage() == "Calling Bot API endpoint `getMe` after 2 tries"
