"""A scripted conversation, then the raw database files and the logs are searched for what was used."""
from __future__ import annotations

import logging
from dataclasses import replace

import pytest

from bot.channels.telegram.application import build_application
from bot.usage.recorder import Recorder
from tests.fakes.fake_bot_api import TOKEN
from tests.fakes.running import Harness, running

WORDS = ["zanahoria", "Jacinta", "jacinta_ok", "maquila del norte"]


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_nothing_personal_reaches_the_database_or_the_logs(fake_telegram, settings, brain, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    database = tmp_path / "usage.sqlite3"
    recorder = Recorder(database, sources=("radio_tapachula",))
    application = build_application(replace(settings), brain, recorder=recorder)
    fake = fake_telegram
    jacinta = fake.person("Jacinta", "es", username="jacinta_ok")
    async with running(application) as app:
        bot = Harness(fake, app)
        await bot.say(jacinta, "/start radio_tapachula")
        await bot.say(jacinta, "quiero regresar a mi pais, trabajo en la maquila del norte")
        await bot.say(jacinta, "zanahoria zanahoria")
        await bot.say(jacinta, "me tienen encerrada en la maquila del norte")
        await bot.exchange(lambda: fake.send(jacinta, location={"latitude": 14.9123, "longitude": -92.2611}))
        await bot.exchange(lambda: fake.press(jacinta, fake.alive(jacinta.id)[-1], "i:hotlines"))
    raw = b"".join(path.read_bytes() for path in tmp_path.glob("usage.sqlite3*"))
    assert raw, "the conversation was counted"
    logged = caplog.text
    for secret in (*WORDS, str(jacinta.id), "14.912", "92.261", TOKEN):
        assert secret.encode() not in raw, secret
        assert secret not in logged, secret
    import sqlite3
    with sqlite3.connect(database) as db:
        intents = {row[0] for row in db.execute("SELECT intent FROM daily")}
        sources = {row[0] for row in db.execute("SELECT source FROM daily WHERE kind = 'start'")}
    assert {"return_home", "emergency", "hotlines"} <= intents
    assert sources == {"radio_tapachula"}
